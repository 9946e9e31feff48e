//! The `mapi-idl` command-line tool: check IDL files, dump the model.

use clap::{Args, Parser, Subcommand};
use mapi_idl::{Compilation, Options, compile};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// A MIDL compiler for MAPI interfaces.
#[derive(Parser)]
#[command(name = "mapi-idl", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check IDL files (or directories of them) and print a summary.
    Check(Inputs),
    /// Print the checked model.
    Dump {
        /// Print the model as JSON (the documented, versioned schema).
        #[arg(long, conflicts_with = "ast")]
        json: bool,
        /// Print the syntax trees of every file (a debugging aid; not a stable format).
        #[arg(long)]
        ast: bool,
        #[command(flatten)]
        inputs: Inputs,
    },
}

#[derive(Args)]
struct Inputs {
    /// Add a directory to the import and include search path.
    #[arg(short = 'I', value_name = "DIR")]
    include: Vec<PathBuf>,
    /// Define a preprocessor macro.
    #[arg(short = 'D', value_name = "NAME[=VALUE]")]
    define: Vec<String>,
    /// IDL files, or directories whose `*.idl` files are all read.
    #[arg(required = true, value_name = "FILE_OR_DIR")]
    files: Vec<PathBuf>,
}

impl Inputs {
    fn options(&self) -> Options {
        Options {
            include_dirs: self.include.clone(),
            defines: self
                .define
                .iter()
                .map(|d| match d.split_once('=') {
                    Some((n, v)) => (n.to_string(), Some(v.to_string())),
                    None => (d.clone(), None),
                })
                .collect(),
            ..Options::default()
        }
    }
}

/// Prints the diagnostics; returns whether there were errors.
fn report(c: &Compilation) -> bool {
    eprint!("{}", c.render_diagnostics());
    if c.has_errors() {
        let n = c.error_count();
        eprintln!("error: {n} error{} found", if n == 1 { "" } else { "s" });
        true
    } else {
        false
    }
}

/// Writes to standard output; a closed pipe (`| head`) is not an error.
fn write_stdout(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(inputs) => {
            let start = Instant::now();
            let c = compile(&inputs.files, &inputs.options());
            let elapsed = start.elapsed();
            if report(&c) {
                return ExitCode::FAILURE;
            }
            let m = &c.model;
            let methods: usize = m.interfaces.iter().map(|i| i.methods.len()).sum();
            write_stdout(&format!(
                "checked {} file{}: {} interfaces, {} methods, {} constants, {} flag groups, {} property tags, {} structs, {} typedefs in {:.1} ms\n",
                m.files.len(),
                if m.files.len() == 1 { "" } else { "s" },
                m.interfaces.len(),
                methods,
                m.consts.len(),
                m.flag_groups.len(),
                m.prop_tags.len(),
                m.structs.len(),
                m.typedefs.len(),
                elapsed.as_secs_f64() * 1000.0
            ));
            ExitCode::SUCCESS
        }
        Command::Dump { json, ast, inputs } => {
            let c = compile(&inputs.files, &inputs.options());
            if ast {
                // Syntax trees are useful even when resolution failed.
                let mut text = String::new();
                for (id, file) in &c.files {
                    text += &format!("// {}\n{file:#?}\n", c.sources.file(*id).path().display());
                }
                write_stdout(&text);
                return if report(&c) {
                    ExitCode::FAILURE
                } else {
                    ExitCode::SUCCESS
                };
            }
            if report(&c) {
                return ExitCode::FAILURE;
            }
            if !json {
                eprintln!("error: choose a format: `--json` or `--ast`");
                return ExitCode::from(2);
            }
            write_stdout(&mapi_idl::emit::json::emit(&c.model));
            ExitCode::SUCCESS
        }
    }
}
