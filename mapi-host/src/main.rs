//! `mapi-host`: load a MAPI store provider library and check it.

use clap::{Parser, ValueEnum};
use mapi_host::{Capabilities, Capability, Options, Outcome, Provider};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

/// Loads a MAPI message store provider (any library exporting
/// `MSProviderInit`) and runs the scripted session a MAPI client would and a
/// bad-input session, checking every return code and out-parameter against
/// the MAPI reference; on request also a fault-injection session (each MAPI
/// allocation of a short session failed in turn) and a load session (threads
/// sharing the store). Checks of capabilities the store does not declare in
/// PR_STORE_SUPPORT_MASK (or --capability) are skipped, not failed. Prints
/// one line per check and a summary; exits 1 if any check fails, 2 if the
/// library cannot be loaded.
///
/// The steps are listed in examples/SESSION.md.
#[derive(Parser, Debug)]
#[command(name = "mapi-host", version, after_help = EXAMPLES)]
struct Cli {
    /// The provider library: a .so, .dylib or .dll exporting MSProviderInit,
    /// or the name of a library built by cargo (`sample_store`), looked up
    /// beside this program and in `$CARGO_TARGET_DIR/debug`.
    provider: PathBuf,

    /// Which sessions to run.
    #[arg(long, value_enum, default_value_t = Which::All)]
    session: Which,

    /// The entry point to call (MSPROVIDERINIT signature, __cdecl).
    #[arg(long, default_value = "MSProviderInit")]
    symbol: String,

    /// Milliseconds to wait for a notification the reference allows to
    /// arrive after the call that caused it.
    #[arg(long, default_value_t = 2000)]
    notify_timeout_ms: u64,

    /// The capabilities to check (comma-separated or repeated: store-writes,
    /// folders, messages, modify, attachments, sort, restrictions,
    /// notifications, receive-folders; `none` for only what every store
    /// must do). Without it they are read from the store's
    /// PR_STORE_SUPPORT_MASK. The checks of the others are reported as
    /// skipped (not supported).
    #[arg(long = "capability", value_name = "NAME", value_delimiter = ',')]
    capabilities: Vec<String>,

    /// Also run the fault-injection session: a short session replayed once
    /// per MAPI allocation it makes, that allocation failing.
    #[arg(long)]
    faults: bool,

    /// Also run the load session for this many milliseconds: threads
    /// sharing the store create, read, list and delete messages.
    #[arg(long, value_name = "MS")]
    load_ms: Option<u64>,

    /// Print only failed and skipped checks, and the summary.
    #[arg(short, long)]
    quiet: bool,
}

const EXAMPLES: &str = "Examples:
  cargo build -p mapi-examples && cargo run -p mapi-host -- sample_store
  mapi-host --session bad-input --quiet ./libmystore.so
  mapi-host --faults --load-ms 500 --capability folders,messages ./libmystore.so";

/// The file name a cdylib called `name` gets on this platform.
fn library_file(name: &str) -> String {
    format!(
        "{}{name}{}",
        std::env::consts::DLL_PREFIX,
        std::env::consts::DLL_SUFFIX
    )
}

/// `arg` as a path, or, for a bare name that is not a file, the library of
/// that name cargo built: beside this program (`cargo run` puts both in the
/// same target directory, wherever `CARGO_TARGET_DIR` points), then in
/// `$CARGO_TARGET_DIR/debug`.
fn locate(arg: &Path) -> Result<PathBuf, String> {
    let bare = arg.components().count() == 1 && arg.extension().is_none();
    if arg.exists() || !bare {
        return Ok(arg.to_path_buf());
    }
    let file = library_file(&arg.to_string_lossy());
    let mut dirs = Vec::new();
    if let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(Path::to_path_buf))
    {
        dirs.push(dir);
    }
    if let Some(t) = std::env::var_os("CARGO_TARGET_DIR") {
        dirs.push(PathBuf::from(t).join("debug"));
    }
    dirs.iter()
        .map(|d| d.join(&file))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            let looked: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
            format!(
                "no file `{}` and no library `{file}` in {} (build it first: `cargo build -p <crate>`)",
                arg.display(),
                looked.join(", ")
            )
        })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Which {
    /// The scripted session, then the bad-input session.
    All,
    /// Only the scripted session.
    Scripted,
    /// Only the bad-input session.
    BadInput,
    /// Only the fault-injection session.
    Faults,
}

/// The `--capability` list: `None` when not given (read the store's mask).
fn parse_capabilities(names: &[String]) -> Result<Option<Capabilities>, String> {
    if names.is_empty() {
        return Ok(None);
    }
    let mut caps = Capabilities::NONE;
    for n in names.iter().filter(|n| n.as_str() != "none") {
        caps.insert(n.parse::<Capability>().map_err(|e| e.to_string())?);
    }
    Ok(Some(caps))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let path = match locate(&cli.provider) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("mapi-host: {e}");
            return ExitCode::from(2);
        }
    };
    let provider = match Provider::load(&path, &cli.symbol) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("mapi-host: {e}");
            return ExitCode::from(2);
        }
    };
    let capabilities = match parse_capabilities(&cli.capabilities) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("mapi-host: {e}");
            return ExitCode::from(2);
        }
    };
    let opts = Options {
        capabilities,
        scripted: matches!(cli.session, Which::All | Which::Scripted),
        bad_input: matches!(cli.session, Which::All | Which::BadInput),
        faults: cli.faults || cli.session == Which::Faults,
        load: cli.load_ms.map(Duration::from_millis),
        notify_timeout: Duration::from_millis(cli.notify_timeout_ms),
    };
    println!(
        "mapi-host: {} ({})",
        provider.path().display(),
        provider.symbol()
    );
    let quiet = cli.quiet;
    let mut session = "";
    let observer = Box::new(move |c: &mapi_host::Check| {
        let mut out = std::io::stdout().lock();
        if c.session != session {
            session = c.session;
            let _ = writeln!(out, "\n{} session", c.session);
        }
        if !quiet || c.outcome != Outcome::Pass {
            let _ = writeln!(out, "{c}");
        }
        let _ = out.flush();
    });
    let report = mapi_host::run(&provider, &opts, Some(observer));
    println!();
    if let Some(caps) = report.capabilities {
        let from = if opts.capabilities.is_some() {
            "as given"
        } else {
            "from PR_STORE_SUPPORT_MASK"
        };
        println!("capabilities ({from}): {caps}");
    }
    if let Some(n) = report.allocation_points {
        println!("fault injection: {n} allocation point(s) exercised");
    }
    print!("{}", report.summary());
    if report.passed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
