//! Code generation: AST → basic blocks, one compilation unit per code object, following
//! CPython 3.11's `Python/compile.c` construct by construct (so `python3 -m dis` shows what
//! we emit, modulo the differences listed in `pygmy_bytecode::opcode`).
//!
//! - `mod.rs`: units (one per code object), names, constants, emission helpers, closures.
//! - `stmt.rs`: statements, loops, `try`, `with`, imports, frame-block unwinding.
//! - `expr.rs`: expressions, calls, comprehensions, f-strings, conditional jumps.
//! - `pattern.rs`: `match` statements.

mod expr;
mod pattern;
mod stmt;

use crate::assemble::{assemble, AsmInput, ConstPool};
use crate::error::{ErrorKind, SourceIndex};
use crate::fold::{Folder, Value};
use crate::ir::{Cfg, Instr, Label, Op};
use crate::symtable::{mangle, NameScope, ScopeId, ScopeType, SymbolTable, DEF_FREE_CLASS, DEF_IMPORT};
use crate::{future, Mode};
use pygmy_bytecode::code::{flags as co, local_kind};
use pygmy_bytecode::{CodeObject, Constant, Opcode};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};
use std::collections::HashMap;

/// A compile error before it gets its final position rendering.
#[derive(Debug)]
pub(crate) struct CErr {
    pub kind: ErrorKind,
    pub msg: String,
    pub range: TextRange,
    /// CPython reports some errors (future imports) without an end position.
    pub no_end: bool,
}

pub(crate) type CResult<T> = Result<T, CErr>;

/// Kinds of compilation unit (CPython's COMPILER_SCOPE_*).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// Frame blocks: the static nesting that `break`/`continue`/`return` must unwind.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum FBlockKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

#[derive(Clone)]
pub(crate) enum FDatum<'a> {
    None,
    /// The `finally` body to replay.
    Body(&'a [Stmt]),
    /// The `except ... as name` name to clear.
    Name(String),
    /// The `with` statement's location.
    Loc(TextRange),
}

#[derive(Clone)]
pub(crate) struct FBlock<'a> {
    pub kind: FBlockKind,
    pub block: Option<Label>,
    pub exit: Option<Label>,
    pub datum: FDatum<'a>,
}

/// An ordered set of names with their indices.
#[derive(Default, Clone)]
pub(crate) struct NameSet {
    pub list: Vec<String>,
    index: HashMap<String, u32>,
}

impl NameSet {
    pub(crate) fn from_list(list: Vec<String>) -> NameSet {
        let mut s = NameSet::default();
        for n in list {
            s.insert(&n);
        }
        s
    }
    pub(crate) fn insert(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.list.len() as u32;
        self.list.push(name.to_string());
        self.index.insert(name.to_string(), i);
        i
    }
    pub(crate) fn get(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }
    pub(crate) fn len(&self) -> usize {
        self.list.len()
    }
}

pub(crate) struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: UnitKind,
    pub name: String,
    pub qualname: String,
    pub cfg: Cfg,
    pub consts: ConstPool,
    pub names: NameSet,
    pub varnames: NameSet,
    pub cellvars: NameSet,
    pub freevars: NameSet,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: u32,
    pub private: Option<String>,
    pub fblocks: Vec<FBlock<'a>>,
    /// Current source line for emitted instructions (-1: none).
    pub line: i32,
    /// Current location, for error messages.
    pub loc: TextRange,
    pub has_docstring: bool,
    /// The last instruction emitted ended the code with RETURN_VALUE (no implicit return).
    pub just_returned: bool,
    /// Source offset of the definition (for sharing code compiled twice).
    pub origin: u32,
    /// Code constants by source offset: a `while` test is compiled twice, and CPython's
    /// equal code objects (same code, same positions) share one constant.
    pub code_consts: HashMap<u32, u32>,
}

pub(crate) struct Compiler<'a> {
    pub st: SymbolTable,
    pub src: &'a SourceIndex<'a>,
    pub filename: String,
    pub optimize: u8,
    /// Whether docstrings are compiled (not with optimize 2 or `strip_docstrings`).
    pub keep_docstrings: bool,
    pub future_flags: u32,
    pub future_lineno: u32,
    pub interactive: bool,
    pub top_level_await: bool,
    pub units: Vec<Unit<'a>>,
    pub nest_level: usize,
    pub folder: Folder<'a>,
    depth: u32,
    /// Location for the next generator expression: a genexp that is a call's only argument
    /// starts at the call's `(` in CPython's AST.
    pub genexp_loc: Option<TextRange>,
    /// The parentheses of the call whose arguments `call_helper` compiles next.
    pub call_parens: Option<TextRange>,
}

/// The compiler's recursion limit (CPython's is 3000 frames' worth in 3.11).
#[cfg(not(target_arch = "wasm32"))]
const MAX_DEPTH: u32 = 2800;
#[cfg(target_arch = "wasm32")]
const MAX_DEPTH: u32 = 1000;

pub(crate) struct CompiledUnit {
    pub code: CodeObject,
    pub freevars: Vec<String>,
    /// Where the definition starts in the source.
    pub origin: u32,
}

impl<'a> Compiler<'a> {
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn new(
        st: SymbolTable,
        src: &'a SourceIndex<'a>,
        filename: &str,
        optimize: u8,
        future_flags: u32,
        future_lineno: u32,
        top_level_await: bool,
    ) -> Compiler<'a> {
        Compiler {
            st,
            src,
            filename: filename.to_string(),
            optimize,
            keep_docstrings: optimize < 2,
            future_flags,
            future_lineno,
            interactive: false,
            top_level_await,
            units: Vec::new(),
            nest_level: 0,
            folder: Folder { source: src.source, optimize },
            depth: 0,
            genexp_loc: None,
            call_parens: None,
        }
    }

    pub(crate) fn future_annotations(&self) -> bool {
        self.future_flags & future::CO_FUTURE_ANNOTATIONS != 0
    }

    // ---- Top level ----

    pub(crate) fn compile_module(&mut self, body: &'a [Stmt], mode: Mode) -> CResult<CodeObject> {
        self.enter_scope("<module>", UnitKind::Module, 0, 1, None);
        self.u().line = 1;
        match mode {
            Mode::Exec => self.body(body)?,
            Mode::Single => {
                if find_ann(body) {
                    self.emit(Opcode::SETUP_ANNOTATIONS, 0);
                }
                self.interactive = true;
                for s in body {
                    self.visit_stmt(s)?;
                }
            }
            Mode::Eval => unreachable!(),
        }
        Ok(self.exit_scope(true)?.code)
    }

    pub(crate) fn compile_expression(&mut self, e: &'a Expr) -> CResult<CodeObject> {
        self.enter_scope("<module>", UnitKind::Module, 0, 1, None);
        self.u().line = 1;
        self.visit_expr(e)?;
        Ok(self.exit_scope(false)?.code)
    }

    /// Module and class bodies: annotations setup, docstring, statements.
    pub(crate) fn body(&mut self, stmts: &'a [Stmt]) -> CResult<()> {
        if self.u().kind == UnitKind::Module {
            if let Some(first) = stmts.first() {
                self.set_loc(first.range());
            }
        }
        if find_ann(stmts) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        if stmts.is_empty() {
            return Ok(());
        }
        let mut start = 0;
        if self.keep_docstrings {
            if let Some(doc) = self.docstring(stmts) {
                start = 1;
                // The docstring is the first constant of module and class code.
                if self.ur().consts.list.is_empty() || self.ur().consts.list[0] == Constant::Str(doc.clone()) {
                    self.u().has_docstring = true;
                }
                if let Stmt::Expr(e) = &stmts[0] {
                    let saved = self.set_loc(e.value.range());
                    self.load_const(Constant::Str(doc));
                    self.restore_loc(saved);
                    self.unset_loc();
                    self.nameop("__doc__", ExprContext::Store)?;
                }
            }
        }
        for s in &stmts[start..] {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    /// The docstring of a body, as CPython's `_PyAST_GetDocString`.
    pub(crate) fn docstring(&self, stmts: &[Stmt]) -> Option<String> {
        let Stmt::Expr(e) = stmts.first()? else { return None };
        match &*e.value {
            // (An f-string is a JoinedStr, never a docstring, even without fields.)
            Expr::StringLiteral(_) => match self.folder.fold(&e.value)? {
                Value::Str(s) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }

    // ---- Units ----

    pub(crate) fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("no compilation unit")
    }

    pub(crate) fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("no compilation unit")
    }

    pub(crate) fn enter_scope(&mut self, name: &str, kind: UnitKind, scope: ScopeId, firstlineno: u32, range: Option<TextRange>) {
        let s = &self.st.scopes[scope];
        let varnames = NameSet::from_list(s.varnames.clone());
        let cellvars = NameSet::from_list(s.cellvars());
        let freevars = NameSet::from_list(s.freevars());
        let private = self.units.last().and_then(|u| u.private.clone());
        let unit = Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname: name.to_string(),
            cfg: Cfg::new(),
            consts: ConstPool::default(),
            names: NameSet::default(),
            varnames,
            cellvars,
            freevars,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno,
            private,
            fblocks: Vec::new(),
            line: firstlineno as i32,
            loc: range.unwrap_or_default(),
            has_docstring: false,
            just_returned: false,
            origin: range.map(|r| r.start().to_u32()).unwrap_or(0),
            code_consts: HashMap::new(),
        };
        let qualname = if kind == UnitKind::Module { name.to_string() } else { self.qualname_for(name, kind) };
        self.units.push(unit);
        self.u().qualname = qualname;
        self.nest_level += 1;
    }

    /// CPython's `compiler_set_qualname` for a unit about to be entered.
    fn qualname_for(&self, name: &str, kind: UnitKind) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let parent = self.units.last().unwrap();
        let mut force_global = false;
        if matches!(kind, UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            if self.st.scopes[parent.scope].scope_of(&mangled) == Some(NameScope::GlobalExplicit) {
                force_global = true;
            }
        }
        if force_global {
            return name.to_string();
        }
        let base = if matches!(parent.kind, UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Lambda) {
            format!("{}.<locals>", parent.qualname)
        } else {
            parent.qualname.clone()
        };
        format!("{base}.{name}")
    }

    pub(crate) fn exit_scope(&mut self, add_none: bool) -> CResult<CompiledUnit> {
        if !self.ur().just_returned {
            self.unset_loc();
            if add_none {
                self.load_const(Constant::None);
            }
            self.emit(Opcode::RETURN_VALUE, 0);
        }
        self.nest_level -= 1;
        let unit = self.units.pop().expect("unit");
        self.make_code(unit)
    }

    fn code_flags(&self, unit: &Unit<'a>) -> u32 {
        let s = &self.st.scopes[unit.scope];
        let mut flags = 0;
        if s.typ == ScopeType::Function {
            flags |= co::NEWLOCALS | co::OPTIMIZED;
            if s.nested {
                flags |= co::NESTED;
            }
            if s.generator && !s.coroutine {
                flags |= co::GENERATOR;
            }
            if !s.generator && s.coroutine {
                flags |= co::COROUTINE;
            }
            if s.generator && s.coroutine {
                flags |= co::ASYNC_GENERATOR;
            }
            if s.varargs {
                flags |= co::VARARGS;
            }
            if s.varkeywords {
                flags |= co::VARKEYWORDS;
            }
        }
        flags |= self.future_flags & future::PYCF_MASK;
        if self.top_level_await && unit.kind == UnitKind::Module && s.coroutine && !s.generator {
            flags |= co::COROUTINE;
        }
        if unit.has_docstring {
            flags |= co::HAS_DOCSTRING;
        }
        flags
    }

    fn make_code(&mut self, mut unit: Unit<'a>) -> CResult<CompiledUnit> {
        let flags = self.code_flags(&unit);
        let nlocals = unit.varnames.len();
        let cell_is_local: Vec<Option<usize>> =
            unit.cellvars.list.iter().map(|c| unit.varnames.get(c).map(|i| i as usize)).collect();
        let cfg = std::mem::replace(&mut unit.cfg, Cfg::new());
        let asm = assemble(
            cfg,
            AsmInput {
                consts: &mut unit.consts.list,
                nlocals,
                cell_is_local: cell_is_local.clone(),
                nfree: unit.freevars.len(),
                firstlineno: unit.firstlineno,
            },
        )
        .map_err(|m| CErr { kind: ErrorKind::SyntaxError, msg: format!("internal compiler error: {m}"), range: unit.loc, no_end: false })?;
        let mut names = Vec::new();
        let mut kinds = Vec::new();
        for v in &unit.varnames.list {
            names.push(v.clone());
            let mut k = local_kind::LOCAL;
            if unit.cellvars.get(v).is_some() {
                k |= local_kind::CELL;
            }
            kinds.push(k);
        }
        for (i, c) in unit.cellvars.list.iter().enumerate() {
            if cell_is_local[i].is_none() {
                names.push(c.clone());
                kinds.push(local_kind::CELL);
            }
        }
        for f in &unit.freevars.list {
            names.push(f.clone());
            kinds.push(local_kind::FREE);
        }
        let mut code = CodeObject {
            argcount: unit.argcount + unit.posonlyargcount,
            posonlyargcount: unit.posonlyargcount,
            kwonlyargcount: unit.kwonlyargcount,
            stacksize: 0,
            flags,
            firstlineno: unit.firstlineno,
            name: unit.name.clone(),
            qualname: unit.qualname.clone(),
            filename: self.filename.clone(),
            code: asm.code,
            consts: unit.consts.list,
            names: unit.names.list,
            localsplus_names: names,
            localsplus_kinds: kinds,
            exception_table: asm.exception_table,
            line_table: asm.line_table,
            lazy: None,
            lines: None,
        };
        let _ = asm.ncells_dropped;
        code.stacksize = pygmy_bytecode::code::compute_stack_depth(&code).map_err(|m| CErr {
            kind: ErrorKind::SyntaxError,
            msg: format!("internal compiler error: {m}"),
            range: unit.loc,
            no_end: false,
        })?;
        code.stacksize = code.stacksize.max(asm.max_depth);
        Ok(CompiledUnit { code, freevars: unit.freevars.list, origin: unit.origin })
    }

    // ---- Locations and errors ----

    pub(crate) fn line_of(&self, range: TextRange) -> i32 {
        self.src.line_of(range.start().to_usize()) as i32
    }

    /// Sets the current location; returns the previous one for `restore_loc`.
    pub(crate) fn set_loc(&mut self, range: TextRange) -> (i32, TextRange) {
        let line = self.line_of(range);
        let u = self.u();
        let saved = (u.line, u.loc);
        u.line = line;
        u.loc = range;
        saved
    }

    pub(crate) fn restore_loc(&mut self, saved: (i32, TextRange)) {
        let u = self.u();
        u.line = saved.0;
        u.loc = saved.1;
    }

    pub(crate) fn unset_loc(&mut self) {
        self.u().line = -1;
    }

    pub(crate) fn error(&self, msg: impl Into<String>) -> CErr {
        CErr { kind: ErrorKind::SyntaxError, msg: msg.into(), range: self.ur().loc, no_end: false }
    }

    pub(crate) fn error_at(&self, msg: impl Into<String>, range: TextRange) -> CErr {
        CErr { kind: ErrorKind::SyntaxError, msg: msg.into(), range, no_end: false }
    }

    pub(crate) fn enter_recursion(&mut self) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error("maximum recursion depth exceeded during compilation"));
        }
        Ok(())
    }

    pub(crate) fn leave_recursion(&mut self) {
        self.depth -= 1;
    }

    // ---- Emission ----

    pub(crate) fn new_block(&mut self) -> Label {
        self.u().cfg.new_block()
    }

    pub(crate) fn use_next_block(&mut self, b: Label) {
        let u = self.u();
        u.just_returned = false;
        u.cfg.use_next_block(b);
    }

    /// CPython's NEXT_BLOCK: start a new block (a no-op right after a jump, which already did).
    pub(crate) fn next_block(&mut self) {
        let u = self.u();
        u.just_returned = false;
        if !u.cfg.current_block_is_empty() {
            let b = u.cfg.new_block();
            u.cfg.use_next_block(b);
        }
    }

    pub(crate) fn emit(&mut self, op: Opcode, arg: u32) {
        let u = self.u();
        let line = u.line;
        u.just_returned = op == Opcode::RETURN_VALUE;
        u.cfg.emit(Instr { op: Op::Real(op), arg, target: None, line });
    }

    pub(crate) fn emit_noline(&mut self, op: Opcode, arg: u32) {
        let u = self.u();
        u.just_returned = op == Opcode::RETURN_VALUE;
        u.cfg.emit(Instr { op: Op::Real(op), arg, target: None, line: -1 });
    }

    pub(crate) fn emit_jump(&mut self, op: Op, target: Label) {
        let u = self.u();
        let line = u.line;
        u.just_returned = false;
        u.cfg.emit(Instr { op, arg: 0, target: Some(target), line });
    }

    pub(crate) fn emit_jump_noline(&mut self, op: Op, target: Label) {
        let u = self.u();
        u.just_returned = false;
        u.cfg.emit(Instr { op, arg: 0, target: Some(target), line: -1 });
    }

    pub(crate) fn jump(&mut self, op: Opcode, target: Label) {
        self.emit_jump(Op::Real(op), target);
    }

    pub(crate) fn emit_pseudo(&mut self, op: Op) {
        let u = self.u();
        let line = u.line;
        u.just_returned = false;
        u.cfg.emit(Instr { op, arg: 0, target: None, line });
    }

    pub(crate) fn add_const(&mut self, c: Constant) -> u32 {
        self.u().consts.add(c)
    }

    pub(crate) fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Opcode::LOAD_CONST, i);
    }

    pub(crate) fn load_value(&mut self, v: &Value) {
        self.load_const(v.to_constant());
    }

    pub(crate) fn add_name(&mut self, name: &str) -> u32 {
        self.u().names.insert(name)
    }

    /// Emits a name-table instruction with the name mangled (CPython's ADDOP_NAME).
    pub(crate) fn emit_name(&mut self, op: Opcode, name: &str) {
        let mangled = mangle(self.ur().private.as_deref(), name);
        let i = self.add_name(&mangled);
        self.emit(op, i);
    }

    /// The local's index, adding it on first use.
    fn varname(&mut self, name: &str) -> u32 {
        self.u().varnames.insert(name)
    }

    fn deref_index(&self, name: &str, cell: bool) -> u32 {
        let u = self.ur();
        if cell {
            u.cellvars.get(name).unwrap_or(0)
        } else {
            u.cellvars.len() as u32 + u.freevars.get(name).unwrap_or(0)
        }
    }

    /// Load, store or delete a name (CPython's `compiler_nameop`).
    pub(crate) fn nameop(&mut self, name: &str, ctx: ExprContext) -> CResult<()> {
        self.forbidden_name(name, ctx)?;
        let mangled = mangle(self.ur().private.as_deref(), name);
        let scope_id = self.ur().scope;
        let scope = &self.st.scopes[scope_id];
        let is_function = scope.typ == ScopeType::Function;
        let is_class = scope.typ == ScopeType::Class;
        #[derive(PartialEq)]
        enum OpType {
            Deref(bool),
            Fast,
            Global,
            Name,
        }
        let optype = match scope.scope_of(&mangled) {
            Some(NameScope::Free) => OpType::Deref(false),
            Some(NameScope::Cell) => OpType::Deref(true),
            Some(NameScope::Local) if is_function => OpType::Fast,
            Some(NameScope::GlobalImplicit) if is_function => OpType::Global,
            Some(NameScope::GlobalExplicit) => OpType::Global,
            _ => OpType::Name,
        };
        match optype {
            OpType::Deref(cell) => {
                let idx = self.deref_index(&mangled, cell);
                let op = match ctx {
                    ExprContext::Load => {
                        if is_class {
                            Opcode::LOAD_CLASSDEREF
                        } else {
                            Opcode::LOAD_DEREF
                        }
                    }
                    ExprContext::Store => Opcode::STORE_DEREF,
                    _ => Opcode::DELETE_DEREF,
                };
                self.emit(op, idx);
            }
            OpType::Fast => {
                let idx = self.varname(&mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LOAD_FAST,
                    ExprContext::Store => Opcode::STORE_FAST,
                    _ => Opcode::DELETE_FAST,
                };
                self.emit(op, idx);
            }
            OpType::Global => {
                let idx = self.add_name(&mangled);
                match ctx {
                    ExprContext::Load => self.emit(Opcode::LOAD_GLOBAL, idx << 1),
                    ExprContext::Store => self.emit(Opcode::STORE_GLOBAL, idx),
                    _ => self.emit(Opcode::DELETE_GLOBAL, idx),
                }
            }
            OpType::Name => {
                let idx = self.add_name(&mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LOAD_NAME,
                    ExprContext::Store => Opcode::STORE_NAME,
                    _ => Opcode::DELETE_NAME,
                };
                self.emit(op, idx);
            }
        }
        Ok(())
    }

    pub(crate) fn forbidden_name(&self, name: &str, ctx: ExprContext) -> CResult<()> {
        if name == "__debug__" {
            match ctx {
                ExprContext::Store => return Err(self.error("cannot assign to __debug__")),
                ExprContext::Del => return Err(self.error("cannot delete __debug__")),
                _ => {}
            }
        }
        Ok(())
    }

    /// Whether `e` is a name the module imports (method-call optimization is skipped then).
    pub(crate) fn is_import_originated(&self, e: &Expr) -> bool {
        match e {
            Expr::Name(n) => self.st.scopes[0].flags(n.id.as_str()) & DEF_IMPORT != 0,
            _ => false,
        }
    }

    /// Pushes a function object for `code` (with its closure) and MAKE_FUNCTION `flags`.
    pub(crate) fn make_closure(&mut self, unit: CompiledUnit, mut flags: u32) -> CResult<()> {
        if !unit.freevars.is_empty() {
            let is_class = self.ur().kind == UnitKind::Class;
            let scope_id = self.ur().scope;
            for name in &unit.freevars {
                let cell = if is_class && name == "__class__" {
                    true
                } else {
                    let s = &self.st.scopes[scope_id];
                    match s.scope_of(name) {
                        Some(NameScope::Cell) => true,
                        Some(NameScope::Free) => false,
                        _ if s.flags(name) & DEF_FREE_CLASS != 0 => false,
                        _ => {
                            return Err(self.error(format!("internal compiler error: no cell for free variable '{name}'")));
                        }
                    }
                };
                let idx = self.deref_index(name, cell);
                self.emit(Opcode::LOAD_CLOSURE, idx);
            }
            flags |= pygmy_bytecode::opcode::make_function::CLOSURE;
            self.emit(Opcode::BUILD_TUPLE, unit.freevars.len() as u32);
        }
        let c = Constant::Code(Box::new(unit.code));
        let reuse = self.ur().code_consts.get(&unit.origin).copied().filter(|&i| {
            crate::assemble::const_identical(&self.ur().consts.list[i as usize], &c)
        });
        let i = match reuse {
            Some(i) => i,
            None => {
                let i = self.add_const(c);
                self.u().code_consts.insert(unit.origin, i);
                i
            }
        };
        self.emit(Opcode::LOAD_CONST, i);
        self.emit(Opcode::MAKE_FUNCTION, flags);
        Ok(())
    }

    pub(crate) fn scope_for(&self, range: TextRange, kind: crate::symtable::NodeKind) -> CResult<ScopeId> {
        self.st
            .lookup(range, kind)
            .ok_or_else(|| self.error_at("internal compiler error: missing symbol table scope", range))
    }

    // ---- Frame blocks ----

    pub(crate) fn push_fblock(&mut self, kind: FBlockKind, block: Option<Label>, exit: Option<Label>, datum: FDatum<'a>) -> CResult<()> {
        if self.ur().fblocks.len() >= 20 {
            return Err(self.error("too many statically nested blocks"));
        }
        self.u().fblocks.push(FBlock { kind, block, exit, datum });
        Ok(())
    }

    pub(crate) fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }
}

/// Whether a body has variable annotations (CPython's `find_ann`, which skips `match`).
pub(crate) fn find_ann(stmts: &[Stmt]) -> bool {
    for s in stmts {
        let res = match s {
            Stmt::AnnAssign(_) => return true,
            Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
            Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
            Stmt::If(i) => find_ann(&i.body) || i.elif_else_clauses.iter().any(|c| find_ann(&c.body)),
            Stmt::With(w) => find_ann(&w.body),
            Stmt::Try(t) => {
                t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_ann(&h.body)
                }) || find_ann(&t.body)
                    || find_ann(&t.finalbody)
                    || find_ann(&t.orelse)
            }
            _ => false,
        };
        if res {
            return true;
        }
    }
    false
}
