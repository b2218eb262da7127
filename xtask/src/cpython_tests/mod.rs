//! `cargo xtask cpython-tests [MODULE…] [--json OUT]`: the held-back suite of issue 4. CPython's
//! own regression tests for each acceptance module (from the build machine's CPython 3.11 `Lib/test`,
//! found like `pygmy run` finds `Lib/`; nothing is copied into the repository) run under CPython
//! and under `pygmy run` (release build), each through `driver.py`, which records every test's
//! outcome in a file as it goes.
//!
//! The measure is per test ID: of the tests CPython passes (its skips do not count), how many
//! pygmy passes too. A test pygmy skips, or never reaches because its module does not import,
//! counts as not passed. A pygmy run that stops early (a crash, a Rust panic, a test that makes
//! no progress for `--test-timeout` seconds) is started again without the tests already done and
//! the one it stopped in, until the module's time (`--module-timeout`) is spent.
//!
//! `--node` runs the pygmy side as `node DIST/pygmy.mjs` (the wasm build) instead, with
//! `PYGMY_JIT` set to each of the `--jit` modes: issue 8 asks the suite to pass identically
//! with the JIT, so with several modes the report also lists every test whose outcome under a
//! later mode differs from its outcome under the first.

use crate::{files, project_root, python, target_dir};
use anyhow::{bail, Context, Result};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(clap::Args)]
pub struct Args {
    /// Acceptance modules (`json`, `os.path`) or test modules (`test_json`); default: all of them
    modules: Vec<String>,
    /// Also write every module's figures, failing tests and their last error lines as JSON here
    #[arg(long)]
    json: Option<PathBuf>,
    /// Seconds a test may run without finishing before its process is killed (default: 30;
    /// 4 times that for pygmy under --node)
    #[arg(long)]
    test_timeout: Option<u64>,
    /// Seconds one module's tests may take in all, restarts included (default: 240; 4 times
    /// that for pygmy under --node)
    #[arg(long)]
    module_timeout: Option<u64>,
    /// How many test processes to run at once (default: the number of CPUs)
    #[arg(long, short)]
    jobs: Option<usize>,
    /// The pygmy binary to test (default: `cargo build --release -p packer`'s)
    #[arg(long, conflicts_with = "node")]
    pygmy: Option<PathBuf>,
    /// Test the wasm build under Node (`node DIST/pygmy.mjs`) instead of `pygmy run`
    #[arg(long)]
    node: bool,
    /// The dist/ directory --node runs (default: dist/ at the repository root)
    #[arg(long, requires = "node")]
    dist: Option<PathBuf>,
    /// Under --node, the PYGMY_JIT modes to run the pygmy side with (default: off); with
    /// several (`--jit off,eager`) the report lists every test whose outcome differs from the
    /// first mode's
    #[arg(long, requires = "node", value_enum, value_delimiter = ',')]
    jit: Vec<JitMode>,
    /// How many of the commonest failure lines to list at the end
    #[arg(long, default_value_t = 25)]
    top: usize,
}

/// Issue 4's acceptance modules and the CPython test modules that exercise them.
const MODULES: &[(&str, &[&str])] = &[
    ("json", &["test.test_json"]),
    ("re", &["test.test_re"]),
    ("collections", &["test.test_collections"]),
    ("itertools", &["test.test_itertools"]),
    ("functools", &["test.test_functools"]),
    ("operator", &["test.test_operator"]),
    ("dataclasses", &["test.test_dataclasses"]),
    ("enum", &["test.test_enum"]),
    ("typing", &["test.test_typing"]),
    ("abc", &["test.test_abc"]),
    ("contextlib", &["test.test_contextlib"]),
    ("copy", &["test.test_copy"]),
    ("types", &["test.test_types"]),
    // test_datetime runs datetimetester twice, with _datetime blocked and with it required;
    // without a native _datetime the second half cannot import and takes the first with it.
    // datetimetester itself tests whichever datetime imports (CPython's C one, pygmy's pure one).
    ("datetime", &["test.datetimetester"]),
    ("time", &["test.test_time"]),
    ("calendar", &["test.test_calendar"]),
    ("math", &["test.test_math"]),
    ("cmath", &["test.test_cmath"]),
    ("random", &["test.test_random"]),
    ("statistics", &["test.test_statistics"]),
    ("fractions", &["test.test_fractions"]),
    ("decimal", &["test.test_decimal"]),
    ("string", &["test.test_string"]),
    ("textwrap", &["test.test_textwrap"]),
    ("difflib", &["test.test_difflib"]),
    ("pprint", &["test.test_pprint"]),
    ("reprlib", &["test.test_reprlib"]),
    ("heapq", &["test.test_heapq"]),
    ("bisect", &["test.test_bisect"]),
    ("array", &["test.test_array"]),
    ("struct", &["test.test_struct"]),
    ("base64", &["test.test_base64"]),
    ("binascii", &["test.test_binascii"]),
    ("hashlib", &["test.test_hashlib"]),
    ("zlib", &["test.test_zlib"]),
    ("io", &["test.test_memoryio"]),
    ("os.path", &["test.test_posixpath", "test.test_genericpath"]),
    ("shlex", &["test.test_shlex"]),
    ("csv", &["test.test_csv"]),
    ("argparse", &["test.test_argparse"]),
    ("html", &["test.test_html"]),
    ("urllib.parse", &["test.test_urlparse"]),
    ("uuid", &["test.test_uuid"]),
    ("unicodedata", &["test.test_unicodedata"]),
    ("weakref", &["test.test_weakref"]),
    ("inspect", &["test.test_inspect"]),
    ("traceback", &["test.test_traceback"]),
    ("warnings", &["test.test_warnings"]),
    ("keyword", &["test.test_keyword"]),
    (
        "asyncio",
        &[
            "test.test_asyncio.test_tasks",
            "test.test_asyncio.test_queues",
            "test.test_asyncio.test_locks",
            "test.test_asyncio.test_timeouts",
            "test.test_asyncio.test_runners",
        ],
    ),
];

/// How many times one module's tests are started in all (the first run and its restarts).
const MAX_ATTEMPTS: usize = 12;

/// How much longer the default timeouts are under `--node`: test_json took 1.5 s natively,
/// 3.8 s in Node with the JIT off and 6.0 s with `PYGMY_JIT=eager` (2026-11-27).
const NODE_SLOWDOWN: u64 = 4;

/// `PYGMY_JIT`'s values (vm/src/jit/mod.rs).
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize)]
#[serde(rename_all = "kebab-case")]
enum JitMode {
    Off,
    On,
    Eager,
}

impl JitMode {
    fn name(self) -> &'static str {
        match self {
            JitMode::Off => "off",
            JitMode::On => "on",
            JitMode::Eager => "eager",
        }
    }
}

/// Who runs a module's tests: CPython, or the `i`th pygmy program (native, or Node with the
/// `i`th `--jit` mode).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Runner {
    Cpython,
    Pygmy(usize),
}

/// What became of one test in one runner.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", content = "detail", rename_all = "kebab-case")]
enum Outcome {
    Pass,
    Fail(String),
    Error(String),
    Skip(String),
    /// The process died or was killed in this test.
    Crash(String),
}

/// One runner's run of one acceptance module.
#[derive(Default)]
struct ModuleRun {
    outcomes: BTreeMap<String, Outcome>,
    /// (module or loader test ID, the exception's last line)
    load_errors: Vec<(String, String)>,
    /// How each process that did not reach the end stopped.
    stops: Vec<String>,
    seconds: f64,
}

#[derive(Serialize)]
struct ModuleReport {
    module: String,
    test_modules: Vec<String>,
    cpython_passed: usize,
    pygmy_passed: usize,
    /// CPython passes that pygmy skips.
    pygmy_skipped: usize,
    load_errors: Vec<(String, String)>,
    stops: Vec<String>,
    cpython_stops: Vec<String>,
    pygmy_seconds: f64,
    /// CPython passes that pygmy does not, with what happened.
    not_passing: BTreeMap<String, Outcome>,
    /// With several `--jit` modes, the later ones (the figures above are the first's).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    other_modes: Vec<ModeReport>,
}

/// One later `--jit` mode's run of a module, against the first mode's.
#[derive(Serialize)]
struct ModeReport {
    jit: JitMode,
    /// Of the tests CPython passes.
    passed: usize,
    stops: Vec<String>,
    seconds: f64,
    /// Every test (CPython's passes or not) whose outcome is not the first mode's:
    /// (the first mode's, this mode's); a test one run never reached is `not run`.
    differences: BTreeMap<String, (Outcome, Outcome)>,
    /// Tests with the first mode's outcome but another last line, addresses aside (a message
    /// that shows the time, or a wrong value that is wrong differently).
    message_differences: BTreeMap<String, (Outcome, Outcome)>,
}

#[derive(Serialize)]
struct Report {
    date: String,
    commit: String,
    cpython: String,
    /// What ran the pygmy side: `pygmy run`'s binary, or `node DIST/pygmy.mjs`.
    pygmy: String,
    /// Under --node, the `--jit` modes, the first being the one `pygmy_passed` counts.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    jit: Vec<JitMode>,
    cpython_passed: usize,
    pygmy_passed: usize,
    modules: Vec<ModuleReport>,
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let cpython_version = python::check_cpython_311()?;
    let lib = packer::stdlib::default_lib().context("no CPython 3.11 Lib/ found (set PYGMY_STDLIB or put python3.11 on PATH)")?;
    if !lib.join("test").join("support").join("__init__.py").is_file() {
        bail!("{} has no test/ package: this CPython was installed without its regression tests", lib.display());
    }
    let selected = select(&args.modules)?;
    let (programs, jit) = if args.node {
        let modes = if args.jit.is_empty() { vec![JitMode::Off] } else { args.jit.clone() };
        if let Some(twice) = modes.iter().enumerate().find_map(|(i, m)| modes[..i].contains(m).then_some(m)) {
            bail!("--jit names {} twice", twice.name());
        }
        let dist = args.dist.clone().unwrap_or_else(|| project_root().join("dist"));
        (node_programs(&dist, &modes, &lib)?, modes)
    } else {
        let pygmy = match &args.pygmy {
            Some(p) => std::fs::canonicalize(p).with_context(|| format!("{} does not exist", p.display()))?,
            None => crate::bench::build_release_pygmy()?,
        };
        (vec![Program { name: "pygmy".into(), exe: pygmy.clone(), args: vec!["run".into()], env: Vec::new(), shown: pygmy.display().to_string() }], Vec::new())
    };
    let python = python::executable()?;
    let cpython = Program { name: "cpython".into(), exe: python.clone(), args: Vec::new(), env: Vec::new(), shown: python.display().to_string() };
    let scratch = target_dir().join("cpython-tests");
    let driver = project_root().join("xtask/src/cpython_tests/driver.py");
    // CPython keeps the native defaults: under --node its hangs would only take longer.
    let limits = |slowdown: u64| Limits {
        test: Duration::from_secs(args.test_timeout.unwrap_or(30 * slowdown)),
        module: Duration::from_secs(args.module_timeout.unwrap_or(240 * slowdown)),
    };
    let (cpython_limits, pygmy_limits) = (limits(1), limits(if args.node { NODE_SLOWDOWN } else { 1 }));

    // Interleave the runners so the slow pygmy runs start early.
    let mut work: Vec<(usize, Runner)> = Vec::new();
    for i in 0..selected.len() {
        work.extend((0..programs.len()).map(|p| (i, Runner::Pygmy(p))));
        work.push((i, Runner::Cpython));
    }
    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())).clamp(1, work.len());
    let shown = programs.iter().map(|p| p.shown.as_str()).collect::<Vec<_>>().join(" and ");
    eprintln!("{} module(s) under CPython {cpython_version} and {shown} ({jobs} at a time), tests from {}", selected.len(), lib.join("test").display());
    let queue = Mutex::new(work.into_iter().rev().collect::<Vec<_>>());
    let results: Mutex<BTreeMap<(usize, Runner), ModuleRun>> = Mutex::new(BTreeMap::new());
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| loop {
                let Some((i, runner)) = queue.lock().unwrap().pop() else { break };
                let (name, tests) = selected[i];
                let (program, limits) = match runner {
                    Runner::Cpython => (&cpython, &cpython_limits),
                    Runner::Pygmy(p) => (&programs[p], &pygmy_limits),
                };
                let dir = scratch.join(&program.name).join(name);
                let run = run_module(program, &driver, tests, &dir, limits).unwrap_or_else(|e| ModuleRun { stops: vec![format!("could not run: {e:#}")], ..ModuleRun::default() });
                if runner != Runner::Cpython {
                    let passed = run.outcomes.values().filter(|o| **o == Outcome::Pass).count();
                    eprintln!("  {name}: {} passed {passed} in {:.0} s{}", program.name, run.seconds, if run.stops.is_empty() { String::new() } else { format!(", {} stop(s)", run.stops.len()) });
                }
                results.lock().unwrap().insert((i, runner), run);
            });
        }
    });
    let mut results = results.into_inner().unwrap();

    let mut modules = Vec::new();
    for (i, (name, tests)) in selected.iter().enumerate() {
        let cpython = results.remove(&(i, Runner::Cpython)).unwrap_or_default();
        let mut runs = (0..programs.len()).map(|p| results.remove(&(i, Runner::Pygmy(p))).unwrap_or_default());
        let first = runs.next().unwrap_or_default();
        let mut report = compare(name, tests, &cpython, &first);
        report.other_modes = runs.zip(jit.iter().skip(1)).map(|(run, &mode)| compare_mode(mode, &cpython, &first, run)).collect();
        modules.push(report);
    }
    let report = Report {
        date: command_line("date", &["-u", "+%Y-%m-%d %H:%M UTC"]),
        commit: command_line("git", &["rev-parse", "--short", "HEAD"]),
        cpython: cpython_version,
        pygmy: shown,
        jit,
        cpython_passed: modules.iter().map(|m| m.cpython_passed).sum(),
        pygmy_passed: modules.iter().map(|m| m.pygmy_passed).sum(),
        modules,
    };
    print_table(&report, &programs[0].name);
    print_modes(&report);
    print_commonest_failures(&report, args.top);
    if let Some(path) = &args.json {
        let text = serde_json::to_string_pretty(&report)? + "\n";
        files::write_if_changed(path, text.as_bytes())?;
        eprintln!("wrote {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// `node DIST/pygmy.mjs`, once per JIT mode; an error says what is missing.
///
/// Under Node `sys.platform` is `emscripten`, so `sysconfig` would look for
/// `_sysconfigdata__emscripten_…`, which the build machine's `Lib/` lacks, and test.support
/// (which reads `CFLAGS` through it at import) would not import: the VM is pointed at the data
/// CPython itself reads, as `pygmy run` finds it, through sysconfig's own override.
fn node_programs(dist: &Path, modes: &[JitMode], lib: &Path) -> Result<Vec<Program>> {
    let loader = dist.join("pygmy.mjs");
    if !loader.is_file() {
        bail!("{} is missing: build it with `cargo xtask dist`, or name a built dist/ with --dist", loader.display());
    }
    let loader = std::fs::canonicalize(&loader).with_context(|| format!("resolving {}", loader.display()))?;
    let has_jit = std::fs::read_dir(dist)
        .with_context(|| format!("reading {}", dist.display()))?
        .filter_map(|e| e.ok())
        .any(|e| e.file_name().to_string_lossy().starts_with("pygmy-jit."));
    if !has_jit && modes.iter().any(|m| *m != JitMode::Off) {
        bail!("{} has no pygmy-jit chunk: PYGMY_JIT would change nothing there", dist.display());
    }
    let out = Command::new("node").arg("--version").output().context("running node (Node 20 or later) for --node")?;
    let version = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let probe = python::command().args(["-c", "import sysconfig; print(sysconfig._get_sysconfigdata_name())"]).output().context("asking CPython for its sysconfig data")?;
    let sysconfigdata = String::from_utf8_lossy(&probe.stdout).trim().to_string();
    if !probe.status.success() || sysconfigdata.is_empty() {
        bail!("CPython did not name its sysconfig data: {}", String::from_utf8_lossy(&probe.stderr).trim());
    }
    Ok(modes
        .iter()
        .map(|mode| Program {
            name: format!("node-{}", mode.name()),
            exe: "node".into(),
            args: vec![loader.clone().into()],
            env: vec![("PYGMY_JIT", mode.name().into()), ("PYGMY_STDLIB", lib.into()), ("_PYTHON_SYSCONFIGDATA_NAME", sysconfigdata.clone().into())],
            shown: format!("node {} (Node {version}, PYGMY_JIT={})", loader.display(), mode.name()),
        })
        .collect())
}

/// The acceptance modules named on the command line (by module or test module), in table order.
fn select(names: &[String]) -> Result<Vec<(&'static str, &'static [&'static str])>> {
    if names.is_empty() {
        return Ok(MODULES.to_vec());
    }
    let mut wanted = BTreeSet::new();
    for name in names {
        let test_name = format!("test.{name}");
        let found = MODULES.iter().position(|(m, tests)| m == name || tests.iter().any(|t| *t == name || *t == test_name));
        match found {
            Some(i) => {
                wanted.insert(i);
            }
            None => bail!("{name} is not one of the acceptance modules: {}", MODULES.iter().map(|(m, _)| *m).collect::<Vec<_>>().join(", ")),
        }
    }
    Ok(wanted.into_iter().map(|i| MODULES[i]).collect())
}

/// A command that runs `driver.py`: `EXE ARGS… driver.py …` with `env` added.
struct Program {
    /// Its scratch directory's name and its name in the progress lines.
    name: String,
    exe: PathBuf,
    args: Vec<OsString>,
    env: Vec<(&'static str, OsString)>,
    /// How the first line names it.
    shown: String,
}

struct Limits {
    test: Duration,
    module: Duration,
}

/// Runs one module's tests with `program`, restarting after a stop, in a fresh directory `dir`.
fn run_module(program: &Program, driver: &Path, tests: &[&str], dir: &Path, limits: &Limits) -> Result<ModuleRun> {
    if dir.exists() {
        std::fs::remove_dir_all(dir).with_context(|| format!("removing {}", dir.display()))?;
    }
    let cwd = dir.join("cwd");
    std::fs::create_dir_all(&cwd).with_context(|| format!("creating {}", cwd.display()))?;
    let record = dir.join("record.tsv");
    let skip_file = dir.join("skip.txt");
    let start = Instant::now();
    let mut run = ModuleRun::default();
    let mut skip: BTreeSet<String> = BTreeSet::new();
    for attempt in 0..MAX_ATTEMPTS {
        let left = limits.module.saturating_sub(start.elapsed());
        if left.is_zero() {
            run.stops.push("module time spent: the rest was not run".into());
            break;
        }
        std::fs::write(&skip_file, skip.iter().map(|id| format!("{id}\n")).collect::<String>())?;
        let stderr_path = dir.join(format!("stderr-{attempt}.txt"));
        let mut cmd = Command::new(&program.exe);
        python::clean_env(&mut cmd);
        cmd.envs(program.env.iter().map(|(k, v)| (k, v)))
            .args(&program.args)
            .arg(driver)
            .arg(&record)
            .arg(&skip_file)
            .args(tests)
            .current_dir(&cwd)
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(dir.join(format!("stdout-{attempt}.txt")))?)
            .stderr(std::fs::File::create(&stderr_path)?);
        let before = std::fs::metadata(&record).map_or(0, |m| m.len());
        let end = watch(&mut cmd, &record, limits.test, left)?;
        let text = std::fs::read_to_string(&record).unwrap_or_default();
        let events = text.get(before as usize..).unwrap_or("");
        let (finished, current) = apply(events, &mut run, &mut skip);
        if finished {
            break;
        }
        let stderr = std::fs::read(&stderr_path).unwrap_or_default();
        let why = describe_stop(&end, &stderr);
        match current {
            Some(id) => {
                run.stops.push(format!("{why} in {id}"));
                run.outcomes.insert(id.clone(), Outcome::Crash(why));
                skip.insert(id);
            }
            None => {
                run.stops.push(format!("{why} outside any test"));
                break;
            }
        }
    }
    run.seconds = start.elapsed().as_secs_f64();
    Ok(run)
}

/// How a watched process ended.
enum End {
    Exited(std::process::ExitStatus),
    /// Killed: no new record line for the test timeout.
    Stalled(Duration),
    /// Killed: the module's time ran out.
    OutOfTime,
}

/// Runs `cmd`, killing it when `record` stops growing for `stall` or after `limit` in all.
fn watch(cmd: &mut Command, record: &Path, stall: Duration, limit: Duration) -> Result<End> {
    let start = Instant::now();
    let mut child = cmd.spawn().with_context(|| format!("starting {:?}", cmd.get_program()))?;
    let mut size = std::fs::metadata(record).map_or(0, |m| m.len());
    let mut progress = Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(End::Exited(status));
        }
        let now_size = std::fs::metadata(record).map_or(0, |m| m.len());
        if now_size != size {
            size = now_size;
            progress = Instant::now();
        }
        let end = if progress.elapsed() >= stall {
            Some(End::Stalled(stall))
        } else if start.elapsed() >= limit {
            Some(End::OutOfTime)
        } else {
            None
        };
        if let Some(end) = end {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(end);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Folds one attempt's record lines into `run`. Returns whether the attempt reached `done`, and
/// the test it was in when it stopped (which also goes into `skip`, like every test it finished).
fn apply(events: &str, run: &mut ModuleRun, skip: &mut BTreeSet<String>) -> (bool, Option<String>) {
    let mut current: Option<String> = None;
    for line in events.lines() {
        let mut fields = line.splitn(3, '\t');
        let (kind, id, detail) = (fields.next().unwrap_or(""), fields.next().unwrap_or("").to_owned(), fields.next().unwrap_or("").to_owned());
        let outcome = match kind {
            "done" => return (true, None),
            "start" => {
                skip.insert(id.clone());
                current = Some(id);
                continue;
            }
            "end" => {
                current = None;
                continue;
            }
            "load-error" => {
                run.load_errors.push((id, detail));
                continue;
            }
            "pass" => Outcome::Pass,
            "fail" => Outcome::Fail(detail),
            "error" => Outcome::Error(detail),
            "skip" => Outcome::Skip(detail),
            _ => continue,
        };
        skip.insert(id.clone());
        // The first failure of a test is the one to report; a later `pass` cannot undo it.
        let entry = run.outcomes.entry(id).or_insert(Outcome::Pass);
        if *entry == Outcome::Pass {
            *entry = outcome;
        }
    }
    (false, current)
}

fn describe_stop(end: &End, stderr: &[u8]) -> String {
    let stderr = String::from_utf8_lossy(stderr);
    if let Some(at) = stderr.find("panicked at") {
        let mut lines = stderr[at..].lines();
        let place = lines.next().unwrap_or("").trim_end_matches(':');
        let message = lines.next().unwrap_or("").trim();
        return format!("Rust panic ({place}: {message})");
    }
    match end {
        End::Stalled(d) => format!("no progress for {} s (killed)", d.as_secs()),
        End::OutOfTime => "module timeout (killed)".into(),
        End::Exited(status) => {
            let last = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
            match status.code() {
                Some(code) => format!("exit status {code} ({last})"),
                None => format!("{status} ({last})"),
            }
        }
    }
}

fn compare(name: &str, tests: &[&str], cpython: &ModuleRun, pygmy: &ModuleRun) -> ModuleReport {
    let mut report = ModuleReport {
        module: name.to_owned(),
        test_modules: tests.iter().map(|t| t.trim_start_matches("test.").to_owned()).collect(),
        cpython_passed: 0,
        pygmy_passed: 0,
        pygmy_skipped: 0,
        load_errors: pygmy.load_errors.clone(),
        stops: pygmy.stops.clone(),
        cpython_stops: cpython.stops.clone(),
        pygmy_seconds: pygmy.seconds,
        not_passing: BTreeMap::new(),
        other_modes: Vec::new(),
    };
    for (id, outcome) in &cpython.outcomes {
        if *outcome != Outcome::Pass {
            continue;
        }
        report.cpython_passed += 1;
        match pygmy.outcomes.get(id) {
            Some(Outcome::Pass) => report.pygmy_passed += 1,
            Some(other) => {
                if matches!(other, Outcome::Skip(_)) {
                    report.pygmy_skipped += 1;
                }
                report.not_passing.insert(id.clone(), other.clone());
            }
            None => {
                report.not_passing.insert(id.clone(), Outcome::Crash("not run".into()));
            }
        }
    }
    report
}

/// A later JIT mode's `run` against the first mode's, `first`.
fn compare_mode(jit: JitMode, cpython: &ModuleRun, first: &ModuleRun, run: ModuleRun) -> ModeReport {
    let not_run = Outcome::Crash("not run".into());
    let ids: BTreeSet<&String> = first.outcomes.keys().chain(run.outcomes.keys()).collect();
    let (mut differences, mut message_differences) = (BTreeMap::new(), BTreeMap::new());
    for id in ids {
        let (a, b) = (first.outcomes.get(id).unwrap_or(&not_run), run.outcomes.get(id).unwrap_or(&not_run));
        if std::mem::discriminant(a) != std::mem::discriminant(b) {
            differences.insert(id.clone(), (a.clone(), b.clone()));
        } else if without_addresses(a) != without_addresses(b) {
            message_differences.insert(id.clone(), (a.clone(), b.clone()));
        }
    }
    let passed = cpython.outcomes.iter().filter(|(id, o)| **o == Outcome::Pass && run.outcomes.get(*id) == Some(&Outcome::Pass)).count();
    let mut stops = run.load_errors.iter().map(|(module, line)| format!("does not import: {module}: {line}")).collect::<Vec<_>>();
    stops.extend(run.stops);
    ModeReport { jit, passed, stops, seconds: run.seconds, differences, message_differences }
}

/// An outcome's last line with every `0x…` hex number (an object's address in a repr) masked:
/// where objects land in memory is not the JIT's to keep.
fn without_addresses(outcome: &Outcome) -> String {
    let line = match outcome {
        Outcome::Pass => return String::new(),
        Outcome::Fail(l) | Outcome::Error(l) | Outcome::Skip(l) | Outcome::Crash(l) => l,
    };
    crate::process::mask_addresses(line)
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "-".into()
    } else {
        format!("{:.1}", 100.0 * part as f64 / whole as f64)
    }
}

/// The per-module table of the first pygmy runner (`runner`: its column's heading).
fn print_table(report: &Report, runner: &str) {
    println!();
    let w = runner.len().max(6);
    println!("{:<13} {:>7} {runner:>w$} {:>6} {:>6} {:>5}  notes", "module", "CPython", "%", "skips", "s");
    for m in &report.modules {
        let mut notes = Vec::new();
        for (module, line) in m.load_errors.iter().take(2) {
            notes.push(format!("does not import: {module}: {line}"));
        }
        if m.load_errors.len() > 2 {
            notes.push(format!("{} more load errors", m.load_errors.len() - 2));
        }
        if !m.stops.is_empty() {
            notes.push(format!("{} stop(s), first: {}", m.stops.len(), m.stops[0]));
        }
        if !m.cpython_stops.is_empty() {
            notes.push(format!("CPython stopped: {}", m.cpython_stops.join("; ")));
        }
        println!(
            "{:<13} {:>7} {:>w$} {:>6} {:>6} {:>5.0}  {}",
            m.module,
            m.cpython_passed,
            m.pygmy_passed,
            percent(m.pygmy_passed, m.cpython_passed),
            m.pygmy_skipped,
            m.pygmy_seconds,
            notes.join("; ")
        );
    }
    println!(
        "total: {} of the {} tests CPython {} passes pass under {runner} ({} %), {}, commit {}",
        report.pygmy_passed,
        report.cpython_passed,
        report.cpython,
        percent(report.pygmy_passed, report.cpython_passed),
        report.date,
        report.commit
    );
}

/// With several JIT modes: each later mode's passes per module, then every test whose outcome
/// differs from the first mode's, with both outcomes, then those whose last line differs.
fn print_modes(report: &Report) {
    let Some((first, later)) = report.jit.split_first() else { return };
    if later.is_empty() {
        return;
    }
    println!("\nJIT modes against PYGMY_JIT={} (passes of CPython's passes; tests whose outcome differs):", first.name());
    print!("{:<13} {:>7} {:>6}", "module", "CPython", first.name());
    for mode in later {
        print!(" {:>6} {:>6}", mode.name(), "differ");
    }
    println!("  notes");
    for m in &report.modules {
        print!("{:<13} {:>7} {:>6}", m.module, m.cpython_passed, m.pygmy_passed);
        let mut notes = Vec::new();
        for other in &m.other_modes {
            print!(" {:>6} {:>6}", other.passed, other.differences.len());
            if !other.message_differences.is_empty() {
                notes.push(format!("{}: {} with another last line", other.jit.name(), other.message_differences.len()));
            }
            if let Some(stop) = other.stops.first() {
                notes.push(format!("{}: {} stop(s), first: {stop}", other.jit.name(), other.stops.len()));
            }
        }
        println!("  {}", notes.join("; "));
    }
    let list = |title: String, pick: fn(&ModeReport) -> &BTreeMap<String, (Outcome, Outcome)>| {
        let all: Vec<_> = report.modules.iter().flat_map(|m| m.other_modes.iter().flat_map(move |o| pick(o).iter().map(move |d| (o.jit, d)))).collect();
        println!("{} {title}", all.len());
        for (mode, (id, (a, b))) in all {
            println!("  {id}\n      {}: {}\n      {}: {}", first.name(), describe(a), mode.name(), describe(b));
        }
    };
    list(format!("test outcome(s) differ from PYGMY_JIT={}", first.name()), |o| &o.differences);
    list(format!("test(s) end as with PYGMY_JIT={} but with another last line", first.name()), |o| &o.message_differences);
}

fn describe(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Pass => "pass".into(),
        Outcome::Fail(l) => format!("fail: {}", shorten(l)),
        Outcome::Error(l) => format!("error: {}", shorten(l)),
        Outcome::Skip(l) => format!("skipped: {}", shorten(l)),
        Outcome::Crash(l) => format!("crash: {}", shorten(l)),
    }
}

/// The last lines that most tests fail with, across modules: where fixing one thing pays most.
fn print_commonest_failures(report: &Report, top: usize) {
    let mut counts: BTreeMap<String, (usize, BTreeSet<&str>)> = BTreeMap::new();
    for m in &report.modules {
        for outcome in m.not_passing.values() {
            let line = match outcome {
                Outcome::Pass => continue,
                Outcome::Fail(l) => format!("fail: {}", shorten(l)),
                Outcome::Error(l) => shorten(l),
                Outcome::Skip(l) => format!("skipped: {}", shorten(l)),
                Outcome::Crash(l) => format!("crash: {}", shorten(l)),
            };
            let entry = counts.entry(line).or_default();
            entry.0 += 1;
            entry.1.insert(&m.module);
        }
    }
    let mut ranked: Vec<_> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then_with(|| a.0.cmp(&b.0)));
    if ranked.is_empty() || top == 0 {
        return;
    }
    println!("\ncommonest reasons (tests: last line [modules]):");
    for (line, (n, modules)) in ranked.into_iter().take(top) {
        println!("{n:>5}  {line}  [{}]", modules.into_iter().collect::<Vec<_>>().join(", "));
    }
}

fn shorten(line: &str) -> String {
    crate::process::shorten(line, 140)
}

/// The first line a command prints, or `?`.
fn command_line(program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .current_dir(project_root())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .and_then(|o| String::from_utf8_lossy(&o.stdout).lines().next().map(str::to_owned))
        .unwrap_or_else(|| "?".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(outcomes: &[(&str, Outcome)]) -> ModuleRun {
        ModuleRun { outcomes: outcomes.iter().map(|(id, o)| (id.to_string(), o.clone())).collect(), ..ModuleRun::default() }
    }

    #[test]
    fn addresses_do_not_count_as_a_difference() {
        let a = Outcome::Fail("<C object at 0x1476c78> is not <C object at 0xd2f990>".into());
        let b = Outcome::Fail("<C object at 0x1375450> is not <C object at 0x0>".into());
        assert_eq!(without_addresses(&a), without_addresses(&b));
        assert_ne!(without_addresses(&Outcome::Fail("1 != 2".into())), without_addresses(&Outcome::Fail("1 != 3".into())));
    }

    #[test]
    fn outcomes_and_last_lines_are_told_apart() {
        let cpython = run(&[("t.pass", Outcome::Pass), ("t.fail", Outcome::Pass), ("t.time", Outcome::Pass), ("t.gone", Outcome::Pass)]);
        let off = run(&[("t.pass", Outcome::Pass), ("t.fail", Outcome::Pass), ("t.time", Outcome::Fail("0.11 not less than 0.1".into())), ("t.gone", Outcome::Pass)]);
        let eager = run(&[("t.pass", Outcome::Pass), ("t.fail", Outcome::Error("KeyError: 'a'".into())), ("t.time", Outcome::Fail("0.12 not less than 0.1".into()))]);
        let report = compare_mode(JitMode::Eager, &cpython, &off, eager);
        assert_eq!(report.passed, 1);
        assert_eq!(report.differences.keys().collect::<Vec<_>>(), ["t.fail", "t.gone"]);
        assert_eq!(report.differences["t.gone"].1, Outcome::Crash("not run".into()));
        assert_eq!(report.message_differences.keys().collect::<Vec<_>>(), ["t.time"]);
    }
}
