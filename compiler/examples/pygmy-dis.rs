//! Disassembles a Python file with pygmy's compiler.
//!
//! `cargo run -p pygmy-compiler --example pygmy-dis -- FILE.py [--norm]`: `--norm` prints the
//! normalized listing that `tests/tools/cpython_dis.py` prints for CPython 3.11, for diffing.

use pygmy_bytecode::code::{CodeObject, Constant};
use pygmy_bytecode::opcode::{ArgKind, BinaryOp, CompareOp, Opcode};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: pygmy-dis FILE.py [--norm]");
        std::process::exit(2);
    };
    let norm = args.iter().any(|a| a == "--norm");
    if norm {
        pygmy_compiler::set_backward_jump_rewrite(false);
    }
    let bytes = std::fs::read(path).expect("read");
    let src = match pygmy_compiler::decode_source(&bytes, path) {
        Ok(s) => s,
        Err(e) => {
            eprint!("{}", e.format());
            std::process::exit(1);
        }
    };
    match pygmy_compiler::compile(&src, path, pygmy_compiler::Mode::Exec, &Default::default()) {
        Ok(code) => {
            if norm {
                print!("{}", normalized(&code));
            } else {
                print!("{}", pygmy_bytecode::dis::disassemble(&code));
            }
        }
        Err(e) => {
            eprint!("{}", e.format());
            std::process::exit(1);
        }
    }
}

fn py_repr(c: &Constant) -> String {
    match c {
        Constant::Code(code) => format!("<code {}>", code.qualname),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => format!("b{}", str_repr(&String::from_utf8_lossy(b))),
        Constant::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(py_repr).collect();
            if items.len() == 1 { format!("({},)", inner[0]) } else { format!("({})", inner.join(", ")) }
        }
        Constant::FrozenSet(items) => {
            let mut inner: Vec<String> = items.iter().map(py_repr).collect();
            inner.sort();
            format!("frozenset({{{}}})", inner.join(", "))
        }
        Constant::Float(f) => float_repr(*f),
        Constant::Complex { re, im } => format!("({}+{}j)", float_repr(*re), float_repr(*im)),
        other => pygmy_bytecode::dis::const_repr(other),
    }
}

/// The same quoting as `cpython_dis.py`'s `repr_str`.
fn str_repr(s: &str) -> String {
    let mut out = String::from("\"");
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Python's float repr.
fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{f:?}");
    let abs = f.abs();
    if abs != 0.0 && (abs >= 1e16 || abs < 1e-4) {
        let e = format!("{f:e}");
        if let Some(pos) = e.find('e') {
            let (m, x) = e.split_at(pos);
            let x: i32 = x[1..].parse().unwrap_or(0);
            return format!("{}e{}{:02}", m, if x < 0 { '-' } else { '+' }, x.abs());
        }
    }
    s
}

/// One line per instruction: `line OPNAME arg`, jumps as instruction indices.
fn normalized(code: &CodeObject) -> String {
    let mut out = String::new();
    let instrs: Vec<(u32, Opcode, u32)> = code.instructions().collect();
    let index_of = |off: u32| instrs.iter().position(|(o, _, _)| *o == off).unwrap_or(usize::MAX);
    out.push_str(&format!("== {} argcount={} posonly={} kwonly={} flags={:#x}\n", code.qualname, code.argcount, code.posonlyargcount, code.kwonlyargcount, code.flags & 0xffff));
    out.push_str(&format!("localsplus={:?}\n", code.localsplus_names));
    for (i, (off, op, arg)) in instrs.iter().enumerate() {
        let line = code.line_at(*off);
        let a = match op.arg_kind() {
            ArgKind::None => String::new(),
            ArgKind::Num => arg.to_string(),
            ArgKind::Const => py_repr(&code.consts[*arg as usize]),
            ArgKind::Name => code.names[*arg as usize].clone(),
            ArgKind::GlobalName => {
                let n = &code.names[(*arg >> 1) as usize];
                if arg & 1 != 0 { format!("NULL + {n}") } else { n.clone() }
            }
            ArgKind::Local => code.localsplus_names[*arg as usize].clone(),
            ArgKind::Jump => format!("to {}", index_of(*arg)),
            ArgKind::BinOp => BinaryOp::from_arg(*arg).map(|b| b.symbol()).unwrap_or("?").to_string(),
            ArgKind::CmpOp => CompareOp::from_arg(*arg).map(|b| b.symbol()).unwrap_or("?").to_string(),
        };
        let h = match code.handler_at(*off) {
            Some(e) => format!("  [-> {} d{}{}]", index_of(e.target), e.depth, if e.push_lasti { " L" } else { "" }),
            None => String::new(),
        };
        out.push_str(&format!("{i:4} L{line:<4} {} {a}{h}\n", op.name()));
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push_str(&normalized(inner));
        }
    }
    out
}
