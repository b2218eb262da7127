//! `cargo xtask`: the project's own build and maintenance commands, written in Rust so they
//! run wherever cargo does. One module per command (`bless`, `bench`, `cpython-tests`, `dashboard`,
//! `dist`, `fuzz-jit`, `size`, `test`); shared plumbing for running processes and writing files lives in `process`
//! and `files`.

mod backfill;
mod bench;
mod bless;
mod cpython_tests;
mod dashboard;
mod dist;
mod files;
mod fuzz_jit;
mod process;
mod python;
mod size;
mod test;

use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "cargo xtask", about = "pygmy's build and maintenance tasks", long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Regenerate the expected outputs of tests/py programs with CPython 3.11
    Bless(bless::Args),
    /// pygmy against native CPython in one run: pystone warmup (12 runs in one process) natively,
    /// in Node and in headless Chromium, startup, the pyperformance subset, --callgrind;
    /// --record files the figures in HEAD's history row
    Bench(bench::Args),
    /// CPython's own tests of issue 4's acceptance modules under CPython and `pygmy run`: per module,
    /// the tests CPython passes and how many of them pygmy passes (slow; not part of `test`)
    CpythonTests(cpython_tests::Args),
    /// Write the size and speed history as a static HTML page with inline SVG charts
    Dashboard(dashboard::Args),
    /// Build dist/: the VM and compiler in wasm, stripped, optimized, compressed, with the loader
    Dist(dist::Args),
    /// The JIT's differential fuzzer: generated programs under PYGMY_JIT=off/on/eager and
    /// CPython; diverging ones are kept and reduced (slow; not part of `test`)
    FuzzJit(fuzz_jit::Args),
    /// Print the size report of a dist/ directory; --record files it in the size history,
    /// --check holds it to the last history row and size-budget.toml
    Size(size::Args),
    /// Run everything CI runs: bless --check, cargo test, dist, the Node and Chromium tests,
    /// and tests/py through the wasm VM under Node
    Test(test::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Bless(args) => bless::run(&args),
        Command::Bench(args) => bench::run(&args),
        Command::CpythonTests(args) => cpython_tests::run(&args),
        Command::Dashboard(args) => dashboard::run(&args),
        Command::Dist(args) => dist::run(&args),
        Command::FuzzJit(args) => fuzz_jit::run(&args),
        Command::Size(args) => size::run(&args),
        Command::Test(args) => test::run(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("xtask: error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root (the workspace directory holding `xtask/`): from the
/// `CARGO_MANIFEST_DIR` that `cargo run` sets for this run, else the one it was compiled
/// with. Two clones sharing one target directory (`fresh-ci`) can run a binary cargo built
/// in the other clone, whose compiled-in path is that clone's: it wrote the other's `dist/`
/// and checked the other's size history.
pub fn project_root() -> PathBuf {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    manifest.parent().map(Path::to_path_buf).unwrap_or(manifest)
}

/// Cargo's target directory: `$CARGO_TARGET_DIR` (relative to the repository root when
/// relative), else `target/`.
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR").filter(|v| !v.is_empty()) {
        Some(dir) => project_root().join(dir),
        None => project_root().join("target"),
    }
}
