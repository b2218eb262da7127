//! Known facts about CPython 3.11's own `Lib/` (skipped with a message when none is found),
//! and the sizes that show why eager/lazy matters. `cargo test -p stdlib-filter --test
//! real_lib -- --nocapture` prints the figures.

use std::path::{Path, PathBuf};
use stdlib_filter::{Class, Graph, ModuleKind, Site, Why};

fn stdlib() -> Option<PathBuf> {
    let lib = stdlib_filter::locate::stdlib_dir()?;
    // A 3.11 Lib has tomllib (new in 3.11) and no 3.12-only `_pyrepl`-era modules yet.
    (lib.join("tomllib/__init__.py").is_file() && !lib.join("_pydatetime.py").exists()).then_some(lib)
}

struct App {
    _dir: tempfile::TempDir,
    g: Graph,
}

fn app(lib: &Path, source: &str) -> App {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("app.py");
    std::fs::write(&path, source).expect("write app");
    let g = Graph::build(&path, lib, &[]).expect("graph");
    App { _dir: dir, g }
}

impl App {
    fn why(&self, name: &str) -> Why {
        self.g.module(name).map(|m| self.g.why(m)).unwrap_or(Why::NotReachable)
    }

    fn class(&self, from: &str, to: &str) -> Vec<Class> {
        let (Some(f), Some(t)) = (self.g.module(from), self.g.module(to)) else { return Vec::new() };
        self.g.edges.iter().filter(|e| e.from == f && e.to == t).map(|e| e.class).collect()
    }
}

macro_rules! require_stdlib {
    () => {
        match stdlib() {
            Some(lib) => lib,
            None => {
                eprintln!("no CPython 3.11 Lib/ found (set PYGMY_STDLIB or put python3.11 on PATH); skipping");
                return;
            }
        }
    };
}

#[test]
fn json_loads_its_decoder_and_re_eagerly() {
    let lib = require_stdlib!();
    let a = app(&lib, "import json\n");
    assert!(matches!(a.why("json.decoder"), Why::Chain { site: Site::Eager, .. }));
    assert!(matches!(a.why("re"), Why::Chain { site: Site::Eager, .. }));
    assert!(a.class("json.decoder", "re").contains(&Class::Eager));
    // The accelerator is native (the json chunk), though imported under try/except ImportError.
    assert!(a.class("json.decoder", "_json").iter().all(|c| *c == Class::Native));
    assert_eq!(a.g.modules[a.g.module("_json").expect("_json")].kind, ModuleKind::Native);
    // A C accelerator pygmy does not provide stays a missing module behind a lazy fallback.
    let b = app(&lib, "import heapq, bisect, pickle\n");
    assert!(b.class("pickle", "_pickle").contains(&Class::Lazy));
    assert_eq!(b.g.modules[b.g.module("_pickle").expect("_pickle")].kind, ModuleKind::Missing);
}

#[test]
fn dataclasses_loads_inspect_eagerly() {
    let lib = require_stdlib!();
    let a = app(&lib, "import dataclasses\n");
    assert!(a.class("dataclasses", "inspect").contains(&Class::Eager));
    assert!(matches!(a.why("inspect"), Why::Chain { site: Site::Eager, .. }));
}

#[test]
fn other_platforms_modules_are_dead() {
    let lib = require_stdlib!();
    let a = app(&lib, "import os, asyncio\n");
    // os.py: `_names = sys.builtin_module_names`, then `if 'posix' in _names: ... elif 'nt' in _names:`.
    assert!(a.class("os", "posix").iter().all(|c| *c == Class::Native));
    assert!(a.class("os", "posixpath").contains(&Class::Eager));
    assert!(a.class("os", "nt").iter().all(|c| *c == Class::Dead));
    assert_eq!(a.class("os", "ntpath"), [Class::Dead]);
    // asyncio/__init__.py: `if sys.platform == 'win32': from .windows_events import *`.
    assert_eq!(a.class("asyncio", "asyncio.windows_events"), [Class::Dead]);
    assert!(a.class("asyncio", "asyncio.unix_events").contains(&Class::Eager));
}

#[test]
fn re_is_not_in_a_math_only_app() {
    let lib = require_stdlib!();
    let a = app(&lib, "import math\nprint(math.pi)\n");
    assert_eq!(a.why("re"), Why::NotReachable);
    assert_eq!(a.g.eager_closure().len(), 2, "__main__ and the native math");
}

/// The figures of the issue: what `import json, re, dataclasses, collections, argparse`
/// loads eagerly, against everything it may load and everything its imports name.
#[test]
fn eager_closure_is_a_fraction_of_the_naive_one() {
    let lib = require_stdlib!();
    let a = app(&lib, "import json, re, dataclasses, collections, argparse\n");
    let g = &a.g;
    let eager = g.eager_closure();
    let lazy = g.lazy_closure();
    let all: Vec<usize> = (0..g.modules.len()).collect();
    let (e, l, n) = (g.stats(&eager), g.stats(&lazy), g.stats(&all));
    println!("import json, re, dataclasses, collections, argparse:");
    println!("  eager closure            {:4} source modules {:9} bytes (+{} native)", e.source_modules, e.source_bytes, e.native_modules);
    println!("  eager + lazy (naive)     {:4} source modules {:9} bytes (+{} native)", l.source_modules, l.source_bytes, l.native_modules);
    println!("  + dead edges too         {:4} source modules {:9} bytes", n.source_modules, n.source_bytes);
    println!("  dynamic-import warnings in the eager closure: {}", g.warnings_in(&eager).count());
    assert!(e.source_bytes * 2 < l.source_bytes, "the eager closure should be well under half the naive one");
    assert!(l.source_modules <= n.source_modules);
    for m in ["json", "re", "dataclasses", "collections", "argparse", "inspect", "enum", "functools"] {
        assert!(eager.contains(&g.module(m).expect(m)), "{m} should load eagerly");
    }
    if let Some(loaded) = cpython_loads("import json, re, dataclasses, collections, argparse") {
        // What CPython really loads (C modules aside) must be in what the app may load.
        let sources: Vec<&String> = loaded.iter().filter(|m| g.module(m).is_some_and(|id| matches!(g.modules[id].kind, ModuleKind::Source { .. }))).collect();
        let missing: Vec<&&String> = sources.iter().filter(|m| !lazy.contains(&g.module(m).expect("module"))).collect();
        let only_lazy: Vec<&&String> = sources.iter().filter(|m| !eager.contains(&g.module(m).expect("module"))).collect();
        let bytes: u64 = sources.iter().map(|m| g.modules[g.module(m).expect("module")].bytes()).sum();
        let extra: Vec<&String> = eager
            .iter()
            .map(|&m| &g.modules[m].name)
            .filter(|n| matches!(g.modules[g.module(n).expect("module")].kind, ModuleKind::Source { .. }) && *n != "__main__" && !loaded.contains(n))
            .collect();
        println!("  CPython 3.11 -I -S loads {} source modules, {} bytes (startup included); of them not in the eager closure: {:?}", sources.len(), bytes, only_lazy);
        println!("  in the eager closure but not loaded by CPython: {extra:?}");
        assert!(missing.is_empty(), "CPython loads modules the graph does not reach: {missing:?}");
    }
}

/// The modules `python3 -I -S -X importtime -c CODE` imports, when that python is 3.11.
fn cpython_loads(code: &str) -> Option<Vec<String>> {
    let out =
        std::process::Command::new("python3").args(["-I", "-S", "-X", "importtime", "-c", &format!("import sys\nassert sys.version_info[:2] == (3, 11)\n{code}")]).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let err = String::from_utf8_lossy(&out.stderr);
    Some(err.lines().filter_map(|l| l.rsplit('|').next()).map(|m| m.trim().to_owned()).filter(|m| !m.is_empty() && m != "imported package").collect())
}
