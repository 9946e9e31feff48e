//! C conformance of the MAPI corpus (`idl/mapi`) against the MinGW-w64 MAPI
//! headers: the C backend (`emit::c_check`) writes a file of static
//! assertions, and both MinGW-w64 compilers must accept it with
//! `-fsyntax-only -Werror`.
//!
//! Two passes. The first file (no header names) is only preprocessed
//! (`-E -dD`) to learn what the headers declare; the second leaves out what
//! they lack (newer Outlook-only items) and the known errata of [`ERRATA`],
//! and is compiled. A missing compiler fails the test: install the Debian
//! package `gcc-mingw-w64`.
//!
//! Every constant the MinGW-w64 headers lack must be one the Outlook headers
//! define (`tests/reference/mapi-rs.json`, which must be there), or one of [`BEYOND_BOTH_HEADER_SETS`] (with its source), so that
//! a misspelt name in the corpus cannot hide as "absent".

use mapi_idl::emit::c_check::{self, Counts};
use mapi_idl::model::{ConstKind, Model, TagForm};
use mapi_idl::{Options, compile};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

/// The compilers, with the target each checks.
const COMPILERS: [(&str, &str); 2] = [
    ("x86_64-w64-mingw32-gcc", "x86_64"),
    ("i686-w64-mingw32-gcc", "i686"),
];

/// Every compile: the corpus is Unicode; any warning fails.
const FLAGS: [&str; 4] = ["-DUNICODE", "-D_UNICODE", "-Wall", "-Werror"];

/// Known errata of the MinGW-w64 headers: facts the C file leaves out, with
/// why. Keys as in `c_check::Options::skip`. The Outlook headers (the MAPI
/// reference on learn.microsoft.com, `microsoft/mapi-rs`) win where the older
/// MinGW-w64 set disagrees (`tests/reference/README.md`). A key that leaves
/// nothing out fails the test, so the table stays honest.
const ERRATA: &[(&str, &str)] = &[
    // Functions whose strings the older headers declare in the width of
    // `TCHAR`.
    ("FBinFromHex.type", EIGHT_BIT_STRINGS),
    ("HexFromBin.type", EIGHT_BIT_STRINGS),
    ("HrComposeMsgID.type", EIGHT_BIT_STRINGS),
    ("HrDecomposeMsgID.type", EIGHT_BIT_STRINGS),
    ("HrEntryIDFromSz.type", EIGHT_BIT_STRINGS),
    ("HrSzFromEntryID.type", EIGHT_BIT_STRINGS),
    ("OpenStreamOnFile.type", EIGHT_BIT_STRINGS),
    ("OpenTnefStream.type", EIGHT_BIT_STRINGS),
    ("OpenTnefStreamEx.type", EIGHT_BIT_STRINGS),
    ("ScBinFromHexBounded.type", EIGHT_BIT_STRINGS),
    ("SzFindCh.type", EIGHT_BIT_STRINGS),
    ("SzFindLastCh.type", EIGHT_BIT_STRINGS),
    ("SzFindSz.type", EIGHT_BIT_STRINGS),
    ("UFromSz.type", EIGHT_BIT_STRINGS),
    ("UlFromSzHex.type", EIGHT_BIT_STRINGS),
    // The MinGW-w64 headers are an older set than Outlook's.
    (
        "BOOKMARK",
        "mingw-w64 mapidefs.h has `typedef ULONG BOOKMARK`; the Outlook headers have \
         `ULONG_PTR` (an older header set: README known errata)",
    ),
    ("ACCELERATEABSDI.type", ULONG_UI_PARAM),
    ("DISMISSMODELESS.type", ULONG_UI_PARAM),
    ("LPFNBUTTON.type", ULONG_UI_PARAM),
    ("MSGSERVICEENTRY.type", ULONG_UI_PARAM),
    (
        "CALLERRELEASE.type",
        "mingw-w64 has `ULONG ulCallerData` where the Outlook headers have `ULONG_PTR` \
         (an older header set: README known errata)",
    ),
    (
        "__UPV.lpv",
        "mingw-w64 `union _PV` has no `LPVOID lpv` member (PT_PTR); the Outlook headers \
         have it (an older header set)",
    ),
    (
        "MAPINAMEID_0.lID_Reserved",
        "mingw-w64 `MAPINAMEID.Kind` has no `lID_Reserved` member; the Outlook headers \
         have it (an older header set)",
    ),
    (
        "SRestriction_0.resAnnotation",
        "mingw-w64 `SRestriction.res` has no `resAnnotation` arm (and no \
         SAnnotationRestriction); the Outlook headers have it (an older header set)",
    ),
    (
        "SRestriction_0.resCount",
        "mingw-w64 `SRestriction.res` has no `resCount` arm (and no SCountRestriction); \
         the Outlook headers have it (an older header set)",
    ),
    // What the model cannot say: sizes agree, C's type identity does not.
    ("INT.type", INT_IS_LONG),
    ("UINT.type", INT_IS_LONG),
    ("BOOL.type", INT_IS_LONG),
    ("INT_PTR.type", INT_IS_LONG),
    ("UINT_PTR.type", INT_IS_LONG),
    ("HINSTANCE.type", STRICT_HANDLE),
    ("HMODULE.type", STRICT_HANDLE),
    ("HWND.type", STRICT_HANDLE),
    ("HICON.type", STRICT_HANDLE),
    ("HDC.type", STRICT_HANDLE),
    ("HKEY.type", STRICT_HANDLE),
    ("HFONT.type", STRICT_HANDLE),
];

const ULONG_UI_PARAM: &str = "mingw-w64 has `ULONG ulUIParam` where the Outlook headers have \
    `ULONG_PTR` (an older header set: README known errata)";
const EIGHT_BIT_STRINGS: &str = "mingw-w64 mapiutil.h declares `LPTSTR`/`LPCTSTR` (UTF-16 under \
    `UNICODE`); mapi32.dll has one 8-bit implementation, which the Outlook reference pages and \
    windows-sys declare with `LPSTR`/`LPCSTR` (an older header set)";
const INT_IS_LONG: &str = "the model has one signed and one unsigned 32-bit type, spelled \
    `long`; C's `int` (and on i686 the `int`-based `*_PTR` types) is a distinct type of the \
    same size";
const STRICT_HANDLE: &str = "with STRICT the headers declare handles as distinct \
    `struct X__ *` types; the model has them as `void *` (same size and alignment)";

/// Constants that neither header set defines, each with where it comes from.
/// The cross-check of absent names against the Outlook headers would take
/// them for misspellings; an entry either header set defines, or the corpus
/// no longer declares, fails the test, so the table stays honest.
const BEYOND_BOTH_HEADER_SETS: &[(&str, &str)] = &[
    (
        "MAPI_GAL_ONLY",
        "the IAddrBook::OpenEntry reference page gives its value (0x80) and says \
         headers may lack it",
    ),
    (
        "NON_CONTENT_INDEXED_SEARCH",
        "Exchange's edkmdb.h; listed on the IMAPIContainer::SetSearchCriteria page",
    ),
    (
        "PDF_HEADERFORMAT",
        "mimeole.h (`(0x00000004 | PDF_ENCODED)`, an expression the mapi-rs bindings \
         leave out); a flag of IMimePropertySet::GetProp",
    ),
    (
        "SEF_NOUI",
        "the IMimeSecurity::EncodeMessage and EncodeBody (and IMimeSecurity2::Decode) \
         reference pages give its value (0x4); a flag of IMimeSecurity",
    ),
    ("E_ACCT_UI_BUSY", ACCOUNT_CONSTANTS),
    ("ACCT_INIT_NO_STORES_CHECK", ACCOUNT_CONSTANTS),
    ("ACCT_INIT_NO_NOTIFICATIONS", ACCOUNT_CONSTANTS),
    ("SEARCH_COMPLETE", SEARCH_STATE),
    ("SEARCH_PARTIAL", SEARCH_STATE),
    ("SEARCH_STATIC", SEARCH_STATE),
    ("SEARCH_MAYBE_STATIC", SEARCH_STATE),
    ("CI_TOTALLY", SEARCH_STATE),
    ("CI_WITH_TWIR_RESIDUAL", SEARCH_STATE),
    ("TWIR_MOSTLY", SEARCH_STATE),
    ("TWIR_TOTALLY", SEARCH_STATE),
    (
        "SERVICE_NO_RESTART_WARNING",
        "the IMsgServiceAdmin2::CreateMsgServiceEx reference page gives its value (0x80) \
         and says headers may lack it",
    ),
    ("SYNC_E_OBJECT_DELETED", SYNC_STATUS),
    ("SYNC_E_IGNORE", SYNC_STATUS),
    ("SYNC_E_CONFLICT", SYNC_STATUS),
    ("SYNC_E_NO_PARENT", SYNC_STATUS),
    ("SYNC_E_CYCLE", SYNC_STATUS),
    ("SYNC_E_UNSYNCHRONIZED", SYNC_STATUS),
    ("SYNC_W_PROGRESS", SYNC_STATUS),
    ("SYNC_W_CLIENT_CHANGE_NEWER", SYNC_STATUS),
    ("MIME_E_REG_CREATE_KEY", MIME_ERRORS),
    ("MIME_E_REG_QUERY_INFO", MIME_ERRORS),
    ("MIME_E_INVALID_ENCTYPE", MIME_ERRORS),
    ("MIME_E_BOUNDARY_MISMATCH", MIME_ERRORS),
    ("MIME_E_NOT_FOUND", MIME_ERRORS),
    ("MIME_E_NO_DATA", MIME_ERRORS),
    ("MIME_E_BUFFER_TOO_SMALL", MIME_ERRORS),
    ("MIME_E_INVALID_ITEM_FLAGS", MIME_ERRORS),
    ("MIME_E_ONE_LINE_ITEME", MIME_ERRORS),
    ("MIME_E_INVALID_HANDLE", MIME_ERRORS),
    ("MIME_E_CHARSET_TRANSLATE", MIME_ERRORS),
    ("MIME_E_NOT_INITIALIZED", MIME_ERRORS),
    ("MIME_E_INVALID_OPTION_VALUE", MIME_ERRORS),
    ("MIME_E_INVALID_OPTION_ID", MIME_ERRORS),
    ("MIME_E_INVALID_HEADER_NAME", MIME_ERRORS),
    ("MIME_E_NOT_BOUND", MIME_ERRORS),
    ("MIME_E_MAX_SIZE_TOO_SMALL", MIME_ERRORS),
    ("MIME_E_MULTIPART_HAS_CHILDREN", MIME_ERRORS),
    ("MIME_E_INVALID_PROP_FLAGS", MIME_ERRORS),
    ("MIME_E_INVALID_ADDRESS_TYPE", MIME_ERRORS),
    ("MIME_E_INVALID_OBJECT_IID", MIME_ERRORS),
    ("MIME_E_MLANG_DLL_NOT_FOUND", MIME_ERRORS),
    ("MIME_E_ROOT_NOT_EMPTY", MIME_ERRORS),
    ("MIME_E_MLANG_BAD_DLL", MIME_ERRORS),
    ("MIME_E_REG_OPEN_KEY", MIME_ERRORS),
    ("MIME_E_INVALID_INET_DATE", MIME_ERRORS),
    ("MIME_E_INVALID_BODYTYPE", MIME_ERRORS),
    ("MIME_E_INVALID_DELETE_TYPE", MIME_ERRORS),
    ("MIME_E_OPTION_HAS_NO_VALUE", MIME_ERRORS),
    ("MIME_E_INVALID_CHARSET_TYPE", MIME_ERRORS),
    ("MIME_E_INVALID_TEXT_TYPE", MIME_ERRORS),
    ("MIME_E_SECURITY_NOOP", MIME_ERRORS),
    ("MIME_S_SECURITY_NOOP", MIME_ERRORS),
    (
        "ROW_EMPTY",
        "Exchange's edkmdb.h, as `(ROW_ADD|ROW_REMOVE)`, an expression the mapi-rs \
         bindings do not evaluate",
    ),
    (
        "rightsReadWrite",
        "Exchange's edkmdb.h, as `(frightsReadAny|frightsEditAny)`, an expression the \
         mapi-rs bindings do not evaluate",
    ),
];

const SYNC_STATUS: &str = "Exchange's edkmdb.h, through its `MAKE_SYNC_E`/`MAKE_SYNC_W` macros, \
    which the mapi-rs bindings do not evaluate";

const MIME_ERRORS: &str = "mimeole.h's `MIME_E_*`/`MIME_S_*` codes (Wine's mimeole.idl lists \
    the same values), which neither the MinGW-w64 headers nor the mapi-rs bindings carry";

const SEARCH_STATE: &str = "Exchange's edkmdb.h; value on the \
    IMAPIContainer::GetSearchCriteria reference page";
const ACCOUNT_CONSTANTS: &str = "the reference page Constants (account management API) gives \
    its value; actMgmt.h (the Outlook headers) lacks it";

/// Minimum facts per kind, so the check cannot pass vacuously.
fn minimums(c: &Counts) -> [(&'static str, usize, usize); 9] {
    [
        ("vtable slots", c.slots, 400),
        ("vtable sizes", c.vtables, 25),
        ("IIDs", c.iids, 20),
        ("struct sizes", c.struct_sizes, 60),
        ("struct alignments", c.struct_aligns, 60),
        ("field offsets", c.fields, 250),
        ("typedef sizes", c.typedefs, 100),
        ("typedef types", c.typedef_types, 100),
        ("constants", c.constants, 1600),
    ]
}

fn corpus() -> Model {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("mapi");
    let c = compile(&[dir], &Options::default());
    assert!(!c.has_errors(), "{}", c.render_diagnostics());
    c.model
}

/// Runs `cc` with `args`; fails the test if the compiler is missing.
fn run(cc: &str, args: &[&str], file: &Path) -> std::process::Output {
    Command::new(cc)
        .args(FLAGS)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run `{cc}` ({e}): the C conformance check needs the MinGW-w64 \
                 cross compilers; install the Debian package `gcc-mingw-w64` \
                 (apt-get install gcc-mingw-w64)"
            )
        })
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The `_Static_assert`s the compiler sees after the prelude.
fn asserts_seen(preprocessed: &str) -> usize {
    let marker = format!("#define {}", c_check::FACTS_BEGIN);
    preprocessed
        .split_once(&marker)
        .map_or(0, |(_, facts)| facts.matches("_Static_assert").count())
}

/// Constant names of `mapi-rs.json` (the Outlook headers).
fn outlook_constants() -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference/mapi-rs.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read the reference fact table `{}`: {e} (it is part of the repository)",
            path.display()
        )
    });
    let v: serde_json::Value = serde_json::from_str(&text).expect("mapi-rs.json is JSON");
    let names: BTreeSet<String> = v["constants"]
        .as_array()
        .expect("mapi-rs.json: `constants` is a list")
        .iter()
        .filter_map(|c| c["name"].as_str().map(String::from))
        .collect();
    assert!(
        names.len() > 1000,
        "mapi-rs.json looks truncated ({} constants)",
        names.len()
    );
    names
}

#[test]
fn the_corpus_matches_the_mingw_w64_headers() {
    let model = corpus();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("c_conformance");
    std::fs::create_dir_all(&dir).expect("create the output directory");

    // Pass 1: what do the headers declare (on both targets)?
    let probe = dir.join("probe.c");
    std::fs::write(&probe, c_check::emit(&model, &c_check::Options::default()))
        .expect("write probe.c");
    let mut names: Option<BTreeSet<String>> = None;
    for (cc, _) in COMPILERS {
        let out = run(cc, &["-E", "-dD"], &probe);
        assert!(
            out.status.success(),
            "`{cc} -E` failed on the headers:\n{}",
            text(&out.stderr)
        );
        let these = c_check::header_names(&text(&out.stdout));
        names = Some(match names {
            None => these,
            Some(n) => n.intersection(&these).cloned().collect(),
        });
    }
    let names = names.unwrap_or_default();
    assert!(
        names.len() > 10_000 && names.contains("IMsgStoreVtbl") && names.contains("PR_SUBJECT_W"),
        "the headers declare too little ({} names): is the MAPI header set installed?",
        names.len()
    );

    // Pass 2: the checks, minus what the headers lack and the errata.
    let mut opts = c_check::Options {
        header_names: Some(names.clone()),
        ..c_check::Options::default()
    };
    for (key, reason) in ERRATA {
        opts = opts.skip(*key, *reason);
    }
    let out = c_check::generate(&model, &opts);
    let file = dir.join("mapi_check.c");
    std::fs::write(&file, &out.text).expect("write mapi_check.c");

    let mut failures = Vec::new();
    for (cc, target) in COMPILERS {
        let res = run(cc, &["-fsyntax-only"], &file);
        if !res.status.success() {
            failures.push(format!(
                "{target}: `{cc} -fsyntax-only {}` failed:\n{}",
                file.display(),
                text(&res.stderr)
            ));
            continue;
        }
        let pre = run(cc, &["-E", "-dD"], &file);
        let seen = asserts_seen(&text(&pre.stdout));
        if seen != out.counts.total() {
            failures.push(format!(
                "{target}: the compiler sees {seen} assertions, the emitter wrote {}",
                out.counts.total()
            ));
        }
    }

    let stale: Vec<&str> = ERRATA
        .iter()
        .map(|(k, _)| *k)
        .filter(|k| !out.used_skips.contains(*k))
        .collect();
    if !stale.is_empty() {
        failures.push(format!(
            "errata that left nothing out (fixed, or misspelt): {stale:?}"
        ));
    }

    let c = out.counts;
    for (what, n, min) in minimums(&c) {
        if n < min {
            failures.push(format!("only {n} {what} checked (expected at least {min})"));
        }
    }

    // Constants the headers lack must at least exist in Outlook's.
    let absent: Vec<&str> = model
        .consts
        .iter()
        .map(|k| k.name.as_str())
        .filter(|n| !names.contains(*n))
        .collect();
    let outlook = outlook_constants();
    let beyond = |n: &str| BEYOND_BOTH_HEADER_SETS.iter().any(|(k, _)| *k == n);
    // The `_A`/`_W` forms a `PT_TSTRING` declaration derives exist whether or
    // not the header spells them out (emsabtag.h defines only `PR_X` for
    // some); the plain name must be known.
    let derived: BTreeSet<&str> = model
        .consts
        .iter()
        .filter_map(|k| match k.kind {
            ConstKind::PropTag(t, TagForm::Ansi | TagForm::Wide) => {
                let plain = model.prop_tags[t.index()].name.as_str();
                (outlook.contains(plain) || names.contains(plain)).then_some(k.name.as_str())
            }
            _ => None,
        })
        .collect();
    let unknown: Vec<&&str> = absent
        .iter()
        .filter(|n| !outlook.contains(**n) && !beyond(n) && !derived.contains(**n))
        .collect();
    if !unknown.is_empty() {
        failures.push(format!(
            "constants neither header set defines (misspelt?): {unknown:?}"
        ));
    }
    let stale: Vec<&str> = BEYOND_BOTH_HEADER_SETS
        .iter()
        .map(|(k, _)| *k)
        .filter(|k| !absent.contains(k) || outlook.contains(*k))
        .collect();
    if !stale.is_empty() {
        failures.push(format!(
            "constants listed as beyond both header sets that a header set \
             defines or the corpus lacks: {stale:?}"
        ));
    }

    eprintln!(
        "C conformance ({}): {} vtable slots, {} vtable sizes, {} IIDs, {} struct sizes, \
         {} struct alignments, {} field offsets, {} typedef sizes, {} typedef types, {} function types, {} constants: {} facts \
         checked on each of x86_64 and i686; {} left out ({} errata, {} constants absent \
         from the headers)",
        file.display(),
        c.slots,
        c.vtables,
        c.iids,
        c.struct_sizes,
        c.struct_aligns,
        c.fields,
        c.typedefs,
        c.typedef_types,
        c.functions,
        c.constants,
        c.total(),
        c.skipped,
        out.used_skips.len(),
        absent.len()
    );
    assert!(
        failures.is_empty(),
        "{} problem(s):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn the_cli_writes_what_the_library_emits() {
    let model = corpus();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("c_conformance_cli");
    std::fs::create_dir_all(&dir).expect("create the output directory");
    let corpus_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("mapi");
    let names = dir.join("names.txt");
    std::fs::write(
        &names,
        "# 1 \"mapidefs.h\"\ntypedef struct IMsgStoreVtbl IMsgStoreVtbl;\n",
    )
    .expect("write names.txt");
    let out = dir.join("check.c");
    let res = Command::new(env!("CARGO_BIN_EXE_mapi-idl"))
        .arg("c-check")
        .arg(&corpus_dir)
        .arg("-o")
        .arg(&out)
        .arg("--names")
        .arg(&names)
        .args(["--skip", "IMsgStore.StoreLogoff=an example"])
        .output()
        .expect("the mapi-idl binary runs");
    assert!(res.status.success(), "{}", text(&res.stderr));
    let written = std::fs::read_to_string(&out).expect("read check.c");
    let opts = c_check::Options {
        header_names: Some(c_check::header_names(
            &std::fs::read_to_string(&names).expect("read names.txt"),
        )),
        ..c_check::Options::default()
    }
    .skip("IMsgStore.StoreLogoff", "an example");
    assert_eq!(written, c_check::emit(&model, &opts));
    assert!(written.contains("/* skipped: IMsgStoreVtbl.StoreLogoff (slot 21): an example */"));

    // Without `-o`, to standard output; without names, constants are guarded.
    let res = Command::new(env!("CARGO_BIN_EXE_mapi-idl"))
        .arg("c-check")
        .arg(&corpus_dir)
        .output()
        .expect("the mapi-idl binary runs");
    assert!(res.status.success(), "{}", text(&res.stderr));
    let stdout = text(&res.stdout);
    assert_eq!(stdout, c_check::emit(&model, &c_check::Options::default()));
    assert!(stdout.contains("#ifdef MAPI_E_NOT_FOUND\n"));
}
