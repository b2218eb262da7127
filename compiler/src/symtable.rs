//! Symbol tables with CPython 3.11's scoping rules (`Python/symtable.c`): one scope per
//! module, class, function, lambda and comprehension; a first pass records how each name is
//! used, a second pass decides whether it is local, a cell, free, or global.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::{HashMap, HashSet};

// Symbol flags (CPython's DEF_*).
pub(crate) const DEF_GLOBAL: u32 = 1;
pub(crate) const DEF_LOCAL: u32 = 2;
pub(crate) const DEF_PARAM: u32 = 4;
pub(crate) const DEF_NONLOCAL: u32 = 8;
pub(crate) const USE: u32 = 16;
pub(crate) const DEF_FREE_CLASS: u32 = 64;
pub(crate) const DEF_IMPORT: u32 = 128;
pub(crate) const DEF_ANNOT: u32 = 256;
pub(crate) const DEF_COMP_ITER: u32 = 512;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Where a name lives at run time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeType {
    Module,
    Class,
    Function,
    /// Annotations under `from __future__ import annotations` (never compiled).
    Annotation,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CompKind {
    List,
    Set,
    Dict,
    Generator,
}

pub(crate) type ScopeId = usize;

#[derive(Debug)]
pub(crate) struct Scope {
    /// The scope's name (for debugging dumps).
    #[allow(dead_code)]
    pub name: String,
    pub typ: ScopeType,
    /// Name → flags, in first-seen order.
    pub symbols: Vec<(String, u32)>,
    index: HashMap<String, usize>,
    pub scopes: HashMap<String, NameScope>,
    pub children: Vec<ScopeId>,
    /// Parameters, in CPython order.
    pub varnames: Vec<String>,
    pub nested: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub comprehension: Option<CompKind>,
    pub varargs: bool,
    pub varkeywords: bool,
    pub needs_class_closure: bool,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    /// Location of the `global`/`nonlocal` statement that declared a name.
    directives: HashMap<String, TextRange>,
}

impl Scope {
    fn new(name: &str, typ: ScopeType) -> Scope {
        Scope {
            name: name.to_string(),
            typ,
            symbols: Vec::new(),
            index: HashMap::new(),
            scopes: HashMap::new(),
            children: Vec::new(),
            varnames: Vec::new(),
            nested: false,
            generator: false,
            coroutine: false,
            comprehension: None,
            varargs: false,
            varkeywords: false,
            needs_class_closure: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
            directives: HashMap::new(),
        }
    }

    pub(crate) fn flags(&self, name: &str) -> u32 {
        self.index.get(name).map(|&i| self.symbols[i].1).unwrap_or(0)
    }

    fn set_flags(&mut self, name: &str, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1 = flags,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push((name.to_string(), flags));
            }
        }
    }

    pub(crate) fn scope_of(&self, name: &str) -> Option<NameScope> {
        self.scopes.get(name).copied()
    }

    /// Cell variables, sorted (CPython's order), `__class__` first for classes that need it.
    pub(crate) fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> =
            self.symbols.iter().filter(|(n, _)| self.scopes.get(n) == Some(&NameScope::Cell)).map(|(n, _)| n.clone()).collect();
        v.sort();
        if self.needs_class_closure {
            v.insert(0, "__class__".to_string());
        }
        v
    }

    /// Free variables, sorted; for classes also names that are free in a method and bound in
    /// the class body.
    pub(crate) fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(n, f)| self.scopes.get(n) == Some(&NameScope::Free) || f & DEF_FREE_CLASS != 0)
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

pub(crate) struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<(u32, u32, u8), ScopeId>,
}

/// Which AST node a scope belongs to (for lookup by codegen).
#[derive(Clone, Copy)]
pub(crate) enum NodeKind {
    Function = 1,
    Class = 2,
    Lambda = 3,
    Comprehension = 4,
}

pub(crate) fn node_key(range: TextRange, kind: NodeKind) -> (u32, u32, u8) {
    (range.start().to_u32(), range.end().to_u32(), kind as u8)
}

impl SymbolTable {
    pub(crate) fn lookup(&self, range: TextRange, kind: NodeKind) -> Option<ScopeId> {
        self.by_node.get(&node_key(range, kind)).copied()
    }
}

/// A symbol table error: message and the byte range it refers to.
#[derive(Debug)]
pub(crate) struct SymtableError {
    pub msg: String,
    pub range: TextRange,
}

type Result<T> = std::result::Result<T, SymtableError>;

fn err<T>(msg: impl Into<String>, range: TextRange) -> Result<T> {
    Err(SymtableError { msg: msg.into(), range })
}

/// CPython's `_Py_Mangle`: `__x` inside class `C` becomes `_C__x`.
pub(crate) fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(p) = private else { return name.to_string() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = p.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

struct Builder {
    scopes: Vec<Scope>,
    stack: Vec<ScopeId>,
    by_node: HashMap<(u32, u32, u8), ScopeId>,
    private: Option<String>,
    future_annotations: bool,
    depth: u32,
}

#[cfg(not(target_arch = "wasm32"))]
const MAX_DEPTH: u32 = 2800;
#[cfg(target_arch = "wasm32")]
const MAX_DEPTH: u32 = 1000;

pub(crate) fn build(module: &[Stmt], future_annotations: bool, module_is_expr: Option<&Expr>) -> Result<SymbolTable> {
    let mut b = Builder {
        scopes: vec![Scope::new("top", ScopeType::Module)],
        stack: vec![0],
        by_node: HashMap::new(),
        private: None,
        future_annotations,
        depth: 0,
    };
    if let Some(e) = module_is_expr {
        b.visit_expr(e)?;
    } else {
        for s in module {
            b.visit_stmt(s)?;
        }
    }
    let mut st = SymbolTable { scopes: b.scopes, by_node: b.by_node };
    analyze(&mut st)?;
    Ok(st)
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap();
        &mut self.scopes[id]
    }

    fn cur_id(&self) -> ScopeId {
        *self.stack.last().unwrap()
    }

    fn enter(&mut self, name: &str, typ: ScopeType, key: Option<(u32, u32, u8)>) {
        let parent = self.cur_id();
        let mut s = Scope::new(name, typ);
        let p = &self.scopes[parent];
        if p.nested || p.typ == ScopeType::Function {
            s.nested = true;
        }
        self.scopes.push(s);
        let id = self.scopes.len() - 1;
        if typ != ScopeType::Annotation {
            self.scopes[parent].children.push(id);
        }
        if let Some(k) = key {
            self.by_node.insert(k, id);
        }
        self.stack.push(id);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> Result<()> {
        let id = self.cur_id();
        self.add_def_in(id, name, flag, range)
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u32, range: TextRange) -> Result<()> {
        let mangled = mangle(self.private.as_deref(), name);
        let scope = &mut self.scopes[id];
        let old = scope.index.get(&mangled).map(|&i| scope.symbols[i].1);
        let mut val = match old {
            Some(v) => {
                if flag & DEF_PARAM != 0 && v & DEF_PARAM != 0 {
                    return err(format!("duplicate argument '{name}' in function definition"), range);
                }
                v | flag
            }
            None => flag,
        };
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return err(format!("comprehension inner loop cannot rebind assignment expression target '{name}'"), range);
            }
            val |= DEF_COMP_ITER;
        }
        scope.set_flags(&mangled, val);
        if flag & DEF_PARAM != 0 {
            scope.varnames.push(mangled.clone());
        } else if flag & DEF_GLOBAL != 0 {
            // Module-level symbols also learn about `global` declarations anywhere.
            let top = &mut self.scopes[0];
            let v = top.flags(&mangled) | flag;
            top.set_flags(&mangled, v);
        }
        Ok(())
    }

    fn lookup(&self, name: &str) -> u32 {
        let mangled = mangle(self.private.as_deref(), name);
        self.scopes[self.cur_id()].flags(&mangled)
    }

    fn record_directive(&mut self, name: &str, range: TextRange) {
        let mangled = mangle(self.private.as_deref(), name);
        self.cur().directives.entry(mangled).or_insert(range);
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result<()> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn deeper(&mut self, range: TextRange) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return err("maximum recursion depth exceeded during compilation", range);
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Result<()> {
        self.deeper(s.range())?;
        let r = self.visit_stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> Result<()> {
        match s {
            Stmt::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, f.range)?;
                self.visit_defaults(&f.parameters)?;
                self.visit_annotations(f.range, &f.parameters, f.returns.as_deref())?;
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(&f.name, ScopeType::Function, Some(node_key(f.range, NodeKind::Function)));
                if f.is_async {
                    self.cur().coroutine = true;
                }
                self.visit_params(&f.parameters)?;
                self.visit_body(&f.body)?;
                self.exit();
            }
            Stmt::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, c.range)?;
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value)?;
                    }
                }
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(&c.name, ScopeType::Class, Some(node_key(c.range, NodeKind::Class)));
                let saved = self.private.replace(c.name.to_string());
                let r = self.visit_body(&c.body);
                self.private = saved;
                r?;
                self.exit();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.visit_expr(t)?;
                }
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let cur = self.lookup(&n.id);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur_id() != 0 && a.simple {
                        let msg = if cur & DEF_GLOBAL != 0 { "annotated name '{}' can't be global" } else { "annotated name '{}' can't be nonlocal" };
                        return err(msg.replace("{}", &n.id), a.range);
                    }
                    if a.simple {
                        self.add_def(&n.id, DEF_ANNOT | DEF_LOCAL, n.range)?;
                    } else if a.value.is_some() {
                        self.add_def(&n.id, DEF_LOCAL, n.range)?;
                    }
                } else {
                    self.visit_expr(&a.target)?;
                }
                self.visit_annotation(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&c.body)?;
                }
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for c in &m.cases {
                    self.visit_pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&c.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                    if let Some(c) = &r.cause {
                        self.visit_expr(c)?;
                    }
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                self.visit_body(&t.orelse)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, n.range)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    self.visit_alias(a)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.visit_alias(a)?;
                }
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            "name '{}' is parameter and global"
                        } else if cur & USE != 0 {
                            "name '{}' is used prior to global declaration"
                        } else if cur & DEF_ANNOT != 0 {
                            "annotated name '{}' can't be global"
                        } else {
                            "name '{}' is assigned to before global declaration"
                        };
                        return err(msg.replace("{}", name), g.range);
                    }
                    self.add_def(name, DEF_GLOBAL, g.range)?;
                    self.record_directive(name, g.range);
                }
            }
            Stmt::Nonlocal(n) => {
                for name in &n.names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            "name '{}' is parameter and nonlocal"
                        } else if cur & USE != 0 {
                            "name '{}' is used prior to nonlocal declaration"
                        } else if cur & DEF_ANNOT != 0 {
                            "annotated name '{}' can't be nonlocal"
                        } else {
                            "name '{}' is assigned to before nonlocal declaration"
                        };
                        return err(msg.replace("{}", name), n.range);
                    }
                    self.add_def(name, DEF_NONLOCAL, n.range)?;
                    self.record_directive(name, n.range);
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::TypeAlias(t) => return err("invalid syntax", t.range),
            Stmt::IpyEscapeCommand(c) => return err("invalid syntax", c.range),
        }
        Ok(())
    }

    fn visit_alias(&mut self, a: &ast::Alias) -> Result<()> {
        let name = a.asname.as_ref().unwrap_or(&a.name);
        if name.as_str() == "*" {
            if self.scopes[self.cur_id()].typ != ScopeType::Module {
                return err("import * only allowed at module level", a.range);
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or("");
        self.add_def(store, DEF_IMPORT, a.range)
    }

    fn visit_defaults(&mut self, p: &ast::Parameters) -> Result<()> {
        for a in p.posonlyargs.iter().chain(&p.args) {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        for a in &p.kwonlyargs {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn visit_params(&mut self, p: &ast::Parameters) -> Result<()> {
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            self.add_def(&a.parameter.name, DEF_PARAM, a.parameter.name.range)?;
        }
        if let Some(v) = &p.vararg {
            self.add_def(&v.name, DEF_PARAM, v.name.range)?;
            self.cur().varargs = true;
        }
        if let Some(k) = &p.kwarg {
            self.add_def(&k.name, DEF_PARAM, k.name.range)?;
            self.cur().varkeywords = true;
        }
        Ok(())
    }

    fn visit_annotation(&mut self, ann: &Expr) -> Result<()> {
        if self.future_annotations {
            self.enter("_annotation", ScopeType::Annotation, None);
            self.visit_expr(ann)?;
            self.exit();
            Ok(())
        } else {
            self.visit_expr(ann)
        }
    }

    fn visit_annotations(&mut self, _range: TextRange, p: &ast::Parameters, returns: Option<&Expr>) -> Result<()> {
        if self.future_annotations {
            self.enter("_annotation", ScopeType::Annotation, None);
        }
        for a in p.posonlyargs.iter().chain(&p.args) {
            if let Some(ann) = &a.parameter.annotation {
                self.visit_expr(ann)?;
            }
        }
        if let Some(v) = &p.vararg {
            if let Some(ann) = &v.annotation {
                self.visit_expr(ann)?;
            }
        }
        if let Some(k) = &p.kwarg {
            if let Some(ann) = &k.annotation {
                self.visit_expr(ann)?;
            }
        }
        for a in &p.kwonlyargs {
            if let Some(ann) = &a.parameter.annotation {
                self.visit_expr(ann)?;
            }
        }
        if self.future_annotations {
            self.exit();
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    fn visit_pattern(&mut self, p: &ast::Pattern) -> Result<()> {
        use ast::Pattern as P;
        match p {
            P::MatchValue(v) => self.visit_expr(&v.value)?,
            P::MatchSingleton(_) => {}
            P::MatchSequence(s) => {
                for x in &s.patterns {
                    self.visit_pattern(x)?;
                }
            }
            P::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add_def(n, DEF_LOCAL, n.range)?;
                }
            }
            P::MatchMapping(m) => {
                for k in &m.keys {
                    self.visit_expr(k)?;
                }
                for x in &m.patterns {
                    self.visit_pattern(x)?;
                }
                if let Some(r) = &m.rest {
                    self.add_def(r, DEF_LOCAL, r.range)?;
                }
            }
            P::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for x in &c.arguments.patterns {
                    self.visit_pattern(x)?;
                }
                for k in &c.arguments.keywords {
                    self.visit_pattern(&k.pattern)?;
                }
            }
            P::MatchAs(a) => {
                if let Some(x) = &a.pattern {
                    self.visit_pattern(x)?;
                }
                if let Some(n) = &a.name {
                    self.add_def(n, DEF_LOCAL, n.range)?;
                }
            }
            P::MatchOr(o) => {
                for x in &o.patterns {
                    self.visit_pattern(x)?;
                }
            }
        }
        Ok(())
    }

    fn raise_if_annotation_block(&self, what: &str, range: TextRange) -> Result<()> {
        if self.scopes[self.cur_id()].typ == ScopeType::Annotation {
            return err(format!("'{what}' can not be used within an annotation"), range);
        }
        Ok(())
    }

    fn raise_if_comprehension_block(&self, range: TextRange) -> Result<()> {
        let msg = match self.scopes[self.cur_id()].comprehension {
            Some(CompKind::List) => "'yield' inside list comprehension",
            Some(CompKind::Set) => "'yield' inside set comprehension",
            Some(CompKind::Dict) => "'yield' inside dict comprehension",
            _ => "'yield' inside generator expression",
        };
        err(msg, range)
    }

    fn visit_expr(&mut self, e: &Expr) -> Result<()> {
        self.deeper(e.range())?;
        let r = self.visit_expr_inner(e);
        self.depth -= 1;
        r
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> Result<()> {
        match e {
            Expr::Named(n) => {
                self.raise_if_annotation_block("named expression", n.range)?;
                if self.scopes[self.cur_id()].comp_iter_expr > 0 {
                    return err("assignment expression cannot be used in a comprehension iterable expression", n.range);
                }
                if self.scopes[self.cur_id()].comprehension.is_some() {
                    if let Expr::Name(t) = &*n.target {
                        self.extend_namedexpr_scope(&t.id, t.range)?;
                    }
                }
                self.visit_expr(&n.value)?;
                self.visit_expr(&n.target)?;
            }
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.visit_expr(v)?;
                }
            }
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_defaults(p)?;
                }
                self.enter("lambda", ScopeType::Function, Some(node_key(l.range, NodeKind::Lambda)));
                if let Some(p) = &l.parameters {
                    self.visit_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.exit();
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                }
                for item in &d.items {
                    self.visit_expr(&item.value)?;
                }
            }
            Expr::Set(s) => {
                for x in &s.elts {
                    self.visit_expr(x)?;
                }
            }
            Expr::ListComp(c) => self.comprehension(e, "listcomp", CompKind::List, &c.generators, &c.elt, None)?,
            Expr::SetComp(c) => self.comprehension(e, "setcomp", CompKind::Set, &c.generators, &c.elt, None)?,
            Expr::DictComp(c) => self.comprehension(e, "dictcomp", CompKind::Dict, &c.generators, &c.key, Some(&c.value))?,
            Expr::Generator(c) => self.comprehension(e, "genexpr", CompKind::Generator, &c.generators, &c.elt, None)?,
            Expr::Yield(y) => {
                self.raise_if_annotation_block("yield expression", y.range)?;
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
                self.cur().generator = true;
                if self.scopes[self.cur_id()].comprehension.is_some() {
                    self.raise_if_comprehension_block(y.range)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.raise_if_annotation_block("yield expression", y.range)?;
                self.visit_expr(&y.value)?;
                self.cur().generator = true;
                if self.scopes[self.cur_id()].comprehension.is_some() {
                    self.raise_if_comprehension_block(y.range)?;
                }
            }
            Expr::Await(a) => {
                self.raise_if_annotation_block("await expression", a.range)?;
                self.visit_expr(&a.value)?;
                self.cur().coroutine = true;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                for x in c.comparators.iter() {
                    self.visit_expr(x)?;
                }
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.visit_expr(a)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for part in f.value.iter() {
                    if let ast::FStringPart::FString(fs) = part {
                        self.visit_fstring_elements(&fs.elements)?;
                    }
                }
            }
            Expr::TString(t) => return err("invalid syntax", t.range),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(x)?;
                }
            }
            Expr::Name(n) => {
                let flag = if n.ctx == ast::ExprContext::Load { USE } else { DEF_LOCAL };
                self.add_def(&n.id, flag, n.range)?;
                if n.ctx == ast::ExprContext::Load
                    && self.scopes[self.cur_id()].typ == ScopeType::Function
                    && n.id.as_str() == "super"
                {
                    self.add_def("__class__", USE, n.range)?;
                }
            }
            Expr::List(l) => {
                for x in &l.elts {
                    self.visit_expr(x)?;
                }
            }
            Expr::Tuple(t) => {
                for x in &t.elts {
                    self.visit_expr(x)?;
                }
            }
            Expr::IpyEscapeCommand(c) => return err("invalid syntax", c.range),
        }
        Ok(())
    }

    fn visit_fstring_elements(&mut self, elements: &ast::InterpolatedStringElements) -> Result<()> {
        for el in elements.iter() {
            if let ast::InterpolatedStringElement::Interpolation(i) = el {
                self.visit_expr(&i.expression)?;
                if let Some(spec) = &i.format_spec {
                    self.visit_fstring_elements(&spec.elements)?;
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        kind: CompKind,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Result<()> {
        let is_generator = kind == CompKind::Generator;
        let outermost = &generators[0];
        self.cur().comp_iter_expr += 1;
        let r = self.visit_expr(&outermost.iter);
        self.cur().comp_iter_expr -= 1;
        r?;
        self.enter(name, ScopeType::Function, Some(node_key(e.range(), NodeKind::Comprehension)));
        self.cur().comprehension = Some(kind);
        if outermost.is_async {
            self.cur().coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, e.range())?;
        self.cur().comp_iter_target = true;
        let r = self.visit_expr(&outermost.target);
        self.cur().comp_iter_target = false;
        r?;
        for i in &outermost.ifs {
            self.visit_expr(i)?;
        }
        for g in &generators[1..] {
            self.cur().comp_iter_target = true;
            let r = self.visit_expr(&g.target);
            self.cur().comp_iter_target = false;
            r?;
            self.cur().comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.cur().comp_iter_expr -= 1;
            r?;
            for i in &g.ifs {
                self.visit_expr(i)?;
            }
            if g.is_async {
                self.cur().coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        self.cur().generator = is_generator;
        let is_async = self.scopes[self.cur_id()].coroutine && !is_generator;
        self.exit();
        if is_async {
            self.cur().coroutine = true;
        }
        Ok(())
    }

    fn extend_namedexpr_scope(&mut self, target: &str, range: TextRange) -> Result<()> {
        for k in (0..self.stack.len()).rev() {
            let id = self.stack[k];
            let ste = &self.scopes[id];
            if ste.comprehension.is_some() {
                if ste.flags(target) & DEF_COMP_ITER != 0 {
                    return err(format!("assignment expression cannot rebind comprehension iteration variable '{target}'"), range);
                }
                continue;
            }
            match ste.typ {
                ScopeType::Function => {
                    if ste.flags(target) & DEF_GLOBAL != 0 {
                        self.add_def(target, DEF_GLOBAL, range)?;
                    } else {
                        self.add_def(target, DEF_NONLOCAL, range)?;
                    }
                    self.record_directive(target, range);
                    return self.add_def_in(id, target, DEF_LOCAL, range);
                }
                ScopeType::Module => {
                    self.add_def(target, DEF_GLOBAL, range)?;
                    self.record_directive(target, range);
                    return self.add_def_in(id, target, DEF_GLOBAL, range);
                }
                ScopeType::Class => {
                    return err("assignment expression within a comprehension cannot be used in a class body", range);
                }
                ScopeType::Annotation => {
                    return err("'named expression' can not be used within an annotation", range);
                }
            }
        }
        Ok(())
    }
}

// ---- Analysis (CPython's analyze_block and friends) ----

fn analyze(st: &mut SymbolTable) -> Result<()> {
    let mut free = HashSet::new();
    let global = HashSet::new();
    analyze_block(st, 0, None, &mut free, &global)
}

fn directive_error(st: &SymbolTable, id: ScopeId, name: &str, msg: String) -> SymtableError {
    let range = st.scopes[id].directives.get(name).copied().unwrap_or_default();
    SymtableError { msg, range }
}

#[allow(clippy::too_many_arguments)]
fn analyze_name(
    st: &mut SymbolTable,
    id: ScopeId,
    name: &str,
    flags: u32,
    bound: &mut Option<HashSet<String>>,
    local: &mut HashSet<String>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
    scopes: &mut HashMap<String, NameScope>,
) -> Result<()> {
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(directive_error(st, id, name, format!("name '{name}' is nonlocal and global")));
        }
        scopes.insert(name.to_string(), NameScope::GlobalExplicit);
        global.insert(name.to_string());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(());
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(bound) = bound.as_ref() else {
            return Err(directive_error(st, id, name, "nonlocal declaration not allowed at module level".into()));
        };
        if !bound.contains(name) {
            return Err(directive_error(st, id, name, format!("no binding for nonlocal '{name}' found")));
        }
        scopes.insert(name.to_string(), NameScope::Free);
        free.insert(name.to_string());
        return Ok(());
    }
    if flags & DEF_BOUND != 0 {
        scopes.insert(name.to_string(), NameScope::Local);
        local.insert(name.to_string());
        global.remove(name);
        return Ok(());
    }
    if let Some(b) = bound.as_ref() {
        if b.contains(name) {
            scopes.insert(name.to_string(), NameScope::Free);
            free.insert(name.to_string());
            return Ok(());
        }
    }
    scopes.insert(name.to_string(), NameScope::GlobalImplicit);
    let _ = st;
    Ok(())
}

fn analyze_block(
    st: &mut SymbolTable,
    id: ScopeId,
    mut bound: Option<HashSet<String>>,
    free: &mut HashSet<String>,
    global: &HashSet<String>,
) -> Result<()> {
    let typ = st.scopes[id].typ;
    let mut local = HashSet::new();
    let mut scopes = HashMap::new();
    let mut newglobal: HashSet<String> = HashSet::new();
    let mut newfree: HashSet<String> = HashSet::new();
    let mut newbound: HashSet<String> = HashSet::new();
    // Class bindings are not visible in methods: compute what children see first.
    if typ == ScopeType::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
    }
    let mut global_work = global.clone();
    let symbols = st.scopes[id].symbols.clone();
    for (name, flags) in &symbols {
        analyze_name(st, id, name, *flags, &mut bound, &mut local, free, &mut global_work, &mut scopes)?;
    }
    if typ != ScopeType::Class {
        if typ == ScopeType::Function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global_work.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }
    let mut allfree = HashSet::new();
    let children = st.scopes[id].children.clone();
    for c in children {
        let mut temp_free = HashSet::new();
        analyze_block(st, c, Some(newbound.clone()), &mut temp_free, &newglobal)?;
        allfree.extend(temp_free);
    }
    newfree.extend(allfree);
    if typ == ScopeType::Function {
        // Locals used by children become cells.
        for (name, sc) in scopes.iter_mut() {
            if *sc == NameScope::Local && newfree.contains(name) {
                *sc = NameScope::Cell;
                newfree.remove(name);
            }
        }
    } else if typ == ScopeType::Class && newfree.remove("__class__") {
        st.scopes[id].needs_class_closure = true;
    }
    // update_symbols
    let is_class = typ == ScopeType::Class;
    {
        let scope = &mut st.scopes[id];
        scope.scopes = scopes;
        let mut names: Vec<&String> = newfree.iter().collect();
        names.sort();
        for name in names {
            if let Some(&i) = scope.index.get(name.as_str()) {
                let f = scope.symbols[i].1;
                if is_class && f & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    scope.symbols[i].1 = f | DEF_FREE_CLASS;
                }
                continue;
            }
            if let Some(b) = &bound {
                if !b.contains(name.as_str()) {
                    continue;
                }
            } else {
                continue;
            }
            scope.set_flags(name, 0);
            scope.scopes.insert(name.clone(), NameScope::Free);
        }
    }
    free.extend(newfree);
    Ok(())
}
