//! Each classification on a small package tree: an app in `app/`, a stand-in stdlib in `lib/`.

use std::path::PathBuf;
use stdlib_filter::{Class, Fallback, Graph, ModuleKind, Options, Site, Why};

struct Tree {
    _dir: tempfile::TempDir,
    g: Graph,
}

/// Writes `files` (paths under `app/` or `lib/`) and builds the graph of `app/app.py`.
fn build(files: &[(&str, &str)], options: Options) -> Tree {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    for (path, text) in files.iter().chain(&[("lib/os.py", "")]) {
        let p = root.join(path);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(&p, text).expect("write");
    }
    let g = Graph::build_with(&root.join("app/app.py"), &root.join("lib"), &[], &options).expect("graph");
    Tree { _dir: dir, g }
}

fn tree(files: &[(&str, &str)]) -> Tree {
    build(files, Options::default())
}

impl Tree {
    fn id(&self, name: &str) -> usize {
        self.g.module(name).unwrap_or_else(|| panic!("{name} not in the graph"))
    }

    /// The classes of the edges `from` → `to`, in source order.
    fn classes(&self, from: &str, to: &str) -> Vec<Class> {
        let (f, t) = (self.id(from), self.id(to));
        self.g.edges.iter().filter(|e| e.from == f && e.to == t).map(|e| e.class).collect()
    }

    fn class(&self, from: &str, to: &str) -> Class {
        let c = self.classes(from, to);
        assert_eq!(c.len(), 1, "edges {from} -> {to}: {c:?}");
        c[0]
    }

    fn edge(&self, from: &str, to: &str) -> &stdlib_filter::Edge {
        let (f, t) = (self.id(from), self.id(to));
        self.g.edges.iter().find(|e| e.from == f && e.to == t).unwrap_or_else(|| panic!("no edge {from} -> {to}"))
    }

    fn names(&self, ids: &[usize]) -> Vec<String> {
        let mut v: Vec<String> = ids.iter().map(|&i| self.g.modules[i].name.clone()).collect();
        v.sort();
        v
    }
}

#[test]
fn module_level_imports_are_eager_even_in_if_with_for_class_bodies() {
    let t = tree(&[
        ("app/app.py", "import a\n"),
        ("lib/a.py", "import b\nif len(__name__) > 1:\n    import c\nwith open(__file__):\n    import d\nfor _ in range(1):\n    import e\nclass K:\n    import f\ntry:\n    import g\nexcept KeyError:\n    import h\nfinally:\n    import i\n"),
        ("lib/b.py", ""),
        ("lib/c.py", ""),
        ("lib/d.py", ""),
        ("lib/e.py", ""),
        ("lib/f.py", ""),
        ("lib/g.py", ""),
        ("lib/h.py", ""),
        ("lib/i.py", ""),
    ]);
    assert_eq!(t.class("__main__", "a"), Class::Eager);
    for m in ["b", "c", "d", "e", "f", "g", "h", "i"] {
        assert_eq!(t.class("a", m), Class::Eager, "a -> {m}");
    }
    assert_eq!(t.edge("a", "c").line, 3);
    assert_eq!(t.names(&t.g.eager_closure()), ["__main__", "a", "b", "c", "d", "e", "f", "g", "h", "i"]);
}

#[test]
fn imports_in_functions_methods_and_lambdas_are_lazy() {
    let t = tree(&[
        ("app/app.py", "import a\n"),
        (
            "lib/a.py",
            "def f():\n    import b\nclass K:\n    def m(self):\n        from c import x\ng = lambda: __import__('d')\n@staticmethod\ndef h(x=__import__('e')):\n    pass\n",
        ),
        ("lib/b.py", ""),
        ("lib/c.py", ""),
        ("lib/d.py", ""),
        ("lib/e.py", ""),
    ]);
    assert_eq!(t.class("a", "b"), Class::Lazy);
    assert_eq!(t.edge("a", "b").reason, "in function `f`");
    assert_eq!(t.class("a", "c"), Class::Lazy);
    assert_eq!(t.edge("a", "c").reason, "in function `K.m`");
    assert_eq!(t.class("a", "d"), Class::Lazy);
    // A default argument is evaluated where the function is defined.
    assert_eq!(t.class("a", "e"), Class::Eager);
    assert_eq!(t.names(&t.g.eager_closure()), ["__main__", "a", "e"]);
    assert_eq!(t.names(&t.g.lazy_closure()), ["__main__", "a", "b", "c", "d", "e"]);
}

#[test]
fn try_except_import_error_fallbacks_are_lazy() {
    let t = tree(&[
        ("app/app.py", "import a\n"),
        (
            "lib/a.py",
            "try:\n    from _speedups import f\nexcept ImportError:\n    from slow import f\ntry:\n    import b\nexcept (ValueError, ModuleNotFoundError):\n    pass\nelse:\n    import c\ntry:\n    import d\nexcept:\n    pass\ntry:\n    import e\nexcept Exception:\n    import f2\n",
        ),
        ("lib/slow.py", ""),
        ("lib/b.py", ""),
        ("lib/c.py", ""),
        ("lib/d.py", ""),
        ("lib/e.py", ""),
        ("lib/f2.py", ""),
    ]);
    for (m, role) in
        [("_speedups", Fallback::Try), ("slow", Fallback::Except), ("b", Fallback::Try), ("c", Fallback::Try), ("d", Fallback::Try), ("e", Fallback::Try), ("f2", Fallback::Except)]
    {
        let e = t.edge("a", m);
        assert_eq!((e.class, e.fallback), (Class::Lazy, Some(role)), "a -> {m}");
    }
    assert_eq!(t.g.modules[t.id("_speedups")].kind, ModuleKind::Missing);
    assert_eq!(t.names(&t.g.eager_closure()), ["__main__", "a"]);
}

#[test]
fn a_try_except_import_error_inside_a_function_is_lazy_because_of_the_function() {
    let t = tree(&[("app/app.py", "def f():\n    try:\n        import b\n    except ImportError:\n        pass\n"), ("lib/b.py", "")]);
    let e = t.edge("__main__", "b");
    assert_eq!((e.class, e.fallback, e.reason.as_str()), (Class::Lazy, None, "in function `f`"));
}

#[test]
fn type_checking_blocks_are_dead() {
    let t = tree(&[
        ("app/app.py", "import a\n"),
        (
            "lib/a.py",
            "from typing import TYPE_CHECKING\nimport typing\nif TYPE_CHECKING:\n    import t1\nif typing.TYPE_CHECKING:\n    from t2 import X\nif TYPE_CHECKING:\n    import t3\nelse:\n    import t4\nif not TYPE_CHECKING:\n    import t5\ndef f():\n    if TYPE_CHECKING:\n        import t6\n",
        ),
        ("lib/typing.py", ""),
        ("lib/t1.py", ""),
        ("lib/t2.py", ""),
        ("lib/t3.py", ""),
        ("lib/t4.py", ""),
        ("lib/t5.py", ""),
        ("lib/t6.py", ""),
    ]);
    for m in ["t1", "t2", "t3", "t6"] {
        assert_eq!(t.class("a", m), Class::Dead, "a -> {m}");
    }
    assert_eq!(t.edge("a", "t1").reason, "under `if TYPE_CHECKING`");
    assert_eq!(t.class("a", "t4"), Class::Eager);
    assert_eq!(t.class("a", "t5"), Class::Eager);
    // Dead targets are still analysed (the naive closure counts them) but never shipped.
    assert!(!t.g.lazy_closure().contains(&t.id("t1")));
}

#[test]
fn other_platform_branches_are_dead() {
    let t = tree(&[
        ("app/app.py", "import a\n"),
        (
            "lib/a.py",
            r#"import sys, os
import sys as _sys
if sys.platform == "win32":
    import w1
else:
    import p1
if os.name == "nt":
    import w2
elif sys.platform == "darwin":
    import m1
elif sys.platform.startswith(("linux", "freebsd")):
    import l1
else:
    import p2
if _sys.platform.startswith("win"):
    import w3
_mswindows = (sys.platform == "win32")
if _mswindows:
    import w4
if sys.platform != "win32":
    import p3
if "nt" in sys.builtin_module_names:
    import w5
if os.name == "posix":
    import p4
else:
    import w6
if sys.version_info >= (3, 12):
    import v1
if __name__ == "__main__":
    import main_only
"#,
        ),
        ("app/app2.py", ""),
    ]);
    for m in ["w1", "w2", "w3", "w4", "w5", "w6", "m1", "l1", "main_only"] {
        assert_eq!(t.class("a", m), Class::Dead, "a -> {m}");
    }
    for m in ["p1", "p2", "p3", "p4", "v1"] {
        assert_eq!(t.class("a", m), Class::Eager, "a -> {m}");
    }
    assert_eq!(t.edge("a", "w1").reason, r#"under `if sys.platform == "win32"`"#);
    assert_eq!(t.edge("a", "w6").reason, r#"after `if os.name == "posix"`, which is always true here"#);
}

#[test]
fn the_app_is_main() {
    let t = tree(&[("app/app.py", "if __name__ == '__main__':\n    import a\nelse:\n    import b\n"), ("lib/a.py", ""), ("lib/b.py", "")]);
    assert_eq!(t.class("__main__", "a"), Class::Eager);
    assert_eq!(t.class("__main__", "b"), Class::Dead);
}

#[test]
fn native_modules_are_never_looked_up_in_lib() {
    let t = tree(&[("app/app.py", "import math, sys, _collections\ndef f():\n    import time\n"), ("lib/math.py", "import big\n"), ("lib/big.py", "")]);
    for m in ["math", "sys", "_collections", "time"] {
        assert_eq!(t.class("__main__", m), Class::Native, "{m}");
        assert_eq!(t.g.modules[t.id(m)].kind, ModuleKind::Native);
    }
    assert_eq!(t.edge("__main__", "time").site, Site::Lazy);
    assert!(t.g.module("big").is_none(), "lib/math.py must not be read");
}

#[test]
fn dotted_imports_import_every_package_on_the_way() {
    let t = tree(&[("app/app.py", "import pkg.inner.mod as m\n"), ("lib/pkg/__init__.py", ""), ("lib/pkg/inner/__init__.py", ""), ("lib/pkg/inner/mod.py", "")]);
    for m in ["pkg", "pkg.inner", "pkg.inner.mod"] {
        assert_eq!(t.class("__main__", m), Class::Eager, "{m}");
    }
    assert!(matches!(&t.g.modules[t.id("pkg.inner")].kind, ModuleKind::Source { is_package: true, .. }));
    // A submodule implies its package even when reached another way.
    assert_eq!(t.class("pkg.inner.mod", "pkg.inner"), Class::Eager);
}

#[test]
fn relative_imports_resolve_against_the_package() {
    let t = tree(&[
        ("app/app.py", "import pkg.inner.mod\n"),
        ("lib/pkg/__init__.py", "from . import sub\nfrom .sub import x\n"),
        ("lib/pkg/sub.py", "x = 1\n"),
        ("lib/pkg/other.py", ""),
        ("lib/pkg/inner/__init__.py", "from .. import other\n"),
        ("lib/pkg/inner/mod.py", "from ..sub import x\nfrom . import sibling\nfrom ...beyond import y\n"),
        ("lib/pkg/inner/sibling.py", ""),
    ]);
    assert_eq!(t.classes("pkg", "pkg.sub"), [Class::Eager, Class::Eager]);
    assert_eq!(t.class("pkg.inner", "pkg.other"), Class::Eager);
    assert_eq!(t.class("pkg.inner.mod", "pkg.sub"), Class::Eager);
    assert_eq!(t.class("pkg.inner.mod", "pkg.inner.sibling"), Class::Eager);
    let w: Vec<_> = t.g.warnings.iter().map(|w| (t.g.modules[w.module].name.as_str(), w.line, w.message.as_str())).collect();
    assert_eq!(w, [("pkg.inner.mod", 3, "attempted relative import beyond top-level package")]);
}

#[test]
fn from_package_import_name_imports_the_submodule_when_it_is_a_file() {
    let t = tree(&[("app/app.py", "from pkg import sub, attr\nfrom os import path\n"), ("lib/pkg/__init__.py", "attr = 1\n"), ("lib/pkg/sub.py", "")]);
    assert_eq!(t.class("__main__", "pkg"), Class::Eager);
    assert_eq!(t.class("__main__", "pkg.sub"), Class::Eager);
    assert!(t.g.module("pkg.attr").is_none(), "an attribute is not a module");
    // os is a module, not a package: `path` is an attribute.
    assert!(t.g.module("os.path").is_none());
}

#[test]
fn os_path_is_posixpath() {
    let t = tree(&[("app/app.py", "import os.path\n"), ("lib/posixpath.py", "")]);
    assert_eq!(t.class("__main__", "os"), Class::Eager);
    assert_eq!(t.class("__main__", "posixpath"), Class::Eager);
}

#[test]
fn star_imports_of_a_package_import_the_submodules_in_all() {
    let t = tree(&[
        ("app/app.py", "from pkg import *\nfrom plain import *\n"),
        ("lib/pkg/__init__.py", "__all__ = ['sub', 'name']\n__all__ += ['sub2']\nname = 1\n"),
        ("lib/pkg/sub.py", ""),
        ("lib/pkg/sub2.py", ""),
        ("lib/pkg/unlisted.py", ""),
        ("lib/plain.py", "__all__ = ['x']\nx = 1\n"),
    ]);
    assert_eq!(t.class("__main__", "pkg.sub"), Class::Eager);
    assert_eq!(t.class("__main__", "pkg.sub2"), Class::Eager);
    assert!(t.g.module("pkg.unlisted").is_none());
    assert!(t.g.module("pkg.name").is_none());
    assert_eq!(t.class("__main__", "plain"), Class::Eager);
}

#[test]
fn dynamic_imports_warn_and_constant_ones_are_edges() {
    let t = tree(&[
        ("app/app.py", "import pkg\n"),
        (
            "lib/pkg/__init__.py",
            "import importlib\nfrom importlib import import_module\ndef load(name):\n    return importlib.import_module(name)\nimportlib.import_module('json_like')\n__import__('a.b')\nimport_module('.sub', __package__)\nimport_module('enc.' + 'x')\n",
        ),
        ("lib/importlib/__init__.py", ""),
        ("lib/json_like.py", ""),
        ("lib/a/__init__.py", ""),
        ("lib/a/b.py", ""),
        ("lib/pkg/sub.py", ""),
    ]);
    assert_eq!(t.class("pkg", "json_like"), Class::Eager);
    assert_eq!(t.class("pkg", "a"), Class::Eager);
    assert_eq!(t.class("pkg", "a.b"), Class::Eager);
    assert_eq!(t.class("pkg", "pkg.sub"), Class::Eager);
    let w: Vec<_> = t.g.warnings.iter().map(|w| (w.line, w.message.split(':').next().unwrap_or("").to_owned())).collect();
    assert_eq!(
        w,
        [
            (4, "dynamic import `importlib.import_module(name)` (importlib.import_module)".to_owned()),
            (8, "dynamic import `import_module('enc.' + 'x')` (import_module)".to_owned())
        ]
    );
}

#[test]
fn include_and_exclude_override_the_analysis() {
    let options = Options { include: vec!["plugin".into()], exclude: vec!["big".into()], ..Options::default() };
    let t = build(
        &[
            ("app/app.py", "import big.part\nimport small\n"),
            ("lib/big/__init__.py", ""),
            ("lib/big/part.py", "import onlybig\n"),
            ("lib/onlybig.py", ""),
            ("lib/small.py", ""),
            ("lib/plugin.py", "import small\n"),
        ],
        options,
    );
    assert_eq!(t.names(&t.g.eager_closure()), ["__main__", "plugin", "small"]);
    assert_eq!(t.g.why(t.id("big.part")), Why::Excluded);
    assert_eq!(t.g.why(t.id("onlybig")), Why::NotReachable);
    let Why::Chain { root, edges, .. } = t.g.why(t.id("plugin")) else { panic!("plugin not included") };
    assert_eq!((root, edges.len()), (t.id("plugin"), 0));
}

#[test]
fn why_prefers_an_all_eager_chain_over_a_shorter_lazy_one() {
    let t = tree(&[
        ("app/app.py", "import a\ndef f():\n    import target\n"),
        ("lib/a.py", "import b\n"),
        ("lib/b.py", "import target\n"),
        ("lib/target.py", ""),
        ("lib/lazyonly.py", ""),
        ("lib/c.py", "import lazyonly\n"),
    ]);
    let Why::Chain { site, edges, .. } = t.g.why(t.id("target")) else { panic!("not reachable") };
    assert_eq!(site, Site::Eager);
    let hops: Vec<_> = edges.iter().map(|&e| (t.g.modules[t.g.edges[e].from].name.as_str(), t.g.edges[e].line)).collect();
    assert_eq!(hops, [("__main__", 1), ("a", 1), ("b", 1)]);
}

#[test]
fn why_reports_lazy_and_dead_only_chains() {
    let t = tree(&[("app/app.py", "import typing\nif typing.TYPE_CHECKING:\n    import d\ndef f():\n    import l\n"), ("lib/typing.py", ""), ("lib/d.py", ""), ("lib/l.py", "")]);
    assert!(matches!(t.g.why(t.id("l")), Why::Chain { site: Site::Lazy, .. }));
    assert!(matches!(t.g.why(t.id("d")), Why::Chain { site: Site::Dead, .. }));
}

#[test]
fn the_app_directory_comes_before_the_stdlib_and_packages_before_modules() {
    let t = tree(&[
        ("app/app.py", "import json, both, ns.mod\n"),
        ("app/json.py", ""),
        ("lib/json/__init__.py", ""),
        ("lib/both/__init__.py", ""),
        ("lib/both.py", ""),
        ("lib/ns/mod.py", ""),
    ]);
    assert_eq!(t.g.modules[t.id("json")].path().and_then(|p| p.parent()).and_then(|p| p.file_name()).and_then(|n| n.to_str()), Some("app"));
    assert!(matches!(t.g.modules[t.id("both")].kind, ModuleKind::Source { is_package: true, .. }));
    assert!(matches!(t.g.modules[t.id("ns")].kind, ModuleKind::Namespace { .. }));
    assert_eq!(t.class("__main__", "ns.mod"), Class::Eager);
}

#[test]
fn extra_paths_come_between_the_app_and_the_stdlib() {
    let dir = tempfile::tempdir().expect("temp dir");
    let root = dir.path();
    for (p, text) in [("app/app.py", "import m\n"), ("extra/m.py", ""), ("lib/m.py", ""), ("lib/os.py", "")] {
        let p = root.join(p);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }
    let g = Graph::build(&root.join("app/app.py"), &root.join("lib"), &[root.join("extra")]).expect("graph");
    let m = g.module("m").expect("m");
    assert_eq!(g.modules[m].path(), Some(root.join("extra/m.py").as_path()));
    assert!(Graph::build(&root.join("app/app.py"), &PathBuf::from("/nonexistent"), &[]).is_err());
}
