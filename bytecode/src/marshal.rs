//! The versioned binary format for code objects: what the packer ships and the VM loads.
//!
//! Layout: `b"PYGM"`, format version (u16 LE), then one constant (normally a code object).
//! Numbers are LEB128 varints (signed ones zigzag-encoded); strings are interned per file (a
//! string is written once, later occurrences are back-references). Instructions are written
//! without their inline cache words and with jump targets, exception-table offsets and
//! line-table offsets as *instruction indices*, so cache sizes can change between VM versions
//! without invalidating shipped bytecode. Decoding never panics: every read is bounded, counts
//! are checked against the bytes left, nesting is limited, and the result is validated.

use crate::code::{CodeObject, Constant, ExceptionEntry, LineEntry};
use crate::opcode::{encode, ArgKind, Opcode, MAX_ARG};

pub const MAGIC: &[u8; 4] = b"PYGM";
/// Bump when the layout changes; old files are rejected with a clear error.
/// 2: a qualname derived from the enclosing code's is a tag, not a string (bytecode of 19
/// stdlib modules: 75,200 -> 71,843 brotli; packing line-table entries into single bytes
/// was tried and gained nothing after brotli).
/// 3: stub code objects (constant tag 13: the code without a body, then the chunk and index
/// of its body; packer/src/lazy.rs).
/// 4: a stub's docstring is in its body, not in the stub (an app that reads `__doc__`
/// fetches only the docstrings it reads before its first output).
/// 5: a code object flagged LAZY_LINES has the chunk and index of its line table where the
/// table would be (`pygmy build` moves an app's line tables out of its bundle).
pub const VERSION: u16 = 5;

/// How a code object's qualname is written: as its name; as the enclosing code's qualname,
/// a dot and its name (a method); the same with `.<locals>.` (a nested function); or spelled out.
const QUALNAME_IS_NAME: u64 = 0;
const QUALNAME_MEMBER: u64 = 1;
const QUALNAME_LOCAL: u64 = 2;
const QUALNAME_SPELLED: u64 = 3;

/// The qualname a member or nested function of `outer` named `name` has.
fn derived_qualname(tag: u64, outer: &str, name: &str) -> Option<String> {
    let sep = match tag {
        QUALNAME_MEMBER => ".",
        QUALNAME_LOCAL => ".<locals>.",
        _ => return None,
    };
    Some([outer, sep, name].concat())
}
const MAX_NESTING: u32 = 256;

/// Why a byte string could not be loaded as bytecode.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError(pub String);

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "bad pygmy bytecode: {}", self.0)
    }
}

impl std::error::Error for DecodeError {}

fn err<T>(msg: impl Into<String>) -> Result<T, DecodeError> {
    Err(DecodeError(msg.into()))
}

/// Serializes a code object (and everything it contains).
pub fn dumps(code: &CodeObject) -> Vec<u8> {
    let mut w = Writer { out: Vec::new(), strings: Default::default(), outer: Vec::new() };
    w.out.extend_from_slice(MAGIC);
    w.out.extend_from_slice(&VERSION.to_le_bytes());
    w.code(code);
    w.out
}

/// Deserializes and validates a code object written by [`dumps`].
pub fn loads(bytes: &[u8]) -> Result<CodeObject, DecodeError> {
    if bytes.len() < 6 || &bytes[..4] != MAGIC {
        return err("not a pygmy bytecode file (magic number mismatch)");
    }
    let version = u16::from_le_bytes([bytes[4], bytes[5]]);
    if version != VERSION {
        return err(format!("bytecode format version {version}, this VM reads version {VERSION}"));
    }
    let mut r = Reader { data: bytes, pos: 6, strings: Vec::new(), depth: 0 };
    let code = r.code("")?;
    if r.pos != bytes.len() {
        return err(format!("{} trailing bytes", bytes.len() - r.pos));
    }
    code.validate().map_err(DecodeError)?;
    Ok(code)
}

struct Writer {
    out: Vec<u8>,
    strings: std::collections::HashMap<String, u32>,
    /// Qualnames of the code objects being written, innermost last.
    outer: Vec<String>,
}

impl Writer {
    fn uint(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.out.push(byte);
                return;
            }
            self.out.push(byte | 0x80);
        }
    }

    fn int(&mut self, v: i64) {
        self.uint(((v << 1) ^ (v >> 63)) as u64);
    }

    fn str(&mut self, s: &str) {
        if let Some(&i) = self.strings.get(s) {
            self.uint((i as u64) << 1);
        } else {
            let i = self.strings.len() as u32;
            self.strings.insert(s.to_owned(), i);
            self.uint(((s.len() as u64) << 1) | 1);
            self.out.extend_from_slice(s.as_bytes());
        }
    }

    fn bytes(&mut self, b: &[u8]) {
        self.uint(b.len() as u64);
        self.out.extend_from_slice(b);
    }

    fn constant(&mut self, c: &Constant) {
        match c {
            Constant::None => self.out.push(0),
            Constant::Ellipsis => self.out.push(1),
            Constant::Bool(false) => self.out.push(2),
            Constant::Bool(true) => self.out.push(3),
            Constant::Int(i) => {
                self.out.push(4);
                self.int(*i);
            }
            Constant::BigInt(b) => {
                self.out.push(5);
                self.bytes(b);
            }
            Constant::Float(f) => {
                self.out.push(6);
                self.out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Constant::Complex { re, im } => {
                self.out.push(7);
                self.out.extend_from_slice(&re.to_bits().to_le_bytes());
                self.out.extend_from_slice(&im.to_bits().to_le_bytes());
            }
            Constant::Str(s) => {
                self.out.push(8);
                self.str(s);
            }
            Constant::Bytes(b) => {
                self.out.push(9);
                self.bytes(b);
            }
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                self.out.push(if matches!(c, Constant::Tuple(_)) { 10 } else { 11 });
                self.uint(items.len() as u64);
                for item in items {
                    self.constant(item);
                }
            }
            Constant::Code(code) => {
                self.out.push(if code.lazy.is_some() { 13 } else { 12 });
                self.code(code);
                if let Some(at) = code.lazy {
                    self.uint(at.chunk as u64);
                    self.uint(at.index as u64);
                }
            }
        }
    }

    fn code(&mut self, c: &CodeObject) {
        // A stub's LAZY_BODY flag is its constant tag (13): four bytes less per stub.
        for v in [c.argcount, c.posonlyargcount, c.kwonlyargcount, c.stacksize, c.flags & !crate::code::flags::LAZY_BODY, c.firstlineno] {
            self.uint(v as u64);
        }
        self.str(&c.name);
        let outer = self.outer.last().map_or("", String::as_str);
        let tag = if c.qualname == c.name {
            QUALNAME_IS_NAME
        } else if let Some(t) = [QUALNAME_MEMBER, QUALNAME_LOCAL].into_iter().find(|&t| derived_qualname(t, outer, &c.name).as_deref() == Some(&c.qualname)) {
            t
        } else {
            QUALNAME_SPELLED
        };
        self.uint(tag);
        if tag == QUALNAME_SPELLED {
            self.str(&c.qualname);
        }
        self.str(&c.filename);
        let index_of = instruction_indices(c);
        self.uint(index_of[c.code.len()] as u64);
        for (_, op, arg) in c.instructions() {
            self.out.push(op as u8);
            let arg = if op.arg_kind() == ArgKind::Jump { index_of[arg as usize] } else { arg };
            self.uint(arg as u64);
        }
        self.uint(c.consts.len() as u64);
        self.outer.push(c.qualname.clone());
        for k in &c.consts {
            self.constant(k);
        }
        self.outer.pop();
        self.uint(c.names.len() as u64);
        for n in &c.names {
            self.str(n);
        }
        self.uint(c.localsplus_names.len() as u64);
        for (n, k) in c.localsplus_names.iter().zip(&c.localsplus_kinds) {
            self.str(n);
            self.out.push(*k);
        }
        self.uint(c.exception_table.len() as u64);
        for e in &c.exception_table {
            for v in [index_of[e.start as usize], index_of[e.end as usize], index_of[e.target as usize], e.depth] {
                self.uint(v as u64);
            }
            self.out.push(e.push_lasti as u8);
        }
        match c.lines {
            Some(at) => {
                self.uint(at.chunk as u64);
                self.uint(at.index as u64);
            }
            None => self.line_table(c, &c.line_table, &index_of),
        }
    }

    /// A line table: its length, then each entry's start (as an instruction index) and line,
    /// as differences from the previous entry's (the first line from `firstlineno`).
    fn line_table(&mut self, c: &CodeObject, table: &[LineEntry], index_of: &[u32]) {
        self.uint(table.len() as u64);
        let (mut prev_start, mut prev_line) = (0u32, c.firstlineno as i64);
        for e in table {
            let start = index_of[e.start as usize];
            self.uint((start - prev_start) as u64);
            self.int(e.line as i64 - prev_line);
            prev_start = start;
            prev_line = e.line as i64;
        }
    }
}

/// Word offset -> instruction index for `c`'s instructions (one past the end included).
fn instruction_indices(c: &CodeObject) -> Vec<u32> {
    let mut index_of = vec![u32::MAX; c.code.len() + 1];
    let mut count = 0u32;
    for (at, _, _) in c.instructions() {
        index_of[at as usize] = count;
        count += 1;
    }
    index_of[c.code.len()] = count;
    index_of
}

/// `c`'s line table on its own (what `lines` refers to for a code object without one).
pub fn dumps_lines(c: &CodeObject) -> Vec<u8> {
    let mut w = Writer { out: Vec::new(), strings: Default::default(), outer: Vec::new() };
    w.line_table(c, &c.line_table, &instruction_indices(c));
    w.out
}

/// The line table written by [`dumps_lines`] for code with `c`'s instructions, checked
/// against them.
pub fn loads_lines(c: &CodeObject, bytes: &[u8]) -> Result<Vec<LineEntry>, DecodeError> {
    let mut offset_of: Vec<u32> = c.instructions().map(|(at, _, _)| at).collect();
    offset_of.push(c.code.len() as u32);
    let mut r = Reader { data: bytes, pos: 0, strings: Vec::new(), depth: 0 };
    let table = r.line_table(c.firstlineno, &|i| offset_of.get(i as usize).copied().ok_or_else(|| DecodeError("instruction index out of range".into())))?;
    if r.pos != bytes.len() {
        return err(format!("{} trailing bytes after a line table", bytes.len() - r.pos));
    }
    crate::code::check_line_table(c, &table).map_err(DecodeError)?;
    Ok(table)
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    strings: Vec<String>,
    depth: u32,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, DecodeError> {
        let b = *self.data.get(self.pos).ok_or_else(|| DecodeError("unexpected end of data".into()))?;
        self.pos += 1;
        Ok(b)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        if n > self.data.len() - self.pos {
            return err("unexpected end of data");
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn uint(&mut self) -> Result<u64, DecodeError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        err("varint too long")
    }

    fn u32(&mut self) -> Result<u32, DecodeError> {
        u32::try_from(self.uint()?).map_err(|_| DecodeError("number out of range".into()))
    }

    fn int(&mut self) -> Result<i64, DecodeError> {
        let u = self.uint()?;
        Ok(((u >> 1) as i64) ^ -((u & 1) as i64))
    }

    /// A count of items each taking at least `min_bytes`, checked against the bytes left.
    fn count(&mut self, min_bytes: usize) -> Result<usize, DecodeError> {
        let n = self.uint()?;
        if n > ((self.data.len() - self.pos) / min_bytes.max(1)) as u64 {
            return err("count exceeds the data left");
        }
        Ok(n as usize)
    }

    fn str(&mut self) -> Result<String, DecodeError> {
        let v = self.uint()?;
        if v & 1 == 0 {
            let i = (v >> 1) as usize;
            return self.strings.get(i).cloned().ok_or_else(|| DecodeError("bad string reference".into()));
        }
        let len = usize::try_from(v >> 1).map_err(|_| DecodeError("string too long".into()))?;
        let raw = self.take(len)?;
        let s = std::str::from_utf8(raw).map_err(|_| DecodeError("string is not UTF-8".into()))?.to_owned();
        self.strings.push(s.clone());
        Ok(s)
    }

    fn bytes(&mut self) -> Result<Vec<u8>, DecodeError> {
        let n = self.count(1)?;
        Ok(self.take(n)?.to_vec())
    }

    fn f64(&mut self) -> Result<f64, DecodeError> {
        let b = self.take(8)?;
        Ok(f64::from_bits(u64::from_le_bytes(b.try_into().unwrap_or([0; 8]))))
    }

    /// A constant of the code object whose qualname is `outer`.
    fn constant(&mut self, outer: &str) -> Result<Constant, DecodeError> {
        Ok(match self.byte()? {
            0 => Constant::None,
            1 => Constant::Ellipsis,
            2 => Constant::Bool(false),
            3 => Constant::Bool(true),
            4 => Constant::Int(self.int()?),
            5 => Constant::BigInt(self.bytes()?),
            6 => Constant::Float(self.f64()?),
            7 => Constant::Complex { re: self.f64()?, im: self.f64()? },
            8 => Constant::Str(self.str()?),
            9 => Constant::Bytes(self.bytes()?),
            tag @ (10 | 11) => {
                self.enter()?;
                let n = self.count(1)?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.constant(outer)?);
                }
                self.depth -= 1;
                if tag == 10 { Constant::Tuple(items) } else { Constant::FrozenSet(items) }
            }
            12 => Constant::Code(Box::new(self.code(outer)?)),
            13 => {
                let mut c = self.code(outer)?;
                c.flags |= crate::code::flags::LAZY_BODY;
                c.lazy = Some(crate::code::BodyRef { chunk: self.u32()?, index: self.u32()? });
                Constant::Code(Box::new(c))
            }
            t => return err(format!("unknown constant tag {t}")),
        })
    }

    fn enter(&mut self) -> Result<(), DecodeError> {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            return err("constants nested too deeply");
        }
        Ok(())
    }

    /// A code object nested in the one whose qualname is `outer` ("" at the top).
    fn code(&mut self, outer: &str) -> Result<CodeObject, DecodeError> {
        self.enter()?;
        let mut c = CodeObject::new("", "");
        c.argcount = self.u32()?;
        c.posonlyargcount = self.u32()?;
        c.kwonlyargcount = self.u32()?;
        c.stacksize = self.u32()?;
        c.flags = self.u32()?;
        c.firstlineno = self.u32()?;
        c.name = self.str()?;
        c.qualname = match self.uint()? {
            QUALNAME_IS_NAME => c.name.clone(),
            QUALNAME_SPELLED => self.str()?,
            tag => derived_qualname(tag, outer, &c.name).ok_or_else(|| DecodeError("bad qualname tag".into()))?,
        };
        c.filename = self.str()?;
        let ninstr = self.count(2)?;
        let mut raw = Vec::with_capacity(ninstr);
        // instruction index -> word offset (one past the end allowed for ranges)
        let mut offset_of = Vec::with_capacity(ninstr + 1);
        let mut words = 0usize;
        for _ in 0..ninstr {
            let b = self.byte()?;
            let op = Opcode::from_u8(b).ok_or_else(|| DecodeError(format!("bad opcode {b}")))?;
            let arg = self.u32()?;
            if arg > MAX_ARG {
                return err("instruction argument out of range");
            }
            offset_of.push(words as u32);
            words += 1 + op.cache_words();
            raw.push((op, arg));
        }
        offset_of.push(words as u32);
        let to_offset = |i: u32| -> Result<u32, DecodeError> {
            offset_of.get(i as usize).copied().ok_or_else(|| DecodeError("instruction index out of range".into()))
        };
        c.code.reserve(words);
        for (op, arg) in raw {
            let arg = if op.arg_kind() == ArgKind::Jump { to_offset(arg)? } else { arg };
            if arg > MAX_ARG {
                return err("jump target out of range");
            }
            c.code.push(encode(op, arg));
            c.code.extend(std::iter::repeat_n(0, op.cache_words()));
        }
        let n = self.count(1)?;
        for _ in 0..n {
            let k = self.constant(&c.qualname)?;
            c.consts.push(k);
        }
        let n = self.count(1)?;
        for _ in 0..n {
            let s = self.str()?;
            c.names.push(s);
        }
        let n = self.count(2)?;
        for _ in 0..n {
            let s = self.str()?;
            c.localsplus_names.push(s);
            c.localsplus_kinds.push(self.byte()?);
        }
        let n = self.count(5)?;
        for _ in 0..n {
            let start = to_offset(self.u32()?)?;
            let end = to_offset(self.u32()?)?;
            let target = to_offset(self.u32()?)?;
            let depth = self.u32()?;
            let push_lasti = match self.byte()? {
                0 => false,
                1 => true,
                _ => return err("bad exception table flag"),
            };
            c.exception_table.push(ExceptionEntry { start, end, target, depth, push_lasti });
        }
        if c.flags & crate::code::flags::LAZY_LINES != 0 {
            c.lines = Some(crate::code::BodyRef { chunk: self.u32()?, index: self.u32()? });
        } else {
            c.line_table = self.line_table(c.firstlineno, &to_offset)?;
        }
        self.depth -= 1;
        Ok(c)
    }

    fn line_table(&mut self, firstlineno: u32, to_offset: &dyn Fn(u32) -> Result<u32, DecodeError>) -> Result<Vec<LineEntry>, DecodeError> {
        let n = self.count(2)?;
        let mut table = Vec::with_capacity(n);
        let (mut idx, mut line) = (0u32, firstlineno as i64);
        for _ in 0..n {
            idx = idx.checked_add(self.u32()?).ok_or_else(|| DecodeError("line table overflow".into()))?;
            line = line.checked_add(self.int()?).ok_or_else(|| DecodeError("line table overflow".into()))?;
            let line = u32::try_from(line).map_err(|_| DecodeError("negative line number".into()))?;
            table.push(LineEntry { start: to_offset(idx)?, line });
        }
        Ok(table)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::opcode::Opcode::*;

    fn sample() -> CodeObject {
        let mut c = CodeObject::new("<module>", "t.py");
        c.consts = vec![
            Constant::Int(-5),
            Constant::Str("héllo".into()),
            Constant::Tuple(vec![Constant::Float(1.5), Constant::BigInt(vec![1, 2, 3]), Constant::None]),
        ];
        c.names = vec!["print".into(), "héllo".into()];
        let mut emit = |op: Opcode, arg: u32| {
            c.code.push(encode(op, arg));
            c.code.extend(std::iter::repeat_n(0, op.cache_words()));
        };
        emit(PUSH_NULL, 0);
        emit(LOAD_GLOBAL, 0);
        emit(LOAD_CONST, 1);
        emit(CALL, 1);
        emit(POP_TOP, 0);
        emit(LOAD_CONST, 2);
        emit(RETURN_VALUE, 0);
        c.stacksize = crate::code::compute_stack_depth(&c).unwrap();
        c.line_table = vec![LineEntry { start: 0, line: 1 }, LineEntry { start: 10, line: 3 }];
        c
    }

    #[test]
    fn qualnames_survive_as_tags_or_spelled_out() {
        let leaf = |name: &str, qualname: &str| {
            let mut c = CodeObject::new(name, "t.py");
            c.qualname = qualname.into();
            c.code = vec![encode(RETURN_VALUE, 0)];
            c.consts = vec![Constant::None];
            c.code.insert(0, encode(LOAD_CONST, 0));
            c.stacksize = 1;
            c
        };
        let mut class = leaf("C", "C");
        class.consts.extend([Constant::Code(Box::new(leaf("m", "C.m"))), Constant::Code(Box::new(leaf("g", "C.<locals>.g"))), Constant::Code(Box::new(leaf("odd", "elsewhere.odd")))]);
        let mut module = leaf("<module>", "<module>");
        module.consts.push(Constant::Code(Box::new(class)));
        assert_eq!(loads(&dumps(&module)).unwrap(), module);
    }

    /// A line table moved out (`lines`) round-trips as its reference, and the table written
    /// on its own loads back for the same code; one that does not fit the code is refused.
    #[test]
    fn line_tables_moved_out_round_trip() {
        let full = sample();
        let table = dumps_lines(&full);
        let mut c = full.clone();
        c.line_table.clear();
        c.lines = Some(crate::code::BodyRef { chunk: 3, index: 17 });
        assert!(c.validate().is_err(), "a line reference needs the LAZY_LINES flag");
        c.flags |= crate::code::flags::LAZY_LINES;
        c.validate().unwrap();
        let back = loads(&dumps(&c)).unwrap();
        assert_eq!(back, c);
        assert_eq!(loads_lines(&back, &table).unwrap(), full.line_table);
        assert_eq!(back.line_at(10), back.firstlineno, "no table here: the first line");
        assert_eq!(crate::code::line_in(&full.line_table, 1, 12), 3);
        // Start index 1 past the code's 7 instructions, then a truncated table.
        assert!(loads_lines(&back, &[1, 9, 0]).is_err());
        assert!(loads_lines(&back, &table[..table.len() - 1]).is_err());
        assert!(loads_lines(&back, &[table.as_slice(), &[0]].concat()).is_err());
    }

    #[test]
    fn round_trip() {
        let c = sample();
        c.validate().unwrap();
        let bytes = dumps(&c);
        assert_eq!(loads(&bytes).unwrap(), c);
    }

    /// Found by the load_bytecode fuzzer: a NaN constant made `loads(dumps(c)) == c` false.
    /// Constants compare as the same constant (by bits), so NaN and -0.0 round-trip.
    #[test]
    fn nan_and_negative_zero_constants_round_trip() {
        let mut c = sample();
        c.consts.push(Constant::Float(f64::from_bits(0x7ff8_dead_beef_0001)));
        c.consts.push(Constant::Float(-0.0));
        c.consts.push(Constant::Complex { re: f64::NAN, im: -0.0 });
        let loaded = loads(&dumps(&c)).unwrap();
        assert_eq!(loaded, c);
        assert_ne!(Constant::Float(0.0), Constant::Float(-0.0));
    }

    #[test]
    fn every_truncation_and_corruption_is_an_error_not_a_panic() {
        let bytes = dumps(&sample());
        for n in 0..bytes.len() {
            assert!(loads(&bytes[..n]).is_err());
        }
        for i in 0..bytes.len() {
            for flip in [1u8, 0x80, 0xff] {
                let mut b = bytes.clone();
                b[i] ^= flip;
                let _ = loads(&b);
            }
        }
    }

    #[test]
    fn version_mismatch_is_reported() {
        let mut bytes = dumps(&sample());
        bytes[4] = 99;
        assert!(loads(&bytes).unwrap_err().0.contains("version 99"));
    }
}
