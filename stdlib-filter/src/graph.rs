//! The module graph of an app: modules found along `[app dir, extra paths, stdlib]` the way
//! CPython's path finder finds them (native modules first, then per directory a package
//! `name/__init__.py`, a module `name.py`, and namespace packages last), and one classified
//! edge per import statement. Every module any edge names is analysed, dead edges included,
//! so the graph also answers "what would a naive (modulefinder) closure ship".

use crate::analyze::{self, Anchor, Fallback, Request, Site};
use crate::platform::Platform;
use anyhow::{bail, Context, Result};
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::path::{Path, PathBuf};

/// Index into [`Graph::modules`].
pub type ModuleId = usize;

/// How a module is provided.
#[derive(Clone, Debug, PartialEq)]
pub enum ModuleKind {
    /// A source file; `__init__.py` of a package when `is_package`.
    Source { path: PathBuf, is_package: bool, bytes: u64 },
    /// A namespace package: directories named like it with no `__init__.py`.
    Namespace { dirs: Vec<PathBuf> },
    /// Provided by the VM (`sys.builtin_module_names`): never looked up in `Lib/`.
    Native,
    /// Neither native nor on the path (a CPython C accelerator such as `_json`, another
    /// platform's module such as `_winapi`). Importing it raises ImportError.
    Missing,
}

#[derive(Clone, Debug)]
pub struct Module {
    pub name: String,
    pub kind: ModuleKind,
}

impl Module {
    pub fn path(&self) -> Option<&Path> {
        match &self.kind {
            ModuleKind::Source { path, .. } => Some(path),
            _ => None,
        }
    }

    pub fn bytes(&self) -> u64 {
        match self.kind {
            ModuleKind::Source { bytes, .. } => bytes,
            _ => 0,
        }
    }

    fn package_dirs(&self) -> Option<Vec<PathBuf>> {
        match &self.kind {
            ModuleKind::Source { path, is_package: true, .. } => Some(vec![path.parent()?.to_path_buf()]),
            ModuleKind::Namespace { dirs } => Some(dirs.clone()),
            _ => None,
        }
    }
}

/// The class of an edge, as `pygmy why` reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Eager,
    Lazy,
    Dead,
    /// To a module the VM provides natively (at an eager or lazy site: see [`Edge::site`]).
    Native,
}

impl Class {
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Eager => "eager",
            Class::Lazy => "lazy",
            Class::Dead => "dead",
            Class::Native => "native",
        }
    }
}

/// "`from` imports `to`", with where and how.
#[derive(Clone, Debug)]
pub struct Edge {
    pub from: ModuleId,
    pub to: ModuleId,
    /// Line in `from`'s file; 0 for an implied edge (a submodule to its package).
    pub line: u32,
    pub site: Site,
    pub class: Class,
    pub reason: String,
    pub fallback: Option<Fallback>,
    /// The import statement (or call), whitespace collapsed.
    pub text: String,
}

/// A problem found in a module: a dynamic import, a relative import that cannot resolve, a
/// syntax error.
#[derive(Clone, Debug)]
pub struct Warning {
    pub module: ModuleId,
    pub line: u32,
    pub message: String,
}

/// What to analyse for, and the user's overrides.
#[derive(Clone, Debug, Default)]
pub struct Options {
    pub platform: Platform,
    /// `--include MOD`: loaded at start whatever the analysis says (for dynamic imports).
    pub include: Vec<String>,
    /// `--exclude MOD`: never shipped, nor anything only it imports; covers its submodules.
    pub exclude: Vec<String>,
}

pub struct Graph {
    pub modules: Vec<Module>,
    pub edges: Vec<Edge>,
    pub warnings: Vec<Warning>,
    /// The app, as `__main__`.
    pub app: ModuleId,
    /// `--include` modules: roots beside the app.
    pub includes: Vec<ModuleId>,
    pub exclude: Vec<String>,
    /// The search path: app dir, extra paths, stdlib.
    pub path: Vec<PathBuf>,
    pub platform: Platform,
    by_name: HashMap<String, ModuleId>,
    out: Vec<Vec<usize>>,
}

/// Why a module is (or is not) in the app's closure: see [`Graph::why`].
#[derive(Clone, Debug, PartialEq)]
pub enum Why {
    /// Reached from `root` (the app or an `--include`) along `edges`. `site` is the latest
    /// site on the chain: Eager (loads at start), Lazy (may load later) or Dead (every chain
    /// passes through code that cannot run on pygmy, so the module is not included).
    Chain { site: Site, root: ModuleId, edges: Vec<usize> },
    /// `--exclude` names it.
    Excluded,
    /// No import chain from the app reaches it.
    NotReachable,
}

/// Module counts and source bytes of a closure.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Stats {
    pub source_modules: usize,
    pub source_bytes: u64,
    pub native_modules: usize,
    pub missing_modules: usize,
}

impl Graph {
    /// The graph of `app` with the stdlib at `stdlib`, for pygmy in the browser.
    pub fn build(app: &Path, stdlib: &Path, extra_paths: &[PathBuf]) -> Result<Graph> {
        Graph::build_with(app, stdlib, extra_paths, &Options::default())
    }

    pub fn build_with(app: &Path, stdlib: &Path, extra_paths: &[PathBuf], options: &Options) -> Result<Graph> {
        if !stdlib.join("os.py").is_file() {
            bail!("{} is not a Python Lib/ directory (no os.py)", stdlib.display());
        }
        let bytes = std::fs::metadata(app).with_context(|| format!("can't open {}", app.display()))?.len();
        let app_dir = match app.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut path = vec![app_dir];
        path.extend(extra_paths.iter().cloned());
        path.push(stdlib.to_path_buf());
        let mut b = Builder {
            g: Graph {
                modules: Vec::new(),
                edges: Vec::new(),
                warnings: Vec::new(),
                app: 0,
                includes: Vec::new(),
                exclude: options.exclude.clone(),
                path,
                platform: options.platform.clone(),
                by_name: HashMap::new(),
                out: Vec::new(),
            },
            queue: VecDeque::new(),
            early: HashMap::new(),
            alls: HashMap::new(),
        };
        b.add(Module { name: "__main__".into(), kind: ModuleKind::Source { path: app.to_path_buf(), is_package: false, bytes } });
        for name in &options.include {
            let id = b.resolve(name);
            b.g.includes.push(id);
        }
        while let Some(id) = b.queue.pop_front() {
            b.analyze(id)?;
        }
        let mut out = vec![Vec::new(); b.g.modules.len()];
        for (i, e) in b.g.edges.iter().enumerate() {
            out[e.from].push(i);
        }
        b.g.out = out;
        Ok(b.g)
    }

    pub fn module(&self, name: &str) -> Option<ModuleId> {
        self.by_name.get(name).copied()
    }

    pub fn is_excluded(&self, id: ModuleId) -> bool {
        let name = &self.modules[id].name;
        self.exclude.iter().any(|x| name == x || name.strip_prefix(x.as_str()).is_some_and(|rest| rest.starts_with('.')))
    }

    fn roots(&self) -> impl Iterator<Item = ModuleId> + '_ {
        std::iter::once(self.app).chain(self.includes.iter().copied()).filter(|&r| !self.is_excluded(r))
    }

    /// The modules reachable from the app and the `--include`s along edges `follow` accepts,
    /// in breadth-first order, excluded modules left out.
    pub fn closure(&self, follow: impl Fn(&Edge) -> bool) -> Vec<ModuleId> {
        let mut seen = vec![false; self.modules.len()];
        let mut order = Vec::new();
        let mut queue: VecDeque<ModuleId> = self.roots().collect();
        for &r in &queue {
            seen[r] = true;
        }
        while let Some(m) = queue.pop_front() {
            order.push(m);
            for &e in &self.out[m] {
                let e = &self.edges[e];
                if !seen[e.to] && follow(e) && !self.is_excluded(e.to) {
                    seen[e.to] = true;
                    queue.push_back(e.to);
                }
            }
        }
        order
    }

    /// What loads when the app starts.
    pub fn eager_closure(&self) -> Vec<ModuleId> {
        self.closure(|e| e.site == Site::Eager)
    }

    /// Everything the app may ever load: eager and lazy edges (dead ones never run).
    pub fn lazy_closure(&self) -> Vec<ModuleId> {
        self.closure(|e| e.site != Site::Dead)
    }

    pub fn stats(&self, ids: &[ModuleId]) -> Stats {
        let mut s = Stats::default();
        for &i in ids {
            match self.modules[i].kind {
                ModuleKind::Source { bytes, .. } => {
                    s.source_modules += 1;
                    s.source_bytes += bytes;
                }
                ModuleKind::Native => s.native_modules += 1,
                ModuleKind::Missing => s.missing_modules += 1,
                ModuleKind::Namespace { .. } => {}
            }
        }
        s
    }

    /// The chain that pulls `target` in: fewest lazy edges first (an all-eager chain when
    /// there is one), then fewest edges; through dead code only when nothing else reaches it.
    pub fn why(&self, target: ModuleId) -> Why {
        if self.is_excluded(target) {
            return Why::Excluded;
        }
        let cost = |e: &Edge| -> u64 {
            match e.site {
                Site::Eager => 1,
                Site::Lazy => 1 << 20,
                Site::Dead => 1 << 40,
            }
        };
        let mut best: Vec<Option<(u64, Option<usize>, ModuleId)>> = vec![None; self.modules.len()];
        let mut heap = BinaryHeap::new();
        for r in self.roots() {
            best[r] = Some((0, None, r));
            heap.push(std::cmp::Reverse((0u64, r)));
        }
        while let Some(std::cmp::Reverse((c, m))) = heap.pop() {
            if best[m].is_some_and(|(b, _, _)| b < c) {
                continue;
            }
            let root = best[m].map(|(_, _, r)| r).unwrap_or(m);
            for &ei in &self.out[m] {
                let e = &self.edges[ei];
                if self.is_excluded(e.to) {
                    continue;
                }
                let nc = c + cost(e);
                if best[e.to].is_none_or(|(b, _, _)| nc < b) {
                    best[e.to] = Some((nc, Some(ei), root));
                    heap.push(std::cmp::Reverse((nc, e.to)));
                }
            }
        }
        let Some((_, _, root)) = best[target] else { return Why::NotReachable };
        let mut edges = Vec::new();
        let mut m = target;
        while let Some((_, Some(ei), _)) = best[m] {
            edges.push(ei);
            m = self.edges[ei].from;
        }
        edges.reverse();
        let site = edges.iter().map(|&e| self.edges[e].site).max().unwrap_or(Site::Eager);
        Why::Chain { site, root, edges }
    }

    /// The warnings of the modules in `ids`.
    pub fn warnings_in<'a>(&'a self, ids: &'a [ModuleId]) -> impl Iterator<Item = &'a Warning> + 'a {
        let mut member = vec![false; self.modules.len()];
        for &i in ids {
            member[i] = true;
        }
        self.warnings.iter().filter(move |w| member[w.module])
    }

    /// `file:line` of an edge (the package's file for an implied edge).
    pub fn location(&self, e: &Edge) -> String {
        let file = self.modules[e.from].path().map(|p| p.display().to_string()).unwrap_or_else(|| self.modules[e.from].name.clone());
        if e.line == 0 {
            file
        } else {
            format!("{file}:{}", e.line)
        }
    }
}

struct Builder {
    g: Graph,
    queue: VecDeque<ModuleId>,
    /// Modules read ahead of the queue because a star import needed their `__all__`.
    early: HashMap<ModuleId, analyze::ModuleImports>,
    /// `__all__` of every module read so far.
    alls: HashMap<ModuleId, Option<Vec<String>>>,
}

impl Builder {
    fn add(&mut self, m: Module) -> ModuleId {
        let id = self.g.modules.len();
        if matches!(m.kind, ModuleKind::Source { .. }) {
            self.queue.push_back(id);
        }
        self.g.by_name.insert(m.name.clone(), id);
        self.g.modules.push(m);
        id
    }

    /// The module named `name`, found (and queued for analysis) on first use. A submodule
    /// gets an implied edge to its package, which Python imports first.
    fn resolve(&mut self, name: &str) -> ModuleId {
        if let Some(&id) = self.g.by_name.get(name) {
            return id;
        }
        let (kind, parent) = self.find(name);
        let id = self.add(Module { name: name.to_owned(), kind });
        if let Some(p) = parent {
            let text = format!("(importing {name} imports its package {} first)", self.g.modules[p].name);
            self.g.edges.push(Edge {
                from: id,
                to: p,
                line: 0,
                site: Site::Eager,
                class: self.class_of(Site::Eager, p),
                reason: "package of a submodule".into(),
                fallback: None,
                text,
            });
        }
        id
    }

    /// Whether `name` exists, without recording it when it does not.
    fn exists(&mut self, name: &str) -> Option<ModuleId> {
        if let Some(&id) = self.g.by_name.get(name) {
            return (self.g.modules[id].kind != ModuleKind::Missing).then_some(id);
        }
        let (kind, _) = self.find(name);
        (kind != ModuleKind::Missing).then(|| self.resolve(name))
    }

    fn find(&mut self, name: &str) -> (ModuleKind, Option<ModuleId>) {
        if self.g.platform.is_native(name) {
            return (ModuleKind::Native, None);
        }
        let (dirs, parent) = match name.rsplit_once('.') {
            Some((p, _)) => {
                let pid = self.resolve(p);
                match self.g.modules[pid].package_dirs() {
                    Some(d) => (d, Some(pid)),
                    None => return (ModuleKind::Missing, Some(pid)),
                }
            }
            None => (self.g.path.clone(), None),
        };
        let last = name.rsplit('.').next().unwrap_or(name);
        let mut namespace = Vec::new();
        for d in dirs {
            let pkg = d.join(last);
            let init = pkg.join("__init__.py");
            if let Ok(m) = std::fs::metadata(&init) {
                return (ModuleKind::Source { path: init, is_package: true, bytes: m.len() }, parent);
            }
            let file = d.join(format!("{last}.py"));
            if let Ok(m) = std::fs::metadata(&file) {
                if m.is_file() {
                    return (ModuleKind::Source { path: file, is_package: false, bytes: m.len() }, parent);
                }
            }
            if pkg.is_dir() {
                namespace.push(pkg);
            }
        }
        if namespace.is_empty() {
            (ModuleKind::Missing, parent)
        } else {
            (ModuleKind::Namespace { dirs: namespace }, parent)
        }
    }

    fn class_of(&self, site: Site, to: ModuleId) -> Class {
        match (site, &self.g.modules[to].kind) {
            (Site::Dead, _) => Class::Dead,
            (_, ModuleKind::Native) => Class::Native,
            (Site::Eager, _) => Class::Eager,
            (Site::Lazy, _) => Class::Lazy,
        }
    }

    fn read(&self, id: ModuleId) -> Result<analyze::ModuleImports> {
        let m = &self.g.modules[id];
        let Some(path) = m.path() else { return Ok(Default::default()) };
        let bytes = std::fs::read(path).with_context(|| format!("can't read {}", path.display()))?;
        Ok(analyze::analyze(&String::from_utf8_lossy(&bytes), id == self.g.app, &self.g.platform))
    }

    /// The `__all__` of a package, analysing it now if the queue has not reached it.
    fn all_of(&mut self, id: ModuleId) -> Result<Option<Vec<String>>> {
        if let Some(all) = self.alls.get(&id) {
            return Ok(all.clone());
        }
        let a = self.read(id)?;
        let all = a.all.clone();
        self.alls.insert(id, all.clone());
        self.early.insert(id, a);
        Ok(all)
    }

    fn analyze(&mut self, id: ModuleId) -> Result<()> {
        let a = match self.early.remove(&id) {
            Some(a) => a,
            None => self.read(id)?,
        };
        self.alls.insert(id, a.all);
        for w in a.warnings {
            self.g.warnings.push(Warning { module: id, line: w.line, message: w.message });
        }
        for imp in a.imports {
            let edge = |b: &mut Builder, to: ModuleId| {
                let class = b.class_of(imp.site, to);
                b.g.edges.push(Edge { from: id, to, line: imp.line, site: imp.site, class, reason: imp.reason.clone(), fallback: imp.fallback, text: imp.text.clone() });
            };
            match &imp.request {
                Request::Import(name) => {
                    for p in self.prefixes(name) {
                        edge(self, p);
                    }
                }
                Request::From { level, module, names } => {
                    let base = if *level == 0 {
                        module.clone().unwrap_or_default()
                    } else {
                        match self.relative(id, *level, module.as_deref()) {
                            Ok(b) => b,
                            Err(message) => {
                                self.g.warnings.push(Warning { module: id, line: imp.line, message });
                                continue;
                            }
                        }
                    };
                    let targets = if *level == 0 { self.prefixes(&base) } else { vec![self.resolve(&base)] };
                    let Some(&base_id) = targets.last() else { continue };
                    for t in targets {
                        edge(self, t);
                    }
                    if self.g.modules[base_id].package_dirs().is_none() {
                        continue;
                    }
                    // `from pkg import sub` imports pkg.sub when it is a module; `from pkg
                    // import *` imports the submodules `pkg.__all__` names.
                    let wanted = if names.iter().any(|n| n == "*") { self.all_of(base_id)?.unwrap_or_default() } else { names.clone() };
                    for n in wanted {
                        if let Some(sub) = self.exists(&format!("{base}.{n}")) {
                            edge(self, sub);
                        }
                    }
                }
                Request::Call { name, anchor } => {
                    let full = match anchor {
                        None => Ok(name.clone()),
                        Some(a) => self.resolve_name(id, name, a),
                    };
                    match full {
                        Ok(full) => {
                            for p in self.prefixes(&full) {
                                edge(self, p);
                            }
                        }
                        Err(message) => self.g.warnings.push(Warning { module: id, line: imp.line, message }),
                    }
                }
            }
        }
        Ok(())
    }

    /// `a`, `a.b`, `a.b.c` for `import a.b.c`. `os.path` is `posixpath` (os.py puts it in
    /// sys.modules under that name).
    fn prefixes(&mut self, name: &str) -> Vec<ModuleId> {
        let mut out = Vec::new();
        let mut acc = String::new();
        for part in name.split('.') {
            if !acc.is_empty() {
                acc.push('.');
            }
            acc.push_str(part);
            let real = if acc == "os.path" {
                if self.g.platform.os_name == "nt" {
                    "ntpath"
                } else {
                    "posixpath"
                }
            } else {
                acc.as_str()
            };
            out.push(self.resolve(real));
        }
        out
    }

    /// The package relative imports in module `id` are resolved against.
    fn package_of(&self, id: ModuleId) -> Option<String> {
        let m = &self.g.modules[id];
        if id == self.g.app {
            return None;
        }
        if m.package_dirs().is_some() {
            Some(m.name.clone())
        } else {
            m.name.rsplit_once('.').map(|(p, _)| p.to_owned())
        }
    }

    /// `from ..y import z` in module `id`: the absolute name of `..y`.
    fn relative(&self, id: ModuleId, level: u32, module: Option<&str>) -> std::result::Result<String, String> {
        let Some(package) = self.package_of(id) else { return Err("attempted relative import with no known parent package".into()) };
        anchor_name(&package, level, module)
    }

    /// `importlib.import_module(".x", package)` in module `id`.
    fn resolve_name(&self, id: ModuleId, name: &str, anchor: &Anchor) -> std::result::Result<String, String> {
        let package = match anchor {
            Anchor::Package => self.package_of(id),
            Anchor::Name => Some(self.g.modules[id].name.clone()),
            Anchor::Const(p) => Some(p.clone()),
        };
        let Some(package) = package else { return Err(format!("relative import_module({name:?}) with no known parent package")) };
        let level = name.chars().take_while(|&c| c == '.').count() as u32;
        let rest = &name[level as usize..];
        anchor_name(&package, level, (!rest.is_empty()).then_some(rest))
    }
}

/// importlib's `_resolve_name`: `level` dots against `package`.
fn anchor_name(package: &str, level: u32, module: Option<&str>) -> std::result::Result<String, String> {
    let parts: Vec<&str> = package.split('.').collect();
    let keep = parts.len().checked_sub(level as usize - 1).filter(|&k| k > 0).ok_or_else(|| "attempted relative import beyond top-level package".to_string())?;
    let base = parts[..keep].join(".");
    Ok(match module {
        Some(m) => format!("{base}.{m}"),
        None => base,
    })
}
