//! The reference interpreter: CPython 3.11 as `python3` on PATH.

use anyhow::{bail, Context, Result};
use std::ffi::OsStr;
use std::path::PathBuf;
use std::process::Command;

/// The command name; expected outputs and benchmark baselines come from it.
pub const PYTHON: &str = "python3";

/// Checks that `python3` is CPython 3.11 and returns its full version (e.g. `3.11.7`).
pub fn check_cpython_311() -> Result<String> {
    let probe = "import platform, sys; print(platform.python_implementation(), platform.python_version())";
    let out = Command::new(PYTHON)
        .args(["-I", "-c", probe])
        .output()
        .with_context(|| format!("running `{PYTHON}`: CPython 3.11 must be on PATH as `{PYTHON}`"))?;
    if !out.status.success() {
        bail!("`{PYTHON}` failed ({}): {}", out.status, String::from_utf8_lossy(&out.stderr).trim());
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut words = text.split_whitespace();
    let (implementation, version) = (words.next().unwrap_or("?"), words.next().unwrap_or("?"));
    if implementation != "CPython" || !version.starts_with("3.11.") {
        bail!("need CPython 3.11 as `{PYTHON}` on PATH, found {implementation} {version}");
    }
    Ok(version.to_string())
}

/// A `python3 ARGS…` command with a clean, reproducible environment: no inherited `PYTHON*`
/// settings, no `.pyc` files written into the tree.
pub fn command() -> Command {
    command_for(PYTHON)
}

/// [`command`] running `program` (the path [`executable`] found) instead of `python3`.
pub fn command_for(program: impl AsRef<OsStr>) -> Command {
    let mut cmd = Command::new(program);
    clean_env(&mut cmd);
    cmd
}

/// The environment of [`command`], for a command that runs CPython through another program
/// (valgrind).
pub fn clean_env(cmd: &mut Command) {
    for (key, _) in std::env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(&key);
        }
    }
    cmd.env("PYTHONDONTWRITEBYTECODE", "1").env("PYTHONIOENCODING", "utf-8");
}

/// The interpreter binary behind `python3` (`sys.executable`): a pyenv shim is a shell script
/// that execs it, which would add its own start-up to timings and hide CPython from valgrind.
pub fn executable() -> Result<PathBuf> {
    let out = command().args(["-c", "import sys; print(sys.executable)"]).output().with_context(|| format!("running `{PYTHON}`"))?;
    let path = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    if !out.status.success() || !path.is_file() {
        bail!("`{PYTHON}` did not name its executable (sys.executable = {})", path.display());
    }
    Ok(path)
}
