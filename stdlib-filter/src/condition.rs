//! Static evaluation of the `if` tests that decide whether an import can run: `TYPE_CHECKING`,
//! platform tests (`sys.platform == "win32"`, `sys.platform.startswith("linux")`,
//! `os.name == "nt"`, `"nt" in sys.builtin_module_names`) and `__name__ == "__main__"`.
//! Anything else is unknown, and both branches stay live.

use crate::platform::Platform;
use ruff_python_ast::{self as ast, CmpOp, Expr, Stmt};
use std::collections::HashMap;

/// A value known before the program runs.
#[derive(Clone, Debug, PartialEq)]
enum Known {
    Sys,
    Os,
    Typing,
    Str(String),
    Bool(bool),
    StrSet(Vec<String>),
    /// `__name__`: `"__main__"` only in the app.
    DunderName,
}

/// The names a module binds to known values: `import sys as _sys`, `from typing import
/// TYPE_CHECKING`, and module-level constants such as `_mswindows = (sys.platform == "win32")`
/// (subprocess.py) or `_names = sys.builtin_module_names` (os.py).
pub struct Conditions<'p> {
    platform: &'p Platform,
    is_main: bool,
    names: HashMap<String, Known>,
}

impl<'p> Conditions<'p> {
    pub fn new(body: &[Stmt], platform: &'p Platform, is_main: bool) -> Conditions<'p> {
        let mut c = Conditions { platform, is_main, names: HashMap::new() };
        for (n, k) in [("sys", Known::Sys), ("os", Known::Os), ("typing", Known::Typing), ("TYPE_CHECKING", Known::Bool(false))] {
            c.names.insert(n.into(), k);
        }
        c.names.insert("__name__".into(), Known::DunderName);
        collect_import_aliases(body, platform, &mut c.names);
        let mut counts = HashMap::new();
        let mut assigned = Vec::new();
        c.scan(body, &mut counts, &mut assigned);
        // A module-level name counts as a constant only if live code binds it once (os.py
        // sets `name` in both its `posix` and `nt` branches, but only one is live).
        for n in assigned {
            if counts.get(&n).is_some_and(|&k| k > 1) {
                c.names.remove(&n);
            }
        }
        c
    }

    /// Records module-level constants in order, skipping the branches of `if`s already known
    /// to be dead, and counts every binding in the rest.
    fn scan(&mut self, body: &[Stmt], counts: &mut HashMap<String, usize>, assigned: &mut Vec<String>) {
        for s in body {
            if let Stmt::If(i) = s {
                let clauses = std::iter::once((Some(&*i.test), &i.body)).chain(i.elif_else_clauses.iter().map(|c| (c.test.as_ref(), &c.body)));
                for (test, branch) in clauses {
                    match test.map(|t| self.truth(t)) {
                        Some(Some(false)) => continue,
                        Some(None) => self.scan(branch, counts, assigned),
                        Some(Some(true)) | None => {
                            self.scan(branch, counts, assigned);
                            break;
                        }
                    }
                }
                continue;
            }
            for n in bound_names(s) {
                *counts.entry(n).or_default() += 1;
            }
            if let Stmt::Assign(ast::StmtAssign { targets, value, .. }) = s {
                if let [Expr::Name(n)] = targets.as_slice() {
                    if let Some(k) = self.value(value).or_else(|| self.truth(value).map(Known::Bool)) {
                        self.names.insert(n.id.to_string(), k);
                        assigned.push(n.id.to_string());
                    }
                }
            }
        }
    }

    /// `Some(true)` / `Some(false)` when `test` has the same value on every run on this
    /// platform; `None` when it depends on the run.
    pub fn truth(&self, test: &Expr) -> Option<bool> {
        match test {
            Expr::BoolOp(b) => {
                let vals: Vec<Option<bool>> = b.values.iter().map(|v| self.truth(v)).collect();
                match b.op {
                    ast::BoolOp::And if vals.contains(&Some(false)) => Some(false),
                    ast::BoolOp::And if vals.iter().all(|v| *v == Some(true)) => Some(true),
                    ast::BoolOp::Or if vals.contains(&Some(true)) => Some(true),
                    ast::BoolOp::Or if vals.iter().all(|v| *v == Some(false)) => Some(false),
                    _ => None,
                }
            }
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => self.truth(&u.operand).map(|b| !b),
            Expr::Compare(c) => {
                let mut left = self.value(&c.left)?;
                let mut all = true;
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    let right = self.value(right)?;
                    all &= self.compare(&left, *op, &right)?;
                    left = right;
                }
                Some(all)
            }
            Expr::Call(call) => {
                // sys.platform.startswith("win") / startswith(("freebsd", "openbsd"))
                let Expr::Attribute(f) = &*call.func else { return None };
                if f.attr.as_str() != "startswith" || call.arguments.args.len() != 1 || !call.arguments.keywords.is_empty() {
                    return None;
                }
                let Known::Str(s) = self.value(&f.value)? else { return None };
                match self.value(&call.arguments.args[0])? {
                    Known::Str(p) => Some(s.starts_with(&p)),
                    Known::StrSet(ps) => Some(ps.iter().any(|p| s.starts_with(p))),
                    _ => None,
                }
            }
            _ => match self.value(test)? {
                Known::Bool(b) => Some(b),
                _ => None,
            },
        }
    }

    fn value(&self, e: &Expr) -> Option<Known> {
        match e {
            Expr::Name(n) => self.names.get(n.id.as_str()).cloned(),
            Expr::Attribute(a) => match (self.value(&a.value)?, a.attr.as_str()) {
                (Known::Sys, "platform") => Some(Known::Str(self.platform.sys_platform.clone())),
                (Known::Sys, "builtin_module_names") => Some(Known::StrSet(self.platform.native_modules.clone())),
                (Known::Os, "name") => Some(Known::Str(self.platform.os_name.clone())),
                (Known::Typing, "TYPE_CHECKING") => Some(Known::Bool(false)),
                _ => None,
            },
            Expr::StringLiteral(s) => Some(Known::Str(s.value.to_str().to_owned())),
            Expr::BooleanLiteral(b) => Some(Known::Bool(b.value)),
            Expr::NumberLiteral(ast::ExprNumberLiteral { value: ast::Number::Int(i), .. }) => i.as_u8().filter(|v| *v <= 1).map(|v| Known::Bool(v == 1)),
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) | Expr::Set(ast::ExprSet { elts, .. }) => {
                let mut out = Vec::new();
                for e in elts {
                    let Expr::StringLiteral(s) = e else { return None };
                    out.push(s.value.to_str().to_owned());
                }
                Some(Known::StrSet(out))
            }
            _ => None,
        }
    }

    fn compare(&self, l: &Known, op: CmpOp, r: &Known) -> Option<bool> {
        let main = |s: &str| Some((s == "__main__") == self.is_main);
        match (l, op, r) {
            (Known::Str(a), CmpOp::Eq, Known::Str(b)) => Some(a == b),
            (Known::Str(a), CmpOp::NotEq, Known::Str(b)) => Some(a != b),
            (Known::Str(a), CmpOp::In, Known::StrSet(b)) => Some(b.contains(a)),
            (Known::Str(a), CmpOp::NotIn, Known::StrSet(b)) => Some(!b.contains(a)),
            (Known::DunderName, CmpOp::Eq, Known::Str(s)) | (Known::Str(s), CmpOp::Eq, Known::DunderName) => main(s),
            (Known::DunderName, CmpOp::NotEq, Known::Str(s)) | (Known::Str(s), CmpOp::NotEq, Known::DunderName) => main(s).map(|b| !b),
            _ => None,
        }
    }
}

/// `import sys as _sys`, `from typing import TYPE_CHECKING as T`, `from sys import platform`,
/// anywhere in the module (aliases in functions are rare and harmless to over-approximate).
fn collect_import_aliases(body: &[Stmt], platform: &Platform, names: &mut HashMap<String, Known>) {
    use ruff_python_ast::statement_visitor::{walk_stmt, StatementVisitor};
    struct V<'a> {
        platform: &'a Platform,
        names: &'a mut HashMap<String, Known>,
    }
    impl<'b> StatementVisitor<'b> for V<'_> {
        fn visit_stmt(&mut self, s: &'b Stmt) {
            match s {
                Stmt::Import(i) => {
                    for a in &i.names {
                        let k = match a.name.as_str() {
                            "sys" => Known::Sys,
                            "os" => Known::Os,
                            "typing" => Known::Typing,
                            _ => continue,
                        };
                        if let Some(asname) = &a.asname {
                            self.names.insert(asname.to_string(), k);
                        }
                    }
                }
                Stmt::ImportFrom(f) if f.level == 0 => {
                    let module = f.module.as_ref().map(|m| m.as_str()).unwrap_or("");
                    for a in &f.names {
                        let k = match (module, a.name.as_str()) {
                            ("typing", "TYPE_CHECKING") => Known::Bool(false),
                            ("sys", "platform") => Known::Str(self.platform.sys_platform.clone()),
                            ("sys", "builtin_module_names") => Known::StrSet(self.platform.native_modules.clone()),
                            _ => continue,
                        };
                        self.names.insert(a.asname.as_ref().unwrap_or(&a.name).to_string(), k);
                    }
                }
                _ => walk_stmt(self, s),
            }
        }
    }
    V { platform, names }.visit_body(body);
}

/// Names a module-level statement binds (enough to tell constants from rebound names).
fn bound_names(s: &Stmt) -> Vec<String> {
    fn targets(e: &Expr, out: &mut Vec<String>) {
        match e {
            Expr::Name(n) => out.push(n.id.to_string()),
            Expr::Tuple(t) => t.elts.iter().for_each(|e| targets(e, out)),
            Expr::List(l) => l.elts.iter().for_each(|e| targets(e, out)),
            Expr::Starred(s) => targets(&s.value, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    match s {
        Stmt::Assign(a) => a.targets.iter().for_each(|t| targets(t, &mut out)),
        Stmt::AugAssign(a) => targets(&a.target, &mut out),
        Stmt::AnnAssign(a) => targets(&a.target, &mut out),
        Stmt::For(f) => targets(&f.target, &mut out),
        Stmt::FunctionDef(f) => out.push(f.name.to_string()),
        Stmt::ClassDef(c) => out.push(c.name.to_string()),
        Stmt::Import(i) => out.extend(i.names.iter().map(|a| a.asname.as_ref().map(|n| n.to_string()).unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_owned()))),
        Stmt::ImportFrom(f) => out.extend(f.names.iter().map(|a| a.asname.as_ref().unwrap_or(&a.name).to_string())),
        // Assignments nested in module-level if/try/with/for also rebind.
        Stmt::If(i) => {
            i.body.iter().for_each(|s| out.extend(bound_names(s)));
            i.elif_else_clauses.iter().flat_map(|c| c.body.iter()).for_each(|s| out.extend(bound_names(s)));
        }
        Stmt::Try(t) => {
            t.body.iter().chain(t.orelse.iter()).chain(t.finalbody.iter()).for_each(|s| out.extend(bound_names(s)));
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                h.body.iter().for_each(|s| out.extend(bound_names(s)));
            }
        }
        Stmt::With(w) => w.body.iter().for_each(|s| out.extend(bound_names(s))),
        _ => {}
    }
    out
}
