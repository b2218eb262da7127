//! Translation of the ruff parser's first error into the error CPython 3.11 reports.
//!
//! CPython parses twice: a first pass without its `invalid_*` rules, and after a failure a
//! second pass with them, where the first of those rules to match raises its specific
//! message; if none matches, the error is "invalid syntax" at the furthest token the first
//! pass read. Here ruff's error says where the parse broke; each rule below looks at the
//! tokens around that point (see `tokens.rs`) and at the expressions there, and decides
//! which `invalid_*` rule CPython would have matched. The rules are grouped as the grammar
//! groups them: assignment targets, named expressions and keyword arguments, starred
//! expressions, comprehensions and displays, parameters, compound statement headers and
//! blocks, and the generic fallback.

use super::tokens::TokenStream;
use crate::error::{CompileError, ErrorKind, SourceIndex};
use ruff_python_ast::token::TokenKind as T;
use ruff_python_ast::{self as ast, Expr};
use ruff_python_parser::{ParseErrorType, UnsupportedSyntaxErrorKind};
use ruff_text_size::{Ranged, TextRange};

pub(super) enum Problem {
    Parse(ruff_python_parser::ParseError),
    Unsupported(ruff_python_parser::UnsupportedSyntaxError),
}

impl Problem {
    pub(super) fn start(&self) -> usize {
        match self {
            Problem::Parse(p) => p.location.start().to_usize(),
            Problem::Unsupported(u) => u.range.start().to_usize(),
        }
    }
}

/// Which stage of CPython raises the error: the parser, or the compiler after a
/// successful parse (which shows `text` only when the file can be read).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Stage {
    Parser,
    Compiler,
}

/// What the translation found.
pub(super) struct Diagnosis {
    pub err: CompileError,
    pub stage: Stage,
}

impl From<CompileError> for Diagnosis {
    fn from(err: CompileError) -> Diagnosis {
        Diagnosis { err, stage: Stage::Parser }
    }
}

/// The source, its tokens and where errors go.
pub(super) struct Cx<'a> {
    pub source: &'a str,
    pub index: &'a SourceIndex<'a>,
    pub filename: &'a str,
    pub t: TokenStream,
}

impl<'a> Cx<'a> {
    fn err(&self, msg: impl Into<String>, start: usize, end: usize) -> CompileError {
        self.index.error(ErrorKind::SyntaxError, msg, self.filename, start, end)
    }

    /// An error spanning token `i` (a NEWLINE token spans nothing, or its comment).
    pub(super) fn at_tok(&self, msg: impl Into<String>, i: usize) -> CompileError {
        let t = self.t.get(i);
        if t.kind == T::Newline {
            let (s, e) = self.t.newline_range(i);
            return self.err(msg, s, e);
        }
        if t.kind == T::EndOfFile {
            let end = self.source.len();
            return self.err(msg, end, end);
        }
        self.err(msg, t.start, t.end)
    }

    /// An error from the start of token `i` to the end of token `j`.
    fn span(&self, msg: impl Into<String>, i: usize, j: usize) -> CompileError {
        self.err(msg, self.t.get(i).start, self.t.get(j).end.max(self.t.get(i).start))
    }

    /// The expression made of tokens `i..=j`, parsed on its own with the source's offsets:
    /// what precedes it is blanked out and the whole is put in parentheses opened at the
    /// very start, so `yield` and multi-line expressions parse too.
    fn expr(&self, i: usize, j: usize) -> Option<Expr> {
        let (s, e) = (self.t.get(i).start, self.t.get(j).end);
        if j < i || e > self.source.len() || s >= e {
            return None;
        }
        let mut buf: Vec<u8> = self.source.as_bytes()[..s].iter().map(|&b| if b == b'\n' || b == b'\r' { b } else { b' ' }).collect();
        if s > 0 {
            buf[0] = b'(';
        }
        buf.extend_from_slice(&self.source.as_bytes()[s..e]);
        if s > 0 {
            buf.push(b')');
        }
        let text = String::from_utf8(buf).ok()?;
        let module = ruff_python_parser::parse_module(&text).ok()?.into_syntax();
        match module.body.as_slice() {
            [ast::Stmt::Expr(x)] => Some(*x.value.clone()),
            _ => None,
        }
    }

    fn expr_in(&self, r: TextRange) -> Option<Expr> {
        let i = self.t.starting_at(r.start().to_usize());
        let j = self.t.at(r.end().to_usize().saturating_sub(1));
        self.expr(i, j)
    }

    pub(super) fn text(&self, i: usize) -> &str {
        let t = self.t.get(i);
        self.source.get(t.start..t.end).unwrap_or("")
    }

    /// "invalid syntax" at token `i`, with CPython's view of where its first pass stopped.
    pub(super) fn invalid_syntax(&self, i: usize) -> CompileError {
        if let Some(e) = self.legacy_print(i) {
            return e;
        }
        let i = self.furthest_token(i);
        // CPython's tokenizer has one `<>` token.
        if self.t.kind(i) == T::Less && self.t.kind(i + 1) == T::Greater && self.t.get(i).end == self.t.get(i + 1).start {
            return self.span("invalid syntax", i, i + 1);
        }
        if self.t.kind(i) == T::Greater && self.t.kind_before(i) == T::Less && self.t.get(i - 1).end == self.t.get(i).start {
            return self.span("invalid syntax", i - 1, i);
        }
        self.at_tok("invalid syntax", i)
    }

    /// The token CPython's first pass had read when it failed at `i`: one further after a
    /// `not` that is not `not in` (it looked ahead for `in`).
    fn furthest_token(&self, i: usize) -> usize {
        if self.t.kind(i) == T::Not && self.t.kind(i + 1) != T::In && TokenStream::starts_expression(self.t.kind_before(i)) == false {
            let before = self.t.kind_before(i);
            if matches!(before, T::Name | T::Rpar | T::Rsqb | T::Int | T::String | T::True | T::False | T::None) {
                return i + 1;
            }
        }
        if self.t.kind(i) == T::Not && self.t.kind(i + 1) != T::In && self.t.is_name(i.wrapping_sub(1)) {
            return i + 1;
        }
        i
    }

    /// `print x` / `exec x` anywhere an expression is parsed (`invalid_legacy_expression`).
    fn legacy_print(&self, i: usize) -> Option<CompileError> {
        if i == 0 || !matches!(self.text(i - 1), "print" | "exec") || self.t.kind(i - 1) != T::Name {
            return None;
        }
        if matches!(self.t.kind(i), T::Lpar) || !TokenStream::starts_expression(self.t.kind(i)) {
            return None;
        }
        let kw = self.text(i - 1).to_string();
        let end = self.star_expressions_end(i)?;
        Some(self.span(format!("Missing parentheses in call to '{kw}'. Did you mean {kw}(...)?"), i - 1, end))
    }

    /// Last token of a comma-separated expression list starting at `i`.
    fn star_expressions_end(&self, i: usize) -> Option<usize> {
        let mut k = i;
        loop {
            let start = if self.t.kind(k) == T::Star { k + 1 } else { k };
            let end = self.t.expression_end(start)?;
            if self.t.kind(end + 1) == T::Comma && TokenStream::starts_expression(self.t.kind(end + 2)) {
                k = end + 2;
            } else {
                return Some(end);
            }
        }
    }

    /// The first token of the logical line containing `i`, past `async` and decorators'
    /// own lines.
    fn header_keyword(&self, i: usize) -> T {
        let s = self.t.statement_start(i);
        match self.t.kind(s) {
            T::Async => self.t.kind(s + 1),
            k => k,
        }
    }
}

/// CPython's name for an expression kind (`_PyPegen_get_expr_name`).
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

/// The first target of `e` CPython would complain about (`_PyPegen_get_invalid_target`).
fn invalid_target(e: &Expr, delete: bool) -> Option<&Expr> {
    match e {
        Expr::List(l) => l.elts.iter().find_map(|x| invalid_target(x, delete)),
        Expr::Tuple(t) => t.elts.iter().find_map(|x| invalid_target(x, delete)),
        Expr::Starred(s) => {
            if delete {
                Some(e)
            } else {
                invalid_target(&s.value, delete)
            }
        }
        Expr::Compare(c) => {
            // `for x in y in z` style: the target is the left side.
            if !delete && c.ops.first() == Some(&ast::CmpOp::In) {
                invalid_target(&c.left, delete)
            } else {
                Some(e)
            }
        }
        Expr::Name(_) | Expr::Subscript(_) | Expr::Attribute(_) => None,
        _ => Some(e),
    }
}

pub(super) fn translate(problem: &Problem, cx: &Cx<'_>) -> Diagnosis {
    match problem {
        Problem::Unsupported(u) => unsupported(cx, u).into(),
        Problem::Parse(p) => parse_error(cx, p),
    }
}

/// Syntax ruff accepts for newer Pythons and flags for 3.11.
fn unsupported(cx: &Cx<'_>, u: &ruff_python_parser::UnsupportedSyntaxError) -> CompileError {
    let r = u.range;
    let i = cx.t.at(r.start().to_usize());
    match u.kind {
        UnsupportedSyntaxErrorKind::Pep701FString(_) => cx.err("f-string: expecting '}'", r.start().to_usize(), r.end().to_usize()),
        UnsupportedSyntaxErrorKind::ParenthesizedKeywordArgumentName => {
            // `f((a)=1)`: from the expression inside the parentheses to the `=`.
            let close = cx.t.closer(i).unwrap_or(i);
            cx.span("expression cannot contain assignment, perhaps you meant \"==\"?", i + 1, close + 1)
        }
        UnsupportedSyntaxErrorKind::IterableUnpackingInListComprehension => {
            cx.err("iterable unpacking cannot be used in comprehension", r.start().to_usize(), r.end().to_usize())
        }
        UnsupportedSyntaxErrorKind::UnparenthesizedExceptionTypes => {
            // From the first type to the last token before `:` (or the line end).
            let end = cx.t.find_at_depth0(i, cx.t.len(), |k| matches!(k, T::Colon | T::Newline)).unwrap_or(i + 1);
            cx.span("multiple exception types must be parenthesized", i, end - 1)
        }
        // `type X = int`: `type` is a name in 3.11, so the error is at the name after it.
        UnsupportedSyntaxErrorKind::TypeAliasStatement => cx.invalid_syntax(i + 1),
        UnsupportedSyntaxErrorKind::TypeParameterList => {
            let msg = if cx.t.kind(cx.t.statement_start(i)) == T::Def || cx.t.kind_before(i.saturating_sub(1)) == T::Def { "expected '('" } else { "invalid syntax" };
            cx.at_tok(msg, i)
        }
        _ => cx.invalid_syntax(i),
    }
}

fn parse_error(cx: &Cx<'_>, p: &ruff_python_parser::ParseError) -> Diagnosis {
    let r = p.location;
    let i = cx.t.at(r.start().to_usize());
    if let Some(e) = pattern_target(cx, i) {
        return e.into();
    }
    let e = match &p.error {
        ParseErrorType::UnexpectedIndentation => unexpected_indent(cx, r),
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block after") => missing_block(cx, r, m),
        ParseErrorType::ExpectedToken { expected, found } => expected_token(cx, i, *expected, *found),
        ParseErrorType::PositionalAfterKeywordArgument => {
            cx.at_tok("positional argument follows keyword argument", closing_bracket(cx, i))
        }
        ParseErrorType::PositionalAfterKeywordUnpacking => {
            cx.at_tok("positional argument follows keyword argument unpacking", closing_bracket(cx, i))
        }
        ParseErrorType::IterableUnpackingInComprehension => cx.err("iterable unpacking cannot be used in comprehension", r.start().to_usize(), r.end().to_usize()),
        ParseErrorType::InvalidArgumentUnpackingOrder => {
            cx.at_tok("iterable argument unpacking follows keyword argument unpacking", i)
        }
        ParseErrorType::DuplicateKeywordArgumentError(name) => {
            // CPython checks keywords in the compiler.
            let end = cx.t.expression_end(i + 2).unwrap_or(i);
            let err = cx.span(format!("keyword argument repeated: {name}"), i, end);
            return Diagnosis { err, stage: Stage::Compiler };
        }
        ParseErrorType::InvalidAssignmentTarget
        | ParseErrorType::InvalidDeleteTarget
        | ParseErrorType::InvalidAugmentedAssignmentTarget
        | ParseErrorType::InvalidAnnotatedAssignmentTarget => return targets(cx, p),
        ParseErrorType::InvalidNamedAssignmentTarget => walrus_target(cx, cx.t.find_at_depth0(i, cx.t.len(), |k| k == T::ColonEqual).unwrap_or(i)),
        ParseErrorType::InvalidStarredExpressionUsage => return starred(cx, i),
        ParseErrorType::UnparenthesizedGeneratorExpression => cx.err("Generator expression must be parenthesized", r.start().to_usize(), r.end().to_usize()),
        ParseErrorType::NonDefaultParamAfterDefaultParam
        | ParseErrorType::ParamAfterVarKeywordParam
        | ParseErrorType::VarParameterWithDefault
        | ParseErrorType::ExpectedKeywordParam => parameters(cx, i, &p.error),
        ParseErrorType::OtherError(m) if m == "Expected a parameter name" && !in_parameters(cx, i) => {
            // A keyword argument whose name is not a name (`invalid_kwarg`).
            let eq = cx.t.starting_at(r.end().to_usize());
            assign_in_expression(cx, eq).unwrap_or_else(|| cx.invalid_syntax(i))
        }
        ParseErrorType::OtherError(m) if is_parameter_message(m) => parameters(cx, i, &p.error),
        ParseErrorType::OtherError(m) if m == "Star import must be the only import" => {
            // CPython stops at the token after `import *`, or at a later `*`.
            let star = (i..cx.t.len()).find(|&k| cx.t.kind(k) == T::Star).unwrap_or(i);
            cx.invalid_syntax(if cx.t.kind_before(star) == T::Import { star + 1 } else { star })
        }
        ParseErrorType::OtherError(m) if m == "Positional patterns cannot follow keyword patterns" => positional_patterns(cx, i),
        ParseErrorType::OtherError(m) if m == "Expected one or more exception types" => cx.at_tok("expected one or more exception types", i),
        ParseErrorType::OtherError(m) if m == "Expected `except` or `finally` after `try` block" => {
            // At the token after the block; at the end of the last line when that is the end.
            let msg = "expected 'except' or 'finally' block";
            // CPython's lookahead is the token after the `try` block.
            let after = try_block_end(cx, i).map(|d| d + 1).unwrap_or(i);
            if !matches!(cx.t.kind(after), T::Dedent | T::EndOfFile) {
                return cx.at_tok(msg, after).into();
            }
            let mut k = after;
            while matches!(cx.t.kind(k), T::Dedent | T::EndOfFile) && k > 0 {
                k -= 1;
            }
            // A DEDENT there, which has no end.
            let mut e = cx.at_tok(msg, k);
            e.end_col = Some(-1);
            e
        }
        ParseErrorType::OtherError(m) if m == "Cannot have both 'except' and 'except*' on the same 'try'" => {
            let msg = "cannot have both 'except' and 'except*' on the same 'try'";
            if cx.t.kind(i + 1) == T::Star {
                cx.span(msg, i, i + 1)
            } else {
                cx.at_tok(msg, i)
            }
        }
        ParseErrorType::OtherError(m) if m.starts_with("Multiple exception types must be parenthesized") => {
            let end = cx.t.find_at_depth0(i, cx.t.len(), |k| matches!(k, T::Colon | T::Newline)).unwrap_or(i + 1);
            cx.span("multiple exception types must be parenthesized", i, end - 1)
        }
        ParseErrorType::ExpectedExpression if cx.t.kind_before(i) == T::Equal && in_parameters(cx, i) => {
            // `invalid_default`: only before `)` or `,`.
            if matches!(cx.t.kind(i), T::Rpar | T::Comma) {
                cx.at_tok("expected default value expression", i - 1)
            } else {
                cx.invalid_syntax(i)
            }
        }
        ParseErrorType::OtherError(m) if m == "Trailing comma not allowed" => trailing_comma(cx, i),
        ParseErrorType::OtherError(m) if m.starts_with("Only single target (not ") => {
            let e = cx.expr_in(r);
            match &e {
                // `a, b: int`: CPython points at the first element.
                Some(Expr::Tuple(t)) if !t.parenthesized => {
                    let first = t.elts.first().map(|x| x.range()).unwrap_or(r);
                    cx.err(m.replacen("Only", "only", 1), first.start().to_usize(), first.end().to_usize())
                }
                _ => cx.err(m.replacen("Only", "only", 1), r.start().to_usize(), r.end().to_usize()),
            }
        }
        ParseErrorType::FStringError(f) | ParseErrorType::Lexical(ruff_python_parser::LexicalErrorType::FStringError(f)) => {
            use ruff_python_parser::InterpolatedStringErrorType as F;
            let msg = match f {
                F::UnclosedLbrace => "f-string: expecting '}'",
                F::InvalidConversionFlag => "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                F::SingleRbrace => "f-string: single '}' is not allowed",
                F::UnterminatedString | F::UnterminatedTripleQuotedString => "f-string: expecting '}'",
                F::LambdaWithoutParentheses => "f-string: lambda expressions are not allowed without parentheses",
                F::ConversionFlagNotImmediatelyAfterExclamation => "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                F::NewlineInFormatSpec => "f-string: expecting '}'",
            };
            cx.err(msg, r.start().to_usize(), r.end().to_usize())
        }
        ParseErrorType::Lexical(l) => {
            use ruff_python_parser::LexicalErrorType as L;
            match l {
                L::UnicodeError | L::MissingUnicodeLbrace | L::MissingUnicodeRbrace => cx.err(
                    "(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape",
                    r.start().to_usize(),
                    r.end().to_usize(),
                ),
                L::InvalidByteLiteral => cx.err("bytes can only contain ASCII literal characters", r.start().to_usize(), r.end().to_usize()),
                L::Eof => cx.err("unexpected EOF while parsing", r.start().to_usize(), r.end().to_usize()),
                _ => cx.invalid_syntax(i),
            }
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected an expression or a") && cx.t.kind(i) == T::Equal => {
            assign_in_expression(cx, i).unwrap_or_else(|| cx.invalid_syntax(i))
        }
        _ => generic(cx, i),
    };
    e.into()
}

/// `case p as X` with X not a name (`invalid_as_pattern`): CPython parses X as an
/// `expression` and points at it.
fn pattern_target(cx: &Cx<'_>, i: usize) -> Option<CompileError> {
    if cx.t.kind_before(i) != T::As || cx.t.kind(cx.t.statement_start(i)) != T::Case || cx.t.is_name(i) {
        return None;
    }
    let end = cx.t.expression_end(i)?;
    let r = cx.expr(i, end)?.range();
    Some(cx.err("invalid pattern target", r.start().to_usize(), r.end().to_usize()))
}

/// `invalid_class_argument_pattern`: the positional patterns from token `i` on, up to a
/// keyword pattern (`NAME '='` is no capture pattern) or the closing parenthesis.
fn positional_patterns(cx: &Cx<'_>, i: usize) -> CompileError {
    let msg = "positional patterns follow keyword patterns";
    let Some(close) = cx.t.opener(i).and_then(|o| cx.t.closer(o)) else {
        return cx.at_tok(msg, i);
    };
    let mut last = i;
    let mut k = i;
    while k < close && !(cx.t.is_name(k) && cx.t.kind(k + 1) == T::Equal) {
        let end = cx.t.find_at_depth0(k, close, |t| t == T::Comma).unwrap_or(close);
        if end == k {
            break;
        }
        last = end - 1;
        k = end + 1;
    }
    cx.span(msg, i, last)
}

/// The DEDENT closing the indented block of the last `try` before token `i`.
fn try_block_end(cx: &Cx<'_>, i: usize) -> Option<usize> {
    let try_tok = (0..i.min(cx.t.len())).rev().find(|&k| cx.t.kind(k) == T::Try)?;
    if cx.t.kind(try_tok + 1) != T::Colon || cx.t.kind(try_tok + 2) != T::Newline || cx.t.kind(try_tok + 3) != T::Indent {
        return None;
    }
    let mut depth = 0usize;
    for k in try_tok + 3..cx.t.len() {
        match cx.t.kind(k) {
            T::Indent => depth += 1,
            T::Dedent => {
                depth -= 1;
                if depth == 0 {
                    return Some(k);
                }
            }
            _ => {}
        }
    }
    None
}

/// "invalid syntax" at the token ruff stopped at, unless a rule for that token applies.
fn generic(cx: &Cx<'_>, i: usize) -> CompileError {
    if cx.t.kind_before(i) == T::Rarrow && cx.header_keyword(i) == T::Def {
        // `def f() -> :` backs off the annotation, to the `->`.
        return cx.at_tok("expected ':'", i - 1);
    }
    if matches!(cx.t.kind(i), T::Rbrace | T::Comma) && cx.t.kind_before(i) == T::Colon && dict_display(cx, i) {
        return cx.at_tok("expression expected after dictionary key and ':'", i - 1);
    }
    match cx.t.kind(i) {
        T::DoubleStar if cx.t.kind_before(i) == T::Lpar => return starred(cx, i).err,
        T::ColonEqual => return walrus_target(cx, i),
        T::Equal => {
            if let Some(e) = assign_in_expression(cx, i) {
                return e;
            }
        }
        _ => {}
    }
    cx.invalid_syntax(i)
}

// ---- Blocks and indentation ----

fn unexpected_indent(cx: &Cx<'_>, r: TextRange) -> CompileError {
    let index = cx.index;
    let line = index.line_of(r.start().to_usize());
    let start = index.line_start(line);
    let indent = cx.source[start..].chars().take_while(|c| *c == ' ' || *c == '\t' || *c == '\x0c').count();
    CompileError {
        kind: ErrorKind::IndentationError,
        message: "unexpected indent".into(),
        filename: cx.filename.to_string(),
        line,
        col: indent as u32,
        end_line: line,
        end_col: Some(-1),
        text: None,
    }
}

/// `invalid_block` and the `invalid_*_stmt` rules for a header followed by no indented
/// block.
fn missing_block(cx: &Cx<'_>, r: TextRange, m: &str) -> CompileError {
    let i = cx.t.at(r.start().to_usize());
    // The header is the logical line before the first token of the missing block.
    let mut h = i;
    while h > 0 && matches!(cx.t.kind(h - 1), T::Newline | T::Dedent | T::Indent) {
        h -= 1;
    }
    let head = cx.t.line_start(h.saturating_sub(1));
    let kw = if cx.t.kind(head) == T::Async { head + 1 } else { head };
    let desc = match cx.t.kind(kw) {
        T::If => "'if' statement".to_string(),
        T::Elif => "'elif' statement".into(),
        T::Else => "'else' statement".into(),
        T::For => "'for' statement".into(),
        T::While => "'while' statement".into(),
        T::With => "'with' statement".into(),
        T::Try => "'try' statement".into(),
        T::Except if cx.t.kind(kw + 1) == T::Star => "'except*' statement".into(),
        T::Except => "'except' statement".into(),
        T::Finally => "'finally' statement".into(),
        T::Class => "class definition".into(),
        T::Def => "function definition".into(),
        T::Match => "'match' statement".into(),
        T::Case => "'case' statement".into(),
        _ => {
            let what = m.trim_start_matches("Expected an indented block after ");
            format!("{}", what.replace('`', "'").replace(" clause", " statement"))
        }
    };
    let line = cx.index.line_of(cx.t.get(kw).start);
    let msg = format!("expected an indented block after {desc} on line {line}");
    let mut e = cx.index.error(ErrorKind::IndentationError, msg, cx.filename, r.start().to_usize(), r.end().to_usize());
    if r.is_empty() {
        e.end_col = Some(e.col as i32);
    }
    e
}

// ---- Expected tokens ----

fn is_augassign(t: T) -> bool {
    matches!(
        t,
        T::PlusEqual
            | T::MinusEqual
            | T::StarEqual
            | T::SlashEqual
            | T::DoubleSlashEqual
            | T::PercentEqual
            | T::AtEqual
            | T::AmperEqual
            | T::VbarEqual
            | T::CircumflexEqual
            | T::LeftShiftEqual
            | T::RightShiftEqual
            | T::DoubleStarEqual
    )
}

fn expected_token(cx: &Cx<'_>, i: usize, expected: T, found: T) -> CompileError {
    if expected == T::Else && found != T::Colon {
        // `invalid_expression`: `a if b` without `else`.
        if let Some(e) = missing_else(cx, i) {
            return e;
        }
    }
    if matches!(found, T::For | T::Async) {
        if let Some(e) = keyword_genexp(cx, i) {
            return e;
        }
    }
    if found == T::Lpar && in_parameters(cx, i) && !in_lambda_parameters(cx, i) {
        return parenthesized_parameter(cx, i, "Function parameters cannot be parenthesized");
    }
    if expected == T::Colon && dict_display(cx, i) {
        // `{a: 1, b}`: `invalid_kvpair`, at the last character of the key, with no end.
        let key_end = i - 1;
        let end_byte = cx.t.get(key_end).end;
        let mut e = cx.err("':' expected after dictionary key", end_byte - 1, end_byte);
        e.end_col = Some(0);
        return e;
    }
    // Ruff expects `]`/`}` or `,` here depending on the parse mode; CPython's rule only
    // looks at the tokens.
    if found == T::For && matches!(expected, T::Rsqb | T::Rbrace | T::Comma) {
        if let Some(e) = comprehension_target(cx, i) {
            return e;
        }
    }
    if found == T::Equal {
        if let Some(e) = assign_in_expression(cx, i) {
            return e;
        }
    }
    if expected == T::Comma && found == T::Star && cx.t.kind_before(i) == T::Slash {
        return cx.at_tok("expected comma between / and *", i);
    }
    if expected == T::Comma && is_augassign(found) {
        let s = cx.t.statement_start(i);
        let name = cx.expr(s, i - 1).map(|e| expr_name(&e)).unwrap_or("expression");
        return cx.span(format!("'{name}' is an illegal expression for augmented assignment"), s, i - 1);
    }
    // (`in` after a `for` target, which CPython parses as `star_expressions` there.)
    if matches!(expected, T::Comma | T::Rpar | T::Rsqb | T::Rbrace | T::In) && TokenStream::starts_expression(found) {
        if let Some(e) = forgot_comma(cx, i) {
            return e;
        }
    }
    match expected {
        T::Colon => expected_colon(cx, i),
        T::Lpar if cx.t.kind(cx.t.statement_start(i)) == T::Def || cx.t.kind(cx.t.statement_start(i)) == T::Async => cx.at_tok("expected '('", i),
        _ => generic(cx, i),
    }
}

/// "expected ':'": the `invalid_*_stmt` rules (a header ended by NEWLINE) and the forced
/// `&&':'` after `def`, `else`, `try` and `finally` headers.
fn expected_colon(cx: &Cx<'_>, i: usize) -> CompileError {
    let head = cx.header_keyword(i);
    let forced = matches!(head, T::Def | T::Else | T::Try | T::Finally) && cx.t.kind(cx.t.statement_start(i)) != T::Lambda;
    if head == T::Def && cx.t.kind_before(i) == T::Rarrow {
        // `def f() -> :` backs off the annotation, to the `->`.
        return cx.at_tok("expected ':'", i - 1);
    }
    if in_lambda_parameters(cx, i) {
        return lambda_parameters(cx, i);
    }
    if forced || cx.t.kind(i) == T::Newline && is_compound_header(head) {
        return cx.at_tok("expected ':'", i);
    }
    generic(cx, i)
}

fn is_compound_header(k: T) -> bool {
    matches!(k, T::If | T::Elif | T::While | T::For | T::With | T::Class | T::Except | T::Match | T::Case | T::Def | T::Else | T::Try | T::Finally)
}

/// `a if b` followed by neither `else` nor `:`.
fn missing_else(cx: &Cx<'_>, i: usize) -> Option<CompileError> {
    let if_tok = (0..i).rev().find(|&k| cx.t.kind(k) == T::If)?;
    let start = cx.t.disjunction_start(if_tok.checked_sub(1)?);
    Some(cx.span("expected 'else' after 'if' expression", start, i - 1))
}

/// `f(a=1 for x in y)`: a keyword argument followed by `for` (`invalid_kwarg`).
fn keyword_genexp(cx: &Cx<'_>, i: usize) -> Option<CompileError> {
    let open = cx.t.opener(i)?;
    if cx.t.kind(open) != T::Lpar || !matches!(cx.t.kind_before(open), T::Name | T::Rpar | T::Rsqb) {
        return None;
    }
    let mut elem = open + 1;
    while let Some(c) = cx.t.find_at_depth0(elem, i, |k| k == T::Comma) {
        elem = c + 1;
    }
    if cx.t.is_name(elem) && cx.t.kind(elem + 1) == T::Equal {
        return Some(cx.span("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", elem, elem + 1));
    }
    None
}

/// Whether token `i` is inside a dict display (its first item has a `:` or is `**x`).
fn dict_display(cx: &Cx<'_>, i: usize) -> bool {
    let Some(open) = cx.t.opener(i) else { return false };
    if cx.t.kind(open) != T::Lbrace {
        return false;
    }
    if cx.t.kind(open + 1) == T::DoubleStar {
        return true;
    }
    cx.t.find_at_depth0(open + 1, i, |k| matches!(k, T::Colon | T::Comma)).is_some_and(|k| cx.t.kind(k) == T::Colon)
}

/// `[x, y for x in z]` (`invalid_comprehension`) and `{**x for x in y}`
/// (`invalid_dict_comprehension`).
fn comprehension_target(cx: &Cx<'_>, i: usize) -> Option<CompileError> {
    let open = cx.t.opener(i)?;
    if !matches!(cx.t.kind(open), T::Lsqb | T::Lbrace) {
        return None;
    }
    if cx.t.kind(open) == T::Lbrace && cx.t.kind(open + 1) == T::DoubleStar {
        return Some(cx.at_tok("dict unpacking cannot be used in dict comprehension", open + 1));
    }
    // `a=star_named_expression ','`: a dict entry `k: v` is not one.
    let a_start = if cx.t.kind(open + 1) == T::Star { open + 2 } else { open + 1 };
    let a_end = cx.t.expression_end(a_start)?;
    if cx.t.kind(a_end + 1) != T::Comma {
        return None;
    }
    // `[a, for …]` ends at the comma; `[a, b, for …]` at the last element of `b`.
    let last = if a_end + 2 == i {
        a_end + 1
    } else if cx.t.kind(i - 1) == T::Comma {
        i - 2
    } else {
        i - 1
    };
    Some(cx.span("did you forget parentheses around the comprehension target?", open + 1, last))
}

/// "Perhaps you forgot a comma?" (`invalid_expression`): two expressions side by side
/// inside brackets, where the grammar parses an `expression`.
fn forgot_comma(cx: &Cx<'_>, i: usize) -> Option<CompileError> {
    let open = cx.t.opener(i)?;
    // Parameter lists, import lists and patterns are not expressions.
    let before_open = cx.t.kind_before(open);
    if cx.t.kind(open) == T::Lpar && (open >= 2 && cx.t.kind(open - 2) == T::Def || before_open == T::Import) {
        return None;
    }
    if in_lambda_parameters(cx, i) || in_pattern(cx, i) {
        return None;
    }
    let a_end = i - 1;
    let a_start = cx.t.disjunction_start(a_end);
    if a_start > a_end || a_start <= open {
        if a_start <= open {
            return None;
        }
    }
    // The left side must itself be a whole disjunction, in a place an expression starts.
    let boundary = cx.t.kind_before(a_start);
    match boundary {
        T::Lpar | T::Lsqb | T::Lbrace | T::Comma | T::Colon | T::Equal | T::ColonEqual | T::For | T::Else | T::Star | T::DoubleStar => {}
        _ => return None,
    }
    if matches!(boundary, T::Else | T::Colon) && cx.t.is_name(a_start) && cx.t.factor_end(a_start) == Some(a_end) {
        // CPython's memoized `expression` misses these (after `else` or a lambda's `:`).
        return None;
    }
    if boundary == T::Colon && !lambda_colon(cx, a_start - 1) && cx.t.kind(open) != T::Lbrace && cx.t.kind(open) != T::Lsqb {
        return None;
    }
    // A comprehension's `in` and `if` clauses are `disjunction`s, not `expression`s.
    if comprehension_clause_before(cx, open, i) {
        return None;
    }
    // `!(NAME STRING | SOFT_KEYWORD)`
    if a_start == a_end && cx.t.kind(a_start) == T::Name && matches!(cx.t.kind(i), T::String | T::FStringStart) {
        return None;
    }
    if matches!(cx.t.kind(a_start), T::Match | T::Case) || cx.text(a_start) == "_" {
        return None;
    }
    if a_start == a_end && matches!(cx.text(a_start), "print" | "exec") {
        return None;
    }
    let b_end = cx.t.expression_end(i)?;
    Some(cx.span("invalid syntax. Perhaps you forgot a comma?", a_start, b_end))
}

/// Whether the `:` at `k` ends a lambda's parameters.
fn lambda_colon(cx: &Cx<'_>, k: usize) -> bool {
    let s = cx.t.opener(k).map(|o| o + 1).unwrap_or_else(|| cx.t.statement_start(k));
    (s..k).rev().any(|m| cx.t.kind(m) == T::Lambda)
}

/// Whether `a_start` sits in a comprehension clause (`for … in <here>` or `if <here>`),
/// which the grammar parses as a `disjunction`.
fn comprehension_clause_before(cx: &Cx<'_>, open: usize, a_start: usize) -> bool {
    let mut depth = 0usize;
    let mut last = T::Unknown;
    for k in open + 1..a_start {
        match cx.t.kind(k) {
            T::Lpar | T::Lsqb | T::Lbrace => depth += 1,
            T::Rpar | T::Rsqb | T::Rbrace => depth = depth.saturating_sub(1),
            kind @ (T::For | T::In | T::If) if depth == 0 => last = kind,
            _ => {}
        }
    }
    matches!(last, T::In | T::If)
}

/// Whether token `i` is inside a `case` pattern.
fn in_pattern(cx: &Cx<'_>, i: usize) -> bool {
    let s = cx.t.line_start(i);
    cx.t.kind(s) == T::Case && cx.t.find_at_depth0(s, i, |k| k == T::Colon).is_none()
}

/// Whether token `i` is between `lambda` and its `:`.
fn in_lambda_parameters(cx: &Cx<'_>, i: usize) -> bool {
    let s = cx.t.statement_start(i);
    let mut lambda = None;
    let mut k = i;
    while k > s {
        k -= 1;
        match cx.t.kind(k) {
            T::Colon => return false,
            T::Lambda => {
                lambda = Some(k);
                break;
            }
            _ => {}
        }
    }
    lambda.is_some()
}

/// Whether token `i` is inside the parentheses of a `def`.
fn in_parameters(cx: &Cx<'_>, i: usize) -> bool {
    if in_lambda_parameters(cx, i) {
        return true;
    }
    let Some(open) = cx.t.opener(i) else { return false };
    cx.t.kind(open) == T::Lpar && open >= 2 && cx.t.kind(open - 2) == T::Def
}

/// `lambda (a, b): 0`: parenthesized lambda parameters, or "invalid syntax".
fn lambda_parameters(cx: &Cx<'_>, i: usize) -> CompileError {
    let mut k = i;
    while k > 0 && cx.t.kind(k) != T::Lambda {
        k -= 1;
    }
    if let Some(open) = cx.t.find_at_depth0(k + 1, i + 1, |t| t == T::Lpar) {
        if let Some(close) = cx.t.closer(open) {
            if cx.t.is_name(open + 1) {
                return cx.span("Lambda expression parameters cannot be parenthesized", open, close);
            }
        }
    }
    cx.invalid_syntax(i)
}

/// "trailing comma not allowed without surrounding parentheses": only after `from … import`
/// names at the end of the line (`invalid_import_from_targets`).
fn trailing_comma(cx: &Cx<'_>, i: usize) -> CompileError {
    let next = if cx.t.kind(i) == T::Comma { i + 1 } else { i };
    let head = cx.t.kind(cx.t.statement_start(i));
    if head == T::From && cx.t.kind(next) == T::Newline {
        return cx.at_tok("trailing comma not allowed without surrounding parentheses", next);
    }
    cx.invalid_syntax(next)
}

/// The `)` (or `]`, `}`) closing the bracket token `i` sits in: CPython reports
/// argument-order errors at the last token it read.
fn closing_bracket(cx: &Cx<'_>, i: usize) -> usize {
    cx.t.opener(i).and_then(|o| cx.t.closer(o)).unwrap_or(i)
}

// ---- Assignment targets ----

/// `invalid_assignment`, `invalid_del_stmt`, `invalid_for_target`, `invalid_with_item` and
/// the annotation rules, for ruff's invalid-target errors.
fn targets(cx: &Cx<'_>, p: &ruff_python_parser::ParseError) -> Diagnosis {
    let r = p.location;
    let i = cx.t.at(r.start().to_usize());
    let e = cx.expr_in(r);
    let s = cx.t.statement_start(i);
    let head = cx.t.kind(s);
    let err = match &p.error {
        ParseErrorType::InvalidDeleteTarget => {
            let name = e.as_ref().map(|e| expr_name(invalid_target(e, true).unwrap_or(e))).unwrap_or("expression");
            let bad = e.as_ref().and_then(|e| invalid_target(e, true)).map(|x| x.range()).unwrap_or(r);
            if cx.t.kind(i) == T::Star && !matches!(e, Some(Expr::Tuple(_))) {
                cx.err("cannot delete starred", r.start().to_usize(), r.end().to_usize())
            } else {
                cx.err(format!("cannot delete {name}"), bad.start().to_usize(), bad.end().to_usize())
            }
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => {
            let name = e.as_ref().map(expr_name).unwrap_or("expression");
            cx.err(format!("'{name}' is an illegal expression for augmented assignment"), r.start().to_usize(), r.end().to_usize())
        }
        ParseErrorType::InvalidAnnotatedAssignmentTarget => match e.as_ref() {
            Some(x @ (Expr::List(_) | Expr::Tuple(_))) => {
                cx.err(format!("only single target (not {}) can be annotated", expr_name(x)), r.start().to_usize(), r.end().to_usize())
            }
            _ => cx.err("illegal target for annotation", r.start().to_usize(), r.end().to_usize()),
        },
        _ => {
            if head == T::For && s < i || cx.t.kind_before(i) == T::For {
                for_target(cx, i, r, e.as_ref())
            } else if let Some(err) = statement_assignment(cx, s, i) {
                err
            } else {
                cannot_assign(cx, r, e.as_ref())
            }
        }
    };
    err.into()
}

/// "cannot assign to X" at the first invalid part of the target at `r`.
fn cannot_assign(cx: &Cx<'_>, r: TextRange, e: Option<&Expr>) -> CompileError {
    let parenthesized = {
        let i = cx.t.at(r.start().to_usize());
        cx.t.kind_before(i) == T::Lpar
    };
    if matches!(e, Some(Expr::Yield(_) | Expr::YieldFrom(_))) && !parenthesized {
        return cx.err("assignment to yield expression not possible", r.start().to_usize(), r.end().to_usize());
    }
    let bad = e.and_then(|x| invalid_target(x, false));
    let name = bad.or(e).map(expr_name).unwrap_or("expression");
    let range = bad.map(|x| x.range()).unwrap_or(r);
    cx.err(format!("cannot assign to {name}"), range.start().to_usize(), range.end().to_usize())
}

/// A `for` target that is not a target: CPython reparses it as an expression
/// (`invalid_for_target`); a comparison other than `in` there is just "invalid syntax".
fn for_target(cx: &Cx<'_>, i: usize, r: TextRange, e: Option<&Expr>) -> CompileError {
    if let Some(Expr::Compare(c)) = e {
        if c.ops[0] != ast::CmpOp::In {
            let op = cx.t.at(c.left.range().end().to_usize());
            return cx.invalid_syntax(op);
        }
    }
    let _ = i;
    cannot_assign(cx, r, e)
}

/// A statement `T1 = T2 = … = value` with an invalid target, as CPython's second pass
/// sees it: the element just before the first `=` is parsed as a `named_expression`, so
/// `invalid_named_expression` gets the first say ("… here. Maybe you meant '=='…").
fn statement_assignment(cx: &Cx<'_>, s: usize, i: usize) -> Option<CompileError> {
    let eq = cx.t.find_at_depth0(s, cx.t.len(), |k| matches!(k, T::Equal | T::Newline | T::Semi))?;
    if cx.t.kind(eq) != T::Equal || i > eq {
        return None;
    }
    // The first target's last element.
    let elem = match cx.t.find_at_depth0(s, eq, |k| k == T::Comma) {
        Some(_) => {
            let mut last = s;
            let mut k = s;
            while let Some(c) = cx.t.find_at_depth0(k, eq, |t| t == T::Comma) {
                last = c + 1;
                k = c + 1;
            }
            last
        }
        None => s,
    };
    if elem >= eq {
        return None;
    }
    named_expression_eq(cx, elem, eq)
}

/// CPython's `invalid_named_expression` for `elem… = value` (tokens `elem..eq`, `eq` the
/// `=`): a NAME gives "Maybe you meant '==' or ':='", another `bitwise_or` "cannot assign to
/// X here", provided a `bitwise_or` follows the `=` and is not itself followed by `=`.
fn named_expression_eq(cx: &Cx<'_>, elem: usize, eq: usize) -> Option<CompileError> {
    let rhs_end = cx.t.bitwise_or_end(eq + 1)?;
    if matches!(cx.t.kind(rhs_end + 1), T::Equal | T::ColonEqual) {
        return None;
    }
    if cx.t.kind(eq + 1) == T::Lambda || cx.t.kind(eq + 1) == T::Not {
        return None;
    }
    if elem + 1 == eq && cx.t.kind(elem) == T::Name {
        return Some(cx.span("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", elem, rhs_end));
    }
    if matches!(cx.t.kind(elem), T::True | T::False | T::None) {
        return None;
    }
    // `!(list|tuple|genexp|…)`: the element may not start with one of those displays.
    let display = match cx.t.kind(elem) {
        T::Lsqb => true,
        T::Lpar => matches!(cx.expr(elem, cx.t.closer(elem)?), Some(Expr::Tuple(_) | Expr::Generator(_))),
        _ => false,
    };
    if display || cx.t.bitwise_or_end(elem) != Some(eq - 1) {
        return None;
    }
    let e = cx.expr(elem, eq - 1)?;
    let r = e.range();
    Some(cx.err(format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(&e)), r.start().to_usize(), r.end().to_usize()))
}

/// A `=` where the grammar wanted an expression to go on: keyword arguments gone wrong
/// (`invalid_kwarg`) and assignments inside expressions (`invalid_named_expression`).
fn assign_in_expression(cx: &Cx<'_>, eq: usize) -> Option<CompileError> {
    if cx.t.kind(eq) != T::Equal || eq == 0 {
        return None;
    }
    let open = cx.t.opener(eq);
    let in_call = open.is_some_and(|o| cx.t.kind(o) == T::Lpar && matches!(cx.t.kind_before(o), T::Name | T::Rpar | T::Rsqb | T::Match | T::Case | T::Type));
    let start = cx.t.disjunction_start(eq - 1);
    if let (true, Some(open)) = (in_call, open) {
        // The argument: from after `(` or the last `,` to the `=`.
        let mut elem = open + 1;
        while let Some(c) = cx.t.find_at_depth0(elem, eq, |k| k == T::Comma) {
            elem = c + 1;
        }
        if elem + 1 == eq && matches!(cx.t.kind(elem), T::True | T::False | T::None) {
            return Some(cx.span(format!("cannot assign to {}", cx.text(elem)), elem, eq));
        }
        if elem + 1 == eq && cx.t.is_name(elem) {
            // `f(a=1 for x in y)`
            let value_end = cx.t.expression_end(eq + 1)?;
            if matches!(cx.t.kind(value_end + 1), T::For | T::Async) {
                return Some(cx.span("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", elem, eq));
            }
            return None;
        }
        if elem >= eq || cx.t.expression_end(elem) != Some(eq - 1) {
            return Some(cx.invalid_syntax(eq));
        }
        return Some(cx.span("expression cannot contain assignment, perhaps you meant \"==\"?", elem, eq));
    }
    let s = cx.t.statement_start(eq);
    let head = cx.t.kind(s);
    let in_brackets = open.is_some_and(|o| o < start);
    let in_condition = !in_brackets && matches!(head, T::If | T::Elif | T::While) && start > s;
    if !in_brackets && !in_condition {
        return None;
    }
    let before = cx.t.kind_before(start);
    if !matches!(before, T::Lpar | T::Lsqb | T::Lbrace | T::Comma | T::If | T::Elif | T::While | T::Colon) {
        return Some(cx.invalid_syntax(eq));
    }
    let elem = cx.t.bitwise_or_start(eq - 1);
    if elem != start {
        // `if x < y = 1`: the left side is not a `bitwise_or`.
        return Some(cx.invalid_syntax(eq));
    }
    named_expression_eq(cx, elem, eq).or_else(|| Some(cx.invalid_syntax(eq)))
}

/// `X := value` with X not a name: "cannot use assignment expressions with X"; a name in
/// the wrong place is plain "invalid syntax" (`invalid_named_expression`).
fn walrus_target(cx: &Cx<'_>, walrus: usize) -> CompileError {
    if walrus == 0 || cx.t.kind(walrus) != T::ColonEqual {
        return cx.invalid_syntax(walrus);
    }
    let end = walrus - 1;
    let mut start = cx.t.disjunction_start(end);
    // The expression before `:=` may be a lambda or a conditional expression.
    let s = cx.t.opener(walrus).map(|o| o + 1).unwrap_or_else(|| cx.t.statement_start(walrus));
    if let Some(l) = (s..start).find(|&k| cx.t.kind(k) == T::Lambda || cx.t.kind(k) == T::If) {
        let outer = if cx.t.kind(l) == T::If { cx.t.disjunction_start(l.saturating_sub(1)) } else { l };
        if cx.t.expression_end(outer) == Some(end) {
            start = outer;
        }
    }
    if start == end && cx.t.is_name(start) || cx.t.kind_before(start) == T::ColonEqual {
        return cx.invalid_syntax(walrus);
    }
    match cx.expr(start, end) {
        Some(e) => {
            let r = e.range();
            cx.err(format!("cannot use assignment expressions with {}", expr_name(&e)), r.start().to_usize(), r.end().to_usize())
        }
        None => cx.invalid_syntax(walrus),
    }
}

// ---- Starred expressions ----

/// A `*expr` or `**expr` where the grammar does not take one.
fn starred(cx: &Cx<'_>, i: usize) -> Diagnosis {
    let star = i;
    let double = cx.t.kind(star) == T::DoubleStar;
    let value_end = cx.t.bitwise_or_end(star + 1);
    let before = cx.t.kind_before(star);
    // `(*a)` and `(**a)`: `invalid_group`.
    if before == T::Lpar {
        if let Some(end) = value_end {
            if cx.t.kind(end + 1) == T::Rpar {
                if double {
                    return cx.at_tok("cannot use double starred expression here", star).into();
                }
                return cx.span("cannot use starred expression here", star, end).into();
            }
        }
    }
    if double {
        return cx.invalid_syntax(value_end.map_or(star + 1, |_| star)).into();
    }
    let Some(end) = value_end else {
        // `f(*)`: the `*` is fine, what follows is not.
        return cx.invalid_syntax(star + 1).into();
    };
    // `{k: *v}`: `invalid_double_starred_kvpairs`.
    if before == T::Colon && cx.t.opener(star).is_some_and(|o| cx.t.kind(o) == T::Lbrace) && !lambda_colon(cx, star - 1) {
        return cx.span("cannot use a starred expression in a dictionary value", star, end).into();
    }
    // `{*a: 1}`: a set display cannot go on with `:`.
    if cx.t.kind(end + 1) == T::Colon && cx.t.opener(star).is_some_and(|o| cx.t.kind(o) == T::Lbrace) {
        return cx.invalid_syntax(end + 1).into();
    }
    // Where the grammar takes `star_expressions`, CPython's compiler rejects the star.
    let s = cx.t.statement_start(star);
    let stmt_level = cx.t.opener(star).is_none_or(|o| o < s);
    let star_expressions_slot = star == s
        || stmt_level && (before == T::Equal || is_augassign(before) || matches!(before, T::Return | T::Comma) || before == T::In && cx.t.kind(s) == T::For);
    if star_expressions_slot {
        let full_end = cx.t.expression_end(star + 1).unwrap_or(end);
        return Diagnosis { err: cx.span("can't use starred expression here", star, full_end), stage: Stage::Compiler };
    }
    if matches!(before, T::Lpar | T::Lsqb | T::Lbrace | T::Comma) {
        // A starred element is fine there; what follows it is not.
        return generic(cx, end + 1).into();
    }
    cx.invalid_syntax(star).into()
}

// ---- Parameters ----

fn is_parameter_message(m: &str) -> bool {
    matches!(
        m,
        "Position-only parameter separator not allowed as first parameter"
            | "Only one '/' separator allowed"
            | "'/' parameter must appear before '*' parameter"
            | "Only one '*' parameter allowed"
            | "Expected a parameter name"
    ) || m.starts_with("Expected ',', found")
}

/// `invalid_parameters`, `invalid_star_etc`, `invalid_kwds` and their lambda twins.
fn parameters(cx: &Cx<'_>, i: usize, error: &ParseErrorType) -> CompileError {
    let lambda = in_lambda_parameters(cx, i);
    match error {
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            // The whole parameter, annotation included.
            let end = if cx.t.kind(i + 1) == T::Colon { cx.t.expression_end(i + 2).unwrap_or(i) } else { i };
            cx.span("non-default argument follows default argument", i, end)
        }
        ParseErrorType::ParamAfterVarKeywordParam => cx.at_tok("arguments cannot follow var-keyword argument", i),
        ParseErrorType::VarParameterWithDefault => {
            let eq = cx.t.find_at_depth0(i, cx.t.len(), |k| k == T::Equal).unwrap_or(i);
            let mut k = eq;
            while k > 0 && !matches!(cx.t.kind(k), T::Star | T::DoubleStar) {
                k -= 1;
            }
            let msg = if cx.t.kind(k) == T::DoubleStar { "var-keyword argument cannot have default value" } else { "var-positional argument cannot have default value" };
            cx.at_tok(msg, eq)
        }
        ParseErrorType::ExpectedKeywordParam => {
            // `*` followed by `)`, `,)` or `, **`: at the `*` for def, at the last token read
            // for lambda.
            let star = (0..=i).rev().find(|&k| cx.t.kind(k) == T::Star).unwrap_or(i);
            let mut last = star + 1;
            if cx.t.kind(last) == T::Comma {
                last += 1;
            }
            let closing = if lambda { T::Colon } else { T::Rpar };
            let ok = cx.t.kind(star + 1) == closing || cx.t.kind(star + 1) == T::Comma && matches!(cx.t.kind(star + 2), k if k == closing || k == T::DoubleStar);
            if !ok {
                return cx.invalid_syntax(star + 1 + (cx.t.kind(star + 1) == T::Comma) as usize);
            }
            if lambda {
                cx.at_tok("named arguments must follow bare *", last)
            } else {
                cx.at_tok("named arguments must follow bare *", star)
            }
        }
        ParseErrorType::OtherError(m) => match m.as_str() {
            "Position-only parameter separator not allowed as first parameter" => {
                let slash = (0..=i).rev().find(|&k| cx.t.kind(k) == T::Slash).unwrap_or(i);
                if cx.t.kind(slash + 1) == T::Comma {
                    cx.at_tok("at least one argument must precede /", slash)
                } else {
                    cx.invalid_syntax(slash)
                }
            }
            "Only one '/' separator allowed" => cx.at_tok("/ may appear only once", i),
            "'/' parameter must appear before '*' parameter" => cx.at_tok("/ must be ahead of *", i),
            "Only one '*' parameter allowed" => cx.at_tok("* argument may appear only once", i),
            "Expected a parameter name" => match cx.t.kind(i) {
                T::Lpar if !lambda => parenthesized_parameter(cx, i, "Function parameters cannot be parenthesized"),
                T::Lpar => parenthesized_parameter(cx, i, "Lambda expression parameters cannot be parenthesized"),
                _ => cx.invalid_syntax(i),
            },
            _ => cx.invalid_syntax(i),
        },
        _ => cx.invalid_syntax(i),
    }
}

fn parenthesized_parameter(cx: &Cx<'_>, open: usize, msg: &str) -> CompileError {
    match cx.t.closer(open) {
        Some(close) if cx.t.is_name(open + 1) => cx.span(msg, open, close),
        _ => cx.invalid_syntax(open),
    }
}
