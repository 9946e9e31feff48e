//! Finding, reading and lexing the files of a compilation, each once.

use crate::diag::{Diagnostic, Diagnostics, codes};
use crate::lex::{self, Token};
use crate::source::{FileId, SourceMap, Span};
use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// Where source text comes from: the file system, or memory in tests and
/// fuzzing.
pub trait Loader {
    /// Reads the file at `path`. `NotFound` means "try the next directory".
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;
}

/// Reads files from disk.
#[derive(Clone, Copy, Debug, Default)]
pub struct FsLoader;

impl Loader for FsLoader {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        std::fs::read(path)
    }
}

/// Serves files from a map of path to text.
#[derive(Clone, Debug, Default)]
pub struct MemLoader {
    files: HashMap<PathBuf, Vec<u8>>,
}

impl MemLoader {
    /// An empty in-memory file set.
    pub fn new() -> Self {
        MemLoader::default()
    }

    /// Adds (or replaces) a file.
    pub fn add(&mut self, path: impl Into<PathBuf>, text: impl Into<String>) -> &mut Self {
        self.files
            .insert(normalize(&path.into()), text.into().into_bytes());
        self
    }

    /// Adds (or replaces) a file given as raw bytes, which need not be UTF-8.
    pub fn add_bytes(&mut self, path: impl Into<PathBuf>, bytes: impl Into<Vec<u8>>) -> &mut Self {
        self.files.insert(normalize(&path.into()), bytes.into());
        self
    }
}

impl Loader for MemLoader {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.files
            .get(&normalize(path))
            .cloned()
            .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "no such file"))
    }
}

/// Removes `.` and resolves `..` lexically, so one file has one key.
pub(crate) fn normalize(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

/// The files of one compilation.
pub(crate) struct Files<'a> {
    pub(crate) sources: SourceMap,
    loader: &'a dyn Loader,
    include_dirs: Vec<PathBuf>,
    by_path: HashMap<PathBuf, FileId>,
    /// Tokens of `#include`d files, which may be included again.
    tokens: HashMap<FileId, Rc<Vec<Token>>>,
    /// The shared token texts of every file.
    pub(crate) interner: lex::Interner,
    /// Problems found while loading (invalid UTF-8), for the caller to report.
    pub(crate) problems: Vec<Diagnostic>,
}

impl<'a> Files<'a> {
    pub(crate) fn new(loader: &'a dyn Loader, include_dirs: Vec<PathBuf>) -> Self {
        Files {
            sources: SourceMap::new(),
            loader,
            include_dirs,
            by_path: HashMap::new(),
            tokens: HashMap::new(),
            interner: lex::Interner::new(),
            problems: Vec::new(),
        }
    }

    /// Loads `path` (once); `Err` carries the I/O error.
    pub(crate) fn load(&mut self, path: &Path) -> io::Result<FileId> {
        let key = normalize(path);
        if let Some(&id) = self.by_path.get(&key) {
            return Ok(id);
        }
        let bytes = self.loader.read(&key)?;
        let (text, bad_at) = match String::from_utf8(bytes) {
            Ok(t) => (t, None),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                (String::from_utf8_lossy(e.as_bytes()).into_owned(), Some(at))
            }
        };
        let id = self.sources.add(key.clone(), text);
        if let Some(at) = bad_at {
            // The lossy text keeps the valid prefix, so `at` is the same
            // offset in it; the bad bytes became U+FFFD, which the lexer
            // reports as unexpected characters.
            let at = u32::try_from(at).unwrap_or(u32::MAX);
            self.problems.push(
                Diagnostic::warning(
                    codes::BAD_CHAR,
                    Span::new(id, at, at.saturating_add(1)),
                    "file is not valid UTF-8",
                )
                .with_note(None, "invalid bytes are read as U+FFFD"),
            );
        }
        self.by_path.insert(key, id);
        Ok(id)
    }

    /// Finds `name` next to `from`, then in each include directory.
    pub(crate) fn find(&mut self, from: FileId, name: &str) -> Option<FileId> {
        let here = self
            .sources
            .file(from)
            .path()
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let mut candidates = vec![here.join(name)];
        candidates.extend(self.include_dirs.iter().map(|d| d.join(name)));
        candidates.into_iter().find_map(|c| self.load(&c).ok())
    }

    /// The tokens of `file`, lexed on first use and kept for the next.
    pub(crate) fn tokens(&mut self, file: FileId, diags: &mut Diagnostics) -> Rc<Vec<Token>> {
        if let Some(t) = self.tokens.get(&file) {
            return t.clone();
        }
        let toks = Rc::new(self.lex(file, diags));
        self.tokens.insert(file, toks.clone());
        toks
    }

    /// Drops the tokens kept for files `#include`d again: once every file
    /// is preprocessed nothing includes them, and their memory is then
    /// there for the model.
    pub(crate) fn forget_tokens(&mut self) {
        self.tokens = HashMap::new();
    }

    /// The tokens of `file`, not kept: an imported or root file is
    /// preprocessed once, and its tokens are the largest part of the
    /// memory a compilation needs at its peak.
    pub(crate) fn lex(&mut self, file: FileId, diags: &mut Diagnostics) -> Vec<Token> {
        if let Some(t) = self.tokens.get(&file) {
            return t.as_ref().clone();
        }
        lex::lex(
            file,
            self.sources.file(file).text(),
            diags,
            &mut self.interner,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_resolves_dots() {
        assert_eq!(
            normalize(Path::new("a/./b/../c.idl")),
            PathBuf::from("a/c.idl")
        );
        assert_eq!(normalize(Path::new("../x.idl")), PathBuf::from("../x.idl"));
    }
}
