//! Expressions: operators, calls, displays, comprehensions, lambdas, f-strings, and the
//! conditional-jump compilation of boolean contexts.

use super::{CResult, Compiler, FBlockKind, FDatum, UnitKind};
use crate::fold::Value;
use crate::ir::{Label, Op};
use crate::symtable::{NodeKind, ScopeType};
use pygmy_bytecode::opcode::format_value as fv;
use pygmy_bytecode::{BinaryOp, CompareOp, Constant, Opcode};
use ruff_python_ast::{self as ast, CmpOp, Expr, ExprContext, Operator};
use ruff_text_size::{Ranged, TextRange};

/// CPython's STACK_USE_GUIDELINE: above this, build collections incrementally.
const STACK_USE_GUIDELINE: usize = 30;

pub(crate) fn binary_op(op: Operator) -> BinaryOp {
    match op {
        Operator::Add => BinaryOp::Add,
        Operator::Sub => BinaryOp::Subtract,
        Operator::Mult => BinaryOp::Multiply,
        Operator::MatMult => BinaryOp::MatrixMultiply,
        Operator::Div => BinaryOp::TrueDivide,
        Operator::Mod => BinaryOp::Remainder,
        Operator::Pow => BinaryOp::Power,
        Operator::LShift => BinaryOp::Lshift,
        Operator::RShift => BinaryOp::Rshift,
        Operator::BitOr => BinaryOp::Or,
        Operator::BitXor => BinaryOp::Xor,
        Operator::BitAnd => BinaryOp::And,
        Operator::FloorDiv => BinaryOp::FloorDivide,
    }
}

pub(crate) fn inplace_op(op: Operator) -> BinaryOp {
    BinaryOp::ALL[binary_op(op) as usize + 13]
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    Gen,
    List,
    Set,
    Dict,
}

impl<'a> Compiler<'a> {
    pub(crate) fn visit_expr(&mut self, e: &'a Expr) -> CResult<()> {
        self.enter_recursion()?;
        let loc = self.expr_loc(e);
        let saved = self.set_loc(loc);
        let r = self.visit_expr_inner(e);
        self.restore_loc(saved);
        self.leave_recursion();
        r
    }

    /// An expression's location as CPython's AST has it.
    fn expr_loc(&mut self, e: &'a Expr) -> TextRange {
        match e {
            Expr::Generator(g) if !g.parenthesized => self.genexp_loc.take().unwrap_or(g.range),
            _ => e.range(),
        }
    }

    /// Visits call arguments; a lone unparenthesized generator expression takes the call's
    /// parentheses as its location.
    fn visit_args(&mut self, args: &'a [Expr], kw: usize, parens: TextRange) -> CResult<()> {
        for a in args {
            if args.len() == 1 && kw == 0 {
                if let Expr::Generator(g) = a {
                    if !g.parenthesized {
                        self.genexp_loc = Some(TextRange::new(parens.start(), g.range.end().max(parens.start())));
                    }
                }
            }
            self.visit_expr(a)?;
        }
        Ok(())
    }

    /// Compiles an iterable; lists/sets of constants become tuple/frozenset constants.
    pub(crate) fn visit_iter(&mut self, e: &'a Expr) -> CResult<()> {
        if let Some(v) = self.folder.fold_iter(e) {
            let saved = self.set_loc(e.range());
            self.load_value(&v);
            self.restore_loc(saved);
            return Ok(());
        }
        // A list display being iterated becomes a tuple (CPython's fold_iter).
        if let Expr::List(l) = e {
            if l.ctx == ExprContext::Load && !l.elts.iter().any(|x| x.is_starred_expr()) {
                self.enter_recursion()?;
                let saved = self.set_loc(e.range());
                let r = self.starunpack_helper(&l.elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true);
                self.restore_loc(saved);
                self.leave_recursion();
                return r;
            }
        }
        self.visit_expr(e)
    }

    fn visit_expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        if let Some(v) = self.folder.fold(e) {
            self.load_value(&v);
            return Ok(());
        }
        match e {
            Expr::Named(n) => {
                self.visit_expr(&n.value)?;
                self.emit(Opcode::COPY, 1);
                self.visit_expr(&n.target)?;
            }
            Expr::BoolOp(b) => self.compile_boolop(b)?,
            Expr::BinOp(b) => {
                if b.op == Operator::Mod {
                    if let Some(parts) = self.optimize_format(b) {
                        return self.emit_fparts(&parts);
                    }
                }
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
                self.emit(Opcode::BINARY_OP, binary_op(b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                if u.op == ast::UnaryOp::Not {
                    if let Expr::Compare(c) = &*u.operand {
                        if c.ops.len() == 1 {
                            if let Some(inv) = invert_cmp(c.ops[0]) {
                                return self.compile_compare(&c.left, &[inv], &c.comparators);
                            }
                        }
                    }
                }
                self.visit_expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => Opcode::UNARY_INVERT,
                    ast::UnaryOp::Not => Opcode::UNARY_NOT,
                    ast::UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    ast::UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                };
                self.emit(op, 0);
            }
            Expr::Lambda(l) => self.compile_lambda(l)?,
            Expr::If(i) => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(&i.test, next, false)?;
                self.visit_expr(&i.body)?;
                self.emit_jump_noline(Op::Jump, end);
                self.use_next_block(next);
                self.visit_expr(&i.orelse)?;
                self.use_next_block(end);
            }
            Expr::Dict(d) => self.compile_dict(d)?,
            Expr::Set(s) => self.starunpack_helper(&s.elts, 0, Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE, false)?,
            Expr::ListComp(c) => self.compile_comprehension(e, CompKind::List, "<listcomp>", &c.generators, &c.elt, None)?,
            Expr::SetComp(c) => self.compile_comprehension(e, CompKind::Set, "<setcomp>", &c.generators, &c.elt, None)?,
            Expr::DictComp(c) => self.compile_comprehension(e, CompKind::Dict, "<dictcomp>", &c.generators, &c.key, Some(&c.value))?,
            Expr::Generator(c) => self.compile_comprehension(e, CompKind::Gen, "<genexpr>", &c.generators, &c.elt, None)?,
            Expr::Yield(y) => {
                if self.st.scopes[self.ur().scope].typ != ScopeType::Function {
                    return Err(self.error("'yield' outside function"));
                }
                match &y.value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.add_yield();
            }
            Expr::YieldFrom(y) => {
                if self.st.scopes[self.ur().scope].typ != ScopeType::Function {
                    return Err(self.error("'yield' outside function"));
                }
                if self.ur().kind == UnitKind::AsyncFunction {
                    return Err(self.error("'yield from' inside async function"));
                }
                self.visit_expr(&y.value)?;
                self.emit(Opcode::GET_YIELD_FROM_ITER, 0);
                self.load_const(Constant::None);
                self.add_yield_from(false);
            }
            Expr::Await(a) => {
                if !self.is_top_level_await() {
                    if self.st.scopes[self.ur().scope].typ != ScopeType::Function {
                        return Err(self.error("'await' outside function"));
                    }
                    if !matches!(self.ur().kind, UnitKind::AsyncFunction | UnitKind::Comprehension) {
                        return Err(self.error("'await' outside async function"));
                    }
                }
                self.visit_expr(&a.value)?;
                self.emit(Opcode::GET_AWAITABLE, 0);
                self.load_const(Constant::None);
                self.add_yield_from(true);
            }
            Expr::Compare(c) => self.compile_compare(&c.left, &c.ops, &c.comparators)?,
            Expr::Call(c) => self.compile_call(c)?,
            Expr::FString(f) => self.compile_fstring(f)?,
            Expr::TString(t) => return Err(self.error_at("invalid syntax", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => unreachable!("literals always fold"),
            Expr::Attribute(a) => {
                self.visit_expr(&a.value)?;
                match a.ctx {
                    ExprContext::Store => {
                        self.forbidden_name(&a.attr, ExprContext::Store)?;
                        let old = self.update_start_location_to_match_attr(a);
                        self.emit_name(Opcode::STORE_ATTR, &a.attr);
                        self.u().line = old;
                    }
                    ExprContext::Del => self.emit_name(Opcode::DELETE_ATTR, &a.attr),
                    _ => {
                        let old = self.update_start_location_to_match_attr(a);
                        self.emit_name(Opcode::LOAD_ATTR, &a.attr);
                        self.u().line = old;
                    }
                }
            }
            Expr::Subscript(s) => {
                let op = match s.ctx {
                    ExprContext::Store => Opcode::STORE_SUBSCR,
                    ExprContext::Del => Opcode::DELETE_SUBSCR,
                    _ => Opcode::BINARY_SUBSCR,
                };
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
                self.emit(op, 0);
            }
            Expr::Starred(s) => {
                return Err(match s.ctx {
                    ExprContext::Store => self.error("starred assignment target must be in a list or tuple"),
                    _ => self.error("can't use starred expression here"),
                });
            }
            Expr::Slice(s) => {
                let mut n = 2;
                match &s.lower {
                    Some(x) => self.visit_expr(x)?,
                    None => self.load_const(Constant::None),
                }
                match &s.upper {
                    Some(x) => self.visit_expr(x)?,
                    None => self.load_const(Constant::None),
                }
                if let Some(x) = &s.step {
                    n += 1;
                    self.visit_expr(x)?;
                }
                self.emit(Opcode::BUILD_SLICE, n);
            }
            Expr::Name(n) => self.nameop(&n.id, n.ctx)?,
            Expr::List(l) => match l.ctx {
                ExprContext::Store => self.assignment_helper(&l.elts)?,
                ExprContext::Del => {
                    for x in &l.elts {
                        self.visit_expr(x)?;
                    }
                }
                _ => self.starunpack_helper(&l.elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, false)?,
            },
            Expr::Tuple(t) => match t.ctx {
                ExprContext::Store => self.assignment_helper(&t.elts)?,
                ExprContext::Del => {
                    for x in &t.elts {
                        self.visit_expr(x)?;
                    }
                }
                _ => self.starunpack_helper(&t.elts, 0, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true)?,
            },
            Expr::IpyEscapeCommand(c) => return Err(self.error_at("invalid syntax", c.range)),
        }
        Ok(())
    }

    pub(crate) fn is_top_level_await(&self) -> bool {
        self.top_level_await && self.ur().kind == UnitKind::Module
    }

    fn add_yield(&mut self) {
        let s = &self.st.scopes[self.ur().scope];
        if s.generator && s.coroutine {
            self.emit(Opcode::ASYNC_GEN_WRAP, 0);
        }
        // YIELD_VALUE's argument says where it resumes, like CPython's RESUME oparg after it:
        // 1 = after a plain yield, 2 = inside `yield from`, 3 = inside `await`.
        self.emit(Opcode::YIELD_VALUE, 1);
    }

    /// The `yield from`/`await` loop: SEND / YIELD_VALUE / JUMP_BACKWARD_NO_INTERRUPT.
    pub(crate) fn add_yield_from(&mut self, is_await: bool) {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_next_block(start);
        self.jump(Opcode::SEND, exit);
        self.use_next_block(resume);
        self.emit(Opcode::YIELD_VALUE, if is_await { 3 } else { 2 });
        self.emit_jump(Op::JumpNoInterrupt, start);
        self.use_next_block(exit);
    }

    fn compile_boolop(&mut self, b: &'a ast::ExprBoolOp) -> CResult<()> {
        let jumpi = if b.op == ast::BoolOp::And { Opcode::JUMP_IF_FALSE_OR_POP } else { Opcode::JUMP_IF_TRUE_OR_POP };
        let end = self.new_block();
        let n = b.values.len() - 1;
        for v in &b.values[..n] {
            self.visit_expr(v)?;
            self.jump(jumpi, end);
            let next = self.new_block();
            self.use_next_block(next);
        }
        self.visit_expr(&b.values[n])?;
        self.use_next_block(end);
        Ok(())
    }

    fn emit_compare(&mut self, op: CmpOp) {
        match op {
            CmpOp::Eq => self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32),
            CmpOp::NotEq => self.emit(Opcode::COMPARE_OP, CompareOp::Ne as u32),
            CmpOp::Lt => self.emit(Opcode::COMPARE_OP, CompareOp::Lt as u32),
            CmpOp::LtE => self.emit(Opcode::COMPARE_OP, CompareOp::Le as u32),
            CmpOp::Gt => self.emit(Opcode::COMPARE_OP, CompareOp::Gt as u32),
            CmpOp::GtE => self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32),
            CmpOp::Is => self.emit(Opcode::IS_OP, 0),
            CmpOp::IsNot => self.emit(Opcode::IS_OP, 1),
            CmpOp::In => self.emit(Opcode::CONTAINS_OP, 0),
            CmpOp::NotIn => self.emit(Opcode::CONTAINS_OP, 1),
        }
    }

    /// A comparator; the last one of an `in`/`not in` chain may be a folded display.
    fn visit_comparator(&mut self, e: &'a Expr, op: CmpOp, last: bool) -> CResult<()> {
        if last && matches!(op, CmpOp::In | CmpOp::NotIn) {
            return self.visit_iter(e);
        }
        self.visit_expr(e)
    }

    fn compile_compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> CResult<()> {
        self.visit_expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.visit_comparator(&comparators[0], ops[0], true)?;
            self.emit_compare(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_block();
        for i in 0..n {
            self.visit_expr(&comparators[i])?;
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::COPY, 2);
            self.emit_compare(ops[i]);
            self.jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
        }
        self.visit_comparator(&comparators[n], ops[n], true)?;
        self.emit_compare(ops[n]);
        let end = self.new_block();
        self.emit_jump_noline(Op::Jump, end);
        self.use_next_block(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_TOP, 0);
        self.use_next_block(end);
        Ok(())
    }

    /// Compiles `e` as a condition: jump to `next` if its truth equals `cond`.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, next: Label, cond: bool) -> CResult<()> {
        self.enter_recursion()?;
        let r = self.jump_if_inner(e, next, cond);
        self.leave_recursion();
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, next: Label, cond: bool) -> CResult<()> {
        if let Expr::Compare(_) = e {
            // CPython 3.11 sets the location to a compared condition and leaves it there:
            // the jump, and any later jumps of an enclosing `and`/`or`, get this line.
            self.set_loc(e.range());
        }
        if self.folder.fold(e).is_none() {
            match e {
                Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not
                    // `not (a is b)` and friends fold into the comparison first.
                    && !matches!(&*u.operand, Expr::Compare(c) if c.ops.len() == 1 && invert_cmp(c.ops[0]).is_some()) => {
                        return self.jump_if(&u.operand, next, !cond);
                    }
                Expr::BoolOp(b) => {
                    let cond2 = b.op == ast::BoolOp::Or;
                    let next2 = if cond2 != cond { self.new_block() } else { next };
                    let n = b.values.len() - 1;
                    for v in &b.values[..n] {
                        self.jump_if(v, next2, cond2)?;
                    }
                    self.jump_if(&b.values[n], next, cond)?;
                    if next2 != next {
                        self.use_next_block(next2);
                    }
                    return Ok(());
                }
                Expr::If(i) => {
                    let end = self.new_block();
                    let next2 = self.new_block();
                    self.jump_if(&i.test, next2, false)?;
                    self.jump_if(&i.body, next, cond)?;
                    self.emit_jump_noline(Op::Jump, end);
                    self.use_next_block(next2);
                    self.jump_if(&i.orelse, next, cond)?;
                    self.use_next_block(end);
                    return Ok(());
                }
                Expr::Compare(c) if c.ops.len() > 1 => {
                    let n = c.ops.len() - 1;
                    let cleanup = self.new_block();
                    self.visit_expr(&c.left)?;
                    for i in 0..n {
                        self.visit_expr(&c.comparators[i])?;
                        self.emit(Opcode::SWAP, 2);
                        self.emit(Opcode::COPY, 2);
                        self.emit_compare(c.ops[i]);
                        self.jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
                    }
                    self.visit_comparator(&c.comparators[n], c.ops[n], true)?;
                    self.emit_compare(c.ops[n]);
                    self.jump(if cond { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE }, next);
                    let end = self.new_block();
                    self.emit_jump_noline(Op::Jump, end);
                    self.use_next_block(cleanup);
                    self.emit(Opcode::POP_TOP, 0);
                    if !cond {
                        self.emit_jump_noline(Op::Jump, next);
                    }
                    self.use_next_block(end);
                    return Ok(());
                }
                _ => {}
            }
        }
        self.visit_expr(e)?;
        self.jump(if cond { Opcode::POP_JUMP_IF_TRUE } else { Opcode::POP_JUMP_IF_FALSE }, next);
        Ok(())
    }

    // ---- Collections ----

    /// Builds a list/tuple/set from elements that may contain `*x` (CPython's
    /// `starunpack_helper`); `pushed` items are already on the stack.
    pub(crate) fn starunpack_helper(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> CResult<()> {
        let n = elts.len();
        if n > 2 {
            if let Some(vals) = self.folder.all_const(elts) {
                if tuple && pushed == 0 {
                    self.load_value(&Value::Tuple(vals));
                } else {
                    let folded = if add == Opcode::SET_ADD {
                        Value::FrozenSet(crate::fold::dedup(vals))
                    } else {
                        Value::Tuple(vals)
                    };
                    self.emit(build, pushed);
                    self.load_value(&folded);
                    self.emit(extend, 1);
                    if tuple {
                        self.emit(Opcode::LIST_TO_TUPLE, 0);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|e| e.is_starred_expr());
        if !seen_star && !big {
            for e in elts {
                self.visit_expr(e)?;
            }
            let total = n as u32 + pushed;
            self.emit(if tuple { Opcode::BUILD_TUPLE } else { build }, total);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed);
            built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if !built {
                    self.emit(build, i as u32 + pushed);
                    built = true;
                }
                self.visit_expr(&s.value)?;
                self.emit(extend, 1);
            } else {
                self.visit_expr(e)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if tuple {
            self.emit(Opcode::LIST_TO_TUPLE, 0);
        }
        Ok(())
    }

    fn unpack_helper(&mut self, elts: &'a [Expr]) -> CResult<()> {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if e.is_starred_expr() {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment"));
                }
                if i >= 256 || n - i > (i32::MAX >> 8) as usize {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.emit(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32);
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Opcode::UNPACK_SEQUENCE, n as u32);
        }
        Ok(())
    }

    fn assignment_helper(&mut self, elts: &'a [Expr]) -> CResult<()> {
        self.unpack_helper(elts)?;
        for e in elts {
            match e {
                Expr::Starred(s) => self.visit_expr(&s.value)?,
                _ => self.visit_expr(e)?,
            }
        }
        Ok(())
    }

    fn compile_subdict(&mut self, items: &'a [ast::DictItem]) -> CResult<()> {
        let n = items.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            let keys: Option<Vec<Value>> = items.iter().map(|it| it.key.as_ref().and_then(|k| self.folder.fold(k))).collect();
            if let Some(keys) = keys {
                for it in items {
                    self.visit_expr(&it.value)?;
                }
                self.load_value(&Value::Tuple(keys));
                self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
                return Ok(());
            }
        }
        if big {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        for it in items {
            if let Some(k) = &it.key {
                self.visit_expr(k)?;
            }
            self.visit_expr(&it.value)?;
            if big {
                self.emit(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> CResult<()> {
        let items = &d.items;
        let n = items.len();
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            if items[i].key.is_none() {
                if elements > 0 {
                    self.compile_subdict(&items[i - elements..i])?;
                    if have_dict {
                        self.emit(Opcode::DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.visit_expr(&items[i].value)?;
                self.emit(Opcode::DICT_UPDATE, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.compile_subdict(&items[i - elements..i + 1])?;
                if have_dict {
                    self.emit(Opcode::DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.compile_subdict(&items[n - elements..n])?;
            if have_dict {
                self.emit(Opcode::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        Ok(())
    }

    // ---- Calls ----

    fn validate_keywords(&mut self, keywords: &'a [ast::Keyword]) -> CResult<()> {
        for (i, k) in keywords.iter().enumerate() {
            let Some(arg) = &k.arg else { continue };
            self.forbidden_name(arg, ExprContext::Store)?;
            for other in &keywords[i + 1..] {
                if other.arg.as_ref().is_some_and(|o| o.as_str() == arg.as_str()) {
                    return Err(self.error_at(format!("keyword argument repeated: {arg}"), other.range));
                }
            }
        }
        Ok(())
    }

    fn compile_call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        if self.maybe_optimize_method_call(c)? {
            return Ok(());
        }
        let saved = self.set_loc(c.func.range());
        self.emit(Opcode::PUSH_NULL, 0);
        self.restore_loc(saved);
        self.visit_expr(&c.func)?;
        self.call_parens = Some(c.arguments.range);
        self.call_helper(0, &c.arguments.args, &c.arguments.keywords)
    }

    fn maybe_optimize_method_call(&mut self, c: &'a ast::ExprCall) -> CResult<bool> {
        let Expr::Attribute(meth) = &*c.func else { return Ok(false) };
        if meth.ctx != ExprContext::Load || self.is_import_originated(&meth.value) {
            return Ok(false);
        }
        let args = &c.arguments.args;
        let kwds = &c.arguments.keywords;
        let nk = kwds.len();
        if args.len() + nk + (nk != 0) as usize >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args.iter().any(|a| a.is_starred_expr()) || kwds.iter().any(|k| k.arg.is_none()) {
            return Ok(false);
        }
        self.validate_keywords(kwds)?;
        self.visit_expr(&meth.value)?;
        let old = self.update_start_location_to_match_attr(meth);
        self.emit_name(Opcode::LOAD_METHOD, &meth.attr);
        self.visit_args(args, nk, c.arguments.range)?;
        if nk > 0 {
            for k in kwds.iter() {
                self.visit_expr(&k.value)?;
            }
            self.kw_names(kwds);
        }
        self.emit(Opcode::CALL, (args.len() + nk) as u32);
        self.u().line = old;
        Ok(true)
    }

    fn kw_names(&mut self, kwds: &[ast::Keyword]) {
        let names: Vec<Constant> =
            kwds.iter().map(|k| Constant::Str(k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default())).collect();
        let i = self.add_const(Constant::Tuple(names));
        self.emit(Opcode::KW_NAMES, i);
    }

    /// Arguments and call (CPython's `compiler_call_helper`); `n` arguments are pushed.
    pub(crate) fn call_helper(&mut self, n: u32, args: &'a [Expr], keywords: &'a [ast::Keyword]) -> CResult<()> {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkw = keywords.len();
        let ex_call = nelts + nkw * 2 > STACK_USE_GUIDELINE
            || args.iter().any(|a| a.is_starred_expr())
            || keywords.iter().any(|k| k.arg.is_none());
        let parens = self.call_parens.take();
        if !ex_call {
            match parens {
                Some(p) => self.visit_args(args, nkw, p)?,
                None => {
                    for a in args {
                        self.visit_expr(a)?;
                    }
                }
            }
            if nkw > 0 {
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                self.kw_names(keywords);
            }
            self.emit(Opcode::CALL, n + (nelts + nkw) as u32);
            return Ok(());
        }
        if n == 0 && nelts == 1 {
            if let Expr::Starred(s) = &args[0] {
                self.visit_expr(&s.value)?;
            } else {
                self.starunpack_helper(args, n, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true)?;
            }
        } else {
            self.starunpack_helper(args, n, Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND, true)?;
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.compile_subkwargs(&keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit(Opcode::DICT_MERGE, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Opcode::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.visit_expr(&k.value)?;
                    self.emit(Opcode::DICT_MERGE, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.compile_subkwargs(&keywords[nkw - nseen..])?;
                if have_dict {
                    self.emit(Opcode::DICT_MERGE, 1);
                }
            }
        }
        self.emit(Opcode::CALL_FUNCTION_EX, (nkw > 0) as u32);
        Ok(())
    }

    fn compile_subkwargs(&mut self, kws: &'a [ast::Keyword]) -> CResult<()> {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in kws {
                self.visit_expr(&k.value)?;
            }
            let keys: Vec<Constant> = kws.iter().map(|k| Constant::Str(k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default())).collect();
            self.load_const(Constant::Tuple(keys));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.emit_noline(Opcode::BUILD_MAP, 0);
        }
        for k in kws {
            self.load_const(Constant::Str(k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default()));
            self.visit_expr(&k.value)?;
            if big {
                self.emit_noline(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    // ---- Lambdas and comprehensions ----

    fn compile_lambda(&mut self, l: &'a ast::ExprLambda) -> CResult<()> {
        let empty = ast::Parameters::default();
        let params: &ast::Parameters = l.parameters.as_deref().unwrap_or(&empty);
        self.check_debug_args(params)?;
        let funcflags = match l.parameters.as_deref() {
            Some(p) => self.default_arguments(p)?,
            None => 0,
        };
        let scope = self.scope_for(l.range, NodeKind::Lambda)?;
        let line = self.line_of(l.range) as u32;
        self.enter_scope("<lambda>", UnitKind::Lambda, scope, line, Some(l.range));
        self.add_const(Constant::None);
        self.u().argcount = params.args.len() as u32;
        self.u().posonlyargcount = params.posonlyargs.len() as u32;
        self.u().kwonlyargcount = params.kwonlyargs.len() as u32;
        self.visit_expr(&l.body)?;
        let unit = if self.st.scopes[scope].generator {
            self.exit_scope(false)?
        } else {
            self.emit(Opcode::RETURN_VALUE, 0);
            self.exit_scope(true)?
        };
        self.make_closure(unit, funcflags)
    }

    fn compile_comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        name: &str,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> CResult<()> {
        let outer_kind = self.ur().kind;
        let is_top_level_await = self.is_top_level_await();
        let scope = self.scope_for(e.range(), NodeKind::Comprehension)?;
        let outermost = &generators[0];
        let loc = self.ur().loc;
        let line = self.line_of(loc) as u32;
        self.enter_scope(name, UnitKind::Comprehension, scope, line, Some(loc));
        self.set_loc(loc);
        let is_async_generator = self.st.scopes[scope].coroutine;
        if is_async_generator
            && kind != CompKind::Gen
            && outer_kind != UnitKind::AsyncFunction
            && outer_kind != UnitKind::Comprehension
            && !is_top_level_await
        {
            return Err(self.error("asynchronous comprehension outside of an asynchronous function"));
        }
        match kind {
            CompKind::List => self.emit(Opcode::BUILD_LIST, 0),
            CompKind::Set => self.emit(Opcode::BUILD_SET, 0),
            CompKind::Dict => self.emit(Opcode::BUILD_MAP, 0),
            CompKind::Gen => {}
        }
        self.comprehension_generator(generators, 0, 0, elt, val, kind)?;
        if kind != CompKind::Gen {
            self.emit(Opcode::RETURN_VALUE, 0);
        }
        let unit = self.exit_scope(true)?;
        if is_top_level_await && is_async_generator {
            let cur = self.ur().scope;
            self.st.scopes[cur].coroutine = true;
        }
        self.make_closure(unit, 0)?;
        self.visit_iter_outermost(&outermost.iter)?;
        if outermost.is_async {
            self.emit(Opcode::GET_AITER, 0);
        } else {
            self.emit(Opcode::GET_ITER, 0);
        }
        self.emit(Opcode::CALL, 0);
        if is_async_generator && kind != CompKind::Gen {
            self.emit(Opcode::GET_AWAITABLE, 0);
            self.load_const(Constant::None);
            self.add_yield_from(true);
        }
        Ok(())
    }

    fn visit_iter_outermost(&mut self, e: &'a Expr) -> CResult<()> {
        self.visit_iter(e)
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        gen_index: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult<()> {
        if generators[gen_index].is_async {
            self.async_comprehension_generator(generators, gen_index, depth, elt, val, kind)
        } else {
            self.sync_comprehension_generator(generators, gen_index, depth, elt, val, kind)
        }
    }

    fn comprehension_element(&mut self, elt: &'a Expr, val: Option<&'a Expr>, kind: CompKind, depth: u32) -> CResult<()> {
        match kind {
            CompKind::Gen => {
                self.visit_expr(elt)?;
                self.add_yield();
                self.emit(Opcode::POP_TOP, 0);
            }
            CompKind::List => {
                self.visit_expr(elt)?;
                self.emit(Opcode::LIST_APPEND, depth + 1);
            }
            CompKind::Set => {
                self.visit_expr(elt)?;
                self.emit(Opcode::SET_ADD, depth + 1);
            }
            CompKind::Dict => {
                self.visit_expr(elt)?;
                if let Some(v) = val {
                    self.visit_expr(v)?;
                }
                self.emit(Opcode::MAP_ADD, depth + 1);
            }
        }
        Ok(())
    }

    fn sync_comprehension_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        gen_index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult<()> {
        let mut start = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        let g = &generators[gen_index];
        if gen_index == 0 {
            self.u().argcount = 1;
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            let elts: Option<&'a [Expr]> = match &g.iter {
                Expr::List(l) => Some(&l.elts),
                Expr::Tuple(t) => Some(&t.elts),
                _ => None,
            };
            if let Some(elts) = elts {
                // (A list or tuple of constants is a constant by now in CPython.)
                if elts.len() == 1 && !elts[0].is_starred_expr() && self.folder.fold(&elts[0]).is_none() {
                    self.visit_expr(&elts[0])?;
                    start = None;
                }
            }
            if start.is_some() {
                self.visit_iter(&g.iter)?;
                self.emit(Opcode::GET_ITER, 0);
            }
        }
        if let Some(s) = start {
            depth += 1;
            self.use_next_block(s);
            self.jump(Opcode::FOR_ITER, anchor);
        }
        self.visit_expr(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if gen_index + 1 < generators.len() {
            self.comprehension_generator(generators, gen_index + 1, depth, elt, val, kind)?;
        } else {
            self.comprehension_element(elt, val, kind, depth)?;
        }
        self.use_next_block(if_cleanup);
        if let Some(s) = start {
            self.emit_jump(Op::Jump, s);
            self.use_next_block(anchor);
        }
        Ok(())
    }

    fn async_comprehension_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        gen_index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult<()> {
        let start = self.new_block();
        let except = self.new_block();
        let if_cleanup = self.new_block();
        let g = &generators[gen_index];
        if gen_index == 0 {
            self.u().argcount = 1;
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            self.visit_expr(&g.iter)?;
            self.emit(Opcode::GET_AITER, 0);
        }
        self.use_next_block(start);
        self.push_fblock(FBlockKind::AsyncComprehensionGenerator, Some(start), None, FDatum::None)?;
        self.emit_jump(Op::SetupFinally, except);
        self.emit(Opcode::GET_ANEXT, 0);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.emit_pseudo(Op::PopBlock);
        self.visit_expr(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        depth += 1;
        if gen_index + 1 < generators.len() {
            self.comprehension_generator(generators, gen_index + 1, depth, elt, val, kind)?;
        } else {
            self.comprehension_element(elt, val, kind, depth)?;
        }
        self.use_next_block(if_cleanup);
        self.emit_jump(Op::Jump, start);
        self.pop_fblock();
        self.use_next_block(except);
        self.emit(Opcode::END_ASYNC_FOR, 0);
        Ok(())
    }

    // ---- f-strings ----

    fn compile_fstring(&mut self, f: &'a ast::ExprFString) -> CResult<()> {
        let mut parts: Vec<FPart<'a>> = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => push_lit(&mut parts, &l.value),
                ast::FStringPart::FString(fs) => self.collect_fstring(&fs.elements, &mut parts, fs.range),
            }
        }
        self.emit_fparts(&parts)
    }

    fn collect_fstring(&self, elements: &'a ast::InterpolatedStringElements, parts: &mut Vec<FPart<'a>>, part: TextRange) {
        for el in elements.iter() {
            match el {
                ast::InterpolatedStringElement::Literal(l) => push_lit(parts, &l.value),
                ast::InterpolatedStringElement::Interpolation(i) => {
                    let mut conversion = i.conversion;
                    if let Some(dbg) = &i.debug_text {
                        let r = i.expression.range();
                        let text = &self.src.source[r.start().to_usize()..r.end().to_usize()];
                        push_lit(parts, &format!("{}{}{}", dbg.leading, text, dbg.trailing));
                        if conversion == ast::ConversionFlag::None && i.format_spec.is_none() {
                            conversion = ast::ConversionFlag::Repr;
                        }
                    }
                    parts.push(FPart::Value { expr: &i.expression, conversion, spec: i.format_spec.as_deref(), part });
                }
            }
        }
    }

    /// CPython 3.11 turns `'...%s...' % (a, b)` into an f-string when every conversion is
    /// a simple `%s`, `%r` or `%a` (`optimize_format` in ast_opt.c).
    fn optimize_format(&self, b: &'a ast::ExprBinOp) -> Option<Vec<FPart<'a>>> {
        let Expr::Tuple(t) = &*b.right else { return None };
        if t.elts.iter().any(|e| e.is_starred_expr()) || self.folder.fold(&b.right).is_some() {
            return None;
        }
        let crate::fold::Value::Str(fmt) = self.folder.fold(&b.left)? else { return None };
        let fmt: Vec<char> = fmt.chars().collect();
        let mut parts = Vec::new();
        let mut pos = 0;
        let mut cnt = 0;
        loop {
            // Literal text, with %% unescaped.
            let start = pos;
            let mut lit = String::new();
            while pos < fmt.len() {
                if fmt[pos] != '%' {
                    lit.push(fmt[pos]);
                    pos += 1;
                } else if pos + 1 < fmt.len() && fmt[pos + 1] == '%' {
                    lit.push('%');
                    pos += 2;
                } else {
                    break;
                }
            }
            if pos > start {
                parts.push(FPart::LitNoLine(lit));
            }
            if pos >= fmt.len() {
                break;
            }
            if cnt >= t.elts.len() {
                return None;
            }
            pos += 1;
            let (conv, spec) = parse_percent(&fmt, &mut pos)?;
            parts.push(FPart::Percent { expr: &t.elts[cnt], conversion: conv, spec });
            cnt += 1;
        }
        if cnt < t.elts.len() {
            return None;
        }
        Some(parts)
    }

    fn emit_fparts(&mut self, parts: &[FPart<'a>]) -> CResult<()> {
        if parts.len() > STACK_USE_GUIDELINE {
            self.load_const(Constant::Str(String::new()));
            self.emit_name(Opcode::LOAD_METHOD, "join");
            self.emit(Opcode::BUILD_LIST, 0);
            for p in parts {
                self.emit_fpart(p)?;
                self.emit(Opcode::LIST_APPEND, 1);
            }
            self.emit(Opcode::CALL, 1);
        } else {
            for p in parts {
                self.emit_fpart(p)?;
            }
            if parts.len() != 1 {
                self.emit(Opcode::BUILD_STRING, parts.len() as u32);
            }
        }
        Ok(())
    }

    fn emit_fpart(&mut self, p: &FPart<'a>) -> CResult<()> {
        match p {
            FPart::Lit(s) => self.load_const(Constant::Str(s.clone())),
            FPart::LitNoLine(s) => {
                let i = self.add_const(Constant::Str(s.clone()));
                self.emit_noline(Opcode::LOAD_CONST, i);
            }
            FPart::Percent { expr, conversion, spec } => {
                let saved = self.set_loc(expr.range());
                self.visit_expr(expr)?;
                let mut oparg = *conversion;
                if let Some(spec) = spec {
                    let i = self.add_const(Constant::Str(spec.clone()));
                    self.emit_noline(Opcode::LOAD_CONST, i);
                    oparg |= fv::HAVE_SPEC;
                }
                self.emit(Opcode::FORMAT_VALUE, oparg);
                self.restore_loc(saved);
            }
            FPart::Value { expr, conversion, spec, part } => {
                // FORMAT_VALUE carries the f-string's location, as CPython 3.11's
                // FormattedValue nodes do.
                self.visit_expr(expr)?;
                let mut oparg = match conversion {
                    ast::ConversionFlag::None => fv::CONV_NONE,
                    ast::ConversionFlag::Str => fv::CONV_STR,
                    ast::ConversionFlag::Repr => fv::CONV_REPR,
                    ast::ConversionFlag::Ascii => fv::CONV_ASCII,
                };
                if let Some(spec) = spec {
                    let mut sp = Vec::new();
                    self.collect_fstring(&spec.elements, &mut sp, *part);
                    let saved = self.set_loc(*part);
                    self.emit_fparts(&sp)?;
                    self.restore_loc(saved);
                    oparg |= fv::HAVE_SPEC;
                }
                self.emit(Opcode::FORMAT_VALUE, oparg);
            }
        }
        Ok(())
    }
}

enum FPart<'a> {
    Lit(String),
    /// A literal piece of a `%` format string (CPython gives it no location).
    LitNoLine(String),
    /// `part` is the range of the f-string literal the field sits in (its format spec
    /// gets that location, as in CPython 3.11).
    Value { expr: &'a Expr, conversion: ast::ConversionFlag, spec: Option<&'a ast::InterpolatedStringFormatSpec>, part: TextRange },
    /// `%s`/`%r`/`%a` of a `%` format, with its constant format spec.
    Percent { expr: &'a Expr, conversion: u32, spec: Option<String> },
}

fn push_lit(parts: &mut Vec<FPart<'_>>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(FPart::Lit(prev)) = parts.last_mut() {
        prev.push_str(s);
    } else {
        parts.push(FPart::Lit(s.to_string()));
    }
}

/// `not (a OP b)` → `a OP' b` for the operators CPython inverts.
fn invert_cmp(op: CmpOp) -> Option<CmpOp> {
    match op {
        CmpOp::Is => Some(CmpOp::IsNot),
        CmpOp::IsNot => Some(CmpOp::Is),
        CmpOp::In => Some(CmpOp::NotIn),
        CmpOp::NotIn => Some(CmpOp::In),
        _ => None,
    }
}

/// One `%` conversion: returns the FORMAT_VALUE conversion and format spec, or None when
/// the conversion is not one CPython rewrites.
fn parse_percent(fmt: &[char], pos: &mut usize) -> Option<(u32, Option<String>)> {
    const MAXDIGITS: usize = 3;
    let mut p = *pos;
    let mut next = || -> Option<char> {
        let c = *fmt.get(p)?;
        p += 1;
        Some(c)
    };
    let mut ljust = false;
    let mut ch;
    loop {
        ch = next()?;
        match ch {
            '-' => ljust = true,
            '+' | ' ' | '#' | '0' => {}
            _ => break,
        }
    }
    let mut width: i32 = -1;
    let mut prec: i32 = -1;
    if ch.is_ascii_digit() {
        width = 0;
        let mut digits = 0;
        while ch.is_ascii_digit() {
            width = width * 10 + (ch as i32 - '0' as i32);
            ch = next()?;
            digits += 1;
            if digits >= MAXDIGITS {
                return None;
            }
        }
    }
    if ch == '.' {
        ch = next()?;
        prec = 0;
        let mut digits = 0;
        while ch.is_ascii_digit() {
            prec = prec * 10 + (ch as i32 - '0' as i32);
            ch = next()?;
            digits += 1;
            if digits >= MAXDIGITS {
                return None;
            }
        }
    }
    let conv = match ch {
        's' => fv::CONV_STR,
        'r' => fv::CONV_REPR,
        'a' => fv::CONV_ASCII,
        _ => return None,
    };
    *pos = p;
    let mut spec = String::new();
    if !ljust && width > 0 {
        spec.push('>');
    }
    if width >= 0 {
        spec.push_str(&width.to_string());
    }
    if prec >= 0 {
        spec.push_str(&format!(".{prec}"));
    }
    Some((conv, if spec.is_empty() { None } else { Let::some(spec) }))
}

struct Let;
impl Let {
    fn some(s: String) -> Option<String> {
        Some(s)
    }
}
