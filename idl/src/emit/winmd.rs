//! Model -> `.winmd`: ECMA-335 metadata in the Win32 conventions that
//! `windows-bindgen` and the other windows-rs tools read, written with the
//! `windows-metadata` crate (feature `winmd`).
//!
//! # Namespace
//!
//! Everything goes into one namespace, [`DEFAULT_NAMESPACE`] (`Mapi`) unless
//! [`Options::namespace`] says otherwise. It is deliberately *not*
//! `Windows.Win32.System.AddressBook`: Microsoft's Win32 metadata already
//! declares part of MAPI there (from the WAB headers, with some IIDs this
//! corpus corrects), so a file using that namespace could not be read next to
//! the default Windows metadata. With its own root namespace the file can be
//! given to `windows-bindgen` alone or together with `--in default`.
//!
//! # Mapping
//!
//! | model | winmd |
//! |---|---|
//! | interface | `interface` TypeDef, `GuidAttribute` (IID), `InterfaceImpl` of the base, methods in slot order with named parameters and `[In]`/`[Out]`/`[Optional]` |
//! | `IUnknown` | not written: refers to `Windows.Win32.System.Com.IUnknown`, which windows-rs maps to `windows_core::IUnknown` |
//! | `GUID`, `HRESULT` | not written: `System.Guid` and `Windows.Win32.Foundation.HRESULT` |
//! | struct / union | value type with `SequentialLayout` / `ExplicitLayout` (every union field at offset 0); a conformant array `T a[]` is `T[0]` |
//! | enum | enum with an `i32` `value__` (C enums are `int`) |
//! | flag group | scoped `[Flags]` enum over `u32` (`ScopedEnumAttribute`, `System.FlagsAttribute`); a parameter with `flags(GROUP)` is typed with it (or a pointer to it) |
//! | function typedef (`ALLOCATEBUFFER`, `LPFNBUTTON`) | delegate with `Invoke` and `UnmanagedFunctionPointerAttribute` (`Winapi` or `Cdecl`) |
//! | other typedef | resolved to its target, as Win32 metadata does for non-handle typedefs |
//! | function of a `dllname` module | static method of the `Apis` class with `PInvokeImpl` and an `ImplMap` (the DLL, the export name, `CallConvPlatformapi` or `CallConvCdecl`), as Win32 metadata writes its functions |
//! | constant | literal field of the namespace's `Apis` class; `LPCSTR` strings carry `NativeEncodingAttribute("ansi")`; a GUID (`declare_guid`) is a static field of type `Guid` with a `GuidAttribute`, as Win32 metadata writes `CLSID_*` |
//!
//! Facts that ECMA-335 has no place for ride on custom attributes in
//! [`ATTRIBUTE_NAMESPACE`] (`MapiIdl.Metadata`), which windows-rs tools
//! ignore:
//!
//! | attribute | on | carries |
//! |---|---|---|
//! | `DocAttribute(string)` | every documented item | the `///` docs (Markdown), when [`Options::docs`] |
//! | `FlagAttribute(bool in, bool out)`, named `Exclusive = "SET"`, `Excludes = "A,B"` | flag group members | direction, mutual exclusion (`""` for plain `exclusive`) and the flags it may not be combined with (`excludes`) |
//! | `FlagGroupAttribute(bool required)` | flag groups | whether one exclusive member is required |
//! | `FlagsParamAttribute(string group)` | parameters | the flag group, when the parameter is not a `ULONG` or `ULONG*` that can take the enum type |
//! | `MapiAllocAttribute`, `ComOutAttribute` | parameters | `mapi_alloc`, `com_out` |
//! | `RoleAttribute(string)` | method and delegate parameters | how the parameter crosses the ABI, from the lowering ([`crate::lower::Role::describe`]: `buffer(cbEntryID, bytes)`, `interface_out(iid_is riid)`, ...) |
//!
//! Not carried: typedef names other than function types (signatures use the
//! underlying types), `size_is`/`length_is`/`iid_is`/`string` relations,
//! `local`, `cpp_quote` text, `const` on inner levels of a pointer chain
//! (`const char **` is written `char **`; the format has one `IsConst` per
//! chain), and property tag declarations other than their constants.
//!
//! Only the items of root files are written; imported items are referred to
//! by name, so the files of a split compilation must share a namespace.
//!
//! # Errors
//!
//! [`emit`] checks everything before it returns bytes: an unsupported
//! construct (an interface by value, an unnamed function pointer, a value that
//! does not fit its type, two items with one name) is an [`Error`] naming the
//! item, and no output is produced.

use crate::model::*;
use crate::source::FileId;
use std::collections::{HashMap, HashSet};
use std::fmt;
use windows_metadata as md;
use windows_metadata::writer;

/// The namespace written when [`Options::namespace`] is not changed.
pub const DEFAULT_NAMESPACE: &str = "Mapi";

/// The namespace of the custom attributes that carry what ECMA-335 cannot.
pub const ATTRIBUTE_NAMESPACE: &str = "MapiIdl.Metadata";

/// Where Win32 metadata keeps its attributes (`GuidAttribute`, ...).
const WIN32_METADATA: &str = "Windows.Win32.Metadata";

/// Settings of the winmd backend.
#[derive(Clone, Debug)]
pub struct Options {
    /// The namespace of every written item, dot-separated identifiers.
    pub namespace: String,
    /// Whether to write doc comments as `DocAttribute`s.
    pub docs: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            namespace: DEFAULT_NAMESPACE.to_string(),
            docs: true,
        }
    }
}

/// Why an item cannot be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// The item (`IMsgStore::OpenEntry`, `SPropValue.Value`, ...).
    pub item: String,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot write `{}` to winmd: {}", self.item, self.message)
    }
}

impl std::error::Error for Error {}

/// Writes the root items of `model` as a `.winmd` file named `assembly`
/// (the file stem, e.g. `mapi`). Returns every problem found, and no bytes,
/// if anything cannot be written.
pub fn emit(model: &Model, assembly: &str, options: &Options) -> Result<Vec<u8>, Vec<Error>> {
    let mut w = Writer {
        m: model,
        ns: &options.namespace,
        docs: options.docs,
        roots: model
            .files
            .iter()
            .filter(|f| f.root)
            .map(|f| f.id)
            .collect(),
        file: writer::File::new(assembly),
        errors: Vec::new(),
    };
    if !valid_namespace(&options.namespace) {
        w.error(
            &options.namespace,
            "the namespace must be dot-separated identifiers (`Mapi`, `Contoso.Mapi`)",
        );
    }
    if assembly.is_empty() || assembly.contains(['/', '\\', '\0']) {
        w.error(assembly, "the assembly name must be a plain file stem");
    }
    if !w.errors.is_empty() {
        return Err(w.errors);
    }
    w.check_names();
    w.interfaces();
    w.structs();
    w.enums();
    w.flag_groups();
    w.delegates();
    w.constants();
    if !w.errors.is_empty() {
        return Err(w.errors);
    }
    let bytes = w.file.into_stream();
    // A last guard: never hand out bytes the reader rejects.
    if md::reader::File::new(bytes.clone()).is_none() {
        return Err(vec![Error {
            item: assembly.to_string(),
            message: "the written metadata does not read back; this is a bug in mapi-idl".into(),
        }]);
    }
    Ok(bytes)
}

fn valid_namespace(ns: &str) -> bool {
    !ns.is_empty()
        && ns.split('.').all(|p| {
            p.chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
}

/// Where a type appears; arrays decay and `void` is allowed only in some.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pos {
    Field,
    Param,
    Return,
    Pointee,
}

struct Writer<'a> {
    m: &'a Model,
    ns: &'a str,
    docs: bool,
    roots: HashSet<FileId>,
    file: writer::File,
    errors: Vec<Error>,
}

const BASE_METHOD: md::MethodAttributes = md::MethodAttributes(
    md::MethodAttributes::Public.0
        | md::MethodAttributes::HideBySig.0
        | md::MethodAttributes::Abstract.0
        | md::MethodAttributes::NewSlot.0
        | md::MethodAttributes::Virtual.0,
);

impl<'a> Writer<'a> {
    fn error(&mut self, item: &str, message: impl Into<String>) {
        self.errors.push(Error {
            item: item.to_string(),
            message: message.into(),
        });
    }

    fn is_root(&self, origin: Origin) -> bool {
        self.roots.contains(&origin.file)
    }

    fn interface_written(&self, i: &Interface) -> bool {
        self.is_root(i.origin)
            && self
                .m
                .well_known
                .iunknown
                .is_none_or(|u| self.m.interfaces[u.index()] != *i)
    }

    fn struct_written(&self, s: &Struct) -> bool {
        self.is_root(s.origin)
            && self
                .m
                .well_known
                .guid
                .is_none_or(|g| self.m.structs[g.index()] != *s)
    }

    /// The signature of a typedef written as a delegate: one naming a
    /// function type or a pointer to one.
    fn delegate_sig(t: &'a Typedef) -> Option<&'a Signature> {
        match &t.ty {
            Type::Function(sig) => Some(sig),
            Type::Ptr { to, .. } => match &**to {
                Type::Function(sig) => Some(sig),
                _ => None,
            },
            _ => None,
        }
    }

    /// Two written items with one name would make an unreadable namespace.
    fn check_names(&mut self) {
        let m = self.m;
        let mut types: HashMap<&str, &str> = HashMap::new();
        let mut clash = Vec::new();
        let mut add = |name: &'a str, kind: &'static str| {
            if let Some(prev) = types.insert(name, kind) {
                clash.push((name, prev, kind));
            }
        };
        add("Apis", "the class of the constants");
        for i in m.interfaces.iter().filter(|i| self.interface_written(i)) {
            add(&i.name, "an interface");
        }
        for s in m.structs.iter().filter(|s| self.struct_written(s)) {
            add(&s.name, if s.is_union { "a union" } else { "a struct" });
        }
        for e in m.enums.iter().filter(|e| self.is_root(e.origin)) {
            add(&e.name, "an enum");
        }
        for g in m.flag_groups.iter().filter(|g| self.is_root(g.origin)) {
            add(&g.name, "a flag group");
        }
        for t in m.typedefs.iter().filter(|t| self.is_root(t.origin)) {
            if Self::delegate_sig(t).is_some() {
                add(&t.name, "a function type");
            }
        }
        for (name, a, b) in clash {
            self.error(
                name,
                format!("{b} has the name of {a}; winmd types need distinct names"),
            );
        }
        // Constants and unscoped enum members share the `Apis` scope.
        let mut values: HashSet<&str> = HashSet::new();
        let mut dups = Vec::new();
        let members = m
            .enums
            .iter()
            .filter(|e| self.is_root(e.origin))
            .flat_map(|e| e.members.iter().map(|x| x.name.as_str()));
        let consts = m
            .consts
            .iter()
            .filter(|c| self.is_root(c.origin))
            .map(|c| c.name.as_str());
        for name in consts.chain(members) {
            if !values.insert(name) {
                dups.push(name);
            }
        }
        for name in dups {
            self.error(name, "two constants or enum members have this name");
        }
    }

    // ---- types ----

    fn named(&self, name: &str) -> md::Type {
        md::Type::value_named(self.ns, name)
    }

    fn class(&self, name: &str) -> md::Type {
        md::Type::class_named(self.ns, name)
    }

    fn interface_type(&self, id: InterfaceId) -> md::Type {
        let i = &self.m.interfaces[id.index()];
        if self.m.is_iunknown(id) {
            md::Type::class_named("Windows.Win32.System.Com", "IUnknown")
        } else {
            self.class(&i.name)
        }
    }

    fn prim(p: Prim) -> md::Type {
        match p {
            Prim::I8 => md::Type::I8,
            Prim::U8 => md::Type::U8,
            Prim::I16 => md::Type::I16,
            Prim::U16 | Prim::WChar => md::Type::U16,
            Prim::I32 => md::Type::I32,
            Prim::U32 => md::Type::U32,
            Prim::I64 => md::Type::I64,
            Prim::U64 => md::Type::U64,
            Prim::ISize => md::Type::ISize,
            Prim::USize => md::Type::USize,
            Prim::F32 => md::Type::F32,
            Prim::F64 => md::Type::F64,
            Prim::Handle => md::Type::PtrMut(Box::new(md::Type::Void), 1),
        }
    }

    /// The delegate a function type (through typedefs) is written as.
    fn delegate_of(&self, ty: &Type) -> Result<Option<md::Type>, String> {
        let mut ty = ty;
        for _ in 0..64 {
            match ty {
                Type::Typedef(id) => {
                    let t = &self.m.typedefs[id.index()];
                    if matches!(t.ty, Type::Function(_)) {
                        return Ok(Some(self.class(&t.name)));
                    }
                    ty = &t.ty;
                }
                Type::Function(_) => {
                    return Err(
                        "a pointer to an unnamed function type; name the function type with a typedef"
                            .into(),
                    );
                }
                _ => return Ok(None),
            }
        }
        Ok(None)
    }

    fn ty(&self, ty: &Type, pos: Pos) -> Result<md::Type, String> {
        match ty {
            Type::Void => match pos {
                Pos::Return | Pos::Pointee => Ok(md::Type::Void),
                _ => Err("`void` is only a return type or a pointee".into()),
            },
            Type::Prim(p) => Ok(Self::prim(*p)),
            Type::Ptr { to, is_const } => self.ptr(to, *is_const),
            Type::Array { elem, len } => {
                let e = self.ty(elem, Pos::Field)?;
                match pos {
                    Pos::Field | Pos::Pointee => {
                        let n = len.unwrap_or(0);
                        let n = usize::try_from(n)
                            .ok()
                            .filter(|n| *n < 1 << 29)
                            .ok_or_else(|| format!("the array length {n} is too large"))?;
                        Ok(md::Type::ArrayFixed(Box::new(e), n))
                    }
                    // Array parameters decay to pointers, as in C.
                    _ => Ok(add_pointer(e, false)),
                }
            }
            Type::Typedef(id) => {
                let t = &self.m.typedefs[id.index()];
                if self.m.well_known.hresult == Some(*id) {
                    return Ok(md::Type::value_named("Windows.Win32.Foundation", "HRESULT"));
                }
                if let Type::Ptr { to, .. } = &t.ty
                    && matches!(**to, Type::Function(_))
                {
                    return Ok(self.class(&t.name));
                }
                if matches!(t.ty, Type::Function(_)) {
                    return Err(format!(
                        "the function type `{}` is only usable behind a pointer",
                        t.name
                    ));
                }
                self.ty(&t.ty, pos)
            }
            Type::Struct(id) => {
                let s = &self.m.structs[id.index()];
                if self.m.well_known.guid == Some(*id) {
                    Ok(md::Type::value_named("System", "Guid"))
                } else {
                    Ok(self.named(&s.name))
                }
            }
            Type::Enum(id) => Ok(self.named(&self.m.enums[id.index()].name)),
            Type::FlagGroup(id) => {
                let g = &self.m.flag_groups[id.index()];
                if group_fits_u32(g) {
                    Ok(self.named(&g.name))
                } else {
                    Ok(md::Type::U32)
                }
            }
            Type::Interface(id) => Err(format!(
                "the interface `{}` is used by value; interfaces are only usable behind a pointer",
                self.m.interfaces[id.index()].name
            )),
            Type::Function(_) => {
                Err("a function type is only usable behind a pointer (as a typedef)".into())
            }
        }
    }

    fn ptr(&self, to: &Type, is_const: bool) -> Result<md::Type, String> {
        if let Some(d) = self.delegate_of(to)? {
            return Ok(d);
        }
        if let Type::Interface(id) = self.m.strip_typedefs(to) {
            return Ok(self.interface_type(*id));
        }
        let inner = self.ty(to, Pos::Pointee)?;
        Ok(add_pointer(inner, is_const))
    }

    /// The type of parameter `p`, typed with its flag group when that keeps
    /// the ABI (`ULONG` or `ULONG*`).
    fn param_ty(&self, p: &Param) -> Result<(md::Type, bool), String> {
        let ty = self.ty(&p.ty, Pos::Param)?;
        let Some(g) = p.flags else {
            return Ok((ty, false));
        };
        let group = &self.m.flag_groups[g.index()];
        if !group_fits_u32(group) {
            return Ok((ty, false));
        }
        let e = Box::new(self.named(&group.name));
        Ok(match ty {
            md::Type::U32 => (*e, true),
            md::Type::PtrMut(inner, 1) if *inner == md::Type::U32 => (md::Type::PtrMut(e, 1), true),
            md::Type::PtrConst(inner, 1) if *inner == md::Type::U32 => {
                (md::Type::PtrConst(e, 1), true)
            }
            other => (other, false),
        })
    }

    // ---- attributes ----

    fn attribute(
        &mut self,
        target: writer::HasAttribute,
        ns: &str,
        name: &str,
        args: Vec<(String, md::Value)>,
    ) {
        let ty = self.file.TypeRef(ns, name);
        let sig = md::Signature {
            flags: md::MethodCallAttributes::HASTHIS,
            return_type: md::Type::Void,
            types: args
                .iter()
                .filter(|(n, _)| n.is_empty())
                .map(|(_, v)| v.ty())
                .collect(),
        };
        let ctor = self
            .file
            .MemberRef(".ctor", &sig, writer::MemberRefParent::TypeRef(ty));
        self.file
            .Attribute(target, writer::AttributeType::MemberRef(ctor), &args);
    }

    fn doc(&mut self, target: writer::HasAttribute, docs: &str) {
        if self.docs && !docs.is_empty() {
            self.attribute(
                target,
                ATTRIBUTE_NAMESPACE,
                "DocAttribute",
                vec![(String::new(), md::Value::Utf8(docs.to_string()))],
            );
        }
    }

    fn guid(&mut self, target: writer::HasAttribute, g: Guid) {
        let mut args = vec![
            (String::new(), md::Value::U32(g.data1)),
            (String::new(), md::Value::U16(g.data2)),
            (String::new(), md::Value::U16(g.data3)),
        ];
        args.extend(g.data4.iter().map(|b| (String::new(), md::Value::U8(*b))));
        self.attribute(target, WIN32_METADATA, "GuidAttribute", args);
    }

    fn flag(&mut self, target: writer::HasAttribute, ns: &str, name: &str) {
        self.attribute(target, ns, name, Vec::new());
    }

    // ---- items ----

    fn interfaces(&mut self) {
        let m = self.m;
        let list: Vec<&Interface> = m
            .interfaces
            .iter()
            .filter(|i| self.interface_written(i))
            .collect();
        for i in list {
            if !i.object {
                self.error(
                    &i.name,
                    "only COM interfaces (`object`) can be written; RPC interfaces have no vtable",
                );
                continue;
            }
            let Some(base) = i.base else {
                self.error(
                    &i.name,
                    "a COM interface must derive from `IUnknown` or another interface",
                );
                continue;
            };
            let def = self.file.TypeDef(
                self.ns,
                &i.name,
                writer::TypeDefOrRef::default(),
                md::TypeAttributes::Public
                    | md::TypeAttributes::Abstract
                    | md::TypeAttributes::Interface,
            );
            let target = writer::HasAttribute::TypeDef(def);
            if let Some(g) = i.iid {
                self.guid(target, g);
            }
            self.doc(target, &i.docs);
            let base = self.interface_type(base);
            self.file.InterfaceImpl(def, &base);
            for method in &i.methods {
                let item = format!("{}::{}", i.name, method.name);
                self.method(&item, method);
            }
        }
    }

    /// The types of `params` (a type that cannot be written is an error
    /// naming `item(param)`, written as `void`), and whether each is typed by
    /// its flag group.
    fn param_types(&mut self, item: &str, params: &[Param]) -> (Vec<md::Type>, Vec<bool>) {
        let mut types = Vec::with_capacity(params.len());
        let mut typed = Vec::with_capacity(params.len());
        for p in params {
            match self.param_ty(p) {
                Ok((t, by_enum)) => {
                    types.push(t);
                    typed.push(by_enum);
                }
                Err(e) => {
                    self.error(&format!("{item}({})", p.name), e);
                    types.push(md::Type::Void);
                    typed.push(false);
                }
            }
        }
        (types, typed)
    }

    fn method(&mut self, item: &str, method: &Method) {
        let ret = match self.ty(&method.ret, Pos::Return) {
            Ok(t) => t,
            Err(e) => {
                self.error(&format!("{item} (return type)"), e);
                md::Type::Void
            }
        };
        let (types, typed) = self.param_types(item, &method.params);
        let sig = md::Signature {
            flags: md::MethodCallAttributes::HASTHIS,
            return_type: ret,
            types,
        };
        let def = self
            .file
            .MethodDef(&method.name, &sig, BASE_METHOD, Default::default());
        self.doc(writer::HasAttribute::MethodDef(def), &method.docs);
        let abi = crate::lower::lower(self.m, &method.params, &method.ret, &method.warnings);
        self.params(&method.params, &typed, &abi.params);
    }

    /// The `Param` rows of the method or delegate just written.
    fn params(&mut self, params: &[Param], typed_by_group: &[bool], roles: &[crate::lower::Role]) {
        let names: Vec<&str> = params.iter().map(|p| p.name.as_str()).collect();
        for (n, p) in params.iter().enumerate() {
            let mut flags = match p.dir {
                Direction::In => md::ParamAttributes::In,
                Direction::Out => md::ParamAttributes::Out,
                Direction::InOut => md::ParamAttributes::In | md::ParamAttributes::Out,
            };
            if p.optional {
                flags |= md::ParamAttributes::Optional;
            }
            let seq = u16::try_from(n + 1).unwrap_or(u16::MAX);
            let row = self.file.Param(&p.name, seq, flags);
            let target = writer::HasAttribute::Param(row);
            if let Some(g) = p.flags
                && !typed_by_group.get(n).copied().unwrap_or(false)
            {
                let name = self.m.flag_groups[g.index()].name.clone();
                self.attribute(
                    target,
                    ATTRIBUTE_NAMESPACE,
                    "FlagsParamAttribute",
                    vec![(String::new(), md::Value::Utf8(name))],
                );
            }
            if p.mapi_alloc {
                self.flag(target, ATTRIBUTE_NAMESPACE, "MapiAllocAttribute");
            }
            if p.com_out {
                self.flag(target, ATTRIBUTE_NAMESPACE, "ComOutAttribute");
            }
            if let Some(role) = roles.get(n) {
                let text = role.describe(self.m, &names);
                self.attribute(
                    target,
                    ATTRIBUTE_NAMESPACE,
                    "RoleAttribute",
                    vec![(String::new(), md::Value::Utf8(text))],
                );
            }
            self.doc(target, &p.docs);
        }
    }

    fn structs(&mut self) {
        let m = self.m;
        let value_type = self.file.TypeRef("System", "ValueType");
        let list: Vec<&Struct> = m
            .structs
            .iter()
            .filter(|s| self.struct_written(s))
            .collect();
        for s in list {
            // Check the fields first: a TypeDef's fields follow it directly.
            let mut fields: Vec<(&Field, md::Type)> = Vec::new();
            // An empty union arm (`[default] ;`) has no storage.
            for f in s.fields.iter().flatten().filter(|f| f.ty != Type::Void) {
                match self.ty(&f.ty, Pos::Field) {
                    Ok(t) => fields.push((f, t)),
                    Err(e) => self.error(&format!("{}.{}", s.name, f.name), e),
                }
            }
            let layout = if s.is_union {
                md::TypeAttributes::ExplicitLayout
            } else {
                md::TypeAttributes::SequentialLayout
            };
            let def = self.file.TypeDef(
                self.ns,
                &s.name,
                writer::TypeDefOrRef::TypeRef(value_type),
                md::TypeAttributes::Public | md::TypeAttributes::Sealed | layout,
            );
            self.doc(writer::HasAttribute::TypeDef(def), &s.docs);
            for (f, ty) in fields {
                let field = self.file.Field(&f.name, &ty, md::FieldAttributes::Public);
                if s.is_union {
                    self.file.FieldLayout(field, 0);
                }
                self.doc(writer::HasAttribute::Field(field), &f.docs);
            }
        }
    }

    fn enums(&mut self) {
        let m = self.m;
        let base = self.file.TypeRef("System", "Enum");
        let list: Vec<&Enum> = m.enums.iter().filter(|e| self.is_root(e.origin)).collect();
        for e in list {
            let def = self.file.TypeDef(
                self.ns,
                &e.name,
                writer::TypeDefOrRef::TypeRef(base),
                md::TypeAttributes::Public | md::TypeAttributes::Sealed,
            );
            self.doc(writer::HasAttribute::TypeDef(def), &e.docs);
            self.file.Field(
                "value__",
                &md::Type::I32,
                md::FieldAttributes::Private
                    | md::FieldAttributes::SpecialName
                    | md::FieldAttributes::RTSpecialName,
            );
            let ty = self.named(&e.name);
            for x in &e.members {
                let field = self.file.Field(&x.name, &ty, LITERAL);
                match int_value(x.value, md::Type::I32) {
                    Ok(v) => self.file.Constant(writer::HasConstant::Field(field), &v),
                    Err(msg) => self.error(&format!("{}::{}", e.name, x.name), msg),
                }
                self.doc(writer::HasAttribute::Field(field), &x.docs);
            }
        }
    }

    fn flag_groups(&mut self) {
        let m = self.m;
        let base = self.file.TypeRef("System", "Enum");
        let list: Vec<&FlagGroup> = m
            .flag_groups
            .iter()
            .filter(|g| self.is_root(g.origin))
            .collect();
        for g in list {
            let repr = if group_fits_u32(g) {
                md::Type::U32
            } else {
                md::Type::U64
            };
            let def = self.file.TypeDef(
                self.ns,
                &g.name,
                writer::TypeDefOrRef::TypeRef(base),
                md::TypeAttributes::Public | md::TypeAttributes::Sealed,
            );
            let target = writer::HasAttribute::TypeDef(def);
            self.flag(target, "System", "FlagsAttribute");
            self.flag(target, WIN32_METADATA, "ScopedEnumAttribute");
            self.attribute(
                target,
                ATTRIBUTE_NAMESPACE,
                "FlagGroupAttribute",
                vec![(String::new(), md::Value::Bool(g.required))],
            );
            self.doc(target, &g.docs);
            self.file.Field(
                "value__",
                &repr,
                md::FieldAttributes::Private
                    | md::FieldAttributes::SpecialName
                    | md::FieldAttributes::RTSpecialName,
            );
            let ty = self.named(&g.name);
            for x in &g.members {
                let field = self.file.Field(&x.name, &ty, LITERAL);
                let value = if repr == md::Type::U32 {
                    md::Value::U32(x.value as u32)
                } else {
                    md::Value::U64(x.value)
                };
                self.file
                    .Constant(writer::HasConstant::Field(field), &value);
                let mut args = vec![
                    (String::new(), md::Value::Bool(x.valid_in)),
                    (String::new(), md::Value::Bool(x.valid_out)),
                ];
                if let Some(set) = &x.exclusive {
                    args.push(("Exclusive".to_string(), md::Value::Utf8(set.clone())));
                }
                if !x.excludes.is_empty() {
                    args.push((
                        "Excludes".to_string(),
                        md::Value::Utf8(x.excludes.join(",")),
                    ));
                }
                let target = writer::HasAttribute::Field(field);
                self.attribute(target, ATTRIBUTE_NAMESPACE, "FlagAttribute", args);
                self.doc(target, &x.docs);
            }
        }
    }

    fn delegates(&mut self) {
        let m = self.m;
        let base = self.file.TypeRef("System", "MulticastDelegate");
        let list: Vec<&Typedef> = m
            .typedefs
            .iter()
            .filter(|t| self.is_root(t.origin))
            .collect();
        for t in list {
            let Some(sig) = Self::delegate_sig(t) else {
                continue;
            };
            let ret = self.ty(&sig.ret, Pos::Return);
            let (types, typed) = self.param_types(&t.name, &sig.params);
            let ret = ret.unwrap_or_else(|e| {
                self.error(&format!("{} (return type)", t.name), e);
                md::Type::Void
            });
            let def = self.file.TypeDef(
                self.ns,
                &t.name,
                writer::TypeDefOrRef::TypeRef(base),
                md::TypeAttributes::Public | md::TypeAttributes::Sealed,
            );
            let target = writer::HasAttribute::TypeDef(def);
            let conv = match sig.callconv {
                CallConv::System => 1, // CallingConvention.Winapi
                CallConv::C => 2,      // CallingConvention.Cdecl
            };
            self.attribute(
                target,
                "System.Runtime.InteropServices",
                "UnmanagedFunctionPointerAttribute",
                vec![(
                    String::new(),
                    md::Value::EnumValue(
                        md::TypeName::named("System.Runtime.InteropServices", "CallingConvention"),
                        Box::new(md::Value::I32(conv)),
                    ),
                )],
            );
            self.doc(target, &t.docs);
            let sig_params = &sig.params;
            let md_sig = md::Signature {
                flags: md::MethodCallAttributes::HASTHIS,
                return_type: ret,
                types,
            };
            self.file
                .MethodDef("Invoke", &md_sig, BASE_METHOD, Default::default());
            let abi = crate::lower::lower(self.m, sig_params, &sig.ret, &[]);
            self.params(sig_params, &typed, &abi.params);
        }
    }

    /// The `Apis` class: the constants as its fields, then the functions a
    /// DLL exports as its static P/Invoke methods (both must follow its
    /// TypeDef).
    fn constants(&mut self) {
        let m = self.m;
        let written: Vec<&Const> = m.consts.iter().filter(|c| self.is_root(c.origin)).collect();
        let functions: Vec<&Function> = m
            .functions
            .iter()
            .filter(|f| f.dll.is_some() && self.is_root(f.origin))
            .collect();
        if written.is_empty() && functions.is_empty() {
            return;
        }
        // Values first: the fields of `Apis` must follow its TypeDef.
        let mut rows = Vec::with_capacity(written.len());
        for c in written {
            match self.const_value(c) {
                Ok((ty, value, ansi)) => rows.push((c, ty, value, ansi)),
                Err(e) => self.error(&c.name, e),
            }
        }
        let object = self.file.TypeRef("System", "Object");
        self.file.TypeDef(
            self.ns,
            "Apis",
            writer::TypeDefOrRef::TypeRef(object),
            md::TypeAttributes::Public | md::TypeAttributes::Sealed | md::TypeAttributes::Abstract,
        );
        for (c, ty, value, ansi) in rows {
            let target = match value {
                // As Win32 metadata writes `CLSID_*`: a static field of
                // type `Guid` carrying its value in a `GuidAttribute`.
                ConstRow::Guid(g) => {
                    let field = self.file.Field(&c.name, &ty, STATIC);
                    let target = writer::HasAttribute::Field(field);
                    self.guid(target, g);
                    target
                }
                ConstRow::Literal(value) => {
                    let field = self.file.Field(&c.name, &ty, LITERAL);
                    self.file
                        .Constant(writer::HasConstant::Field(field), &value);
                    writer::HasAttribute::Field(field)
                }
            };
            if ansi {
                self.attribute(
                    target,
                    WIN32_METADATA,
                    "NativeEncodingAttribute",
                    vec![(String::new(), md::Value::Utf8("ansi".into()))],
                );
            }
            self.doc(target, &c.docs);
        }
        for f in functions {
            self.function(f);
        }
    }

    /// A function a DLL exports: a static method with `PInvokeImpl` and its
    /// `ImplMap` (the DLL, the export name, the calling convention), as
    /// Win32 metadata writes them.
    fn function(&mut self, f: &Function) {
        let ret = match self.ty(&f.sig.ret, Pos::Return) {
            Ok(t) => t,
            Err(e) => {
                self.error(&format!("{} (return type)", f.name), e);
                md::Type::Void
            }
        };
        let (types, typed) = self.param_types(&f.name, &f.sig.params);
        let sig = md::Signature {
            flags: md::MethodCallAttributes::default(),
            return_type: ret,
            types,
        };
        let def = self.file.MethodDef(
            &f.name,
            &sig,
            md::MethodAttributes::Public
                | md::MethodAttributes::Static
                | md::MethodAttributes::HideBySig
                | md::MethodAttributes::PInvokeImpl,
            md::MethodImplAttributes::PreserveSig,
        );
        let conv = match f.sig.callconv {
            CallConv::System => md::PInvokeAttributes::CallConvPlatformapi,
            CallConv::C => md::PInvokeAttributes::CallConvCdecl,
        };
        let dll = f.dll.as_deref().unwrap_or_default();
        self.file
            .ImplMap(def, md::PInvokeAttributes::NoMangle | conv, &f.name, dll);
        self.doc(writer::HasAttribute::MethodDef(def), &f.docs);
        let abi = crate::lower::lower(self.m, &f.sig.params, &f.sig.ret, &[]);
        self.params(&f.sig.params, &typed, &abi.params);
    }

    /// The field type, the value and whether it is an 8-bit string.
    fn const_value(&self, c: &Const) -> Result<(md::Type, ConstRow, bool), String> {
        let ty = self.ty(&c.ty, Pos::Field)?;
        if let ConstValue::Guid(g) = &c.value {
            return Ok((ty, ConstRow::Guid(*g), false));
        }
        let (ty, value, ansi) = self.literal(c, ty)?;
        Ok((ty, ConstRow::Literal(value), ansi))
    }

    /// A constant stored as a literal: its type, value and whether it is an
    /// 8-bit string.
    fn literal(&self, c: &Const, ty: md::Type) -> Result<(md::Type, md::Value, bool), String> {
        match (&c.value, &ty) {
            (ConstValue::Str(s), md::Type::PtrConst(inner, 1) | md::Type::PtrMut(inner, 1)) => {
                match **inner {
                    md::Type::I8 | md::Type::U8 => {
                        Ok((md::Type::String, md::Value::Utf16(s.clone()), true))
                    }
                    md::Type::U16 => Ok((md::Type::String, md::Value::Utf16(s.clone()), false)),
                    _ => Err("a string constant needs a pointer-to-character type".into()),
                }
            }
            (ConstValue::Str(_), _) => {
                Err("a string constant needs a pointer-to-character type".into())
            }
            (ConstValue::Float(f), md::Type::F32) => Ok((ty, md::Value::F32(*f as f32), false)),
            (ConstValue::Float(f), md::Type::F64) => Ok((ty, md::Value::F64(*f), false)),
            (ConstValue::Float(_), _) => {
                Err("a floating-point value needs a `float` or `double` type".into())
            }
            (ConstValue::Int(v), _) => {
                let value = int_value(*v, const_repr(&ty)?)?;
                Ok((ty, value, false))
            }
            (ConstValue::Char(ch), _) => {
                let value = int_value(i128::from(u32::from(*ch)), const_repr(&ty)?)?;
                Ok((ty, value, false))
            }
            (ConstValue::Guid(_), _) => Err("a GUID is not a literal".into()),
        }
    }
}

/// How a constant's value is written.
enum ConstRow {
    /// A `Constant` row of a literal field.
    Literal(md::Value),
    /// A `GuidAttribute` on a static field.
    Guid(Guid),
}

/// A GUID constant's field: static, without a literal value.
const STATIC: md::FieldAttributes =
    md::FieldAttributes(md::FieldAttributes::Public.0 | md::FieldAttributes::Static.0);

const LITERAL: md::FieldAttributes = md::FieldAttributes(
    md::FieldAttributes::Public.0
        | md::FieldAttributes::Static.0
        | md::FieldAttributes::Literal.0
        | md::FieldAttributes::HasDefault.0,
);

fn group_fits_u32(g: &FlagGroup) -> bool {
    g.members.iter().all(|x| x.value <= u64::from(u32::MAX))
}

/// Adds one pointer level. A chain has one constness in the format: it is
/// `const` only when every level is.
fn add_pointer(inner: md::Type, is_const: bool) -> md::Type {
    match inner {
        md::Type::PtrMut(t, n) => md::Type::PtrMut(t, n + 1),
        md::Type::PtrConst(t, n) if is_const => md::Type::PtrConst(t, n + 1),
        md::Type::PtrConst(t, n) => md::Type::PtrMut(t, n + 1),
        t if is_const => md::Type::PtrConst(Box::new(t), 1),
        t => md::Type::PtrMut(Box::new(t), 1),
    }
}

/// The integer representation a constant of type `ty` is stored with.
fn const_repr(ty: &md::Type) -> Result<md::Type, String> {
    Ok(match ty {
        md::Type::ValueName(tn) if tn == ("Windows.Win32.Foundation", "HRESULT") => md::Type::I32,
        md::Type::I8
        | md::Type::U8
        | md::Type::I16
        | md::Type::U16
        | md::Type::I32
        | md::Type::U32
        | md::Type::I64
        | md::Type::U64
        | md::Type::ISize
        | md::Type::USize => ty.clone(),
        _ => return Err("an integer constant needs an integer type".into()),
    })
}

/// `v` as a constant of integer type `ty`. C converts a value that fits the
/// type's width but not its signedness (`const LONG E = 0x80040105`), so
/// both ranges are accepted and the bits kept. Pointer-sized values are
/// stored fixed-width, as Win32 metadata does.
fn int_value(v: i128, ty: md::Type) -> Result<md::Value, String> {
    let bits = match ty {
        md::Type::I8 | md::Type::U8 => 8,
        md::Type::I16 | md::Type::U16 => 16,
        md::Type::I32 | md::Type::U32 => 32,
        md::Type::I64 | md::Type::U64 => 64,
        md::Type::ISize | md::Type::USize => {
            if i32::try_from(v).is_ok() || u32::try_from(v).is_ok() {
                32
            } else {
                64
            }
        }
        _ => return Err("an integer constant needs an integer type".into()),
    };
    let min = -(1i128 << (bits - 1));
    let max = (1i128 << bits) - 1;
    if v < min || v > max {
        return Err(format!("the value {v} does not fit in {bits} bits"));
    }
    let u = (v as u128 & ((1u128 << bits) - 1)) as u64;
    Ok(match ty {
        md::Type::I8 => md::Value::I8(u as u8 as i8),
        md::Type::U8 => md::Value::U8(u as u8),
        md::Type::I16 => md::Value::I16(u as u16 as i16),
        md::Type::U16 => md::Value::U16(u as u16),
        md::Type::I32 => md::Value::I32(u as u32 as i32),
        md::Type::U32 => md::Value::U32(u as u32),
        md::Type::I64 => md::Value::I64(u as i64),
        md::Type::ISize if bits == 32 => md::Value::I32(u as u32 as i32),
        md::Type::ISize => md::Value::I64(u as i64),
        md::Type::USize if bits == 32 => md::Value::U32(u as u32),
        _ => md::Value::U64(u),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{MemLoader, Options as CompileOptions, compile_with};

    fn model(src: &str) -> Model {
        let mut files = MemLoader::new();
        files.add("t.idl", src);
        let c = compile_with(&files, &["t.idl".into()], &CompileOptions::default());
        assert!(!c.has_errors(), "{}", c.render_diagnostics());
        c.model
    }

    #[test]
    fn values_wrap_within_their_width_only() {
        assert_eq!(
            int_value(0x8004_0105, md::Type::I32),
            Ok(md::Value::I32(0x8004_0105u32 as i32))
        );
        assert_eq!(int_value(-1, md::Type::U16), Ok(md::Value::U16(0xffff)));
        assert!(int_value(0x1_0000_0000, md::Type::U32).is_err());
        assert_eq!(int_value(2, md::Type::USize), Ok(md::Value::U32(2)));
    }

    #[test]
    fn namespaces_are_checked() {
        let m = model("const unsigned long X = 1;");
        let bad = Options {
            namespace: "Mapi..X".into(),
            ..Options::default()
        };
        let errors = emit(&m, "t", &bad).expect_err("bad namespace");
        assert!(
            errors[0].to_string().contains("dot-separated"),
            "{errors:?}"
        );
        assert!(emit(&m, "t", &Options::default()).is_ok());
    }
}
