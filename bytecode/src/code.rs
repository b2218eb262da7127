//! Code objects as plain data: what the compiler produces, what the serializer writes and what
//! the VM loads. No runtime values live here, so the compiler does not depend on the VM.

use crate::opcode::{decode, ArgKind, Opcode};

/// `co_flags` bits, numbered as CPython's `CO_*`.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
    /// Code whose first statement is a docstring (used by `help`-like tools; informational).
    pub const HAS_DOCSTRING: u32 = 0x0400_0000;
    /// A stub whose body (instructions, constants, names, tables) is elsewhere: `lazy` says
    /// where. Set with `lazy` so the interpreter's fast call paths, which test flags only,
    /// leave stubs to the slow path that loads the body (informational, like the above).
    pub const LAZY_BODY: u32 = 0x0800_0000;
    /// Code whose line table is elsewhere: `lines` says where (`pygmy build` moves an app
    /// bundle's line tables into a lazily fetched chunk: only tracebacks, `f_lineno` and
    /// warnings read them). Informational, like the above.
    pub const LAZY_LINES: u32 = 0x1000_0000;
}

/// Where the body of a stub code object is: entry `index` of the app's body chunk `chunk`
/// (`pygmy build` moves the bodies of functions its trace run never entered into lazily
/// fetched chunks; packer/src/lazy.rs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BodyRef {
    pub chunk: u32,
    pub index: u32,
}

/// Locals-plus kinds (`co_localspluskinds`), as CPython 3.11's `CO_FAST_*`.
pub mod local_kind {
    pub const LOCAL: u8 = 0x20;
    pub const CELL: u8 = 0x40;
    pub const FREE: u8 = 0x80;
}

/// A compile-time constant. Equality is "the same constant", as CPython's constant keys:
/// floats compare by bits, so `0.0` and `-0.0` differ and a NaN equals itself.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Ellipsis,
    Bool(bool),
    /// An int that fits in i64.
    Int(i64),
    /// A larger int: two's-complement little-endian bytes.
    BigInt(Vec<u8>),
    Float(f64),
    Complex { re: f64, im: f64 },
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Constant>),
    FrozenSet(Vec<Constant>),
    Code(Box<CodeObject>),
}

impl PartialEq for Constant {
    fn eq(&self, other: &Constant) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) | (Bytes(a), Bytes(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex { re: a, im: b }, Complex { re: c, im: d }) => a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits(),
            (Str(a), Str(b)) => a == b,
            (Tuple(a), Tuple(b)) | (FrozenSet(a), FrozenSet(b)) => a == b,
            (Code(a), Code(b)) => a == b,
            _ => false,
        }
    }
}

/// One row of the exception table: instructions in `[start, end)` (word offsets) jump to
/// `target` on an exception, with the stack cut to `depth` items, then the instruction offset
/// pushed if `push_lasti`, then the exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// Source position of a run of instructions starting at word offset `start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineEntry {
    pub start: u32,
    pub line: u32,
}

/// A compiled code object (CPython's `PyCodeObject`, 3.11 layout of the fields that matter).
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub stacksize: u32,
    pub flags: u32,
    pub firstlineno: u32,
    pub name: String,
    pub qualname: String,
    pub filename: String,
    /// Instruction words, each followed by its inline cache words.
    pub code: Vec<u32>,
    pub consts: Vec<Constant>,
    pub names: Vec<String>,
    /// Locals, then cell variables, then free variables. Arguments come first among locals.
    pub localsplus_names: Vec<String>,
    pub localsplus_kinds: Vec<u8>,
    pub exception_table: Vec<ExceptionEntry>,
    /// Sorted by `start`; the entry with the greatest `start <= offset` gives an offset's line.
    pub line_table: Vec<LineEntry>,
    /// `Some` for a stub: everything but the body is here (names, argument counts, flags,
    /// the arguments' names, first line, and the docstring as the only constant when it has
    /// one); the body is the full code object at this reference, loaded on first need.
    pub lazy: Option<BodyRef>,
    /// `Some` when the line table is not here (`line_table` is empty): it is the entry at
    /// this reference, written by `marshal::dumps_lines`, loaded on first need.
    pub lines: Option<BodyRef>,
}

impl CodeObject {
    /// An empty module-level code object, for tests and builders.
    pub fn new(name: &str, filename: &str) -> CodeObject {
        CodeObject {
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            stacksize: 0,
            flags: 0,
            firstlineno: 1,
            name: name.into(),
            qualname: name.into(),
            filename: filename.into(),
            code: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            localsplus_names: Vec::new(),
            localsplus_kinds: Vec::new(),
            exception_table: Vec::new(),
            line_table: Vec::new(),
            lazy: None,
            lines: None,
        }
    }

    /// Number of plain locals (the `LOCAL` kind, including arguments and cells that are args).
    pub fn nlocalsplus(&self) -> usize {
        self.localsplus_names.len()
    }

    /// Number of positional+keyword parameters, counting `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }

    /// Source line of the instruction at word offset `offset` (the first line when the line
    /// table is elsewhere: see [`line_in`] for that table).
    pub fn line_at(&self, offset: u32) -> u32 {
        line_in(&self.line_table, self.firstlineno, offset)
    }

    /// The handler covering word offset `offset`, if any. Entries are sorted by `start` and do
    /// not overlap: each instruction is covered by its innermost handler only (as in CPython).
    pub fn handler_at(&self, offset: u32) -> Option<&ExceptionEntry> {
        let i = self.exception_table.partition_point(|e| e.start <= offset);
        let e = self.exception_table.get(i.checked_sub(1)?)?;
        (offset < e.end).then_some(e)
    }

    /// Iterates `(word offset, opcode, arg)` over the instructions, skipping cache words.
    /// Stops at the first undecodable word.
    pub fn instructions(&self) -> Instructions<'_> {
        Instructions { code: &self.code, pos: 0 }
    }

    /// Checks that the code is safe to run: valid opcodes, in-range arguments, jump targets on
    /// instruction boundaries, handlers in range, and a stack that never underflows and never
    /// exceeds `stacksize` on any path. The interpreter relies on this (it does not re-check).
    pub fn validate(&self) -> Result<(), String> {
        if self.lazy.is_some() {
            return validate_stub(self);
        }
        validate(self)
    }

    /// Whether `body` is the body of this stub: the same in everything the stub keeps.
    pub fn stub_matches(&self, body: &CodeObject) -> bool {
        body.lazy.is_none()
            && (self.argcount, self.posonlyargcount, self.kwonlyargcount, self.firstlineno) == (body.argcount, body.posonlyargcount, body.kwonlyargcount, body.firstlineno)
            && self.flags & !flags::LAZY_BODY == body.flags
            && (&self.name, &self.qualname, &self.filename) == (&body.name, &body.qualname, &body.filename)
            && self.localsplus_names.len() == body.total_args()
            && body.localsplus_names.starts_with(&self.localsplus_names)
            && body.localsplus_kinds.starts_with(&self.localsplus_kinds)
    }

    /// The stub of this code object, its body at `at`: its locals are its arguments only, and
    /// its docstring stays in the body (a function's `__doc__` loads it when first read).
    pub fn stub(&self, at: BodyRef) -> CodeObject {
        let nargs = self.total_args().min(self.localsplus_names.len());
        CodeObject {
            localsplus_names: self.localsplus_names[..nargs].to_vec(),
            localsplus_kinds: self.localsplus_kinds[..nargs].to_vec(),
            stacksize: 0,
            flags: self.flags | flags::LAZY_BODY,
            code: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            exception_table: Vec::new(),
            line_table: Vec::new(),
            lazy: Some(at),
            ..self.clone_header()
        }
    }

    /// A copy of everything but the body's vectors (which `stub` replaces).
    fn clone_header(&self) -> CodeObject {
        CodeObject {
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            stacksize: self.stacksize,
            flags: self.flags,
            firstlineno: self.firstlineno,
            name: self.name.clone(),
            qualname: self.qualname.clone(),
            filename: self.filename.clone(),
            code: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            localsplus_names: self.localsplus_names.clone(),
            localsplus_kinds: self.localsplus_kinds.clone(),
            exception_table: Vec::new(),
            line_table: Vec::new(),
            lazy: None,
            lines: None,
        }
    }
}

/// The line of word offset `offset` in line table `table` of code starting at `firstlineno`.
pub fn line_in(table: &[LineEntry], firstlineno: u32, offset: u32) -> u32 {
    match table.binary_search_by(|e| e.start.cmp(&offset)) {
        Ok(i) => table[i].line,
        Err(0) => firstlineno,
        Err(i) => table[i - 1].line,
    }
}

/// Checks that `table` fits `code`: sorted by start, each start an instruction's offset.
pub fn check_line_table(code: &CodeObject, table: &[LineEntry]) -> Result<(), String> {
    if table.windows(2).any(|w| w[0].start >= w[1].start) {
        return Err("line table is not sorted".into());
    }
    let mut starts = code.instructions().map(|(at, _, _)| at).peekable();
    for e in table {
        while starts.next_if(|&at| at < e.start).is_some() {}
        if starts.peek() != Some(&e.start) {
            return Err("line table entry not on an instruction".into());
        }
    }
    Ok(())
}

/// Iterator over decoded instructions.
pub struct Instructions<'a> {
    code: &'a [u32],
    pos: usize,
}

impl<'a> Iterator for Instructions<'a> {
    type Item = (u32, Opcode, u32);
    fn next(&mut self) -> Option<Self::Item> {
        let word = *self.code.get(self.pos)?;
        let (b, arg) = decode(word);
        let op = Opcode::from_u8(b)?;
        let at = self.pos as u32;
        self.pos += 1 + op.cache_words();
        Some((at, op, arg))
    }
}

/// Computes the maximum stack depth by flow analysis over every path, including exception
/// handlers. Errors on underflow, inconsistent depths at a join, or malformed code.
pub fn compute_stack_depth(code: &CodeObject) -> Result<u32, String> {
    stack_depths(code).map(|(_, max)| max)
}

/// The flow analysis behind [`compute_stack_depth`]: the stack depth on entry to each word
/// offset (-1 where no instruction is reached; the JIT addresses stack slots with it) and the
/// maximum depth.
pub fn stack_depths(code: &CodeObject) -> Result<(Vec<i64>, u32), String> {
    let n = code.code.len();
    // depth at each word offset, -1 = not reached yet
    let mut depth_at: Vec<i64> = vec![-1; n + 1];
    let mut boundary = vec![false; n + 1];
    for (at, _, _) in code.instructions() {
        boundary[at as usize] = true;
    }
    let mut work: Vec<(usize, i64)> = vec![(0, 0)];
    let mut max = 0i64;
    let visit = |target: usize, depth: i64, work: &mut Vec<(usize, i64)>, depth_at: &mut Vec<i64>| -> Result<(), String> {
        if target >= n || !boundary[target] {
            return Err(format!("jump to {target} is not an instruction"));
        }
        if depth < 0 {
            return Err(format!("stack underflow reaching {target}"));
        }
        match depth_at[target] {
            -1 => {
                depth_at[target] = depth;
                work.push((target, depth));
            }
            d if d != depth => {
                return Err(format!("inconsistent stack depth at {target}: {d} vs {depth}"));
            }
            _ => {}
        }
        Ok(())
    };
    if n == 0 {
        return Ok((depth_at, 0));
    }
    depth_at[0] = 0;
    while let Some((start, d0)) = work.pop() {
        let mut pos = start;
        let mut depth = d0;
        loop {
            if pos >= n {
                return Err("execution runs off the end of the code".into());
            }
            let (b, arg) = decode(code.code[pos]);
            let op = Opcode::from_u8(b).ok_or_else(|| format!("bad opcode {b} at {pos}"))?;
            if let Some(h) = code.handler_at(pos as u32) {
                let hd = h.depth as i64 + h.push_lasti as i64 + 1;
                if h.depth as i64 > depth {
                    return Err(format!("handler depth {} above stack depth {depth} at {pos}", h.depth));
                }
                max = max.max(hd);
                visit(h.target as usize, hd, &mut work, &mut depth_at)?;
            }
            if op.is_jump() {
                let taken = depth + op.stack_effect(arg, true) as i64;
                if taken < 0 {
                    return Err(format!("stack underflow at {pos} ({})", op.name()));
                }
                max = max.max(taken);
                visit(arg as usize, taken, &mut work, &mut depth_at)?;
            }
            let after = depth + op.stack_effect(arg, false) as i64;
            // An instruction must find its operands: it pops at most `depth` items. The net
            // effect alone does not prove that, so check the worst case of popping first.
            if after < 0 || depth < min_depth(op, arg) as i64 {
                return Err(format!("stack underflow at {pos} ({})", op.name()));
            }
            max = max.max(after);
            if op.ends_block() {
                break;
            }
            pos += 1 + op.cache_words();
            if pos < n && boundary[pos] {
                match depth_at[pos] {
                    -1 => depth_at[pos] = after,
                    d if d != after => {
                        return Err(format!("inconsistent stack depth at {pos}: {d} vs {after}"))
                    }
                    _ => break, // already walked from here
                }
            }
            depth = after;
        }
    }
    Ok((depth_at, max as u32))
}

/// How many stack items an instruction reads (so a net-zero effect cannot hide an underflow).
fn min_depth(op: Opcode, arg: u32) -> u32 {
    use Opcode::*;
    match op {
        NOP | PUSH_NULL | LOAD_CONST | LOAD_NAME | LOAD_GLOBAL | LOAD_FAST | LOAD_DEREF
        | LOAD_CLOSURE | LOAD_CLASSDEREF | LOAD_BUILD_CLASS | LOAD_ASSERTION_ERROR | JUMP_FORWARD
        | JUMP_BACKWARD | JUMP_BACKWARD_NO_INTERRUPT | DELETE_FAST | DELETE_DEREF | DELETE_NAME
        | DELETE_GLOBAL | MAKE_CELL | COPY_FREE_VARS | KW_NAMES | SETUP_ANNOTATIONS => 0,
        COPY | SWAP => arg.max(1),
        BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING | BUILD_SLICE => arg,
        BUILD_MAP => 2 * arg,
        BUILD_CONST_KEY_MAP => arg + 1,
        UNPACK_SEQUENCE | UNPACK_EX => 1,
        LIST_APPEND | SET_ADD | LIST_EXTEND | SET_UPDATE | DICT_UPDATE | DICT_MERGE => arg + 1,
        MAP_ADD => arg + 2,
        CALL => arg + 2,
        CALL_FUNCTION_EX => 3 + (arg & 1),
        MAKE_FUNCTION => 1 + (arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1),
        RAISE_VARARGS => arg,
        WITH_EXCEPT_START => 4,
        MATCH_CLASS | STORE_SUBSCR => 3,
        MATCH_KEYS | BINARY_OP | COMPARE_OP | IS_OP | CONTAINS_OP | BINARY_SUBSCR | DELETE_SUBSCR
        | STORE_ATTR | SEND | CHECK_EXC_MATCH | CHECK_EG_MATCH | PREP_RERAISE_STAR
        | END_ASYNC_FOR | IMPORT_NAME => 2,
        RERAISE => 1 + arg,
        _ => 1,
    }
}

/// A stub holds no body: nothing to run, only its header to check.
fn validate_stub(code: &CodeObject) -> Result<(), String> {
    check_header(code)?;
    if code.localsplus_names.len() != code.total_args() {
        return Err("a stub code object whose locals are not its arguments".into());
    }
    if code.flags & flags::LAZY_BODY == 0 || !code.code.is_empty() || !code.names.is_empty() || !code.exception_table.is_empty() || !code.line_table.is_empty() || !code.consts.is_empty() {
        return Err("a stub code object with a body".into());
    }
    Ok(())
}

fn check_header(code: &CodeObject) -> Result<(), String> {
    if code.localsplus_names.len() != code.localsplus_kinds.len() {
        return Err("localsplus names and kinds differ in length".into());
    }
    if code.total_args() > code.localsplus_names.len() {
        return Err("more arguments than locals".into());
    }
    if code.posonlyargcount > code.argcount {
        return Err("more positional-only arguments than positional arguments".into());
    }
    Ok(())
}

fn validate(code: &CodeObject) -> Result<(), String> {
    check_header(code)?;
    if code.flags & flags::LAZY_BODY != 0 {
        return Err("a code object with a body flagged as a stub".into());
    }
    let nfree = code.localsplus_kinds.iter().filter(|k| **k & crate::code::local_kind::FREE != 0).count();
    let n = code.code.len();
    let mut pos = 0;
    let mut boundaries = vec![false; n + 1];
    while pos < n {
        boundaries[pos] = true;
        let (b, arg) = decode(code.code[pos]);
        let op = Opcode::from_u8(b).ok_or_else(|| format!("bad opcode {b} at {pos}"))?;
        let limit = match op.arg_kind() {
            ArgKind::Const => code.consts.len(),
            ArgKind::Name => code.names.len(),
            ArgKind::GlobalName => code.names.len() * 2,
            ArgKind::Local => code.localsplus_names.len(),
            ArgKind::Jump => n,
            ArgKind::BinOp => 26,
            ArgKind::CmpOp => 6,
            ArgKind::None | ArgKind::Num => usize::MAX,
        };
        if arg as usize >= limit {
            return Err(format!("argument {arg} of {} at {pos} is out of range", op.name()));
        }
        match op {
            Opcode::COPY | Opcode::SWAP if arg == 0 => return Err(format!("{} 0 at {pos}", op.name())),
            Opcode::COPY_FREE_VARS if arg as usize != nfree => {
                return Err(format!("COPY_FREE_VARS {arg} but {nfree} free variables"))
            }
            Opcode::KW_NAMES => match &code.consts[arg as usize] {
                Constant::Tuple(items) if items.iter().all(|c| matches!(c, Constant::Str(_))) => {}
                _ => return Err(format!("KW_NAMES at {pos} does not name a tuple of strings")),
            },
            Opcode::BUILD_SLICE if !(arg == 2 || arg == 3) => {
                return Err(format!("BUILD_SLICE {arg} at {pos}"))
            }
            _ => {}
        }
        pos += 1 + op.cache_words();
    }
    if pos != n {
        return Err("code ends inside an instruction's cache".into());
    }
    // The interpreter reads the word after a COMPARE_OP (to fuse it with a following jump).
    if let Some((at, Opcode::COMPARE_OP, _)) = code.instructions().last() {
        return Err(format!("code ends with COMPARE_OP at {at}"));
    }
    for (at, op, arg) in code.instructions() {
        if op.is_jump() && !boundaries[arg as usize] {
            return Err(format!("jump target {arg} of {} at {at} is not an instruction", op.name()));
        }
    }
    for w in code.exception_table.windows(2) {
        if w[0].end > w[1].start {
            return Err("exception table entries overlap or are unsorted".into());
        }
    }
    for e in &code.exception_table {
        let on_boundary = |o: u32| boundaries.get(o as usize).copied().unwrap_or(false);
        if e.start >= e.end || e.end as usize > n || !on_boundary(e.start) || !on_boundary(e.target) {
            return Err(format!("bad exception table entry {e:?}"));
        }
    }
    check_line_table(code, &code.line_table)?;
    if (code.flags & flags::LAZY_LINES != 0) != code.lines.is_some() || (code.lines.is_some() && !code.line_table.is_empty()) {
        return Err("a code object's LAZY_LINES flag, line reference and line table disagree".into());
    }
    let depth = compute_stack_depth(code)?;
    if depth > code.stacksize {
        return Err(format!("stack reaches {depth} but stacksize is {}", code.stacksize));
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            inner.validate()?;
        }
    }
    Ok(())
}
