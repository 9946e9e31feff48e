//! `mapi-idl`: a MIDL compiler for MAPI interfaces.
//!
//! One pipeline, one model, several backends:
//!
//! ```text
//! lex -> pp (preprocessor) -> parse -> resolve -> Model -> emit::{json, ...}
//! ```
//!
//! [`compile`] runs the front end over IDL files and returns a
//! [`Compilation`]: the checked [`Model`], the
//! [`SourceMap`] of every file read and the diagnostics.
//! The `mapi-idl` command-line tool and the `mapi-derive` proc macros both
//! call it.
//!
//! ```
//! use mapi_idl::{MemLoader, Options, compile_with};
//!
//! let mut files = MemLoader::new();
//! files.add("store.idl", r#"
//!     /// The root of all COM interfaces.
//!     [object, local, uuid(00000000-0000-0000-C000-000000000046)]
//!     interface IUnknown {
//!         long QueryInterface([in] void *riid, [out] void **ppv);
//!         unsigned long AddRef(void);
//!         unsigned long Release(void);
//!     }
//!
//!     typedef [flag_group, required] enum {
//!         [in, exclusive] LOGOFF_NO_WAIT = 0x1,
//!         [in, exclusive] LOGOFF_ABORT = 0x8,
//!         [out] LOGOFF_INBOUND = 0x20000,
//!     } LogoffFlags;
//!
//!     [object, local, uuid(00020306-0000-0000-C000-000000000046)]
//!     interface IStore : IUnknown {
//!         /// Logs off.
//!         long StoreLogoff([in, out, flags(LogoffFlags)] unsigned long *lpulFlags);
//!     }
//! "#);
//! let c = compile_with(&files, &["store.idl".into()], &Options::default());
//! assert!(!c.has_errors(), "{}", c.render_diagnostics());
//! let store = c.model.interface("IStore").unwrap();
//! assert_eq!(store.methods[0].slot, 3);
//! assert_eq!(c.model.flag_group("LogoffFlags").unwrap().in_mask(), 0x9);
//! ```
//!
//! The IDL dialect is described in `DIALECT.md`, included below.
#![doc = include_str!("../DIALECT.md")]
// Diagnostics travel in `Result::Err` only on the cold error path; boxing
// them everywhere would cost more than the larger `Result` does.
#![allow(clippy::result_large_err)]

pub mod areas;
pub mod ast;
pub mod corpus;
pub mod diag;
pub mod emit;
pub mod eval;
mod files;
mod fxhash;
pub mod layout;
pub mod lex;
pub mod lower;
pub mod model;
pub(crate) mod parse;
mod pp;
mod resolve;
pub mod source;

pub use diag::{Diagnostic, Severity};
pub use files::{FsLoader, Loader, MemLoader};
pub use model::Model;
pub use pp::{EXPANSION_BUDGET, INCLUDE_BUDGET, PREDEFINED};

use diag::{Diagnostics, codes};
use source::{FileId, SourceMap};
use std::path::{Path, PathBuf};

/// Settings of one compilation.
#[derive(Clone, Debug)]
pub struct Options {
    /// Directories searched for imports and includes, after the importing
    /// file's own directory (`-I`).
    pub include_dirs: Vec<PathBuf>,
    /// Macros defined before every file (`-D NAME[=VALUE]`), after the
    /// predefined ones ([`PREDEFINED`]: `__midl`), which they may redefine.
    pub defines: Vec<(String, Option<String>)>,
    /// Macros undefined before every file, after `defines` (`-U NAME`):
    /// `-U __midl` removes the predefined one.
    pub undefines: Vec<String>,
    /// At most this many errors (and as many warnings) are reported; the
    /// rest are counted.
    pub max_errors: usize,
    /// How many tokens `#include` may bring into one file
    /// ([`INCLUDE_BUDGET`] by default): a file that includes itself without
    /// a guard would otherwise never finish. Fuzzing lowers it, to spend
    /// its time on the front end rather than on such inputs.
    pub include_budget: usize,
    /// How many tokens macro expansion may produce in one file
    /// ([`EXPANSION_BUDGET`] by default), against runaway recursion.
    pub expansion_budget: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            include_dirs: Vec::new(),
            defines: Vec::new(),
            undefines: Vec::new(),
            max_errors: 100,
            include_budget: INCLUDE_BUDGET,
            expansion_budget: EXPANSION_BUDGET,
        }
    }
}

/// The result of compiling some IDL files.
#[derive(Debug)]
pub struct Compilation {
    /// The checked model. Complete only when there are no errors; backends
    /// should not run otherwise.
    pub model: Model,
    /// Every file read (roots, imports and includes).
    pub sources: SourceMap,
    /// Errors and warnings, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
    /// Parsed files, in load order (for stage dumps). After syntax errors,
    /// as far as the parser recovered.
    pub files: Vec<(FileId, ast::File)>,
    /// The texts of the names and literals in `files`.
    pub interner: lex::Interner,
    /// The files given to compile (not imported), in `files`.
    pub roots: Vec<FileId>,
    /// What resolving needs besides the files, kept to resolve again.
    order: ResolveOrder,
}

/// Where each file stands in import order, and the files the roots
/// `#include` (their warnings are the roots').
#[derive(Debug, Default)]
struct ResolveOrder {
    ranks: std::collections::HashMap<FileId, usize>,
    root_includes: Vec<FileId>,
}

impl Compilation {
    /// Whether any error was reported.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// The number of errors.
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// Every diagnostic rendered as text, each followed by a blank line.
    pub fn render_diagnostics(&self) -> String {
        self.diagnostics
            .iter()
            .map(|d| d.render(&self.sources) + "\n")
            .collect()
    }

    /// The model of the files as the parser recovered them, when the only
    /// errors are in reading and parsing (such as a missing comma) and the
    /// recovered files resolve cleanly; `None` otherwise. Front ends that
    /// must produce something despite the errors (`include_idl!` keeps the
    /// user's code that names the declarations from failing as well) can
    /// emit it beside the errors; it is never a successful compilation.
    pub fn recovered_model(&self) -> Option<Model> {
        if !self.has_errors() {
            return None;
        }
        let mut scratch = Diagnostics::new();
        let model = resolve_parsed(
            &self.sources,
            &self.interner,
            &self.files,
            &self.roots,
            &self.order,
            &mut scratch,
        );
        (!scratch.has_errors()).then_some(model)
    }

    /// Paths of every real file read, for build tools that must rerun when
    /// one changes.
    pub fn input_paths(&self) -> Vec<&Path> {
        self.sources
            .files()
            .map(|(_, f)| f.path())
            .filter(|p| !p.to_string_lossy().starts_with('<'))
            .collect()
    }
}

/// Compiles `roots` (files, or directories whose `*.idl` files are all
/// roots), reading from the file system.
pub fn compile(roots: &[PathBuf], options: &Options) -> Compilation {
    compile_from(&FsLoader, roots, options)
}

/// Like [`compile`], but imports and includes not found next to the
/// importing file or in [`Options::include_dirs`] are then looked for in the
/// built-in MAPI corpus ([`corpus`]), as `include_idl!` finds them: a file
/// anywhere may `import "mapidefs.idl";`. The `mapi-idl` CLI compiles so.
pub fn compile_with_corpus(roots: &[PathBuf], options: &Options) -> Compilation {
    let mut options = options.clone();
    options.include_dirs.push(PathBuf::from(corpus::DIR));
    compile_from(&corpus::WithCorpus(FsLoader), roots, &options)
}

/// [`compile`] through `loader`, with directories of `roots` read from
/// the file system.
fn compile_from(loader: &dyn Loader, roots: &[PathBuf], options: &Options) -> Compilation {
    let mut diags = Diagnostics::with_cap(options.max_errors);
    let mut files = Vec::new();
    for r in roots {
        match expand_dir(r) {
            Ok(list) => files.extend(list),
            Err(e) => diags.push(Diagnostic::error(
                codes::IO,
                None,
                format!("cannot read `{}`: {e}", r.display()),
            )),
        }
    }
    run(loader, &files, options, diags)
}

/// Compiles `roots` read through `loader` (which may serve files from
/// memory). Directories are not expanded.
pub fn compile_with(loader: &dyn Loader, roots: &[PathBuf], options: &Options) -> Compilation {
    run(
        loader,
        roots,
        options,
        Diagnostics::with_cap(options.max_errors),
    )
}

/// Each file's place in the order in which its declarations come into
/// being: a file after every file it imports (depth first from the roots,
/// in order). Two declarations of one name are reported at the later.
fn import_ranks(
    queue: &[(FileId, bool)],
    imports_of: &std::collections::HashMap<FileId, Vec<FileId>>,
) -> std::collections::HashMap<FileId, usize> {
    let mut rank = std::collections::HashMap::new();
    let mut visiting = std::collections::HashSet::new();
    for &(start, _) in queue {
        // (file, index of the next import to visit)
        let mut stack = vec![(start, 0usize)];
        while let Some(&mut (file, ref mut next)) = stack.last_mut() {
            if rank.contains_key(&file) {
                stack.pop();
                continue;
            }
            visiting.insert(file);
            let children = imports_of.get(&file).map_or(&[][..], Vec::as_slice);
            if let Some(&child) = children.get(*next) {
                *next += 1;
                if !rank.contains_key(&child) && !visiting.contains(&child) {
                    stack.push((child, 0));
                }
                continue;
            }
            let n = rank.len();
            rank.insert(file, n);
            stack.pop();
        }
    }
    rank
}

/// The `import` lists of `items`, also those inside `library`, `module`,
/// `interface` and `dispinterface` blocks, which import as at the top level.
fn collect_imports<'a>(items: &'a [ast::Item], out: &mut Vec<&'a [(String, source::Span)]>) {
    for item in items {
        match &item.kind {
            ast::ItemKind::Import(names) => out.push(names),
            ast::ItemKind::Library(l) => collect_imports(&l.items, out),
            ast::ItemKind::Module(m) => collect_imports(&m.items, out),
            ast::ItemKind::Interface(i) => collect_imports(&i.items, out),
            ast::ItemKind::Dispinterface(d) => collect_imports(&d.methods, out),
            _ => {}
        }
    }
}

/// A directory's `*.idl` files, sorted; a file as itself.
fn expand_dir(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out: Vec<PathBuf> = std::fs::read_dir(path)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("idl")))
        .collect();
    out.sort();
    Ok(out)
}

fn run(
    loader: &dyn Loader,
    roots: &[PathBuf],
    options: &Options,
    mut diags: Diagnostics,
) -> Compilation {
    let mut files = files::Files::new(loader, options.include_dirs.clone());
    // (file, is root), in load order; each file once.
    let mut queue: Vec<(FileId, bool)> = Vec::new();
    for r in roots {
        match files.load(r) {
            Ok(id) => {
                if !queue.iter().any(|(f, _)| *f == id) {
                    queue.push((id, true));
                }
            }
            Err(e) => diags.push(Diagnostic::error(
                codes::IO,
                None,
                format!("cannot read `{}`: {e}", r.display()),
            )),
        }
    }
    let command_line = files.sources.add(
        "<command line>",
        pp::command_line(&options.defines, &options.undefines),
    );
    let mut parsed = Vec::new();
    // The files each file imports, for the order of declarations.
    let mut imports_of: std::collections::HashMap<FileId, Vec<FileId>> =
        std::collections::HashMap::new();
    // Files a root file `#include`s: their text is the root's.
    let mut root_includes: Vec<FileId> = Vec::new();
    let mut i = 0;
    while i < queue.len() {
        let (id, is_root) = queue[i];
        i += 1;
        let pre = pp::preprocess(
            &mut files,
            &mut diags,
            id,
            command_line,
            (options.include_budget, options.expansion_budget),
        );
        for d in files.problems.drain(..) {
            diags.push(d);
        }
        if is_root {
            root_includes.extend_from_slice(&pre.included);
        }
        let ast = parse::parse_file(pre, &mut files.interner, &mut diags);
        let mut imports = Vec::new();
        collect_imports(&ast.items, &mut imports);
        for names in imports {
            {
                for (name, span) in names {
                    match files.find(id, name) {
                        Some(found) => {
                            imports_of.entry(id).or_default().push(found);
                            if !queue.iter().any(|(f, _)| *f == found) {
                                queue.push((found, false));
                            }
                        }
                        None => diags.push(
                            Diagnostic::error(
                                codes::FILE_NOT_FOUND,
                                *span,
                                format!("cannot find imported file `{name}`"),
                            )
                            .with_help("imports are searched next to the importing file, then in each `-I DIR`"),
                        ),
                    }
                }
            }
        }
        parsed.push((id, ast));
    }
    for d in files.problems.drain(..) {
        diags.push(d);
    }
    files.forget_tokens();
    let roots: Vec<FileId> = queue.iter().filter(|(_, r)| *r).map(|(f, _)| *f).collect();
    // Errors propagate between stages: a file that did not parse would
    // only add confusing follow-on errors in resolution.
    let order = ResolveOrder {
        ranks: import_ranks(&queue, &imports_of),
        root_includes,
    };
    let model = if diags.has_errors() {
        Model::default()
    } else {
        resolve_parsed(
            &files.sources,
            &files.interner,
            &parsed,
            &roots,
            &order,
            &mut diags,
        )
    };
    Compilation {
        model,
        sources: files.sources,
        diagnostics: diags.into_vec(),
        files: parsed,
        interner: files.interner,
        roots,
        order,
    }
}

/// Resolves parsed files into the model.
fn resolve_parsed(
    sources: &SourceMap,
    interner: &lex::Interner,
    parsed: &[(FileId, ast::File)],
    roots: &[FileId],
    order: &ResolveOrder,
    diags: &mut Diagnostics,
) -> Model {
    let inputs: Vec<resolve::ParsedFile> = parsed
        .iter()
        .map(|(id, ast)| resolve::ParsedFile {
            id: *id,
            path: sources.file(*id).path().to_path_buf(),
            root: roots.contains(id),
            rank: order.ranks.get(id).copied().unwrap_or(usize::MAX),
            ast,
        })
        .collect();
    resolve::resolve(&inputs, interner, &order.root_includes, diags)
}
