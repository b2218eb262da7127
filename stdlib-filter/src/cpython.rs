//! What CPython 3.11 itself imports for an app: the yardstick of `pygmy build`'s size ratio.
//!
//! The app runs under `python3 -S -E -s -X importtime` (isolated like `-I`, except that the
//! script's directory stays on `sys.path` so an app's own packages import), its output thrown
//! away; the modules named on stderr, minus those the same interpreter imports for an empty
//! program, are mapped to their sources in the stdlib directory. Frozen and built-in modules
//! of the start-up set are subtracted; C extensions have no source and are left out.
//!
//! The same run says which modules a bundle may lack ([`CpythonRun::missing_from`]): a module
//! CPython imported while importing one that stops, on pygmy, at a C module pygmy does not
//! have (`base64` under `ssl`, which stops at `_ssl`) is not missing.

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
    import_tree(stderr).into_iter().map(|(name, _)| name).collect()
}

/// `-X importtime` lines as (module, the module whose import imported it). CPython prints a
/// module after the ones it imported, two more spaces of indent per level.
pub fn import_tree(stderr: &str) -> Vec<(String, Option<String>)> {
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    // Modules printed so far whose parent is not printed yet: (depth, index in `out`).
    let mut open: Vec<(usize, usize)> = Vec::new();
    for field in stderr.lines().filter_map(|l| l.strip_prefix("import time:")).filter_map(|l| l.rsplit('|').next()) {
        let name = field.trim();
        if name.is_empty() || name == "imported package" {
            continue;
        }
        let depth = (field.len() - field.trim_start().len()).saturating_sub(1) / 2;
        while open.last().is_some_and(|&(d, _)| d > depth) {
            let (_, child) = open.pop().unwrap_or_default();
            out[child].1 = Some(name.to_owned());
        }
        open.push((depth, out.len()));
        out.push((name.to_owned(), None));
    }
    out
}

/// What CPython 3.11 imported for one run of an app, beyond its start-up set.
#[derive(Clone, Debug, Default)]
pub struct CpythonRun {
    /// Stdlib modules with a source file: (name, file).
    pub sources: Vec<(String, PathBuf)>,
    /// Every module imported beyond start-up, with the module whose import imported it.
    pub tree: Vec<(String, Option<String>)>,
}

impl CpythonRun {
    /// The source modules CPython imported that `bundled` lacks, each with `None`, or with the
    /// reason it need not be there: `Some((ancestor, c_module))` when CPython imported it while
    /// importing `ancestor`, which is bundled and imported `c_module`, a module with no source
    /// that pygmy does not provide (`has_native` says which it does), so on pygmy the
    /// ancestor's import may stop there (one without a `try/except ImportError` around it does).
    pub fn missing_from(&self, bundled: &dyn Fn(&str) -> bool, has_native: &dyn Fn(&str) -> bool) -> Vec<(String, Option<(String, String)>)> {
        let parent = |m: &str| self.tree.iter().find(|(n, _)| n == m).and_then(|(_, p)| p.clone());
        let source = |m: &str| self.sources.iter().any(|(n, _)| n == m);
        // The C modules without source pygmy lacks, by the module that imported them.
        let stops_at = |a: &str| self.tree.iter().find(|(n, p)| p.as_deref() == Some(a) && !source(n) && !has_native(n)).map(|(n, _)| n.clone());
        let mut out = Vec::new();
        for (m, _) in self.sources.iter().filter(|(m, _)| !bundled(m)) {
            let mut why = None;
            let mut at = parent(m);
            while let Some(a) = at {
                if bundled(&a) {
                    if let Some(c) = stops_at(&a) {
                        why = Some((a, c));
                        break;
                    }
                }
                at = parent(&a);
            }
            out.push((m.clone(), why));
        }
        out
    }
}

fn importtime(python: &str, args: &[&str], cwd: Option<&Path>) -> Result<String> {
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
    Ok(reader.join().unwrap_or_default())
}

/// The source file of a stdlib module, if it has one.
fn source_of(stdlib: &Path, module: &str) -> Option<PathBuf> {
    let base = stdlib.join(module.replace('.', "/"));
    [base.join("__init__.py"), base.with_extension("py")].into_iter().find(|p| p.is_file())
}

/// What CPython 3.11 imports for `app` (run with `args`) beyond its start-up set.
pub fn imported_sources(python: &str, app: &Path, args: &[String], stdlib: &Path) -> Result<CpythonRun> {
    let base = parse_importtime(&importtime(python, &["-c", "pass"], None)?);
    let app = std::fs::canonicalize(app).with_context(|| format!("can't open file '{}'", app.display()))?;
    let mut argv = vec![app.to_str().context("the app's path is not UTF-8")?];
    argv.extend(args.iter().map(String::as_str));
    let mut tree = import_tree(&importtime(python, &argv, app.parent())?);
    tree.retain(|(m, _)| !base.contains(m));
    let names: BTreeSet<&String> = tree.iter().map(|(m, _)| m).collect();
    let sources = names.into_iter().filter_map(|m| source_of(stdlib, m).map(|p| (m.clone(), p))).collect();
    Ok(CpythonRun { sources, tree })
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

    #[test]
    fn import_tree_and_what_a_bundle_may_lack() {
        let err = "import time: self [us] | cumulative | imported package\n\
                   import time:       100 |        100 |       _ssl\n\
                   import time:       100 |        100 |           _struct\n\
                   import time:       100 |        200 |         struct\n\
                   import time:       100 |        300 |       base64\n\
                   import time:       100 |        600 |     ssl\n\
                   import time:       100 |        700 |   asyncio\n\
                   import time:       100 |        100 |   heapq\n";
        let tree = import_tree(err);
        let parent = |m: &str| tree.iter().find(|(n, _)| n == m).unwrap().1.clone();
        assert_eq!(parent("_ssl").as_deref(), Some("ssl"));
        assert_eq!(parent("_struct").as_deref(), Some("struct"));
        assert_eq!(parent("struct").as_deref(), Some("base64"));
        assert_eq!(parent("ssl").as_deref(), Some("asyncio"));
        assert_eq!((parent("asyncio"), parent("heapq")), (None, None));
        let sources = ["asyncio", "ssl", "base64", "struct", "heapq"].map(|m| (m.to_owned(), PathBuf::from(format!("{m}.py")))).to_vec();
        let run = CpythonRun { sources, tree };
        let bundled = |m: &str| ["asyncio", "ssl"].contains(&m);
        let missing = run.missing_from(&bundled, &|m| m == "_struct");
        let why = |m: &str| missing.iter().find(|(n, _)| n == m).map(|(_, w)| w.clone());
        assert_eq!(why("base64"), Some(Some(("ssl".into(), "_ssl".into()))));
        assert_eq!(why("struct"), Some(Some(("ssl".into(), "_ssl".into()))));
        assert_eq!(why("heapq"), Some(None));
        assert_eq!(why("ssl"), None);
    }
}
