//! Instructions per pystone loop under callgrind, for the native VM and CPython: pystone run
//! with a short and a long loop count, `(I(long) - I(short)) / (long - short)`, so start-up,
//! compilation and imports cancel out. Unlike wall time, the count does not move with the load
//! of a shared machine, so it is the figure a small interpreter change is judged by.
//!
//! With a dist, the same for the wasm VM in Node: V8 runs under callgrind with
//! `--smc-check=all-non-file` (its code is generated at run time), `--no-liftoff` (every wasm
//! function compiled once by the optimizing tier, so no tier-up races the count) and
//! `--single-threaded` (no background compiles). What is counted is the machine code V8
//! generated from the core, the figure for wasm-side changes. Runs differ by about 1 % (V8's own
//! work between them: its heap, its compiles), and one takes about a minute.

use super::engine::Engine;
use super::measure;
use anyhow::{bail, Context, Result};
use size_reports::speed::CallgrindRecord;
use std::path::Path;
use std::time::Duration;

/// The loop counts used since the first callgrind figures (commit e89b39f's message).
pub const LOOPS: [u32; 2] = [2_000, 20_000];

pub fn measure(cpython: &Engine, native: &Engine, node: Option<&Engine>, pystone: &Path, work: &Path, timeout: Duration) -> Result<CallgrindRecord> {
    let per_loop = |engine: &Engine, jit: &str| -> Result<u64> {
        let mut counts = [0u64; 2];
        for (count, loops) in counts.iter_mut().zip(LOOPS) {
            let mode = if engine.name == "node" { format!(", PYGMY_JIT={jit}") } else { String::new() };
            eprintln!("callgrind: {}{mode} pystone {loops} loops", engine.label);
            *count = instructions(engine, jit, pystone, loops, work, timeout).with_context(|| format!("{}{mode} under callgrind", engine.label))?;
        }
        if counts[1] <= counts[0] {
            bail!("{}: {} loops took no more instructions than {} ({} vs {})", engine.label, LOOPS[1], LOOPS[0], counts[1], counts[0]);
        }
        Ok(((counts[1] - counts[0]) as f64 / (LOOPS[1] - LOOPS[0]) as f64).round() as u64)
    };
    let (node_per_loop, node_jit_per_loop) = match node {
        Some(node) => (Some(per_loop(node, "off")?), Some(per_loop(node, "on")?)),
        None => (None, None),
    };
    Ok(CallgrindRecord { loops: LOOPS, cpython_per_loop: per_loop(cpython, "")?, pygmy_per_loop: per_loop(native, "")?, node_per_loop, node_jit_per_loop })
}

/// The instructions callgrind collected running pystone with `loops` (`jit`: Node's
/// `PYGMY_JIT`).
fn instructions(engine: &Engine, jit: &str, pystone: &Path, loops: u32, work: &Path, timeout: Duration) -> Result<u64> {
    // The profile itself is not kept: only the total on stderr is read.
    let mut wrapper = vec!["valgrind".into(), "--tool=callgrind".into(), format!("--callgrind-out-file={}", work.join("callgrind.out.%p").display()).into()];
    let mut flags: &[&str] = &[];
    if engine.name == "node" {
        wrapper.push("--smc-check=all-non-file".into());
        flags = &["--no-liftoff", "--single-threaded"];
    }
    let mut cmd = engine.command_with(&wrapper, flags, pystone, &[&loops.to_string()]);
    if engine.name == "node" {
        cmd.env("PYGMY_JIT", jit);
    }
    let m = measure::run(&mut cmd, timeout).context("running valgrind (apt-get install valgrind)")?;
    let stderr = String::from_utf8_lossy(&m.finished.stderr);
    if let Err(e) = m.stdout_if_ok() {
        bail!("{e}");
    }
    let _ = clean(work);
    collected(&stderr).with_context(|| format!("no \"Collected :\" line in valgrind's output: {}", measure::last_line(stderr.as_bytes())))
}

/// `==123== Collected : 456789` → 456789.
fn collected(stderr: &str) -> Option<u64> {
    stderr.lines().find_map(|l| l.split_once("Collected :").map(|(_, n)| n.trim().parse().ok())).flatten()
}

fn clean(work: &Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(work)? {
        let path = entry?.path();
        if path.file_name().is_some_and(|n| n.to_string_lossy().starts_with("callgrind.out.")) {
            std::fs::remove_file(path)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_the_collected_total() {
        let stderr = "==9== Callgrind, a call-graph generating cache profiler\n==9==\n==9== Events    : Ir\n==9== Collected : 123456789\n==9==\n==9== I   refs:      123,456,789\n";
        assert_eq!(super::collected(stderr), Some(123456789));
        assert_eq!(super::collected("nothing"), None);
    }
}
