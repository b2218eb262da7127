//! Lazily fetched function bodies: `pygmy build` moves the bodies of the functions its trace
//! run never entered out of the app bundle into body chunks (those of consecutive modules
//! share one up to [`CHUNK_BYTES`]), fetched only when one of them is first needed (a call,
//! `co_code`, `co_varnames`, `dis`, ...).
//!
//! A moved code object leaves a *stub* in its parent's constants (`CodeObject::stub`: names,
//! argument counts, flags, locals and first line, plus a `BodyRef` naming the chunk and
//! entry); the VM loads the body through `Host::lazy_body` (vm/src/types/code.rs). The
//! docstring stays in the body: reading `__doc__` loads it, so a trace run that reads one
//! keeps that function's body inline, and an app that reads none ships none up front.
//!
//! The trace run uses the same mechanism: every function of every module it imports is a
//! stub ([`split`] with nothing kept), and the bodies the VM asks for are the ones that ran
//! ([`Key`]). Code objects are matched between the two compilations by module, qualname and
//! first line, which docstring stripping does not change.
//!
//! Line tables go the same way ([`move_lines`]): after the split, every code object left in
//! the bundle keeps a reference (`CodeObject::lines`) in place of its line table, and the
//! tables are entries of their own chunks after the body chunks (`marshal::dumps_lines`).
//! Only tracebacks, `f_lineno`, warnings and `co_lines` read them (the VM asks the host on
//! first need: vm/src/types/code.rs `line_table`), so most programs never fetch them before
//! their first output, and a page prefetches them after it with the body chunks. A moved
//! body keeps its own table: it is fetched when it runs, with its code.
//!
//! Chunk format (little-endian): `PYGL`, u32 count, count + 1 u32 offsets into the data
//! that follows (entry i is `data[off[i]..off[i+1]]`, a `marshal::dumps`).

use anyhow::{bail, Result};
use pygmy_bytecode::{BodyRef, CodeObject, Constant};

const MAGIC: &[u8; 4] = b"PYGL";

/// Which code object ran in the trace run: module, qualname, first line.
pub type Key = (String, String, u32);

/// The key of `code` in `module`.
pub fn key(module: &str, code: &CodeObject) -> Key {
    (module.to_owned(), code.qualname.clone(), code.firstlineno)
}

/// Body chunks group the bodies of consecutive modules up to about this many bytes: a
/// chunk is one fetch, and one more line (with its hash) in the loader's file table.
pub const CHUNK_BYTES: usize = 32 << 10;

/// A body is moved only when it is this many bytes longer than its stub: a tiny function
/// (a property getter) costs less inline than as a stub and an entry.
pub const MIN_SAVING: usize = 8;

/// Moves out of `code` (recursively) the function code objects for which `keep` says no, into
/// `bodies` (entries of chunk `chunk`, their index their position). A moved body's own
/// nested code objects are split first, so they load separately when it runs. With
/// `min_saving`, bodies that would save fewer bytes than that stay.
pub fn split(code: &mut CodeObject, chunk: u32, keep: &dyn Fn(&CodeObject) -> bool, min_saving: usize, bodies: &mut Vec<Vec<u8>>) {
    for c in &mut code.consts {
        let Constant::Code(inner) = c else { continue };
        split(inner, chunk, keep, min_saving, bodies);
        // A class body runs exactly when its enclosing code does (and from native code,
        // `__build_class__`, where the VM cannot stop): it stays, its methods may move.
        if keep(inner) || inner.flags & pygmy_bytecode::code::flags::OPTIMIZED == 0 {
            continue;
        }
        let at = BodyRef { chunk, index: bodies.len() as u32 };
        let stub = inner.stub(at);
        let body = pygmy_bytecode::marshal::dumps(inner);
        if min_saving > 0 && body.len() < pygmy_bytecode::marshal::dumps(&stub).len() + min_saving {
            continue;
        }
        bodies.push(body);
        **inner = stub;
    }
}

/// A line table is moved only when it is this many bytes long: a reference costs two or
/// three.
pub const MIN_LINES: usize = 6;

/// The name in `chunks` of a chunk of line tables (no module has it).
pub const LINES: &str = "";

/// Moves the line tables of `codes` and of every code object in them that is not a stub
/// into new chunks at the end of `chunks` (named [`LINES`], each up to [`CHUNK_BYTES`]).
pub fn move_lines<'a>(codes: impl IntoIterator<Item = &'a mut CodeObject>, chunks: &mut Vec<(String, Vec<Vec<u8>>)>) {
    fn walk(c: &mut CodeObject, chunks: &mut Vec<(String, Vec<Vec<u8>>)>) {
        for k in &mut c.consts {
            if let Constant::Code(inner) = k {
                walk(inner, chunks);
            }
        }
        if c.lazy.is_some() || c.lines.is_some() {
            return;
        }
        let table = pygmy_bytecode::marshal::dumps_lines(c);
        if table.len() < MIN_LINES {
            return;
        }
        // A new chunk when the last is a body chunk or full (an empty last chunk, which the
        // bundle drops, is taken over so that chunk numbers stay positions).
        match chunks.last_mut() {
            Some((name, entries)) if entries.is_empty() => *name = LINES.into(),
            Some((name, entries)) if name == LINES && entries.iter().map(Vec::len).sum::<usize>() < CHUNK_BYTES => {}
            _ => chunks.push((LINES.into(), Vec::new())),
        }
        let chunk = chunks.len() as u32 - 1;
        let entries = &mut chunks.last_mut().expect("pushed above").1;
        c.lines = Some(BodyRef { chunk, index: entries.len() as u32 });
        c.flags |= pygmy_bytecode::code::flags::LAZY_LINES;
        c.line_table.clear();
        entries.push(table);
    }
    for c in codes {
        walk(c, chunks);
    }
}

/// A body chunk of `bodies`.
pub fn encode(bodies: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::with_capacity(8 + 4 * (bodies.len() + 1) + bodies.iter().map(Vec::len).sum::<usize>());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(bodies.len() as u32).to_le_bytes());
    let mut at = 0u32;
    for b in bodies.iter().map(|b| b.len() as u32).chain([0]) {
        out.extend_from_slice(&at.to_le_bytes());
        at += b;
    }
    for b in bodies {
        out.extend_from_slice(b);
    }
    out
}

/// Entry `index` of a body chunk.
pub fn entry(chunk: &[u8], index: u32) -> Result<&[u8]> {
    let word = |i: usize| chunk.get(i..i + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize);
    if chunk.get(..4) != Some(MAGIC) {
        bail!("not a body chunk (no PYGL magic)");
    }
    let count = word(4).unwrap_or(0);
    if index as usize >= count {
        bail!("no entry {index} (the chunk has {count})");
    }
    let data = 8 + 4 * (count + 1);
    let (Some(start), Some(end)) = (word(8 + 4 * index as usize), word(12 + 4 * index as usize)) else { bail!("truncated body chunk") };
    chunk.get(data + start..data + end).filter(|_| start <= end).ok_or_else(|| anyhow::anyhow!("truncated body chunk"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compile(src: &str) -> CodeObject {
        pygmy_compiler::compile(src, "/bundle/m.py", pygmy_compiler::Mode::Exec, &Default::default()).unwrap()
    }

    #[test]
    fn split_keeps_what_ran_and_round_trips() {
        let src = "def ran(x):\n    return [i * x for i in range(3)]\n\ndef never(a, b=2):\n    'doc'\n    def inner():\n        return a + b + 1000000\n    return inner() * 2 + len(str(a)) + len(repr(b))\n";
        let mut code = compile(src);
        let mut bodies = Vec::new();
        split(&mut code, 7, &|c| c.qualname.starts_with("ran"), 0, &mut bodies);
        // never.<locals>.inner first (depth first), then never.
        assert_eq!(bodies.len(), 2);
        let stubs: Vec<&CodeObject> = code.consts.iter().filter_map(|c| if let Constant::Code(c) = c { Some(&**c) } else { None }).collect();
        assert!(stubs.iter().any(|c| c.qualname == "ran" && c.lazy.is_none()));
        let never = stubs.iter().find(|c| c.qualname == "never").unwrap();
        assert_eq!(never.lazy, Some(BodyRef { chunk: 7, index: 1 }));
        assert_eq!((never.argcount, never.firstlineno), (2, 4));
        // The module with its stubs and each body survive serialization, and match.
        let module = pygmy_bytecode::marshal::loads(&pygmy_bytecode::marshal::dumps(&code)).unwrap();
        assert_eq!(module, code);
        let chunk = encode(&bodies);
        let body = pygmy_bytecode::marshal::loads(entry(&chunk, 1).unwrap()).unwrap();
        assert!(never.stub_matches(&body));
        assert!(!never.stub_matches(&pygmy_bytecode::marshal::loads(entry(&chunk, 0).unwrap()).unwrap()));
        assert!(entry(&chunk, 2).is_err() && entry(&chunk[..chunk.len() - 1], 1).is_err() && entry(b"NOPE", 0).is_err());
    }

    /// Line tables leave every code object but stubs (which have none) and the tiny ones,
    /// into a `lines` chunk after the body chunks; each loads back for its code.
    #[test]
    fn line_tables_move_after_the_bodies() {
        let src = "import sys\n\ndef ran(x):\n    y = x + 1\n    z = y * 2\n    return [i * z for i in range(3)]\n\ndef never(a):\n    b = a + 1\n    return b * 2\n\nclass C:\n    def m(self):\n        return 1\n";
        let full = compile(src);
        let mut code = full.clone();
        let mut chunks = vec![("m".to_string(), Vec::new())];
        split(&mut code, 0, &|c| !c.qualname.starts_with("never"), 0, &mut chunks[0].1);
        move_lines([&mut code], &mut chunks);
        assert_eq!(chunks.len(), 2);
        assert_eq!(chunks[1].0, LINES);
        let module = pygmy_bytecode::marshal::loads(&pygmy_bytecode::marshal::dumps(&code)).unwrap();
        assert_eq!(module.lines, Some(BodyRef { chunk: 1, index: chunks[1].1.len() as u32 - 1 }), "the module's table is the last (depth first)");
        assert!(module.line_table.is_empty());
        let table = |c: &CodeObject| pygmy_bytecode::marshal::loads_lines(c, &chunks[1].1[c.lines.unwrap().index as usize]).unwrap();
        assert_eq!(table(&module), full.line_table);
        let ran = module.consts.iter().find_map(|k| if let Constant::Code(c) = k { (c.qualname == "ran").then_some(c) } else { None }).unwrap();
        let ran_full = full.consts.iter().find_map(|k| if let Constant::Code(c) = k { (c.qualname == "ran").then_some(c) } else { None }).unwrap();
        assert_eq!(table(ran), ran_full.line_table);
        let never = module.consts.iter().find_map(|k| if let Constant::Code(c) = k { (c.qualname == "never").then_some(c) } else { None }).unwrap();
        assert!(never.lazy.is_some() && never.lines.is_none(), "a stub's body keeps its own table");

        // An empty last chunk is taken over rather than left before the lines.
        let mut code = full.clone();
        let mut chunks = vec![("m".to_string(), Vec::new())];
        move_lines([&mut code], &mut chunks);
        assert_eq!((chunks.len(), chunks[0].0.as_str()), (1, LINES));
        assert_eq!(code.lines.map(|at| at.chunk), Some(0));
    }
}
