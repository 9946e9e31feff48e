//! Editing an IDL file rebuilds the crate that `include_idl!`s it: a probe
//! crate prints a constant from its IDL, the IDL changes, and `cargo run`
//! prints the new value.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// Writes the probe crate's IDL with `ANSWER = value`.
fn write_idl(dir: &Path, value: u32) {
    let idl = format!("import \"wtypes.idl\";\n\n/// The answer.\nconst ULONG ANSWER = {value};\n");
    std::fs::write(dir.join("answer.idl"), idl).expect("write answer.idl");
}

/// `cargo run` in the probe crate; its standard output.
fn run(dir: &Path, target: &Path) -> String {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args(["run", "--quiet", "--offline"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("run cargo");
    assert!(
        out.status.success(),
        "cargo run failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn changing_the_idl_rebuilds_the_crate() {
    let root = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("rebuild");
    let dir = root.join("probe");
    let target = root.join("target");
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the workspace")
        .to_path_buf();
    std::fs::create_dir_all(dir.join("src")).expect("create the probe crate");
    // `[workspace]` keeps the probe out of the workspace it sits under (the
    // target directory is inside it); it still picks up rust-toolchain.toml.
    let manifest = format!(
        "[package]\nname = \"rebuild-probe\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nmapi-sys = {{ path = {:?}, features = [\"include-idl\"] }}\n\n[workspace]\n",
        workspace.join("mapi-sys")
    );
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("write Cargo.toml");
    // The workspace's lock file: the same dependency versions, all already
    // downloaded, so `--offline` resolves.
    std::fs::copy(workspace.join("Cargo.lock"), dir.join("Cargo.lock")).expect("copy Cargo.lock");
    std::fs::write(
        dir.join("src/main.rs"),
        "mapi_sys::include_idl!(\"answer.idl\");\n\nfn main() {\n    println!(\"{ANSWER}\");\n}\n",
    )
    .expect("write main.rs");

    write_idl(&dir, 1);
    assert_eq!(run(&dir, &target), "1\n");

    // Cargo compares modification times: make sure the edit is newer than
    // the last build's outputs even on a file system with coarse times.
    std::thread::sleep(Duration::from_millis(1100));
    write_idl(&dir, 2);
    assert_eq!(
        run(&dir, &target),
        "2\n",
        "the IDL edit did not rebuild the crate"
    );
}
