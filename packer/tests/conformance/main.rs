//! The conformance suite: every `tests/py/<area>/<name>.py` is run with `pygmy run` and its
//! stdout, exit status and last stderr line are compared with what CPython 3.11 printed (the
//! blessed `.out`/`.rc`/`.err` files beside it). `tests/known-failures.toml` lists the tests
//! expected to fail; a listed test that passes fails the run, so the list only shrinks.
//!
//! Environment:
//! - `PYGMY_TEST_FILTER=substr`    run only tests whose `area/name` contains `substr`
//!   (and show the diffs of known failures among them too; `/` selects every test);
//! - `PYGMY_UPDATE_KNOWN_FAILURES=1` rewrite known-failures.toml with the current failures
//!   (reasons kept; new and untriaged entries get "TODO: triage (symptom)");
//! - `PYGMY_RUNNER="node dist/pygmy.mjs"` the command that runs a program (words split on
//!   spaces, paths relative to the repository root; default: this build's `pygmy run`);
//! - `PYGMY_KNOWN_FAILURES=path`   another known-failures file (e.g. one per runner);
//! - `PYGMY_TEST_TIMEOUT=secs`     per-test limit (default 20), `PYGMY_TEST_JOBS=n` (default 2).

#[path = "../common/mod.rs"]
mod common;
mod diff;
mod known_failures;
mod process;

use common::{Expected, Program};
use process::{Outcome, Run};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// Changed lines shown per failing test.
const DIFF_LINES: usize = 20;
/// How an update marks the reason of a test that is newly failing.
const UNTRIAGED: &str = "TODO: triage";
/// stderr lines shown per failing test.
const STDERR_TAIL: usize = 8;

/// Writes straight to the process's stderr: libtest captures `eprintln!` of passing tests,
/// but progress and the pass-rate line should always be seen.
fn say(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.write_all(b"\n");
}

struct Config {
    runner: Vec<String>,
    filter: Option<String>,
    timeout: Duration,
    jobs: usize,
    known_failures: PathBuf,
    update: bool,
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn env_number(name: &str, default: u64) -> u64 {
    env(name).map_or(default, |v| v.trim().parse().unwrap_or_else(|_| panic!("{name}={v:?} is not a number")))
}

impl Config {
    fn from_env(root: &Path) -> Config {
        let mut runner: Vec<String> = match env("PYGMY_RUNNER") {
            Some(cmd) => cmd.split_whitespace().map(str::to_string).collect(),
            None => vec![env!("CARGO_BIN_EXE_pygmy").to_string(), "run".to_string()],
        };
        assert!(!runner.is_empty(), "PYGMY_RUNNER is blank; unset it or give a command such as `node dist/pygmy.mjs`");
        // A relative program path is taken from the repository root, where tests run.
        if runner[0].contains('/') && Path::new(&runner[0]).is_relative() {
            runner[0] = root.join(&runner[0]).to_string_lossy().into_owned();
        }
        Config {
            runner,
            filter: env("PYGMY_TEST_FILTER"),
            timeout: Duration::from_secs(env_number("PYGMY_TEST_TIMEOUT", 20).max(1)),
            jobs: env_number("PYGMY_TEST_JOBS", 2).max(1) as usize,
            known_failures: root.join(env("PYGMY_KNOWN_FAILURES").unwrap_or_else(|| "tests/known-failures.toml".into())),
            update: env("PYGMY_UPDATE_KNOWN_FAILURES").is_some_and(|v| v != "0"),
        }
    }
}

/// Why a test did not behave like CPython.
struct Failure {
    /// One line: "stdout differs; exit status 1, expected 0".
    summary: String,
    /// The first thing that went wrong, short enough for a known-failures.toml reason:
    /// "hangs", "exit status 1: NameError: name 'x' is not defined", "stdout differs from line 7".
    symptom: String,
    /// The diff, stderr lines, etc., indented for the report.
    details: String,
}

#[test]
fn conformance() {
    let root = common::repo_root();
    let config = Config::from_env(&root);
    let all = common::programs(&root);
    let programs: Vec<Program> = match &config.filter {
        Some(f) => all.iter().filter(|p| p.name.contains(f.as_str())).cloned().collect(),
        None => all.clone(),
    };
    assert!(!programs.is_empty(), "no test programs match PYGMY_TEST_FILTER={:?}", config.filter);
    let known = known_failures::load(&config.known_failures).unwrap_or_else(|e| panic!("{e}"));
    say(&format!(
        "conformance: running {} program(s) with `{}`, {} at a time, {} s limit each",
        programs.len(),
        config.runner.join(" "),
        config.jobs.min(programs.len()),
        config.timeout.as_secs()
    ));

    let results = run_all(&root, &config, &programs, &known);

    let mut unexpected: Vec<String> = Vec::new();
    let (mut passed, mut known_failed) = (0, 0);
    // (name, symptom) of every failing test: what an update writes as a new entry's reason.
    let mut failing: Vec<(String, String)> = Vec::new();
    for (program, (result, elapsed)) in programs.iter().zip(&results) {
        let listed = known.get(&program.name);
        match (result, listed) {
            (None, None) => {
                passed += 1;
                if *elapsed > config.timeout / 2 {
                    say(&format!("slow: {} passed in {:.1} s (limit {} s): under load it may time out", program.name, elapsed.as_secs_f64(), config.timeout.as_secs()));
                }
            }
            (None, Some(_)) => {
                passed += 1;
                unexpected.push(program.name.clone());
                say(&format!("PASS (unexpected) {}: now passes: remove it from known-failures.toml", program.name));
            }
            (Some(failure), Some(reason)) => {
                known_failed += 1;
                failing.push((program.name.clone(), failure.symptom.clone()));
                if config.filter.is_some() {
                    say(&format!("FAIL (known: {reason}) {}: {}\n{}", program.name, failure.summary, failure.details));
                }
            }
            (Some(failure), None) => {
                failing.push((program.name.clone(), failure.symptom.clone()));
                unexpected.push(program.name.clone());
                say(&format!("FAIL {}: {}\n{}", program.name, failure.summary, failure.details));
            }
        }
    }
    if config.filter.is_none() {
        for name in known.keys().filter(|name| !all.iter().any(|p| &p.name == *name)) {
            unexpected.push(name.clone());
            say(&format!("STALE {name}: listed in known-failures.toml, but there is no tests/py/{name}.py"));
        }
    }
    let mut times: Vec<(Duration, &str)> =
        programs.iter().zip(&results).filter(|(_, (r, _))| r.is_none()).map(|(p, (_, t))| (*t, p.name.as_str())).collect();
    times.sort_by(|a, b| b.cmp(a));
    if !times.is_empty() {
        let slowest: Vec<String> = times.iter().take(3).map(|(t, n)| format!("{n} {:.1} s", t.as_secs_f64())).collect();
        say(&format!("slowest passing tests: {} (limit {} s)", slowest.join(", "), config.timeout.as_secs()));
    }
    say(&format!("conformance: {passed}/{} passed, {known_failed} known failures", programs.len()));

    if config.update {
        update_known_failures(&config, &programs, &known, &failing);
        return;
    }
    if !unexpected.is_empty() {
        panic!(
            "{} unexpected result(s): {}\n(an intended change? PYGMY_UPDATE_KNOWN_FAILURES=1 cargo test -p packer --test conformance rewrites {})",
            unexpected.len(),
            unexpected.join(", "),
            config.known_failures.display()
        );
    }
}

/// Runs every program on `config.jobs` threads; results come back in the order of `programs`.
fn run_all(root: &Path, config: &Config, programs: &[Program], known: &known_failures::KnownFailures) -> Vec<(Option<Failure>, Duration)> {
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let unexpected = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<(Option<Failure>, Duration)>>> = programs.iter().map(|_| Mutex::new(None)).collect();
    let progress_every = (programs.len() / 10).max(25);
    std::thread::scope(|scope| {
        for _ in 0..config.jobs.min(programs.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(program) = programs.get(i) else { break };
                let result = run_one(root, config, program);
                if result.0.is_some() != known.contains_key(&program.name) {
                    unexpected.fetch_add(1, Ordering::Relaxed);
                }
                *slots[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(result);
                let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                if n % progress_every == 0 && n < programs.len() {
                    say(&format!("conformance: {n}/{} run, {} unexpected so far", programs.len(), unexpected.load(Ordering::Relaxed)));
                }
            });
        }
    });
    slots
        .into_iter()
        .map(|slot| {
            let died = "the worker thread died".to_string();
            let missing = (Some(Failure { summary: died.clone(), symptom: died, details: String::new() }), Duration::ZERO);
            slot.into_inner().unwrap_or_else(|e| e.into_inner()).unwrap_or(missing)
        })
        .collect()
}

fn run_one(root: &Path, config: &Config, program: &Program) -> (Option<Failure>, Duration) {
    let expected = match Expected::load(root, program) {
        Ok(expected) => expected,
        Err(e) => return (Some(Failure { summary: "no expected output".into(), symptom: "not blessed".into(), details: format!("    {e}") }), Duration::ZERO),
    };
    let mut cmd = Command::new(&config.runner[0]);
    cmd.args(&config.runner[1..]).arg(&program.path).current_dir(root);
    match process::run(&mut cmd, config.timeout) {
        Ok(run) => (judge(&expected, &run, program, config), run.elapsed),
        Err(e) => (Some(Failure { symptom: e.clone(), summary: e, details: String::new() }), Duration::ZERO),
    }
}

/// `None` when the run matches CPython's; otherwise what differs.
fn judge(expected: &Expected, run: &Run, program: &Program, config: &Config) -> Option<Failure> {
    let mut problems = Vec::new();
    let mut details = String::new();
    let stdout = String::from_utf8_lossy(&run.stdout);
    let stderr = String::from_utf8_lossy(&run.stderr);
    let last = common::last_line(&stderr);
    match run.outcome {
        Outcome::TimedOut => problems.push(format!(
            "timed out after {} s and was killed (PYGMY_TEST_TIMEOUT=secs raises the limit)",
            config.timeout.as_secs()
        )),
        // An uncaught KeyboardInterrupt ends CPython by SIGINT: blessed as status -2.
        Outcome::Signalled(2) if expected.status == -2 => {}
        Outcome::Signalled(sig) => problems.push(format!("killed by signal {sig} (a crash)")),
        Outcome::Exited(code) if code != expected.status => problems.push(format!("exit status {code}, expected {}", expected.status)),
        Outcome::Exited(_) => {}
    }
    if run.overflowed {
        problems.push(format!("output cut off at {} MiB (printing forever?)", process::MAX_CAPTURE >> 20));
    }
    if run.pipes_left_open {
        problems.push("stdout/stderr stayed open after the process ended (a child process still running?)".into());
    }
    if run.stdout != expected.stdout {
        problems.push("stdout differs".into());
    }
    // A killed run's stdout is whatever got flushed; a diff against nothing is noise.
    let timed_out_silent = matches!(run.outcome, Outcome::TimedOut) && run.stdout.is_empty();
    if run.stdout != expected.stdout && !timed_out_silent {
        let want = String::from_utf8_lossy(&expected.stdout);
        details += &format!("    --- expected stdout ({})\n    +++ actual stdout\n", program.path.with_extension("out").display());
        for line in diff::unified(&want, &stdout, DIFF_LINES).lines() {
            details += &format!("    {line}\n");
        }
    }
    let exited_as_expected = matches!(run.outcome, Outcome::Exited(code) if code == expected.status);
    if expected.status != 0 && exited_as_expected && last != expected.last_stderr_line {
        problems.push("last stderr line differs".into());
        details += &format!("    expected last stderr line: {:?}\n    actual last stderr line:   {last:?}\n", expected.last_stderr_line);
    }
    if problems.is_empty() {
        return None;
    }
    let lines: Vec<&str> = stderr.lines().collect();
    if !lines.is_empty() {
        let tail = &lines[lines.len().saturating_sub(STDERR_TAIL)..];
        details += &format!("    stderr (last {} of {} lines):\n", tail.len(), lines.len());
        for line in tail {
            details += &format!("    | {line}\n");
        }
    }
    let symptom = symptom(expected, run, last);
    Some(Failure { summary: problems.join("; "), symptom, details: details.trim_end().to_string() })
}

/// One short line saying what went wrong first.
fn symptom(expected: &Expected, run: &Run, last_stderr_line: &str) -> String {
    let mut last = last_stderr_line.trim().to_string();
    if last.chars().count() > 100 {
        last = last.chars().take(100).collect::<String>() + "…";
    }
    match run.outcome {
        Outcome::TimedOut => return "hangs: killed at the time limit".into(),
        Outcome::Signalled(2) if expected.status == -2 => {}
        Outcome::Signalled(sig) => return format!("crashes (signal {sig})"),
        Outcome::Exited(code) if code != expected.status => return format!("exit status {code}: {last}").trim_end_matches([' ', ':']).to_string(),
        Outcome::Exited(_) => {}
    }
    let first_diff = run.stdout.split(|&b| b == b'\n').zip(expected.stdout.split(|&b| b == b'\n')).take_while(|(a, b)| a == b).count();
    if run.stdout != expected.stdout {
        return format!("stdout differs from line {}", first_diff + 1);
    }
    format!("last stderr line: {last}")
}

fn update_known_failures(config: &Config, programs: &[Program], known: &known_failures::KnownFailures, failing: &[(String, String)]) {
    let selected = |name: &str| programs.iter().any(|p| p.name == name);
    let all = common::programs(&common::repo_root());
    let mut updated = known_failures::KnownFailures::new();
    // Entries outside the filtered selection are kept as they are (if the test still exists).
    for (name, reason) in known {
        if !selected(name) && all.iter().any(|p| &p.name == name) {
            updated.insert(name.clone(), reason.clone());
        }
    }
    for (name, symptom) in failing {
        // Hand-written reasons stay; untriaged ones are refreshed with today's symptom.
        let reason = match known.get(name) {
            Some(reason) if !reason.starts_with(UNTRIAGED) => reason.clone(),
            _ => format!("{UNTRIAGED} ({symptom})"),
        };
        updated.insert(name.clone(), reason);
    }
    let added = updated.keys().filter(|k| !known.contains_key(*k)).count();
    let removed = known.keys().filter(|k| !updated.contains_key(*k)).count();
    known_failures::store(&config.known_failures, &updated).unwrap_or_else(|e| panic!("{e}"));
    say(&format!(
        "updated {}: {} entries ({added} added, {removed} removed)",
        config.known_failures.display(),
        updated.len()
    ));
}
