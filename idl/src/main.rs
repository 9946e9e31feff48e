//! The `mapi-idl` command-line tool: check IDL files, dump the model.

use clap::{Args, Parser, Subcommand};
use mapi_idl::{Compilation, Options, compile_with_corpus};
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
    /// Print the Rust that `include_idl!` generates for the files, formatted.
    Expand {
        /// Where the runtime and imported items live.
        #[arg(long, default_value = "::mapi_sys")]
        sys: String,
        #[command(flatten)]
        inputs: Inputs,
    },
    /// Check IDL files (or directories of them) and print a summary.
    Check(Inputs),
    /// Write a C file of static asserts that checks the model against the
    /// MAPI headers (compile it with `-fsyntax-only` for each target).
    #[command(name = "c-check")]
    CCheck(CCheckArgs),
    /// Write the model as a `.winmd` (ECMA-335 metadata) for windows-rs
    /// tools such as `windows-bindgen`.
    Winmd(WinmdArgs),
    /// Print the areas of the files (`#pragma area`) and what each makes
    /// available: its own items, and those of other areas it refers to.
    Areas {
        /// Print only the area names, one a line.
        #[arg(long)]
        names: bool,
        #[command(flatten)]
        inputs: Inputs,
    },
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

/// Arguments of `c-check`.
#[derive(Args)]
struct CCheckArgs {
    /// Write the C file here instead of to standard output.
    #[arg(short = 'o', value_name = "OUT")]
    out: Option<PathBuf>,
    /// Leave out a fact (`ITEM` or `ITEM.MEMBER`) with the reason in its comment.
    #[arg(long, value_name = "KEY=REASON")]
    skip: Vec<String>,
    /// The names the headers declare: the output of `CC -E -dD` over a file
    /// this command wrote, or a list of names. Without it, constants are
    /// guarded by `#ifdef` and all else is asserted.
    #[arg(long, value_name = "FILE")]
    names: Option<PathBuf>,
    #[command(flatten)]
    inputs: Inputs,
}

/// Arguments of `winmd`.
#[derive(Args)]
struct WinmdArgs {
    /// The `.winmd` file to write (replaced only when writing succeeds).
    #[arg(short = 'o', value_name = "OUT", required = true)]
    out: PathBuf,
    /// The namespace of the written items.
    #[arg(long, default_value = mapi_idl::emit::winmd::DEFAULT_NAMESPACE)]
    namespace: String,
    /// Leave out the doc comments.
    #[arg(long)]
    no_docs: bool,
    #[command(flatten)]
    inputs: Inputs,
}

/// `mapi-idl winmd`: nothing is written unless the whole file is.
fn winmd(args: &WinmdArgs) -> ExitCode {
    use mapi_idl::emit::winmd;
    let c = compile_inputs(&args.inputs);
    if report(c) {
        return ExitCode::FAILURE;
    }
    let start = Instant::now();
    let assembly = args
        .out
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let options = winmd::Options {
        namespace: args.namespace.clone(),
        docs: !args.no_docs,
    };
    let bytes = match winmd::emit(&c.model, &assembly, &options) {
        Ok(bytes) => bytes,
        Err(errors) => {
            for e in &errors {
                eprintln!("error: {e}");
            }
            eprintln!("error: `{}` was not written", args.out.display());
            return ExitCode::FAILURE;
        }
    };
    let elapsed = start.elapsed();
    // Write beside the target, then rename: a failed write leaves no
    // truncated file behind.
    let mut tmp = args.out.clone().into_os_string();
    tmp.push(format!(".{}.tmp", std::process::id()));
    let tmp = PathBuf::from(tmp);
    if let Err(e) = std::fs::write(&tmp, &bytes).and_then(|()| std::fs::rename(&tmp, &args.out)) {
        let _ = std::fs::remove_file(&tmp);
        eprintln!("error: cannot write `{}`: {e}", args.out.display());
        return ExitCode::FAILURE;
    }
    write_stdout(&format!(
        "wrote {}: {} bytes, namespace {} in {:.1} ms\n",
        args.out.display(),
        bytes.len(),
        options.namespace,
        elapsed.as_secs_f64() * 1000.0
    ));
    ExitCode::SUCCESS
}

/// `mapi-idl c-check`.
fn c_check(args: &CCheckArgs) -> ExitCode {
    use mapi_idl::emit::c_check;
    let c = compile_inputs(&args.inputs);
    if report(c) {
        return ExitCode::FAILURE;
    }
    let mut opts = c_check::Options::default();
    for s in &args.skip {
        let (key, reason) = s
            .split_once('=')
            .unwrap_or((s, "left out on the command line"));
        opts.skip.insert(key.to_string(), reason.to_string());
    }
    if let Some(path) = &args.names {
        match std::fs::read_to_string(path) {
            Ok(text) => opts.header_names = Some(c_check::header_names(&text)),
            Err(e) => {
                eprintln!("error: cannot read `{}`: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    let text = c_check::emit(&c.model, &opts);
    match &args.out {
        None => write_stdout(&text),
        Some(path) => {
            if let Err(e) = std::fs::write(path, text) {
                eprintln!("error: cannot write `{}`: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

#[derive(Args)]
struct Inputs {
    /// Add a directory to the import and include search path, which ends
    /// with the built-in MAPI corpus (`import "mapidefs.idl";` needs no `-I`).
    #[arg(short = 'I', value_name = "DIR")]
    include: Vec<PathBuf>,
    /// Define a preprocessor macro (`__midl` is predefined as 801).
    #[arg(short = 'D', value_name = "NAME[=VALUE]")]
    define: Vec<String>,
    /// Undefine a preprocessor macro, after every `-D` (`-U __midl`).
    #[arg(short = 'U', value_name = "NAME")]
    undefine: Vec<String>,
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
            undefines: self.undefine.clone(),
            ..Options::default()
        }
    }
}

/// Compiles the inputs, imports found also in the built-in corpus. The
/// compilation lives until the process exits: freeing a large model and
/// its syntax trees one allocation at a time took a tenth of a run, and
/// the operating system takes the memory back at once.
fn compile_inputs(inputs: &Inputs) -> &'static Compilation {
    Box::leak(Box::new(compile_with_corpus(
        &inputs.files,
        &inputs.options(),
    )))
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

/// `mapi-idl areas`: per gate (the core, or any of some areas), how many
/// items of each kind it holds and the interfaces by name.
fn areas_summary(m: &mapi_idl::Model) -> String {
    use mapi_idl::areas::{Areas, Gate, Item, all_items, own_area};
    use std::collections::BTreeMap;
    let areas = Areas::new(m);
    // gate text -> (kind counts, interfaces, items from other areas)
    let mut groups: BTreeMap<String, ([usize; 7], Vec<String>, usize)> = BTreeMap::new();
    for item in all_items(m) {
        let gate = areas.gate(item);
        let key = match gate {
            Gate::Always => "core (always)".to_string(),
            Gate::Any(_) => format!(
                "any({})",
                areas.gate_names(gate).collect::<Vec<_>>().join(", ")
            ),
        };
        let entry = groups.entry(key).or_default();
        let kind = match item {
            Item::Interface(id) => {
                let name = &m.interfaces[id.index()].name;
                entry.1.push(match own_area(m, item) {
                    Some(a) if matches!(gate, Gate::Always) => format!("{name} [{a}]"),
                    _ => name.clone(),
                });
                0
            }
            Item::Typedef(_) => 1,
            Item::Struct(_) => 2,
            Item::Enum(_) => 3,
            Item::Const(_) => 4,
            Item::FlagGroup(_) => 5,
            Item::Function(_) => 6,
        };
        entry.0[kind] += 1;
        let moved = match (gate, own_area(m, item)) {
            (Gate::Always, Some(_)) => true,
            (Gate::Any(list), Some(own)) => {
                list.len() > 1 || areas.names()[usize::from(list[0])] != own
            }
            _ => false,
        };
        if moved {
            entry.2 += 1;
        }
    }
    // Why an item of an area is in the core: one core item naming it.
    let mut why: BTreeMap<String, String> = BTreeMap::new();
    let mut refs = Vec::new();
    for x in all_items(m) {
        if *areas.gate(x) != Gate::Always {
            continue;
        }
        refs.clear();
        mapi_idl::areas::references(m, x, &mut refs);
        for &y in &refs {
            if let Some(area) = own_area(m, y).filter(|&a| own_area(m, x) != Some(a)) {
                why.entry(format!("{} [{area}]", y.name(m)))
                    .or_insert_with(|| x.name(m).to_string());
            }
        }
    }
    let mut out = String::new();
    for (item, by) in why {
        out += &format!("{item} is in the core: {by} refers to it\n");
    }
    for (key, (n, ifaces, moved)) in groups {
        out += &format!(
            "{key}: {} interfaces, {} typedefs, {} structs, {} enums, {} constants, {} flag groups, {} functions ({moved} from other areas)\n",
            n[0], n[1], n[2], n[3], n[4], n[5], n[6]
        );
        if !ifaces.is_empty() {
            out += &format!("    {}\n", ifaces.join(", "));
        }
    }
    out
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
        Command::Expand { sys, inputs } => {
            let c = compile_inputs(&inputs);
            if report(c) {
                return ExitCode::FAILURE;
            }
            let Ok(sys) = sys.parse::<proc_macro2::TokenStream>() else {
                eprintln!("error: `--sys {sys}` is not a Rust path");
                return ExitCode::from(2);
            };
            let options = mapi_idl::emit::rust::Options {
                sys,
                ..Default::default()
            };
            match mapi_idl::emit::rust::expand(&c.model, &options) {
                Ok(text) => {
                    write_stdout(&text);
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Check(inputs) => {
            let start = Instant::now();
            let c = compile_inputs(&inputs);
            let elapsed = start.elapsed();
            if report(c) {
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
        Command::CCheck(args) => c_check(&args),
        Command::Winmd(args) => winmd(&args),
        Command::Areas { names, inputs } => {
            let c = compile_inputs(&inputs);
            if report(c) {
                return ExitCode::FAILURE;
            }
            let text = if names {
                let areas = mapi_idl::areas::Areas::new(&c.model);
                areas.names().iter().map(|n| format!("{n}\n")).collect()
            } else {
                areas_summary(&c.model)
            };
            write_stdout(&text);
            ExitCode::SUCCESS
        }
        Command::Dump { json, ast, inputs } => {
            let c = compile_inputs(&inputs);
            if ast {
                // Syntax trees are useful even when resolution failed.
                let mut text = String::new();
                c.interner.with_debug_texts(|| {
                    for (id, file) in &c.files {
                        text +=
                            &format!("// {}\n{file:#?}\n", c.sources.file(*id).path().display());
                    }
                });
                write_stdout(&text);
                return if report(c) {
                    ExitCode::FAILURE
                } else {
                    ExitCode::SUCCESS
                };
            }
            if report(c) {
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
