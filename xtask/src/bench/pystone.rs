//! pystone 1.2, taken at bench time from Debian's `pypy3-lib` package (`apt-get download`,
//! then `dpkg-deb -x`) and cached under `~/.cache/pygmy/bench/`, and the warmup driver that
//! runs it several times in one process.

use crate::files;
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The Debian package that ships pystone 1.2, and where inside it.
const PACKAGE: &str = "pypy3-lib";
const PYSTONE_IN_PACKAGE: &str = "usr/lib/pypy3.9/test/pystone.py";

/// What the history calls the workload.
pub const WORKLOAD: &str = "pystone 1.2";

/// `~/.cache/pygmy/bench/pystone.py`, downloaded and extracted on first use.
pub fn fetch() -> Result<PathBuf> {
    let cache = super::cache_dir()?.join("bench");
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
    let status = Command::new("dpkg-deb").arg("-x").arg(&deb).arg(&unpacked).status().context("running dpkg-deb")?;
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

/// The warmup driver: `runs` runs of `pystones(loops)` in one process, one line each
/// (`warmup-run N SECONDS PYSTONES_PER_SECOND`). It imports `pystone` from its own directory.
pub fn driver(loops: u32, runs: u32) -> String {
    format!(
        "# Written by cargo xtask bench: pystone run {runs} times in one process, to see warmup.\n\
         from pystone import pystones\n\
         for run in range(1, {runs} + 1):\n    \
         benchtime, stones = pystones({loops})\n    \
         print(\"warmup-run\", run, \"%.6f\" % benchtime, \"%.1f\" % stones, flush=True)\n"
    )
}

/// The driver for a page, which has no files: pystone's source, as a string, becomes the
/// module `pystone` (compiled in the page by the compiler chunk) before the driver imports it.
pub fn page_driver(pystone_source: &str, loops: u32, runs: u32) -> String {
    format!(
        "import sys\n\
         _pystone = type(sys)(\"pystone\")\n\
         exec(compile({}, \"pystone.py\", \"exec\"), _pystone.__dict__)\n\
         sys.modules[\"pystone\"] = _pystone\n{}",
        py_string(pystone_source),
        driver(loops, runs)
    )
}

/// The pystones/s of each `warmup-run` line, in order.
pub fn parse_runs(stdout: &str) -> Result<Vec<f64>> {
    let mut runs = Vec::new();
    for line in stdout.lines().filter(|l| l.starts_with("warmup-run ")) {
        let stones = line.split_whitespace().nth(3).with_context(|| format!("bad driver line {line:?}"))?;
        runs.push(stones.parse::<f64>().with_context(|| format!("bad pystone figure in {line:?}"))?);
    }
    if runs.is_empty() {
        bail!("the driver printed no warmup-run line: {:?}", stdout.trim());
    }
    Ok(runs)
}

/// A Python string literal holding `s`.
pub fn py_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out + "\""
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_are_read_from_the_driver_lines() {
        let out = "warmup-run 1 0.250000 200000.0\nnoise\nwarmup-run 2 0.200000 250000.5\n";
        assert_eq!(parse_runs(out).unwrap(), [200000.0, 250000.5]);
        assert!(parse_runs("Traceback").is_err());
        assert!(driver(1000, 12).contains("pystones(1000)") && driver(1000, 12).contains("range(1, 12 + 1)"));
    }

    #[test]
    fn python_string_literals_escape_what_they_must() {
        assert_eq!(py_string("a\"b\\c\nd\te\u{1}é"), "\"a\\\"b\\\\c\\nd\\te\\x01é\"");
        assert!(page_driver("x = 1\n", 10, 2).starts_with("import sys\n_pystone = type(sys)(\"pystone\")\nexec(compile(\"x = 1\\n\""));
    }
}
