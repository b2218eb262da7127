//! Disassembler: a readable listing of a code object, in the spirit of `python3 -m dis`.
//! Used by bytecode snapshot tests and `pygmy dis`.

use crate::code::{CodeObject, Constant};
use crate::opcode::{ArgKind, BinaryOp, CompareOp};
use std::fmt::Write;

/// Short display of a constant (strings and bytes use Python-like quoting).
pub fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => format!("<bigint {} bytes>", b.len()),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex { re, im } => format!("({re:?}+{im:?}j)"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            if items.len() == 1 { format!("({},)", inner[0]) } else { format!("({})", inner.join(", ")) }
        }
        Constant::FrozenSet(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", inner.join(", "))
        }
        Constant::Code(code) => format!("<code {}>", code.qualname),
    }
}

/// Disassembles `code` and, recursively, the code objects among its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push('\n');
            out.push_str(&disassemble(inner));
        }
    }
    out
}

fn dis_one(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of {} (args={} posonly={} kwonly={} stack={} flags={:#x}):",
        code.qualname, code.argcount, code.posonlyargcount, code.kwonlyargcount, code.stacksize, code.flags
    );
    let targets: Vec<u32> = code.instructions().filter(|(_, op, _)| op.is_jump()).map(|(_, _, a)| a).collect();
    let handlers: Vec<u32> = code.exception_table.iter().map(|e| e.target).collect();
    let mut last_line = 0;
    for (at, op, arg) in code.instructions() {
        let line = code.line_at(at);
        let line_col = if line != last_line {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".into()
        };
        let mark = if targets.contains(&at) || handlers.contains(&at) { ">>" } else { "  " };
        let name = op.name();
        let detail = match op.arg_kind() {
            ArgKind::None => String::new(),
            ArgKind::Num => arg.to_string(),
            ArgKind::Const => format!("{arg} ({})", code.consts.get(arg as usize).map(const_repr).unwrap_or_default()),
            ArgKind::Name => format!("{arg} ({})", code.names.get(arg as usize).cloned().unwrap_or_default()),
            ArgKind::GlobalName => {
                let n = code.names.get((arg >> 1) as usize).cloned().unwrap_or_default();
                format!("{arg} ({}{n})", if arg & 1 != 0 { "NULL + " } else { "" })
            }
            ArgKind::Local => format!("{arg} ({})", code.localsplus_names.get(arg as usize).cloned().unwrap_or_default()),
            ArgKind::Jump => format!("to {arg}"),
            ArgKind::BinOp => format!("{arg} ({})", BinaryOp::from_arg(arg).map(|b| b.symbol()).unwrap_or("?")),
            ArgKind::CmpOp => format!("{arg} ({})", CompareOp::from_arg(arg).map(|b| b.symbol()).unwrap_or("?")),
        };
        let _ = writeln!(out, "{line_col} {mark} {at:>4} {name:<26} {detail}").map(|_| ());
    }
    if !code.exception_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start,
                e.end,
                e.target,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            );
        }
    }
}
