//! The whole graph as JSON (`pygmy why --json APP.py`; later `pygmy build --explain`):
//! every module with how it is provided and whether it loads eagerly or lazily, every edge
//! with its file:line and class, the warnings, and the closure sizes.

use crate::graph::{Graph, ModuleKind, Stats};
use serde_json::{json, Value};

pub fn to_json(g: &Graph) -> Value {
    let eager = g.eager_closure();
    let lazy = g.lazy_closure();
    let mut load = vec!["none"; g.modules.len()];
    for &m in &lazy {
        load[m] = "lazy";
    }
    for &m in &eager {
        load[m] = "eager";
    }
    for (i, _) in g.modules.iter().enumerate() {
        if g.is_excluded(i) {
            load[i] = "excluded";
        }
    }
    let modules: Vec<Value> = g
        .modules
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let (kind, path, bytes, package) = match &m.kind {
                ModuleKind::Source { path, is_package, bytes } => ("source", Some(path.display().to_string()), *bytes, *is_package),
                ModuleKind::Namespace { .. } => ("namespace", None, 0, true),
                ModuleKind::Native => ("native", None, 0, false),
                ModuleKind::Missing => ("missing", None, 0, false),
            };
            json!({ "name": m.name, "kind": kind, "path": path, "bytes": bytes, "package": package, "load": load[i] })
        })
        .collect();
    let edges: Vec<Value> = g
        .edges
        .iter()
        .map(|e| {
            json!({
                "from": g.modules[e.from].name,
                "to": g.modules[e.to].name,
                "file": g.modules[e.from].path().map(|p| p.display().to_string()),
                "line": e.line,
                "class": e.class.as_str(),
                "site": e.site.as_str(),
                "reason": e.reason,
                "fallback": e.fallback.map(|f| format!("{f:?}").to_lowercase()),
                "statement": e.text,
            })
        })
        .collect();
    let warnings: Vec<Value> = g
        .warnings
        .iter()
        .map(|w| json!({ "module": g.modules[w.module].name, "file": g.modules[w.module].path().map(|p| p.display().to_string()), "line": w.line, "message": w.message }))
        .collect();
    let all: Vec<usize> = (0..g.modules.len()).collect();
    json!({
        "app": g.modules[g.app].path().map(|p| p.display().to_string()),
        "path": g.path.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
        "platform": { "sys.platform": g.platform.sys_platform, "os.name": g.platform.os_name },
        "include": g.includes.iter().map(|&i| g.modules[i].name.clone()).collect::<Vec<_>>(),
        "exclude": g.exclude,
        "sizes": {
            "eager": stats(&g.stats(&eager)),
            "eager_and_lazy": stats(&g.stats(&lazy)),
            "everything_named": stats(&g.stats(&all)),
        },
        "modules": modules,
        "edges": edges,
        "warnings": warnings,
    })
}

fn stats(s: &Stats) -> Value {
    json!({ "source_modules": s.source_modules, "source_bytes": s.source_bytes, "native_modules": s.native_modules, "missing_modules": s.missing_modules })
}
