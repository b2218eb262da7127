//! The stdlib a page imports from: CPython 3.11's pure-Python `Lib/`, compiled to bytecode
//! at `dist` time, one content-hashed chunk (`stdlib-<name>.<hash>.pyb`, the bundle format of
//! [`crate::bundle`]) per top-level module or package, and an index the loader fetches on
//! the first import that needs it: which chunk holds which module, and which chunks a chunk's
//! module-level imports need (stdlib-filter's eager edges), so a page fetches an import's
//! whole eager closure in parallel before running. Under Node the CLI still reads `Lib/`
//! itself, so tracebacks name the real files.
//!
//! Grouping is by top-level name on purpose (the import-analysis issue refines it): `json`
//! is one chunk with its submodules; `email` another.

use crate::bundle::{self, Module};
use anyhow::{anyhow, Context, Result};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use stdlib_filter::analyze::{analyze, Request, Site};
use stdlib_filter::Platform;

/// Top-level names left out: tests, GUIs, installers and tools a page cannot use.
const LEFT_OUT: &[&str] = &[
    "test", "idlelib", "tkinter", "turtledemo", "turtle", "lib2to3", "ensurepip", "distutils", "venv", "pydoc_data", "msilib",
    "__phello__", "__hello__", "site-packages", "lib-dynload",
];
/// Subpackages left out wherever they are (the test suites of packages).
const LEFT_OUT_SUBPACKAGES: &[&str] = &["test", "tests", "idle_test"];

/// The `Lib/` that `dist` compiles: `pygmy run`'s (`$PYGMY_STDLIB`, else the `python3` 3.11).
pub fn default_lib() -> Option<std::path::PathBuf> {
    stdlib_filter::locate::stdlib_dir()
}

/// One chunk: its name (the top-level module), its modules and their compiled code.
#[derive(Debug)]
pub struct Chunk {
    pub name: String,
    pub modules: Vec<Module>,
    /// Ids (positions) of the chunks its modules import at module level.
    pub deps: Vec<usize>,
    /// The native modules they import at module level (a page fetches their wasm chunks first).
    pub native: Vec<String>,
}

impl Chunk {
    pub fn bytes(&self) -> Vec<u8> {
        bundle::encode(&self.modules)
    }
}

struct Source {
    name: String,
    is_package: bool,
    text: String,
}

fn is_identifier(s: &str) -> bool {
    !s.is_empty() && !s.starts_with(|c: char| c.is_ascii_digit()) && s.chars().all(|c| c == '_' || c.is_alphanumeric())
}

/// The modules of a package directory (its `__init__.py` and what is below it).
fn walk_package(dir: &Path, name: &str, out: &mut Vec<(String, bool, std::path::PathBuf)>) -> Result<()> {
    out.push((name.to_owned(), true, dir.join("__init__.py")));
    let mut entries: Vec<_> = std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))?.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let Some(file) = p.file_name().and_then(|f| f.to_str()) else { continue };
        if p.is_dir() {
            if is_identifier(file) && !LEFT_OUT_SUBPACKAGES.contains(&file) && p.join("__init__.py").is_file() {
                walk_package(&p, &format!("{name}.{file}"), out)?;
            }
        } else if let Some(stem) = file.strip_suffix(".py") {
            if stem != "__init__" && is_identifier(stem) {
                out.push((format!("{name}.{stem}"), false, p.clone()));
            }
        }
    }
    Ok(())
}

/// The top-level names of `lib` and the source files under each.
fn sources(lib: &Path) -> Result<BTreeMap<String, Vec<(String, bool, std::path::PathBuf)>>> {
    let mut groups = BTreeMap::new();
    for e in std::fs::read_dir(lib).with_context(|| format!("reading {}", lib.display()))? {
        let p = e?.path();
        let Some(file) = p.file_name().and_then(|f| f.to_str()).map(str::to_owned) else { continue };
        let mut files = Vec::new();
        if p.is_dir() {
            if !is_identifier(&file) || LEFT_OUT.contains(&file.as_str()) || !p.join("__init__.py").is_file() {
                continue;
            }
            walk_package(&p, &file, &mut files)?;
            groups.insert(file, files);
        } else if let Some(stem) = file.strip_suffix(".py") {
            if is_identifier(stem) && !LEFT_OUT.contains(&stem) {
                files.push((stem.to_owned(), false, p.clone()));
                groups.insert(stem.to_owned(), files);
            }
        }
    }
    Ok(groups)
}

/// The top-level names a module imports at module level (its eager edges).
fn eager_imports(src: &Source, platform: &Platform) -> BTreeSet<String> {
    let package = if src.is_package { src.name.as_str() } else { src.name.rsplit_once('.').map_or("", |(p, _)| p) };
    let mut out = BTreeSet::new();
    for i in analyze(&src.text, false, platform).imports {
        if i.site != Site::Eager {
            continue;
        }
        let name = match &i.request {
            Request::Import(m) => m.clone(),
            Request::From { level: 0, module: Some(m), .. } => m.clone(),
            // Relative imports stay inside the package, so inside the chunk.
            Request::From { .. } => package.to_owned(),
            Request::Call { name, .. } if !name.starts_with('.') => name.clone(),
            Request::Call { .. } => continue,
        };
        if let Some(top) = name.split('.').next().filter(|t| !t.is_empty()) {
            out.insert(top.to_owned());
        }
    }
    out
}

/// Compiles `lib` into chunks, in name order (chunk id = position), and names the modules
/// left out because they did not compile (with the error).
pub fn chunks(lib: &Path) -> Result<(Vec<Chunk>, Vec<(String, String)>)> {
    let platform = Platform::pygmy_wasm();
    let groups = sources(lib)?;
    let ids: BTreeMap<&str, usize> = groups.keys().enumerate().map(|(i, k)| (k.as_str(), i)).collect();
    let mut out = Vec::with_capacity(groups.len());
    let mut failed = Vec::new();
    for (top, files) in &groups {
        let mut modules = Vec::new();
        let mut deps = BTreeSet::new();
        let mut native = BTreeSet::new();
        for (name, is_package, path) in files {
            let raw = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
            let origin = pygmy_vm::host::bundle_origin(name, *is_package);
            let text = pygmy_compiler::decode_source(&raw, &origin).map_err(|e| anyhow!("{}: {}", path.display(), e.message))?;
            let code = match pygmy_compiler::compile(&text, &origin, pygmy_compiler::Mode::Exec, &Default::default()) {
                Ok(c) => c,
                // CPython's Lib compiles (compiler/tests/stdlib.rs); a module that does not is
                // left out rather than failing the whole dist, and the manifest names it.
                Err(e) => {
                    failed.push((name.clone(), format!("line {}: {}", e.line, e.message)));
                    continue;
                }
            };
            let src = Source { name: name.clone(), is_package: *is_package, text };
            for t in eager_imports(&src, &platform) {
                match ids.get(t.as_str()) {
                    Some(&d) if d != ids[top.as_str()] => drop(deps.insert(d)),
                    Some(_) => {}
                    None if platform.is_native(&t) => drop(native.insert(t)),
                    None => {}
                }
            }
            modules.push(Module { name: name.clone(), is_package: *is_package, precompiled: false, code: pygmy_bytecode::marshal::dumps(&code) });
        }
        out.push(Chunk { name: top.clone(), modules, deps: deps.into_iter().collect(), native: native.into_iter().collect() });
    }
    Ok((out, failed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_is_one_chunk_with_its_eager_needs() {
        let Some(lib) = stdlib_filter::locate::stdlib_dir() else {
            eprintln!("skipped: no CPython 3.11 Lib/");
            return;
        };
        let groups = sources(&lib).unwrap();
        let json: Vec<&str> = groups["json"].iter().map(|(n, _, _)| n.as_str()).collect();
        assert!(json.contains(&"json") && json.contains(&"json.decoder") && json.contains(&"json.tool"), "{json:?}");
        assert!(!groups.contains_key("test") && !groups.contains_key("tkinter"));
        assert!(!groups["unittest"].iter().any(|(n, _, _)| n.starts_with("unittest.test")));
        let src = Source { name: "json".into(), is_package: true, text: std::fs::read_to_string(lib.join("json/__init__.py")).unwrap() };
        let eager = eager_imports(&src, &Platform::pygmy_wasm());
        assert!(eager.contains("codecs") && eager.contains("json"), "{eager:?}");
    }
}
