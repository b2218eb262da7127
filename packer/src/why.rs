//! `pygmy why MODULE APP.py`: the import chain that pulls MODULE into the app, and
//! `pygmy why --json APP.py`: the whole import graph (stdlib-filter) as JSON.

use anyhow::{bail, Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use stdlib_filter::{Class, Edge, Graph, ModuleKind, Options, Site, Why};

pub struct Args {
    /// `[MODULE] APP.py`.
    pub args: Vec<String>,
    pub stdlib: Option<PathBuf>,
    pub paths: Vec<PathBuf>,
    pub include: Vec<String>,
    pub exclude: Vec<String>,
    pub json: bool,
}

pub fn run(a: Args) -> Result<()> {
    let (module, app) = match a.args.as_slice() {
        [app] if a.json => (None, app),
        [module, app] => (Some(module.as_str()), app),
        _ => bail!("usage: pygmy why MODULE APP.py, or pygmy why --json APP.py"),
    };
    let stdlib = match a.stdlib {
        Some(d) => d,
        None => stdlib_filter::locate::stdlib_dir().context("no CPython 3.11 Lib/ found: pass --stdlib DIR or set PYGMY_STDLIB")?,
    };
    let options = Options { include: a.include, exclude: a.exclude, ..Options::default() };
    let g = Graph::build_with(Path::new(app), &stdlib, &a.paths, &options)?;
    let text = match (module, a.json) {
        (None, _) => serde_json::to_string_pretty(&stdlib_filter::explain::to_json(&g))? + "\n",
        (Some(m), true) => serde_json::to_string_pretty(&chain_json(&g, m))? + "\n",
        (Some(m), false) => explain(&g, m, app),
    };
    // `pygmy why --json app.py | head` closes the pipe early: that is not an error.
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(e).context("writing to stdout");
        }
    }
    Ok(())
}

/// The answer in words, one hop per two lines.
fn explain(g: &Graph, name: &str, app: &str) -> String {
    let mut out = match g.module(name) {
        Some(id) => chain_text(g, id, app),
        None => format!("{name} is not included: no import chain from {app} names it.\n"),
    };
    let lazy = g.lazy_closure();
    let dynamic = g.warnings_in(&lazy).filter(|w| w.message.starts_with("dynamic import")).count();
    if dynamic > 0 {
        out += &format!(
            "note: the app may load modules through {dynamic} dynamic import(s) the analysis cannot follow (pygmy why --json APP.py lists them; --include MOD adds one).\n"
        );
    }
    out
}

fn chain_text(g: &Graph, id: usize, app: &str) -> String {
    let name = &g.modules[id].name;
    let mut out = String::new();
    let note = match g.modules[id].kind {
        ModuleKind::Native => " (native: the VM provides it, no source is shipped)",
        ModuleKind::Missing => " (it does not exist on pygmy, natively or in Lib/: importing it raises ImportError)",
        _ => "",
    };
    match g.why(id) {
        Why::Excluded => out += &format!("{name} is not included: --exclude removes it.\n"),
        Why::NotReachable => out += &format!("{name} is not included: no import chain from {app} reaches it{note}.\n"),
        Why::Chain { site, root, edges } => {
            let head = match site {
                _ if edges.is_empty() && root == g.app => format!("{name} is the app.\n"),
                _ if edges.is_empty() => format!("{name} is included: --include names it{note}.\n"),
                Site::Eager => format!("{name} is included eagerly: it loads when {app} starts{note}.\n"),
                Site::Lazy => format!("{name} is included lazily: it loads only if the code at a lazy import below runs{note}.\n"),
                Site::Dead => format!("{name} is not included: every chain to it passes through code that cannot run on pygmy{note}.\n"),
            };
            out += &head;
            if root != g.app {
                out += &format!("  (from {}, which --include names)\n", g.modules[root].name);
            }
            let cwd = std::env::current_dir().unwrap_or_default();
            for &e in &edges {
                let e = &g.edges[e];
                out += &format!("  {} -> {}   [{}]\n", g.modules[e.from].name, g.modules[e.to].name, label(e));
                let file = g.modules[e.from].path().map(|p| p.strip_prefix(&cwd).unwrap_or(p).display().to_string()).unwrap_or_default();
                if e.line == 0 {
                    out += &format!("      {}\n", e.text);
                } else {
                    out += &format!("      {file}:{}: {}\n", e.line, e.text);
                }
            }
        }
    }
    out
}

/// `eager`, `lazy: in function `f``, `dead: under `if TYPE_CHECKING``, `native`.
fn label(e: &Edge) -> String {
    match e.class {
        Class::Eager => "eager".into(),
        Class::Native if e.site == Site::Eager => "native, eager".into(),
        Class::Native => format!("native, lazy: {}", e.reason),
        Class::Lazy | Class::Dead => format!("{}: {}", e.class.as_str(), e.reason),
    }
}

fn chain_json(g: &Graph, name: &str) -> serde_json::Value {
    let why = g.module(name).map(|id| g.why(id)).unwrap_or(Why::NotReachable);
    let (included, edges) = match why {
        Why::Chain { site: Site::Dead, edges, .. } => ("no", edges),
        Why::Chain { site, edges, .. } => (site.as_str(), edges),
        Why::Excluded => ("excluded", Vec::new()),
        Why::NotReachable => ("no", Vec::new()),
    };
    let chain: Vec<serde_json::Value> = edges
        .iter()
        .map(|&i| {
            let e = &g.edges[i];
            serde_json::json!({
                "from": g.modules[e.from].name, "to": g.modules[e.to].name,
                "file": g.modules[e.from].path().map(|p| p.display().to_string()), "line": e.line,
                "class": e.class.as_str(), "site": e.site.as_str(), "reason": e.reason, "statement": e.text,
            })
        })
        .collect();
    serde_json::json!({ "module": name, "included": included, "chain": chain })
}
