//! `cargo xtask bench`: pystone 1.2 under native CPython and under `pygmy run` (release build)
//! in the same run, interleaved so both see the same machine noise; best of N runs each.
//!
//! pystone is not vendored: it is taken at bench time from Debian's `pypy3-lib` package
//! (`apt-get download`, then `dpkg-deb -x`) and cached under `~/.cache/pygmy/`.

use crate::{files, process, project_root, python};
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;

#[derive(clap::Args)]
pub struct Args {
    /// Pystone loop count passed to each run
    #[arg(long, default_value_t = 50_000)]
    loops: u32,
    /// Runs per interpreter; the best is reported
    #[arg(long, default_value_t = 3)]
    runs: u32,
    /// Seconds before a single run is killed
    #[arg(long, default_value_t = 600)]
    timeout: u64,
}

/// The Debian package that ships pystone 1.2, and where inside it.
const PACKAGE: &str = "pypy3-lib";
const PYSTONE_IN_PACKAGE: &str = "usr/lib/pypy3.9/test/pystone.py";

pub fn run(args: &Args) -> Result<ExitCode> {
    let version = python::check_cpython_311()?;
    let pystone = fetch_pystone()?;
    let pygmy = build_release_pygmy()?;
    let timeout = Duration::from_secs(args.timeout);
    let runs = args.runs.max(1);
    let loops = args.loops.to_string();

    println!("pystone 1.2, {} loops, best of {runs} ({})", args.loops, pystone.display());
    let mut cpython = Vec::new();
    let mut ours = Vec::new();
    let mut ours_failed = None;
    for _ in 0..runs {
        let mut cmd = python::command();
        cmd.arg(&pystone).arg(&loops);
        let stones = pystones(&mut cmd, timeout).context("CPython could not run pystone")?;
        cpython.push(stones);
        if ours_failed.is_none() {
            let mut cmd = Command::new(&pygmy);
            cmd.arg("run").arg(&pystone).arg(&loops);
            match pystones(&mut cmd, timeout) {
                Ok(stones) => ours.push(stones),
                Err(e) => ours_failed = Some(format!("{e:#}")),
            }
        }
    }
    let best = |v: &[f64]| v.iter().copied().fold(0.0, f64::max);
    let cpython_best = best(&cpython);
    println!("  {:<22} {:>10.0} pystones/s   (runs: {})", format!("CPython {version}"), cpython_best, list(&cpython));
    match ours_failed {
        Some(why) => {
            println!("  {:<22} cannot run pystone yet: {why}", "pygmy (release)");
            println!("bench: no pygmy figure (pygmy failed on pystone); the CPython figure above is the baseline");
        }
        None => {
            let ours_best = best(&ours);
            println!(
                "  {:<22} {:>10.0} pystones/s   (runs: {})   {:.2}x CPython",
                "pygmy (release)",
                ours_best,
                list(&ours),
                ours_best / cpython_best
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn list(v: &[f64]) -> String {
    v.iter().map(|s| format!("{s:.0}")).collect::<Vec<_>>().join(", ")
}

/// Runs a pystone command and reads "This machine benchmarks at N pystones/second".
fn pystones(cmd: &mut Command, timeout: Duration) -> Result<f64> {
    let finished = process::run_captured(cmd, timeout)?;
    let stdout = String::from_utf8_lossy(&finished.stdout);
    let stderr = String::from_utf8_lossy(&finished.stderr);
    let last_err = stderr.lines().last().unwrap_or("").trim();
    match finished.exit_code() {
        Ok(0) => {}
        Ok(code) => bail!("exit status {code}: {last_err}"),
        Err(why) => bail!("{why}"),
    }
    let figure = stdout
        .lines()
        .find_map(|line| line.strip_prefix("This machine benchmarks at ")?.strip_suffix(" pystones/second"))
        .with_context(|| format!("no \"This machine benchmarks at N pystones/second\" line in its output: {:?}", stdout.trim()))?;
    figure.trim().parse::<f64>().with_context(|| format!("bad pystone figure {figure:?}"))
}

/// `~/.cache/pygmy/bench/pystone.py`, downloaded and extracted on first use.
fn fetch_pystone() -> Result<PathBuf> {
    let cache = cache_dir()?.join("bench");
    let pystone = cache.join("pystone.py");
    if std::fs::read(&pystone).is_ok_and(|text| is_pystone_12(&text)) {
        return Ok(pystone);
    }
    std::fs::create_dir_all(&cache).with_context(|| format!("creating {}", cache.display()))?;
    eprintln!("fetching pystone: apt-get download {PACKAGE} into {}", cache.display());
    let status = Command::new("apt-get")
        .args(["download", PACKAGE])
        .current_dir(&cache)
        .status()
        .context("running apt-get (pystone comes from Debian's pypy3-lib package)")?;
    if !status.success() {
        bail!("`apt-get download {PACKAGE}` failed ({status}); if the package is unknown, run `apt-get update` first");
    }
    let deb = newest_deb(&cache)?;
    let unpacked = cache.join("unpacked");
    let _ = std::fs::remove_dir_all(&unpacked);
    let status = Command::new("dpkg-deb")
        .arg("-x")
        .arg(&deb)
        .arg(&unpacked)
        .status()
        .context("running dpkg-deb")?;
    if !status.success() {
        bail!("`dpkg-deb -x {}` failed ({status})", deb.display());
    }
    let source = unpacked.join(PYSTONE_IN_PACKAGE);
    let text = std::fs::read(&source).with_context(|| format!("{PACKAGE} has no {PYSTONE_IN_PACKAGE}"))?;
    if !is_pystone_12(&text) {
        bail!("{} is not pystone 1.2", source.display());
    }
    files::write_if_changed(&pystone, &text)?;
    // Only pystone.py is kept; the package and the rest of its tree are not needed again.
    let _ = std::fs::remove_dir_all(&unpacked);
    let _ = std::fs::remove_file(&deb);
    Ok(pystone)
}

fn is_pystone_12(text: &[u8]) -> bool {
    let marker = b"__version__ = \"1.2\"";
    text.windows(marker.len()).any(|w| w == marker)
}

fn newest_deb(dir: &Path) -> Result<PathBuf> {
    let mut debs: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with(&format!("{PACKAGE}_")) && n.to_string_lossy().ends_with(".deb")))
        .collect();
    debs.sort();
    debs.pop().with_context(|| format!("apt-get download left no {PACKAGE}_*.deb in {}", dir.display()))
}

fn cache_dir() -> Result<PathBuf> {
    let base = match std::env::var_os("XDG_CACHE_HOME").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => PathBuf::from(std::env::var_os("HOME").context("HOME is not set (needed for ~/.cache/pygmy)")?).join(".cache"),
    };
    Ok(base.join("pygmy"))
}

/// Builds `pygmy` with the release profile and returns its path.
fn build_release_pygmy() -> Result<PathBuf> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    eprintln!("building pygmy (cargo build --release -p packer)");
    let status = Command::new(&cargo)
        .args(["build", "--release", "-p", "packer"])
        .current_dir(project_root())
        .status()
        .context("running cargo")?;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_pystone_figure_and_reports_failures() {
        let mut ok = Command::new("sh");
        ok.args(["-c", "echo 'Pystone(1.2) time for 5 passes = 0.1'; echo 'This machine benchmarks at 123456 pystones/second'"]);
        assert_eq!(pystones(&mut ok, Duration::from_secs(30)).ok(), Some(123456.0));
        let mut failing = Command::new("sh");
        failing.args(["-c", "echo 'ModuleNotFoundError: no time' >&2; exit 1"]);
        let err = format!("{:#}", pystones(&mut failing, Duration::from_secs(30)).unwrap_err());
        assert!(err.contains("exit status 1: ModuleNotFoundError"), "{err}");
    }
}
