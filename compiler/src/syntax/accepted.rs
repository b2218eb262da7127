//! Source the ruff parser accepts but CPython 3.11's grammar rejects, found on the token
//! stream after a successful parse.

use super::translate::Cx;
use crate::error::CompileError;
use ruff_python_ast::token::TokenKind as T;

pub(super) fn check(cx: &Cx<'_>) -> Option<CompileError> {
    let t = &cx.t;
    for i in 0..t.len() {
        match t.kind(i) {
            // `(yield x for x in y)`: `(yield …)` is only a group (`'(' yield_expr ')'`), and a
            // generator's element is an `expression`, which `yield` is not; the first pass
            // fails at the `for`.
            T::Yield if t.kind_before(i) == T::Lpar => {
                let close = t.closer(i - 1).unwrap_or(t.len());
                if let Some(f) = t.find_at_depth0(i, close, |k| matches!(k, T::For | T::Async)) {
                    return Some(cx.invalid_syntax(f));
                }
            }
            // `from m import (*)`: only bare `*` is a star import.
            T::Star if t.kind_before(i) == T::Lpar && i >= 2 && t.kind(i - 2) == T::Import => {
                return Some(cx.invalid_syntax(i));
            }
            // `case p as _` (`invalid_as_pattern`).
            T::As if t.kind(t.statement_start(i)) == T::Case && t.kind(i + 1) == T::Name && cx.text(i + 1) == "_" => {
                return Some(cx.at_tok("cannot use '_' as a target", i + 1));
            }
            _ => {}
        }
    }
    None
}
