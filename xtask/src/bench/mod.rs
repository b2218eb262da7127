//! `cargo xtask bench`: how fast pygmy is next to native CPython 3.11, every figure measured in
//! the same run so the ratios hold on a noisy shared machine.
//!
//! 1. Warmup: pystone 1.2 run `--runs` (12) times in one process by CPython, `pygmy run`
//!    (release build), `node dist/pygmy.mjs` and headless Chromium (the pystone source compiled
//!    in the page); `--processes` (3) such processes per engine, interleaved, each run the best
//!    of its index; peak RSS of the processes and the core's wasm memory pages.
//! 2. Startup: time to the first byte of output of a hello program, per engine, and of
//!    programs that `import json` / `import asyncio` first (per process engine).
//! 3. `--callgrind`: instructions per pystone loop of the native VM, CPython and, with a dist,
//!    the wasm VM's machine code in Node with the JIT off and on (slow, exact).
//! 4. The pyperformance subset with our pyperf shim: CPython vs native (and Node).
//!
//! `--record` puts the figures into HEAD's row of `size-reports/history.jsonl` (`warmup`,
//! `startup`, `bench`). Benchmarks are fetched from registries and cached under
//! `~/.cache/pygmy/`, never vendored: pystone from Debian (`pystone.rs`), pyperformance from
//! PyPI (`pyperformance.rs`).

mod browser;
mod callgrind;
mod engine;
mod measure;
mod pyperformance;
pub mod pystone;

use crate::{project_root, python};
use anyhow::{bail, Context, Result};
use engine::Engine;
use size_reports::speed::{median, BenchRecord, EngineStartup, EngineWarmup, ImportStartup, StartupRecord, WarmupRecord, CPYTHON};
use size_reports::{History, Row, SizeRecord, HISTORY_FILE};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;

#[derive(clap::Args)]
pub struct Args {
    /// Pystone loops per warmup run
    #[arg(long, default_value_t = 50_000)]
    loops: u32,
    /// Pystone runs in one process per engine (the warmup curve)
    #[arg(long, default_value_t = 12)]
    runs: u32,
    /// Warmup processes per engine, interleaved; each run is the best of its index over them
    #[arg(long, default_value_t = 3)]
    processes: u32,
    /// Starts of the hello program per engine
    #[arg(long, default_value_t = 10)]
    startup_rounds: u32,
    /// Also count instructions per pystone loop under callgrind (minutes)
    #[arg(long)]
    callgrind: bool,
    /// Leave out the pyperformance subset
    #[arg(long)]
    no_pyperformance: bool,
    /// Timed values per pyperformance benchmark (after one calibrating run)
    #[arg(long, default_value_t = 3)]
    values: u32,
    /// Leave out pygmy in Node
    #[arg(long)]
    no_node: bool,
    /// Leave out pygmy in headless Chromium
    #[arg(long)]
    no_browser: bool,
    /// Put the figures into HEAD's row of size-reports/history.jsonl
    #[arg(long)]
    record: bool,
    /// The dist directory Node and Chromium run (default: dist/ at the repository root)
    #[arg(long)]
    dist: Option<PathBuf>,
    /// Seconds before a single process is killed
    #[arg(long, default_value_t = 600)]
    timeout: u64,
}

pub fn run(args: &Args) -> Result<ExitCode> {
    let root = project_root();
    let version = python::check_cpython_311()?;
    let pystone = pystone::fetch()?;
    let benchmarks = if args.no_pyperformance { None } else { Some(pyperformance::fetch()?) };
    let pygmy = build_release_pygmy()?;
    let work = target_dir()?.join("bench");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).with_context(|| format!("creating {}", work.display()))?;
    let timeout = Duration::from_secs(args.timeout);
    let dist = args.dist.clone().unwrap_or_else(|| root.join("dist"));
    // Absolute: the engines run in their scripts' directories.
    let dist = std::fs::canonicalize(&dist).unwrap_or(dist);

    let cpython = Engine::cpython(&version)?;
    let native = Engine::native(&pygmy);
    let mut skipped = Vec::new();
    let node = if args.no_node {
        None
    } else {
        Engine::node(&root, &dist).map_err(|e| skipped.push(format!("Node: {e:#}"))).ok()
    };
    let browser_dist = if args.no_browser {
        None
    } else if dist.join("pygmy.mjs").is_file() {
        Some(dist.as_path())
    } else {
        skipped.push(format!("Chromium: {} is missing: build it with `cargo xtask dist`", dist.join("pygmy.mjs").display()));
        None
    };
    let engines: Vec<&Engine> = [Some(&cpython), Some(&native), node.as_ref()].into_iter().flatten().collect();

    // The driver beside a copy of pystone, so every process engine imports it the same way.
    let warm_dir = work.join("warmup");
    std::fs::create_dir_all(&warm_dir)?;
    std::fs::copy(&pystone, warm_dir.join("pystone.py")).context("copying pystone.py")?;
    let driver = warm_dir.join("warmup.py");
    std::fs::write(&driver, pystone::driver(args.loops, args.runs))?;
    let page_driver = work.join("warmup-page.py");
    std::fs::write(&page_driver, pystone::page_driver(&std::fs::read_to_string(&pystone)?, args.loops, args.runs))?;
    let hello_dir = work.join("hello");
    std::fs::create_dir_all(&hello_dir)?;

    // Engine after engine, `processes` times over, so a burst of load on the shared machine
    // hits one process of each engine rather than all of one.
    let processes = args.processes.max(1);
    let mut warmup = WarmupRecord { workload: pystone::WORKLOAD.into(), loops: args.loops, processes, engines: Vec::new() };
    for round in 1..=processes {
        let mut this_round = Vec::new();
        for engine in &engines {
            eprintln!("warmup {round}/{processes}: {} ({} x pystone({}))", engine.label, args.runs, args.loops);
            this_round.push(warmup_process(engine, &driver, &work, timeout));
        }
        if let Some(dist) = browser_dist {
            eprintln!("warmup {round}/{processes}: headless Chromium");
            this_round.push(chromium_warmup(&root, dist, &page_driver, timeout * 2));
        }
        for w in this_round {
            match warmup.engines.iter_mut().find(|e| e.engine == w.engine) {
                Some(best) => keep_best(best, w),
                None => warmup.engines.push(w),
            }
        }
    }
    let mut startup = startup_processes(&engines, &hello_dir, args.startup_rounds, timeout)?;
    if let Some(dist) = browser_dist {
        eprintln!("startup: {} rounds in headless Chromium", args.startup_rounds);
        startup.engines.push(chromium_startup(&root, dist, args.startup_rounds, timeout * 2));
    }
    let callgrind = if args.callgrind { Some(callgrind::measure(&cpython, &native, node.as_ref(), &pystone, &work, timeout * 4)?) } else { None };
    let pyperformance = match &benchmarks {
        Some(dir) => Some(pyperformance::run(&engines, dir, &work.join("pyperformance"), args.values, timeout)?),
        None => None,
    };
    let bench = BenchRecord { callgrind, pyperformance };

    print_warmup(&warmup);
    print_startup(&startup);
    print_bench(&bench);
    for s in &skipped {
        println!("left out: {s}");
    }
    if args.record {
        record(&root, &dist, warmup, startup, bench)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// One process running the warmup driver.
fn warmup_process(engine: &Engine, driver: &Path, work: &Path, timeout: Duration) -> EngineWarmup {
    let report = work.join(format!("memory-{}.json", engine.name));
    let mut cmd = engine.command_with_memory_probe(driver, &[], &report);
    let mut w = EngineWarmup { engine: engine.name.into(), label: engine.label.clone(), runs: Vec::new(), error: None, cpu_s: None, max_rss_kb: None, wasm_pages: None };
    match measure::run(&mut cmd, timeout) {
        Ok(m) => {
            w.max_rss_kb = m.max_rss_kb;
            w.cpu_s = m.cpu.map(|c| c.as_secs_f64());
            w.wasm_pages = engine::read_memory_report(&report);
            let partial = pystone::parse_runs(&String::from_utf8_lossy(&m.finished.stdout)).unwrap_or_default();
            if let Err(e) = m.stdout_if_ok() {
                w.error = Some(e);
            } else if partial.is_empty() {
                w.error = Some("the driver printed no warmup-run line".into());
            }
            w.runs = partial;
        }
        Err(e) => w.error = Some(format!("{e:#}")),
    }
    w
}

/// The modules whose start-up cost `bench` measures beside hello's (issue 4): a program that
/// imports one and prints "hello".
const STARTUP_IMPORTS: [&str; 2] = ["json", "asyncio"];

/// Time to first print of hello, then of each [`STARTUP_IMPORTS`] program, per process engine.
fn startup_processes(engines: &[&Engine], dir: &Path, rounds: u32, timeout: Duration) -> Result<StartupRecord> {
    let hello = dir.join("hello.py");
    std::fs::write(&hello, "print(\"hello\")\n")?;
    eprintln!("startup: {rounds} rounds of {}", engines.iter().map(|e| e.label.as_str()).collect::<Vec<_>>().join(", "));
    let mut record = StartupRecord { rounds: rounds.max(1), engines: time_starts(engines, &hello, rounds, timeout), imports: Vec::new() };
    for module in STARTUP_IMPORTS {
        let program = dir.join(format!("import_{module}.py"));
        std::fs::write(&program, format!("import {module}\nprint(\"hello\")\n"))?;
        eprintln!("startup: {rounds} rounds of import {module}");
        record.imports.push(ImportStartup { module: module.into(), engines: time_starts(engines, &program, rounds, timeout) });
    }
    Ok(record)
}

/// Rounds of every process engine in turn (so each round sees the same load), each timed from
/// spawn to the first byte on stdout of `program`, which prints "hello".
fn time_starts(engines: &[&Engine], program: &Path, rounds: u32, timeout: Duration) -> Vec<EngineStartup> {
    let mut times: Vec<Vec<f64>> = vec![Vec::new(); engines.len()];
    let mut rss: Vec<Option<u64>> = vec![None; engines.len()];
    let mut errors: Vec<Option<String>> = vec![None; engines.len()];
    for _ in 0..rounds.max(1) {
        for (i, engine) in engines.iter().enumerate() {
            if errors[i].is_some() {
                continue;
            }
            let outcome = measure::run(&mut engine.command(program, &[]), timeout).map_err(|e| format!("{e:#}")).and_then(|m| {
                let out = m.stdout_if_ok()?;
                if out != "hello\n" {
                    return Err(format!("printed {out:?}"));
                }
                Ok((m.first_output.unwrap_or(m.finished.elapsed), m.max_rss_kb))
            });
            match outcome {
                Ok((t, r)) => {
                    times[i].push(t.as_secs_f64() * 1000.0);
                    rss[i] = rss[i].max(r);
                }
                Err(e) => errors[i] = Some(e),
            }
        }
    }
    let name = program.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    engines
        .iter()
        .enumerate()
        .map(|(i, e)| EngineStartup {
            engine: e.name.into(),
            label: e.label.clone(),
            what: format!("{} {name}, spawn to first byte on stdout", if e.name == CPYTHON { "python3" } else if e.name == "native" { "pygmy run" } else { "node dist/pygmy.mjs" }),
            best_ms: times[i].iter().copied().reduce(f64::min),
            median_ms: median(&times[i]),
            max_rss_kb: rss[i],
            error: errors[i].clone(),
        })
        .collect()
}

/// Folds another process's runs into `best`: the best figure of each run index, the least
/// CPU time, the largest memory, the first error.
fn keep_best(best: &mut EngineWarmup, other: EngineWarmup) {
    for (i, v) in other.runs.iter().enumerate() {
        match best.runs.get_mut(i) {
            Some(b) => *b = b.max(*v),
            None => best.runs.push(*v),
        }
    }
    best.max_rss_kb = best.max_rss_kb.max(other.max_rss_kb);
    best.cpu_s = match (best.cpu_s, other.cpu_s) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    best.wasm_pages = best.wasm_pages.max(other.wasm_pages);
    best.label = other.label;
    if best.error.is_none() {
        best.error = other.error;
    }
}

/// pygmy in headless Chromium: one page running the warmup driver.
fn chromium_warmup(root: &Path, dist: &Path, page_driver: &Path, timeout: Duration) -> EngineWarmup {
    let mut w = EngineWarmup { engine: "chromium".into(), label: "pygmy in Chromium".into(), runs: Vec::new(), error: None, cpu_s: None, max_rss_kb: None, wasm_pages: None };
    let r = match browser::run(root, dist, Some(page_driver), 0, timeout) {
        Ok(r) => r,
        Err(e) => {
            w.error = Some(format!("{e:#}"));
            return w;
        }
    };
    w.label = r.label();
    w.error = r.error.clone();
    if let Some(run) = &r.run {
        w.runs = pystone::parse_runs(&run.stdout).unwrap_or_default();
        w.wasm_pages = run.wasm_pages;
        if let Some(e) = &run.error {
            w.error = Some(e.clone());
        } else if run.status != Some(0) {
            w.error = Some(format!("exit status {}: {}", run.status.unwrap_or(-1), measure::last_line(run.stderr.as_bytes())));
        }
    }
    w
}

/// pygmy in headless Chromium: `rounds` first prints of the precompiled hello.
fn chromium_startup(root: &Path, dist: &Path, rounds: u32, timeout: Duration) -> EngineStartup {
    let what = "import('/pygmy.mjs') to the first stdout callback of runChunk('hello'), fresh context".to_string();
    let mut s = EngineStartup { engine: "chromium".into(), label: "pygmy in Chromium".into(), what, best_ms: None, median_ms: None, max_rss_kb: None, error: None };
    match browser::run(root, dist, None, rounds.max(1), timeout) {
        Ok(r) => {
            s.label = r.label();
            s.error = r.error.clone();
            if let Some(st) = &r.startup {
                s.best_ms = st.ms.iter().copied().reduce(f64::min);
                s.median_ms = median(&st.ms);
                if st.error.is_some() {
                    s.error = st.error.clone();
                }
            }
        }
        Err(e) => s.error = Some(format!("{e:#}")),
    }
    s
}

fn print_warmup(w: &WarmupRecord) {
    let n = w.engines.iter().map(|e| e.runs.len()).max().unwrap_or(0);
    println!("\n{} warmup: {n} runs of {} loops in one process per engine, each the best of {} processes (pystones/s)", w.workload, w.loops, w.processes);
    for e in &w.engines {
        println!("  {:<10} {}", e.engine, e.label);
    }
    let width = 12;
    let row = |name: &str, f: &dyn Fn(&EngineWarmup) -> String| {
        print!("  {name:<16}");
        for e in &w.engines {
            print!("{:>width$}", f(e));
        }
        println!();
    };
    row("run", &|e| e.engine.clone());
    for i in 0..n {
        row(&(i + 1).to_string(), &|e| e.runs.get(i).map_or("-".into(), |v| format!("{v:.0}")));
    }
    row("run 1 / CPython", &|e| w.ratios(&e.engine).map_or("-".into(), |r| format!("{:.2}x", r.0)));
    row("best / CPython", &|e| w.ratios(&e.engine).map_or("-".into(), |r| format!("{:.2}x", r.1)));
    row("CPU s, process", &|e| e.cpu_s.map_or("-".into(), |c| format!("{c:.2}")));
    row("CPU: CPython/it", &|e| w.cpu_ratio(&e.engine).map_or("-".into(), |r| format!("{r:.2}x")));
    row("max RSS, MiB", &|e| e.max_rss_kb.map_or("-".into(), |k| format!("{:.1}", k as f64 / 1024.0)));
    row("wasm pages", &|e| e.wasm_pages.map_or("-".into(), |p| p.to_string()));
    for e in w.engines.iter().filter(|e| e.error.is_some()) {
        println!("  {}: {}", e.label, e.error.as_deref().unwrap_or(""));
    }
}

fn print_startup(s: &StartupRecord) {
    println!("\nstartup: time to first print of hello, {} rounds", s.rounds);
    println!("  {:<34}{:>10}{:>11}{:>16}{:>13}", "", "best ms", "median ms", "best/CPython", "max RSS MiB");
    print_starts(&s.engines, |e| s.ratio(e));
    for i in &s.imports {
        println!("  import {}, then print hello:", i.module);
        print_starts(&i.engines, |e| i.ratio(e));
    }
}

fn print_starts(engines: &[EngineStartup], ratio: impl Fn(&str) -> Option<f64>) {
    for e in engines {
        let ms = |v: Option<f64>| v.map_or("-".into(), |v| format!("{v:.1}"));
        let ratio = ratio(&e.engine).map_or("-".into(), |r| format!("{r:.2}x"));
        let rss = e.max_rss_kb.map_or("-".into(), |k| format!("{:.1}", k as f64 / 1024.0));
        println!("  {:<34}{:>10}{:>11}{:>16}{:>13}", shorten(&e.label, 33), ms(e.best_ms), ms(e.median_ms), ratio, rss);
        if let Some(err) = &e.error {
            println!("    {err}");
        }
    }
}

fn print_bench(b: &BenchRecord) {
    if let Some(c) = &b.callgrind {
        println!(
            "\ncallgrind, pystone instructions per loop ({} vs {} loops, difference): pygmy {}, CPython {}: {:.3}x",
            c.loops[1],
            c.loops[0],
            size_reports::check::thousands(c.pygmy_per_loop),
            size_reports::check::thousands(c.cpython_per_loop),
            c.ratio().unwrap_or(0.0)
        );
        if let (Some(off), Some(on)) = (c.node_per_loop, c.node_jit_per_loop) {
            println!(
                "  pygmy in Node (V8's optimizing tier): {} ({:.3}x), with PYGMY_JIT=on {} ({:.3}x)",
                size_reports::check::thousands(off),
                c.cpython_per_loop as f64 / off as f64,
                size_reports::check::thousands(on),
                c.cpython_per_loop as f64 / on as f64
            );
        }
    }
    let Some(p) = &b.pyperformance else { return };
    let engines: Vec<String> = std::iter::once(CPYTHON.to_string()).chain(p.geomean.keys().cloned()).chain(p.benchmarks.iter().flat_map(|b| b.errors.keys().cloned())).fold(Vec::new(), |mut v, e| {
        if !v.contains(&e) {
            v.push(e);
        }
        v
    });
    println!("\npyperformance {} (our pyperf shim): best seconds per loop, and CPython's time / pygmy's", p.version);
    print!("  {:<16}", "benchmark");
    for e in &engines {
        print!("{:>22}", e);
    }
    println!();
    for bench in &p.benchmarks {
        print!("  {:<16}", bench.name);
        for e in &engines {
            let cell = match (bench.seconds.get(e), bench.seconds.get(CPYTHON)) {
                (Some(t), Some(c)) if e != CPYTHON => format!("{t:.4} ({:.2}x)", c / t),
                (Some(t), _) => format!("{t:.4}"),
                (None, _) => "fails".into(),
            };
            print!("{cell:>22}");
        }
        println!();
    }
    for bench in &p.benchmarks {
        for (e, err) in &bench.errors {
            println!("  {} on {e}: {err}", bench.name);
        }
    }
    for (e, g) in &p.geomean {
        println!("  geomean {e}: {g:.2}x CPython");
    }
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        s.chars().take(max - 1).collect::<String>() + "…"
    }
}

/// Puts the figures into HEAD's history row. A HEAD without a row gets one first, with the
/// sizes of dist/ (as `cargo xtask size --record` would): rows are only ever appended, which
/// keeps the file's union merges free of duplicate rows.
fn record(root: &Path, dist: &Path, warmup: WarmupRecord, startup: StartupRecord, bench: BenchRecord) -> Result<()> {
    crate::size::warn_if_sources_changed(root);
    let path = root.join(HISTORY_FILE);
    let mut history = History::load(&path)?;
    let (commit, date, subject) = crate::size::commit_info(root, "HEAD")?;
    if !history.rows.iter().any(|r| r.commit == commit) {
        if !dist.join("manifest.json").is_file() {
            bail!("HEAD has no row in {HISTORY_FILE} and {} has no manifest.json to take its sizes from: `cargo xtask dist` first", dist.display());
        }
        history.record(Row::new(commit.clone(), date, subject, SizeRecord::from_dist(dist)?));
        println!("{HISTORY_FILE}: added a row for HEAD with the sizes of {}", dist.display());
    }
    let row = history.rows.iter_mut().find(|r| r.commit == commit).expect("HEAD's row exists now");
    row.warmup = Some(warmup);
    row.startup = Some(startup);
    let old = row.bench.take().unwrap_or_default();
    row.bench = Some(BenchRecord { callgrind: bench.callgrind.or(old.callgrind), pyperformance: bench.pyperformance.or(old.pyperformance) });
    println!("{HISTORY_FILE}: warmup, startup and bench figures in the row of {}; commit the file with your next change", row.short_commit());
    crate::files::write_if_changed(&path, history.to_jsonl().as_bytes())?;
    // A dist/ carries the dashboard of the history it was built with; bring it up to date.
    if dist.join("dashboard.html").is_file() {
        crate::dashboard::write(root, &dist.join("dashboard.html"))?;
    }
    Ok(())
}

/// `~/.cache/pygmy` (or `$XDG_CACHE_HOME/pygmy`).
fn cache_dir() -> Result<PathBuf> {
    let base = match std::env::var_os("XDG_CACHE_HOME").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(std::env::var_os("HOME").context("HOME is not set (needed for ~/.cache/pygmy)")?).join(".cache"),
    };
    Ok(base.join("pygmy"))
}

/// Builds `pygmy` with the release profile and returns its path.
pub(crate) fn build_release_pygmy() -> Result<PathBuf> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    eprintln!("building pygmy (cargo build --release -p packer)");
    let status = Command::new(&cargo).args(["build", "--release", "-p", "packer"]).current_dir(project_root()).status().context("running cargo")?;
    if !status.success() {
        bail!("`cargo build --release -p packer` failed ({status})");
    }
    let exe = target_dir()?.join("release").join(format!("pygmy{}", std::env::consts::EXE_SUFFIX));
    if !exe.is_file() {
        bail!("the release build did not produce {}", exe.display());
    }
    Ok(exe)
}

/// The cargo target directory: this xtask binary is `<target>/<profile>/xtask`.
fn target_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("CARGO_TARGET_DIR").filter(|v| !v.is_empty()) {
        return Ok(project_root().join(dir));
    }
    let exe = std::env::current_exe().context("locating the xtask binary")?;
    exe.parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .with_context(|| format!("cannot find the target directory from {}", exe.display()))
}
