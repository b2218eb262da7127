//! `match` statements (PEP 634), compiled as CPython 3.11 does: each case tests a copy of the
//! subject; captured values accumulate on the stack and are stored once the whole pattern
//! matched; failures jump to a ladder of POP_TOP blocks ("fail_pop") that drop whatever the
//! pattern had pushed.

use super::{CResult, Compiler};
use crate::fold::Value;
use crate::ir::{Label, Op};
use pygmy_bytecode::{BinaryOp, CompareOp, Constant, Opcode};
use ruff_python_ast::{self as ast, Expr, ExprContext, Pattern};
use ruff_text_size::Ranged;

#[derive(Clone)]
struct PatternContext {
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.name.is_none())
}

fn is_wildcard_star(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    pub(crate) fn compile_match(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        self.visit_expr(&m.subject)?;
        let end = self.new_block();
        let cases = m.cases.len();
        let last = &m.cases[cases - 1];
        let has_default = is_wildcard(&last.pattern) && cases > 1;
        for (i, case) in m.cases[..cases - has_default as usize].iter().enumerate() {
            self.set_loc(case.pattern.range());
            let not_last = i != cases - has_default as usize - 1;
            if not_last {
                self.emit(Opcode::COPY, 1);
            }
            let mut pc = PatternContext {
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i == cases - 1,
                fail_pop: Vec::new(),
                on_top: 0,
            };
            self.pattern(&case.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.nameop(&name, ExprContext::Store)?;
            }
            if let Some(g) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(g, target, false)?;
            }
            if not_last {
                self.emit(Opcode::POP_TOP, 0);
            }
            self.visit_body(&case.body)?;
            self.emit_jump(Op::Jump, end);
            self.set_loc(case.pattern.range());
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            self.set_loc(last.pattern.range());
            if cases == 1 {
                self.emit(Opcode::POP_TOP, 0);
            } else {
                self.emit(Opcode::NOP, 0);
            }
            if let Some(g) = &last.guard {
                self.jump_if(g, end, false)?;
            }
            self.visit_body(&last.body)?;
        }
        self.use_next_block(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let b = self.new_block();
            pc.fail_pop.push(b);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.emit_jump(op, pc.fail_pop[pops]);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            self.next_block();
            return;
        }
        for k in (1..pc.fail_pop.len()).rev() {
            self.use_next_block(pc.fail_pop[k]);
            self.emit(Opcode::POP_TOP, 0);
        }
        self.use_next_block(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn pattern_helper_rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Opcode::SWAP, count as u32);
            count -= 1;
        }
    }

    fn pattern_helper_store_name(&mut self, name: Option<&ast::Identifier>, pc: &mut PatternContext) -> CResult<()> {
        let Some(n) = name else {
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        };
        self.forbidden_name(n, ExprContext::Store)?;
        if pc.stores.iter().any(|s| s == n.as_str()) {
            return Err(self.error(format!("multiple assignments to name '{n}' in pattern")));
        }
        let rotations = pc.on_top + pc.stores.len() + 1;
        self.pattern_helper_rotate(rotations);
        pc.stores.push(n.to_string());
        Ok(())
    }

    fn pattern_unpack_helper(&mut self, elts: &'a [Pattern]) -> CResult<()> {
        let n = elts.len();
        let mut seen_star = false;
        for (i, p) in elts.iter().enumerate() {
            if matches!(p, Pattern::MatchStar(_)) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in sequence pattern"));
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

    fn pattern_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult<()> {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult<()> {
        self.enter_recursion()?;
        self.set_loc(p.range());
        let r = match p {
            Pattern::MatchValue(v) => self.pattern_value(&v.value, pc),
            Pattern::MatchSingleton(s) => {
                let c = match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                };
                self.load_const(c);
                self.emit(Opcode::IS_OP, 0);
                self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE));
                Ok(())
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(&s.patterns, pc),
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc),
            Pattern::MatchClass(c) => self.pattern_class(c, pc),
            Pattern::MatchStar(s) => self.pattern_helper_store_name(s.name.as_ref(), pc),
            Pattern::MatchAs(a) => self.pattern_as(a, pc),
            Pattern::MatchOr(o) => self.pattern_or(o, pc),
        };
        self.leave_recursion();
        r
    }

    fn pattern_value(&mut self, value: &'a Expr, pc: &mut PatternContext) -> CResult<()> {
        let ok = matches!(value, Expr::Attribute(_)) || self.folder.fold(value).is_some();
        if !ok {
            return Err(self.error("patterns may only match literals and attribute lookups"));
        }
        self.visit_expr(value)?;
        self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32);
        self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE));
        Ok(())
    }

    fn pattern_as(&mut self, a: &'a ast::PatternMatchAs, pc: &mut PatternContext) -> CResult<()> {
        let Some(inner) = &a.pattern else {
            if !pc.allow_irrefutable {
                return Err(match &a.name {
                    Some(n) => self.error(format!("name capture '{n}' makes remaining patterns unreachable")),
                    None => self.error("wildcard makes remaining patterns unreachable"),
                });
            }
            return self.pattern_helper_store_name(a.name.as_ref(), pc);
        };
        pc.on_top += 1;
        self.emit(Opcode::COPY, 1);
        self.pattern(inner, pc)?;
        pc.on_top -= 1;
        self.pattern_helper_store_name(a.name.as_ref(), pc)
    }

    fn pattern_sequence(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) -> CResult<()> {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star_wildcard = is_wildcard_star(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        pc.on_top += 1;
        self.emit(Opcode::MATCH_SEQUENCE, 0);
        self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE));
        match star {
            None => {
                self.emit(Opcode::GET_LEN, 0);
                self.load_const(Constant::Int(size as i64));
                self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32);
                self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE));
            }
            Some(_) if size > 1 => {
                self.emit(Opcode::GET_LEN, 0);
                self.load_const(Constant::Int(size as i64 - 1));
                self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32);
                self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE));
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Opcode::POP_TOP, 0);
        } else if star_wildcard {
            self.pattern_sequence_subscr(patterns, star.unwrap_or(0), pc)?;
        } else {
            self.pattern_unpack_helper(patterns)?;
            pc.on_top += size;
            for p in patterns {
                pc.on_top -= 1;
                self.pattern_subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    fn pattern_sequence_subscr(&mut self, patterns: &'a [Pattern], star: usize, pc: &mut PatternContext) -> CResult<()> {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.emit(Opcode::COPY, 1);
            if i < star {
                self.load_const(Constant::Int(i as i64));
            } else {
                self.emit(Opcode::GET_LEN, 0);
                self.load_const(Constant::Int((size - i) as i64));
                self.emit(Opcode::BINARY_OP, BinaryOp::Subtract as u32);
            }
            self.emit(Opcode::BINARY_SUBSCR, 0);
            self.pattern_subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }

    fn pattern_class(&mut self, c: &'a ast::PatternMatchClass, pc: &mut PatternContext) -> CResult<()> {
        let patterns = &c.arguments.patterns;
        let kws = &c.arguments.keywords;
        let nargs = patterns.len();
        let nattrs = kws.len();
        if nattrs > 0 {
            for (i, k) in kws.iter().enumerate() {
                self.set_loc(k.pattern.range());
                self.forbidden_name(&k.attr, ExprContext::Store)?;
                for other in &kws[i + 1..] {
                    if other.attr.as_str() == k.attr.as_str() {
                        self.set_loc(other.pattern.range());
                        return Err(self.error(format!("attribute name repeated in class pattern: {}", k.attr)));
                    }
                }
            }
            self.set_loc(c.range);
        }
        self.visit_expr(&c.cls)?;
        let names: Vec<Constant> = kws.iter().map(|k| Constant::Str(k.attr.to_string())).collect();
        self.load_const(Constant::Tuple(names));
        self.emit(Opcode::MATCH_CLASS, nargs as u32);
        self.emit(Opcode::COPY, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IS_OP, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE));
        self.emit(Opcode::UNPACK_SEQUENCE, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for i in 0..nargs + nattrs {
            pc.on_top -= 1;
            let p = if i < nargs { &patterns[i] } else { &kws[i - nargs].pattern };
            if is_wildcard(p) {
                self.emit(Opcode::POP_TOP, 0);
                continue;
            }
            self.pattern_subpattern(p, pc)?;
        }
        Ok(())
    }

    fn pattern_mapping(&mut self, m: &'a ast::PatternMatchMapping, pc: &mut PatternContext) -> CResult<()> {
        let keys = &m.keys;
        let patterns = &m.patterns;
        let size = keys.len();
        let star_target = m.rest.as_ref();
        if let Some(r) = star_target {
            if r.as_str() == "_" {
                return Err(self.error_at("invalid syntax", r.range));
            }
        }
        pc.on_top += 1;
        self.emit(Opcode::MATCH_MAPPING, 0);
        self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE));
        if size == 0 && star_target.is_none() {
            pc.on_top -= 1;
            self.emit(Opcode::POP_TOP, 0);
            return Ok(());
        }
        if size > 0 {
            self.emit(Opcode::GET_LEN, 0);
            self.load_const(Constant::Int(size as i64));
            self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32);
            self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE));
        }
        let mut seen: Vec<Value> = Vec::new();
        for key in keys {
            if let Some(v) = self.folder.fold(key) {
                if seen.iter().any(|s| s.py_eq(&v)) {
                    return Err(self.error(format!("mapping pattern checks duplicate key ({})", v.repr())));
                }
                seen.push(v);
            } else if !matches!(key, Expr::Attribute(_)) {
                return Err(self.error("mapping pattern keys may only match literals and attribute lookups"));
            }
            self.visit_expr(key)?;
        }
        self.emit(Opcode::BUILD_TUPLE, size as u32);
        self.emit(Opcode::MATCH_KEYS, 0);
        pc.on_top += 2;
        self.emit(Opcode::COPY, 1);
        self.load_const(Constant::None);
        self.emit(Opcode::IS_OP, 1);
        self.jump_to_fail_pop(pc, Op::Real(Opcode::POP_JUMP_IF_FALSE));
        self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in patterns {
            pc.on_top -= 1;
            self.pattern_subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        if let Some(rest) = star_target {
            self.emit(Opcode::BUILD_MAP, 0);
            self.emit(Opcode::SWAP, 3);
            self.emit(Opcode::DICT_UPDATE, 2);
            self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
            let mut k = size;
            while k > 0 {
                self.emit(Opcode::COPY, (1 + k) as u32);
                k -= 1;
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::DELETE_SUBSCR, 0);
            }
            self.pattern_helper_store_name(Some(rest), pc)?;
        } else {
            self.emit(Opcode::POP_TOP, 0);
            self.emit(Opcode::POP_TOP, 0);
        }
        Ok(())
    }

    fn pattern_or(&mut self, o: &'a ast::PatternMatchOr, pc: &mut PatternContext) -> CResult<()> {
        let end = self.new_block();
        let size = o.patterns.len();
        let old_pc = pc.clone();
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            self.set_loc(alt.range());
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == size - 1 && old_pc.allow_irrefutable;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Opcode::COPY, 1);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctrl) => {
                    if nstores != ctrl.len() {
                        return Err(self.error("alternative patterns bind different names"));
                    }
                    if nstores > 0 {
                        let mut icontrol = nstores;
                        while icontrol > 0 {
                            icontrol -= 1;
                            let name = &ctrl[icontrol];
                            let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                                return Err(self.error("alternative patterns bind different names"));
                            };
                            if icontrol != istores {
                                let rotations = istores + 1;
                                let rotated: Vec<String> = pc.stores.drain(0..rotations).collect();
                                let at = icontrol - istores;
                                for (k, r) in rotated.into_iter().enumerate() {
                                    pc.stores.insert(at + k, r);
                                }
                                for _ in 0..rotations {
                                    self.pattern_helper_rotate(icontrol + 1);
                                }
                            }
                        }
                    }
                }
            }
            self.emit_jump(Op::Jump, end);
            self.emit_and_reset_fail_pop(pc);
        }
        *pc = old_pc;
        self.emit(Opcode::POP_TOP, 0);
        self.jump_to_fail_pop(pc, Op::Jump);
        self.use_next_block(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.pattern_helper_rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
            }
            pc.stores.push(name);
        }
        self.emit(Opcode::POP_TOP, 0);
        Ok(())
    }
}
