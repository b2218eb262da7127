//! The source → bytecode compiler: parse with the ruff parser, build CPython-style symbol
//! tables, and generate pygmy bytecode ([`pygmy_bytecode::CodeObject`]) the way CPython 3.11
//! does.
//!
//! Pipeline: [`decode_source`] (PEP 263) → nesting pre-checks and parse (`syntax.rs`, which
//! also turns parser errors into CPython's messages) → `from __future__` scan (`future.rs`)
//! → symbol table (`symtable.rs`) → code generation (`codegen/`) into basic blocks
//! (`ir.rs`) → assembly (`assemble.rs`).
//!
//! Architecture invariant: every code object this crate returns passes
//! [`CodeObject::validate`], and no input makes it panic.

extern crate rustpython_ruff_python_ast as ruff_python_ast;
extern crate rustpython_ruff_python_parser as ruff_python_parser;
extern crate rustpython_ruff_text_size as ruff_text_size;

mod assemble;
mod ast_export;
mod codecs;
mod codegen;
mod encoding;
mod error;
mod fold;
pub mod future;
mod ir;
mod symtable;
mod syntax;
mod tokenizer;
mod unparse;

pub use encoding::decode_source;
pub use error::{CompileError, ErrorKind};
pub use pygmy_bytecode::CodeObject;

use error::SourceIndex;

/// What the source is: a module, an expression (`eval`), or one interactive statement
/// (`single`: expression statements print their value with PRINT_EXPR).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// Compile options.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CompileOptions {
    /// 0: as is; 1: strip `assert`s and make `__debug__` false; 2: also strip docstrings.
    pub optimize: u8,
    /// CPython compile flags: the `CO_FUTURE_*` bits in [`future`] (inherited future
    /// imports, e.g. [`future::CO_FUTURE_ANNOTATIONS`]) and
    /// [`future::PYCF_ALLOW_TOP_LEVEL_AWAIT`].
    pub flags: u32,
    /// Leave docstrings out (`__doc__` is None) while keeping `assert`s, unlike `optimize`
    /// 2: what the packer does to stdlib modules an app's code never reads docs from.
    pub strip_docstrings: bool,
}

/// Test hook: with `false`, backward conditional jumps are left as CPython lays them out
/// (for comparing listings with CPython); the default `true` routes every backward edge
/// through JUMP_BACKWARD.
#[doc(hidden)]
pub fn set_backward_jump_rewrite(enabled: bool) {
    assemble::BACKWARD_REWRITE.store(enabled, std::sync::atomic::Ordering::Relaxed);
}

/// Stack for the compiler thread: the parser and the code generator recurse on the AST.
#[cfg(not(target_arch = "wasm32"))]
const COMPILER_STACK: usize = 256 << 20;

/// Compiles Python 3.11 source to a module/expression code object.
pub fn compile(source: &str, filename: &str, mode: Mode, opts: &CompileOptions) -> Result<CodeObject, CompileError> {
    let opts = *opts;
    on_compiler_stack(source, filename, move |src, file| compile_here(src, file, mode, &opts))
}

/// Parses Python 3.11 source into CPython's `ast` nodes (`compile(…, PyCF_ONLY_AST)`),
/// serialized in the format `ast_export.rs` describes for the VM's `_ast` module. Errors
/// are the parser's; what CPython's compiler rejects later (`return` outside a function…)
/// parses.
pub fn parse_ast(source: &str, filename: &str, mode: Mode) -> Result<Vec<u8>, CompileError> {
    on_compiler_stack(source, filename, move |src, file| ast_export::export(src, file, mode))
}

/// Runs `f(source, filename)` where deep nesting cannot overflow the native stack.
fn on_compiler_stack<T: Send + 'static>(
    source: &str,
    filename: &str,
    f: impl FnOnce(&str, &str) -> Result<T, CompileError> + Send + 'static,
) -> Result<T, CompileError> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        // Deeply nested input recurses deeply; run on a thread with a large (lazily
        // committed) stack so the depth limits, not the native stack, decide.
        let src = source.to_string();
        let file = filename.to_string();
        let f = std::sync::Arc::new(std::sync::Mutex::new(Some(f)));
        let g = f.clone();
        let handle = std::thread::Builder::new().name("pygmy-compiler".into()).stack_size(COMPILER_STACK).spawn(move || {
            let f = g.lock().ok().and_then(|mut f| f.take());
            f.map(|f| f(&src, &file))
        });
        match handle.map(|h| h.join()) {
            Ok(Ok(Some(r))) => r,
            Ok(_) => Err(internal_error(filename, "the compiler panicked")),
            // No threads available: compile on this stack.
            Err(_) => match f.lock().ok().and_then(|mut f| f.take()) {
                Some(f) => f(source, filename),
                None => Err(internal_error(filename, "the compiler panicked")),
            },
        }
    }
    #[cfg(target_arch = "wasm32")]
    {
        f(source, filename)
    }
}

fn internal_error(filename: &str, msg: &str) -> CompileError {
    CompileError {
        kind: ErrorKind::SyntaxError,
        message: format!("internal compiler error: {msg}"),
        filename: filename.to_string(),
        line: 1,
        col: 0,
        end_line: 1,
        end_col: Some(0),
        text: None,
    }
}

/// Compiles on the current thread.
pub fn compile_here(source: &str, filename: &str, mode: Mode, opts: &CompileOptions) -> Result<CodeObject, CompileError> {
    let index = SourceIndex::new(source, mode);
    let parsed = match syntax::parse(source, &index, filename, mode) {
        Ok(p) => p,
        Err(e) if opts.flags & future::PYCF_ALLOW_INCOMPLETE_INPUT != 0 && syntax::ends_early(source, &e) => {
            return Err(syntax::incomplete(source, &index, filename));
        }
        Err(e) => return Err(e),
    };
    if opts.flags & future::PYCF_DONT_IMPLY_DEDENT != 0 && opts.flags & future::PYCF_ALLOW_INCOMPLETE_INPUT != 0 {
        // Without an implied dedent, an indented last line leaves its block open.
        if let Some(last) = source.rsplit('\n').next() {
            if !source.ends_with('\n') && last.starts_with([' ', '\t']) && !last.trim().is_empty() {
                return Err(syntax::incomplete(source, &index, filename));
            }
        }
    }
    let result = compile_parsed(&parsed, &index, filename, mode, opts);
    if result.as_ref().is_err_and(|e| e.message.starts_with("maximum recursion depth")) {
        // Dropping a very deep AST recurses as deeply as building it did; leak it instead.
        std::mem::forget(parsed);
    }
    result
}

fn to_compile_error(index: &SourceIndex<'_>, filename: &str, e: codegen::CErr) -> CompileError {
    let start = e.range.start().to_usize();
    let end = e.range.end().to_usize();
    let mut ce = index.error(e.kind, e.msg, filename, start, end);
    // Errors found after parsing show the line only if `filename` names a file.
    ce.text = error::program_text(filename, ce.line);
    if e.no_end {
        ce.end_line = ce.line;
        ce.end_col = None;
    }
    ce
}

fn compile_parsed(
    parsed: &syntax::Parsed,
    index: &SourceIndex<'_>,
    filename: &str,
    mode: Mode,
    opts: &CompileOptions,
) -> Result<CodeObject, CompileError> {
    let cerr = |e: codegen::CErr| to_compile_error(index, filename, e);
    let line_of = |r: ruff_text_size::TextRange| index.line_of(r.start().to_usize());
    let (body, expr): (&[ruff_python_ast::Stmt], Option<&ruff_python_ast::Expr>) = match &parsed.module {
        syntax::ParsedModule::Module(m) => (&m.body, None),
        syntax::ParsedModule::Expression(e) => (&[], Some(&e.body)),
    };
    let features = if expr.is_none() { future::parse(body, line_of).map_err(cerr)? } else { future::Features { flags: 0, lineno: 0 } };
    let future_flags = (opts.flags & future::PYCF_MASK) | features.flags;
    let st = symtable::build(body, future_flags & future::CO_FUTURE_ANNOTATIONS != 0, expr).map_err(|e| {
        cerr(codegen::CErr { kind: ErrorKind::SyntaxError, msg: e.msg, range: e.range, no_end: false })
    })?;
    let top_level_await = opts.flags & future::PYCF_ALLOW_TOP_LEVEL_AWAIT != 0;
    let mut c = codegen::Compiler::new(st, index, filename, opts.optimize, future_flags, features.lineno, top_level_await);
    c.keep_docstrings = opts.optimize < 2 && !opts.strip_docstrings;
    let code = match expr {
        Some(e) => c.compile_expression(e),
        None => c.compile_module(body, mode),
    }
    .map_err(cerr)?;
    code.validate().map_err(|m| internal_error(filename, &m))?;
    Ok(code)
}
