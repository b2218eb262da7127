//! `from __future__ import …` (CPython's `Python/future.c`) and the compile flags.

use crate::codegen::CErr;
use crate::error::ErrorKind;
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

pub const CO_FUTURE_DIVISION: u32 = 0x20000;
pub const CO_FUTURE_ABSOLUTE_IMPORT: u32 = 0x40000;
pub const CO_FUTURE_WITH_STATEMENT: u32 = 0x80000;
pub const CO_FUTURE_PRINT_FUNCTION: u32 = 0x100000;
pub const CO_FUTURE_UNICODE_LITERALS: u32 = 0x200000;
pub const CO_FUTURE_BARRY_AS_BDFL: u32 = 0x400000;
pub const CO_FUTURE_GENERATOR_STOP: u32 = 0x800000;
pub const CO_FUTURE_ANNOTATIONS: u32 = 0x1000000;
/// The future flags that code objects inherit (CPython's PyCF_MASK).
pub const PYCF_MASK: u32 = CO_FUTURE_DIVISION
    | CO_FUTURE_ABSOLUTE_IMPORT
    | CO_FUTURE_WITH_STATEMENT
    | CO_FUTURE_PRINT_FUNCTION
    | CO_FUTURE_UNICODE_LITERALS
    | CO_FUTURE_BARRY_AS_BDFL
    | CO_FUTURE_GENERATOR_STOP
    | CO_FUTURE_ANNOTATIONS;
/// `compile(..., flags=PyCF_ONLY_AST)` (`ast.parse`): the result is the AST, not code.
pub const PYCF_ONLY_AST: u32 = 0x400;
/// `compile(..., flags=PyCF_ALLOW_TOP_LEVEL_AWAIT)`: `await` at module level.
pub const PYCF_ALLOW_TOP_LEVEL_AWAIT: u32 = 0x2000;
/// `codeop`'s flags for the interactive console: a parse that fails because the input
/// ended too early reports "incomplete input" ...
pub const PYCF_ALLOW_INCOMPLETE_INPUT: u32 = 0x4000;
/// ... and an indented last line without a newline is not closed yet.
pub const PYCF_DONT_IMPLY_DEDENT: u32 = 0x200;

pub(crate) struct Features {
    pub flags: u32,
    /// Line of the last `from __future__` import at the top (later ones are errors).
    pub lineno: u32,
}

fn is_docstring(s: &Stmt) -> bool {
    matches!(s, Stmt::Expr(e) if matches!(&*e.value, Expr::StringLiteral(_)))
}

fn err(msg: String, range: TextRange) -> CErr {
    CErr { kind: ErrorKind::SyntaxError, msg, range: TextRange::empty(range.start()), no_end: true }
}

/// Scans the leading `from __future__` imports of a module.
pub(crate) fn parse(body: &[Stmt], line_of: impl Fn(TextRange) -> u32) -> Result<Features, CErr> {
    let mut features = Features { flags: 0, lineno: 0 };
    let mut i = 0;
    if body.first().is_some_and(is_docstring) {
        i = 1;
    }
    let mut done = false;
    let mut prev_line = 0;
    for s in &body[i..] {
        let line = line_of(s.range());
        if done && line > prev_line {
            return Ok(features);
        }
        prev_line = line;
        match s {
            Stmt::ImportFrom(imp) if imp.module.as_ref().is_some_and(|m| m.as_str() == "__future__") => {
                if done {
                    return Err(CErr {
                        kind: ErrorKind::SyntaxError,
                        msg: "from __future__ imports must occur at the beginning of the file".into(),
                        range: TextRange::empty(s.range().start()),
                        no_end: true,
                    });
                }
                for alias in &imp.names {
                    match alias.name.as_str() {
                        "nested_scopes" | "generators" | "division" | "absolute_import" | "with_statement"
                        | "print_function" | "unicode_literals" | "generator_stop" => {}
                        "barry_as_FLUFL" => features.flags |= CO_FUTURE_BARRY_AS_BDFL,
                        "annotations" => features.flags |= CO_FUTURE_ANNOTATIONS,
                        "braces" => return Err(err("not a chance".into(), s.range())),
                        other => return Err(err(format!("future feature {other} is not defined"), s.range())),
                    }
                }
                features.lineno = line;
            }
            _ => done = true,
        }
    }
    Ok(features)
}
