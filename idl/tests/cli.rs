//! The `mapi-idl` command-line tool, run as a process: `check` and
//! `dump --json` on the MAPI corpus, and the diagnostics and exit code for a
//! malformed file.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{SystemTime, UNIX_EPOCH};

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("mapi")
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mapi-idl"))
        .args(args)
        .output()
        .expect("the mapi-idl binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(tag: &str) -> TempDir {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let dir =
            std::env::temp_dir().join(format!("mapi-idl-cli-{tag}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("create a temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn check_prints_a_summary() {
    let out = run(&["check".as_ref(), corpus().as_os_str()]);
    let stdout = text(&out.stdout);
    let stderr = text(&out.stderr);
    assert!(
        out.status.success(),
        "`mapi-idl check idl/mapi` failed ({:?}):\n{stderr}",
        out.status
    );
    let line = stdout
        .lines()
        .find(|l| l.starts_with("checked "))
        .unwrap_or_else(|| panic!("no summary line in stdout:\n{stdout}"));
    for what in ["interfaces", "methods", "constants", "flag groups"] {
        assert!(
            line.contains(what),
            "summary line does not mention {what}: {line}"
        );
    }
    // `N interfaces`: at least the 23 required ones.
    let interfaces: usize = line
        .split([',', ':'])
        .find_map(|part| part.trim().strip_suffix(" interfaces")?.parse().ok())
        .unwrap_or_else(|| panic!("no interface count in: {line}"));
    assert!(interfaces >= 23, "only {interfaces} interfaces: {line}");
}

#[test]
fn dump_json_follows_the_schema() {
    let out = run(&["dump".as_ref(), "--json".as_ref(), corpus().as_os_str()]);
    assert!(
        out.status.success(),
        "`mapi-idl dump --json idl/mapi` failed ({:?}):\n{}",
        out.status,
        text(&out.stderr)
    );
    let doc: Value = serde_json::from_slice(&out.stdout).expect("dump --json prints valid JSON");
    assert_eq!(doc["schema"], "mapi-idl-model");
    assert_eq!(doc["version"], 1);
    let interfaces = doc["interfaces"]
        .as_array()
        .expect("`interfaces` is a list");
    assert!(
        interfaces.len() >= 23,
        "only {} interfaces",
        interfaces.len()
    );
    let store = interfaces
        .iter()
        .find(|i| i["name"] == "IMsgStore")
        .expect("IMsgStore is dumped");
    assert_eq!(store["iid"], "00020306-0000-0000-c000-000000000046");
    assert_eq!(store["base"], "IMAPIProp");
    // IUnknown (3) + IMAPIProp (11) before IMsgStore's own methods.
    assert_eq!(store["first_slot"], 14);
    let logoff = store["methods"]
        .as_array()
        .expect("`methods` is a list")
        .iter()
        .find(|m| m["name"] == "StoreLogoff")
        .expect("IMsgStore has StoreLogoff");
    // 3 + 11 + 7 own methods before it.
    assert_eq!(logoff["slot"], 21);
}

#[test]
fn imports_are_found_in_the_built_in_corpus() {
    // As `include_idl!` does: no `-I idl/mapi` needed.
    let dir = TempDir::new("corpus-import");
    let file = dir.0.join("mine.idl");
    std::fs::write(
        &file,
        "import \"mapidefs.idl\", \"prop.idl\";\n\n\
         [object, local, uuid(5144c348-169e-4359-a79d-5482461d9929)]\n\
         interface IMine : IMAPIProp\n{\n    HRESULT Ping([in] ULONG ulFlags);\n}\n",
    )
    .expect("write the file");
    for command in ["check", "expand"] {
        let out = run(&[command.as_ref(), file.as_os_str()]);
        assert!(
            out.status.success(),
            "`mapi-idl {command} mine.idl` failed ({:?}):\n{}",
            out.status,
            text(&out.stderr)
        );
    }
    // The corpus files are read from the built-in copy.
    let out = run(&["dump".as_ref(), "--json".as_ref(), file.as_os_str()]);
    let model: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    let files: Vec<(&str, bool)> = model["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| (f["path"].as_str().unwrap_or(""), f["root"] == true))
        .collect();
    assert_eq!(files[0], (file.to_str().expect("UTF-8 path"), true));
    assert!(
        files[1..]
            .iter()
            .all(|(p, root)| p.starts_with(mapi_idl::corpus::DIR) && !root),
        "{files:?}"
    );
    // A file next to the importing one still comes first.
    std::fs::write(dir.0.join("mapidefs.idl"), "typedef long ULONG;\n").expect("write");
    let out = run(&["check".as_ref(), file.as_os_str()]);
    assert!(!out.status.success(), "the local mapidefs.idl was not used");
}

#[test]
fn malformed_file_reports_location_and_fails() {
    let dir = TempDir::new("malformed");
    let file = dir.0.join("broken.idl");
    std::fs::write(
        &file,
        "[object, uuid(00000000-0000-0000-C000-000000000046)]\n\
         interface IBroken {\n    long Foo(\n}\n",
    )
    .expect("write the malformed file");
    let out = run(&["check".as_ref(), file.as_os_str()]);
    let stderr = text(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "expected exit code 1; stderr:\n{stderr}"
    );
    // `path:line:col: error[CODE]: message`.
    let prefix = format!("{}:", file.display());
    let located = stderr.lines().any(|l| {
        let Some(rest) = l.strip_prefix(&prefix) else {
            return false;
        };
        let mut parts = rest.splitn(3, ':');
        let (Some(line), Some(col), Some(tail)) = (parts.next(), parts.next(), parts.next()) else {
            return false;
        };
        !line.is_empty()
            && line.bytes().all(|b| b.is_ascii_digit())
            && !col.is_empty()
            && col.bytes().all(|b| b.is_ascii_digit())
            && tail.starts_with(" error[")
    });
    assert!(
        located,
        "no `{prefix}LINE:COL: error[` line in stderr:\n{stderr}"
    );
}

#[test]
fn every_corpus_area_is_a_feature_of_mapi_sys_in_full() {
    // `mapi-sys` gates each area by the feature of that name (rustc's
    // check-cfg warns about a missing one); `full` must list them all so
    // that it means every area.
    let out = run(&["areas".as_ref(), "--names".as_ref(), corpus().as_os_str()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let areas: Vec<String> = text(&out.stdout).lines().map(String::from).collect();
    assert!(areas.len() >= 5, "too few areas: {areas:?}");
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../mapi-sys/Cargo.toml");
    let manifest = std::fs::read_to_string(&manifest).expect("mapi-sys's Cargo.toml");
    let full = manifest
        .split_once("\nfull = [")
        .and_then(|(_, rest)| rest.split_once(']'))
        .map(|(list, _)| list)
        .expect("a `full` feature in mapi-sys");
    let mut full: Vec<String> = full
        .split('"')
        .skip(1)
        .step_by(2)
        .map(String::from)
        .collect();
    full.sort();
    assert_eq!(
        full, areas,
        "mapi-sys's `full` feature and the corpus's areas differ"
    );
    for area in &areas {
        assert!(
            manifest
                .lines()
                .any(|l| l.starts_with(&format!("{area} = ["))),
            "no feature `{area}` in mapi-sys"
        );
    }

    // The summary says why an item of an area is always built.
    let out = run(&["areas".as_ref(), corpus().as_os_str()]);
    let summary = text(&out.stdout);
    assert!(
        summary.contains("LPADRBOOK [session] is in the core: IMAPISupport refers to it"),
        "{summary}"
    );
}
