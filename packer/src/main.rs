//! `pygmy`: run Python programs natively, explain an app's imports, and (later) build and
//! size bundles.

mod host;
mod why;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "pygmy",
    version,
    about = "Python 3.11 for the browser and Node: a small WebAssembly VM, and its packer",
    long_about = None,
    arg_required_else_help = true,
    after_help = "Examples:\n  pygmy run app.py a b     run app.py natively with sys.argv[1:] = ['a', 'b']\n  pygmy dis app.py         show the bytecode pygmy ships for app.py\n  pygmy size dist          sizes of what `cargo xtask dist` built\n  pygmy build app.py -o out   bundle app.py: node out/pygmy.mjs, out/index.html\n  pygmy why re app.py      the import chain that pulls `re` into app.py\n\nSee 'pygmy help <command>' for more information on a specific command."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a Python program natively
    Run {
        /// The program to run
        file: String,
        /// Arguments passed to the program as sys.argv[1:]
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Show the bytecode of a Python file
    Dis {
        /// The file to disassemble
        file: String,
    },
    /// Print the size report of a dist/ directory
    Size {
        /// The directory `cargo xtask dist` wrote
        #[arg(default_value = "dist")]
        dir: std::path::PathBuf,
    },
    /// Bundle an app for Node and the browser: OUT/pygmy.mjs runs it, OUT/index.html shows it
    Build {
        /// The app's main file
        app: std::path::PathBuf,
        /// Output directory (replaced atomically)
        #[arg(short, long, default_value = "out")]
        out: std::path::PathBuf,
        /// The dist/ to take the VM and loader from (`cargo xtask dist` builds it)
        #[arg(long, default_value = "dist")]
        dist: std::path::PathBuf,
        /// Keep the stdlib's docstrings (by default they are left out unless the app's own code
        /// mentions __doc__, help(, getdoc, pydoc or doctest)
        #[arg(long)]
        keep_docstrings: bool,
        /// Keep every function body in the app bundle (by default the bodies of functions
        /// the trace run never entered are fetched when first called)
        #[arg(long)]
        eager_bodies: bool,
        /// Arguments for the app in the trace run
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Show the import chain that pulls MODULE into an app, or the whole import graph as JSON
    #[command(
        after_help = "Examples:\n  pygmy why re app.py          is re loaded eagerly, lazily, or not at all, and by which imports\n  pygmy why --json app.py      every module and import edge, classified, as JSON"
    )]
    Why {
        /// MODULE APP.py, or APP.py alone with --json
        #[arg(required = true, num_args = 1..=2, value_names = ["MODULE", "APP.py"])]
        args: Vec<String>,
        /// CPython 3.11's Lib/ (default: $PYGMY_STDLIB, else the python3 on PATH)
        #[arg(long, value_name = "DIR")]
        stdlib: Option<std::path::PathBuf>,
        /// A directory searched after the app's and before the stdlib (repeatable)
        #[arg(long = "path", value_name = "DIR")]
        paths: Vec<std::path::PathBuf>,
        /// Load MOD at start whatever the analysis says, e.g. for a dynamic import (repeatable)
        #[arg(long, value_name = "MOD")]
        include: Vec<String>,
        /// Never ship MOD or its submodules (repeatable)
        #[arg(long, value_name = "MOD")]
        exclude: Vec<String>,
        /// Print JSON: the whole graph (APP.py alone), or the chain to MODULE
        #[arg(long, visible_alias = "explain")]
        json: bool,
    },
}

/// Stack for the interpreter thread: deep native recursion (sorting keys, __init__ chains,
/// repr of nested containers) needs more than the default main-thread stack.
const VM_STACK: usize = 512 << 20;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run { file, args } => {
            let h = std::thread::Builder::new().name("pygmy".into()).stack_size(VM_STACK).spawn(move || run(&file, args));
            match h.map(|h| h.join()) {
                Ok(Ok(pygmy_vm::main_module::EXIT_BY_SIGINT)) => host::die_by_sigint(),
                Ok(Ok(code)) => ExitCode::from(code as u8),
                _ => {
                    eprintln!("pygmy: internal error");
                    ExitCode::from(70)
                }
            }
        }
        Command::Size { dir } => match packer::size::report(&dir) {
            Ok(r) => {
                print!("{r}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("pygmy: {e:#}");
                ExitCode::FAILURE
            }
        },
        Command::Build { app, out, dist, keep_docstrings, eager_bodies, args } => match build(app, out, dist, keep_docstrings, eager_bodies, args) {
            Ok(report) => {
                print!("{report}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("pygmy: {e:#}");
                ExitCode::FAILURE
            }
        },
        Command::Why { args, stdlib, paths, include, exclude, json } => match why::run(why::Args { args, stdlib, paths, include, exclude, json }) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("pygmy: {e:#}");
                ExitCode::FAILURE
            }
        },
        Command::Dis { file } => match dis(&file) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("pygmy: {e}");
                ExitCode::FAILURE
            }
        },
    }
}

/// `pygmy build`: the modules the app imports are those a native run of it imports (a trace
/// run: its output is discarded); static import analysis (stdlib-filter) is to replace it.
fn build(app: std::path::PathBuf, out: std::path::PathBuf, dist: std::path::PathBuf, keep_docstrings: bool, eager_bodies: bool, args: Vec<String>) -> anyhow::Result<String> {
    use anyhow::Context;
    let stdlib = stdlib_filter::locate::stdlib_dir();
    // CPython's own imports for the same run: the yardstick of the report's size ratio.
    let cpython = match (stdlib_filter::cpython::python(), &stdlib) {
        (Some(python), Some(lib)) => match stdlib_filter::cpython::imported_sources(python, &app, &args, lib) {
            Ok(run) => Some(run),
            Err(e) => {
                eprintln!("pygmy build: note: no size ratio: {e:#}");
                None
            }
        },
        _ => None,
    };
    let file = app.to_str().context("the app's path is not UTF-8")?.to_owned();
    std::fs::metadata(&app).with_context(|| format!("can't open file '{file}'"))?;
    eprintln!("pygmy build: running {file} natively to see what it imports (its output is not shown)");
    // As the bundle will (packer::build; an app module that reads docs is found only later:
    // its reads then load bodies on first use).
    let strip_under = (!keep_docstrings && !packer::build::reads_docs(&std::fs::read(&app)?)).then(|| stdlib.clone()).flatten();
    let t = std::thread::Builder::new().name("pygmy-trace".into()).stack_size(VM_STACK).spawn(move || {
        let trace = std::rc::Rc::new(std::cell::RefCell::new(host::Trace { strip_docstrings_under: strip_under, ..Default::default() }));
        let status = run_with(&file, args, host::NativeHost::tracing(trace.clone()));
        let t = std::mem::take(&mut *trace.borrow_mut());
        (status, t)
    })?;
    let (status, trace) = t.join().map_err(|_| anyhow::anyhow!("internal error in the trace run"))?;
    if status != 0 {
        eprintln!("pygmy build: note: the trace run ended with status {status}; what it imported so far is bundled");
    }
    let in_stdlib = |p: &std::path::Path| stdlib.as_ref().is_some_and(|lib| p.starts_with(lib));
    // A module whose import failed is found again by each later import of it (asyncio tries
    // `ssl` three times): it is bundled once.
    let mut seen = std::collections::HashSet::new();
    let modules = trace
        .files
        .into_iter()
        .filter(|(name, _, _)| seen.insert(name.clone()))
        .map(|(name, path, is_package)| packer::build::SourceModule { stdlib: in_stdlib(&path), name, path, is_package })
        .collect();
    let ran = (!eager_bodies).then_some(trace.ran);
    packer::build::build(&packer::build::BuildConfig { app, out, dist, modules, native: trace.native, compiled: trace.compiled, keep_docstrings, cpython, ran, absent: trace.absent })
}

fn run(file: &str, args: Vec<String>) -> i32 {
    run_with(file, args, host::NativeHost::new())
}

fn run_with(given: &str, args: Vec<String>, host: host::NativeHost) -> i32 {
    let file = given;
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("pygmy: can't open file '{file}': [Errno {}] {}", e.raw_os_error().unwrap_or(2), describe(&e));
            return 2;
        }
    };
    // Like CPython since 3.9, `__file__` and tracebacks name the script by its absolute path
    // (the current directory joined with the path as given, not normalized); argv keeps it.
    let abs = match std::env::current_dir() {
        Ok(cwd) if !std::path::Path::new(file).is_absolute() => cwd.join(file).to_string_lossy().into_owned(),
        _ => file.to_owned(),
    };
    let file = abs.as_str();
    let code = pygmy_compiler::decode_source(&bytes, file)
        .and_then(|src| pygmy_compiler::compile(&src, file, pygmy_compiler::Mode::Exec, &Default::default()));
    // A trace run stubs the app's functions too (packer::lazy).
    let code = code.map(|c| host.main_code(c));
    let mut vm = pygmy_vm::Vm::new(Box::new(host));
    let mut argv = vec![given.to_owned()];
    argv.extend(args);
    vm.set_argv(argv);
    if let Ok(exe) = std::env::current_exe() {
        vm.set_executable(&exe.to_string_lossy());
    }
    let dir = std::path::Path::new(given).parent().map(|p| if p.as_os_str().is_empty() { std::path::PathBuf::from(".") } else { p.to_path_buf() });
    let dir = dir.and_then(|d| std::fs::canonicalize(d).ok()).map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
    let mut path = vec![dir];
    if let Some(lib) = stdlib_filter::locate::stdlib_dir() {
        path.push(lib.to_string_lossy().into_owned());
    }
    vm.set_sys_path(path);
    let code = match code {
        Ok(c) => pygmy_vm::types::code::new_code(c),
        Err(e) => {
            let err = pygmy_vm::error::syntax_error_from(&host::failure(e));
            return vm.handle_uncaught(&err.0);
        }
    };
    vm.run_main(&code, file)
}

fn describe(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

fn dis(file: &str) -> Result<(), String> {
    let bytes = std::fs::read(file).map_err(|e| format!("{file}: {e}"))?;
    let src = pygmy_compiler::decode_source(&bytes, file).map_err(|e| e.message)?;
    let code = pygmy_compiler::compile(&src, file, pygmy_compiler::Mode::Exec, &Default::default()).map_err(|e| format!("{}:{}: {}", e.filename, e.line, e.message))?;
    print!("{}", pygmy_bytecode::dis::disassemble(&code));
    Ok(())
}
