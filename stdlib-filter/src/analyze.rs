//! One module's imports: every `import`/`from … import` statement and every
//! `importlib.import_module`/`__import__` call, each with where it sits (its [`Site`]) and why.
//! Names are not resolved here; [`crate::graph`] does that against the files on the path.

use crate::condition::Conditions;
use crate::platform::Platform;
use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_python_parser::{Mode, ParseOptions};
use ruff_text_size::{Ranged, TextRange};

/// When an import statement runs, relative to the import of its module.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Site {
    /// At module level: runs whenever the module is imported.
    Eager,
    /// In a function body, or in a module-level `try/except ImportError`: may run later, or not.
    Lazy,
    /// Never runs on this platform (`if TYPE_CHECKING:`, other-platform branches, …).
    Dead,
}

impl Site {
    pub fn as_str(self) -> &'static str {
        match self {
            Site::Eager => "eager",
            Site::Lazy => "lazy",
            Site::Dead => "dead",
        }
    }
}

/// Which part of a module-level `try/except ImportError` an import is in. Whether the
/// fallback is taken depends on which modules exist, so chunking may settle it later.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fallback {
    /// The `try:` body (or its `else:`): runs if the preferred import works.
    Try,
    /// The `except ImportError:` body: runs if it does not.
    Except,
}

/// What an import names, before resolution.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// `import a.b.c [as d]`: imports `a`, `a.b`, `a.b.c`.
    Import(String),
    /// `from [.. level dots][module] import names`; `names == ["*"]` for a star import.
    From { level: u32, module: Option<String>, names: Vec<String> },
    /// `importlib.import_module("x", package)` / `__import__("x")` with a constant name.
    /// A relative name (leading dots) is resolved against `anchor`.
    Call { name: String, anchor: Option<Anchor> },
}

/// The `package` argument of `importlib.import_module` for a relative name.
#[derive(Clone, Debug, PartialEq)]
pub enum Anchor {
    /// `__package__` or `__spec__.parent`.
    Package,
    /// `__name__`.
    Name,
    Const(String),
}

/// One import statement or call.
#[derive(Clone, Debug)]
pub struct Import {
    pub request: Request,
    /// 1-based line of the statement.
    pub line: u32,
    pub site: Site,
    /// Why the site is what it is, e.g. "in function `loads`", "under `if TYPE_CHECKING`".
    pub reason: String,
    pub fallback: Option<Fallback>,
    /// The statement's source, whitespace collapsed, for reports.
    pub text: String,
}

/// Something the analysis could not decide, with its line.
#[derive(Clone, Debug)]
pub struct Warning {
    pub line: u32,
    pub message: String,
}

/// Everything the graph needs from one source file.
#[derive(Clone, Debug, Default)]
pub struct ModuleImports {
    pub imports: Vec<Import>,
    pub warnings: Vec<Warning>,
    /// The literal names in a module-level `__all__` (for star imports of a package).
    pub all: Option<Vec<String>>,
}

/// Parses `source` (the app when `is_main`: there `__name__ == "__main__"`) and lists its imports.
pub fn analyze(source: &str, is_main: bool, platform: &Platform) -> ModuleImports {
    let options = ParseOptions::from(Mode::Module).with_target_version(ast::PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    let lines = LineIndex::new(source);
    let mut out = ModuleImports::default();
    if let Some(e) = parsed.errors().first() {
        // The parser recovers: the imports it did see are still worth reporting.
        out.warnings.push(Warning { line: lines.line(e.location.start().to_usize()), message: format!("syntax error: {}", e.error) });
    }
    let ast::Mod::Module(module) = parsed.syntax() else { return out };
    let conditions = Conditions::new(&module.body, platform, is_main);
    out.all = dunder_all(&module.body);
    let mut v =
        Walker { source, lines: &lines, conditions: &conditions, ctx: Ctx { site: Site::Eager, reason: "module level".into(), fallback: None }, scope: Vec::new(), out: &mut out };
    v.visit_body(&module.body);
    out
}

#[derive(Clone)]
struct Ctx {
    site: Site,
    reason: String,
    fallback: Option<Fallback>,
}

struct Walker<'a> {
    source: &'a str,
    lines: &'a LineIndex,
    conditions: &'a Conditions<'a>,
    ctx: Ctx,
    /// Enclosing class and function names, for "in function `A.f`".
    scope: Vec<String>,
    out: &'a mut ModuleImports,
}

impl Walker<'_> {
    fn text(&self, r: TextRange) -> String {
        let s = &self.source[r.start().to_usize()..r.end().to_usize()];
        let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
        if s.chars().count() > 100 {
            format!("{}…", s.chars().take(99).collect::<String>())
        } else {
            s
        }
    }

    fn line(&self, r: TextRange) -> u32 {
        self.lines.line(r.start().to_usize())
    }

    fn with<R>(&mut self, ctx: Ctx, f: impl FnOnce(&mut Self) -> R) -> R {
        let saved = std::mem::replace(&mut self.ctx, ctx);
        let r = f(self);
        self.ctx = saved;
        r
    }

    /// The context inside a guard of `site`: sites only get later (eager → lazy → dead), and the
    /// first guard that made it later gives the reason.
    fn narrowed(&self, site: Site, reason: String, fallback: Option<Fallback>) -> Ctx {
        if site > self.ctx.site {
            Ctx { site, reason, fallback }
        } else {
            self.ctx.clone()
        }
    }

    fn push(&mut self, request: Request, r: TextRange) {
        let c = &self.ctx;
        let import = Import { request, line: self.line(r), site: c.site, reason: c.reason.clone(), fallback: c.fallback, text: self.text(r) };
        self.out.imports.push(import);
    }

    fn function_body(&mut self, name: &str, body: impl FnOnce(&mut Self)) {
        self.scope.push(name.to_owned());
        let ctx = if self.ctx.site == Site::Dead {
            self.ctx.clone()
        } else {
            // A function body runs when called: lazy, whatever guarded its definition.
            Ctx { site: Site::Lazy, reason: format!("in function `{}`", self.scope.join(".")), fallback: None }
        };
        self.with(ctx, body);
        self.scope.pop();
    }

    fn visit_if(&mut self, i: &ast::StmtIf) {
        // Branches in order: once one is certainly taken, the rest are dead.
        let mut taken: Option<String> = None;
        let clauses = std::iter::once((Some(&*i.test), &i.body)).chain(i.elif_else_clauses.iter().map(|c| (c.test.as_ref(), &c.body)));
        for (test, body) in clauses {
            if let Some(t) = test {
                self.visit_expr(t);
            }
            let ctx = match (&taken, test) {
                (Some(prev), _) => self.narrowed(Site::Dead, format!("after `if {prev}`, which is always true here"), None),
                (None, None) => self.ctx.clone(),
                (None, Some(t)) => match self.conditions.truth(t) {
                    Some(false) => self.narrowed(Site::Dead, format!("under `if {}`", self.text(t.range())), None),
                    Some(true) => {
                        taken = Some(self.text(t.range()));
                        self.ctx.clone()
                    }
                    None => self.ctx.clone(),
                },
            };
            self.with(ctx, |v| v.visit_body(body));
        }
    }

    /// A module-level `try/except ImportError`: both the preferred import and the fallback
    /// depend on which modules exist.
    fn visit_import_fallback(&mut self, t: &ast::StmtTry) {
        let body = self.narrowed(Site::Lazy, "in the try of a try/except ImportError".into(), Some(Fallback::Try));
        self.with(body, |v| v.visit_body(&t.body));
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty);
            }
            let ctx = if catches_import_error(h) { self.narrowed(Site::Lazy, "in an except ImportError fallback".into(), Some(Fallback::Except)) } else { self.ctx.clone() };
            self.with(ctx, |v| v.visit_body(&h.body));
        }
        let orelse = self.narrowed(Site::Lazy, "in the else of a try/except ImportError".into(), Some(Fallback::Try));
        self.with(orelse, |v| v.visit_body(&t.orelse));
        self.visit_body(&t.finalbody);
    }

    /// `importlib.import_module(name[, package])` / `__import__(name, ...)`.
    fn visit_call(&mut self, call: &ast::ExprCall) {
        let (is_import_module, what) = match &*call.func {
            Expr::Name(n) if n.id.as_str() == "__import__" => (false, "__import__"),
            Expr::Name(n) if n.id.as_str() == "import_module" => (true, "import_module"),
            Expr::Attribute(a) if a.attr.as_str() == "import_module" && matches!(&*a.value, Expr::Name(_)) => (true, "importlib.import_module"),
            _ => return,
        };
        let name_arg = call.arguments.args.first().or_else(|| call.arguments.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "name")).map(|k| &k.value));
        let Some(name_arg) = name_arg else { return };
        if self.ctx.site == Site::Dead {
            return;
        }
        let Expr::StringLiteral(s) = name_arg else {
            let message = format!("dynamic import `{}` ({}): its module is unknown; use --include MOD for what it loads", self.text(call.range()), what);
            let line = self.line(call.range());
            self.out.warnings.push(Warning { line, message });
            return;
        };
        let name = s.value.to_str().to_owned();
        let anchor = if is_import_module && name.starts_with('.') {
            let package = call.arguments.args.get(1).or_else(|| call.arguments.keywords.iter().find(|k| k.arg.as_ref().is_some_and(|a| a.as_str() == "package")).map(|k| &k.value));
            match package {
                Some(Expr::Name(n)) if n.id.as_str() == "__package__" => Some(Anchor::Package),
                Some(Expr::Name(n)) if n.id.as_str() == "__name__" => Some(Anchor::Name),
                Some(Expr::Attribute(a)) if a.attr.as_str() == "parent" && matches!(&*a.value, Expr::Name(n) if n.id.as_str() == "__spec__") => Some(Anchor::Package),
                Some(Expr::StringLiteral(p)) => Some(Anchor::Const(p.value.to_str().to_owned())),
                _ => {
                    let message = format!("dynamic import `{}`: relative name with an unknown package; use --include MOD", self.text(call.range()));
                    let line = self.line(call.range());
                    self.out.warnings.push(Warning { line, message });
                    return;
                }
            }
        } else {
            None
        };
        self.push(Request::Call { name, anchor }, call.range());
    }
}

impl<'a> Visitor<'a> for Walker<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Import(i) => {
                for a in &i.names {
                    self.push(Request::Import(a.name.to_string()), i.range());
                }
            }
            Stmt::ImportFrom(f) => {
                let names = f.names.iter().map(|a| a.name.to_string()).collect();
                self.push(Request::From { level: f.level, module: f.module.as_ref().map(|m| m.to_string()), names }, f.range());
            }
            Stmt::FunctionDef(f) => {
                // Decorators, defaults and annotations run where the function is defined.
                for d in &f.decorator_list {
                    self.visit_decorator(d);
                }
                if let Some(tp) = &f.type_params {
                    self.visit_type_params(tp);
                }
                self.visit_parameters(&f.parameters);
                if let Some(r) = &f.returns {
                    self.visit_annotation(r);
                }
                self.function_body(f.name.as_str(), |v| v.visit_body(&f.body));
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_decorator(d);
                }
                if let Some(a) = &c.arguments {
                    self.visit_arguments(a);
                }
                // A class body runs where the class statement is.
                self.scope.push(c.name.to_string());
                self.visit_body(&c.body);
                self.scope.pop();
            }
            Stmt::If(i) => self.visit_if(i),
            Stmt::Try(t) if self.ctx.site == Site::Eager && t.handlers.iter().any(|h| h.as_except_handler().is_some_and(catches_import_error)) => self.visit_import_fallback(t),
            _ => walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_parameters(p);
                }
                self.function_body("<lambda>", |v| v.visit_expr(&l.body));
            }
            Expr::Call(c) => {
                self.visit_call(c);
                walk_expr(self, expr);
            }
            _ => walk_expr(self, expr),
        }
    }
}

/// `except ImportError`, `ModuleNotFoundError`, `Exception`, `BaseException`, bare `except:`,
/// or a tuple with one of them.
fn catches_import_error(h: &ast::ExceptHandlerExceptHandler) -> bool {
    fn names_it(e: &Expr) -> bool {
        match e {
            Expr::Name(n) => matches!(n.id.as_str(), "ImportError" | "ModuleNotFoundError" | "Exception" | "BaseException"),
            Expr::Attribute(a) => matches!(a.attr.as_str(), "ImportError" | "ModuleNotFoundError"),
            Expr::Tuple(t) => t.elts.iter().any(names_it),
            _ => false,
        }
    }
    h.type_.as_deref().is_none_or(names_it)
}

/// The string literals of a module-level `__all__ = [...]`, `__all__ += [...]`,
/// `__all__.extend([...])`, `__all__.append("x")`.
fn dunder_all(body: &[Stmt]) -> Option<Vec<String>> {
    fn literals(e: &Expr, out: &mut Vec<String>) {
        match e {
            Expr::List(ast::ExprList { elts, .. }) | Expr::Tuple(ast::ExprTuple { elts, .. }) => {
                for e in elts {
                    if let Expr::StringLiteral(s) = e {
                        out.push(s.value.to_str().to_owned());
                    }
                }
            }
            Expr::BinOp(b) => {
                literals(&b.left, out);
                literals(&b.right, out);
            }
            Expr::StringLiteral(s) => out.push(s.value.to_str().to_owned()),
            _ => {}
        }
    }
    let is_all = |e: &Expr| matches!(e, Expr::Name(n) if n.id.as_str() == "__all__");
    let mut all: Option<Vec<String>> = None;
    for s in body {
        match s {
            Stmt::Assign(a) if a.targets.iter().any(is_all) => {
                let mut v = Vec::new();
                literals(&a.value, &mut v);
                all = Some(v);
            }
            Stmt::AugAssign(a) if is_all(&a.target) => literals(&a.value, all.get_or_insert_with(Vec::new)),
            Stmt::Expr(ast::StmtExpr { value, .. }) => {
                let Expr::Call(c) = &**value else { continue };
                let Expr::Attribute(f) = &*c.func else { continue };
                if is_all(&f.value) && matches!(f.attr.as_str(), "extend" | "append") {
                    for a in c.arguments.args.iter() {
                        literals(a, all.get_or_insert_with(Vec::new));
                    }
                }
            }
            _ => {}
        }
    }
    all
}

/// Byte offset → 1-based line.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(s: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(s.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    fn line(&self, offset: usize) -> u32 {
        (self.starts.partition_point(|&s| s <= offset)) as u32
    }
}
