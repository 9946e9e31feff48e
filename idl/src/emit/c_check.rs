//! Model -> a C file of `_Static_assert`s that checks the model against the
//! MAPI headers (the MinGW-w64 set, or any set that follows the Windows SDK).
//!
//! The file includes the headers, then states every fact the model knows and
//! a C compiler can check at compile time:
//!
//! | item | facts |
//! |---|---|
//! | interface | `offsetof(IFooVtbl, Method) == slot * sizeof(void *)` for every slot, inherited ones included; `sizeof(IFooVtbl)` |
//! | IID | all four parts of `IID_IFoo` as `mapiguid.h` defines it |
//! | struct, union | `sizeof`, `_Alignof`, and `offsetof` of every named field (members of anonymous members through the enclosing type) |
//! | typedef | `sizeof`; its type, `__builtin_types_compatible_p` with the definition spelled from the headers' names (function types through pointers, so that i686 compares calling conventions) |
//! | function | the type of a DLL export (`__typeof__(&MAPILogonEx)`), `__builtin_types_compatible_p` with a pointer to the model's signature, calling convention included |
//! | constant | its value, cast to its declared type (`(SCODE)(MAPI_E_NOT_FOUND) == -2147221233LL`); a GUID constant (`PS_MAPI`), all four parts as `mapiguid.h` defines it, as for IIDs |
//!
//! Sizes and offsets come from [`layout`](crate::layout); where the two
//! targets differ, `MAPI_IDL_EXPECT(x64, x86)` picks by `_WIN64`. Compile the
//! file once per target:
//!
//! ```text
//! x86_64-w64-mingw32-gcc -DUNICODE -D_UNICODE -fsyntax-only -Werror FILE.c
//! i686-w64-mingw32-gcc   -DUNICODE -D_UNICODE -fsyntax-only -Werror FILE.c
//! ```
//!
//! The corpus is Unicode, so the file defines `UNICODE` and `_UNICODE` itself
//! when the command line does not: `PT_TSTRING` is `PT_UNICODE` and `PR_X` is
//! the `_W` form.
//!
//! IIDs: `mapiguid.h` defines them with `DEFINE_OLEGUID`, which in C yields
//! `extern const GUID` objects whose parts are not constant expressions. The
//! file therefore reads `mapiguid.h` a second time with `DEFINE_GUID`
//! redefined to declare enumeration constants (`IID_IMsgStore_Data1_lo`, ...)
//! and compares those. IIDs defined elsewhere (`IID_IUnknown` in `unknwn.h`)
//! cannot be read this way and are skipped.
//!
//! Not every fact can or should be checked: the headers may lack an item
//! (newer Outlook-only constants), or carry a known erratum. [`Options::skip`]
//! names facts to leave out with a reason, and [`Options::header_names`], when
//! given, says which names the headers declare so that absent items are left
//! out too. Every fact left out is written as a `/* skipped: ...: reason */`
//! comment. Without `header_names`, constants are guarded by `#ifdef NAME`
//! (the headers `#define` them) and everything else is asserted.
//!
//! Only the items of root files are checked (imports are referred to, not
//! re-checked). The output is deterministic: model order, no paths, no times.

use crate::layout::{Target, struct_layout, type_layout};
use crate::model::*;
use crate::source::FileId;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt::Write as _;

/// The headers included by default, in order: the MAPI set and the headers
/// of forms, spooler hooks, the profile wizard, OIDs, `IMessage`, TNEF and
/// Simple MAPI, whose constants the corpus declares too, then those of
/// parameter validation and the Unicode helpers, whose functions it
/// declares.
pub const DEFAULT_HEADERS: [&str; 17] = [
    "windows.h",
    "mapidefs.h",
    "mapicode.h",
    "mapitags.h",
    "mapiguid.h",
    "mapispi.h",
    "mapix.h",
    "mapiutil.h",
    "mapiform.h",
    "mapihook.h",
    "mapiwz.h",
    "mapioid.h",
    "imessage.h",
    "tnef.h",
    "mapi.h",
    "mapival.h",
    "mapinls.h",
];

/// The interfaces whose IID the MAPI headers (`mapiguid.h`, Microsoft's and
/// MinGW-w64's alike) name other than `IID_<interface>`.
pub const MAPI_IID_NAMES: [(&str, &str); 5] = [
    ("IAttach", "IID_IAttachment"),
    ("IMAPISupport", "IID_IMAPISup"),
    ("ITableData", "IID_IMAPITableData"),
    ("IPropData", "IID_IMAPIPropData"),
    ("ITnef", "IID_ITNEF"),
];

/// The macro the file defines between the includes and the facts. In the
/// preprocessed file (`-E -dD`), what comes before its `#define` is what the
/// headers declare: see [`header_names`].
pub const FACTS_BEGIN: &str = "MAPI_IDL_FACTS_BEGIN";

/// Settings of the C backend.
#[derive(Clone, Debug)]
pub struct Options {
    /// Headers to `#include`, in order (`<...>`). `mapiguid.h` is read a second
    /// time after them for the IIDs.
    pub headers: Vec<String>,
    /// Facts to leave out, each with the reason written in its comment. A key
    /// is an item's name (every fact of it), or `ITEM.MEMBER` for one fact:
    /// a field (`MAPINAMEID_0.lID_Reserved`), a method under the interface
    /// that declares it (`IMAPIProp.GetProps`, which covers the slot in every
    /// derived vtable), or the pseudo-members `sizeof` (of a struct, vtable
    /// or typedef), `alignof` (of a struct), `type` (of a typedef or a
    /// function) and `iid` (of an interface).
    pub skip: BTreeMap<String, String>,
    /// The names the headers declare (macros, types, tags, enumeration
    /// constants, ...), as [`header_names`] reads them from the preprocessed
    /// file. `None`: assume the headers declare every type and interface, and
    /// guard each constant with `#ifdef`.
    pub header_names: Option<BTreeSet<String>>,
    /// The IID name the headers use for an interface, where it is not
    /// `IID_<interface>`. Defaults to [`MAPI_IID_NAMES`].
    pub iid_names: BTreeMap<String, String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            headers: DEFAULT_HEADERS.iter().map(|h| h.to_string()).collect(),
            skip: BTreeMap::new(),
            header_names: None,
            iid_names: MAPI_IID_NAMES
                .iter()
                .map(|(i, n)| (i.to_string(), n.to_string()))
                .collect(),
        }
    }
}

impl Options {
    /// Leaves out the facts of `key` (see [`Options::skip`]) for `reason`.
    pub fn skip(mut self, key: impl Into<String>, reason: impl Into<String>) -> Self {
        self.skip.insert(key.into(), reason.into());
        self
    }
}

/// How many facts the file asserts, by kind, and how many it leaves out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Vtable slot offsets.
    pub slots: usize,
    /// Vtable sizes.
    pub vtables: usize,
    /// IIDs (each compares all four parts).
    pub iids: usize,
    /// Struct and union sizes.
    pub struct_sizes: usize,
    /// Struct and union alignments.
    pub struct_aligns: usize,
    /// Field offsets.
    pub fields: usize,
    /// Typedef sizes.
    pub typedefs: usize,
    /// Typedef types (`__builtin_types_compatible_p` with the definition;
    /// function types through pointers, so calling conventions count).
    pub typedef_types: usize,
    /// Constant values (with `#ifdef` guards when no header names were given,
    /// so an upper bound of what the compiler sees).
    pub constants: usize,
    /// Function types (of the functions a DLL exports).
    pub functions: usize,
    /// Facts left out, each with a `/* skipped: ... */` comment.
    pub skipped: usize,
}

impl Counts {
    /// Every assertion written.
    pub fn total(&self) -> usize {
        self.slots
            + self.vtables
            + self.iids
            + self.struct_sizes
            + self.struct_aligns
            + self.fields
            + self.typedefs
            + self.typedef_types
            + self.constants
            + self.functions
    }
}

/// The generated file with its counts.
#[derive(Clone, Debug)]
pub struct Output {
    /// The C source.
    pub text: String,
    /// What it asserts.
    pub counts: Counts,
    /// The keys of [`Options::skip`] that left at least one fact out; a key
    /// missing here matched nothing.
    pub used_skips: BTreeSet<String>,
}

/// The C file of static assertions for the root items of `m`.
pub fn emit(m: &Model, opts: &Options) -> String {
    generate(m, opts).text
}

/// The C file of static assertions for the root items of `m`, with counts.
pub fn generate(m: &Model, opts: &Options) -> Output {
    let mut e = Emitter::new(m, opts);
    e.interfaces();
    e.structs();
    e.typedefs();
    e.functions();
    e.constants();
    let mut text = e.header();
    text.push_str(&e.out);
    Output {
        text,
        counts: e.counts,
        used_skips: e.used,
    }
}

/// The names the headers declare, read from the file preprocessed with
/// `-E -dD` (or from any text before a `#define MAPI_IDL_FACTS_BEGIN` line):
/// every macro a `#define` line names, and every identifier of the other
/// lines. Line markers and other directives are ignored. A plain list of
/// names, one or more per line, reads as itself.
pub fn header_names(preprocessed: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for line in preprocessed.lines() {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix('#') {
            let rest = rest.trim_start();
            if let Some(def) = rest.strip_prefix("define") {
                let name: String = def
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if name == FACTS_BEGIN {
                    break;
                }
                if !name.is_empty() {
                    names.insert(name);
                }
            }
            continue;
        }
        let mut chars = t.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c == '"' || c == '\'' {
                // Skip a literal; identifiers inside it declare nothing.
                let mut escaped = false;
                for (_, d) in chars.by_ref() {
                    if escaped {
                        escaped = false;
                    } else if d == '\\' {
                        escaped = true;
                    } else if d == c {
                        break;
                    }
                }
            } else if c.is_ascii_alphabetic() || c == '_' {
                let mut end = i + c.len_utf8();
                while let Some(&(j, d)) = chars.peek() {
                    if d.is_ascii_alphanumeric() || d == '_' {
                        end = j + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                names.insert(t[i..end].to_string());
            } else if c.is_ascii_digit() {
                // A number (`0x1F`, `10UL`): not a name.
                while chars
                    .peek()
                    .is_some_and(|&(_, d)| d.is_ascii_alphanumeric() || d == '_' || d == '.')
                {
                    chars.next();
                }
            }
        }
    }
    names
}

/// C's name of a primitive.
fn prim_c(p: Prim) -> Option<&'static str> {
    Some(match p {
        Prim::I8 => "char",
        Prim::U8 => "unsigned char",
        Prim::I16 => "short",
        Prim::U16 => "unsigned short",
        Prim::WChar => "wchar_t",
        Prim::I32 => "long",
        Prim::U32 => "unsigned long",
        Prim::I64 => "long long",
        Prim::U64 => "unsigned long long",
        Prim::ISize => "LONG_PTR",
        Prim::USize => "ULONG_PTR",
        Prim::F32 => "float",
        Prim::F64 => "double",
        Prim::Handle => return None,
    })
}

/// Text safe inside a C comment.
fn comment_text(s: &str) -> String {
    s.replace("*/", "* /").replace('\n', " ")
}

/// Text safe inside a C string literal.
fn string_text(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', " ")
}

/// One named field of a struct as C reaches it, with its offsets.
struct FieldFact {
    /// The member designator (`LowPart`, `u`).
    path: String,
    /// Offset on x64 and on x86.
    offsets: [u64; 2],
}

struct Emitter<'a> {
    m: &'a Model,
    opts: &'a Options,
    roots: HashSet<FileId>,
    out: String,
    counts: Counts,
    /// The keys of `Options::skip` that left something out.
    used: BTreeSet<String>,
}

impl<'a> Emitter<'a> {
    fn new(m: &'a Model, opts: &'a Options) -> Self {
        let roots = m.files.iter().filter(|f| f.root).map(|f| f.id).collect();
        Emitter {
            m,
            opts,
            roots,
            out: String::new(),
            counts: Counts::default(),
            used: BTreeSet::new(),
        }
    }

    /// For a struct C reaches only through the member of its enclosing
    /// struct that defines it, that struct and member: an untagged struct or
    /// union defined inline as the whole type of a member (`struct { .. } n;`,
    /// `union { .. };`). A tagged one C names by its tag wherever it is
    /// defined; one behind a pointer or in an array has no member of its
    /// type to name it by.
    fn inline_member(&self, id: StructId) -> Option<(StructId, &'a Field)> {
        let m = self.m;
        let s = m.structs.get(id.index())?;
        if s.tag.is_some() {
            return None;
        }
        let parent = s.parent?;
        let field = m.structs[parent.index()]
            .fields
            .iter()
            .flatten()
            .find(|f| f.defines == Some(id) && f.ty == Type::Struct(id))?;
        Some((parent, field))
    }

    fn is_root(&self, o: &Origin) -> bool {
        self.roots.contains(&o.file)
    }

    /// Whether the headers declare `name` (always, without header names).
    fn declared(&self, name: &str) -> bool {
        self.opts
            .header_names
            .as_ref()
            .is_none_or(|s| s.contains(name))
    }

    /// The reason to leave out `item` or its `member`, if any; notes the
    /// key as used.
    fn skip_reason(&mut self, item: &str, member: Option<&str>) -> Option<&'a str> {
        let skip = &self.opts.skip;
        let (key, reason) = skip.get_key_value(item).or_else(|| {
            member.and_then(|mm| skip.get_key_value(format!("{item}.{mm}").as_str()))
        })?;
        self.used.insert(key.clone());
        Some(reason.as_str())
    }

    fn skipped(&mut self, what: &str, reason: &str) {
        self.counts.skipped += 1;
        let _ = writeln!(
            self.out,
            "/* skipped: {}: {} */",
            comment_text(what),
            comment_text(reason)
        );
    }

    fn assert(&mut self, expr: &str, msg: &str) {
        let _ = writeln!(
            self.out,
            "_Static_assert({expr}, \"{}\");",
            string_text(msg)
        );
    }

    fn section(&mut self, title: &str) {
        let _ = write!(
            self.out,
            "\n/* {} */\n",
            comment_text(&format!("---- {title} ----"))
        );
    }

    /// A file comment when the items move to another file.
    fn file_marker(&mut self, last: &mut Option<FileId>, file: FileId) {
        if *last == Some(file) {
            return;
        }
        *last = Some(file);
        let name = self
            .m
            .files
            .iter()
            .find(|f| f.id == file)
            .and_then(|f| f.path.file_name())
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let _ = write!(self.out, "\n/* {} */\n", comment_text(&name));
    }

    /// The generated-file comment and the prelude, up to the facts.
    fn header(&self) -> String {
        let c = &self.counts;
        let mut h = String::new();
        h.push_str(
            "/* @generated by mapi-idl (emit::c_check). Do not edit.\n\
             \x20*\n\
             \x20* Static assertions of the IDL model against the MAPI headers:\n\
             \x20* vtable slots and sizes, IIDs, struct sizes, alignments and field\n\
             \x20* offsets, typedef sizes and types, constant values. Compile once per target:\n\
             \x20*   x86_64-w64-mingw32-gcc -DUNICODE -D_UNICODE -fsyntax-only -Werror FILE.c\n\
             \x20*   i686-w64-mingw32-gcc   -DUNICODE -D_UNICODE -fsyntax-only -Werror FILE.c\n",
        );
        let _ = write!(
            h,
            "\x20*\n * Facts: {} vtable slots, {} vtable sizes, {} IIDs, {} struct sizes,\n\
             \x20* {} struct alignments, {} field offsets, {} typedef sizes, {} typedef types,\n\
             \x20* {} constants ({} in all); {} left out, each with a `skipped` comment\n\
             \x20* saying why.\n */\n\n",
            c.slots,
            c.vtables,
            c.iids,
            c.struct_sizes,
            c.struct_aligns,
            c.fields,
            c.typedefs,
            c.typedef_types,
            c.constants,
            c.total(),
            c.skipped
        );
        h.push_str(
            "/* The corpus is Unicode: PT_TSTRING is PT_UNICODE, PR_X is PR_X_W. */\n\
             #ifndef UNICODE\n#define UNICODE\n#endif\n\
             #ifndef _UNICODE\n#define _UNICODE\n#endif\n\n\
             #include <stddef.h>\n",
        );
        for hdr in &self.opts.headers {
            let _ = writeln!(h, "#include <{hdr}>");
        }
        h.push_str(
            "\n/* IIDs: read mapiguid.h again with DEFINE_GUID declaring enumeration\n\
             \x20* constants, so that each part of IID_X is a constant expression. */\n\
             #undef DEFINE_GUID\n\
             #define DEFINE_GUID(n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \\\n\
             \x20 enum { n##_Data1_hi = (int)(((l) >> 16) & 0xFFFF), n##_Data1_lo = (int)((l) & 0xFFFF), \\\n\
             \x20        n##_Data2 = (w1), n##_Data3 = (w2), n##_Data4_0 = (b1), n##_Data4_1 = (b2), \\\n\
             \x20        n##_Data4_2 = (b3), n##_Data4_3 = (b4), n##_Data4_4 = (b5), n##_Data4_5 = (b6), \\\n\
             \x20        n##_Data4_6 = (b7), n##_Data4_7 = (b8) }\n\
             #include <mapiguid.h>\n\
             #undef DEFINE_GUID\n\n",
        );
        let _ = write!(
            h,
            "/* What the headers declare ends here. */\n#define {FACTS_BEGIN}\n\n\
             #ifdef _WIN64\n#define MAPI_IDL_EXPECT(x64, x86) (x64)\n#else\n\
             #define MAPI_IDL_EXPECT(x64, x86) (x86)\n#endif\n\
             #define MAPI_IDL_SLOT(n) ((n) * sizeof(void *))\n\
             #define MAPI_IDL_IID(n, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \\\n\
             \x20 (n##_Data1_hi == (((l) >> 16) & 0xFFFF) && n##_Data1_lo == ((l) & 0xFFFF) && \\\n\
             \x20  n##_Data2 == (w1) && n##_Data3 == (w2) && n##_Data4_0 == (b1) && \\\n\
             \x20  n##_Data4_1 == (b2) && n##_Data4_2 == (b3) && n##_Data4_3 == (b4) && \\\n\
             \x20  n##_Data4_4 == (b5) && n##_Data4_5 == (b6) && n##_Data4_6 == (b7) && \\\n\
             \x20  n##_Data4_7 == (b8))\n"
        );
        h
    }

    // -----------------------------------------------------------------------
    // Interfaces and IIDs
    // -----------------------------------------------------------------------

    fn interfaces(&mut self) {
        let m = self.m;
        self.section("interfaces: vtable slots and sizes, IIDs");
        let mut last = None;
        for (ii, i) in m.interfaces.iter().enumerate() {
            if !self.is_root(&i.origin) {
                continue;
            }
            self.file_marker(&mut last, i.origin.file);
            let id = InterfaceId(ii as u32);
            let total = i.first_slot as usize + i.methods.len();
            let base = i
                .base
                .map(|b| format!(" : {}", m.interfaces[b.index()].name))
                .unwrap_or_default();
            let _ = write!(self.out, "\n/* {}{base}: {total} slots */\n", i.name);
            if let Some(r) = self.skip_reason(&i.name, None) {
                self.skipped(&i.name, r);
                continue;
            }
            self.vtable(id, total);
            self.iid(i);
        }
    }

    fn vtable(&mut self, id: InterfaceId, total: usize) {
        let m = self.m;
        let i = &m.interfaces[id.index()];
        let vtbl = format!("{}Vtbl", i.name);
        if !self.declared(&vtbl) {
            self.skipped(&vtbl, "not declared by the headers");
            return;
        }
        let mut any_skipped = None;
        for c in m.chain(id) {
            let ci = &m.interfaces[c.index()];
            for meth in &ci.methods {
                let what = format!("{}.{}", ci.name, meth.name);
                if let Some(r) = self.skip_reason(&ci.name, Some(&meth.name)) {
                    any_skipped.get_or_insert(what.clone());
                    self.skipped(&format!("{vtbl}.{} (slot {})", meth.name, meth.slot), r);
                    continue;
                }
                self.assert(
                    &format!(
                        "offsetof({vtbl}, {}) == MAPI_IDL_SLOT({})",
                        meth.name, meth.slot
                    ),
                    &format!("{}::{}: slot {}", i.name, meth.name, meth.slot),
                );
                self.counts.slots += 1;
            }
        }
        let what = format!("sizeof({vtbl})");
        if let Some(r) = self.skip_reason(&i.name, Some("sizeof")) {
            self.skipped(&what, r);
        } else if let Some(s) = any_skipped {
            self.skipped(&what, &format!("the slot of {s} is left out above"));
        } else {
            self.assert(
                &format!("sizeof({vtbl}) == MAPI_IDL_SLOT({total})"),
                &format!("{}: {total} slots", i.name),
            );
            self.counts.vtables += 1;
        }
    }

    fn iid(&mut self, i: &Interface) {
        let Some(g) = i.iid else { return };
        let name = self
            .opts
            .iid_names
            .get(&i.name)
            .cloned()
            .unwrap_or_else(|| format!("IID_{}", i.name));
        if let Some(r) = self.skip_reason(&i.name, Some("iid")) {
            self.skipped(&name, r);
            return;
        }
        if self.guid_assert(&name, g, &i.name) {
            self.counts.iids += 1;
        }
    }

    /// Asserts the four parts of GUID `name` as `mapiguid.h` defines it;
    /// whether it could.
    fn guid_assert(&mut self, name: &str, g: Guid, what: &str) -> bool {
        if !self.declared(name) {
            self.skipped(name, "not declared by the headers");
            return false;
        }
        if !self.declared(&format!("{name}_Data1_lo")) {
            self.skipped(
                name,
                "not defined in mapiguid.h: elsewhere it is an extern object, \
                 whose value is not a constant expression",
            );
            return false;
        }
        let d = g.data4;
        self.assert(
            &format!(
                "MAPI_IDL_IID({name}, 0x{:08X}, 0x{:04X}, 0x{:04X}, 0x{:02X}, 0x{:02X}, 0x{:02X}, \
                 0x{:02X}, 0x{:02X}, 0x{:02X}, 0x{:02X}, 0x{:02X})",
                g.data1, g.data2, g.data3, d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]
            ),
            &format!("{what}: {name} is {{{}}}", g.to_string().to_uppercase()),
        );
        true
    }

    // -----------------------------------------------------------------------
    // Structs and unions
    // -----------------------------------------------------------------------

    /// How C spells struct `id`, and the top-level name the headers must
    /// declare for it; `Err` says why C cannot name it.
    fn c_struct(&self, id: StructId, depth: u32) -> Result<(String, String), String> {
        let s = &self.m.structs[id.index()];
        if depth > 16 {
            return Err("nested too deeply".into());
        }
        if let Some((p, member)) = self.inline_member(id) {
            if member.anonymous {
                return Err(format!(
                    "an anonymous member of {}: C has no name for its type; its fields are \
                     checked through {0}",
                    self.m.structs[p.index()].name
                ));
            }
            let (outer, top) = self.c_struct(p, depth + 1)?;
            return Ok((format!("__typeof__((({outer} *)0)->{})", member.name), top));
        }
        if s.tag.as_deref() == Some(s.name.as_str()) {
            return Ok((format!("struct {}", s.name), s.name.clone()));
        }
        Ok((s.name.clone(), s.name.clone()))
    }

    /// The named fields of struct `id` as C reaches them from it, members of
    /// anonymous members flattened; `None` without a layout.
    fn field_facts(&self, id: StructId, depth: u32) -> Option<Vec<FieldFact>> {
        let s = self.m.structs.get(id.index())?;
        let fields = s.fields.as_ref()?;
        let layouts = [
            struct_layout(self.m, id, Target::X64)?,
            struct_layout(self.m, id, Target::X86)?,
        ];
        let mut out = Vec::new();
        for (k, f) in fields.iter().enumerate() {
            if f.ty == Type::Void {
                // An empty union arm: no C member.
                continue;
            }
            let base = [layouts[0].offsets[k], layouts[1].offsets[k]];
            match f.ty {
                Type::Struct(c)
                    if f.anonymous
                        && depth < 16
                        && self.inline_member(c).is_some_and(|(p, _)| p == id) =>
                {
                    for inner in self.field_facts(c, depth + 1)? {
                        out.push(FieldFact {
                            path: inner.path,
                            offsets: [base[0] + inner.offsets[0], base[1] + inner.offsets[1]],
                        });
                    }
                }
                _ => out.push(FieldFact {
                    path: f.name.clone(),
                    offsets: base,
                }),
            }
        }
        Some(out)
    }

    fn structs(&mut self) {
        let m = self.m;
        self.section("structs and unions: sizes, alignments, field offsets");
        let mut last = None;
        for (si, s) in m.structs.iter().enumerate() {
            if !self.is_root(&s.origin) {
                continue;
            }
            self.file_marker(&mut last, s.origin.file);
            let id = StructId(si as u32);
            let kind = if s.is_union { "union" } else { "struct" };
            let _ = write!(self.out, "\n/* {kind} {} */\n", s.name);
            if let Some(r) = self.skip_reason(&s.name, None) {
                self.skipped(&s.name, r);
                continue;
            }
            if s.fields.is_none() {
                self.skipped(&s.name, "declared only, never defined: no layout");
                continue;
            }
            let (cname, top) = match self.c_struct(id, 0) {
                Ok(n) => n,
                Err(r) => {
                    self.skipped(&format!("sizeof({})", s.name), &r);
                    continue;
                }
            };
            if !self.declared(&top) {
                self.skipped(&s.name, "not declared by the headers");
                continue;
            }
            let (Some(l64), Some(l86)) = (
                struct_layout(m, id, Target::X64),
                struct_layout(m, id, Target::X86),
            ) else {
                self.skipped(
                    &s.name,
                    "no layout: a field has a type without one (opaque or by-value interface)",
                );
                continue;
            };
            let expect = |a: u64, b: u64| {
                if a == b {
                    a.to_string()
                } else {
                    format!("MAPI_IDL_EXPECT({a}, {b})")
                }
            };
            if let Some(r) = self.skip_reason(&s.name, Some("sizeof")) {
                self.skipped(&format!("sizeof({cname})"), r);
            } else {
                self.assert(
                    &format!(
                        "sizeof({cname}) == {}",
                        expect(l64.layout.size, l86.layout.size)
                    ),
                    &format!("{}: sizeof", s.name),
                );
                self.counts.struct_sizes += 1;
            }
            if let Some(r) = self.skip_reason(&s.name, Some("alignof")) {
                self.skipped(&format!("_Alignof({cname})"), r);
            } else {
                self.assert(
                    &format!(
                        "_Alignof({cname}) == {}",
                        expect(l64.layout.align, l86.layout.align)
                    ),
                    &format!("{}: alignment", s.name),
                );
                self.counts.struct_aligns += 1;
            }
            for f in self.field_facts(id, 0).unwrap_or_default() {
                if let Some(r) = self.skip_reason(&s.name, Some(&f.path)) {
                    self.skipped(&format!("{}.{}", s.name, f.path), r);
                    continue;
                }
                self.assert(
                    &format!(
                        "offsetof({cname}, {}) == {}",
                        f.path,
                        expect(f.offsets[0], f.offsets[1])
                    ),
                    &format!("{}.{}: offset", s.name, f.path),
                );
                self.counts.fields += 1;
            }
        }
    }

    // -----------------------------------------------------------------------
    // Functions
    // -----------------------------------------------------------------------

    /// The type of each function a DLL exports, as a pointer (the form in
    /// which C compares calling conventions).
    fn functions(&mut self) {
        let m = self.m;
        self.section("functions: types");
        let mut last = None;
        for f in &m.functions {
            if !self.is_root(&f.origin) || f.dll.is_none() {
                continue;
            }
            self.file_marker(&mut last, f.origin.file);
            if let Some(r) = self.skip_reason(&f.name, Some("type")) {
                self.skipped(&f.name, r);
                continue;
            }
            if !self.declared(&f.name) {
                self.skipped(&f.name, "not declared by the headers");
                continue;
            }
            let ptr = Type::Ptr {
                to: Box::new(Type::Function(Box::new(f.sig.clone()))),
                is_const: false,
            };
            let (Some(longs), Some(ints)) = (
                self.c_type_as(&ptr, "", 0, false),
                self.c_type_as(&ptr, "", 0, true),
            ) else {
                self.skipped(
                    &format!("the type of {}", f.name),
                    "C cannot spell its signature from the headers' names",
                );
                continue;
            };
            // `long` or `int` for the 32-bit integers the IDL spells
            // without a typedef, as the header may.
            let compatible = |rhs: &str| {
                format!(
                    "__builtin_types_compatible_p(__typeof__(&{}), {rhs})",
                    f.name
                )
            };
            let fact = if longs == ints {
                compatible(&longs)
            } else {
                format!("{} || {}", compatible(&longs), compatible(&ints))
            };
            self.assert(&fact, &format!("{}: type", f.name));
            self.counts.functions += 1;
        }
    }

    // -----------------------------------------------------------------------
    // Typedefs
    // -----------------------------------------------------------------------

    fn typedefs(&mut self) {
        let m = self.m;
        self.section("typedefs: sizes and types");
        let mut last = None;
        for t in &m.typedefs {
            if !self.is_root(&t.origin) {
                continue;
            }
            self.file_marker(&mut last, t.origin.file);
            if let Some(r) = self.skip_reason(&t.name, None) {
                self.skipped(&t.name, r);
                continue;
            }
            if !self.declared(&t.name) {
                self.skipped(&t.name, "not declared by the headers");
                continue;
            }
            let is_function = matches!(m.strip_typedefs(&t.ty), Type::Function(_));
            let layouts = (
                type_layout(m, &t.ty, Target::X64),
                type_layout(m, &t.ty, Target::X86),
            );
            if let Some(r) = self.skip_reason(&t.name, Some("sizeof")) {
                self.skipped(&format!("sizeof({})", t.name), r);
            } else if let (Some(a), Some(b)) = layouts {
                let expect = if a.size == b.size {
                    a.size.to_string()
                } else {
                    format!("MAPI_IDL_EXPECT({}, {})", a.size, b.size)
                };
                self.assert(
                    &format!("sizeof({}) == {expect}", t.name),
                    &format!("{}: sizeof", t.name),
                );
                self.counts.typedefs += 1;
            } else {
                let what = if is_function {
                    "a function type"
                } else {
                    "an incomplete type"
                };
                self.skipped(&format!("sizeof({})", t.name), &format!("{what}: no size"));
            }
            // The type itself; a function type as a pointer to it, the form
            // in which C compares calling conventions.
            let (lhs, rhs) = if is_function {
                let ptr = Type::Ptr {
                    to: Box::new(t.ty.clone()),
                    is_const: false,
                };
                (format!("{} *", t.name), self.c_type(&ptr, "", 0))
            } else {
                (t.name.clone(), self.c_type(&t.ty, "", 0))
            };
            if let Some(r) = self.skip_reason(&t.name, Some("type")) {
                self.skipped(&format!("the type of {}", t.name), r);
                continue;
            }
            let Some(rhs) = rhs else {
                self.skipped(
                    &format!("the type of {}", t.name),
                    "C cannot spell its definition from the headers' names",
                );
                continue;
            };
            self.assert(
                &format!("__builtin_types_compatible_p({lhs}, {rhs})"),
                &format!("{}: type", t.name),
            );
            self.counts.typedef_types += 1;
        }
    }

    /// C's spelling of `ty` around the declarator `inner` (`""` for a type
    /// name), by the names the headers declare; `None` where C cannot
    /// spell it.
    fn c_type(&self, ty: &Type, inner: &str, depth: u32) -> Option<String> {
        self.c_type_as(ty, inner, depth, false)
    }

    /// [`Self::c_type`], with the 32-bit integers written without a typedef
    /// spelled `int` when `ints` (the model does not tell `int` from
    /// `long`, which C function types do).
    fn c_type_as(&self, ty: &Type, inner: &str, depth: u32, ints: bool) -> Option<String> {
        let m = self.m;
        if depth > 64 {
            return None;
        }
        let join = |base: &str, inner: &str| {
            if inner.is_empty() {
                base.to_string()
            } else {
                format!("{base} {inner}")
            }
        };
        Some(match ty {
            Type::Void => join("void", inner),
            Type::Prim(Prim::I32) if ints => join("int", inner),
            Type::Prim(Prim::U32) if ints => join("unsigned int", inner),
            Type::Prim(p) => join(prim_c(*p)?, inner),
            Type::Typedef(id) => {
                let t = m.typedefs.get(id.index())?;
                if self.declared(&t.name) {
                    join(&t.name, inner)
                } else {
                    // A pointer declarator around a function or array type
                    // the headers do not name binds in parentheses.
                    let inner = match m.strip_typedefs(&t.ty) {
                        Type::Function(_) | Type::Array { .. } if inner.starts_with('*') => {
                            format!("({inner})")
                        }
                        _ => inner.to_string(),
                    };
                    self.c_type_as(&t.ty, &inner, depth + 1, ints)?
                }
            }
            Type::Struct(id) => join(&self.c_struct(*id, 0).ok()?.0, inner),
            Type::FlagGroup(_) => join("ULONG", inner),
            Type::Enum(_) => return None,
            Type::Interface(id) => join(&m.interfaces.get(id.index())?.name, inner),
            Type::Ptr { to, is_const } => {
                let d = if *is_const {
                    format!("const *{inner}")
                } else {
                    format!("*{inner}")
                };
                let d = if matches!(**to, Type::Array { .. } | Type::Function(_)) {
                    format!("({d})")
                } else {
                    d
                };
                self.c_type_as(to, &d, depth + 1, ints)?
            }
            Type::Array { elem, len } => {
                let n = len.map(|n| n.to_string()).unwrap_or_default();
                self.c_type_as(elem, &format!("{inner}[{n}]"), depth + 1, ints)?
            }
            Type::Function(sig) => {
                let ret = self.c_type_as(&sig.ret, "", depth + 1, ints)?;
                let params = if sig.params.is_empty() {
                    "void".to_string()
                } else {
                    sig.params
                        .iter()
                        .map(|p| self.c_type_as(&p.ty, "", depth + 1, ints))
                        .collect::<Option<Vec<_>>>()?
                        .join(", ")
                };
                let cc = match sig.callconv {
                    CallConv::System => "__stdcall",
                    CallConv::C => "__cdecl",
                };
                let d = match inner.strip_prefix('(') {
                    Some(rest) => format!("({cc} {rest}"),
                    None => join(cc, inner),
                };
                format!("{ret} {d}({params})")
            }
        })
    }

    // -----------------------------------------------------------------------
    // Constants
    // -----------------------------------------------------------------------

    /// The C type to cast a constant to, its width and signedness.
    fn int_type(&self, ty: &Type) -> Option<(String, u32, bool)> {
        let m = self.m;
        let prim = match m.strip_typedefs(ty) {
            Type::Prim(p) => *p,
            Type::FlagGroup(_) | Type::Enum(_) => Prim::U32,
            _ => return None,
        };
        let it = prim.int_type()?;
        let spelled = match ty {
            Type::Typedef(id) if self.declared(&m.typedefs[id.index()].name) => {
                m.typedefs[id.index()].name.clone()
            }
            _ => match prim {
                Prim::I8 => "signed char",
                Prim::U8 => "unsigned char",
                Prim::I16 => "short",
                Prim::U16 | Prim::WChar => "unsigned short",
                Prim::I32 => "long",
                Prim::U32 => "unsigned long",
                Prim::I64 => "long long",
                Prim::U64 => "unsigned long long",
                Prim::ISize => "LONG_PTR",
                Prim::USize => "ULONG_PTR",
                Prim::F32 | Prim::F64 | Prim::Handle => return None,
            }
            .to_string(),
        };
        Some((spelled, it.bits, it.signed))
    }

    fn constants(&mut self) {
        let m = self.m;
        self.section("constants: values (Unicode forms)");
        let mut last = None;
        for c in &m.consts {
            if !self.is_root(&c.origin) {
                continue;
            }
            self.file_marker(&mut last, c.origin.file);
            if let Some(r) = self.skip_reason(&c.name, None) {
                self.skipped(&c.name, r);
                continue;
            }
            let v = match &c.value {
                ConstValue::Int(v) => *v,
                ConstValue::Char(ch) => i128::from(u32::from(*ch)),
                ConstValue::Str(_) => {
                    self.skipped(
                        &c.name,
                        "a string: C cannot compare strings in a constant expression",
                    );
                    continue;
                }
                ConstValue::Float(_) => {
                    self.skipped(
                        &c.name,
                        "floating-point: not an integer constant expression",
                    );
                    continue;
                }
                ConstValue::Guid(g) => {
                    if self.guid_assert(&c.name, *g, "GUID") {
                        self.counts.constants += 1;
                    }
                    continue;
                }
            };
            let Some((ty, bits, signed)) = self.int_type(&c.ty) else {
                self.skipped(&c.name, "not of an integer type");
                continue;
            };
            let guard = self.opts.header_names.is_none();
            if !guard && !self.declared(&c.name) {
                self.skipped(&c.name, "not defined by the headers");
                continue;
            }
            // The model keeps 32-bit patterns (0x8004010F) for signed types;
            // C sees the value of the type.
            let v = if bits < 128 {
                let modulus = 1i128 << bits;
                let v = v.rem_euclid(modulus);
                if signed && v >= modulus / 2 {
                    v - modulus
                } else {
                    v
                }
            } else {
                v
            };
            let literal = if v < 0 {
                if v == i128::from(i64::MIN) {
                    format!("(-{}LL - 1)", i64::MAX)
                } else {
                    let pattern = v.rem_euclid(1i128 << bits);
                    format!("{v}LL /* 0x{pattern:X} */")
                }
            } else {
                let suffix = if signed { "LL" } else { "ULL" };
                if v < 10 {
                    format!("{v}{suffix}")
                } else {
                    format!("0x{v:X}{suffix}")
                }
            };
            if guard {
                let _ = writeln!(self.out, "#ifdef {}", c.name);
            }
            self.assert(&format!("({ty})({}) == {literal}", c.name), &c.name);
            if guard {
                self.out.push_str("#endif\n");
            }
            self.counts.constants += 1;
        }
    }
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

    const SRC: &str = r#"
        typedef long LONG;
        typedef LONG SCODE;
        typedef unsigned long ULONG;
        [object, local, uuid(00000000-0000-0000-C000-000000000046)]
        interface IUnknown {
            LONG QueryInterface([in] void *riid, [out] void **ppv);
            ULONG AddRef(void);
            ULONG Release(void);
        }
        [object, local, uuid(00020306-0000-0000-C000-000000000046)]
        interface IStore : IUnknown { LONG StoreLogoff([in, out] ULONG *f); }
        typedef struct _S { ULONG a; void *p; union { LONG l; ULONG u; }; struct { LONG x; } n; } S;
        const SCODE E_X = 0x80040102;
        const ULONG F_X = 0x80000000;
        const char *STR = "x";
        typedef LONG (__cdecl INIT)([in] ULONG a, [out] void **b, [in] const wchar_t *c);
    "#;

    #[test]
    fn writes_every_kind_of_fact() {
        let m = model(SRC);
        let out = generate(&m, &Options::default());
        let t = &out.text;
        for want in [
            "_Static_assert(offsetof(IStoreVtbl, StoreLogoff) == MAPI_IDL_SLOT(3), \"IStore::StoreLogoff: slot 3\");",
            "_Static_assert(sizeof(IStoreVtbl) == MAPI_IDL_SLOT(4), \"IStore: 4 slots\");",
            "MAPI_IDL_IID(IID_IStore, 0x00020306, 0x0000, 0x0000, 0xC0, 0x00,",
            "_Static_assert(sizeof(S) == MAPI_IDL_EXPECT(24, 16), \"S: sizeof\");",
            "_Static_assert(offsetof(S, l) == MAPI_IDL_EXPECT(16, 8), \"S.l: offset\");",
            "_Static_assert(offsetof(S, n) == MAPI_IDL_EXPECT(20, 12), \"S.n: offset\");",
            "_Static_assert(offsetof(__typeof__(((S *)0)->n), x) == 0, \"S_1.x: offset\");",
            "#ifdef E_X\n_Static_assert((SCODE)(E_X) == -2147221246LL /* 0x80040102 */, \"E_X\");\n#endif",
            "_Static_assert((ULONG)(F_X) == 0x80000000ULL, \"F_X\");",
            "_Static_assert(__builtin_types_compatible_p(SCODE, LONG), \"SCODE: type\");",
            "/* skipped: sizeof(INIT): a function type: no size */\n\
             _Static_assert(__builtin_types_compatible_p(INIT *, LONG (__cdecl *)(ULONG, void **, \
             wchar_t const *)), \"INIT: type\");",
            "/* skipped: STR: a string:",
            "/* skipped: sizeof(S_0): an anonymous member of S:",
        ] {
            assert!(t.contains(want), "missing `{want}` in:\n{t}");
        }
        assert_eq!(out.counts.slots, 4 + 3);
        assert_eq!(out.counts.iids, 2);
        assert!(t.starts_with("/* @generated"));
        assert_eq!(generate(&m, &Options::default()).text, *t, "deterministic");
    }

    #[test]
    fn nesting_comes_from_the_model_not_from_member_names() {
        // A member really named `Anonymous` is a named member; an anonymous
        // one inside it is flattened through both.
        let m = model(
            "typedef long LONG;\n\
             typedef struct _T { LONG a; struct { LONG x; union { LONG y; LONG z; }; } Anonymous; } T;",
        );
        let t = generate(&m, &Options::default()).text;
        for want in [
            "_Static_assert(offsetof(T, Anonymous) == 4, \"T.Anonymous: offset\");",
            "_Static_assert(offsetof(__typeof__(((T *)0)->Anonymous), x) == 0, \"T_0.x: offset\");",
            "_Static_assert(offsetof(__typeof__(((T *)0)->Anonymous), y) == 4, \"T_0.y: offset\");",
            "/* skipped: sizeof(T_0_0): an anonymous member of T_0:",
        ] {
            assert!(t.contains(want), "missing `{want}` in:\n{t}");
        }
    }

    #[test]
    fn header_names_leave_out_what_the_headers_lack() {
        let m = model(SRC);
        let pre = "# 1 \"x.h\"\n#define F_X ((ULONG) 0x80000000)\ntypedef struct _S { int a; } S;\n\
                   typedef struct IStoreVtbl IStoreVtbl; enum { IID_IStore_Data1_lo = 0x0306 };\n\
                   extern const GUID IID_IStore, IID_IUnknown; char *s = \"E_X\";\n\
                   #define MAPI_IDL_FACTS_BEGIN\nint E_X;\n";
        let names = header_names(pre);
        assert!(names.contains("F_X") && names.contains("IStoreVtbl") && names.contains("S"));
        assert!(
            !names.contains("E_X"),
            "strings and text after the marker declare nothing"
        );
        let opts = Options {
            header_names: Some(names),
            ..Options::default()
        }
        .skip("IUnknown.Release", "an erratum");
        let out = generate(&m, &opts);
        let t = &out.text;
        assert!(
            t.contains("/* skipped: E_X: not defined by the headers */"),
            "{t}"
        );
        assert!(t.contains("/* skipped: IUnknownVtbl: not declared by the headers */"));
        assert!(t.contains("/* skipped: IStoreVtbl.Release (slot 2): an erratum */"));
        assert!(t.contains("/* skipped: sizeof(IStoreVtbl): the slot of IUnknown.Release"));
        assert!(t.contains("/* skipped: IID_IUnknown: not defined in mapiguid.h"));
        assert!(!t.contains("#ifdef F_X"), "no guards with header names");
        assert_eq!(out.counts.iids, 1);
    }
}
