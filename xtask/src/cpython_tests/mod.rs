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

use crate::{files, project_root, python, target_dir};
use anyhow::{bail, Context, Result};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
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
    /// Seconds a test may run without finishing before its process is killed
    #[arg(long, default_value_t = 30)]
    test_timeout: u64,
    /// Seconds one module's tests may take in all, restarts included
    #[arg(long, default_value_t = 240)]
    module_timeout: u64,
    /// How many test processes to run at once (default: the number of CPUs)
    #[arg(long, short)]
    jobs: Option<usize>,
    /// The pygmy binary to test (default: `cargo build --release -p packer`'s)
    #[arg(long)]
    pygmy: Option<PathBuf>,
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

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
enum Runner {
    Cpython,
    Pygmy,
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
}

#[derive(Serialize)]
struct Report {
    date: String,
    commit: String,
    cpython: String,
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
    let pygmy = match &args.pygmy {
        Some(p) => std::fs::canonicalize(p).with_context(|| format!("{} does not exist", p.display()))?,
        None => crate::bench::build_release_pygmy()?,
    };
    let python = python::executable()?;
    let scratch = target_dir().join("cpython-tests");
    let driver = project_root().join("xtask/src/cpython_tests/driver.py");
    let limits = Limits { test: Duration::from_secs(args.test_timeout), module: Duration::from_secs(args.module_timeout) };

    // Interleave the runners so the slow pygmy runs start early.
    let mut work: Vec<(usize, Runner)> = Vec::new();
    for i in 0..selected.len() {
        work.push((i, Runner::Pygmy));
        work.push((i, Runner::Cpython));
    }
    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())).clamp(1, work.len());
    eprintln!("{} module(s) under CPython {cpython_version} and {} ({jobs} at a time), tests from {}", selected.len(), pygmy.display(), lib.join("test").display());
    let queue = Mutex::new(work.into_iter().rev().collect::<Vec<_>>());
    let results: Mutex<BTreeMap<(usize, Runner), ModuleRun>> = Mutex::new(BTreeMap::new());
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| loop {
                let Some((i, runner)) = queue.lock().unwrap().pop() else { break };
                let (name, tests) = selected[i];
                let program = match runner {
                    Runner::Cpython => Program { exe: &python, args: &[] },
                    Runner::Pygmy => Program { exe: &pygmy, args: &["run"] },
                };
                let dir = scratch.join(match runner {
                    Runner::Cpython => "cpython",
                    Runner::Pygmy => "pygmy",
                });
                let run = run_module(&program, &driver, tests, &dir.join(name), &limits).unwrap_or_else(|e| ModuleRun { stops: vec![format!("could not run: {e:#}")], ..ModuleRun::default() });
                if runner == Runner::Pygmy {
                    let passed = run.outcomes.values().filter(|o| **o == Outcome::Pass).count();
                    eprintln!("  {name}: pygmy passed {passed} in {:.0} s{}", run.seconds, if run.stops.is_empty() { String::new() } else { format!(", {} stop(s)", run.stops.len()) });
                }
                results.lock().unwrap().insert((i, runner), run);
            });
        }
    });
    let mut results = results.into_inner().unwrap();

    let mut modules = Vec::new();
    for (i, (name, tests)) in selected.iter().enumerate() {
        let cpython = results.remove(&(i, Runner::Cpython)).unwrap_or_default();
        let pygmy = results.remove(&(i, Runner::Pygmy)).unwrap_or_default();
        modules.push(compare(name, tests, cpython, pygmy));
    }
    let report = Report {
        date: command_line("date", &["-u", "+%Y-%m-%d %H:%M UTC"]),
        commit: command_line("git", &["rev-parse", "--short", "HEAD"]),
        cpython: cpython_version,
        cpython_passed: modules.iter().map(|m| m.cpython_passed).sum(),
        pygmy_passed: modules.iter().map(|m| m.pygmy_passed).sum(),
        modules,
    };
    print_table(&report);
    print_commonest_failures(&report, args.top);
    if let Some(path) = &args.json {
        let text = serde_json::to_string_pretty(&report)? + "\n";
        files::write_if_changed(path, text.as_bytes())?;
        eprintln!("wrote {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
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

struct Program<'a> {
    exe: &'a Path,
    args: &'a [&'a str],
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
        let mut cmd = Command::new(program.exe);
        python::clean_env(&mut cmd);
        cmd.args(program.args)
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

fn compare(name: &str, tests: &[&str], cpython: ModuleRun, pygmy: ModuleRun) -> ModuleReport {
    let mut report = ModuleReport {
        module: name.to_owned(),
        test_modules: tests.iter().map(|t| t.trim_start_matches("test.").to_owned()).collect(),
        cpython_passed: 0,
        pygmy_passed: 0,
        pygmy_skipped: 0,
        load_errors: pygmy.load_errors,
        stops: pygmy.stops,
        cpython_stops: cpython.stops,
        pygmy_seconds: pygmy.seconds,
        not_passing: BTreeMap::new(),
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

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        "-".into()
    } else {
        format!("{:.1}", 100.0 * part as f64 / whole as f64)
    }
}

fn print_table(report: &Report) {
    println!();
    println!("{:<13} {:>7} {:>6} {:>6} {:>6} {:>5}  notes", "module", "CPython", "pygmy", "%", "skips", "s");
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
            "{:<13} {:>7} {:>6} {:>6} {:>6} {:>5.0}  {}",
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
        "total: {} of the {} tests CPython {} passes pass under pygmy ({} %), {}, commit {}",
        report.pygmy_passed,
        report.cpython_passed,
        report.cpython,
        percent(report.pygmy_passed, report.cpython_passed),
        report.date,
        report.commit
    );
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
    let mut s: String = line.chars().take(140).collect();
    if s.len() < line.len() {
        s.push('…');
    }
    s
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
