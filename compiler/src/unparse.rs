//! Expression → source text, for annotations under `from __future__ import annotations`
//! (CPython's `Python/ast_unparse.c`, which `ast.unparse` mostly agrees with).

use crate::fold::{bytes_repr, float_repr, parse_int_literal, str_repr};
use ruff_python_ast::{self as ast, CmpOp, Expr, Number, Operator, UnaryOp};

// Precedence levels, lowest first.
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_EXPR: u8 = 6;
const PR_BOR: u8 = 6;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

pub(crate) fn unparse_annotation(e: &Expr, source: &str) -> String {
    let mut u = Unparser { out: String::new(), source, depth: 0 };
    u.expr(e, PR_TEST);
    u.out
}

struct Unparser<'s> {
    out: String,
    source: &'s str,
    depth: u32,
}

impl Unparser<'_> {
    fn s(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn open(&mut self, cond: bool) {
        if cond {
            self.out.push('(');
        }
    }

    fn close(&mut self, cond: bool) {
        if cond {
            self.out.push(')');
        }
    }

    fn expr(&mut self, e: &Expr, level: u8) {
        self.depth += 1;
        if self.depth > 500 {
            self.s("...");
            self.depth -= 1;
            return;
        }
        self.expr_inner(e, level);
        self.depth -= 1;
    }

    fn expr_inner(&mut self, e: &Expr, level: u8) {
        match e {
            Expr::BoolOp(b) => {
                let (op, pr) = if b.op == ast::BoolOp::And { (" and ", PR_AND) } else { (" or ", PR_OR) };
                self.open(level > pr);
                for (i, v) in b.values.iter().enumerate() {
                    if i > 0 {
                        self.s(op);
                    }
                    self.expr(v, pr + 1);
                }
                self.close(level > pr);
            }
            Expr::BinOp(b) => {
                let (op, pr) = match b.op {
                    Operator::Add => (" + ", PR_ARITH),
                    Operator::Sub => (" - ", PR_ARITH),
                    Operator::Mult => (" * ", PR_TERM),
                    Operator::MatMult => (" @ ", PR_TERM),
                    Operator::Div => (" / ", PR_TERM),
                    Operator::Mod => (" % ", PR_TERM),
                    Operator::LShift => (" << ", PR_SHIFT),
                    Operator::RShift => (" >> ", PR_SHIFT),
                    Operator::BitOr => (" | ", PR_BOR),
                    Operator::BitXor => (" ^ ", PR_BXOR),
                    Operator::BitAnd => (" & ", PR_BAND),
                    Operator::FloorDiv => (" // ", PR_TERM),
                    Operator::Pow => (" ** ", PR_POWER),
                };
                let rassoc = b.op == Operator::Pow;
                self.open(level > pr);
                self.expr(&b.left, pr + rassoc as u8);
                self.s(op);
                self.expr(&b.right, pr + !rassoc as u8);
                self.close(level > pr);
            }
            Expr::UnaryOp(u) => {
                let (op, pr) = match u.op {
                    UnaryOp::Invert => ("~", PR_FACTOR),
                    UnaryOp::Not => ("not ", PR_NOT),
                    UnaryOp::UAdd => ("+", PR_FACTOR),
                    UnaryOp::USub => ("-", PR_FACTOR),
                };
                self.open(level > pr);
                self.s(op);
                self.expr(&u.operand, pr);
                self.close(level > pr);
            }
            Expr::Lambda(l) => {
                self.open(level > PR_TEST);
                let has_args = l.parameters.as_ref().is_some_and(|p| {
                    !(p.posonlyargs.is_empty() && p.args.is_empty() && p.vararg.is_none() && p.kwonlyargs.is_empty() && p.kwarg.is_none())
                });
                self.s("lambda");
                if has_args {
                    self.s(" ");
                    if let Some(p) = &l.parameters {
                        self.params(p);
                    }
                }
                self.s(": ");
                self.expr(&l.body, PR_TEST);
                self.close(level > PR_TEST);
            }
            Expr::If(i) => {
                self.open(level > PR_TEST);
                self.expr(&i.body, PR_TEST + 1);
                self.s(" if ");
                self.expr(&i.test, PR_TEST + 1);
                self.s(" else ");
                self.expr(&i.orelse, PR_TEST);
                self.close(level > PR_TEST);
            }
            Expr::Dict(d) => {
                self.s("{");
                for (i, item) in d.items.iter().enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    match &item.key {
                        Some(k) => {
                            self.expr(k, PR_TEST);
                            self.s(": ");
                            self.expr(&item.value, PR_TEST);
                        }
                        None => {
                            self.s("**");
                            self.expr(&item.value, PR_EXPR);
                        }
                    }
                }
                self.s("}");
            }
            Expr::Set(s) => {
                if s.elts.is_empty() {
                    self.s("{*()}");
                } else {
                    self.s("{");
                    self.seq(&s.elts);
                    self.s("}");
                }
            }
            Expr::ListComp(c) => {
                self.s("[");
                self.expr(&c.elt, PR_TEST);
                self.comprehensions(&c.generators);
                self.s("]");
            }
            Expr::SetComp(c) => {
                self.s("{");
                self.expr(&c.elt, PR_TEST);
                self.comprehensions(&c.generators);
                self.s("}");
            }
            Expr::DictComp(c) => {
                self.s("{");
                self.expr(&c.key, PR_TEST);
                self.s(": ");
                self.expr(&c.value, PR_TEST);
                self.comprehensions(&c.generators);
                self.s("}");
            }
            Expr::Generator(g) => {
                self.s("(");
                self.expr(&g.elt, PR_TEST);
                self.comprehensions(&g.generators);
                self.s(")");
            }
            Expr::Await(a) => {
                self.open(level > PR_AWAIT);
                self.s("await ");
                self.expr(&a.value, PR_ATOM);
                self.close(level > PR_AWAIT);
            }
            Expr::Yield(y) => match &y.value {
                None => self.s("(yield)"),
                Some(v) => {
                    self.s("(yield ");
                    self.expr(v, PR_TEST);
                    self.s(")");
                }
            },
            Expr::YieldFrom(y) => {
                self.s("(yield from ");
                self.expr(&y.value, PR_TEST);
                self.s(")");
            }
            Expr::Compare(c) => {
                self.open(level > PR_CMP);
                self.expr(&c.left, PR_CMP + 1);
                for (op, x) in c.ops.iter().zip(c.comparators.iter()) {
                    let s = match op {
                        CmpOp::Eq => " == ",
                        CmpOp::NotEq => " != ",
                        CmpOp::Lt => " < ",
                        CmpOp::LtE => " <= ",
                        CmpOp::Gt => " > ",
                        CmpOp::GtE => " >= ",
                        CmpOp::Is => " is ",
                        CmpOp::IsNot => " is not ",
                        CmpOp::In => " in ",
                        CmpOp::NotIn => " not in ",
                    };
                    self.s(s);
                    self.expr(x, PR_CMP + 1);
                }
                self.close(level > PR_CMP);
            }
            Expr::Call(c) => {
                self.expr(&c.func, PR_ATOM);
                let args = &c.arguments.args;
                let kws = &c.arguments.keywords;
                if args.len() == 1 && kws.is_empty() {
                    if let Expr::Generator(_) = &args[0] {
                        self.expr(&args[0], PR_TEST);
                        return;
                    }
                }
                self.s("(");
                let mut first = true;
                for a in args.iter() {
                    if !first {
                        self.s(", ");
                    }
                    first = false;
                    self.expr(a, PR_TEST);
                }
                for k in kws.iter() {
                    if !first {
                        self.s(", ");
                    }
                    first = false;
                    match &k.arg {
                        Some(n) => {
                            self.s(n);
                            self.s("=");
                        }
                        None => self.s("**"),
                    }
                    self.expr(&k.value, PR_TEST);
                }
                self.s(")");
            }
            Expr::FString(f) => self.fstring(f),
            Expr::TString(_) => self.s("t''"),
            Expr::StringLiteral(s) => {
                let r = str_repr(s.value.to_str());
                self.s(&r);
            }
            Expr::BytesLiteral(b) => {
                let v: Vec<u8> = b.value.bytes().collect();
                let r = bytes_repr(&v);
                self.s(&r);
            }
            Expr::NumberLiteral(n) => match &n.value {
                Number::Int(i) => match i.as_u64() {
                    Some(v) => self.s(&v.to_string()),
                    None => {
                        let text = &self.source[n.range.start().to_usize()..n.range.end().to_usize()];
                        let v = parse_int_literal(text).map(|b| b.to_string()).unwrap_or_else(|| text.to_string());
                        self.s(&v);
                    }
                },
                Number::Float(f) => {
                    let r = if f.is_infinite() { "1e309".to_string() } else { float_repr(*f) };
                    self.s(&r);
                }
                Number::Complex { imag, .. } => {
                    let r = if imag.is_infinite() { "1e309j".to_string() } else { format!("{}j", float_repr_j(*imag)) };
                    self.s(&r);
                }
            },
            Expr::BooleanLiteral(b) => self.s(if b.value { "True" } else { "False" }),
            Expr::NoneLiteral(_) => self.s("None"),
            Expr::EllipsisLiteral(_) => self.s("..."),
            Expr::Attribute(a) => {
                self.expr(&a.value, PR_ATOM);
                let int_value = matches!(&*a.value, Expr::NumberLiteral(n) if matches!(n.value, Number::Int(_)));
                self.s(if int_value { " ." } else { "." });
                self.s(&a.attr);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value, PR_ATOM);
                self.s("[");
                self.expr(&s.slice, PR_TUPLE);
                self.s("]");
            }
            Expr::Starred(s) => {
                self.s("*");
                self.expr(&s.value, PR_EXPR);
            }
            Expr::Name(n) => self.s(&n.id),
            Expr::List(l) => {
                self.s("[");
                self.seq(&l.elts);
                self.s("]");
            }
            Expr::Tuple(t) => {
                if t.elts.is_empty() {
                    self.s("()");
                } else {
                    self.open(level > PR_TUPLE);
                    self.seq(&t.elts);
                    if t.elts.len() == 1 {
                        self.s(",");
                    }
                    self.close(level > PR_TUPLE);
                }
            }
            Expr::Slice(s) => {
                if let Some(x) = &s.lower {
                    self.expr(x, PR_TEST);
                }
                self.s(":");
                if let Some(x) = &s.upper {
                    self.expr(x, PR_TEST);
                }
                if let Some(x) = &s.step {
                    self.s(":");
                    self.expr(x, PR_TEST);
                }
            }
            Expr::Named(n) => {
                self.open(level > PR_TUPLE);
                self.expr(&n.target, PR_ATOM);
                self.s(" := ");
                self.expr(&n.value, PR_ATOM);
                self.close(level > PR_TUPLE);
            }
            Expr::IpyEscapeCommand(c) => {
                let t = &self.source[c.range.start().to_usize()..c.range.end().to_usize()];
                self.s(t);
            }
        }
    }

    fn seq(&mut self, elts: &[Expr]) {
        for (i, x) in elts.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.expr(x, PR_TEST);
        }
    }

    fn comprehensions(&mut self, gens: &[ast::Comprehension]) {
        for g in gens {
            self.s(if g.is_async { " async for " } else { " for " });
            self.expr(&g.target, PR_TUPLE);
            self.s(" in ");
            self.expr(&g.iter, PR_TEST + 1);
            for c in &g.ifs {
                self.s(" if ");
                self.expr(c, PR_TEST + 1);
            }
        }
    }

    fn params(&mut self, p: &ast::Parameters) {
        let mut first = true;
        let mut sep = |u: &mut Self| {
            if !first {
                u.s(", ");
            }
            first = false;
        };
        for a in &p.posonlyargs {
            sep(self);
            self.param(a);
        }
        if !p.posonlyargs.is_empty() {
            sep(self);
            self.s("/");
        }
        for a in &p.args {
            sep(self);
            self.param(a);
        }
        if let Some(v) = &p.vararg {
            sep(self);
            self.s("*");
            self.s(&v.name);
        } else if !p.kwonlyargs.is_empty() {
            sep(self);
            self.s("*");
        }
        for a in &p.kwonlyargs {
            sep(self);
            self.param(a);
        }
        if let Some(k) = &p.kwarg {
            sep(self);
            self.s("**");
            self.s(&k.name);
        }
    }

    fn param(&mut self, a: &ast::ParameterWithDefault) {
        self.s(&a.parameter.name);
        if let Some(d) = &a.default {
            self.s("=");
            self.expr(d, PR_TEST);
        }
    }

    fn fstring(&mut self, f: &ast::ExprFString) {
        let mut body = String::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => body.push_str(&l.value.replace('{', "{{").replace('}', "}}")),
                ast::FStringPart::FString(fs) => self.fstring_body(&fs.elements, &mut body),
            }
        }
        self.s("f");
        let r = str_repr(&body);
        self.s(&r);
    }

    fn fstring_body(&mut self, elements: &ast::InterpolatedStringElements, body: &mut String) {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => body.push_str(&l.value.replace('{', "{{").replace('}', "}}")),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut inner = Unparser { out: String::new(), source: self.source, depth: self.depth };
                    inner.expr(&i.expression, PR_TEST + 1);
                    body.push('{');
                    if inner.out.starts_with('{') {
                        body.push(' ');
                    }
                    body.push_str(&inner.out);
                    if let Some(c) = i.conversion.to_char() {
                        body.push('!');
                        body.push(c);
                    }
                    if let Some(spec) = &i.format_spec {
                        body.push(':');
                        self.fstring_body(&spec.elements, body);
                    }
                    body.push('}');
                }
            }
        }
    }
}

fn float_repr_j(f: f64) -> String {
    let r = float_repr(f);
    r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
}
