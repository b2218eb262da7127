//! `cargo xtask bless [PATH…]`: regenerate the expected outputs of tests/py programs with the
//! real CPython 3.11.
//!
//! Each program runs as `python3 tests/py/<area>/<name>.py` from the repository root, twice
//! (`PYTHONHASHSEED=0` and `=1`); stdout, exit status and the last stderr line must agree, or
//! the program is reported as unstable and nothing is written for it. Writes `<name>.out`, and
//! `<name>.err` (last stderr line, as `tail -n 1`) plus `<name>.rc` only when the status is
//! non-zero; stale `.err`/`.rc` files are deleted.

use crate::{files, process, project_root, python};
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

#[derive(clap::Args)]
pub struct Args {
    /// Test programs or directories under tests/py (default: all of tests/py)
    paths: Vec<PathBuf>,
    /// Write nothing; fail if any expected output differs from what CPython prints now
    #[arg(long)]
    check: bool,
    /// How many CPython processes to run at once (default: the number of CPUs)
    #[arg(long, short)]
    jobs: Option<usize>,
}

/// A CPython run longer than this is a broken test, not a slow one.
const TIMEOUT: Duration = Duration::from_secs(60);

/// What CPython did with one program: the contents of its expectation files.
#[derive(PartialEq, Eq)]
struct Outcome {
    stdout: Vec<u8>,
    status: i32,
    last_stderr_line: Vec<u8>,
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let version = python::check_cpython_311()?;
    let root = project_root();
    let cwd = std::env::current_dir().context("reading the current directory")?;
    let mut programs = Vec::new();
    if args.paths.is_empty() {
        programs = files::test_programs(&root, &root.join("tests/py"))?;
    }
    for path in &args.paths {
        programs.extend(files::test_programs(&root, &cwd.join(path))?);
    }
    programs.sort();
    programs.dedup();
    if programs.is_empty() {
        bail!("no test programs found");
    }
    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())).clamp(1, programs.len());
    eprintln!("running {} program(s) twice with CPython {version} ({jobs} at a time)", programs.len());

    let results = run_all(&root, &programs, jobs);
    let (mut changed, mut unstable, mut stale) = (0, 0, 0);
    for (program, result) in programs.iter().zip(results) {
        let outcome = match result {
            Ok(outcome) => outcome,
            Err(why) => {
                eprintln!("UNSTABLE or broken: {}: {why}", program.display());
                unstable += 1;
                continue;
            }
        };
        let base = root.join(program).with_extension("");
        if args.check {
            let differs = expectation_differs(&base, &outcome)?;
            if !differs.is_empty() {
                eprintln!("out of date: {} ({})", program.display(), differs.join(", "));
                stale += 1;
            }
        } else {
            let written = write_expectations(&base, &outcome)?;
            if !written.is_empty() {
                println!("blessed {} ({}): {}", program.display(), describe(&outcome), written.join(", "));
                changed += 1;
            }
        }
    }
    let total = programs.len();
    if args.check {
        println!("bless --check: {} of {total} program(s) up to date, {stale} out of date, {unstable} unstable", total - stale - unstable);
    } else {
        println!("blessed {} program(s): {changed} changed, {unstable} unstable", total - unstable);
    }
    if unstable > 0 || stale > 0 {
        if stale > 0 {
            eprintln!("run `cargo xtask bless` to update the expected outputs");
        }
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs every program on `jobs` threads; results come back in the order of `programs`.
fn run_all(root: &Path, programs: &[PathBuf], jobs: usize) -> Vec<Result<Outcome, String>> {
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<Result<Outcome, String>>>> = programs.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..jobs.min(programs.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(program) = programs.get(i) else { break };
                let result = bless_one(root, program);
                if let Ok(mut slot) = results[i].lock() {
                    *slot = Some(result);
                }
            });
        }
    });
    results
        .into_iter()
        .map(|slot| slot.into_inner().ok().flatten().unwrap_or_else(|| Err("worker thread failed".into())))
        .collect()
}

/// Runs one program under both hash seeds and checks that the two runs agree.
fn bless_one(root: &Path, program: &Path) -> Result<Outcome, String> {
    let first = run_once(root, program, "0")?;
    let second = run_once(root, program, "1")?;
    if first == second {
        return Ok(first);
    }
    let mut why = String::from("output differs between PYTHONHASHSEED=0 and =1");
    if first.status != second.status {
        why += &format!("\n  exit status {} vs {}", first.status, second.status);
    }
    if first.last_stderr_line != second.last_stderr_line {
        why += &format!(
            "\n  last stderr line {:?} vs {:?}",
            String::from_utf8_lossy(&first.last_stderr_line),
            String::from_utf8_lossy(&second.last_stderr_line)
        );
    }
    let (a, b) = (String::from_utf8_lossy(&first.stdout), String::from_utf8_lossy(&second.stdout));
    if let Some((n, (x, y))) = a.lines().zip(b.lines()).enumerate().find(|(_, (x, y))| x != y) {
        why += &format!("\n  stdout line {}: {x:?} vs {y:?}", n + 1);
    } else if a != b {
        why += &format!("\n  stdout has {} vs {} lines", a.lines().count(), b.lines().count());
    }
    Err(why)
}

fn run_once(root: &Path, program: &Path, seed: &str) -> Result<Outcome, String> {
    let mut cmd = python::command();
    cmd.arg(program).current_dir(root).env("PYTHONHASHSEED", seed);
    let finished = process::run_captured(&mut cmd, TIMEOUT).map_err(|e| format!("{e:#}"))?;
    let status = finished.exit_code().map_err(|why| format!("CPython {why} (PYTHONHASHSEED={seed})"))?;
    let last_stderr_line = process::last_line(&finished.stderr).to_vec();
    Ok(Outcome { stdout: finished.stdout, status, last_stderr_line })
}

/// The expectation files for `outcome`: `(extension, Some(contents))` to write, `None` to delete.
fn expectation_files(outcome: &Outcome) -> [(&'static str, Option<Vec<u8>>); 3] {
    let failed = outcome.status != 0;
    [
        ("out", Some(outcome.stdout.clone())),
        ("err", failed.then(|| outcome.last_stderr_line.clone())),
        ("rc", failed.then(|| format!("{}\n", outcome.status).into_bytes())),
    ]
}

/// Writes the expectation files; returns what changed (e.g. `["wrote .out", "deleted .rc"]`).
fn write_expectations(base: &Path, outcome: &Outcome) -> Result<Vec<String>> {
    let mut changed = Vec::new();
    for (ext, contents) in expectation_files(outcome) {
        let path = base.with_extension(ext);
        match contents {
            Some(bytes) => {
                if files::write_if_changed(&path, &bytes)? {
                    changed.push(format!("wrote .{ext}"));
                }
            }
            None => {
                if files::remove_if_present(&path)? {
                    changed.push(format!("deleted .{ext}"));
                }
            }
        }
    }
    Ok(changed)
}

/// Which expectation files do not match `outcome` (empty when all do).
fn expectation_differs(base: &Path, outcome: &Outcome) -> Result<Vec<String>> {
    let mut differs = Vec::new();
    for (ext, contents) in expectation_files(outcome) {
        let path = base.with_extension(ext);
        let current = match std::fs::read(&path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
        };
        if current != contents {
            differs.push(match (&current, &contents) {
                (None, _) => format!(".{ext} missing"),
                (_, None) => format!(".{ext} should not exist"),
                _ => format!(".{ext} differs"),
            });
        }
    }
    Ok(differs)
}

fn describe(outcome: &Outcome) -> String {
    let lines = outcome.stdout.iter().filter(|&&b| b == b'\n').count();
    if outcome.status == 0 {
        format!("{lines} lines")
    } else {
        let err = String::from_utf8_lossy(&outcome.last_stderr_line);
        format!("{lines} lines, status {}: {}", outcome.status, err.trim_end())
    }
}
