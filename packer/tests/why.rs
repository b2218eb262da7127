//! `pygmy why`: the chain it prints for a small app over a stand-in stdlib, its JSON, and the
//! issue's acceptance line over the real Lib/ (`re` in a json-only app).

use std::path::Path;
use std::process::Command;

fn pygmy(dir: &Path, args: &[&str]) -> (String, bool) {
    let out = Command::new(env!("CARGO_BIN_EXE_pygmy")).args(args).current_dir(dir).output().expect("running pygmy");
    assert!(out.stderr.is_empty(), "pygmy {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    (String::from_utf8_lossy(&out.stdout).into_owned(), out.status.success())
}

fn tree() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (path, text) in [
        ("app.py", "import fmt\n\ndef later():\n    import slow\n"),
        ("lib/os.py", ""),
        ("lib/fmt/__init__.py", "from .core import render\n"),
        ("lib/fmt/core.py", "import typing\nif typing.TYPE_CHECKING:\n    import slow\nimport re\n"),
        ("lib/re.py", ""),
        ("lib/typing.py", ""),
        ("lib/slow.py", "import importlib\nimportlib.import_module(name)\n"),
        ("lib/unused.py", ""),
    ] {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }
    dir
}

#[test]
fn why_prints_the_chain_with_file_line_and_class() {
    let dir = tree();
    let (out, ok) = pygmy(dir.path(), &["why", "re", "app.py", "--stdlib", "lib"]);
    assert!(ok);
    let note = "note: the app may load modules through 1 dynamic import(s) the analysis cannot follow (pygmy why --json APP.py lists them; --include MOD adds one).\n";
    let expected = "re is included eagerly: it loads when app.py starts.
  __main__ -> fmt   [eager]
      app.py:1: import fmt
  fmt -> fmt.core   [eager]
      lib/fmt/__init__.py:1: from .core import render
  fmt.core -> re   [eager]
      lib/fmt/core.py:4: import re
";
    assert_eq!(out, format!("{expected}{note}"));
    let (out, _) = pygmy(dir.path(), &["why", "slow", "app.py", "--stdlib", "lib"]);
    let expected = "slow is included lazily: it loads only if the code at a lazy import below runs.
  __main__ -> slow   [lazy: in function `later`]
      app.py:4: import slow
";
    assert_eq!(out, format!("{expected}{note}"));
    let (out, _) = pygmy(dir.path(), &["why", "unused", "app.py", "--stdlib", "lib"]);
    assert_eq!(out, format!("unused is not included: no import chain from app.py names it.\n{note}"));
    let (out, _) = pygmy(dir.path(), &["why", "fmt.core", "app.py", "--stdlib", "lib", "--exclude", "fmt"]);
    assert_eq!(out, format!("fmt.core is not included: --exclude removes it.\n{note}"));
    let (out, _) = pygmy(dir.path(), &["why", "re", "app.py", "--stdlib", "lib", "--exclude", "fmt"]);
    assert_eq!(out, format!("re is not included: no import chain from app.py reaches it.\n{note}"));
}

#[test]
fn why_json_is_the_whole_graph() {
    let dir = tree();
    let (out, ok) = pygmy(dir.path(), &["why", "--json", "app.py", "--stdlib", "lib"]);
    assert!(ok);
    let g: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let load = |name: &str| g["modules"].as_array().and_then(|m| m.iter().find(|m| m["name"] == name)).map(|m| m["load"].clone());
    assert_eq!(load("re"), Some("eager".into()));
    assert_eq!(load("slow"), Some("lazy".into()));
    let dead = g["edges"].as_array().expect("edges").iter().find(|e| e["to"] == "slow" && e["from"] == "fmt.core").expect("dead edge");
    assert_eq!((dead["class"].as_str(), dead["line"].as_u64(), dead["reason"].as_str()), (Some("dead"), Some(3), Some("under `if typing.TYPE_CHECKING`")));
    assert_eq!(g["warnings"][0]["line"], 2);
    assert_eq!(g["sizes"]["eager"]["source_modules"], 5);
}

/// The acceptance line: `pygmy why re` for a json-only app shows the chain.
#[test]
fn re_in_a_json_app_over_the_real_lib() {
    if stdlib_filter::locate::stdlib_dir().is_none() {
        eprintln!("no CPython 3.11 Lib/ found (set PYGMY_STDLIB); skipping");
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("app.py"), "import json\nprint(json.dumps({'a': 1}))\n").expect("write");
    let (out, ok) = pygmy(dir.path(), &["why", "re", "app.py"]);
    assert!(ok);
    assert!(out.starts_with("re is included eagerly: it loads when app.py starts.\n  __main__ -> json   [eager]\n      app.py:1: import json\n"), "{out}");
    assert!(out.contains("json/decoder.py:3: import re\n"), "{out}");
}
