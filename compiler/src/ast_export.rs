//! `compile(…, PyCF_ONLY_AST)` (so `ast.parse`): the parse tree as CPython 3.11's `ast`
//! nodes — its node names, field order, positions and desugarings (elif chains as nested
//! `If`s, joined f-string pieces, the `def` line of a decorated function) — serialized for
//! the VM's `_ast` module, which rebuilds the Python objects (`vm/src/modules/ast.rs`).
//!
//! Blob format: one value, each a tag byte and its data. `N` node: the class name (u8
//! length, ASCII), the field count (u8), `1` and four LEB128 varints (lineno, col_offset,
//! end_lineno, end_col_offset) or `0`, then one value per field in `_fields` order. `S` a
//! field-less node that CPython shares (Load, Add…): the name only. `L` list: varint count,
//! items. `Z` None. `T`/`F` True/False. `E` Ellipsis. `s` str and `b` bytes: varint length,
//! bytes. `i` int: zigzag varint. `I` int: varint length, decimal digits. `f` float: f64
//! LE. `j` complex: two f64 LE.

use crate::error::{CompileError, SourceIndex};
use crate::syntax::{Parsed, ParsedModule};
use crate::Mode;
use ruff_python_ast::{self as ast, Expr, Number, Pattern, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

/// Parses `source` and returns the blob of its `ast.Module`, `ast.Expression` or
/// `ast.Interactive` (for `mode` exec, eval, single).
pub(crate) fn export(source: &str, filename: &str, mode: Mode) -> Result<Vec<u8>, CompileError> {
    let index = SourceIndex::new(source, mode);
    let parsed: Parsed = crate::syntax::parse(source, &index, filename, mode)?;
    let mut w = Writer { out: Vec::new(), index: &index };
    match (&parsed.module, mode) {
        (ParsedModule::Expression(e), _) => {
            w.node("Expression", 1, None);
            w.expr(&e.body);
        }
        (ParsedModule::Module(m), Mode::Single) => {
            w.node("Interactive", 1, None);
            w.stmts(&m.body);
        }
        (ParsedModule::Module(m), _) => {
            w.node("Module", 2, None);
            w.stmts(&m.body);
            w.empty_list();
        }
    }
    Ok(w.out)
}

struct Writer<'a> {
    out: Vec<u8>,
    index: &'a SourceIndex<'a>,
}

impl Writer<'_> {
    fn varint(&mut self, mut v: u64) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.out.push(b);
                return;
            }
            self.out.push(b | 0x80);
        }
    }

    /// A node header: `nfields` values must follow.
    fn node(&mut self, name: &str, nfields: u8, range: Option<TextRange>) {
        self.out.push(b'N');
        self.out.push(name.len() as u8);
        self.out.extend_from_slice(name.as_bytes());
        self.out.push(nfields);
        match range {
            Some(r) => {
                self.out.push(1);
                for off in [r.start(), r.end()] {
                    let off = off.to_usize();
                    let line = self.index.line_of(off);
                    self.varint(line as u64);
                    self.varint((off - self.index.line_start(line).min(off)) as u64);
                }
            }
            None => self.out.push(0),
        }
    }

    fn singleton(&mut self, name: &str) {
        self.out.push(b'S');
        self.out.push(name.len() as u8);
        self.out.extend_from_slice(name.as_bytes());
    }

    fn none(&mut self) {
        self.out.push(b'Z');
    }

    fn str(&mut self, s: &str) {
        self.out.push(b's');
        self.varint(s.len() as u64);
        self.out.extend_from_slice(s.as_bytes());
    }

    fn int(&mut self, i: i64) {
        self.out.push(b'i');
        self.varint(((i << 1) ^ (i >> 63)) as u64);
    }

    fn list<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.out.push(b'L');
        self.varint(items.len() as u64);
        for it in items {
            f(self, it);
        }
    }

    fn empty_list(&mut self) {
        self.out.extend_from_slice(&[b'L', 0]);
    }

    fn opt_expr(&mut self, e: Option<&Expr>) {
        match e {
            Some(e) => self.expr(e),
            None => self.none(),
        }
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.none(),
        }
    }

    fn exprs(&mut self, es: &[Expr]) {
        self.list(es, |w, e| w.expr(e));
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        self.list(ss, |w, s| w.stmt(s));
    }

    fn names(&mut self, ids: &[ast::Identifier]) {
        self.list(ids, |w, i| w.str(i.as_str()));
    }

    // ---- statements ----

    fn stmt(&mut self, s: &Stmt) {
        let r = if is_compound(s) { Some(self.block_range(s.range())) } else { Some(s.range()) };
        match s {
            Stmt::FunctionDef(f) => {
                let start = after_decorators(self.index.source, &f.decorator_list, f.range.start());
                self.node(if f.is_async { "AsyncFunctionDef" } else { "FunctionDef" }, 6, r.map(|r| TextRange::new(start, r.end())));
                self.str(f.name.as_str());
                self.arguments(Some(&f.parameters));
                self.stmts(&f.body);
                self.list(&f.decorator_list, |w, d| w.expr(&d.expression));
                self.opt_expr(f.returns.as_deref());
                self.none();
            }
            Stmt::ClassDef(c) => {
                let start = after_decorators(self.index.source, &c.decorator_list, c.range.start());
                self.node("ClassDef", 5, r.map(|r| TextRange::new(start, r.end())));
                self.str(c.name.as_str());
                let (args, kws): (&[Expr], &[ast::Keyword]) = match &c.arguments {
                    Some(a) => (&a.args, &a.keywords),
                    None => (&[], &[]),
                };
                self.exprs(args);
                self.list(kws, |w, k| w.keyword(k));
                self.stmts(&c.body);
                self.list(&c.decorator_list, |w, d| w.expr(&d.expression));
            }
            Stmt::Return(x) => {
                self.node("Return", 1, r);
                self.opt_expr(x.value.as_deref());
            }
            Stmt::Delete(x) => {
                self.node("Delete", 1, r);
                self.exprs(&x.targets);
            }
            Stmt::Assign(x) => {
                self.node("Assign", 3, r);
                self.exprs(&x.targets);
                self.expr(&x.value);
                self.none();
            }
            Stmt::AugAssign(x) => {
                self.node("AugAssign", 3, r);
                self.expr(&x.target);
                self.singleton(operator(x.op));
                self.expr(&x.value);
            }
            Stmt::AnnAssign(x) => {
                self.node("AnnAssign", 4, r);
                self.expr(&x.target);
                self.expr(&x.annotation);
                self.opt_expr(x.value.as_deref());
                self.int(x.simple as i64);
            }
            Stmt::For(x) => {
                self.node(if x.is_async { "AsyncFor" } else { "For" }, 5, r);
                self.expr(&x.target);
                self.expr(&x.iter);
                self.stmts(&x.body);
                self.stmts(&x.orelse);
                self.none();
            }
            Stmt::While(x) => {
                self.node("While", 3, r);
                self.expr(&x.test);
                self.stmts(&x.body);
                self.stmts(&x.orelse);
            }
            Stmt::If(x) => self.if_chain(&x.test, &x.body, &x.elif_else_clauses, r.unwrap_or(x.range)),
            Stmt::With(x) => {
                self.node(if x.is_async { "AsyncWith" } else { "With" }, 3, r);
                self.list(&x.items, |w, i| {
                    w.node("withitem", 2, None);
                    w.expr(&i.context_expr);
                    w.opt_expr(i.optional_vars.as_deref());
                });
                self.stmts(&x.body);
                self.none();
            }
            Stmt::Match(x) => {
                self.node("Match", 2, r);
                self.expr(&x.subject);
                self.list(&x.cases, |w, c| {
                    w.node("match_case", 3, None);
                    w.pattern(&c.pattern);
                    w.opt_expr(c.guard.as_deref());
                    w.stmts(&c.body);
                });
            }
            Stmt::Raise(x) => {
                self.node("Raise", 2, r);
                self.opt_expr(x.exc.as_deref());
                self.opt_expr(x.cause.as_deref());
            }
            Stmt::Try(x) => {
                self.node(if x.is_star { "TryStar" } else { "Try" }, 4, r);
                self.stmts(&x.body);
                self.list(&x.handlers, |w, h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    let hr = w.block_range(h.range);
                    w.node("ExceptHandler", 3, Some(hr));
                    w.opt_expr(h.type_.as_deref());
                    w.opt_str(h.name.as_ref().map(|n| n.as_str()));
                    w.stmts(&h.body);
                });
                self.stmts(&x.orelse);
                self.stmts(&x.finalbody);
            }
            Stmt::Assert(x) => {
                self.node("Assert", 2, r);
                self.expr(&x.test);
                self.opt_expr(x.msg.as_deref());
            }
            Stmt::Import(x) => {
                self.node("Import", 1, r);
                self.list(&x.names, |w, a| w.alias(a));
            }
            Stmt::ImportFrom(x) => {
                self.node("ImportFrom", 3, r);
                self.opt_str(x.module.as_ref().map(|m| m.as_str()));
                self.list(&x.names, |w, a| w.alias(a));
                self.int(x.level as i64);
            }
            Stmt::Global(x) => {
                self.node("Global", 1, r);
                self.names(&x.names);
            }
            Stmt::Nonlocal(x) => {
                self.node("Nonlocal", 1, r);
                self.names(&x.names);
            }
            Stmt::Expr(x) => {
                self.node("Expr", 1, r);
                self.expr(&x.value);
            }
            Stmt::Break(_) => self.node("Break", 0, r),
            Stmt::Continue(_) => self.node("Continue", 0, r),
            // Pass, and what a 3.11 parse never produces (type aliases, IPython escapes).
            _ => self.node("Pass", 0, r),
        }
    }

    /// A compound statement's range as CPython ends it: at the last token of its block, which
    /// is a `;` after the last simple statement when there is one.
    fn block_range(&self, r: TextRange) -> TextRange {
        let b = self.index.source.as_bytes();
        let mut i = r.end().to_usize();
        while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\x0c') {
            i += 1;
        }
        if b.get(i) == Some(&b';') {
            return TextRange::new(r.start(), TextSize::new(i as u32 + 1));
        }
        r
    }

    /// `if`/`elif`/`else` as CPython nests it: each `elif` is an `If` alone in the previous
    /// one's `orelse`, from its keyword to the end of the statement.
    fn if_chain(&mut self, test: &Expr, body: &[Stmt], rest: &[ast::ElifElseClause], range: TextRange) {
        self.node("If", 3, Some(range));
        self.expr(test);
        self.stmts(body);
        match rest.split_first() {
            None => self.empty_list(),
            Some((c, more)) => match &c.test {
                Some(t) => {
                    self.out.push(b'L');
                    self.varint(1);
                    self.if_chain(t, &c.body, more, TextRange::new(c.range.start(), range.end()));
                }
                None => self.stmts(&c.body),
            },
        }
    }

    fn alias(&mut self, a: &ast::Alias) {
        self.node("alias", 2, Some(a.range));
        self.str(a.name.as_str());
        self.opt_str(a.asname.as_ref().map(|n| n.as_str()));
    }

    fn keyword(&mut self, k: &ast::Keyword) {
        self.node("keyword", 2, Some(k.range));
        self.opt_str(k.arg.as_ref().map(|a| a.as_str()));
        self.expr(&k.value);
    }

    fn arg(&mut self, p: &ast::Parameter) {
        // CPython's position of `*args` starts at the name.
        self.node("arg", 3, Some(TextRange::new(p.name.range.start(), p.range.end())));
        self.str(p.name.as_str());
        self.opt_expr(p.annotation.as_deref());
        self.none();
    }

    fn arguments(&mut self, p: Option<&ast::Parameters>) {
        self.node("arguments", 7, None);
        let Some(p) = p else {
            // `lambda: …`: empty lists, no vararg (field 2) or kwarg (field 5).
            for k in 0..7 {
                if k == 2 || k == 5 {
                    self.none();
                } else {
                    self.empty_list();
                }
            }
            return;
        };
        self.list(&p.posonlyargs, |w, a| w.arg(&a.parameter));
        self.list(&p.args, |w, a| w.arg(&a.parameter));
        match &p.vararg {
            Some(v) => self.arg(v),
            None => self.none(),
        }
        self.list(&p.kwonlyargs, |w, a| w.arg(&a.parameter));
        self.list(&p.kwonlyargs, |w, a| w.opt_expr(a.default.as_deref()));
        match &p.kwarg {
            Some(v) => self.arg(v),
            None => self.none(),
        }
        let defaults: Vec<&Expr> = p.posonlyargs.iter().chain(&p.args).filter_map(|a| a.default.as_deref()).collect();
        self.list(&defaults, |w, e| w.expr(e));
    }

    fn comprehensions(&mut self, gens: &[ast::Comprehension]) {
        self.list(gens, |w, g| {
            w.node("comprehension", 4, None);
            w.expr(&g.target);
            w.expr(&g.iter);
            w.exprs(&g.ifs);
            w.int(g.is_async as i64);
        });
    }

    // ---- expressions ----

    fn expr(&mut self, e: &Expr) {
        self.expr_at(e, e.range());
    }

    fn ctx(&mut self, c: ast::ExprContext) {
        self.singleton(match c {
            ast::ExprContext::Store => "Store",
            ast::ExprContext::Del => "Del",
            _ => "Load",
        });
    }

    fn constant(&mut self, range: TextRange, value: impl FnOnce(&mut Self), kind: Option<&str>) {
        self.node("Constant", 2, Some(range));
        value(self);
        self.opt_str(kind);
    }

    /// An expression with position `r` (its own, except a generator expression that is a
    /// call's only argument, which CPython positions over the call's parentheses).
    fn expr_at(&mut self, e: &Expr, r: TextRange) {
        let r0 = Some(r);
        match e {
            Expr::BoolOp(x) => {
                self.node("BoolOp", 2, r0);
                self.singleton(if x.op == ast::BoolOp::And { "And" } else { "Or" });
                self.exprs(&x.values);
            }
            Expr::Named(x) => {
                self.node("NamedExpr", 2, r0);
                self.expr(&x.target);
                self.expr(&x.value);
            }
            Expr::BinOp(x) => {
                self.node("BinOp", 3, r0);
                self.expr(&x.left);
                self.singleton(operator(x.op));
                self.expr(&x.right);
            }
            Expr::UnaryOp(x) => {
                self.node("UnaryOp", 2, r0);
                self.singleton(match x.op {
                    ast::UnaryOp::Invert => "Invert",
                    ast::UnaryOp::Not => "Not",
                    ast::UnaryOp::UAdd => "UAdd",
                    ast::UnaryOp::USub => "USub",
                });
                self.expr(&x.operand);
            }
            Expr::Lambda(x) => {
                self.node("Lambda", 2, r0);
                self.arguments(x.parameters.as_deref());
                self.expr(&x.body);
            }
            Expr::If(x) => {
                self.node("IfExp", 3, r0);
                self.expr(&x.test);
                self.expr(&x.body);
                self.expr(&x.orelse);
            }
            Expr::Dict(x) => {
                self.node("Dict", 2, r0);
                self.list(&x.items, |w, i| w.opt_expr(i.key.as_ref()));
                self.list(&x.items, |w, i| w.expr(&i.value));
            }
            Expr::Set(x) => {
                self.node("Set", 1, r0);
                self.exprs(&x.elts);
            }
            Expr::ListComp(x) => {
                self.node("ListComp", 2, r0);
                self.expr(&x.elt);
                self.comprehensions(&x.generators);
            }
            Expr::SetComp(x) => {
                self.node("SetComp", 2, r0);
                self.expr(&x.elt);
                self.comprehensions(&x.generators);
            }
            Expr::DictComp(x) => {
                self.node("DictComp", 3, r0);
                self.expr(&x.key);
                self.expr(&x.value);
                self.comprehensions(&x.generators);
            }
            Expr::Generator(x) => {
                self.node("GeneratorExp", 2, r0);
                self.expr(&x.elt);
                self.comprehensions(&x.generators);
            }
            Expr::Await(x) => {
                self.node("Await", 1, r0);
                self.expr(&x.value);
            }
            Expr::Yield(x) => {
                self.node("Yield", 1, r0);
                self.opt_expr(x.value.as_deref());
            }
            Expr::YieldFrom(x) => {
                self.node("YieldFrom", 1, r0);
                self.expr(&x.value);
            }
            Expr::Compare(x) => {
                self.node("Compare", 3, r0);
                self.expr(&x.left);
                self.list(&x.ops, |w, op| w.singleton(cmpop(*op)));
                self.exprs(&x.comparators);
            }
            Expr::Call(x) => {
                self.node("Call", 3, r0);
                self.expr(&x.func);
                let a = &x.arguments;
                match &a.args[..] {
                    [g @ Expr::Generator(gen)] if !gen.parenthesized && a.keywords.is_empty() => {
                        self.out.push(b'L');
                        self.varint(1);
                        self.expr_at(g, a.range);
                    }
                    args => self.exprs(args),
                }
                self.list(&a.keywords, |w, k| w.keyword(k));
            }
            Expr::FString(x) => self.fstring(x),
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => self.constant(r, |w| w.none(), None),
            Expr::StringLiteral(x) => {
                let kind = x.value.is_unicode().then_some("u");
                self.constant(r, |w| w.str(x.value.to_str()), kind);
            }
            Expr::BytesLiteral(x) => {
                let bytes: Vec<u8> = x.value.bytes().collect();
                self.constant(
                    r,
                    |w| {
                        w.out.push(b'b');
                        w.varint(bytes.len() as u64);
                        w.out.extend_from_slice(&bytes);
                    },
                    None,
                );
            }
            Expr::NumberLiteral(x) => {
                let text = &self.index.source[x.range.start().to_usize()..x.range.end().to_usize()];
                self.constant(r, |w| w.number(&x.value, text), None);
            }
            Expr::BooleanLiteral(x) => self.constant(r, |w| w.out.push(if x.value { b'T' } else { b'F' }), None),
            Expr::NoneLiteral(_) => self.constant(r, |w| w.none(), None),
            Expr::EllipsisLiteral(_) => self.constant(r, |w| w.out.push(b'E'), None),
            Expr::Attribute(x) => {
                self.node("Attribute", 3, r0);
                self.expr(&x.value);
                self.str(x.attr.as_str());
                self.ctx(x.ctx);
            }
            Expr::Subscript(x) => {
                self.node("Subscript", 3, r0);
                self.expr(&x.value);
                self.expr(&x.slice);
                self.ctx(x.ctx);
            }
            Expr::Starred(x) => {
                self.node("Starred", 2, r0);
                self.expr(&x.value);
                self.ctx(x.ctx);
            }
            Expr::Name(x) => {
                self.node("Name", 2, r0);
                self.str(x.id.as_str());
                self.ctx(x.ctx);
            }
            Expr::List(x) => {
                self.node("List", 2, r0);
                self.exprs(&x.elts);
                self.ctx(x.ctx);
            }
            Expr::Tuple(x) => {
                self.node("Tuple", 2, r0);
                self.exprs(&x.elts);
                self.ctx(x.ctx);
            }
            Expr::Slice(x) => {
                self.node("Slice", 3, r0);
                self.opt_expr(x.lower.as_deref());
                self.opt_expr(x.upper.as_deref());
                self.opt_expr(x.step.as_deref());
            }
        }
    }

    fn number(&mut self, n: &Number, text: &str) {
        match n {
            Number::Int(i) => match i.as_i64() {
                Some(v) => self.int(v),
                None => {
                    let digits = crate::fold::parse_int_literal(text).map(|b| b.to_string()).unwrap_or_else(|| "0".into());
                    self.out.push(b'I');
                    self.varint(digits.len() as u64);
                    self.out.extend_from_slice(digits.as_bytes());
                }
            },
            Number::Float(f) => {
                self.out.push(b'f');
                self.out.extend_from_slice(&f.to_le_bytes());
            }
            Number::Complex { real, imag } => {
                self.out.push(b'j');
                self.out.extend_from_slice(&real.to_le_bytes());
                self.out.extend_from_slice(&imag.to_le_bytes());
            }
        }
    }

    /// `JoinedStr`: literal pieces merged across implicitly concatenated parts; every piece
    /// and field positioned at the whole expression, format specs at their f-string part,
    /// as CPython 3.11 does. `own` is the node's position, `whole` its pieces'.
    fn fstring(&mut self, x: &ast::ExprFString) {
        let mut pieces: Vec<Piece<'_>> = Vec::new();
        for part in x.value.as_slice() {
            match part {
                ast::FStringPart::Literal(l) => push_lit(&mut pieces, &l.value),
                ast::FStringPart::FString(f) => collect(self.index.source, &f.elements, f.range, &mut pieces),
            }
        }
        self.joined(&pieces, x.range, x.range);
    }

    fn joined(&mut self, pieces: &[Piece<'_>], own: TextRange, whole: TextRange) {
        self.node("JoinedStr", 1, Some(own));
        self.list(pieces, |w, p| match p {
            Piece::Lit(s) => w.constant(whole, |w| w.str(s), None),
            Piece::Field { expr, conversion, spec, part } => {
                w.node("FormattedValue", 3, Some(whole));
                match expr {
                    // 3.11 parses a field as `(text)`, so a bare tuple spans the parentheses,
                    // which land on the braces.
                    Expr::Tuple(t) if !t.parenthesized => {
                        let b = w.index.source.as_bytes();
                        let (mut s, mut e) = (t.range.start().to_usize(), t.range.end().to_usize());
                        while s > 0 && b[s - 1].is_ascii_whitespace() {
                            s -= 1;
                        }
                        while e < b.len() && b[e].is_ascii_whitespace() {
                            e += 1;
                        }
                        w.expr_at(expr, TextRange::new(TextSize::new(s.saturating_sub(1) as u32), TextSize::new((e + 1).min(b.len()) as u32)));
                    }
                    _ => w.expr(expr),
                }
                w.int(*conversion);
                match spec {
                    Some(spec) => {
                        let mut sp = Vec::new();
                        collect(w.index.source, &spec.elements, *part, &mut sp);
                        // A spec of literal text alone is positioned at its part too.
                        let at = if sp.iter().any(|p| matches!(p, Piece::Field { .. })) { whole } else { *part };
                        w.joined(&sp, *part, at);
                    }
                    None => w.none(),
                }
            }
        });
    }

    // ---- patterns ----

    fn pattern(&mut self, p: &Pattern) {
        let r = Some(p.range());
        match p {
            Pattern::MatchValue(x) => {
                self.node("MatchValue", 1, r);
                self.expr(&x.value);
            }
            Pattern::MatchSingleton(x) => {
                self.node("MatchSingleton", 1, r);
                match x.value {
                    ast::Singleton::None => self.none(),
                    ast::Singleton::True => self.out.push(b'T'),
                    ast::Singleton::False => self.out.push(b'F'),
                }
            }
            Pattern::MatchSequence(x) => {
                self.node("MatchSequence", 1, r);
                self.list(&x.patterns, |w, p| w.pattern(p));
            }
            Pattern::MatchMapping(x) => {
                self.node("MatchMapping", 3, r);
                self.exprs(&x.keys);
                self.list(&x.patterns, |w, p| w.pattern(p));
                self.opt_str(x.rest.as_ref().map(|n| n.as_str()));
            }
            Pattern::MatchClass(x) => {
                self.node("MatchClass", 4, r);
                self.expr(&x.cls);
                self.list(&x.arguments.patterns, |w, p| w.pattern(p));
                self.list(&x.arguments.keywords, |w, k| w.str(k.attr.as_str()));
                self.list(&x.arguments.keywords, |w, k| w.pattern(&k.pattern));
            }
            Pattern::MatchStar(x) => {
                self.node("MatchStar", 1, r);
                self.opt_str(x.name.as_ref().map(|n| n.as_str()));
            }
            Pattern::MatchAs(x) => {
                self.node("MatchAs", 2, r);
                match &x.pattern {
                    Some(p) => self.pattern(p),
                    None => self.none(),
                }
                self.opt_str(x.name.as_ref().map(|n| n.as_str()));
            }
            Pattern::MatchOr(x) => {
                self.node("MatchOr", 1, r);
                self.list(&x.patterns, |w, p| w.pattern(p));
            }
        }
    }
}

enum Piece<'a> {
    Lit(String),
    Field { expr: &'a Expr, conversion: i64, spec: Option<&'a ast::InterpolatedStringFormatSpec>, part: TextRange },
}

fn push_lit(pieces: &mut Vec<Piece<'_>>, s: &str) {
    if s.is_empty() {
        return;
    }
    match pieces.last_mut() {
        Some(Piece::Lit(l)) => l.push_str(s),
        _ => pieces.push(Piece::Lit(s.to_string())),
    }
}

/// The pieces of one f-string part; `f"{x=}"` adds the text `x=` and converts with repr
/// unless there is a conversion or a format spec.
fn collect<'a>(source: &str, elements: &'a ast::InterpolatedStringElements, part: TextRange, pieces: &mut Vec<Piece<'a>>) {
    for el in elements.iter() {
        match el {
            ast::InterpolatedStringElement::Literal(l) => push_lit(pieces, &l.value),
            ast::InterpolatedStringElement::Interpolation(i) => {
                let mut conversion = i.conversion as i8 as i64;
                if let Some(dbg) = &i.debug_text {
                    let r = i.expression.range();
                    push_lit(pieces, &format!("{}{}{}", dbg.leading, &source[r.start().to_usize()..r.end().to_usize()], dbg.trailing));
                    if i.conversion == ast::ConversionFlag::None && i.format_spec.is_none() {
                        conversion = b'r' as i64;
                    }
                }
                pieces.push(Piece::Field { expr: &i.expression, conversion, spec: i.format_spec.as_deref(), part });
            }
        }
    }
}

/// Where CPython starts a decorated definition: its `def`/`async`/`class` keyword, the first
/// token after the last decorator.
fn after_decorators(source: &str, decorators: &[ast::Decorator], start: TextSize) -> TextSize {
    let Some(last) = decorators.last() else { return start };
    let b = source.as_bytes();
    let mut i = last.range.end().to_usize();
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\x0c' | b'\r' | b'\n' | b'\\' => i += 1,
            b'#' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
            }
            _ => break,
        }
    }
    TextSize::new(i as u32)
}

/// Statements with a block (whose range ends where the block does).
fn is_compound(s: &Stmt) -> bool {
    matches!(s, Stmt::FunctionDef(_) | Stmt::ClassDef(_) | Stmt::For(_) | Stmt::While(_) | Stmt::If(_) | Stmt::With(_) | Stmt::Match(_) | Stmt::Try(_))
}

fn operator(op: ast::Operator) -> &'static str {
    use ast::Operator::*;
    match op {
        Add => "Add",
        Sub => "Sub",
        Mult => "Mult",
        MatMult => "MatMult",
        Div => "Div",
        Mod => "Mod",
        Pow => "Pow",
        LShift => "LShift",
        RShift => "RShift",
        BitOr => "BitOr",
        BitXor => "BitXor",
        BitAnd => "BitAnd",
        FloorDiv => "FloorDiv",
    }
}

fn cmpop(op: ast::CmpOp) -> &'static str {
    use ast::CmpOp::*;
    match op {
        Eq => "Eq",
        NotEq => "NotEq",
        Lt => "Lt",
        LtE => "LtE",
        Gt => "Gt",
        GtE => "GtE",
        Is => "Is",
        IsNot => "IsNot",
        In => "In",
        NotIn => "NotIn",
    }
}
