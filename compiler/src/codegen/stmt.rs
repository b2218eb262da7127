//! Statements: definitions, assignments, control flow, exception handling, imports.

use super::{CResult, Compiler, FBlockKind, FDatum, UnitKind};
use crate::ir::{Label, Op};
use crate::symtable::NodeKind;
use pygmy_bytecode::opcode::make_function as mf;
use pygmy_bytecode::{Constant, Opcode};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};

impl<'a> Compiler<'a> {
    pub(crate) fn visit_body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn visit_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.enter_recursion()?;
        // Every statement starts a new location (CPython's SET_LOC without restore).
        self.set_loc(stmt_loc(s));
        let r = self.visit_stmt_inner(s);
        self.leave_recursion();
        r
    }

    fn visit_stmt_inner(&mut self, s: &'a Stmt) -> CResult<()> {
        match s {
            Stmt::FunctionDef(f) => self.compile_function(f),
            Stmt::ClassDef(c) => self.compile_class(c),
            Stmt::Return(r) => self.compile_return(r),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.visit_expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i < n - 1 {
                        self.emit(Opcode::COPY, 1);
                    }
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.compile_augassign(a),
            Stmt::AnnAssign(a) => self.compile_annassign(a),
            Stmt::For(f) => {
                if f.is_async {
                    self.compile_async_for(f)
                } else {
                    self.compile_for(f)
                }
            }
            Stmt::While(w) => self.compile_while(w),
            Stmt::If(i) => self.compile_if(i),
            Stmt::Match(m) => self.compile_match(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                    n += 1;
                    if let Some(c) = &r.cause {
                        self.visit_expr(c)?;
                        n += 1;
                    }
                }
                self.emit(Opcode::RAISE_VARARGS, n);
                self.next_block();
                Ok(())
            }
            Stmt::Try(t) => {
                if t.is_star {
                    if !t.finalbody.is_empty() {
                        self.compile_try_finally(t, true)
                    } else {
                        self.compile_try_star_except(t)
                    }
                } else if !t.finalbody.is_empty() {
                    self.compile_try_finally(t, false)
                } else {
                    self.compile_try_except(t)
                }
            }
            Stmt::Assert(a) => self.compile_assert(a),
            Stmt::Import(i) => self.compile_import(i),
            Stmt::ImportFrom(i) => self.compile_from_import(i),
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::Expr(e) => self.compile_stmt_expr(&e.value),
            Stmt::Pass(_) => {
                self.emit(Opcode::NOP, 0);
                Ok(())
            }
            Stmt::Break(_) => self.compile_break(),
            Stmt::Continue(_) => self.compile_continue(),
            Stmt::With(w) => {
                if w.is_async {
                    self.compile_async_with(w, 0)
                } else {
                    self.compile_with(w, 0)
                }
            }
            Stmt::TypeAlias(t) => Err(self.error_at("invalid syntax", t.range)),
            Stmt::IpyEscapeCommand(c) => Err(self.error_at("invalid syntax", c.range)),
        }
    }

    fn compile_stmt_expr(&mut self, value: &'a Expr) -> CResult<()> {
        if self.interactive && self.nest_level <= 1 {
            self.visit_expr(value)?;
            self.emit(Opcode::PRINT_EXPR, 0);
            return Ok(());
        }
        if self.folder.fold(value).is_some() && is_constant_node(value) {
            self.emit(Opcode::NOP, 0);
            return Ok(());
        }
        self.visit_expr(value)?;
        self.unset_loc();
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    // ---- Functions and classes ----

    pub(crate) fn check_debug_args(&mut self, p: &ast::Parameters) -> CResult<()> {
        let debug = p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs).any(|a| a.parameter.name.as_str() == "__debug__")
            || [&p.vararg, &p.kwarg].into_iter().flatten().any(|v| v.name.as_str() == "__debug__");
        if debug {
            return Err(self.error("cannot assign to __debug__"));
        }
        Ok(())
    }

    /// Positional defaults tuple and keyword-only defaults dict; returns MAKE_FUNCTION flags.
    pub(crate) fn default_arguments(&mut self, p: &'a ast::Parameters) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&Expr> = p.posonlyargs.iter().chain(&p.args).filter_map(|a| a.default.as_deref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.visit_expr(d)?;
            }
            self.emit(Opcode::BUILD_TUPLE, defaults.len() as u32);
            flags |= mf::DEFAULTS;
        }
        let mut keys = Vec::new();
        for a in &p.kwonlyargs {
            if let Some(d) = &a.default {
                let mangled = crate::symtable::mangle(self.ur().private.as_deref(), &a.parameter.name);
                keys.push(Constant::Str(mangled));
                self.visit_expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(keys));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n);
            flags |= mf::KWDEFAULTS;
        }
        Ok(flags)
    }

    fn visit_argannotation(&mut self, name: &str, ann: Option<&'a Expr>, count: &mut u32) -> CResult<()> {
        let Some(ann) = ann else { return Ok(()) };
        let mangled = crate::symtable::mangle(self.ur().private.as_deref(), name);
        self.load_const(Constant::Str(mangled));
        if self.future_annotations() {
            self.load_annotation_string(ann);
        } else if let Expr::Starred(s) = ann {
            self.visit_expr(&s.value)?;
            self.emit(Opcode::UNPACK_SEQUENCE, 1);
        } else {
            self.visit_expr(ann)?;
        }
        *count += 2;
        Ok(())
    }

    pub(crate) fn load_annotation_string(&mut self, ann: &Expr) {
        let s = crate::unparse::unparse_annotation(ann, self.src.source);
        self.load_const(Constant::Str(s));
    }

    /// Pushes the flat (name, value, …) annotations tuple; returns whether one was pushed.
    fn visit_annotations(&mut self, p: &'a ast::Parameters, returns: Option<&'a Expr>) -> CResult<bool> {
        let mut n = 0;
        for a in &p.args {
            self.visit_argannotation(&a.parameter.name, a.parameter.annotation.as_deref(), &mut n)?;
        }
        for a in &p.posonlyargs {
            self.visit_argannotation(&a.parameter.name, a.parameter.annotation.as_deref(), &mut n)?;
        }
        if let Some(v) = &p.vararg {
            self.visit_argannotation(&v.name, v.annotation.as_deref(), &mut n)?;
        }
        for a in &p.kwonlyargs {
            self.visit_argannotation(&a.parameter.name, a.parameter.annotation.as_deref(), &mut n)?;
        }
        if let Some(k) = &p.kwarg {
            self.visit_argannotation(&k.name, k.annotation.as_deref(), &mut n)?;
        }
        self.visit_argannotation("return", returns, &mut n)?;
        if n > 0 {
            self.emit(Opcode::BUILD_TUPLE, n);
            return Ok(true);
        }
        Ok(false)
    }

    fn apply_decorators(&mut self, decos: &'a [ast::Decorator]) {
        let saved = (self.ur().line, self.ur().loc);
        for d in decos.iter().rev() {
            self.set_loc(d.expression.range());
            self.emit(Opcode::CALL, 0);
        }
        self.restore_loc(saved);
    }

    fn compile_function(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        if f.type_params.is_some() {
            return Err(self.error_at("invalid syntax", f.range));
        }
        self.check_debug_args(&f.parameters)?;
        for d in &f.decorator_list {
            self.visit_expr(&d.expression)?;
        }
        let firstlineno = match f.decorator_list.first() {
            Some(d) => self.line_of(d.expression.range()),
            None => self.line_of(f.range),
        } as u32;
        let mut funcflags = self.default_arguments(&f.parameters)?;
        if self.visit_annotations(&f.parameters, f.returns.as_deref())? {
            funcflags |= mf::ANNOTATIONS;
        }
        let scope = self.scope_for(f.range, NodeKind::Function)?;
        let kind = if f.is_async { UnitKind::AsyncFunction } else { UnitKind::Function };
        self.enter_scope(&f.name, kind, scope, firstlineno, Some(f.range));
        let doc = if self.keep_docstrings { self.docstring(&f.body) } else { None };
        match &doc {
            Some(d) => {
                self.add_const(Constant::Str(d.clone()));
                self.u().has_docstring = true;
            }
            None => {
                self.add_const(Constant::None);
            }
        }
        let p = &f.parameters;
        self.u().argcount = p.args.len() as u32;
        self.u().posonlyargcount = p.posonlyargs.len() as u32;
        self.u().kwonlyargcount = p.kwonlyargs.len() as u32;
        let start = if doc.is_some() { 1 } else { 0 };
        for s in &f.body[start..] {
            self.visit_stmt(s)?;
        }
        let unit = self.exit_scope(true)?;
        self.set_loc(def_range(f.range, &f.name));
        self.make_closure(unit, funcflags)?;
        self.apply_decorators(&f.decorator_list);
        if f.name.as_str() == "__debug__" {
            // CPython stores the name at the statement's location (from `def`, which is
            // only known here without decorators; else from the name).
            let start = if f.decorator_list.is_empty() { f.range.start() } else { f.name.range.start() };
            let at = TextRange::new(start, f.range.end());
            return Err(self.error_at("cannot assign to __debug__", at));
        }
        self.nameop(&f.name, ExprContext::Store)
    }

    fn compile_class(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        if c.type_params.is_some() {
            return Err(self.error_at("invalid syntax", c.range));
        }
        if let Some(args) = &c.arguments {
            // `class C(x for x in y)`: a bare generator expression is not a base list.
            if let Some(Expr::Generator(g)) = args.args.first() {
                if !g.parenthesized {
                    let at = g.generators.first().map(|x| x.range.start()).unwrap_or(g.range.start());
                    return Err(self.error_at("invalid syntax", TextRange::new(at, at + ruff_text_size::TextSize::new(3))));
                }
            }
        }
        for d in &c.decorator_list {
            self.visit_expr(&d.expression)?;
        }
        let firstlineno = match c.decorator_list.first() {
            Some(d) => self.line_of(d.expression.range()),
            None => self.line_of(c.range),
        } as u32;
        let scope = self.scope_for(c.range, NodeKind::Class)?;
        self.enter_scope(&c.name, UnitKind::Class, scope, firstlineno, Some(c.range));
        self.u().private = Some(c.name.to_string());
        // The docstring goes first among the constants (pygmy's HAS_DOCSTRING convention).
        if self.keep_docstrings {
            if let Some(d) = self.docstring(&c.body) {
                self.add_const(Constant::Str(d));
                self.u().has_docstring = true;
            }
        }
        self.nameop("__name__", ExprContext::Load)?;
        self.nameop("__module__", ExprContext::Store)?;
        let qualname = self.ur().qualname.clone();
        self.load_const(Constant::Str(qualname));
        self.nameop("__qualname__", ExprContext::Store)?;
        self.body(&c.body)?;
        self.unset_loc();
        if self.st.scopes[scope].needs_class_closure {
            let i = self.ur().cellvars.get("__class__").unwrap_or(0);
            self.emit(Opcode::LOAD_CLOSURE, i);
            self.emit(Opcode::COPY, 1);
            self.nameop("__classcell__", ExprContext::Store)?;
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        let unit = self.exit_scope(true)?;
        self.set_loc(def_range(c.range, &c.name));
        self.emit(Opcode::PUSH_NULL, 0);
        self.emit(Opcode::LOAD_BUILD_CLASS, 0);
        self.make_closure(unit, 0)?;
        self.load_const(Constant::Str(c.name.to_string()));
        let (args, keywords): (&[Expr], &[ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args, &a.keywords),
            None => (&[], &[]),
        };
        self.call_helper(2, args, keywords)?;
        self.apply_decorators(&c.decorator_list);
        if c.name.as_str() == "__debug__" {
            // CPython stores the name at the statement's location (as for functions).
            let start = if c.decorator_list.is_empty() { c.range.start() } else { c.name.range.start() };
            let at = TextRange::new(start, c.range.end());
            return Err(self.error_at("cannot assign to __debug__", at));
        }
        self.nameop(&c.name, ExprContext::Store)
    }

    // ---- Simple statements ----

    fn compile_return(&mut self, r: &'a ast::StmtReturn) -> CResult<()> {
        let scope = &self.st.scopes[self.ur().scope];
        if scope.typ != crate::symtable::ScopeType::Function {
            return Err(self.error("'return' outside function"));
        }
        if r.value.is_some() && scope.coroutine && scope.generator {
            return Err(self.error("'return' with value in async generator"));
        }
        let const_value = r.value.as_deref().and_then(|v| if is_constant_node(v) { self.folder.fold(v) } else { None });
        let preserve_tos = r.value.is_some() && const_value.is_none();
        if preserve_tos {
            self.visit_expr(r.value.as_deref().unwrap())?;
        } else if let Some(v) = &r.value {
            let saved = self.set_loc(v.range());
            self.emit(Opcode::NOP, 0);
            let _ = saved;
        }
        let stmt_line = self.line_of(r.range);
        let value_line = r.value.as_deref().map(|v| self.line_of(v.range()));
        if value_line != Some(stmt_line) {
            self.set_loc(r.range);
            self.emit(Opcode::NOP, 0);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match (&r.value, const_value) {
            (None, _) => self.load_const(Constant::None),
            (Some(_), Some(v)) => self.load_value(&v),
            _ => {}
        }
        self.emit(Opcode::RETURN_VALUE, 0);
        self.next_block();
        Ok(())
    }

    fn compile_break(&mut self) -> CResult<()> {
        self.emit(Opcode::NOP, 0);
        let loop_idx = self.unwind_fblock_stack(false, true)?;
        let Some(idx) = loop_idx else {
            return Err(self.error("'break' outside loop"));
        };
        let fb = self.ur().fblocks[idx].clone();
        self.unwind_fblock(&fb, false)?;
        self.emit_jump(Op::Jump, fb.exit.expect("loop exit"));
        self.next_block();
        Ok(())
    }

    fn compile_continue(&mut self) -> CResult<()> {
        self.emit(Opcode::NOP, 0);
        let loop_idx = self.unwind_fblock_stack(false, true)?;
        let Some(idx) = loop_idx else {
            return Err(self.error("'continue' not properly in loop"));
        };
        let target = self.ur().fblocks[idx].block.expect("loop start");
        self.emit_jump(Op::Jump, target);
        self.next_block();
        Ok(())
    }

    /// Emits the cleanup for one frame block.
    fn unwind_fblock(&mut self, fb: &super::FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        match fb.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::ExceptionGroupHandler
            | FBlockKind::AsyncComprehensionGenerator => {}
            FBlockKind::ForLoop => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            FBlockKind::TryExcept => self.emit_pseudo(Op::PopBlock),
            FBlockKind::FinallyTry => {
                self.emit_pseudo(Op::PopBlock);
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, None, None, FDatum::None)?;
                }
                if let FDatum::Body(body) = fb.datum {
                    self.visit_body(body)?;
                }
                if preserve_tos {
                    self.pop_fblock();
                }
                self.unset_loc();
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit_pseudo(Op::PopBlock);
                self.emit(Opcode::POP_EXCEPT, 0);
            }
            FBlockKind::With | FBlockKind::AsyncWith => {
                if let FDatum::Loc(r) = fb.datum {
                    self.set_loc(r);
                }
                self.emit_pseudo(Op::PopBlock);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones();
                if fb.kind == FBlockKind::AsyncWith {
                    self.emit(Opcode::GET_AWAITABLE, 2);
                    self.load_const(Constant::None);
                    self.add_yield_from(true);
                }
                self.emit(Opcode::POP_TOP, 0);
                self.unset_loc();
            }
            FBlockKind::HandlerCleanup => {
                let name = if let FDatum::Name(n) = &fb.datum { Some(n.clone()) } else { None };
                if name.is_some() {
                    self.emit_pseudo(Op::PopBlock);
                }
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit_pseudo(Op::PopBlock);
                self.emit(Opcode::POP_EXCEPT, 0);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.nameop(&n, ExprContext::Store)?;
                    self.nameop(&n, ExprContext::Del)?;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
        }
        Ok(())
    }

    /// Unwinds frame blocks; with `stop_at_loop`, stops at (and returns the index of) the
    /// innermost loop.
    fn unwind_fblock_stack(&mut self, preserve_tos: bool, stop_at_loop: bool) -> CResult<Option<usize>> {
        let Some(top) = self.ur().fblocks.last().cloned() else { return Ok(None) };
        if top.kind == FBlockKind::ExceptionGroupHandler {
            return Err(self.error("'break', 'continue' and 'return' cannot appear in an except* block"));
        }
        if stop_at_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(self.ur().fblocks.len() - 1));
        }
        self.u().fblocks.pop();
        let r = self.unwind_fblock(&top, preserve_tos).and_then(|_| self.unwind_fblock_stack(preserve_tos, stop_at_loop));
        self.u().fblocks.push(top);
        r
    }

    fn compile_augassign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let e = &*a.target;
        let saved = self.set_loc(e.range());
        match e {
            Expr::Attribute(at) => {
                self.visit_expr(&at.value)?;
                self.emit(Opcode::COPY, 1);
                let old = self.update_start_location_to_match_attr(at);
                self.emit_name(Opcode::LOAD_ATTR, &at.attr);
                self.u().line = old;
            }
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::BINARY_SUBSCR, 0);
            }
            Expr::Name(n) => self.nameop(&n.id, ExprContext::Load)?,
            _ => return Err(self.error("illegal expression for augmented assignment")),
        }
        self.restore_loc(saved);
        self.visit_expr(&a.value)?;
        self.emit(Opcode::BINARY_OP, super::expr::inplace_op(a.op) as u32);
        self.set_loc(e.range());
        match e {
            Expr::Attribute(at) => {
                let old = self.update_start_location_to_match_attr(at);
                self.emit(Opcode::SWAP, 2);
                self.emit_name(Opcode::STORE_ATTR, &at.attr);
                self.u().line = old;
            }
            Expr::Subscript(_) => {
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_SUBSCR, 0);
            }
            Expr::Name(n) => self.nameop(&n.id, ExprContext::Store)?,
            _ => {}
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> CResult<()> {
        self.visit_expr(e)?;
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult<()> {
        match e {
            Expr::Slice(s) => {
                for x in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.check_ann_expr(x)?;
                }
                Ok(())
            }
            Expr::Tuple(t) => {
                for x in &t.elts {
                    self.check_ann_subscr(x)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    fn compile_annassign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        if let Some(v) = &a.value {
            self.visit_expr(v)?;
            self.visit_expr(&a.target)?;
        }
        let module_or_class = matches!(self.ur().kind, UnitKind::Module | UnitKind::Class);
        match &*a.target {
            Expr::Name(n) => {
                self.forbidden_name(&n.id, ExprContext::Store)?;
                if a.simple && module_or_class {
                    if self.future_annotations() {
                        self.load_annotation_string(&a.annotation);
                    } else {
                        self.visit_expr(&a.annotation)?;
                    }
                    self.emit_name(Opcode::LOAD_NAME, "__annotations__");
                    let mangled = crate::symtable::mangle(self.ur().private.as_deref(), &n.id);
                    self.load_const(Constant::Str(mangled));
                    self.emit(Opcode::STORE_SUBSCR, 0);
                }
            }
            Expr::Attribute(at) => {
                self.forbidden_name(&at.attr, ExprContext::Store)?;
                if a.value.is_none() {
                    self.check_ann_expr(&at.value)?;
                }
            }
            Expr::Subscript(s) => {
                if a.value.is_none() {
                    self.check_ann_expr(&s.value)?;
                    self.check_ann_subscr(&s.slice)?;
                }
            }
            _ => return Err(self.error("illegal target for annotation")),
        }
        if !a.simple && !self.future_annotations() && module_or_class {
            self.check_ann_expr(&a.annotation)?;
        }
        Ok(())
    }

    fn compile_assert(&mut self, a: &'a ast::StmtAssert) -> CResult<()> {
        if self.optimize > 0 {
            return Ok(());
        }
        let end = self.new_block();
        self.jump_if(&a.test, end, true)?;
        self.emit(Opcode::LOAD_ASSERTION_ERROR, 0);
        if let Some(m) = &a.msg {
            self.visit_expr(m)?;
            self.emit(Opcode::CALL, 0);
        }
        self.emit(Opcode::RAISE_VARARGS, 1);
        self.use_next_block(end);
        Ok(())
    }

    // ---- Control flow ----

    fn compile_if(&mut self, i: &'a ast::StmtIf) -> CResult<()> {
        self.compile_if_chain(&i.test, &i.body, &i.elif_else_clauses)
    }

    fn compile_if_chain(&mut self, test: &'a Expr, body: &'a [Stmt], rest: &'a [ast::ElifElseClause]) -> CResult<()> {
        let end = self.new_block();
        let next = if rest.is_empty() { end } else { self.new_block() };
        self.jump_if(test, next, false)?;
        self.visit_body(body)?;
        if let Some((first, tail)) = rest.split_first() {
            self.emit_jump_noline(Op::Jump, end);
            self.use_next_block(next);
            match &first.test {
                Some(t) => {
                    // `elif` is a nested `if` statement with its own location.
                    self.set_loc(first.range);
                    self.compile_if_chain(t, &first.body, tail)?;
                }
                None => self.visit_body(&first.body)?,
            }
        }
        self.use_next_block(end);
        Ok(())
    }

    fn compile_for(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        let start = self.new_block();
        let body = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(FBlockKind::ForLoop, Some(start), Some(end), FDatum::None)?;
        self.visit_iter(&f.iter)?;
        self.emit(Opcode::GET_ITER, 0);
        self.use_next_block(start);
        self.jump(Opcode::FOR_ITER, cleanup);
        self.use_next_block(body);
        self.visit_expr(&f.target)?;
        self.visit_body(&f.body)?;
        self.unset_loc();
        self.emit_jump(Op::Jump, start);
        self.use_next_block(cleanup);
        self.pop_fblock();
        self.visit_body(&f.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    fn compile_async_for(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        let scope_id = self.ur().scope;
        if self.top_level_await && self.ur().kind == UnitKind::Module {
            self.st.scopes[scope_id].coroutine = true;
        } else if self.ur().kind != UnitKind::AsyncFunction {
            return Err(self.error("'async for' outside async function"));
        }
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.visit_expr(&f.iter)?;
        self.emit(Opcode::GET_AITER, 0);
        self.use_next_block(start);
        self.push_fblock(FBlockKind::ForLoop, Some(start), Some(end), FDatum::None)?;
        self.emit_jump(Op::SetupFinally, except);
        self.emit(Opcode::GET_ANEXT, 0);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.emit_pseudo(Op::PopBlock);
        self.visit_expr(&f.target)?;
        self.visit_body(&f.body)?;
        self.unset_loc();
        self.emit_jump(Op::Jump, start);
        self.pop_fblock();
        self.use_next_block(except);
        self.set_loc(f.iter.range());
        self.emit(Opcode::END_ASYNC_FOR, 0);
        self.visit_body(&f.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    fn compile_while(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let lp = self.new_block();
        let body = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_next_block(lp);
        self.push_fblock(FBlockKind::WhileLoop, Some(lp), Some(end), FDatum::None)?;
        self.jump_if(&w.test, anchor, false)?;
        self.use_next_block(body);
        self.visit_body(&w.body)?;
        self.set_loc(w.range);
        self.jump_if(&w.test, body, true)?;
        self.pop_fblock();
        self.use_next_block(anchor);
        self.visit_body(&w.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    // ---- Exceptions ----

    fn pop_except_and_reraise(&mut self) {
        self.emit(Opcode::COPY, 3);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
    }

    fn compile_try_finally(&mut self, t: &'a ast::StmtTry, star: bool) -> CResult<()> {
        let body = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.emit_jump(Op::SetupFinally, end);
        self.use_next_block(body);
        self.push_fblock(FBlockKind::FinallyTry, Some(body), Some(end), FDatum::Body(&t.finalbody))?;
        if !t.handlers.is_empty() {
            if star {
                self.compile_try_star_except(t)?;
            } else {
                self.compile_try_except(t)?;
            }
        } else {
            self.visit_body(&t.body)?;
        }
        self.u().cfg.emit(crate::ir::Instr { op: Op::PopBlock, arg: 0, target: None, line: -1 });
        self.pop_fblock();
        self.visit_body(&t.finalbody)?;
        self.emit_jump_noline(Op::Jump, exit);
        self.use_next_block(end);
        self.unset_loc();
        self.emit_jump(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.push_fblock(FBlockKind::FinallyEnd, Some(end), None, FDatum::None)?;
        self.visit_body(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
        Ok(())
    }

    fn compile_try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let body = self.new_block();
        let mut except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.emit_jump(Op::SetupFinally, except);
        self.use_next_block(body);
        self.push_fblock(FBlockKind::TryExcept, Some(body), None, FDatum::None)?;
        self.visit_body(&t.body)?;
        self.pop_fblock();
        self.u().cfg.emit(crate::ir::Instr { op: Op::PopBlock, arg: 0, target: None, line: -1 });
        self.visit_body(&t.orelse)?;
        self.emit_jump_noline(Op::Jump, end);
        let n = t.handlers.len();
        self.use_next_block(except);
        self.unset_loc();
        self.emit_jump(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.push_fblock(FBlockKind::ExceptionHandler, None, None, FDatum::None)?;
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            if h.type_.is_none() && i < n - 1 {
                return Err(self.error("default 'except:' must be last"));
            }
            except = self.new_block();
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
                self.emit(Opcode::CHECK_EXC_MATCH, 0);
                self.jump(Opcode::POP_JUMP_IF_FALSE, except);
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_block();
                let cleanup_body = self.new_block();
                self.nameop(name, ExprContext::Store)?;
                self.emit_jump(Op::SetupCleanup, cleanup_end);
                self.use_next_block(cleanup_body);
                self.push_fblock(FBlockKind::HandlerCleanup, Some(cleanup_body), None, FDatum::Name(name.to_string()))?;
                self.visit_body(&h.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.emit_pseudo(Op::PopBlock);
                self.emit_pseudo(Op::PopBlock);
                self.emit(Opcode::POP_EXCEPT, 0);
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
                self.emit_jump(Op::Jump, end);
                self.use_next_block(cleanup_end);
                self.unset_loc();
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
                self.emit(Opcode::RERAISE, 1);
            } else {
                let cleanup_body = self.new_block();
                self.emit(Opcode::POP_TOP, 0);
                self.use_next_block(cleanup_body);
                self.push_fblock(FBlockKind::HandlerCleanup, Some(cleanup_body), None, FDatum::None)?;
                self.visit_body(&h.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.emit_pseudo(Op::PopBlock);
                self.emit(Opcode::POP_EXCEPT, 0);
                self.emit_jump(Op::Jump, end);
            }
            self.use_next_block(except);
        }
        self.unset_loc();
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(end);
        Ok(())
    }

    fn compile_try_star_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let body = self.new_block();
        let mut except = self.new_block();
        let orelse = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();
        self.emit_jump(Op::SetupFinally, except);
        self.use_next_block(body);
        self.push_fblock(FBlockKind::TryExcept, Some(body), None, FDatum::None)?;
        self.visit_body(&t.body)?;
        self.pop_fblock();
        self.u().cfg.emit(crate::ir::Instr { op: Op::PopBlock, arg: 0, target: None, line: -1 });
        self.emit_jump_noline(Op::Jump, orelse);
        let n = t.handlers.len();
        self.use_next_block(except);
        self.unset_loc();
        self.emit_jump(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.push_fblock(FBlockKind::ExceptionGroupHandler, None, None, FDatum::None)?;
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            except = self.new_block();
            let except_with_error = self.new_block();
            let no_match = self.new_block();
            if i == 0 {
                self.emit(Opcode::COPY, 1);
                self.emit(Opcode::BUILD_LIST, 0);
                self.emit(Opcode::SWAP, 2);
            }
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
                self.emit(Opcode::CHECK_EG_MATCH, 0);
                self.emit(Opcode::COPY, 1);
                self.jump(Opcode::POP_JUMP_IF_NONE, no_match);
            }
            let cleanup_end = self.new_block();
            let cleanup_body = self.new_block();
            match &h.name {
                Some(name) => self.nameop(name, ExprContext::Store)?,
                None => self.emit(Opcode::POP_TOP, 0),
            }
            self.emit_jump(Op::SetupCleanup, cleanup_end);
            self.use_next_block(cleanup_body);
            let datum = match &h.name {
                Some(n) => FDatum::Name(n.to_string()),
                None => FDatum::None,
            };
            self.push_fblock(FBlockKind::HandlerCleanup, Some(cleanup_body), None, datum)?;
            self.visit_body(&h.body)?;
            self.pop_fblock();
            self.emit_pseudo(Op::PopBlock);
            if let Some(name) = &h.name {
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
            }
            self.emit_jump(Op::Jump, except);
            self.use_next_block(cleanup_end);
            if let Some(name) = &h.name {
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
            }
            self.emit(Opcode::LIST_APPEND, 3);
            self.emit(Opcode::POP_TOP, 0);
            self.emit_jump(Op::Jump, except_with_error);
            self.use_next_block(except);
            self.emit(Opcode::NOP, 0);
            self.emit_jump(Op::Jump, except_with_error);
            self.use_next_block(no_match);
            self.emit(Opcode::POP_TOP, 0);
            self.use_next_block(except_with_error);
            if i == n - 1 {
                self.emit(Opcode::LIST_APPEND, 1);
                self.emit_jump(Op::Jump, reraise_star);
            }
        }
        self.unset_loc();
        self.pop_fblock();
        let reraise = self.new_block();
        self.use_next_block(reraise_star);
        self.emit(Opcode::PREP_RERAISE_STAR, 0);
        self.emit(Opcode::COPY, 1);
        self.jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
        self.emit(Opcode::POP_TOP, 0);
        self.emit_pseudo(Op::PopBlock);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit_jump(Op::Jump, end);
        self.use_next_block(reraise);
        self.emit_pseudo(Op::PopBlock);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(orelse);
        self.visit_body(&t.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    // ---- with ----

    pub(crate) fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Opcode::CALL, 2);
    }

    fn with_except_finish(&mut self, cleanup: Label) {
        self.unset_loc();
        let exit = self.new_block();
        self.jump(Opcode::POP_JUMP_IF_TRUE, exit);
        self.emit(Opcode::RERAISE, 2);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
        self.emit(Opcode::POP_TOP, 0);
        self.emit_pseudo(Op::PopBlock);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_TOP, 0);
    }

    fn compile_with(&mut self, w: &'a ast::StmtWith, pos: usize) -> CResult<()> {
        let item = &w.items[pos];
        let body = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.visit_expr(&item.context_expr)?;
        self.emit(Opcode::BEFORE_WITH, 0);
        self.emit_jump(Op::SetupWith, final_);
        self.use_next_block(body);
        self.push_fblock(FBlockKind::With, Some(body), Some(final_), FDatum::Loc(w.range))?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.emit(Opcode::POP_TOP, 0),
        }
        if pos + 1 == w.items.len() {
            self.visit_body(&w.body)?;
        } else {
            self.compile_with(w, pos + 1)?;
        }
        self.unset_loc();
        self.emit_pseudo(Op::PopBlock);
        self.pop_fblock();
        self.set_loc(w.range);
        self.call_exit_with_nones();
        self.emit(Opcode::POP_TOP, 0);
        self.emit_jump(Op::Jump, exit);
        self.use_next_block(final_);
        self.emit_jump(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        self.with_except_finish(cleanup);
        self.use_next_block(exit);
        Ok(())
    }

    fn compile_async_with(&mut self, w: &'a ast::StmtWith, pos: usize) -> CResult<()> {
        let item = &w.items[pos];
        let scope_id = self.ur().scope;
        if self.top_level_await && self.ur().kind == UnitKind::Module {
            self.st.scopes[scope_id].coroutine = true;
        } else if self.ur().kind != UnitKind::AsyncFunction {
            return Err(self.error("'async with' outside async function"));
        }
        let block = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.visit_expr(&item.context_expr)?;
        self.emit(Opcode::BEFORE_ASYNC_WITH, 0);
        self.emit(Opcode::GET_AWAITABLE, 1);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.emit_jump(Op::SetupWith, final_);
        self.use_next_block(block);
        self.push_fblock(FBlockKind::AsyncWith, Some(block), Some(final_), FDatum::Loc(w.range))?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.emit(Opcode::POP_TOP, 0),
        }
        if pos + 1 == w.items.len() {
            self.visit_body(&w.body)?;
        } else {
            self.compile_async_with(w, pos + 1)?;
        }
        self.pop_fblock();
        self.emit_pseudo(Op::PopBlock);
        self.set_loc(w.range);
        self.call_exit_with_nones();
        self.emit(Opcode::GET_AWAITABLE, 2);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.emit(Opcode::POP_TOP, 0);
        self.emit_jump(Op::Jump, exit);
        self.use_next_block(final_);
        self.emit_jump(Op::SetupCleanup, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        self.emit(Opcode::GET_AWAITABLE, 2);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.with_except_finish(cleanup);
        self.use_next_block(exit);
        Ok(())
    }

    // ---- Imports ----

    fn compile_import(&mut self, i: &'a ast::StmtImport) -> CResult<()> {
        if i.is_lazy {
            return Err(self.error("invalid syntax"));
        }
        for alias in &i.names {
            let saved = self.set_loc(alias.range);
            self.restore_loc(saved);
            self.load_const(Constant::Int(0));
            self.load_const(Constant::None);
            self.emit_name(Opcode::IMPORT_NAME, &alias.name);
            let name = alias.name.as_str();
            if let Some(asname) = &alias.asname {
                if let Some(dot) = name.find('.') {
                    let mut parts = name[dot + 1..].split('.').peekable();
                    while let Some(attr) = parts.next() {
                        let idx = self.add_name(attr);
                        self.emit(Opcode::IMPORT_FROM, idx);
                        if parts.peek().is_none() {
                            break;
                        }
                        self.emit(Opcode::SWAP, 2);
                        self.emit(Opcode::POP_TOP, 0);
                    }
                    self.nameop(asname, ExprContext::Store)?;
                    self.emit(Opcode::POP_TOP, 0);
                } else {
                    self.nameop(asname, ExprContext::Store)?;
                }
            } else {
                let store = name.split('.').next().unwrap_or(name);
                self.nameop(store, ExprContext::Store)?;
            }
        }
        Ok(())
    }

    fn compile_from_import(&mut self, i: &'a ast::StmtImportFrom) -> CResult<()> {
        if i.is_lazy {
            return Err(self.error("invalid syntax"));
        }
        self.load_const(Constant::Int(i.level as i64));
        let names: Vec<Constant> = i.names.iter().map(|a| Constant::Str(a.name.to_string())).collect();
        let module = i.module.as_ref().map(|m| m.as_str()).unwrap_or("");
        if self.line_of(i.range) as u32 > self.future_lineno && module == "__future__" {
            return Err(self.error("from __future__ imports must occur at the beginning of the file"));
        }
        self.load_const(Constant::Tuple(names));
        self.emit_name(Opcode::IMPORT_NAME, module);
        for (k, alias) in i.names.iter().enumerate() {
            if k == 0 && alias.name.as_str().starts_with('*') {
                self.emit(Opcode::IMPORT_STAR, 0);
                return Ok(());
            }
            self.emit_name(Opcode::IMPORT_FROM, &alias.name);
            let store = alias.asname.as_ref().unwrap_or(&alias.name);
            self.nameop(store, ExprContext::Store)?;
        }
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    pub(crate) fn update_start_location_to_match_attr(&mut self, at: &ast::ExprAttribute) -> i32 {
        let old = self.ur().line;
        let end_line = self.src.line_of(at.range.end().to_usize()) as i32;
        if old != end_line {
            self.u().line = end_line;
        }
        old
    }
}

/// A statement's location as CPython's AST has it: decorated definitions start at `def` or
/// `class`, not at the first decorator.
pub(crate) fn stmt_loc(s: &Stmt) -> TextRange {
    match s {
        Stmt::FunctionDef(f) if !f.decorator_list.is_empty() => def_range(f.range, &f.name),
        Stmt::ClassDef(c) if !c.decorator_list.is_empty() => def_range(c.range, &c.name),
        _ => s.range(),
    }
}

fn def_range(range: TextRange, name: &ast::Identifier) -> TextRange {
    // The name is on the `def`/`class` line.
    TextRange::new(name.range.start().min(range.end()), range.end())
}

/// Whether CPython's AST (after constant folding) has a `Constant` node here.
pub(crate) fn is_constant_node(e: &Expr) -> bool {
    match e {
        Expr::NoneLiteral(_)
        | Expr::EllipsisLiteral(_)
        | Expr::BooleanLiteral(_)
        | Expr::NumberLiteral(_)
        | Expr::StringLiteral(_)
        | Expr::BytesLiteral(_) => true,
        Expr::FString(_) | Expr::UnaryOp(_) | Expr::BinOp(_) | Expr::Tuple(_) | Expr::Subscript(_) | Expr::Name(_) => true,
        _ => false,
    }
}

#[allow(dead_code)]
fn range_of(s: &Stmt) -> TextRange {
    s.range()
}
