//! Writing generated files atomically, and finding the tests/py programs.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};

/// Writes `contents` to `path` through a temporary file in the same directory and a rename, so
/// readers never see a half-written file. Returns `false` (and writes nothing) when the file
/// already holds exactly `contents`.
pub fn write_if_changed(path: &Path, contents: &[u8]) -> Result<bool> {
    if std::fs::read(path).is_ok_and(|old| old == contents) {
        return Ok(false);
    }
    let dir = path.parent().with_context(|| format!("{} has no parent directory", path.display()))?;
    let name = path.file_name().with_context(|| format!("{} has no file name", path.display()))?;
    let tmp = dir.join(format!(".{}.tmp{}", name.to_string_lossy(), std::process::id()));
    std::fs::write(&tmp, contents).with_context(|| format!("writing {}", tmp.display()))?;
    if let Err(e) = std::fs::rename(&tmp, path) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("renaming {} to {}", tmp.display(), path.display()));
    }
    Ok(true)
}

/// Removes `path` if it exists. Returns whether there was something to remove.
pub fn remove_if_present(path: &Path) -> Result<bool> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e).with_context(|| format!("removing {}", path.display())),
    }
}

/// A name that marks a helper (module, package) rather than a test program.
fn is_helper(name: &str) -> bool {
    name.starts_with('_') || name.starts_with('.')
}

/// The test programs (`tests/py/<area>/<name>.py`, helpers excluded) at or under `path`, as
/// paths relative to `root`, sorted. `path` is a file or a directory inside `root/tests/py`.
pub fn test_programs(root: &Path, path: &Path) -> Result<Vec<PathBuf>> {
    let suite = root.join("tests/py");
    let abs = std::fs::canonicalize(path).with_context(|| format!("cannot find {}", path.display()))?;
    let suite = std::fs::canonicalize(&suite).with_context(|| format!("{} is missing", suite.display()))?;
    let Ok(rel) = abs.strip_prefix(&suite) else {
        bail!("{} is not inside tests/py", path.display());
    };
    let parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    if let Some(helper) = parts.iter().find(|p| is_helper(p)) {
        bail!("{}: `{helper}` starts with `_`, so it is a helper, not a test program", path.display());
    }
    let mut found = Vec::new();
    if abs.is_dir() {
        if parts.len() > 1 {
            bail!("{}: tests live directly in tests/py/<area>/; this directory holds none", path.display());
        }
        collect(&abs, parts.len(), &mut found)?;
    } else {
        if parts.len() != 2 || abs.extension().is_none_or(|e| e != "py") {
            bail!("{}: not a test program (expected tests/py/<area>/<name>.py)", path.display());
        }
        found.push(abs);
    }
    let root = std::fs::canonicalize(root).with_context(|| format!("{}: no such directory", root.display()))?;
    let mut rel: Vec<PathBuf> = found.iter().filter_map(|p| p.strip_prefix(&root).ok().map(Path::to_path_buf)).collect();
    rel.sort();
    Ok(rel)
}

/// Collects `<area>/<name>.py` below `dir`, which sits `depth` levels below tests/py.
fn collect(dir: &Path, depth: usize, found: &mut Vec<PathBuf>) -> Result<()> {
    let entries = std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?;
    for entry in entries {
        let entry = entry.with_context(|| format!("reading {}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if is_helper(&name) {
            continue;
        }
        let path = entry.path();
        let file_type = entry.file_type().with_context(|| format!("reading {}", path.display()))?;
        if file_type.is_dir() && depth == 0 {
            collect(&path, 1, found)?;
        } else if file_type.is_file() && depth == 1 && name.ends_with(".py") {
            found.push(path);
        }
    }
    Ok(())
}
