//! A pyperformance subset, run with our pyperf shim (`pyperf.py` beside this file) on each
//! engine. The benchmarks are not vendored: the pyperformance wheel is downloaded from PyPI at
//! bench time (`python3 -m pip download`) and its `data-files/benchmarks/bm_*/run_benchmark.py`
//! extracted to `~/.cache/pygmy/pyperformance/<version>/`. A benchmark an engine cannot run is
//! reported with the last line of its error, not skipped.

use super::engine::Engine;
use super::measure;
use crate::python;
use anyhow::{bail, Context, Result};
use size_reports::speed::{BenchmarkResult, PyperformanceRecord, CPYTHON};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Pinned, so rows of different commits run the same code.
pub const VERSION: &str = "1.14.0";
/// The subset of issue 6.
pub const BENCHMARKS: [&str; 10] = ["richards", "nbody", "float", "chaos", "deltablue", "nqueens", "spectral_norm", "fannkuch", "json_dumps", "raytrace"];
/// The shim every benchmark imports as `pyperf`.
const SHIM: &str = include_str!("pyperf.py");

/// The directory holding `bm_<name>/run_benchmark.py`, fetched on first use.
pub fn fetch() -> Result<PathBuf> {
    let cache = super::cache_dir()?.join("pyperformance").join(VERSION);
    let benchmarks = cache.join("pyperformance/data-files/benchmarks");
    let complete = |dir: &Path| BENCHMARKS.iter().all(|b| dir.join(format!("bm_{b}/run_benchmark.py")).is_file());
    if complete(&benchmarks) {
        return Ok(benchmarks);
    }
    std::fs::create_dir_all(&cache).with_context(|| format!("creating {}", cache.display()))?;
    eprintln!("fetching pyperformance {VERSION}: pip download (wheel) into {}", cache.display());
    let status = python::command()
        .args(["-m", "pip", "download", "--quiet", "--no-deps", "--only-binary", ":all:", "--dest"])
        .arg(&cache)
        .arg(format!("pyperformance=={VERSION}"))
        .status()
        .context("running python3 -m pip")?;
    if !status.success() {
        bail!("`python3 -m pip download pyperformance=={VERSION}` failed ({status})");
    }
    let wheel = cache.join(format!("pyperformance-{VERSION}-py3-none-any.whl"));
    let status = python::command().args(["-m", "zipfile", "-e"]).arg(&wheel).arg(&cache).status().context("running python3 -m zipfile")?;
    if !status.success() || !complete(&benchmarks) {
        bail!("{} does not hold the benchmarks {:?} under pyperformance/data-files/benchmarks", wheel.display(), BENCHMARKS);
    }
    // Only the benchmarks are needed again.
    let _ = std::fs::remove_file(&wheel);
    Ok(benchmarks)
}

/// Runs every benchmark on every engine (in turn, so each sees the same machine noise).
pub fn run(engines: &[&Engine], benchmarks: &Path, work: &Path, values: u32, timeout: Duration) -> Result<PyperformanceRecord> {
    let mut results = Vec::new();
    for name in BENCHMARKS {
        let dir = work.join(format!("bm_{name}"));
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let source = benchmarks.join(format!("bm_{name}/run_benchmark.py"));
        std::fs::copy(&source, dir.join("run_benchmark.py")).with_context(|| format!("copying {}", source.display()))?;
        std::fs::write(dir.join("pyperf.py"), SHIM).context("writing the pyperf shim")?;
        let mut result = BenchmarkResult { name: name.to_string(), seconds: BTreeMap::new(), errors: BTreeMap::new() };
        for engine in engines {
            eprintln!("pyperformance: {name} on {}", engine.label);
            let values = values.to_string();
            let outcome = measure::run(&mut engine.command(&dir.join("run_benchmark.py"), &["--values", &values]), timeout)
                .map_err(|e| format!("{e:#}"))
                .and_then(|m| m.stdout_if_ok())
                .and_then(|out| best(&out, name));
            match outcome {
                Ok(s) => {
                    result.seconds.insert(engine.name.to_string(), s);
                }
                Err(e) => {
                    result.errors.insert(engine.name.to_string(), e);
                }
            }
        }
        results.push(result);
    }
    let geomean = engines
        .iter()
        .filter(|e| e.name != CPYTHON)
        .filter_map(|e| Some((e.name.to_string(), PyperformanceRecord::compute_geomean(&results, e.name)?)))
        .collect();
    Ok(PyperformanceRecord { version: VERSION.to_string(), benchmarks: results, geomean })
}

/// The `best=` figure of the shim's line for `name`.
fn best(stdout: &str, name: &str) -> Result<f64, String> {
    let prefix = format!("pyperf-shim: {name} ");
    let line = stdout.lines().find(|l| l.starts_with(&prefix)).ok_or_else(|| format!("no \"{}\" line in its output", prefix.trim()))?;
    line.split_whitespace()
        .find_map(|w| w.strip_prefix("best="))
        .and_then(|v| v.parse::<f64>().ok())
        .filter(|v| *v > 0.0)
        .ok_or_else(|| format!("bad shim line {line:?}"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_the_best_time_of_the_shim_line() {
        assert_eq!(super::best("x\npyperf-shim: float best=0.25 loops=1 values=0.3,0.25\n", "float"), Ok(0.25));
        assert!(super::best("pyperf-shim: floaty best=1 loops=1 values=1\n", "float").is_err());
        assert!(super::best("pyperf-shim: float best=nope\n", "float").is_err());
    }
}
