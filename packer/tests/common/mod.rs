//! What the integration tests share: where the repository is, which files in tests/py are test
//! programs, and what CPython 3.11 did with each (the blessed `.out`/`.err`/`.rc` files).
#![allow(dead_code)] // each test binary uses a different part of this module

use std::path::{Path, PathBuf};

/// The repository root (the workspace directory holding `packer/`).
pub fn repo_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// Names starting with `_` are helper modules and packages, not test programs.
fn is_helper(name: &str) -> bool {
    name.starts_with('_') || name.starts_with('.')
}

/// One test program, `tests/py/<area>/<name>.py`.
#[derive(Clone, Debug)]
pub struct Program {
    /// `<area>/<name>`: the key in known-failures.toml and what PYGMY_TEST_FILTER matches.
    pub name: String,
    /// `tests/py/<area>/<name>.py`, relative to the repository root.
    pub path: PathBuf,
}

/// Every test program under `root/tests/py`, sorted by name.
pub fn programs(root: &Path) -> Vec<Program> {
    let mut found = Vec::new();
    for area in sorted_entries(&root.join("tests/py")) {
        let area_name = file_name(&area);
        if is_helper(&area_name) || !area.is_dir() {
            continue;
        }
        for file in sorted_entries(&area) {
            let stem = file_name(&file);
            if is_helper(&stem) || !file.is_file() {
                continue;
            }
            if let Some(stem) = stem.strip_suffix(".py") {
                let name = format!("{area_name}/{stem}");
                found.push(Program { path: PathBuf::from("tests/py").join(&area_name).join(file_name(&file)), name });
            }
        }
    }
    found
}

/// Every `.py` file under `root/tests/py`, helpers included, relative to `root`, sorted.
pub fn python_files(root: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![root.join("tests/py")];
    while let Some(dir) = dirs.pop() {
        for path in sorted_entries(&dir) {
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "py") {
                found.push(path.strip_prefix(root).map(Path::to_path_buf).unwrap_or(path));
            }
        }
    }
    found.sort();
    found
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
    let mut paths: Vec<PathBuf> = entries.map(|e| e.unwrap_or_else(|e| panic!("reading {}: {e}", dir.display())).path()).collect();
    paths.sort();
    paths
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// What CPython 3.11 did with a program, as blessed by `cargo xtask bless`.
#[derive(Clone, Debug)]
pub struct Expected {
    pub stdout: Vec<u8>,
    pub status: i32,
    /// The last line of stderr without its newline; only meaningful when `status != 0`.
    pub last_stderr_line: String,
}

impl Expected {
    /// Reads `<name>.out` and, when present, `<name>.err` and `<name>.rc`.
    pub fn load(root: &Path, program: &Program) -> Result<Expected, String> {
        let base = root.join(&program.path).with_extension("");
        let out = base.with_extension("out");
        let stdout = std::fs::read(&out)
            .map_err(|e| format!("{}: {e} (bless it: cargo xtask bless {})", out.display(), program.path.display()))?;
        let status = match std::fs::read_to_string(base.with_extension("rc")) {
            Ok(text) => text.trim().parse().map_err(|_| format!("{}.rc: not an exit status: {text:?}", base.display()))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => 0,
            Err(e) => return Err(format!("{}.rc: {e}", base.display())),
        };
        let last_stderr_line = match std::fs::read(base.with_extension("err")) {
            Ok(bytes) => trim_newline(&String::from_utf8_lossy(&bytes)).to_string(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(format!("{}.err: {e}", base.display())),
        };
        Ok(Expected { stdout, status, last_stderr_line })
    }

    /// Whether the program is one CPython refuses to compile (a SyntaxError or one of its
    /// subclasses as the last stderr line). It may also raise one at run time via `compile`.
    pub fn is_syntax_error(&self) -> bool {
        self.status == 1
            && ["SyntaxError:", "IndentationError:", "TabError:"].iter().any(|p| self.last_stderr_line.starts_with(p))
    }
}

/// The last line of a stream as `tail -n 1` prints it, without its newline.
pub fn last_line(stream: &str) -> &str {
    let body = trim_newline(stream);
    match body.rfind('\n') {
        Some(i) => &body[i + 1..],
        None => body,
    }
}

fn trim_newline(s: &str) -> &str {
    let s = s.strip_suffix('\n').unwrap_or(s);
    s.strip_suffix('\r').unwrap_or(s)
}
