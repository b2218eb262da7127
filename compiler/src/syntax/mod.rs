//! Parsing with the ruff parser (3.11 target), and CPython-compatible syntax errors.
//!
//! CPython reports, in order of precedence: a tokenizer error anywhere in the file (its
//! tokenizer runs to the end after a parse error), then an unclosed bracket that opened
//! before the failing line, then the parser's own error (a specific message from its
//! `invalid_*` rules, or "invalid syntax" at the furthest token). `tokenizer.rs` emulates
//! the first two; the third is ruff's first error translated to CPython's wording.

mod accepted;
mod strings;
mod tokens;
mod translate;

use crate::error::{CompileError, ErrorKind, SourceIndex};
use crate::tokenizer;
use crate::Mode;
use ruff_python_ast::{self as ast, PythonVersion, Stmt};
use ruff_python_parser::ParseOptions;
use ruff_text_size::Ranged;
use translate::{translate, Cx, Problem, Stage};

pub(crate) enum ParsedModule {
    Module(ast::ModModule),
    Expression(ast::ModExpression),
}

pub(crate) struct Parsed {
    pub module: ParsedModule,
}

pub(super) fn err_at(index: &SourceIndex<'_>, filename: &str, kind: ErrorKind, msg: impl Into<String>, start: usize, end: usize) -> CompileError {
    index.error(kind, msg, filename, start, end)
}

fn tok_error(index: &SourceIndex<'_>, filename: &str, e: tokenizer::TokError) -> CompileError {
    CompileError {
        kind: e.kind,
        message: e.msg,
        filename: filename.to_string(),
        line: e.line,
        col: e.col,
        end_line: e.end_line,
        end_col: Some(e.end_col),
        text: if e.by_tokenizer { index.line_bare(e.line) } else { index.line_text(e.line) },
    }
}

/// A syntax error and who raised it in CPython, which decides its `text`.
enum Failure {
    /// Raised by the tokenizer itself: `text` is already set.
    Tokenizer(CompileError),
    /// Raised by the parser, which had read tokens up to line `tok_line`.
    Parser { err: CompileError, tok_line: u32 },
    /// Raised by CPython's compiler after parsing (ruff rejects it while parsing).
    Compiler(CompileError),
}

pub(crate) fn parse(source: &str, index: &SourceIndex<'_>, filename: &str, mode: Mode) -> Result<Parsed, CompileError> {
    parse_or_fail(source, index, filename, mode).map_err(|f| match f {
        Failure::Tokenizer(e) => e,
        Failure::Parser { mut err, tok_line } => {
            err.text = parser_error_text(index, filename, mode, err.line, tok_line);
            err
        }
        Failure::Compiler(mut err) => {
            err.text = crate::error::program_text(filename, err.line);
            err
        }
    })
}

/// `SyntaxError.text` for an error the parser raised, picked as CPython does: in `exec`
/// mode the line from the file `filename` if there is one; otherwise the tokenizer's
/// current line (with its newline) when the error is on it, or the bare line when the
/// tokenizer has already moved past it.
fn parser_error_text(index: &SourceIndex<'_>, filename: &str, mode: Mode, line: u32, tok_line: u32) -> Option<String> {
    if mode == Mode::Exec {
        if let Some(t) = crate::error::program_text(filename, line) {
            return Some(t);
        }
    }
    if line == 0 {
        return Some(String::new());
    }
    if line < tok_line {
        index.line_bare(line)
    } else {
        index.line_text(line)
    }
}

fn parse_or_fail(source: &str, index: &SourceIndex<'_>, filename: &str, mode: Mode) -> Result<Parsed, Failure> {
    let parser_failure = |err: CompileError| {
        let tok_line = err.line;
        Failure::Parser { err, tok_line }
    };
    if source.contains('\0') {
        let at = source.find('\0').unwrap_or(0);
        return Err(parser_failure(err_at(index, filename, ErrorKind::SyntaxError, "source code cannot contain null bytes", at, at)));
    }
    let scan = tokenizer::scan(source, mode == Mode::Exec);
    // Nesting limits stop us before the (recursive) parser sees the input.
    if let Some(e) = &scan.error {
        if e.msg == "too many nested parentheses"
            || e.msg == "too many levels of indentation"
            || e.msg.starts_with("maximum recursion depth")
        {
            return Err(Failure::Tokenizer(tok_error(index, filename, e.clone())));
        }
    }
    if mode != Mode::Exec {
        // Eval and interactive input need a statement or expression.
        let blank = source.lines().all(|l| {
            let t = l.trim_start_matches([' ', '\t', '\x0c']);
            t.is_empty() || t.starts_with('#')
        });
        if blank && !source.contains('\\') {
            let line = source.lines().count() as u32;
            return Err(parser_failure(CompileError {
                kind: ErrorKind::SyntaxError,
                message: "invalid syntax".into(),
                filename: filename.to_string(),
                line,
                col: 0,
                end_line: line,
                end_col: Some(0),
                text: None,
            }));
        }
        if mode == Mode::Eval {
            if let Some(first) = source.lines().find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#')) {
                let indent = first.len() - first.trim_start_matches([' ', '\t', '\x0c']).len();
                if indent > 0 {
                    let line = index.line_of(source.find(first).unwrap_or(0));
                    return Err(parser_failure(CompileError {
                        kind: ErrorKind::IndentationError,
                        message: "unexpected indent".into(),
                        filename: filename.to_string(),
                        line,
                        col: indent as u32,
                        end_line: line,
                        end_col: Some(0),
                        text: None,
                    }));
                }
            }
        }
    }
    let pmode = match mode {
        Mode::Eval => ruff_python_parser::Mode::Expression,
        Mode::Exec | Mode::Single => ruff_python_parser::Mode::Module,
    };
    let options = ParseOptions::from(pmode).with_target_version(PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    let first_parse_error = parsed.errors().first().cloned();
    let first_unsupported = parsed.unsupported_syntax_errors().first().cloned();
    let t = tokens::TokenStream::new(parsed.tokens(), source.len());
    // String literals are checked as the parser completes each run of them, so an error
    // there comes before any later error (but after one from the tokenizer on an earlier line).
    if let Some(err) = string_error(source, index, filename, &t, first_parse_error.as_ref()) {
        if scan.error.as_ref().is_none_or(|e| e.line > err.line) {
            let tok_line = err.line;
            return Err(Failure::Parser { err, tok_line });
        }
    }
    if let Some(e) = scan.error.clone() {
        let by_tokenizer = e.by_tokenizer;
        let err = tok_error(index, filename, e);
        return Err(if by_tokenizer { Failure::Tokenizer(err) } else { parser_failure(err) });
    }
    if first_parse_error.is_some() || first_unsupported.is_some() {
        // Prefer whichever problem comes first in the source.
        let pe = first_parse_error.map(|e| (e.location.start(), Problem::Parse(e)));
        let ue = first_unsupported.map(|e| (e.range.start(), Problem::Unsupported(e)));
        let problem = match (pe, ue) {
            (Some(a), Some(b)) => {
                if b.0 < a.0 {
                    b.1
                } else {
                    a.1
                }
            }
            (Some(a), None) => a.1,
            (None, Some(b)) => b.1,
            (None, None) => unreachable!(),
        };
        let fail_at = problem.start();
        // Shows which ruff error a translation started from (for working on the rules).
        if std::env::var_os("PYGMY_SYNTAX_DEBUG").is_some() {
            match &problem {
                Problem::Parse(p) => eprintln!("ruff: {:?} at {:?}", p.error, p.location),
                Problem::Unsupported(u) => eprintln!("ruff: {:?} at {:?}", u.kind, u.range),
            }
        }
        let cx = Cx { source, index, filename, t };
        let diagnosis = translate(&problem, &cx);
        let err = diagnosis.err;
        // CPython's tokenizer has read at least up to where the parse failed.
        let tok_line = index.line_of(fail_at).max(err.line);
        // An unclosed bracket opened before the line the parser failed on wins.
        if let Some(&(open, line, col)) = scan.unclosed.last() {
            let at_eof = fail_at >= source.trim_end().len();
            if index.line_of(fail_at) > line || at_eof {
                let err = CompileError {
                    kind: ErrorKind::SyntaxError,
                    message: format!("'{open}' was never closed"),
                    filename: filename.to_string(),
                    line,
                    col,
                    end_line: line,
                    end_col: Some(0),
                    text: None,
                };
                return Err(Failure::Parser { err, tok_line: scan.eof_line });
            }
        }
        if diagnosis.stage == Stage::Compiler {
            return Err(Failure::Compiler(err));
        }
        return Err(Failure::Parser { err, tok_line });
    }
    if let Some(err) = accepted::check(&Cx { source, index, filename, t }) {
        return Err(parser_failure(err));
    }
    let module = match parsed.into_syntax() {
        ast::Mod::Module(m) => {
            if mode == Mode::Single {
                check_single(&m, index, filename).map_err(parser_failure)?;
            }
            ParsedModule::Module(m)
        }
        ast::Mod::Expression(e) => ParsedModule::Expression(e),
    };
    Ok(Parsed { module })
}

/// The first error CPython's parser finds in string literals before ruff's first error
/// (`parse_error`), or anywhere when there is none.
fn string_error(source: &str, index: &SourceIndex<'_>, filename: &str, t: &tokens::TokenStream, parse_error: Option<&ruff_python_parser::ParseError>) -> Option<CompileError> {
    use ruff_python_parser::{LexicalErrorType, ParseErrorType};
    let upto = parse_error.map_or(t.len(), |p| t.at(p.location.start().to_usize()));
    // Ruff knows the character names; its error on a `\N{...}` starts at the name.
    let unknown_name = parse_error.and_then(|p| match p.error {
        ParseErrorType::Lexical(LexicalErrorType::UnicodeError) => Some(p.location.start().to_usize()),
        _ => None,
    });
    let name_ok = |at: usize| unknown_name != Some(at);
    let e = strings::first_error(source, t, upto, &name_ok)?;
    let (start, end) = match e.at {
        strings::Where::Piece(k) => (t.get(k).start, t.get(k).end),
        strings::Where::After(k) => match t.kind(k) {
            ruff_python_ast::token::TokenKind::Newline => t.newline_range(k),
            ruff_python_ast::token::TokenKind::EndOfFile => (source.len(), source.len()),
            _ => (t.get(k).start, t.get(k).end),
        },
    };
    Some(err_at(index, filename, ErrorKind::SyntaxError, e.msg, start, end))
}

/// Whether a parse error comes from the input ending too early (CPython's check for
/// `PyCF_ALLOW_INCOMPLETE_INPUT`: the parser failed after reading to the end of the source).
pub(crate) fn ends_early(source: &str, e: &CompileError) -> bool {
    if e.message.starts_with("unterminated triple-quoted string")
        || e.message.starts_with("unterminated string literal")
        || e.message.ends_with("was never closed")
        || e.message == "unexpected EOF while parsing"
    {
        return true;
    }
    // Tokenizer errors in the middle of the input stay what they are.
    if e.message.starts_with("invalid")
        && (e.message.contains("literal") || e.message.contains("character"))
        || e.message.starts_with("unexpected character after line continuation")
        || e.message.starts_with("unindent does not match")
        || e.message.starts_with("inconsistent use of tabs")
        || e.message.starts_with("unmatched")
        || e.message.starts_with("closing parenthesis")
    {
        return false;
    }
    let last_line = source.trim_end().lines().count().max(1) as u32;
    e.line >= last_line
}

/// CPython's "incomplete input" error, at the end of the source.
pub(crate) fn incomplete(source: &str, index: &SourceIndex<'_>, filename: &str) -> CompileError {
    let end = source.trim_end().len();
    let mut e = err_at(index, filename, ErrorKind::SyntaxError, "incomplete input", end, end);
    e.end_col = Some(e.col as i32);
    e
}

/// Interactive mode compiles exactly one statement (or one line of simple statements).
fn check_single(m: &ast::ModModule, index: &SourceIndex<'_>, filename: &str) -> Result<(), CompileError> {
    if m.body.len() > 1 {
        let first = &m.body[0];
        let first_line = index.line_of(first.range().start().to_usize());
        let compound = !matches!(
            first,
            Stmt::Expr(_)
                | Stmt::Assign(_)
                | Stmt::AugAssign(_)
                | Stmt::AnnAssign(_)
                | Stmt::Pass(_)
                | Stmt::Break(_)
                | Stmt::Continue(_)
                | Stmt::Return(_)
                | Stmt::Raise(_)
                | Stmt::Global(_)
                | Stmt::Nonlocal(_)
                | Stmt::Import(_)
                | Stmt::ImportFrom(_)
                | Stmt::Assert(_)
                | Stmt::Delete(_)
        );
        let all_on_line = m.body.iter().all(|s| index.line_of(s.range().start().to_usize()) == first_line);
        if compound || !all_on_line {
            let end = first.range().end().to_usize();
            return Err(err_at(index, filename, ErrorKind::SyntaxError, "multiple statements found while compiling a single statement", end, end));
        }
    }
    Ok(())
}

