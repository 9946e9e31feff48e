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
        #[arg(long)]
        json: bool,
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
            println!(
                "checked {} file{}: {} interfaces, {} methods, {} constants, {} flag groups, {} property tags, {} structs, {} typedefs in {:.1} ms",
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
            );
            ExitCode::SUCCESS
        }
        Command::Dump { json, inputs } => {
            let c = compile(&inputs.files, &inputs.options());
            if report(&c) {
                return ExitCode::FAILURE;
            }
            if !json {
                eprintln!("error: choose a format: `--json`");
                return ExitCode::from(2);
            }
            print!("{}", mapi_idl::emit::json::emit(&c.model));
            ExitCode::SUCCESS
        }
    }
}
