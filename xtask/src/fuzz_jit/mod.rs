//! `cargo xtask fuzz-jit`: the JIT's differential fuzzer (issue 8). `gen.py` (run by CPython
//! 3.11) writes a program per seed that hammers what the JIT compiles; the program runs under
//! `node DIST/pygmy.mjs` with `PYGMY_JIT=off`, `on` and `eager`, and under CPython.
//!
//! The JIT's contract is that it changes nothing observable, so the interpreter (`off`) is the
//! oracle for `on` and `eager`: stdout, stderr and the exit status must be byte for byte the
//! same (only `0x…` addresses are masked). A program where `off` itself differs from CPython
//! is a VM divergence, not a JIT one, and is reported apart (there CPython's `~~~^^^` caret
//! lines, which pygmy does not print, are left out of the comparison). Diverging programs are
//! kept under `--keep` with all four outputs, and the first few JIT divergences (and, when
//! asked, VM ones) are also reduced (`reduce.rs`), ready to become `tests/py/misc/jit_fuzz_*`
//! tests. Not part of `cargo xtask test`: it takes minutes and finds new things, which is what
//! the tests it leaves behind are for.

mod reduce;

use crate::{files, process, project_root, python, target_dir};
use anyhow::{bail, Context, Result};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(clap::Args)]
pub struct Args {
    /// The first seed
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// How many programs to generate (seeds SEED, SEED+1, …)
    #[arg(long, default_value_t = 100)]
    count: u64,
    /// The dist directory whose pygmy.mjs runs the programs (default: dist/)
    #[arg(long)]
    dist: Option<PathBuf>,
    /// Where diverging programs, their reductions and outputs go (default: <target>/fuzz-jit)
    #[arg(long)]
    keep: Option<PathBuf>,
    /// Programs run at once, each as four processes in a row (default: the number of CPUs)
    #[arg(long, short)]
    jobs: Option<usize>,
    /// Generator features to leave out, comma-separated (e.g. a known bug's): finalizers,
    /// classes, globals, builtins, lists, deletes, exceptions, floats, generators, modules
    #[arg(long, value_delimiter = ',')]
    without: Vec<String>,
    /// Reduce at most this many JIT divergences (a reduction runs the program a few hundred
    /// times: minutes); the others are kept as generated
    #[arg(long, default_value_t = 4)]
    reduce: usize,
    /// Reduce at most this many VM divergences (pygmy off vs CPython)
    #[arg(long, default_value_t = 0)]
    reduce_vm: usize,
    /// Seconds before one run of a program is killed
    #[arg(long, default_value_t = 30)]
    timeout: u64,
    /// Check these programs (and reduce them if they diverge) instead of generated ones
    #[arg(long)]
    program: Vec<PathBuf>,
}

/// The JIT modes checked against the interpreter (`PYGMY_JIT`).
const JIT_MODES: [&str; 2] = ["on", "eager"];

/// What one run left behind, as compared.
#[derive(Clone, PartialEq, Eq)]
struct Outcome {
    stdout: String,
    stderr: String,
    /// The exit status, or why there is none ("timed out", a signal).
    status: Result<i32, String>,
}

impl Outcome {
    fn timed_out(&self) -> bool {
        self.status.as_ref().is_err_and(|e| e == TIMED_OUT)
    }

    /// The outcome as compared with CPython's: without the caret lines CPython 3.11 puts under
    /// a traceback's source lines (pygmy prints none).
    fn for_cpython(&self) -> Outcome {
        let carets = |l: &str| !l.trim().is_empty() && l.trim().chars().all(|c| c == '^' || c == '~');
        let stderr: String = self.stderr.split_inclusive('\n').filter(|l| !carets(l)).collect();
        Outcome { stderr, ..self.clone() }
    }
}

const TIMED_OUT: &str = "timed out";

/// A program's four runs.
struct Runs {
    cpython: Outcome,
    off: Outcome,
    on: Outcome,
    eager: Outcome,
    /// The longest of the four.
    slowest: Duration,
}

impl Runs {
    fn jit(&self, mode: &str) -> &Outcome {
        if mode == "on" {
            &self.on
        } else {
            &self.eager
        }
    }

    /// The JIT modes whose outcome is not the interpreter's.
    fn jit_divergences(&self) -> Vec<&'static str> {
        JIT_MODES.into_iter().filter(|m| *self.jit(m) != self.off).collect()
    }

    fn vm_diverges(&self) -> bool {
        self.off.for_cpython() != self.cpython.for_cpython()
    }
}

/// The programs and the commands that run them.
struct Tools {
    python: PathBuf,
    loader: PathBuf,
    generator: PathBuf,
    without: Vec<String>,
    timeout: Duration,
}

impl Tools {
    fn generate(&self, seed: u64) -> Result<String> {
        let mut cmd = python::command_for(&self.python);
        cmd.arg(&self.generator).arg(seed.to_string());
        if !self.without.is_empty() {
            cmd.arg("--without").arg(self.without.join(","));
        }
        let out = cmd.output().with_context(|| format!("running {}", self.generator.display()))?;
        if !out.status.success() {
            bail!("{} {seed} failed ({}): {}", self.generator.display(), out.status, String::from_utf8_lossy(&out.stderr).trim());
        }
        String::from_utf8(out.stdout).context("the generator printed something that is not UTF-8")
    }

    fn cpython(&self, script: &Path, timeout: Duration) -> Result<(Outcome, Duration)> {
        let mut cmd = python::command_for(&self.python);
        cmd.arg(script).env("PYTHONHASHSEED", "0");
        run_program(cmd, script, timeout)
    }

    fn pygmy(&self, script: &Path, mode: &str, timeout: Duration) -> Result<(Outcome, Duration)> {
        let mut cmd = Command::new("node");
        cmd.arg(&self.loader).arg(script).env("PYGMY_JIT", mode);
        run_program(cmd, script, timeout)
    }

    fn run_all(&self, script: &Path) -> Result<Runs> {
        let (cpython, t0) = self.cpython(script, self.timeout)?;
        let (off, t1) = self.pygmy(script, "off", self.timeout)?;
        let (on, t2) = self.pygmy(script, "on", self.timeout)?;
        let (eager, t3) = self.pygmy(script, "eager", self.timeout)?;
        Ok(Runs { cpython, off, on, eager, slowest: t0.max(t1).max(t2).max(t3) })
    }
}

/// Runs `cmd` (which runs `script`) in the script's directory.
fn run_program(mut cmd: Command, script: &Path, timeout: Duration) -> Result<(Outcome, Duration)> {
    if let Some(dir) = script.parent() {
        cmd.current_dir(dir);
    }
    let f = process::run_captured(&mut cmd, timeout)?;
    let status = match f.status {
        None => Err(TIMED_OUT.to_string()),
        Some(_) => f.exit_code(),
    };
    let text = |b: &[u8]| process::mask_addresses(&String::from_utf8_lossy(b));
    Ok((Outcome { stdout: text(&f.stdout), stderr: text(&f.stderr), status }, f.elapsed))
}

/// One program to check: a seed's or a file's.
struct Program {
    /// `seed-N` or the file's stem: the name of what is kept.
    name: String,
    seed: u64,
    /// A `--program` file's text (read before `work/` is emptied: it may be in there).
    source: Option<String>,
}

/// What the check of one program found.
#[derive(Default)]
struct Found {
    /// Names, with a one-line description.
    jit: Vec<(String, String)>,
    vm: Vec<(String, String)>,
    /// Programs CPython did not finish in time (the generator's fault).
    cpython_timeouts: Vec<String>,
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let version = python::check_cpython_311()?;
    let root = project_root();
    let cwd = std::env::current_dir().context("reading the current directory")?;
    let dist = args.dist.as_ref().map_or_else(|| root.join("dist"), |d| cwd.join(d));
    let loader = dist.join("pygmy.mjs");
    if !loader.is_file() {
        bail!("{} is missing: build it with `cargo xtask dist` or pass --dist", loader.display());
    }
    let node = Command::new("node").arg("--version").output().context("running node (Node 20 or later is needed)")?;
    let node = String::from_utf8_lossy(&node.stdout).trim().to_string();
    let keep = args.keep.as_ref().map_or_else(|| target_dir().join("fuzz-jit"), |k| cwd.join(k));
    let programs: Vec<Program> = if args.program.is_empty() {
        (0..args.count).map(|i| args.seed + i).map(|seed| Program { name: format!("seed-{seed}"), seed, source: None }).collect()
    } else {
        let mut programs: Vec<Program> = Vec::new();
        for p in &args.program {
            let file = cwd.join(p);
            let name = file.file_stem().map(|s| s.to_string_lossy().into_owned()).with_context(|| format!("{} names no file", p.display()))?;
            if programs.iter().any(|q| q.name == name) {
                bail!("two programs are named {name}: what is kept for them would clash");
            }
            let source = std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
            programs.push(Program { name, seed: 0, source: Some(source) });
        }
        programs
    };
    if programs.is_empty() {
        bail!("nothing to do: --count is 0");
    }
    let work = keep.join("work");
    if work.exists() {
        std::fs::remove_dir_all(&work).with_context(|| format!("removing {}", work.display()))?;
    }
    std::fs::create_dir_all(&work).with_context(|| format!("creating {}", work.display()))?;
    let tools = Tools {
        python: python::executable()?,
        loader,
        generator: root.join("xtask/src/fuzz_jit/gen.py"),
        without: args.without.clone(),
        timeout: Duration::from_secs(args.timeout.max(1)),
    };

    let jobs = args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get())).clamp(1, programs.len());
    eprintln!(
        "fuzz-jit: {} program(s), each under CPython {version} and Node {node} ({}) with PYGMY_JIT=off/on/eager ({jobs} at a time); divergences go to {}",
        programs.len(),
        tools.loader.display(),
        keep.display()
    );

    let start = Instant::now();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let budget = Budget { jit: AtomicUsize::new(args.reduce), vm: AtomicUsize::new(args.reduce_vm) };
    let found = Mutex::new(Found::default());
    let failure: Mutex<Option<anyhow::Error>> = Mutex::new(None);
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| loop {
                if failure.lock().map_or(true, |f| f.is_some()) {
                    break;
                }
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(program) = programs.get(i) else { break };
                if let Err(e) = check(&tools, program, &work, &keep, &budget, &found) {
                    if let Ok(mut f) = failure.lock() {
                        *f = Some(e.context(format!("checking {}", program.name)));
                    }
                    break;
                }
                let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                if n.is_multiple_of(10) || n == programs.len() {
                    let f = found.lock().map(|f| (f.jit.len(), f.vm.len())).unwrap_or_default();
                    eprintln!("fuzz-jit: {n}/{} checked in {}, {} JIT divergence(s), {} VM divergence(s)", programs.len(), minutes(start.elapsed()), f.0, f.1);
                }
            });
        }
    });
    if let Some(e) = failure.into_inner().ok().flatten() {
        return Err(e);
    }
    let found = found.into_inner().unwrap_or_default();
    let checked = done.into_inner();
    println!();
    println!("fuzz-jit: {checked} program(s) in {}", minutes(start.elapsed()));
    for (title, list) in [("JIT divergences (off != on/eager)", &found.jit), ("VM divergences (off != CPython; not the JIT's)", &found.vm)] {
        println!("{title}: {}", list.len());
        for (name, what) in list {
            println!("  {name}: {what}");
        }
    }
    if !found.cpython_timeouts.is_empty() {
        println!("CPython timed out (generator bug): {}", found.cpython_timeouts.join(", "));
    }
    if !found.jit.is_empty() || !found.vm.is_empty() {
        println!("kept in {} (NAME.py, NAME.txt with the four outputs; NAME.min.py reduced)", keep.display());
    }
    Ok(if found.jit.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// Reductions left.
struct Budget {
    jit: AtomicUsize,
    vm: AtomicUsize,
}

impl Budget {
    fn take(counter: &AtomicUsize) -> bool {
        counter.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(1)).is_ok()
    }
}

/// Generates (or reads), runs and judges one program; keeps and reduces it if it diverges.
fn check(tools: &Tools, program: &Program, work: &Path, keep: &Path, budget: &Budget, found: &Mutex<Found>) -> Result<()> {
    let source = match &program.source {
        Some(text) => text.clone(),
        None => tools.generate(program.seed)?,
    };
    let script = work.join(format!("{}.py", program.name));
    std::fs::write(&script, &source).with_context(|| format!("writing {}", script.display()))?;
    let runs = tools.run_all(&script)?;
    let record = |list: fn(&mut Found) -> &mut Vec<(String, String)>, what: String| {
        eprintln!("fuzz-jit: {}: {what}", program.name);
        if let Ok(mut f) = found.lock() {
            list(&mut f).push((program.name.clone(), what));
        }
    };
    if runs.cpython.timed_out() {
        if let Ok(mut f) = found.lock() {
            f.cpython_timeouts.push(program.name.clone());
        }
        eprintln!("fuzz-jit: {}: CPython timed out; skipped", program.name);
        let _ = std::fs::remove_file(&script);
        return Ok(());
    }
    let jit = runs.jit_divergences();
    let vm = runs.vm_diverges();
    if jit.is_empty() && !vm {
        let _ = std::fs::remove_file(&script);
        return Ok(());
    }
    let dir = if jit.is_empty() { keep.join("vm") } else { keep.to_path_buf() };
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    files::write_if_changed(&dir.join(format!("{}.py", program.name)), source.as_bytes())?;
    files::write_if_changed(&dir.join(format!("{}.txt", program.name)), report(&program.name, &runs).as_bytes())?;
    let target = if let Some(&mode) = jit.last() {
        // `eager` when it diverges: every code object compiled, as CI's JIT run has it.
        let what = format!("{} differ{} from off: {}", jit.join(" and "), if jit.len() == 1 { "s" } else { "" }, first_difference(&runs.off, runs.jit(mode)));
        record(|f| &mut f.jit, if vm { format!("{what} (and off differs from CPython)") } else { what });
        Budget::take(&budget.jit).then_some(Target::Jit { mode, off_is_cpython: !vm })
    } else {
        record(|f| &mut f.vm, format!("off differs from CPython: {}", first_difference(&runs.cpython.for_cpython(), &runs.off.for_cpython())));
        Budget::take(&budget.vm).then_some(Target::Vm)
    };
    if let Some(target) = target {
        // Runs that pass in a second are cut short when a deletion makes them loop.
        let timeout = tools.timeout.min((runs.slowest * 4).max(Duration::from_secs(5)));
        let candidate = work.join(format!("{}.reduce.py", program.name));
        let mut last_note = Instant::now();
        let mut on_check = |lines: usize, checks: usize| {
            if last_note.elapsed() >= Duration::from_secs(60) {
                last_note = Instant::now();
                eprintln!("fuzz-jit: {}: reducing: {lines} lines after {checks} checks", program.name);
            }
        };
        let reduced = reduce::reduce(&source, &mut |src| target.holds(tools, &candidate, src, timeout), &mut on_check)?;
        std::fs::write(&script, &reduced).with_context(|| format!("writing {}", script.display()))?;
        let runs = tools.run_all(&script)?;
        files::write_if_changed(&dir.join(format!("{}.min.py", program.name)), reduced.as_bytes())?;
        files::write_if_changed(&dir.join(format!("{}.min.txt", program.name)), report(&program.name, &runs).as_bytes())?;
        eprintln!("fuzz-jit: {}: reduced to {} lines ({})", program.name, reduced.lines().count(), dir.join(format!("{}.min.py", program.name)).display());
        let _ = std::fs::remove_file(&candidate);
    }
    let _ = std::fs::remove_file(&script);
    Ok(())
}

/// What a reduction must keep.
enum Target {
    /// The JIT mode still differs from the interpreter, and the interpreter still agrees with
    /// CPython if it did (so the reduced program is a test that fails only under the JIT).
    Jit { mode: &'static str, off_is_cpython: bool },
    /// The interpreter still differs from CPython.
    Vm,
}

impl Target {
    fn holds(&self, tools: &Tools, path: &Path, source: &str, timeout: Duration) -> Result<bool> {
        std::fs::write(path, source).with_context(|| format!("writing {}", path.display()))?;
        let (off, _) = tools.pygmy(path, "off", timeout)?;
        if off.timed_out() {
            return Ok(false);
        }
        match *self {
            Target::Jit { mode, off_is_cpython } => {
                if tools.pygmy(path, mode, timeout)?.0 == off {
                    return Ok(false);
                }
                Ok(!off_is_cpython || tools.cpython(path, timeout)?.0.for_cpython() == off.for_cpython())
            }
            Target::Vm => {
                let (cpython, _) = tools.cpython(path, timeout)?;
                Ok(!cpython.timed_out() && cpython.for_cpython() != off.for_cpython())
            }
        }
    }
}

/// Where `b` first differs from `a`, in a line.
fn first_difference(a: &Outcome, b: &Outcome) -> String {
    for (stream, x, y) in [("stdout", &a.stdout, &b.stdout), ("stderr", &a.stderr, &b.stderr)] {
        if x == y {
            continue;
        }
        let (xs, ys): (Vec<&str>, Vec<&str>) = (x.lines().collect(), y.lines().collect());
        let n = xs.iter().zip(&ys).take_while(|(p, q)| p == q).count();
        // Long lines from where they part (a few characters of what they share before it).
        let (p, q) = (xs.get(n).copied().unwrap_or(""), ys.get(n).copied().unwrap_or(""));
        let common = p.chars().zip(q.chars()).take_while(|(c, d)| c == d).count();
        let from = common.saturating_sub(30);
        let line = |v: &[&str]| match v.get(n) {
            None => "(end)".to_string(),
            Some(l) => format!("{}{:?}", if from > 0 { "…" } else { "" }, process::shorten(&l.chars().skip(from).collect::<String>(), 100)),
        };
        return format!("{stream} line {}: {} vs {}", n + 1, line(&xs), line(&ys));
    }
    let status = |s: &Result<i32, String>| s.as_ref().map_or_else(|e| e.clone(), |c| format!("exit {c}"));
    format!("{} vs {}", status(&a.status), status(&b.status))
}

/// The four outputs, for the `.txt` kept beside a diverging program.
fn report(name: &str, runs: &Runs) -> String {
    let mut out = format!("# {name}: the outputs of `cargo xtask fuzz-jit` (JIT modes differing from off: {})\n", {
        let d = runs.jit_divergences();
        if d.is_empty() {
            "none".to_string()
        } else {
            d.join(", ")
        }
    });
    for (label, o) in [("CPython", &runs.cpython), ("PYGMY_JIT=off", &runs.off), ("PYGMY_JIT=on", &runs.on), ("PYGMY_JIT=eager", &runs.eager)] {
        let status = o.status.as_ref().map_or_else(|e| e.clone(), |c| format!("exit {c}"));
        let _ = write!(out, "\n==== {label}: {status}\n---- stdout\n{}", o.stdout);
        if !o.stdout.is_empty() && !o.stdout.ends_with('\n') {
            out.push('\n');
        }
        let _ = write!(out, "---- stderr\n{}", o.stderr);
        if !o.stderr.is_empty() && !o.stderr.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

fn minutes(d: Duration) -> String {
    let s = d.as_secs();
    format!("{}m{:02}s", s / 60, s % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_masked() {
        assert_eq!(process::mask_addresses("<F at 0x7f3a12> 0x 0xz"), "<F at 0x…> 0x 0xz");
    }

    #[test]
    fn a_difference_is_shown_where_it_starts() {
        let o = |s: &str| Outcome { stdout: s.into(), stderr: String::new(), status: Ok(0) };
        let long = "x".repeat(200);
        let d = first_difference(&o(&format!("same\n{long} 'a.<locals>.C' end\n")), &o(&format!("same\n{long} 'C' end\n")));
        assert_eq!(d, format!("stdout line 2: …\"{} 'a.<locals>.C' end\" vs …\"{} 'C' end\"", "x".repeat(28), "x".repeat(28)));
        assert_eq!(first_difference(&o("a\n"), &o("a\nb\n")), "stdout line 2: (end) vs \"b\"");
    }

    #[test]
    fn cpython_carets_are_not_compared() {
        let o = Outcome { stdout: String::new(), stderr: "  x = a[i]\n      ~^^^\nIndexError\n".into(), status: Ok(1) };
        assert_eq!(o.for_cpython().stderr, "  x = a[i]\nIndexError\n");
    }
}
