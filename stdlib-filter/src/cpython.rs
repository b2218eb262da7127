//! What CPython 3.11 itself imports for an app: the yardstick of `pygmy build`'s size ratio.
//!
//! The app runs under `python3 -S -E -s -X importtime` (isolated like `-I`, except that the
//! script's directory stays on `sys.path` so an app's own packages import), its output thrown
//! away; the modules named on stderr, minus those the same interpreter imports for an empty
//! program, are mapped to their sources in the stdlib directory. Frozen and built-in modules
//! of the start-up set are subtracted; C extensions have no source and are left out.

use anyhow::{bail, Context, Result};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long the app may run before it is stopped (the ratio is then not reported).
const TIMEOUT: Duration = Duration::from_secs(60);

/// A CPython 3.11 to run: `python3` when it is 3.11, else `python3.11`.
pub fn python() -> Option<&'static str> {
    ["python3", "python3.11"].into_iter().find(|exe| {
        Command::new(exe)
            .args(["-c", "import sys; sys.exit(sys.version_info[:2] != (3, 11))"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

/// The module names of `-X importtime` lines (`import time: self | cumulative |   name`).
pub fn parse_importtime(stderr: &str) -> BTreeSet<String> {
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix("import time:"))
        .filter_map(|l| l.rsplit('|').next())
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty() && name != "imported package")
        .collect()
}

fn importtime(python: &str, args: &[&str], cwd: Option<&Path>) -> Result<BTreeSet<String>> {
    let mut cmd = Command::new(python);
    cmd.args(["-S", "-E", "-s", "-X", "importtime"]).args(args).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::piped());
    if let Some(dir) = cwd {
        cmd.current_dir(dir);
    }
    let mut child = cmd.spawn().with_context(|| format!("running {python}"))?;
    let mut stderr = child.stderr.take().context("stderr pipe")?;
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = std::io::Read::read_to_string(&mut stderr, &mut s);
        s
    });
    let start = Instant::now();
    while child.try_wait()?.is_none() {
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            bail!("{python} did not finish the app within {} s", TIMEOUT.as_secs());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    Ok(parse_importtime(&reader.join().unwrap_or_default()))
}

/// The source file of a stdlib module, if it has one.
fn source_of(stdlib: &Path, module: &str) -> Option<PathBuf> {
    let base = stdlib.join(module.replace('.', "/"));
    [base.join("__init__.py"), base.with_extension("py")].into_iter().find(|p| p.is_file())
}

/// The stdlib sources CPython 3.11 imports for `app` (run with `args`) beyond its start-up set.
pub fn imported_sources(python: &str, app: &Path, args: &[String], stdlib: &Path) -> Result<Vec<PathBuf>> {
    let base = importtime(python, &["-c", "pass"], None)?;
    let app = std::fs::canonicalize(app).with_context(|| format!("can't open file '{}'", app.display()))?;
    let mut argv = vec![app.to_str().context("the app's path is not UTF-8")?];
    argv.extend(args.iter().map(String::as_str));
    let used = importtime(python, &argv, app.parent())?;
    Ok(used.difference(&base).filter_map(|m| source_of(stdlib, m)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn importtime_lines() {
        let err = "import time: self [us] | cumulative | imported package\n\
                   import time:       120 |        120 |   _io\n\
                   import time:        80 |        300 |     json.decoder\n\
                   Traceback (most recent call last):\n\
                   import time:       200 |        500 | json\n";
        let names: Vec<_> = parse_importtime(err).into_iter().collect();
        assert_eq!(names, ["_io", "json", "json.decoder"]);
    }
}
