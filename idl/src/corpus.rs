//! The MAPI corpus (`idl/mapi/*.idl`), built into the library so that
//! `include_idl!` needs no files at build time, and a user's IDL can
//! `import "mapidefs.idl"` from anywhere.

use crate::files::Loader;
use std::io;
use std::path::{Path, PathBuf};

/// The virtual directory the built-in corpus lives in. Put it in
/// [`Options::include_dirs`](crate::Options::include_dirs) to make
/// `import "mapidefs.idl"` find the built-in file.
pub const DIR: &str = "<mapi>";

/// Every corpus file: its name and text.
pub const FILES: &[(&str, &str)] = &[
    ("abprovider.idl", include_str!("../mapi/abprovider.idl")),
    ("container.idl", include_str!("../mapi/container.idl")),
    ("emstags.idl", include_str!("../mapi/emstags.idl")),
    ("exchange.idl", include_str!("../mapi/exchange.idl")),
    ("exstore.idl", include_str!("../mapi/exstore.idl")),
    ("fontcache.idl", include_str!("../mapi/fontcache.idl")),
    ("formdefs.idl", include_str!("../mapi/formdefs.idl")),
    ("forms.idl", include_str!("../mapi/forms.idl")),
    ("ics.idl", include_str!("../mapi/ics.idl")),
    ("mapiaux.idl", include_str!("../mapi/mapiaux.idl")),
    ("mapicode.idl", include_str!("../mapi/mapicode.idl")),
    ("mapidefs.idl", include_str!("../mapi/mapidefs.idl")),
    ("mapiguid.idl", include_str!("../mapi/mapiguid.idl")),
    ("mapihook.idl", include_str!("../mapi/mapihook.idl")),
    ("mapioid.idl", include_str!("../mapi/mapioid.idl")),
    ("mapispi.idl", include_str!("../mapi/mapispi.idl")),
    ("mapitags.idl", include_str!("../mapi/mapitags.idl")),
    ("mapiutil.idl", include_str!("../mapi/mapiutil.idl")),
    ("mapival.idl", include_str!("../mapi/mapival.idl")),
    ("mapiwin.idl", include_str!("../mapi/mapiwin.idl")),
    ("mapiwz.idl", include_str!("../mapi/mapiwz.idl")),
    ("mapix.idl", include_str!("../mapi/mapix.idl")),
    ("message.idl", include_str!("../mapi/message.idl")),
    ("mime.idl", include_str!("../mapi/mime.idl")),
    ("mimedefs.idl", include_str!("../mapi/mimedefs.idl")),
    ("mimeedit.idl", include_str!("../mapi/mimeedit.idl")),
    ("msgstore.idl", include_str!("../mapi/msgstore.idl")),
    ("msprovider.idl", include_str!("../mapi/msprovider.idl")),
    ("mspst.idl", include_str!("../mapi/mspst.idl")),
    ("olk.idl", include_str!("../mapi/olk.idl")),
    ("olkdefs.idl", include_str!("../mapi/olkdefs.idl")),
    ("profadmin.idl", include_str!("../mapi/profadmin.idl")),
    ("profile.idl", include_str!("../mapi/profile.idl")),
    ("prop.idl", include_str!("../mapi/prop.idl")),
    ("rules.idl", include_str!("../mapi/rules.idl")),
    ("simplemapi.idl", include_str!("../mapi/simplemapi.idl")),
    ("status.idl", include_str!("../mapi/status.idl")),
    ("table.idl", include_str!("../mapi/table.idl")),
    ("tnef.idl", include_str!("../mapi/tnef.idl")),
    ("tnefdefs.idl", include_str!("../mapi/tnefdefs.idl")),
    ("unknwn.idl", include_str!("../mapi/unknwn.idl")),
    ("wtypes.idl", include_str!("../mapi/wtypes.idl")),
    ("xpprovider.idl", include_str!("../mapi/xpprovider.idl")),
];

/// The paths of every corpus file, for compiling the whole corpus.
pub fn paths() -> Vec<PathBuf> {
    FILES
        .iter()
        .map(|(name, _)| Path::new(DIR).join(name))
        .collect()
}

/// A loader that serves the built-in corpus under [`DIR`] and everything
/// else from `inner`.
#[derive(Clone, Copy, Debug)]
pub struct WithCorpus<L>(pub L);

impl<L: Loader> Loader for WithCorpus<L> {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        if let Ok(rest) = path.strip_prefix(DIR) {
            let name = rest.to_string_lossy();
            return FILES
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, text)| text.as_bytes().to_vec())
                .ok_or_else(|| {
                    io::Error::new(io::ErrorKind::NotFound, "not in the built-in corpus")
                });
        }
        self.0.read(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_corpus_file_is_built_in() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("mapi");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .expect("corpus directory")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".idl"))
            .collect();
        on_disk.sort();
        let built_in: Vec<&str> = FILES.iter().map(|(n, _)| *n).collect();
        assert_eq!(
            on_disk, built_in,
            "add new corpus files to FILES in corpus.rs"
        );
    }

    #[test]
    fn the_built_in_corpus_compiles_clean() {
        let c = crate::compile_with(
            &WithCorpus(crate::MemLoader::new()),
            &paths(),
            &crate::Options::default(),
        );
        assert!(!c.has_errors(), "{}", c.render_diagnostics());
        assert!(c.model.interface("IMsgStore").is_some());
    }
}
