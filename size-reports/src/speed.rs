//! Speed figures of one commit, written by `cargo xtask bench --record` into the commit's
//! history row beside its size: `warmup` (pystone run 12 times in one process per engine),
//! `startup` (time to first print of a hello program) and `bench` (callgrind instructions per
//! pystone loop, the pyperformance subset). Every engine is measured in the same run as native
//! CPython, so the ratios to CPython are the figures to compare between rows; wall times alone
//! depend on how busy the machine was.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The engine every ratio is taken against.
pub const CPYTHON: &str = "cpython";

/// pystone run `runs.len()` times in one process by each engine.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WarmupRecord {
    /// What ran, e.g. "pystone 1.2".
    pub workload: String,
    /// The loop count of each run.
    pub loops: u32,
    /// Processes per engine, interleaved between engines; each run is the best of its index
    /// over them (a shared machine's noise only ever slows a run down).
    #[serde(default = "one")]
    pub processes: u32,
    pub engines: Vec<EngineWarmup>,
}

fn one() -> u32 {
    1
}

/// One engine's runs: `cpython`, `native` (`pygmy run`), `node`, `chromium`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EngineWarmup {
    pub engine: String,
    /// What people read: "CPython 3.11.7", "pygmy (Node 20.20.2)".
    pub label: String,
    /// Pystones per second of each run, in order (empty when the engine failed): the best of
    /// that run's figures over the processes.
    pub runs: Vec<f64>,
    /// Why there are no runs (the error's last line), or why there are fewer than asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// CPU seconds (user + system, all threads) of the whole process: start-up and all runs.
    /// Time the process spent waiting for a busy machine is not in it, so its ratio to
    /// CPython's holds up better than wall time; Node's includes V8's compiler threads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_s: Option<f64>,
    /// Peak resident memory of the process, KiB (native processes and Node).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_rss_kb: Option<u64>,
    /// Pages (64 KiB) of the core wasm module's memory when the run ended (Node).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wasm_pages: Option<u64>,
}

impl EngineWarmup {
    pub fn first(&self) -> Option<f64> {
        self.runs.first().copied()
    }

    pub fn best(&self) -> Option<f64> {
        self.runs.iter().copied().reduce(f64::max)
    }
}

impl WarmupRecord {
    pub fn engine(&self, name: &str) -> Option<&EngineWarmup> {
        self.engines.iter().find(|e| e.engine == name)
    }

    /// `(first run, best run)` of `engine` divided by CPython's (higher is faster).
    pub fn ratios(&self, engine: &str) -> Option<(f64, f64)> {
        let (e, c) = (self.engine(engine)?, self.engine(CPYTHON)?);
        Some((ratio(e.first()?, c.first()?)?, ratio(e.best()?, c.best()?)?))
    }

    /// CPython's process CPU time over `engine`'s (higher is faster).
    pub fn cpu_ratio(&self, engine: &str) -> Option<f64> {
        ratio(self.engine(CPYTHON)?.cpu_s?, self.engine(engine)?.cpu_s?)
    }
}

/// Time to the first byte on stdout of a program that prints "hello".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StartupRecord {
    /// How many times each engine started.
    pub rounds: u32,
    pub engines: Vec<EngineStartup>,
    /// The same for programs that import a module first (`import json`, `import asyncio`):
    /// the start-up cost of the module and all it imports, per process engine.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub imports: Vec<ImportStartup>,
}

/// Time to the first print of `import MODULE; print("hello")`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportStartup {
    pub module: String,
    pub engines: Vec<EngineStartup>,
}

impl ImportStartup {
    /// `engine`'s best time divided by CPython's (lower is better).
    pub fn ratio(&self, engine: &str) -> Option<f64> {
        best_ratio(&self.engines, engine)
    }
}

/// `engine`'s best time in `engines` divided by CPython's. The best, not the median: on a busy
/// machine noise only ever adds time.
fn best_ratio(engines: &[EngineStartup], engine: &str) -> Option<f64> {
    let best = |name: &str| engines.iter().find(|e| e.engine == name)?.best_ms;
    ratio(best(engine)?, best(CPYTHON)?)
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EngineStartup {
    pub engine: String,
    pub label: String,
    /// What was timed, e.g. "python3 hello.py" or "import('/pygmy.mjs') to runChunk('hello')'s first stdout".
    pub what: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub best_ms: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub median_ms: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_rss_kb: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl StartupRecord {
    pub fn engine(&self, name: &str) -> Option<&EngineStartup> {
        self.engines.iter().find(|e| e.engine == name)
    }

    /// `engine`'s best startup time divided by CPython's (lower is better).
    pub fn ratio(&self, engine: &str) -> Option<f64> {
        best_ratio(&self.engines, engine)
    }
}

/// The slower benchmarks: callgrind and the pyperformance subset. Either may be missing (a
/// `bench` run without `--callgrind` keeps the row's earlier callgrind figures).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BenchRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callgrind: Option<CallgrindRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pyperformance: Option<PyperformanceRecord>,
}

/// Instructions per pystone loop: `(I(long) - I(short)) / (long - short)` for pystone run with
/// the two loop counts, so start-up and compilation cancel out. Machine noise does not move it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CallgrindRecord {
    /// `[short, long]` loop counts.
    pub loops: [u32; 2],
    pub cpython_per_loop: u64,
    pub pygmy_per_loop: u64,
    /// The wasm VM's machine code in Node (V8's optimizing tier only, one thread), interpreter
    /// alone: what the wasm build executes, which wall time on a shared machine hides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_per_loop: Option<u64>,
    /// The same with `PYGMY_JIT=on`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub node_jit_per_loop: Option<u64>,
}

impl CallgrindRecord {
    /// CPython's instructions per loop over pygmy's: above 1 when pygmy needs fewer.
    pub fn ratio(&self) -> Option<f64> {
        ratio(self.cpython_per_loop as f64, self.pygmy_per_loop as f64)
    }
}

/// pyperformance benchmarks run with our pyperf shim: the best seconds per loop per engine.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PyperformanceRecord {
    /// The pyperformance release the benchmarks came from.
    pub version: String,
    pub benchmarks: Vec<BenchmarkResult>,
    /// Per engine other than CPython: the geometric mean over the benchmarks it ran of CPython's
    /// time over its time (above 1: faster than CPython).
    pub geomean: BTreeMap<String, f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BenchmarkResult {
    pub name: String,
    /// Engine → best seconds per loop.
    pub seconds: BTreeMap<String, f64>,
    /// Engine → the last line of its error, for engines that could not run the benchmark.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub errors: BTreeMap<String, String>,
}

impl PyperformanceRecord {
    /// The geometric mean of CPython's time over `engine`'s, over benchmarks both ran.
    pub fn compute_geomean(benchmarks: &[BenchmarkResult], engine: &str) -> Option<f64> {
        let logs: Vec<f64> = benchmarks
            .iter()
            .filter_map(|b| ratio(*b.seconds.get(CPYTHON)?, *b.seconds.get(engine)?))
            .map(f64::ln)
            .collect();
        if logs.is_empty() {
            return None;
        }
        Some((logs.iter().sum::<f64>() / logs.len() as f64).exp())
    }
}

/// `a / b` when both are positive and finite.
pub fn ratio(a: f64, b: f64) -> Option<f64> {
    (a.is_finite() && b.is_finite() && a > 0.0 && b > 0.0).then(|| a / b)
}

/// The median of `values` (the upper one of an even count); `None` when empty.
pub fn median(values: &[f64]) -> Option<f64> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine(name: &str, runs: &[f64]) -> EngineWarmup {
        EngineWarmup { engine: name.into(), label: name.into(), runs: runs.to_vec(), error: None, cpu_s: None, max_rss_kb: None, wasm_pages: None }
    }

    #[test]
    fn warmup_ratios_are_first_and_best_against_cpython() {
        let w = WarmupRecord { workload: "pystone 1.2".into(), loops: 10, processes: 1, engines: vec![engine(CPYTHON, &[100.0, 200.0]), engine("node", &[25.0, 150.0, 100.0]), engine("chromium", &[])] };
        assert_eq!(w.ratios("node"), Some((0.25, 0.75)));
        assert_eq!(w.ratios("chromium"), None);
        assert_eq!(w.ratios("missing"), None);
    }

    #[test]
    fn geomean_skips_benchmarks_an_engine_could_not_run() {
        let b = |name: &str, c: f64, n: Option<f64>| BenchmarkResult {
            name: name.into(),
            seconds: [(CPYTHON.to_string(), c)].into_iter().chain(n.map(|n| ("native".to_string(), n))).collect(),
            errors: Default::default(),
        };
        let benches = [b("a", 1.0, Some(2.0)), b("b", 1.0, Some(0.5)), b("c", 1.0, None), b("d", 4.0, Some(1.0))];
        let g = PyperformanceRecord::compute_geomean(&benches, "native").unwrap();
        assert!((g - 4f64.powf(1.0 / 3.0)).abs() < 1e-12, "{g}");
        assert_eq!(PyperformanceRecord::compute_geomean(&benches[2..3], "native"), None);
    }

    #[test]
    fn median_and_ratio() {
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[]), None);
        assert_eq!(ratio(1.0, 0.0), None);
        assert_eq!(ratio(1.0, 4.0), Some(0.25));
    }
}
