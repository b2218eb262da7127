//! The assembler: from basic blocks to a code object's instruction words, exception table
//! and line table.
//!
//! The passes follow CPython 3.11's `assemble()`: closure prefix instructions, cell offset
//! fix-up, peephole optimization of each block (constant conditions, jump threading, tuple
//! folding), copying of small exit blocks, unreachable-code removal, line number
//! propagation, stack depth analysis, exception-target labelling (turning
//! `SETUP_*`/`POP_BLOCK` into per-instruction handlers), and finally layout.

use crate::ir::{Block, Cfg, Instr, Label, Op};
use pygmy_bytecode::code::{Constant, ExceptionEntry, LineEntry};
use pygmy_bytecode::opcode::{encode, MAX_ARG};
use pygmy_bytecode::Opcode;

/// Whether backward conditional jumps go through a JUMP_BACKWARD (see
/// [`route_backward_jumps`]); tests comparing with CPython's layout turn it off.
pub(crate) static BACKWARD_REWRITE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// Largest exit block that is copied into a block jumping to it (CPython's MAX_COPY_SIZE).
const MAX_COPY_SIZE: usize = 4;

/// What the assembler needs to know about the code object besides its blocks.
pub(crate) struct AsmInput<'a> {
    pub consts: &'a mut Vec<Constant>,
    /// Number of plain locals (`co_varnames`), known only once codegen is done.
    pub nlocals: usize,
    /// For each cell variable (in cell order): its index among the locals if it is also a
    /// parameter (it then shares the parameter's slot).
    pub cell_is_local: Vec<Option<usize>>,
    pub nfree: usize,
    pub firstlineno: u32,
}

pub(crate) struct Assembled {
    pub code: Vec<u32>,
    pub exception_table: Vec<ExceptionEntry>,
    pub line_table: Vec<LineEntry>,
    pub max_depth: u32,
    /// Number of cell slots shared with parameters (dropped from the cell area).
    pub ncells_dropped: usize,
}

pub(crate) fn assemble(mut cfg: Cfg, input: AsmInput<'_>) -> Result<Assembled, String> {
    let ncells = input.cell_is_local.len();
    let fixed = cell_fixed_offsets(&input);
    let ncells_dropped = input.cell_is_local.iter().filter(|c| c.is_some()).count();
    insert_prefix(&mut cfg, &fixed, ncells, input.nfree);
    fix_cell_offsets(&mut cfg, &fixed);

    let order = layout(&cfg);
    for &b in &order {
        optimize_block(&mut cfg, b, input.consts);
        clean_block(&mut cfg, b);
    }
    // CPython walks its block list newest first.
    for b in (0..cfg.blocks.len()).rev() {
        extend_block(&mut cfg, b);
    }
    let preds = mark_reachable(&cfg);
    for b in 0..cfg.blocks.len() {
        if preds[b] == 0 {
            cfg.blocks[b].instrs.clear();
        }
    }
    eliminate_empty_blocks(&mut cfg);
    for b in layout(&cfg) {
        clean_block(&mut cfg, b);
    }
    remove_redundant_jumps(&mut cfg);
    eliminate_empty_blocks(&mut cfg);

    duplicate_exits_without_lineno(&mut cfg);
    trim_unused_consts(&cfg, input.consts);
    propagate_line_numbers(&mut cfg);
    guarantee_lineno_for_exits(&mut cfg, input.firstlineno as i32);
    if BACKWARD_REWRITE.load(std::sync::atomic::Ordering::Relaxed) {
        route_backward_jumps(&mut cfg);
    }

    let (start_depth, max_depth) = stack_depths(&cfg)?;
    let handlers = label_exception_targets(&cfg);
    // A handler entered with lasti pushed.
    let mut preserve_lasti = vec![false; cfg.blocks.len()];
    for b in layout(&cfg) {
        for i in &cfg.blocks[b].instrs {
            if matches!(i.op, Op::SetupCleanup | Op::SetupWith) {
                if let Some(t) = i.target {
                    preserve_lasti[t] = true;
                }
            }
        }
    }

    // Pseudo-instructions become NOPs (kept only where they carry a line number).
    let mut handler_of: Vec<Vec<Option<Label>>> = handlers;
    for b in layout(&cfg) {
        for i in cfg.blocks[b].instrs.iter_mut() {
            if i.op.is_block_push() || i.op == Op::PopBlock {
                i.op = Op::Real(Opcode::NOP);
                i.target = None;
                i.arg = 0;
            }
        }
    }
    for b in layout(&cfg) {
        // Clean NOPs, keeping handler info aligned.
        let next_line = cfg_next_first_line(&cfg, b);
        let (instrs, hs) = clean_with_handlers(&cfg.blocks[b], &handler_of[b], &next_line);
        cfg.blocks[b].instrs = instrs;
        handler_of[b] = hs;
    }

    // Layout: compute offsets.
    let order = layout(&cfg);
    let mut offset_of = vec![u32::MAX; cfg.blocks.len()];
    let mut pos = 0u32;
    for &b in &order {
        offset_of[b] = pos;
        for i in &cfg.blocks[b].instrs {
            pos += 1 + real_op(i.op).cache_words() as u32;
        }
    }
    // Blocks emptied by cleaning still need an offset for jumps that target them.
    resolve_empty_offsets(&cfg, &order, &mut offset_of, pos);

    let mut code = Vec::with_capacity(pos as usize);
    let mut exception_table = Vec::new();
    let mut line_table: Vec<LineEntry> = Vec::new();
    let mut cur_handler: Option<(u32, u32, bool)> = None; // (target, depth, lasti)
    let mut handler_start = 0u32;
    let mut last_line: i32 = -1;
    for &b in &order {
        for (idx, i) in cfg.blocks[b].instrs.iter().enumerate() {
            let at = code.len() as u32;
            let h = handler_of[b][idx].map(|t| {
                let lasti = preserve_lasti[t];
                let depth = start_depth[t] - 1 - lasti as i32;
                (offset_of[t], depth.max(0) as u32, lasti)
            });
            if h != cur_handler {
                if let Some((target, depth, lasti)) = cur_handler {
                    exception_table.push(ExceptionEntry { start: handler_start, end: at, target, depth, push_lasti: lasti });
                }
                handler_start = at;
                cur_handler = h;
            }
            if i.line >= 0 && i.line != last_line {
                line_table.push(LineEntry { start: at, line: i.line as u32 });
                last_line = i.line;
            }
            let op = real_op_at(i.op, i.target.map(|t| offset_of[t]), at);
            let arg = match i.target {
                Some(t) => offset_of[t],
                None => i.arg,
            };
            if arg > MAX_ARG {
                return Err("instruction argument too large".into());
            }
            code.push(encode(op, arg));
            for _ in 0..op.cache_words() {
                code.push(0);
            }
        }
    }
    if let Some((target, depth, lasti)) = cur_handler {
        exception_table.push(ExceptionEntry { start: handler_start, end: code.len() as u32, target, depth, push_lasti: lasti });
    }
    Ok(Assembled { code, exception_table, line_table, max_depth: max_depth as u32, ncells_dropped })
}

fn real_op(op: Op) -> Opcode {
    match op {
        Op::Real(o) => o,
        Op::Jump | Op::JumpNoInterrupt => Opcode::JUMP_FORWARD,
        _ => Opcode::NOP,
    }
}

fn real_op_at(op: Op, target: Option<u32>, at: u32) -> Opcode {
    match op {
        Op::Real(o) => o,
        Op::Jump => {
            if target.is_some_and(|t| t > at) {
                Opcode::JUMP_FORWARD
            } else {
                Opcode::JUMP_BACKWARD
            }
        }
        Op::JumpNoInterrupt => {
            if target.is_some_and(|t| t > at) {
                Opcode::JUMP_FORWARD
            } else {
                Opcode::JUMP_BACKWARD_NO_INTERRUPT
            }
        }
        _ => Opcode::NOP,
    }
}

/// Blocks in layout order, following `next` from the entry.
pub(crate) fn layout(cfg: &Cfg) -> Vec<Label> {
    let mut out = Vec::new();
    let mut seen = vec![false; cfg.blocks.len()];
    let mut b = Some(cfg.entry);
    while let Some(l) = b {
        if seen[l] {
            break;
        }
        seen[l] = true;
        out.push(l);
        b = cfg.blocks[l].next;
    }
    out
}

fn cell_fixed_offsets(input: &AsmInput<'_>) -> Vec<u32> {
    let ncells = input.cell_is_local.len();
    let n = ncells + input.nfree;
    let mut fixed: Vec<u32> = (0..n).map(|i| (input.nlocals + i) as u32).collect();
    for (i, l) in input.cell_is_local.iter().enumerate() {
        if let Some(l) = l {
            fixed[i] = *l as u32;
        }
    }
    let mut dropped = 0;
    for (i, f) in fixed.iter_mut().enumerate() {
        if *f == (i + input.nlocals) as u32 {
            *f -= dropped;
        } else {
            dropped += 1;
        }
    }
    fixed
}

fn insert_prefix(cfg: &mut Cfg, fixed: &[u32], ncells: usize, nfree: usize) {
    let mut prefix = Vec::new();
    if nfree > 0 {
        prefix.push(Instr { op: Op::Real(Opcode::COPY_FREE_VARS), arg: nfree as u32, target: None, line: -1 });
    }
    // MAKE_CELL in order of final slot; args are the cell index (fixed up below).
    let mut cells: Vec<(u32, usize)> = (0..ncells).map(|i| (fixed[i], i)).collect();
    cells.sort();
    for (_, i) in cells {
        prefix.push(Instr { op: Op::Real(Opcode::MAKE_CELL), arg: i as u32, target: None, line: -1 });
    }
    if !prefix.is_empty() {
        let entry = cfg.entry;
        let old = std::mem::take(&mut cfg.blocks[entry].instrs);
        prefix.extend(old);
        cfg.blocks[entry].instrs = prefix;
    }
}

fn fix_cell_offsets(cfg: &mut Cfg, fixed: &[u32]) {
    for block in cfg.blocks.iter_mut() {
        for i in block.instrs.iter_mut() {
            if let Op::Real(
                Opcode::MAKE_CELL
                | Opcode::LOAD_CLOSURE
                | Opcode::LOAD_DEREF
                | Opcode::STORE_DEREF
                | Opcode::DELETE_DEREF
                | Opcode::LOAD_CLASSDEREF,
            ) = i.op
            {
                if let Some(&f) = fixed.get(i.arg as usize) {
                    i.arg = f;
                }
            }
        }
    }
}

/// The first instruction reached by following `target` through empty blocks.
fn first_instr(cfg: &Cfg, mut b: Label) -> Option<(Label, &Instr)> {
    let mut guard = 0;
    loop {
        if let Some(i) = cfg.blocks[b].instrs.first() {
            return Some((b, i));
        }
        b = cfg.blocks[b].next?;
        guard += 1;
        if guard > cfg.blocks.len() {
            return None;
        }
    }
}

/// Truthiness of a constant, as Python's `bool()`.
pub(crate) fn const_truth(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Ellipsis => true,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(b) => b.iter().any(|x| *x != 0),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { re, im } => *re != 0.0 || *im != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Code(_) => true,
    })
}

fn nop(i: &mut Instr) {
    i.op = Op::Real(Opcode::NOP);
    i.arg = 0;
    i.target = None;
}

/// CPython's `optimize_basic_block`, restricted to what changes behaviour-neutral shape.
fn optimize_block(cfg: &mut Cfg, b: Label, consts: &mut Vec<Constant>) {
    let mut i = 0usize;
    while i < cfg.blocks[b].instrs.len() {
        let n = cfg.blocks[b].instrs.len();
        // Jumps skip over empty blocks (CPython retargets them here).
        if let Some(t) = cfg.blocks[b].instrs[i].target {
            if let Some((tb, _)) = first_instr(cfg, t) {
                cfg.blocks[b].instrs[i].target = Some(tb);
            }
        }
        let inst = cfg.blocks[b].instrs[i].clone();
        let next = cfg.blocks[b].instrs.get(i + 1).cloned();
        let nextop = next.as_ref().map(|x| x.op);
        // Jump threading looks at the first instruction of the target.
        let target_instr = inst.target.and_then(|t| first_instr(cfg, t)).map(|(_, x)| x.clone());
        match inst.op {
            Op::Real(Opcode::LOAD_CONST) => {
                let c = consts.get(inst.arg as usize).cloned();
                match nextop {
                    Some(Op::Real(Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE)) => {
                        if let Some(truth) = c.as_ref().and_then(const_truth) {
                            let jump_if_true = nextop == Some(Op::Real(Opcode::POP_JUMP_IF_TRUE));
                            let blk = &mut cfg.blocks[b];
                            nop(&mut blk.instrs[i]);
                            if truth == jump_if_true {
                                blk.instrs[i + 1].op = Op::Jump;
                            } else {
                                nop(&mut blk.instrs[i + 1]);
                            }
                        }
                    }
                    Some(Op::Real(Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP)) => {
                        if let Some(truth) = c.as_ref().and_then(const_truth) {
                            let jump_if_true = nextop == Some(Op::Real(Opcode::JUMP_IF_TRUE_OR_POP));
                            let blk = &mut cfg.blocks[b];
                            if truth == jump_if_true {
                                blk.instrs[i + 1].op = Op::Jump;
                            } else {
                                nop(&mut blk.instrs[i]);
                                nop(&mut blk.instrs[i + 1]);
                            }
                        }
                    }
                    Some(Op::Real(Opcode::IS_OP)) if c == Some(Constant::None) && i + 2 < n => {
                        let jump = cfg.blocks[b].instrs[i + 2].op;
                        if matches!(jump, Op::Real(Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE)) {
                            let invert = next.as_ref().map(|x| x.arg).unwrap_or(0) != 0;
                            let jump_if_false = jump == Op::Real(Opcode::POP_JUMP_IF_FALSE);
                            let blk = &mut cfg.blocks[b];
                            nop(&mut blk.instrs[i]);
                            nop(&mut blk.instrs[i + 1]);
                            blk.instrs[i + 2].op = if invert ^ jump_if_false {
                                Op::Real(Opcode::POP_JUMP_IF_NOT_NONE)
                            } else {
                                Op::Real(Opcode::POP_JUMP_IF_NONE)
                            };
                        }
                    }
                    _ => {}
                }
            }
            Op::Real(Opcode::BUILD_TUPLE) => {
                if let Some(Op::Real(Opcode::UNPACK_SEQUENCE)) = nextop {
                    let narg = next.as_ref().map(|x| x.arg).unwrap_or(0);
                    if narg == inst.arg {
                        let blk = &mut cfg.blocks[b];
                        match inst.arg {
                            1 => {
                                nop(&mut blk.instrs[i]);
                                nop(&mut blk.instrs[i + 1]);
                            }
                            2 | 3 => {
                                nop(&mut blk.instrs[i]);
                                blk.instrs[i + 1].op = Op::Real(Opcode::SWAP);
                            }
                            _ => {}
                        }
                        i += 1;
                        continue;
                    }
                }
                fold_tuple_of_constants(cfg, b, i, consts);
            }
            Op::Real(Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE | Opcode::POP_JUMP_IF_NONE | Opcode::POP_JUMP_IF_NOT_NONE) => {
                if let Some(t) = &target_instr {
                    if t.op == Op::Jump && jump_thread(&mut cfg.blocks[b].instrs[i], t, inst.op) {
                        continue;
                    }
                }
            }
            Op::Real(Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP) => {
                if let Some(t) = &target_instr {
                    let is_false = inst.op == Op::Real(Opcode::JUMP_IF_FALSE_OR_POP);
                    let (same_pop, same_keep, other_pop, other_keep) = if is_false {
                        (Opcode::POP_JUMP_IF_FALSE, Opcode::JUMP_IF_FALSE_OR_POP, Opcode::POP_JUMP_IF_TRUE, Opcode::JUMP_IF_TRUE_OR_POP)
                    } else {
                        (Opcode::POP_JUMP_IF_TRUE, Opcode::JUMP_IF_TRUE_OR_POP, Opcode::POP_JUMP_IF_FALSE, Opcode::JUMP_IF_FALSE_OR_POP)
                    };
                    if t.op == Op::Real(same_pop) {
                        if jump_thread(&mut cfg.blocks[b].instrs[i], t, Op::Real(same_pop)) {
                            continue;
                        }
                    } else if t.op == Op::Jump || t.op == Op::Real(same_keep) {
                        if jump_thread(&mut cfg.blocks[b].instrs[i], t, Op::Real(same_keep)) {
                            continue;
                        }
                    } else if (t.op == Op::Real(other_pop) || t.op == Op::Real(other_keep)) && inst.line == t.line {
                        // The other condition cannot hold: skip past it.
                        let tb = inst.target.and_then(|x| first_instr(cfg, x)).map(|(l, _)| l);
                        if let Some(tb) = tb {
                            if let Some(after) = cfg.blocks[tb].next {
                                if after != tb {
                                    let ins = &mut cfg.blocks[b].instrs[i];
                                    ins.op = Op::Real(if is_false { Opcode::POP_JUMP_IF_FALSE } else { Opcode::POP_JUMP_IF_TRUE });
                                    ins.target = Some(after);
                                    continue;
                                }
                            }
                        }
                    }
                }
            }
            Op::Jump => {
                if let Some(t) = &target_instr {
                    if t.op == Op::Jump && jump_thread(&mut cfg.blocks[b].instrs[i], t, Op::Jump) {
                        continue;
                    }
                }
            }
            Op::Real(Opcode::SWAP) => {
                if inst.arg == 1 {
                    nop(&mut cfg.blocks[b].instrs[i]);
                } else {
                    swaptimize(&mut cfg.blocks[b].instrs, &mut i);
                    apply_static_swaps(&mut cfg.blocks[b].instrs, i);
                }
            }
            Op::Real(Opcode::PUSH_NULL) => {
                if let Some(nx) = &next {
                    if nx.op == Op::Real(Opcode::LOAD_GLOBAL) && nx.arg & 1 == 0 {
                        let blk = &mut cfg.blocks[b];
                        nop(&mut blk.instrs[i]);
                        blk.instrs[i + 1].arg |= 1;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
}

/// Replaces a run of SWAPs (and NOPs) by the fewest SWAPs with the same effect.
fn swaptimize(instrs: &mut [Instr], ix: &mut usize) {
    let start = *ix;
    let mut depth = instrs[start].arg as usize;
    let mut len = 0;
    let mut more = false;
    let limit = instrs.len() - start;
    loop {
        len += 1;
        if len >= limit {
            break;
        }
        let ins = &instrs[start + len];
        if ins.is(Opcode::SWAP) {
            depth = depth.max(ins.arg as usize);
            more = true;
        } else if !ins.op.is_nop() {
            break;
        }
    }
    if !more {
        return;
    }
    const VISITED: i64 = -1;
    let mut stack: Vec<i64> = (0..depth as i64).collect();
    for k in 0..len {
        let ins = &instrs[start + k];
        if ins.is(Opcode::SWAP) {
            let o = ins.arg as usize;
            stack.swap(0, o - 1);
        }
    }
    let mut current = len as i64 - 1;
    for i in 0..depth {
        if stack[i] == VISITED || stack[i] == i as i64 {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 {
                let ins = &mut instrs[start + current as usize];
                ins.op = Op::Real(Opcode::SWAP);
                ins.arg = j as u32 + 1;
                ins.target = None;
                current -= 1;
            }
            if stack[j] == VISITED {
                break;
            }
            let next_j = stack[j] as usize;
            stack[j] = VISITED;
            j = next_j;
        }
    }
    while current >= 0 {
        nop(&mut instrs[start + current as usize]);
        current -= 1;
    }
    *ix += len - 1;
}

fn swappable(i: &Instr) -> bool {
    i.is(Opcode::STORE_FAST) || i.is(Opcode::POP_TOP)
}

fn next_swappable_instruction(instrs: &[Instr], mut i: usize, line: i32) -> Option<usize> {
    loop {
        i += 1;
        let ins = instrs.get(i)?;
        if line >= 0 && ins.line != line {
            return None;
        }
        if ins.op.is_nop() {
            continue;
        }
        if swappable(ins) {
            return Some(i);
        }
        return None;
    }
}

/// Applies SWAPs statically by swapping the STORE_FAST/POP_TOP instructions that follow.
fn apply_static_swaps(instrs: &mut [Instr], i: usize) {
    let mut i = i as i64;
    while i >= 0 {
        let iu = i as usize;
        if !instrs[iu].is(Opcode::SWAP) {
            if instrs[iu].op.is_nop() || swappable(&instrs[iu]) {
                i -= 1;
                continue;
            }
            return;
        }
        let Some(j) = next_swappable_instruction(instrs, iu, -1) else { return };
        let mut k = j;
        let line = instrs[j].line;
        let mut count = instrs[iu].arg as i64 - 1;
        while count > 0 {
            match next_swappable_instruction(instrs, k, line) {
                Some(n) => k = n,
                None => return,
            }
            count -= 1;
        }
        // Reordering is unsafe if the two stores hit the same local, or a store in between
        // hits either (`a, a = x, y` must leave y in a).
        let stores_to = |ins: &Instr| if ins.is(Opcode::STORE_FAST) { Some(ins.arg) } else { None };
        let (sj, sk) = (stores_to(&instrs[j]), stores_to(&instrs[k]));
        if sj.is_some() || sk.is_some() {
            if sj == sk {
                return;
            }
            for idx in j + 1..k {
                if let Some(s) = stores_to(&instrs[idx]) {
                    if Some(s) == sj || Some(s) == sk {
                        return;
                    }
                }
            }
        }
        nop(&mut instrs[iu]);
        instrs.swap(j, k);
        i -= 1;
    }
}

fn jump_thread(inst: &mut Instr, target: &Instr, op: Op) -> bool {
    if inst.line == target.line && inst.target != target.target && target.target.is_some() {
        inst.target = target.target;
        inst.op = op;
        true
    } else {
        false
    }
}

/// `LOAD_CONST a; LOAD_CONST b; BUILD_TUPLE 2` → `LOAD_CONST (a, b)`.
fn fold_tuple_of_constants(cfg: &mut Cfg, b: Label, i: usize, consts: &mut Vec<Constant>) {
    let n = cfg.blocks[b].instrs[i].arg as usize;
    if n > i {
        return;
    }
    let instrs = &cfg.blocks[b].instrs;
    let mut items = Vec::with_capacity(n);
    for k in i - n..i {
        if !instrs[k].is(Opcode::LOAD_CONST) {
            return;
        }
        match consts.get(instrs[k].arg as usize) {
            Some(c) => items.push(c.clone()),
            None => return,
        }
    }
    let idx = add_const(consts, Constant::Tuple(items));
    let blk = &mut cfg.blocks[b];
    for k in i - n..i {
        nop(&mut blk.instrs[k]);
    }
    blk.instrs[i].op = Op::Real(Opcode::LOAD_CONST);
    blk.instrs[i].arg = idx;
}

/// Adds a constant, reusing an equal one (same type and value) if present.
pub(crate) fn add_const(consts: &mut Vec<Constant>, c: Constant) -> u32 {
    if !matches!(c, Constant::Code(_)) {
        if let Some(i) = consts.iter().position(|x| const_identical(x, &c)) {
            return i as u32;
        }
    }
    consts.push(c);
    (consts.len() - 1) as u32
}

/// The constants of a code object under construction, with a hash index so that adding
/// one stays O(1) even for modules with tens of thousands of them.
#[derive(Default)]
pub(crate) struct ConstPool {
    pub list: Vec<Constant>,
    index: std::collections::HashMap<String, u32>,
}

/// A key equal for exactly the constants `const_identical` calls equal (None for code).
fn const_key(c: &Constant, out: &mut String) -> Option<()> {
    use std::fmt::Write;
    match c {
        Constant::None => out.push('N'),
        Constant::Ellipsis => out.push('E'),
        Constant::Bool(b) => out.push(if *b { 'T' } else { 'F' }),
        Constant::Int(i) => {
            let _ = write!(out, "i{i};");
        }
        Constant::BigInt(b) => {
            let _ = write!(out, "I{b:?};");
        }
        Constant::Float(f) => {
            let _ = write!(out, "f{};", f.to_bits());
        }
        Constant::Complex { re, im } => {
            let _ = write!(out, "c{},{};", re.to_bits(), im.to_bits());
        }
        Constant::Str(s) => {
            let _ = write!(out, "s{}:{s}", s.len());
        }
        Constant::Bytes(b) => {
            let _ = write!(out, "b{b:?};");
        }
        Constant::Tuple(t) | Constant::FrozenSet(t) => {
            out.push(if matches!(c, Constant::Tuple(_)) { '(' } else { '{' });
            let _ = write!(out, "{};", t.len());
            for x in t {
                const_key(x, out)?;
            }
        }
        Constant::Code(_) => return None,
    }
    Some(())
}

impl ConstPool {
    pub(crate) fn add(&mut self, c: Constant) -> u32 {
        let mut key = String::new();
        if const_key(&c, &mut key).is_some() {
            if let Some(&i) = self.index.get(&key) {
                return i;
            }
            let i = self.list.len() as u32;
            self.list.push(c);
            self.index.insert(key, i);
            return i;
        }
        self.list.push(c);
        (self.list.len() - 1) as u32
    }
}

/// Equality as CPython's constant cache sees it: same type, same value, floats by bits.
pub(crate) fn const_identical(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        (Constant::Complex { re: a1, im: b1 }, Constant::Complex { re: a2, im: b2 }) => {
            a1.to_bits() == a2.to_bits() && b1.to_bits() == b2.to_bits()
        }
        (Constant::Tuple(x), Constant::Tuple(y)) | (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| const_identical(p, q))
        }
        // Code objects are shared by codegen only when compiled twice from the same source
        // (see `make_closure`); this is the equality check it uses.
        (Constant::Code(x), Constant::Code(y)) => {
            x.name == y.name
                && x.qualname == y.qualname
                && x.flags == y.flags
                && x.argcount == y.argcount
                && x.posonlyargcount == y.posonlyargcount
                && x.kwonlyargcount == y.kwonlyargcount
                && x.firstlineno == y.firstlineno
                && x.code == y.code
                && x.names == y.names
                && x.localsplus_names == y.localsplus_names
                && x.localsplus_kinds == y.localsplus_kinds
                && x.line_table == y.line_table
                && x.exception_table == y.exception_table
                && x.consts.len() == y.consts.len()
                && x.consts.iter().zip(&y.consts).all(|(p, q)| const_identical(p, q))
        }
        (Constant::Code(_), _) | (_, Constant::Code(_)) => false,
        _ => a == b,
    }
}

/// Removes NOPs that carry no line information (CPython's `clean_basic_block`).
fn clean_block(cfg: &mut Cfg, b: Label) {
    let next_line = cfg_next_first_line(cfg, b);
    let dummy = vec![None; cfg.blocks[b].instrs.len()];
    let (instrs, _) = clean_with_handlers(&cfg.blocks[b], &dummy, &next_line);
    cfg.blocks[b].instrs = instrs;
}

fn cfg_next_first_line(cfg: &Cfg, b: Label) -> Option<i32> {
    let mut next = cfg.blocks[b].next;
    let mut guard = 0;
    while let Some(n) = next {
        if let Some(i) = cfg.blocks[n].instrs.first() {
            return Some(i.line);
        }
        next = cfg.blocks[n].next;
        guard += 1;
        if guard > cfg.blocks.len() {
            break;
        }
    }
    None
}

fn clean_with_handlers(block: &Block, handlers: &[Option<Label>], next_first_line: &Option<i32>) -> (Vec<Instr>, Vec<Option<Label>>) {
    let src = &block.instrs;
    let mut out: Vec<Instr> = Vec::with_capacity(src.len());
    let mut hs = Vec::with_capacity(src.len());
    let mut prev_line = -1;
    let mut carry: Option<i32> = None;
    for (k, ins) in src.iter().enumerate() {
        let mut ins = ins.clone();
        if let Some(l) = carry.take() {
            ins.line = l;
        }
        let line = ins.line;
        if ins.op.is_nop() {
            if line < 0 || prev_line == line {
                continue;
            }
            if k + 1 < src.len() {
                let nl = src[k + 1].line;
                if nl < 0 || nl == line {
                    carry = Some(line);
                    continue;
                }
            } else if let Some(nl) = next_first_line {
                if *nl == line {
                    continue;
                }
            }
        }
        prev_line = line;
        hs.push(handlers.get(k).copied().flatten());
        out.push(ins);
    }
    (out, hs)
}

/// Copies a small exit block into a block that ends by jumping to it.
fn extend_block(cfg: &mut Cfg, b: Label) {
    let Some(last) = cfg.blocks[b].instrs.last() else { return };
    if last.op != Op::Jump {
        return;
    }
    let Some(t) = last.target else { return };
    let Some((tb, _)) = first_instr(cfg, t) else { return };
    let target = &cfg.blocks[tb];
    if is_exit_without_lineno(target) && target.instrs.len() <= MAX_COPY_SIZE {
        let copy = target.instrs.clone();
        let blk = &mut cfg.blocks[b];
        // The jump becomes a NOP that keeps its line for the copied instructions.
        if let Some(l) = blk.instrs.last_mut() {
            nop(l);
        }
        blk.instrs.extend(copy);
    }
}

/// Predecessor counts from the entry (0 = unreachable).
fn mark_reachable(cfg: &Cfg) -> Vec<u32> {
    let mut preds = vec![0u32; cfg.blocks.len()];
    let mut stack = vec![cfg.entry];
    preds[cfg.entry] = 1;
    while let Some(b) = stack.pop() {
        let block = &cfg.blocks[b];
        if block.falls_through() {
            if let Some(n) = block.next {
                if preds[n] == 0 {
                    stack.push(n);
                }
                preds[n] += 1;
            }
        }
        for i in &block.instrs {
            if i.op.is_jump() || i.op.is_block_push() {
                if let Some(t) = i.target {
                    if preds[t] == 0 {
                        stack.push(t);
                    }
                    preds[t] += 1;
                }
            }
        }
    }
    preds
}

/// Removes empty blocks from the layout, retargeting jumps to the next non-empty block.
fn eliminate_empty_blocks(cfg: &mut Cfg) {
    let nb = cfg.blocks.len();
    // Resolve each block to the first non-empty block at or after it.
    let mut resolved: Vec<Option<Label>> = vec![None; nb];
    for b in 0..nb {
        resolved[b] = first_instr(cfg, b).map(|(l, _)| l);
    }
    for b in 0..nb {
        for i in cfg.blocks[b].instrs.iter_mut() {
            if let Some(t) = i.target {
                if let Some(r) = resolved[t] {
                    i.target = Some(r);
                }
            }
        }
    }
    // Skip empty blocks in the layout chain.
    let order = layout(cfg);
    let nonempty: Vec<Label> = order.iter().copied().filter(|&b| !cfg.blocks[b].instrs.is_empty() || b == cfg.entry).collect();
    for w in nonempty.windows(2) {
        cfg.blocks[w[0]].next = Some(w[1]);
    }
    if let Some(&l) = nonempty.last() {
        cfg.blocks[l].next = None;
    }
}

fn remove_redundant_jumps(cfg: &mut Cfg) {
    for b in layout(cfg) {
        let next = cfg.blocks[b].next.and_then(|n| first_instr(cfg, n)).map(|(l, _)| l);
        let blk = &mut cfg.blocks[b];
        if let Some(last) = blk.instrs.last_mut() {
            if matches!(last.op, Op::Jump | Op::JumpNoInterrupt) && last.target.is_some() && last.target == next {
                nop(last);
                if last.line < 0 {
                    blk.instrs.pop();
                }
            }
        }
    }
}

/// Drops constants after the last one used (CPython keeps consts[0], the docstring slot).
fn trim_unused_consts(cfg: &Cfg, consts: &mut Vec<Constant>) {
    let mut max = 0;
    for b in layout(cfg) {
        for i in &cfg.blocks[b].instrs {
            if i.is(Opcode::LOAD_CONST) || i.is(Opcode::KW_NAMES) {
                max = max.max(i.arg as usize);
            }
        }
    }
    if max + 1 < consts.len() {
        consts.truncate(max + 1);
    }
}

fn is_exit_without_lineno(block: &Block) -> bool {
    block.is_exit() && block.instrs.iter().all(|i| i.line < 0)
}

fn duplicate_exits_without_lineno(cfg: &mut Cfg) {
    let preds = mark_reachable(cfg);
    let mut preds = preds;
    // CPython walks its block list newest first; copies land right after their original.
    for b in (0..cfg.blocks.len()).rev() {
        if preds[b] == 0 {
            continue;
        }
        let Some(last) = cfg.blocks[b].instrs.last() else { continue };
        if !last.op.is_jump() {
            continue;
        }
        let Some(t) = last.target else { continue };
        if is_exit_without_lineno(&cfg.blocks[t]) && preds[t] > 1 {
            let line = last.line;
            let mut copy = cfg.blocks[t].clone();
            if let Some(first) = copy.instrs.first_mut() {
                first.line = line;
            }
            copy.next = cfg.blocks[t].next;
            cfg.blocks.push(copy);
            let nt = cfg.blocks.len() - 1;
            preds.push(1);
            preds[t] -= 1;
            cfg.blocks[t].next = Some(nt);
            if let Some(l) = cfg.blocks[b].instrs.last_mut() {
                l.target = Some(nt);
            }
        }
    }
    for b in layout(cfg) {
        let blk = &cfg.blocks[b];
        if blk.falls_through() && !blk.instrs.is_empty() {
            if let Some(n) = blk.next {
                if is_exit_without_lineno(&cfg.blocks[n]) {
                    let line = blk.instrs.last().map(|i| i.line).unwrap_or(-1);
                    if let Some(first) = cfg.blocks[n].instrs.first_mut() {
                        first.line = line;
                    }
                }
            }
        }
    }
}

fn propagate_line_numbers(cfg: &mut Cfg) {
    let preds = mark_reachable(cfg);
    for b in layout(cfg) {
        if cfg.blocks[b].instrs.is_empty() {
            continue;
        }
        let mut prev = -1;
        for i in cfg.blocks[b].instrs.iter_mut() {
            if i.line < 0 {
                i.line = prev;
            } else {
                prev = i.line;
            }
        }
        let falls = cfg.blocks[b].falls_through();
        if falls {
            if let Some(n) = cfg.blocks[b].next {
                if preds[n] == 1 {
                    if let Some(f) = cfg.blocks[n].instrs.first_mut() {
                        if f.line < 0 {
                            f.line = prev;
                        }
                    }
                }
            }
        }
        let last = cfg.blocks[b].instrs.last().cloned();
        if let Some(last) = last {
            if last.op.is_jump() {
                if let Some(t) = last.target {
                    if preds[t] == 1 {
                        if let Some(f) = cfg.blocks[t].instrs.first_mut() {
                            if f.line < 0 {
                                f.line = prev;
                            }
                        }
                    }
                }
            }
        }
    }
}

fn guarantee_lineno_for_exits(cfg: &mut Cfg, firstlineno: i32) {
    let mut line = firstlineno;
    for b in layout(cfg) {
        let blk = &mut cfg.blocks[b];
        let Some(last) = blk.instrs.last() else { continue };
        if last.line < 0 {
            if last.is(Opcode::RETURN_VALUE) {
                for i in blk.instrs.iter_mut() {
                    if i.line < 0 {
                        i.line = line;
                    }
                }
            }
        } else {
            line = last.line;
        }
    }
}

/// Start depth of every block (-1 if unreachable) and the maximum depth.
fn stack_depths(cfg: &Cfg) -> Result<(Vec<i32>, i32), String> {
    let mut start = vec![i32::MIN; cfg.blocks.len()];
    let mut stack = vec![cfg.entry];
    start[cfg.entry] = 0;
    let mut max = 0;
    let push = |b: Label, d: i32, start: &mut Vec<i32>, stack: &mut Vec<Label>| -> Result<(), String> {
        if start[b] == i32::MIN {
            start[b] = d;
            stack.push(b);
        } else if start[b] != d {
            return Err(format!("inconsistent stack depth at block {b}: {} vs {d}", start[b]));
        }
        Ok(())
    };
    while let Some(b) = stack.pop() {
        let mut depth = start[b];
        let block = &cfg.blocks[b];
        let mut falls = true;
        for i in &block.instrs {
            let eff = i.op.stack_effect(i.arg, false);
            let nd = depth + eff;
            if nd < 0 {
                return Err(format!("stack underflow in block {b} at {:?}", i.op));
            }
            max = max.max(nd);
            if i.op.is_jump() || i.op.is_block_push() {
                let td = depth + i.op.stack_effect(i.arg, true);
                max = max.max(td);
                if let Some(t) = i.target {
                    push(t, td, &mut start, &mut stack)?;
                }
            }
            depth = nd;
            if i.op.is_terminator() {
                falls = false;
                break;
            }
        }
        if falls {
            if let Some(n) = block.next {
                push(n, depth, &mut start, &mut stack)?;
            }
        }
    }
    Ok((start, max))
}

/// For every instruction, the innermost active exception handler (CPython's
/// `label_exception_targets`).
fn label_exception_targets(cfg: &Cfg) -> Vec<Vec<Option<Label>>> {
    let nb = cfg.blocks.len();
    let mut out: Vec<Vec<Option<Label>>> = cfg.blocks.iter().map(|b| vec![None; b.instrs.len()]).collect();
    let mut stacks: Vec<Option<Vec<Label>>> = vec![None; nb];
    let mut visited = vec![false; nb];
    let mut todo = vec![cfg.entry];
    stacks[cfg.entry] = Some(Vec::new());
    visited[cfg.entry] = true;
    while let Some(b) = todo.pop() {
        let mut stack = stacks[b].take().unwrap_or_default();
        let block = &cfg.blocks[b];
        for (k, i) in block.instrs.iter().enumerate() {
            if i.op.is_block_push() {
                if let Some(t) = i.target {
                    if !visited[t] {
                        visited[t] = true;
                        stacks[t] = Some(stack.clone());
                        todo.push(t);
                    }
                    stack.push(t);
                }
            } else if i.op == Op::PopBlock {
                stack.pop();
            } else {
                out[b][k] = stack.last().copied();
                if i.op.is_jump() {
                    if let Some(t) = i.target {
                        if !visited[t] {
                            visited[t] = true;
                            stacks[t] = Some(stack.clone());
                            todo.push(t);
                        }
                    }
                }
            }
        }
        if block.falls_through() {
            if let Some(n) = block.next {
                if !visited[n] {
                    visited[n] = true;
                    stacks[n] = Some(stack);
                    todo.push(n);
                }
            }
        }
    }
    out
}

fn resolve_empty_offsets(cfg: &Cfg, order: &[Label], offset_of: &mut [u32], end: u32) {
    // Blocks not in the layout (never the case for reachable targets) keep MAX; empty
    // blocks in the layout take the offset of the next non-empty block.
    for (k, &b) in order.iter().enumerate() {
        if cfg.blocks[b].instrs.is_empty() {
            let mut off = end;
            for &n in &order[k + 1..] {
                if !cfg.blocks[n].instrs.is_empty() {
                    off = offset_of[n];
                    break;
                }
            }
            offset_of[b] = off;
        }
    }
}

/// Makes every backward edge a JUMP_BACKWARD, where the VM checks the eval breaker and the
/// JIT counts loop iterations. CPython 3.11 has backward variants of its conditional jumps
/// for this; pygmy's conditional jumps are absolute, so a backward `POP_JUMP_IF_X t` becomes
/// `POP_JUMP_IF_NOT_X next; JUMP_BACKWARD t; next:`, and a backward `JUMP_IF_X_OR_POP t`
/// jumps forward to a `JUMP_BACKWARD t` placed at the end of the code.
fn route_backward_jumps(cfg: &mut Cfg) {
    let order = layout(cfg);
    let mut pos = vec![usize::MAX; cfg.blocks.len()];
    for (i, &b) in order.iter().enumerate() {
        pos[b] = i;
    }
    let mut tail: Vec<Label> = Vec::new();
    for &b in &order {
        let Some(last) = cfg.blocks[b].instrs.last().cloned() else { continue };
        let Some(t) = last.target else { continue };
        if !last.op.is_jump() || last.op.is_unconditional_jump() || pos[t] > pos[b] || pos[t] == usize::MAX {
            continue;
        }
        let inverted = match last.op {
            Op::Real(Opcode::POP_JUMP_IF_FALSE) => Some(Opcode::POP_JUMP_IF_TRUE),
            Op::Real(Opcode::POP_JUMP_IF_TRUE) => Some(Opcode::POP_JUMP_IF_FALSE),
            Op::Real(Opcode::POP_JUMP_IF_NONE) => Some(Opcode::POP_JUMP_IF_NOT_NONE),
            Op::Real(Opcode::POP_JUMP_IF_NOT_NONE) => Some(Opcode::POP_JUMP_IF_NONE),
            _ => None,
        };
        let jump = Instr { op: Op::Jump, arg: 0, target: Some(t), line: last.line };
        match inverted {
            Some(inv) => {
                // b: ... POP_JUMP_IF_NOT_X next ; hop: JUMP_BACKWARD t ; next: (old next)
                let next = cfg.blocks[b].next;
                let hop = cfg.new_block();
                cfg.blocks[hop].instrs.push(jump);
                cfg.blocks[hop].next = next;
                let after = match next {
                    Some(n) => n,
                    None => {
                        let e = cfg.new_block();
                        cfg.blocks[hop].next = Some(e);
                        e
                    }
                };
                cfg.blocks[b].next = Some(hop);
                let l = cfg.blocks[b].instrs.last_mut().unwrap();
                l.op = Op::Real(inv);
                l.target = Some(after);
            }
            None => {
                let tramp = cfg.new_block();
                cfg.blocks[tramp].instrs.push(jump);
                cfg.blocks[b].instrs.last_mut().unwrap().target = Some(tramp);
                tail.push(tramp);
            }
        }
    }
    if !tail.is_empty() {
        let order = layout(cfg);
        let mut last = *order.last().unwrap();
        for t in tail {
            cfg.blocks[last].next = Some(t);
            last = t;
        }
    }
}
