//! The dominator view of a wasm module's code, as twiggy's `dominators`: function A
//! dominates B when every path from the module's roots (its exports, its start function, the
//! functions its element segments put in a table, `ref.func` in global initializers) to B
//! goes through A. A function's *retained* size is its own body plus the bodies of all the
//! functions it dominates: what removing it (or moving it into a lazily fetched chunk) takes
//! out with it, where "largest functions" only says what it costs alone.
//!
//! Calls are `call`, `return_call` and `ref.func` in bodies; `call_indirect` reaches the
//! table, whose elements are roots. Imported functions have no body and count 0 bytes.

use anyhow::{Context, Result};
use wasmparser::{ElementItems, ExternalKind, Operator, Parser, Payload, TypeRef};

/// One function in the dominator tree.
#[derive(Clone, Debug, PartialEq)]
pub struct Retained {
    /// The function's index (imports first, as in the names map).
    pub index: u32,
    /// Bytes of its body (0 for an import).
    pub own: u64,
    /// `own` plus the retained bytes of every function it immediately dominates.
    pub retained: u64,
    /// Its immediate dominator; `None` when only the roots dominate it.
    pub idom: Option<u32>,
}

/// The dominator tree of a module's functions.
#[derive(Clone, Debug, Default)]
pub struct Dominators {
    /// Every function reachable from the roots, in no particular order.
    pub reachable: Vec<Retained>,
    /// Functions no root reaches (dead code the linker kept), with their body bytes.
    pub unreachable: Vec<(u32, u64)>,
    /// Bytes of all bodies.
    pub code_bytes: u64,
}

/// Builds the call graph of `wasm` and its dominator tree (Cooper, Harvey and Kennedy's
/// iterative algorithm over a reverse postorder).
pub fn dominators(wasm: &[u8]) -> Result<Dominators> {
    let mut imported = 0u32;
    let mut roots: Vec<u32> = Vec::new();
    let mut sizes: Vec<u64> = Vec::new();
    let mut calls: Vec<Vec<u32>> = Vec::new();
    for payload in Parser::new(0).parse_all(wasm) {
        match payload.context("parsing the wasm module")? {
            Payload::ImportSection(r) => {
                for import in r.into_imports() {
                    if matches!(import?.ty, TypeRef::Func(_)) {
                        imported += 1;
                    }
                }
            }
            Payload::ExportSection(r) => {
                for e in r {
                    let e = e?;
                    if e.kind == ExternalKind::Func {
                        roots.push(e.index);
                    }
                }
            }
            Payload::StartSection { func, .. } => roots.push(func),
            Payload::ElementSection(r) => {
                for el in r {
                    match el?.items {
                        ElementItems::Functions(fs) => {
                            for f in fs {
                                roots.push(f?);
                            }
                        }
                        ElementItems::Expressions(_, es) => {
                            for e in es {
                                refs_in(e?.get_operators_reader(), &mut roots)?;
                            }
                        }
                    }
                }
            }
            Payload::GlobalSection(r) => {
                for g in r {
                    refs_in(g?.init_expr.get_operators_reader(), &mut roots)?;
                }
            }
            Payload::CodeSectionEntry(body) => {
                sizes.push(body.range().len() as u64);
                let mut out = Vec::new();
                refs_in(body.get_operators_reader()?, &mut out)?;
                calls.push(out);
            }
            _ => {}
        }
    }
    // Nodes: function i is node i; the virtual root is node `n`.
    let n = imported as usize + sizes.len();
    let own = |i: usize| if i < imported as usize { 0 } else { sizes[i - imported as usize] };
    let succ = |i: usize| -> &[u32] {
        if i == n {
            &roots
        } else if i < imported as usize {
            &[]
        } else {
            &calls[i - imported as usize]
        }
    };
    if let Some(bad) = roots.iter().chain(calls.iter().flatten()).find(|&&f| f as usize >= n) {
        anyhow::bail!("function index {bad} is out of range ({n} functions)");
    }
    // Postorder numbers by an iterative depth-first search from the root.
    let mut post = vec![usize::MAX; n + 1];
    let mut order = Vec::with_capacity(n + 1); // postorder
    let mut seen = vec![false; n + 1];
    let mut stack = vec![(n, 0usize)];
    seen[n] = true;
    while let Some(&mut (v, ref mut next)) = stack.last_mut() {
        if let Some(&w) = succ(v).get(*next) {
            *next += 1;
            if !seen[w as usize] {
                seen[w as usize] = true;
                stack.push((w as usize, 0));
            }
        } else {
            post[v] = order.len();
            order.push(v);
            stack.pop();
        }
    }
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
    for &v in &order {
        for &w in succ(v) {
            preds[w as usize].push(v);
        }
    }
    let mut idom = vec![usize::MAX; n + 1];
    idom[n] = n;
    let mut changed = true;
    while changed {
        changed = false;
        for &v in order.iter().rev().skip(1) {
            let mut new = usize::MAX;
            for &p in &preds[v] {
                if idom[p] == usize::MAX {
                    continue;
                }
                new = if new == usize::MAX { p } else { intersect(&idom, &post, p, new) };
            }
            if new != idom[v] {
                idom[v] = new;
                changed = true;
            }
        }
    }
    // In postorder every function comes before its dominator.
    let mut retained: Vec<u64> = (0..=n).map(|i| if i == n { 0 } else { own(i) }).collect();
    for &v in &order {
        if v != n {
            retained[idom[v]] += retained[v];
        }
    }
    let reachable = order
        .iter()
        .filter(|&&v| v != n)
        .map(|&v| Retained { index: v as u32, own: own(v), retained: retained[v], idom: (idom[v] != n).then_some(idom[v] as u32) })
        .collect();
    let unreachable = (0..n).filter(|&i| !seen[i]).map(|i| (i as u32, own(i))).collect();
    Ok(Dominators { reachable, unreachable, code_bytes: sizes.iter().sum() })
}

/// The functions `call`, `return_call` and `ref.func` name in an operator sequence.
fn refs_in(ops: wasmparser::OperatorsReader, out: &mut Vec<u32>) -> Result<()> {
    for op in ops {
        match op? {
            Operator::Call { function_index } | Operator::ReturnCall { function_index } | Operator::RefFunc { function_index } => out.push(function_index),
            _ => {}
        }
    }
    Ok(())
}

/// The nearest common dominator of `a` and `b` (both processed already).
fn intersect(idom: &[usize], post: &[usize], mut a: usize, mut b: usize) -> usize {
    while a != b {
        while post[a] < post[b] {
            a = idom[a];
        }
        while post[b] < post[a] {
            b = idom[b];
        }
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_encoder::{CodeSection, ExportKind, ExportSection, Function, FunctionSection, Instruction, Module, TypeSection};

    /// A module whose function i calls `calls[i]`, padded with `pad[i]` nops, exporting `exports`.
    fn module(calls: &[&[u32]], pad: &[usize], exports: &[u32]) -> Vec<u8> {
        let mut m = Module::new();
        let mut types = TypeSection::new();
        types.ty().function([], []);
        m.section(&types);
        let mut funcs = FunctionSection::new();
        calls.iter().for_each(|_| {
            funcs.function(0);
        });
        m.section(&funcs);
        let mut ex = ExportSection::new();
        for &e in exports {
            ex.export(&format!("f{e}"), ExportKind::Func, e);
        }
        m.section(&ex);
        let mut code = CodeSection::new();
        for (i, cs) in calls.iter().enumerate() {
            let mut f = Function::new([]);
            for &c in cs.iter() {
                f.instruction(&Instruction::Call(c));
            }
            for _ in 0..pad[i] {
                f.instruction(&Instruction::Nop);
            }
            f.instruction(&Instruction::End);
            code.function(&f);
        }
        m.section(&code);
        m.finish()
    }

    fn by_index(d: &Dominators) -> Vec<(u32, u64, u64, Option<u32>)> {
        let mut v: Vec<_> = d.reachable.iter().map(|r| (r.index, r.own, r.retained, r.idom)).collect();
        v.sort();
        v
    }

    #[test]
    fn a_diamond_is_retained_by_its_top_and_a_shared_callee_by_no_branch() {
        // 0 → 1, 2; 1 → 3; 2 → 3; 3 → 4. Function 5 is never called; 6 is exported and calls 4.
        let wasm = module(&[&[1, 2], &[3], &[3], &[4], &[], &[], &[4]], &[10, 20, 30, 40, 50, 60, 70], &[0, 6]);
        let d = dominators(&wasm).unwrap();
        let size = |i: usize| d.reachable.iter().find(|r| r.index == i as u32).unwrap().own;
        let (s0, s1, s2, s3, s4, s6) = (size(0), size(1), size(2), size(3), size(4), size(6));
        assert_eq!(
            by_index(&d),
            vec![
                (0, s0, s0 + s1 + s2 + s3, None),
                (1, s1, s1, Some(0)),
                (2, s2, s2, Some(0)),
                (3, s3, s3, Some(0)),
                (4, s4, s4, None), // also reached from the export 6
                (6, s6, s6, None),
            ]
        );
        assert_eq!(d.unreachable.len(), 1);
        assert_eq!(d.unreachable[0].0, 5);
        assert_eq!(d.code_bytes, s0 + s1 + s2 + s3 + s4 + size_of_unreachable(&d) + s6);
    }

    fn size_of_unreachable(d: &Dominators) -> u64 {
        d.unreachable.iter().map(|u| u.1).sum()
    }

    #[test]
    fn a_cycle_is_dominated_by_its_entry() {
        // 0 → 1 → 2 → 1 (a loop), 2 → 3.
        let wasm = module(&[&[1], &[2], &[1, 3], &[]], &[1, 2, 3, 4], &[0]);
        let d = dominators(&wasm).unwrap();
        let idoms: Vec<_> = by_index(&d).iter().map(|r| (r.0, r.3)).collect();
        assert_eq!(idoms, vec![(0, None), (1, Some(0)), (2, Some(1)), (3, Some(2))]);
        let top = d.reachable.iter().find(|r| r.index == 0).unwrap();
        assert_eq!(top.retained, d.code_bytes);
    }

    #[test]
    fn a_call_out_of_range_is_an_error_not_a_panic() {
        let wasm = module(&[&[7]], &[0], &[0]);
        assert!(dominators(&wasm).unwrap_err().to_string().contains("out of range"));
    }
}
