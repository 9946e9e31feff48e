//! Robustness of the front end on arbitrary input: it must never panic,
//! never hang, and report every error with a span inside its file.
//!
//! Three proptest strategies (arbitrary bytes, token soup, mutated corpus
//! files) plus targeted regression tests for pathological inputs. The case
//! counts keep the whole file to a few seconds in a debug build; the
//! open-ended search is the cargo-fuzz target in `idl/fuzz/`.

use mapi_idl::diag::{Diagnostics, codes};
use mapi_idl::lex::{self, TokenKind};
use mapi_idl::source::{SourceMap, Span};
use mapi_idl::{Compilation, MemLoader, Options, compile_with};
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The file every case compiles.
const ROOT: &str = "root.idl";
/// A second in-memory file the root may include or import (and which may
/// include or import the root back).
const OTHER: &str = "other.idl";

// ---- the checks every case makes -------------------------------------------

/// Compiles `root` (as `root.idl`, next to `other`), checks the invariants
/// and returns the compilation.
fn compile_checked(root: &str, other: &str, defines: &[(String, Option<String>)]) -> Compilation {
    let mut files = MemLoader::new();
    files.add(ROOT, root);
    files.add(OTHER, other);
    for (name, text) in prelude() {
        files.add(name.as_str(), text.as_str());
    }
    let options = Options {
        defines: defines.to_vec(),
        ..Options::default()
    };
    let c = compile_with(&files, &[PathBuf::from(ROOT)], &options);
    check_invariants(&c);
    if must_fail(root) {
        assert!(
            c.has_errors(),
            "erroneous input compiled without errors:\n{root:?}\n{}",
            c.render_diagnostics()
        );
    }
    c
}

/// Every span lies inside its file on character boundaries, every error has
/// a span (except the two kinds that have no place), and rendering works.
fn check_invariants(c: &Compilation) {
    for d in &c.diagnostics {
        if let Some(span) = d.span {
            check_span(&c.sources, span, &d.message);
        } else {
            assert!(
                !d.is_error() || d.code == codes::IO || d.code == codes::TOO_MANY_ERRORS,
                "error without a span: {d:?}"
            );
        }
        for n in &d.notes {
            if let Some(span) = n.span {
                check_span(&c.sources, span, &n.message);
            }
        }
        assert!(!d.message.is_empty(), "empty message: {d:?}");
    }
    let text = c.render_diagnostics();
    assert_eq!(text.is_empty(), c.diagnostics.is_empty());
    assert_eq!(c.has_errors(), c.error_count() > 0);
}

fn check_span(sources: &SourceMap, span: Span, what: &str) {
    let file = sources
        .files()
        .find(|(id, _)| *id == span.file)
        .map(|(_, f)| f)
        .unwrap_or_else(|| panic!("span {span:?} of {what:?} names no file"));
    let text = file.text();
    let (start, end) = (span.start as usize, span.end as usize);
    assert!(
        start <= end && end <= text.len(),
        "span {span:?} of {what:?} is outside {} ({} bytes)",
        file.path().display(),
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "span {span:?} of {what:?} splits a character"
    );
}

/// A cheap oracle for inputs that are certainly wrong: the lexer reports a
/// problem, or (with no preprocessor directive that could hide or supply
/// tokens) brackets do not balance.
fn must_fail(text: &str) -> bool {
    let mut d = Diagnostics::new();
    let file = SourceMap::new().add("oracle.idl", "");
    let toks = lex::lex(file, text, &mut d, &mut lex::Interner::new());
    if d.has_errors() {
        let _ = d.into_vec();
        return true;
    }
    if toks.iter().any(|t| t.is_punct("#") || t.is_punct("##")) {
        return false;
    }
    // Each bracket as (kind, opens): `(`/`)` are kind 0, and so on.
    let bracket = |t: &lex::Token| {
        ["(", "[", "{", ")", "]", "}"]
            .iter()
            .position(|p| t.is_punct(p))
            .map(|i| (i % 3, i < 3))
    };
    let mut stack = Vec::new();
    for t in toks.iter().filter(|t| t.kind == TokenKind::Punct) {
        match bracket(t) {
            Some((kind, true)) => stack.push(kind),
            Some((kind, false)) if stack.pop() != Some(kind) => return true,
            _ => {}
        }
    }
    !stack.is_empty()
}

/// Extra files every case can import: the two corpus files with no imports
/// of their own that everything else builds on.
fn prelude() -> &'static [(String, String)] {
    static PRELUDE: OnceLock<Vec<(String, String)>> = OnceLock::new();
    PRELUDE.get_or_init(|| {
        ["wtypes.idl", "unknwn.idl"]
            .iter()
            .filter_map(|n| {
                Some((
                    n.to_string(),
                    std::fs::read_to_string(corpus_dir().join(n)).ok()?,
                ))
            })
            .collect()
    })
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("mapi")
}

/// Every `idl/mapi/*.idl` file, read at test time (the corpus changes).
fn corpus() -> &'static [String] {
    static CORPUS: OnceLock<Vec<String>> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        paths.retain(|p| p.extension().is_some_and(|x| x == "idl"));
        paths.sort();
        let mut texts: Vec<String> = paths
            .iter()
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .collect();
        if texts.is_empty() {
            texts.push(SAMPLE.to_string());
        }
        texts
    })
}

/// A small valid file, used when the corpus cannot be read.
const SAMPLE: &str = r#"
import "unknwn.idl";
/// A flag.
const ULONG MAPI_UNICODE = 0x80000000;
typedef [flag_group] enum { [in, exclusive] A_1 = 1, [out] A_2 = 2, [in] MAPI_UNICODE } AFlags;
[object, local, uuid(00020306-0000-0000-C000-000000000046)]
interface IThing : IUnknown {
    HRESULT Do([in, flags(AFlags)] ULONG ulFlags, [out, size_is(, *pc)] BYTE **pp, [out] ULONG *pc);
}
"#;

// ---- strategy (b): token soup ------------------------------------------------

/// Pieces of IDL, good and bad, for the token soup.
const PIECES: &[&str] = &[
    // keywords and types
    "interface",
    "dispinterface",
    "coclass",
    "library",
    "module",
    "typedef",
    "struct",
    "union",
    "enum",
    "const",
    "import",
    "importlib",
    "cpp_quote",
    "midl_pragma",
    "warning",
    "properties",
    "methods",
    "switch",
    "case",
    "default",
    "sizeof",
    "defined",
    "void",
    "char",
    "short",
    "int",
    "long",
    "unsigned",
    "signed",
    "hyper",
    "small",
    "byte",
    "boolean",
    "__int64",
    "__int3264",
    "wchar_t",
    "float",
    "double",
    "handle_t",
    "HRESULT",
    "ULONG",
    "LONG",
    "BYTE",
    "LPVOID",
    "GUID",
    "IUnknown",
    "IThing",
    "__cdecl",
    "__stdcall",
    "STDMETHODCALLTYPE",
    "WINAPI",
    "FAR",
    "volatile",
    "PT_LONG",
    "PT_TSTRING",
    "PT_MV_TSTRING",
    // attributes
    "object",
    "local",
    "uuid(00020306-0000-0000-C000-000000000046)",
    "uuid(0-0)",
    "uuid(",
    "in",
    "out",
    "unique",
    "ptr",
    "ref",
    "optional",
    "string",
    "size_is",
    "length_is",
    "iid_is",
    "switch_is",
    "switch_type",
    "flags",
    "flag_group",
    "required",
    "exclusive",
    "proptag",
    "mapi_alloc",
    "com_out",
    "byte_count",
    "unicode_flag",
    "may_be_null",
    "reserved",
    "unknown",
    "keep",
    "v1_enum",
    "pointer_default",
    "propget",
    "call_as",
    "retval",
    "lcid",
    // names
    "A",
    "B",
    "F",
    "X",
    "Y",
    "riid",
    "ppv",
    "pc",
    "AFlags",
    "__VA_ARGS__",
    // punctuation
    "...",
    "<<=",
    ">>=",
    "->",
    "<<",
    ">>",
    "<=",
    ">=",
    "==",
    "!=",
    "&&",
    "||",
    "##",
    "::",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ";",
    ",",
    ":",
    "=",
    "*",
    "&",
    "|",
    "^",
    "~",
    "!",
    "<",
    ">",
    "+",
    "-",
    "/",
    "%",
    "?",
    ".",
    "#",
    "@",
    "`",
    "\\",
    // numbers
    "0",
    "1",
    "7",
    "0x10",
    "0x80000000",
    "0xFFFFFFFFFFFFFFFF",
    "0x1FFFFFFFFFFFFFFFF",
    "18446744073709551615",
    "9223372036854775808",
    "0x",
    "09",
    "0b101",
    "1e5",
    "1.5f",
    "1.e+",
    "10ui64",
    "1L",
    "0x8004010FL",
    "64",
    // strings and characters
    "\"wtypes.idl\"",
    "\"\"",
    "L\"w\"",
    "'a'",
    "'ab'",
    "''",
    "'\\n'",
    "\"\\x\"",
    "\"\\xFFFFFFFF\"",
    "\"\\777\"",
    "\"\\q\"",
    "\"open",
    "'",
    "\"\u{e9}\"",
    "\"\\\n\"",
    // comments
    "// line\n",
    "/// doc\n",
    "/** doc */",
    "/* block */",
    "/*",
    "*/",
    "/**/",
    "/***/",
    // preprocessor lines
    "\n#define A B B\n",
    "\n#define B A A\n",
    "\n#define F(x, ...) x ## __VA_ARGS__ #x\n",
    "\n#define F(x) F(x) x\n",
    "\n#define G(a,b) a##b\n",
    "\n#define X (\n",
    "\n#define Y )\n",
    "\n#if defined(A) && B\n",
    "\n#if 1/0\n",
    "\n#if (1\n",
    "\n#if\n",
    "\n#ifdef A\n",
    "\n#ifndef A\n",
    "\n#else\n",
    "\n#elif 1\n",
    "\n#endif\n",
    "\n#include \"wtypes.idl\"\n",
    "\n#include \"missing.h\"\n",
    "\n#include\n",
    "\n#pragma once\n",
    "\n#error boom\n",
    "\n#warning hm\n",
    "\n#undef A\n",
    "\n#line 4\n",
    "\n#bogus\n",
    "\n#\n",
    "\\\n",
    // imports
    "import \"wtypes.idl\";",
    "import \"unknwn.idl\";",
    "import \"nope.idl\";",
    // odd characters
    " ",
    "\n",
    "\t",
    "\r\n",
    "\u{e9}",
    "\u{feff}",
    "\u{1F600}",
    "\0",
    "\u{b}",
];

/// Pieces that include or import a file of the case. They are rarer than
/// the rest: two unguarded self-includes make a case expensive (exponential
/// until the preprocessor's include budget runs out).
const RECURSIVE: &[&str] = &[
    "\n#include \"root.idl\"\n",
    "\n#include \"other.idl\"\n",
    "\n#include <other.idl>\n",
    "import \"root.idl\";",
    "import \"other.idl\";",
];

/// A sequence of pieces, each followed by a space or glued to the next.
fn soup(max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        60 => prop::sample::select(PIECES),
        1 => prop::sample::select(RECURSIVE),
    ];
    prop::collection::vec((piece, any::<bool>()), 0..max).prop_map(|v| {
        let mut s = String::new();
        for (p, glue) in v {
            s.push_str(p);
            if !glue {
                s.push(' ');
            }
        }
        s
    })
}

/// Well-formed fragments glued in random order: more of these reach the
/// resolver than pure soup does.
const FRAGMENTS: &[&str] = &[
    "import \"unknwn.idl\";\n",
    "const ULONG A = 1;\n",
    "const ULONG B = A << 2 | 0x10;\n",
    "const LONG C = -(1 << 4) + (LONG)0x10L;\n",
    "const ULONG D = D;\n",
    "const BYTE E = 256;\n",
    "const ULONG G = 1 / 0;\n",
    "const ULONG H = (ULONG)-1 >> 64;\n",
    "const ULONG K = L1; const ULONG L1 = L2; const ULONG L2 = 1;\n",
    "typedef struct _S { ULONG a; [size_is(a)] BYTE *p; struct _S *next; } S, *LPS;\n",
    "typedef struct _R { struct _R inner; } R;\n",
    "typedef union _U switch (ULONG k) u { case 1: ULONG x; default: BYTE y; } U;\n",
    "typedef [switch_type(ULONG)] union { [case(1)] ULONG x; [default] BYTE y; } UU;\n",
    "typedef enum { E_A, E_B = E_A + 5, E_C } EE;\n",
    "typedef [flag_group, required] enum { [in, exclusive] F_A = 1, [out] F_B = 2, [in] A } FF;\n",
    "typedef [flag_group] enum { [in] F_A } FG;\n",
    "typedef HRESULT (STDMETHODCALLTYPE FN)([in] ULONG a, [out] LPVOID *pp);\n",
    "typedef T1 T2; typedef T2 T1;\n",
    "typedef BYTE ARR[A][2];\n",
    "[proptag(PT_LONG)] const ULONG PR_X = 0x0E07;\n",
    "[proptag(PT_TSTRING)] const ULONG PR_Y = 0x0037;\n",
    "[proptag(PT_LONG)] const ULONG PR_Z = 0x10000;\n",
    "[object, uuid(00020306-0000-0000-C000-000000000046)] interface IThing : IUnknown { \
     HRESULT Do([in, flags(FF)] ULONG f, [out, iid_is(riid)] void **pp, [in] REFIID riid); }\n",
    "[object, uuid(00020306-0000-0000-C000-000000000046)] interface IOther : IThing { HRESULT Do(void); }\n",
    "[object] interface ILoop : ILoop { }\n",
    "interface IFwd;\n",
    "[local] interface IPlain { ULONG Get([out, mapi_alloc] ULONG p); }\n",
    "cpp_quote(\"#define X 1\")\n",
    "midl_pragma warning(disable: 2111)\n",
    "library L { coclass C { [default] interface IThing; }; };\n",
    "module M { [entry(1)] HRESULT Fn(void); };\n",
    "[bogus, in(1), object(2)] const ULONG J = 1;\n",
];

fn fragments(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..max).prop_map(|v| v.concat())
}

/// Command-line style macro definitions, some malformed.
fn defines() -> impl Strategy<Value = Vec<(String, Option<String>)>> {
    let name = prop::sample::select(
        &[
            "A",
            "B",
            "UNICODE",
            "",
            "1",
            "X Y",
            "A\n#include \"root.idl\"",
        ][..],
    );
    prop::collection::vec((name, prop::option::of(soup(4))), 0..3)
        .prop_map(|v| v.into_iter().map(|(n, val)| (n.to_string(), val)).collect())
}

// ---- strategy (c): corpus mutations ------------------------------------------

#[derive(Clone, Debug)]
enum Mutation {
    Truncate(usize),
    Delete(usize, usize),
    Duplicate(usize, usize, usize),
    Swap(usize, usize, usize),
    Insert(usize, &'static str),
    InsertByte(usize, u8),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let pos = any::<usize>();
    prop_oneof![
        pos.prop_map(Mutation::Truncate),
        (pos, 0..64usize).prop_map(|(a, n)| Mutation::Delete(a, n)),
        (pos, 0..64usize, pos).prop_map(|(a, n, b)| Mutation::Duplicate(a, n, b)),
        (pos, 0..64usize, pos).prop_map(|(a, n, b)| Mutation::Swap(a, n, b)),
        (pos, prop::sample::select(PIECES)).prop_map(|(a, p)| Mutation::Insert(a, p)),
        (pos, prop::sample::select(RECURSIVE)).prop_map(|(a, p)| Mutation::Insert(a, p)),
        (pos, any::<u8>()).prop_map(|(a, b)| Mutation::InsertByte(a, b)),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let len = bytes.len();
    // A position in `0..=len`.
    let at = |p: usize| p % (len + 1);
    match *m {
        Mutation::Truncate(p) => bytes.truncate(at(p)),
        Mutation::Delete(p, n) => {
            let a = at(p);
            bytes.drain(a..(a + n).min(len));
        }
        Mutation::Duplicate(p, n, q) => {
            let a = at(p);
            let piece = bytes[a..(a + n).min(len)].to_vec();
            let b = at(q);
            bytes.splice(b..b, piece);
        }
        Mutation::Swap(p, n, q) => {
            let (a, b) = (at(p).min(at(q)), at(p).max(at(q)));
            let (a_end, b_end) = ((a + n).min(len), (b + n).min(len));
            if a_end <= b {
                let first = bytes[a..a_end].to_vec();
                let second = bytes[b..b_end].to_vec();
                bytes.splice(b..b_end, first);
                bytes.splice(a..a_end, second);
            }
        }
        Mutation::Insert(p, text) => {
            let a = at(p);
            bytes.splice(a..a, text.bytes());
        }
        Mutation::InsertByte(p, b) => bytes.insert(at(p), b),
    }
}

/// A window of a corpus file (whole files are too slow to compile thousands
/// of times in a debug build), then mutated.
fn mutated_corpus() -> impl Strategy<Value = String> {
    let muts = prop::collection::vec(mutation(), 0..6);
    (any::<usize>(), any::<usize>(), 0..6000usize, muts).prop_map(|(file, start, len, muts)| {
        let texts = corpus();
        let text = &texts[file % texts.len()];
        // Start the window on a line so it begins with whole declarations
        // more often than not.
        let start = start % (text.len() + 1);
        let start = text.as_bytes()[..start]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let end = (start + len).min(text.len());
        let mut bytes = text.as_bytes()[start..end].to_vec();
        for m in &muts {
            apply(&mut bytes, m);
        }
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

// ---- the properties ----------------------------------------------------------

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        // Failures found here become named regression tests below.
        failure_persistence: None,
        max_shrink_iters: 2048,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(600))]

    /// (a) Arbitrary bytes, read as (lossy) UTF-8.
    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        compile_checked(&String::from_utf8_lossy(&bytes), "", &[]);
    }

    /// (a) Arbitrary strings of the characters IDL is made of, and a few
    /// others.
    #[test]
    fn arbitrary_text(text in "[ -~\n\t\u{e9}\u{feff}]{0,400}") {
        compile_checked(&text, "", &[]);
    }
}

proptest! {
    #![proptest_config(config(1000))]

    /// (b) Token soup, in the root and in a second file it may include or
    /// import (and which may include or import the root back), with
    /// command-line defines.
    #[test]
    fn token_soup(root in soup(120), other in soup(40), defines in defines()) {
        compile_checked(&root, &other, &defines);
    }
}

proptest! {
    #![proptest_config(config(500))]

    /// (b) Well-formed fragments in random order, alone and after some soup,
    /// so the resolver sees mostly-valid input.
    #[test]
    fn fragment_soup(root in fragments(12), noise in soup(6), other in fragments(4)) {
        compile_checked(&root, &other, &[]);
        compile_checked(&(noise + &root), &other, &[]);
    }

    /// (c) Windows of the real corpus, truncated, cut, duplicated, swapped
    /// and sprinkled with tokens.
    #[test]
    fn corpus_mutations(text in mutated_corpus()) {
        compile_checked(&text, "", &[]);
    }
}

// ---- regression tests: pathological inputs -----------------------------------
//
// Each must finish quickly with an error and no panic. There are no timing
// asserts: a hang shows as a test that never ends.

const BIG: usize = 100_000;

/// Compiles `root` and insists on at least one error.
fn must_error(root: &str) -> Compilation {
    let c = compile_checked(root, "", &[]);
    assert!(c.has_errors(), "no error for pathological input");
    c
}

fn has_code(c: &Compilation, code: &str) -> bool {
    c.diagnostics.iter().any(|d| d.code == code)
}

#[test]
fn deeply_nested_parentheses_in_a_const_expression() {
    let src = format!("const long X = {}1{};", "(".repeat(BIG), ")".repeat(BIG));
    let c = must_error(&src);
    assert!(has_code(&c, codes::TOO_DEEP), "{}", c.render_diagnostics());
}

#[test]
fn deeply_nested_parentheses_in_if() {
    must_error(&format!(
        "#if {}1{}\n#endif\n",
        "(".repeat(BIG),
        ")".repeat(BIG)
    ));
}

#[test]
fn many_open_brackets() {
    must_error(&"[".repeat(BIG));
    must_error(&format!("const long X = A{};", "[".repeat(BIG)));
    must_error(&format!("typedef long T{};", "[".repeat(BIG)));
}

#[test]
fn nested_struct_lines_of_several_fields() {
    // Each field of a line got its own copy of the line's type, so nested
    // `struct { .. } a, b;` lines were 2^depth copies: a 2 KiB fuzz input
    // took 2.4 GB. The fields share one struct.
    let src = format!(
        "typedef struct {{\n{} long x;\n{} }} S;",
        "struct {\n".repeat(40),
        "} a, b;\n".repeat(40)
    );
    let c = compile_checked(&src, "", &[]);
    assert!(!c.has_errors(), "{}", c.render_diagnostics());
    assert_eq!(c.model.structs.len(), 41);
    let outer = c.model.structs.iter().find(|s| s.name == "S").expect("S");
    let fields = outer.fields.as_ref().expect("fields");
    assert_eq!(fields[0].ty, fields[1].ty);
    assert!(fields[0].defines.is_some() && fields[1].defines.is_none());
    // The same through attributes: a cast in one may define a struct.
    let mut ty = String::from("long");
    for _ in 0..40 {
        ty = format!("struct {{ [size_is(({ty})0)] long a, b; }}");
    }
    compile_checked(&format!("typedef {ty} S;"), "", &[]);
}

#[test]
fn deeply_nested_structs() {
    let n = BIG / 10;
    let src = format!(
        "typedef struct {{\n{} long x;\n{} }} S;",
        "struct {\n".repeat(n),
        "} a;\n".repeat(n)
    );
    let c = must_error(&src);
    assert!(has_code(&c, codes::TOO_DEEP), "{}", c.render_diagnostics());
}

#[test]
fn deeply_nested_unions_blocks_and_unary_operators() {
    must_error(&"union {\n".repeat(BIG / 10));
    must_error(&"library L {\n".repeat(BIG / 10));
    must_error(&"typedef void (*f)(".repeat(BIG / 10));
    must_error(&format!("const long X = {}1;", "- ~ ! ".repeat(BIG / 3)));
}

#[test]
fn exponential_macro_expansion() {
    let mut src = String::from("#define A0 x x\n");
    for i in 1..64 {
        src.push_str(&format!("#define A{i} A{} A{}\n", i - 1, i - 1));
    }
    src.push_str("A63\n");
    let c = must_error(&src);
    assert!(
        has_code(&c, codes::EXPANSION_LIMIT),
        "{}",
        c.render_diagnostics()
    );
}

#[test]
fn exponential_function_like_macro_expansion() {
    let src = format!("#define F(x) x x\n{}1{}\n", "F(".repeat(40), ")".repeat(40));
    must_error(&src);
}

#[test]
fn deeply_nested_macro_calls() {
    // Deeper than the preprocessor's nesting limit for macro arguments: the
    // inner calls are expanded on rescanning instead, as in C.
    let src = format!(
        "#define F(x) x\nconst long X = {}1{};",
        "F(".repeat(1000),
        ")".repeat(1000)
    );
    let c = compile_checked(&src, "", &[]);
    assert!(!c.has_errors(), "{}", c.render_diagnostics());
    let x = c.model.constant("X").map(|x| x.value.clone());
    assert_eq!(x, Some(mapi_idl::model::ConstValue::Int(1)));
}

#[test]
fn self_including_file() {
    let c = must_error("#include \"root.idl\"\n");
    assert!(
        has_code(&c, codes::EXPANSION_LIMIT),
        "{}",
        c.render_diagnostics()
    );
}

#[test]
fn file_including_itself_twice() {
    // Each level includes the next twice: without a limit on the total this
    // is 2^200 inclusions.
    let c = must_error("#include \"root.idl\"\n#include \"root.idl\"\n");
    assert!(
        has_code(&c, codes::EXPANSION_LIMIT),
        "{}",
        c.render_diagnostics()
    );
}

#[test]
fn mutually_including_files() {
    let c = compile_checked("#include \"other.idl\"\n", "#include \"root.idl\"\n", &[]);
    assert!(
        has_code(&c, codes::EXPANSION_LIMIT),
        "{}",
        c.render_diagnostics()
    );
}

#[test]
fn self_and_mutual_imports_are_read_once() {
    let c = compile_checked(
        "import \"root.idl\"; import \"other.idl\"; const long A = 1;",
        "import \"root.idl\"; const long B = A;",
        &[],
    );
    assert!(!c.has_errors(), "{}", c.render_diagnostics());
}

#[test]
fn unterminated_comment_and_string_at_eof() {
    for src in [
        "/*",
        "/* never closed",
        "/** doc",
        "\"open",
        "L\"open",
        "'",
        "const long X = \"abc\\",
    ] {
        let c = compile_checked(src, "", &[]);
        assert!(
            has_code(&c, codes::UNTERMINATED),
            "{src:?}: {}",
            c.render_diagnostics()
        );
    }
    // Comments that end at the end of the file are fine.
    for src in ["//", "///", "// x\\"] {
        let c = compile_checked(src, "", &[]);
        assert!(!c.has_errors(), "{src:?}: {}", c.render_diagnostics());
    }
}

#[test]
fn lone_conditionals() {
    for src in [
        "#if",
        "#if 1",
        "#ifdef",
        "#ifdef A",
        "#else",
        "#elif",
        "#endif",
        "#if 0\n#else\n#else\n",
    ] {
        let c = compile_checked(src, "", &[]);
        assert!(c.has_errors(), "{src:?}");
        assert!(c.diagnostics.iter().all(|d| d.span.is_some()), "{src:?}");
    }
}

#[test]
fn long_operator_chains() {
    // Left-deep trees: the nesting comes from a loop in the parser, not
    // from recursion, and used to overflow the stack later (evaluation,
    // dropping).
    must_error(&format!("const long X = 1{};", " + 1".repeat(BIG)));
    must_error(&format!("const long X = a{};", ".b".repeat(BIG)));
    must_error(&format!("#if 1{}\n#endif\n", " + 1".repeat(BIG)));
}

#[test]
fn many_pointers_and_array_dimensions() {
    // One type nested this deep used to overflow the stack in the resolver.
    must_error(&format!("typedef long {}P;", "*".repeat(BIG)));
    must_error(&format!("typedef long A{};", "[1]".repeat(BIG)));
    must_error(&format!("long {}f(void);", "*".repeat(BIG)));
    must_error(&format!("const long {}X = 0;", "*".repeat(BIG)));
    must_error(&format!("typedef void (*{}f)(void);", "*".repeat(BIG)));
}

#[test]
fn long_constant_chain() {
    // Each constant names the next, so evaluating the first walks the whole
    // chain: this used to overflow the stack.
    const N: usize = 20_000;
    let mut src = String::new();
    for i in 0..N {
        src.push_str(&format!("const long C{i} = C{} + 1;\n", i + 1));
    }
    let mut closed = src.clone();
    src.push_str(&format!("const long C{N} = 1;\n"));
    let c = must_error(&src);
    assert!(has_code(&c, codes::BAD_CONST), "{}", c.render_diagnostics());
    // The same chain closed into a cycle.
    closed.push_str(&format!("const long C{N} = C0;\n"));
    must_error(&closed);
}

#[test]
fn long_enum_chain() {
    // The same through enum members, each enum naming the next one's.
    const N: usize = 5_000;
    let mut src = String::new();
    for i in 0..N {
        src.push_str(&format!("typedef enum {{ M{i} = M{} + 1 }} E{i};\n", i + 1));
    }
    src.push_str(&format!("typedef enum {{ M{N} = 1 }} E{N};\n"));
    must_error(&src);
}

#[test]
fn very_long_line_with_an_error_at_its_end() {
    // The caret under a column past 65535 used to panic in rendering (a
    // format width above `u16::MAX`).
    let src = format!("const long X = 1;{} @", " ".repeat(70_000));
    let c = must_error(&src);
    let text = c.render_diagnostics();
    assert!(text.contains("1 | ...") && text.contains("@\n"), "{text}");
    // Only a window of the line is shown.
    assert!(text.len() < 1_000, "{} bytes", text.len());
}

#[test]
fn many_diagnostics_on_one_long_line() {
    // Each diagnostic used to render its whole line, and warnings were not
    // capped: 20000 unknown attributes on one line rendered gigabytes.
    let attrs: Vec<String> = (0..20_000).map(|i| format!("a{i}")).collect();
    let src = format!("[{}] interface I {{ }}", attrs.join(","));
    let c = compile_checked(&src, "", &[]);
    let warnings = c.diagnostics.iter().filter(|d| !d.is_error()).count();
    assert!(
        warnings <= Options::default().max_errors + 1,
        "{warnings} warnings"
    );
    assert!(has_code(&c, codes::TOO_MANY_ERRORS));
    assert!(c.render_diagnostics().len() < 100_000);
    // The same with errors.
    let src = "} ".repeat(50_000);
    let c = must_error(&src);
    assert!(c.render_diagnostics().len() < 100_000);
}

#[test]
fn many_unknown_names() {
    // A "did you mean" search over every declared name for each unknown one
    // was quadratic: 5000 of each took a minute in a debug build.
    const N: usize = 3_000;
    let mut src = String::new();
    for i in 0..N {
        src.push_str(&format!("const long K{i} = 1;\n"));
    }
    for i in 0..N {
        src.push_str(&format!("const long U{i} = Q{i};\n"));
    }
    let c = must_error(&src);
    assert!(has_code(&c, codes::TOO_MANY_ERRORS));
}

// ---- just inside the limits: deep but valid input compiles ------------------

#[test]
fn deep_but_valid_input_compiles() {
    let ok = |src: &str| {
        let c = compile_checked(src, "", &[]);
        assert!(!c.has_errors(), "{}", c.render_diagnostics());
        c
    };
    let c = ok(&format!("const unsigned long X = 1{};", " + 1".repeat(200)));
    let x = c.model.constant("X").map(|x| x.value.clone());
    assert_eq!(x, Some(mapi_idl::model::ConstValue::Int(201)));
    ok(&format!(
        "const long X = {}1{};",
        "(".repeat(200),
        ")".repeat(200)
    ));
    ok(&format!("const long X = {}1;", "-".repeat(200)));
    ok(&format!("typedef long {}P;", "*".repeat(200)));
    ok(&format!("typedef long A{};", "[1]".repeat(200)));
    ok(&format!(
        "typedef struct {{\n{} long x;\n{} }} S;",
        "struct {\n".repeat(60),
        "} a;\n".repeat(60)
    ));
    // A short chain of constants each naming the next, in reverse order.
    let mut src = String::new();
    for i in 0..16 {
        src.push_str(&format!("const long C{i} = C{} + 1;\n", i + 1));
    }
    src.push_str("const long C16 = 1;\n");
    ok(&src);
}
