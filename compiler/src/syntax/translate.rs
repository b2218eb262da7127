//! Translation of the ruff parser's first error into the error CPython 3.11 reports: its
//! message (from one of the grammar's `invalid_*` rules, or "invalid syntax") and its
//! position.

use super::err_at;
use crate::error::{CompileError, ErrorKind, SourceIndex};
use ruff_python_ast::{self as ast, Expr};
use ruff_python_parser::{ParseErrorType, UnsupportedSyntaxErrorKind};
use ruff_text_size::{Ranged, TextRange, TextSize};

pub(super) enum Problem {
    Parse(ruff_python_parser::ParseError),
    Unsupported(ruff_python_parser::UnsupportedSyntaxError),
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

/// The expression spanning exactly `range` in the source, reparsed on its own.
fn expr_at(source: &str, range: TextRange) -> Option<Expr> {
    let text = source.get(range.start().to_usize()..range.end().to_usize())?;
    let parsed = ruff_python_parser::parse_expression(&format!("({text}\n)")).ok()?;
    let e = parsed.into_expr();
    Some(e)
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

fn line_col_range(index: &SourceIndex<'_>, filename: &str, kind: ErrorKind, msg: impl Into<String>, r: TextRange) -> CompileError {
    err_at(index, filename, kind, msg, r.start().to_usize(), r.end().to_usize())
}

pub(super) fn translate(problem: &Problem, source: &str, index: &SourceIndex<'_>, filename: &str, module: &ast::Mod) -> CompileError {
    let _ = module;
    let syntax = |msg: &str, r: TextRange| line_col_range(index, filename, ErrorKind::SyntaxError, msg, r);
    match problem {
        Problem::Unsupported(u) => {
            let r = u.range;
            match u.kind {
                UnsupportedSyntaxErrorKind::Pep701FString(_) => syntax("f-string: expecting '}'", r),
                UnsupportedSyntaxErrorKind::ParenthesizedKeywordArgumentName => {
                    let inner = TextRange::new(r.start() + TextSize::new(1), r.end() - TextSize::new(1));
                    syntax("expression cannot contain assignment, perhaps you meant \"==\"?", inner)
                }
                UnsupportedSyntaxErrorKind::TypeAliasStatement => {
                    // `type` is a name in 3.11: the error is at the token after it.
                    let after = r.start().to_usize() + 4;
                    let rest = &source[after..];
                    let skip = rest.len() - rest.trim_start().len();
                    let at = after + skip;
                    let end = at + rest.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_').map(char::len_utf8).sum::<usize>();
                    err_at(index, filename, ErrorKind::SyntaxError, "invalid syntax", at, end.max(at + 1))
                }
                UnsupportedSyntaxErrorKind::TypeParameterList => {
                    let at = r.start().to_usize();
                    let is_def = source[..at].trim_end().rsplit(|c: char| c.is_whitespace()).nth(1) == Some("def");
                    let msg = if is_def { "expected '('" } else { "invalid syntax" };
                    err_at(index, filename, ErrorKind::SyntaxError, msg, at, at + 1)
                }
                _ => syntax("invalid syntax", r),
            }
        }
        Problem::Parse(p) => {
            let r = p.location;
            let text = source.get(r.start().to_usize()..r.end().to_usize()).unwrap_or("");
            match &p.error {
                ParseErrorType::UnexpectedIndentation => {
                    let line = index.line_of(r.start().to_usize());
                    let start = index.line_start(line);
                    let indent = source[start..].chars().take_while(|c| *c == ' ' || *c == '\t' || *c == '\x0c').count();
                    CompileError {
                        kind: ErrorKind::IndentationError,
                        message: "unexpected indent".into(),
                        filename: filename.to_string(),
                        line,
                        col: indent as u32,
                        end_line: line,
                        end_col: 0,
                        text: index.line_text(line),
                    }
                }
                ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block after") => {
                    let what = m.trim_start_matches("Expected an indented block after ");
                    let (kw, desc) = match what {
                        "`if` statement" => ("if", "'if' statement"),
                        "`else` clause" => ("else", "'else' statement"),
                        "`elif` clause" => ("elif", "'elif' statement"),
                        "`for` statement" => ("for", "'for' statement"),
                        "`with` statement" => ("with", "'with' statement"),
                        "`class` definition" => ("class", "class definition"),
                        "`while` statement" => ("while", "'while' statement"),
                        "function definition" => ("def", "function definition"),
                        "`case` block" => ("case", "'case' statement"),
                        "`try` statement" => ("try", "'try' statement"),
                        "`except` clause" => ("except", "'except' statement"),
                        "`finally` clause" => ("finally", "'finally' statement"),
                        "`match` statement" => ("match", "'match' statement"),
                        _ => ("", "statement"),
                    };
                    let header = header_line(source, index, r.start().to_usize(), kw);
                    let msg = format!("expected an indented block after {desc} on line {header}");
                    let mut e = line_col_range(index, filename, ErrorKind::IndentationError, msg, r);
                    if r.is_empty() {
                        e.end_col = e.col;
                    }
                    e
                }
                ParseErrorType::ExpectedToken { expected, .. } => {
                    use ruff_python_ast::token::TokenKind as T;
                    let found = match &p.error {
                        ParseErrorType::ExpectedToken { found, .. } => *found,
                        _ => T::Unknown,
                    };
                    let starts_expr = matches!(
                        found,
                        T::Name | T::Int | T::Float | T::Complex | T::String | T::FStringStart | T::Lpar | T::Lsqb | T::Lbrace
                            | T::True | T::False | T::None | T::Lambda | T::Not | T::Await | T::Ellipsis | T::Tilde
                    );
                    if *expected == T::Else && found != T::Colon {
                        let a = prev_expr_start(source, r.start().to_usize());
                        return err_at(index, filename, ErrorKind::SyntaxError, "expected 'else' after 'if' expression", a, r.start().to_usize());
                    }
                    if found == T::For && matches!(expected, T::Rsqb | T::Rbrace) {
                        // `[x, y for ...]`
                        let a = prev_expr_start(source, r.start().to_usize());
                        let open = open_bracket_start(source, a);
                        return err_at(index, filename, ErrorKind::SyntaxError, "did you forget parentheses around the comprehension target?", open, r.start().to_usize());
                    }
                    if *expected == T::Comma && found == T::Equal {
                        let a = prev_token_start(source, r.start().to_usize());
                        return err_at(index, filename, ErrorKind::SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, r.end().to_usize());
                    }
                    if *expected == T::Comma && found == T::Star && source[..r.start().to_usize()].trim_end().ends_with('/') {
                        return syntax("expected comma between / and *", r);
                    }
                    if *expected == T::Comma && is_augassign(found) {
                        let start = line_start_of(source, r.start().to_usize());
                        let target = TextRange::new(TextSize::new(start as u32), r.start());
                        let name = expr_at(source, target).map(|e| expr_name(&e)).unwrap_or("expression");
                        return syntax(&format!("'{name}' is an illegal expression for augmented assignment"), TextRange::new(target.start(), TextSize::new(prev_token_end(source, r.start().to_usize()) as u32)));
                    }
                    if matches!(expected, T::Comma | T::Rpar | T::Rsqb | T::Rbrace) && starts_expr {
                        let a = prev_expr_start(source, r.start().to_usize());
                        let prev_word = source[a..r.start().to_usize()].trim();
                        if prev_word != "print" && prev_word != "exec" && a < r.start().to_usize() {
                            return err_at(index, filename, ErrorKind::SyntaxError, "invalid syntax. Perhaps you forgot a comma?", a, r.end().to_usize());
                        }
                    }
                    match expected {
                        T::Colon => {
                            // CPython points just after the previous token.
                            let at = prev_token_end(source, r.start().to_usize());
                            syntax("expected ':'", TextRange::empty(TextSize::new(at as u32)))
                        }
                        T::Lpar => syntax("expected '('", r),
                        _ => generic(index, filename, source, r),
                    }
                }
                ParseErrorType::PositionalAfterKeywordArgument => {
                    syntax("positional argument follows keyword argument", closing_bracket(source, r))
                }
                ParseErrorType::PositionalAfterKeywordUnpacking => {
                    syntax("positional argument follows keyword argument unpacking", closing_bracket(source, r))
                }
                ParseErrorType::IterableUnpackingInComprehension => syntax("iterable unpacking cannot be used in comprehension", r),
                ParseErrorType::InvalidArgumentUnpackingOrder => {
                    syntax("iterable argument unpacking follows keyword argument unpacking", r)
                }
                ParseErrorType::DuplicateKeywordArgumentError(name) => {
                    syntax(&format!("keyword argument repeated: {name}"), keyword_range(source, r))
                }
                ParseErrorType::NonDefaultParamAfterDefaultParam => syntax("non-default argument follows default argument", r),
                ParseErrorType::ParamAfterVarKeywordParam => syntax("arguments cannot follow var-keyword argument", r),
                ParseErrorType::VarParameterWithDefault => {
                    let before = source[..r.start().to_usize()].trim_end();
                    let name_start = before.trim_end_matches(|c: char| c.is_alphanumeric() || c == '_' || c == ':' || c == ' ');
                    let msg = if name_start.ends_with("**") || before.contains("**") && before.rfind("**") > before.rfind(',') {
                        "var-keyword argument cannot have default value"
                    } else {
                        "var-positional argument cannot have default value"
                    };
                    syntax(msg, r)
                }
                ParseErrorType::ExpectedExpression if source[..r.start().to_usize()].trim_end().ends_with('=') && in_params(source, r.start().to_usize()) => {
                    let eq = source[..r.start().to_usize()].trim_end().len() - 1;
                    err_at(index, filename, ErrorKind::SyntaxError, "expected default value expression", eq, eq + 1)
                }
                ParseErrorType::OtherError(m) if m == "Position-only parameter separator not allowed as first parameter" => {
                    syntax("at least one argument must precede /", r)
                }
                ParseErrorType::OtherError(m) if m == "Only one '/' separator allowed" => syntax("/ may appear only once", r),
                ParseErrorType::OtherError(m) if m == "'/' parameter must appear before '*' parameter" => syntax("/ must be ahead of *", r),
                ParseErrorType::OtherError(m) if m == "Only one '*' parameter allowed" => syntax("* argument may appear only once", r),
                ParseErrorType::OtherError(m) if m == "Trailing comma not allowed" => {
                    let next = next_token_start(source, r.end().to_usize());
                    err_at(index, filename, ErrorKind::SyntaxError, "trailing comma not allowed without surrounding parentheses", next, next)
                }
                ParseErrorType::OtherError(m) if m.starts_with("Only single target (not ") => {
                    syntax(&m.replacen("Only", "only", 1), r)
                }
                ParseErrorType::OtherError(m) if m == "Expected a parameter name" => match text {
                    "True" | "False" | "None" => syntax(&format!("cannot assign to {text}"), r),
                    _ => syntax("expression cannot contain assignment, perhaps you meant \"==\"?", r),
                },
                ParseErrorType::ExpectedKeywordParam => {
                    let next = next_token_start(source, r.end().to_usize());
                    if matches!(source.as_bytes().get(next), Some(b')' | b',' | b':')) {
                        syntax("named arguments must follow bare *", r)
                    } else {
                        generic(index, filename, source, TextRange::new(TextSize::new(next as u32), TextSize::new(next as u32 + 1)))
                    }
                }
                ParseErrorType::UnparenthesizedGeneratorExpression => syntax("Generator expression must be parenthesized", r),
                ParseErrorType::InvalidAssignmentTarget
                    if source[..r.start().to_usize()].trim_end().ends_with("for")
                        && matches!(expr_at(source, r), Some(Expr::Compare(ref c)) if c.ops[0] != ast::CmpOp::In) =>
                {
                    // A `for` target that is a comparison other than `in`: no specific message.
                    let Some(Expr::Compare(c)) = expr_at(source, r) else { unreachable!() };
                    let at = r.start().to_usize() + c.left.range().end().to_usize() - 1;
                    let op = next_token_start(source, at);
                    err_at(index, filename, ErrorKind::SyntaxError, "invalid syntax", op, op + 1)
                }
                ParseErrorType::InvalidAssignmentTarget => {
                    let e = expr_at(source, r);
                    let name = e.as_ref().map(|e| expr_name(invalid_target(e, false).unwrap_or(e))).unwrap_or("expression");
                    let outer = expand_parens(source, r);
                    let after = source[outer.end().to_usize()..].trim_start();
                    // CPython's "here. Maybe you meant '=='" rule only covers bitwise-or level
                    // expressions (not conditionals, comparisons, lambdas, boolean ops).
                    let simple = e.as_ref().is_some_and(|e| {
                        !matches!(
                            e,
                            Expr::List(_)
                                | Expr::Tuple(_)
                                | Expr::Generator(_)
                                | Expr::BooleanLiteral(_)
                                | Expr::NoneLiteral(_)
                                | Expr::If(_)
                                | Expr::Compare(_)
                                | Expr::Lambda(_)
                                | Expr::BoolOp(_)
                                | Expr::Named(_)
                        ) && !matches!(e, Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not)
                    }) && after.starts_with('=')
                        && !after.starts_with("==")
                        && is_statement_start(source, outer.start().to_usize());
                    let inner = e.as_ref().and_then(|x| invalid_target(x, false)).map(|x| x.range());
                    let parenthesized = source[..r.start().to_usize()].trim_end().ends_with('(');
                    let msg = if matches!(e, Some(Expr::Yield(_) | Expr::YieldFrom(_))) && !parenthesized {
                        "assignment to yield expression not possible".to_string()
                    } else if simple {
                        format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
                    } else {
                        format!("cannot assign to {name}")
                    };
                    let range = match inner {
                        Some(ir) if !simple && ir.start() >= TextSize::new(1) => (ir - TextSize::new(1)) + r.start(),
                        _ => r,
                    };
                    syntax(&msg, range)
                }
                ParseErrorType::InvalidDeleteTarget if text.starts_with('*') => syntax("cannot delete starred", r),
                ParseErrorType::InvalidDeleteTarget => {
                    let e = expr_at(source, r);
                    let name = e.as_ref().map(|e| expr_name(invalid_target(e, true).unwrap_or(e))).unwrap_or("expression");
                    syntax(&format!("cannot delete {name}"), r)
                }
                ParseErrorType::InvalidAugmentedAssignmentTarget => {
                    let e = expr_at(source, r);
                    let name = e.as_ref().map(expr_name).unwrap_or("expression");
                    syntax(&format!("'{name}' is an illegal expression for augmented assignment"), r)
                }
                ParseErrorType::InvalidAnnotatedAssignmentTarget => {
                    let e = expr_at(source, r);
                    match e.as_ref() {
                        Some(x @ (Expr::List(_) | Expr::Tuple(_))) => {
                            syntax(&format!("only single target (not {}) can be annotated", expr_name(x)), r)
                        }
                        _ => syntax("illegal target for annotation", r),
                    }
                }
                ParseErrorType::InvalidNamedAssignmentTarget => {
                    let e = expr_at(source, r);
                    let name = e.as_ref().map(expr_name).unwrap_or("expression");
                    syntax(&format!("cannot use assignment expressions with {name}"), r)
                }
                ParseErrorType::InvalidStarredExpressionUsage => {
                    if text.starts_with("**") {
                        generic(index, filename, source, r)
                    } else {
                        syntax("can't use starred expression here", r)
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
                    syntax(msg, r)
                }
                ParseErrorType::Lexical(l) => {
                    use ruff_python_parser::LexicalErrorType as L;
                    match l {
                        L::UnicodeError | L::MissingUnicodeLbrace | L::MissingUnicodeRbrace => {
                            syntax("(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape", r)
                        }
                        L::InvalidByteLiteral => syntax("bytes can only contain ASCII literal characters", r),
                        L::Eof => syntax("unexpected EOF while parsing", r),
                        _ => generic(index, filename, source, r),
                    }
                }
                ParseErrorType::OtherError(m)
                    if m.starts_with("Expected an expression or a") && text == "=" && !source[r.end().to_usize()..].starts_with('=') =>
                {
                    // `[z=3]`
                    let a = prev_token_start(source, r.start().to_usize());
                    let prev = &source[a..r.start().to_usize()];
                    if prev.trim().chars().all(|c| c.is_alphanumeric() || c == '_') && !prev.trim().is_empty() {
                        err_at(index, filename, ErrorKind::SyntaxError, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, r.end().to_usize())
                    } else {
                        generic(index, filename, source, r)
                    }
                }
                _ => generic(index, filename, source, r),
            }
        }
    }
}

/// "invalid syntax" at the token ruff stopped at, with CPython's special cases.
fn generic(index: &SourceIndex<'_>, filename: &str, source: &str, r: TextRange) -> CompileError {
    let start = r.start().to_usize();
    let line = index.line_of(start);
    let line_start = index.line_start(line);
    let line_text = index.line_text(line).unwrap_or_default();
    // `print "x"` → Missing parentheses.
    let stmt = line_text.trim_start();
    for kw in ["print", "exec"] {
        if let Some(rest) = stmt.strip_prefix(kw) {
            if rest.starts_with(' ') && !rest.trim_start().starts_with(['(', '=', '.', '[']) && !rest.trim().is_empty() {
                let indent = line_text.len() - stmt.len();
                let s = line_start + indent;
                let e = line_start + line_text.trim_end().len();
                return err_at(
                    index,
                    filename,
                    ErrorKind::SyntaxError,
                    format!("Missing parentheses in call to '{kw}'. Did you mean {kw}(...)?"),
                    s,
                    e,
                );
            }
        }
    }
    let end = if r.is_empty() { start } else { r.end().to_usize() };
    let _ = source;
    err_at(index, filename, ErrorKind::SyntaxError, "invalid syntax", start, end)
}

fn is_augassign(t: ruff_python_ast::token::TokenKind) -> bool {
    use ruff_python_ast::token::TokenKind as T;
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

fn line_start_of(source: &str, pos: usize) -> usize {
    let s = source[..pos].rfind('\n').map(|i| i + 1).unwrap_or(0);
    s + (source[s..pos].len() - source[s..pos].trim_start().len())
}

/// Start of the token that ends right before `pos`.
fn prev_token_start(source: &str, pos: usize) -> usize {
    let end = prev_token_end(source, pos);
    let b = source.as_bytes();
    let mut i = end;
    while i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_' || b[i - 1] >= 0x80) {
        i -= 1;
    }
    if i == end && end > 0 {
        i = end - 1;
    }
    i
}

fn next_token_start(source: &str, pos: usize) -> usize {
    let b = source.as_bytes();
    let mut i = pos;
    while i < b.len() && matches!(b[i], b' ' | b'\t') {
        i += 1;
    }
    i
}

/// Just after the bracket that opens the display containing `pos`.
fn open_bracket_start(source: &str, pos: usize) -> usize {
    let b = source.as_bytes();
    let mut i = pos;
    let mut depth = 0i32;
    while i > 0 {
        match b[i - 1] {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' => {
                if depth == 0 {
                    return next_token_start(source, i);
                }
                depth -= 1;
            }
            _ => {}
        }
        i -= 1;
    }
    pos
}

/// Whether `pos` is inside a `def (...)` or `lambda ...:` parameter list.
fn in_params(source: &str, pos: usize) -> bool {
    let line_start = source[..pos].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let line = &source[line_start..pos];
    line.contains("def ") || line.contains("lambda")
}

/// The `)` (or `]`, `}`) closing the bracket `r` sits in: CPython reports argument-order
/// errors at the last token it read.
fn closing_bracket(source: &str, r: TextRange) -> TextRange {
    let b = source.as_bytes();
    let mut depth = 0i32;
    let mut i = r.start().to_usize();
    while i < b.len() {
        match b[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                if depth == 0 {
                    return TextRange::new(TextSize::new(i as u32), TextSize::new(i as u32 + 1));
                }
                depth -= 1;
            }
            _ => {}
        }
        i += 1;
    }
    r
}

/// Start of the expression that ends right before `pos` (for "Perhaps you forgot a comma?").
fn prev_expr_start(source: &str, pos: usize) -> usize {
    let b = source.as_bytes();
    let mut i = prev_token_end(source, pos);
    let mut depth = 0i32;
    while i > 0 {
        let c = b[i - 1];
        match c {
            b')' | b']' | b'}' => depth += 1,
            b'(' | b'[' | b'{' => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            b',' | b':' | b';' | b'\n' if depth == 0 => break,
            b'=' if depth == 0 && !matches!(b.get(i.wrapping_sub(2)), Some(b'=' | b'!' | b'<' | b'>')) && b.get(i) != Some(&b'=') => break,
            _ => {}
        }
        i -= 1;
    }
    while i < pos && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

fn prev_token_end(source: &str, pos: usize) -> usize {
    let b = source.as_bytes();
    let mut i = pos.min(b.len());
    while i > 0 && matches!(b[i - 1], b' ' | b'\t' | b'\n' | b'\r' | b'\x0c') {
        i -= 1;
    }
    i
}

/// `r` widened over the parentheses that enclose exactly it.
fn expand_parens(source: &str, r: TextRange) -> TextRange {
    let b = source.as_bytes();
    let (mut s, mut e) = (r.start().to_usize(), r.end().to_usize());
    loop {
        let mut i = s;
        while i > 0 && matches!(b[i - 1], b' ' | b'\t') {
            i -= 1;
        }
        let mut j = e;
        while j < b.len() && matches!(b[j], b' ' | b'\t') {
            j += 1;
        }
        if i > 0 && b[i - 1] == b'(' && j < b.len() && b[j] == b')' {
            s = i - 1;
            e = j + 1;
        } else {
            return TextRange::new(TextSize::new(s as u32), TextSize::new(e as u32));
        }
    }
}

fn is_statement_start(source: &str, pos: usize) -> bool {
    let b = source.as_bytes();
    let mut i = pos.min(b.len());
    while i > 0 && matches!(b[i - 1], b' ' | b'\t') {
        i -= 1;
    }
    i == 0 || matches!(b[i - 1], b'\n' | b'\r' | b';')
}

/// The `name=value` keyword around a duplicate keyword's name.
fn keyword_range(source: &str, r: TextRange) -> TextRange {
    let b = source.as_bytes();
    let mut depth = 0i32;
    let mut i = r.end().to_usize();
    while i < b.len() {
        match b[i] {
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            b',' if depth == 0 => break,
            _ => {}
        }
        i += 1;
    }
    while i > r.end().to_usize() && matches!(b[i - 1], b' ' | b'\t' | b'\n') {
        i -= 1;
    }
    TextRange::new(r.start(), TextSize::new(i as u32))
}

/// The line of the compound statement header whose block is missing.
fn header_line(source: &str, index: &SourceIndex<'_>, pos: usize, kw: &str) -> u32 {
    let mut line = index.line_of(pos);
    while line > 1 {
        line -= 1;
        let text = index.line_text(line).unwrap_or_default();
        let t = text.trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let matches_kw = |t: &str| {
            t.starts_with(kw)
                || (kw == "def" && (t.starts_with("async def") || t.starts_with('@')))
                || (kw == "for" && t.starts_with("async for"))
                || (kw == "with" && t.starts_with("async with"))
        };
        if kw.is_empty() || matches_kw(t) {
            return line;
        }
        // A multi-line header: keep looking upward for its keyword.
        let _ = source;
    }
    index.line_of(pos).saturating_sub(1).max(1)
}
