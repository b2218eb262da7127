//! The JIT's code generator: a code object's bytecode → a wasm module (plain Rust, no VM
//! state, so it is tested natively: tests/jit snapshots and wasmparser validation).
//!
//! A generated function works on the interpreter's own frame in the VM's memory: it is
//! `(slots: i32, ip: i32, depth: i32) -> i64`, entered at any instruction boundary `ip` with
//! the value stack `depth` deep, and returns `ip << 32 | arm << 31 | depth` where it stopped.
//! The stack depth at each instruction is static (`stack_depths`), so every stack slot is a
//! constant offset from `slots`. Instructions with a fast path run inline (locals, constants,
//! small-int arithmetic with overflow check, compares and jumps); any other instruction, or a
//! guard that fails, returns *before* the instruction with the frame exactly as the
//! interpreter would have it, and the interpreter runs it (so exceptions and tracebacks are
//! the interpreter's). `arm` says whether re-entering right after that instruction is worth
//! it (the next instruction has a fast path).
//!
//! Dispatch: a `loop` around nested `block`s, one per instruction, entered by a `br_table` on
//! `ip`; instructions fall through to the next one, a forward jump branches to the end of
//! the block its target's code follows, and a backward one sets `ip` and branches back to the
//! `br_table`.
//!
//! Memory contract (wasm32): a slot is an `Option<Value>` word (0 = empty); bit 0 set = a
//! small int `bits >> 1`; else a pointer to an object whose first word is its reference
//! count. Slots above the stack top are empty. A count reaching zero calls the imported
//! `env.release`.
//!
//! Type feedback: LOAD_GLOBAL is inline when the interpreter's cache was filled at compile
//! time (`GlobalFeed`: the dicts' key-set version words to check and the value word to load).
//! LOAD_ATTR and STORE_ATTR read and write an instance dict's value inline when the object's
//! type is one the site's own attribute cache holds (`PIC_WORDS`: up to `PIC_WAYS` type
//! version tags, each with the dict entry where that type's instances keep the name, filled
//! by the helpers when the inline path misses); LOAD_METHOD takes a method the same way (the
//! ways hold the type's method, and instances with a dict must not have the name in it, as a
//! clear bit of the dict's key bloom proves). Otherwise they call the attribute helpers (`env.load_attr`,
//! `env.store_attr`, `env.load_method`: `(slot address, CodeData address, ip) -> answer`),
//! which do what the interpreter's arm does on the frame's slots: its inline cache's hit path,
//! else the generic lookup (which may run Python code) and the cache refill; 1 is done, 2 the
//! lookup raised (leave with the `called` bit, below). BINARY_SUBSCR and STORE_SUBSCR index an
//! exact list (BINARY_SUBSCR: or tuple) with a small int inline (`SeqLayout`), else call
//! `env.subscr` and `env.store_subscr` the same way (the interpreter's list/tuple/str index
//! fast paths, else the generic `getitem`/`setitem`), BUILD_TUPLE, BUILD_LIST, BUILD_SLICE,
//! LIST_APPEND, UNPACK_SEQUENCE, UNARY_NEGATIVE, CONTAINS_OP, MAKE_FUNCTION and KW_NAMES call
//! `env.op` (the interpreter's arm for the instruction at `ip`, on its lowest operand's
//! slot), FOR_ITER steps range iterators (small-int values) and list iterators inline,
//! ends their loops (`IterLayout`), and calls `env.for_iter` for the rest (the interpreter's
//! steps of them), and
//! GET_ITER `env.get_iter` (a range, list or tuple's own iterator). COMPARE_OP compares two one-byte
//! exact strs inline (and tells `==`/`!=` of exact strs of unequal byte lengths), other exact
//! strs call `env.compare` (the interpreter's str compare; 1 + the result, 0 for other operands).
//!
//! Calls: CALL calls `env.call`, which makes the callee's frame as the interpreter's CALL
//! would (a Python function or bound method with any arguments, a simple-init class with
//! positional ones),
//! pushes it and runs the callee's generated function inside itself (at most
//! `jit::MAX_NESTED` deep). When that reaches its RETURN_VALUE the helper does the return
//! (the result in the caller's slot, answer 1) and the caller goes on; when the callee left
//! for the interpreter, or has no generated code, the caller leaves too, with the `called`
//! bit, and the interpreter runs the callee's frame (it returns into the caller as any
//! inline call does). A builtin the helper calls runs there too, and so do builtin types
//! (`set(...)`) and generator functions (the call makes the generator). So generated code never
//! raises itself: a callee that raises does so in the interpreter, and what a helper's own
//! work raised (a builtin, an attribute lookup) is left in `Vm::jit_raised`, the code leaves
//! with the `called` bit and the interpreter raises it, with every frame's `lasti` where the
//! interpreter would have it.

use pygmy_bytecode::code::stack_depths;
use pygmy_bytecode::{BinaryOp, CodeObject, CompareOp, Opcode};
use wasm_encoder::{
    BlockType, CodeSection, EntityType, ExportKind, ExportSection, Function, FunctionSection, ImportSection,
    InstructionSink, MemArg, MemoryType, Module, TypeSection, ValType,
};

/// Addresses and singletons of the running VM that generated code embeds.
#[derive(Clone, Copy, Debug)]
pub struct Env {
    pub true_bits: u32,
    pub false_bits: u32,
    pub none_bits: u32,
    /// Address of the eval breaker flag (a byte): backward jumps leave when it is set.
    pub breaker: u32,
    /// A cell object: the offset of its kind byte, the kind's value, and the offset of its
    /// contents word (LOAD_DEREF and STORE_DEREF read and write it).
    pub cell: (u32, u8, u32),
    /// What the inline instance attribute loads and stores read.
    pub attr: AttrLayout,
    /// What inline float arithmetic reads and where it takes its results from.
    pub float: FloatLayout,
    /// What the inline list and tuple subscripts read.
    pub seq: SeqLayout,
    /// What FOR_ITER's inline range and list steps read.
    pub iter: IterLayout,
    /// What COMPARE_OP's inline compare of two one-byte strs reads: the address of `str`
    /// (`AttrLayout::class`), the offsets in a str object of its bytes' pointer and length
    /// (a type address no class has if boxed strs are not two plain words).
    pub str: (u32, u32, u32),
}

/// Exact lists and tuples for BINARY_SUBSCR's and STORE_SUBSCR's inline small-int index
/// (tuples: loads only): recognized by their class pointer (`AttrLayout::class`), their items
/// an array of words. A type address no class has (a Vec or boxed slice of another shape)
/// sends every subscript to the helper.
#[derive(Clone, Copy, Debug)]
pub struct SeqLayout {
    /// Address of `list`, and the offsets in a list object of its items' pointer and length.
    pub list: u32,
    pub list_ptr: u32,
    pub list_len: u32,
    /// The same for `tuple`.
    pub tuple: u32,
    pub tuple_ptr: u32,
    pub tuple_len: u32,
}

/// Range and list iterators for FOR_ITER's inline step: recognized by their class pointer
/// (`AttrLayout::class`) and their state's tag; offsets in an iterator object of the tag
/// word, of a range's `next`, `step` and `remaining` (i64s) and of a list iterator's list
/// word and index (its list's items are read as `SeqLayout` says). Class addresses no class
/// has send every step to the helper.
#[derive(Clone, Copy, Debug)]
pub struct IterLayout {
    pub range_class: u32,
    pub list_class: u32,
    /// The kind byte of lists (at the header offset `Env::cell` names).
    pub list_kind: u8,
    pub tag: u32,
    pub range_tag: u32,
    pub seq_tag: u32,
    pub next: u32,
    pub step: u32,
    pub remaining: u32,
    pub seq: u32,
    pub index: u32,
}

/// Exact floats for BINARY_OP's inline `+ - * /`: operands are recognized by their class
/// pointer (`AttrLayout::class`), results are taken from the VM's pool of freed floats (a
/// list linked through their value words, `object::float_pool`; an empty pool means the
/// helper), as `object::new_float` takes them.
#[derive(Clone, Copy, Debug)]
pub struct FloatLayout {
    /// Address of `float`.
    pub class: u32,
    /// Offset of a float object's value (an f64; a pooled one's link word).
    pub value: u32,
    /// Addresses of the pool's head pointer and length words.
    pub pool_head: u32,
    pub pool_len: u32,
}

/// The memory layout LOAD_ATTR's and STORE_ATTR's inline hit paths read: the object's type
/// version tag, looked up in the site's attribute cache (`PIC_WORDS`), then the instance dict
/// entry the cache names.
#[derive(Clone, Copy, Debug)]
pub struct AttrLayout {
    /// Offsets in an object's header of its class pointer and its ext slot count (a u16; the
    /// ext slots are the words before the header, the instance dict in the first one).
    pub class: u32,
    pub ext_len: u32,
    /// Offset in a type object of its version tag.
    pub type_version: u32,
    /// Address of `type`: a class whose metatype is exactly `type` is served by its site's
    /// class way (keyed on the class's own version), any other object by the type ways.
    pub type_type: u32,
    /// Offset in a classmethod or staticmethod object of its callable's word.
    pub wrapped: u32,
    /// `Kind::Function` (a header's kind byte, at `Env::cell`'s offset): a classmethod's
    /// callable is called with the class first only while it is a function.
    pub function_kind: u32,
    /// Address of `dict` (the caches read exact dicts only; an address no class has when the
    /// entry words were not found, so every lookup takes the helper).
    pub dict_type: u32,
    /// Offsets in a dict object of its entry array's pointer and length words.
    pub entries_ptr: u32,
    pub entries_len: u32,
    /// An entry's size and the offsets of its key and value words.
    pub entry_size: u32,
    pub entry_key: u32,
    pub entry_value: u32,
    /// Offset in a dict object of its key bloom (a u64: bit `hash & 63` of every key, so a
    /// clear bit proves a key absent).
    pub dict_bloom: u32,
}

/// A LOAD_GLOBAL the interpreter's cache resolved when the code was compiled, or the entry a
/// STORE_GLOBAL's name had then: while each guard's version word holds its version, the
/// name's value is the word at `value` (the runtime guarantees a dict entry stays put while
/// the dict's key-set version is unchanged).
#[derive(Clone, Copy, Debug)]
pub struct GlobalFeed {
    /// `(address of a dict's key-set version word, version)`: the globals', then the
    /// builtins' when the name is a builtin (address 0: no second guard).
    pub guards: [(u32, u32); 2],
    /// Address of the value word.
    pub value: u32,
}

/// One code object to compile.
pub struct Unit<'a> {
    pub code: &'a CodeObject,
    /// The constants' words (`Value::bits`), in `co_consts` order.
    pub consts: &'a [u32],
    /// Slots before the value stack (locals, cells, free vars).
    pub nlocalsplus: u32,
    /// Address of the code's `CodeData`, which the attribute helpers are given.
    pub data: u32,
    /// The names' words (`Value::bits`, interned strs), in `co_names` order.
    pub names: &'a [u32],
    /// Each name's bit in a dict's key bloom (its str hash & 63), in `co_names` order.
    pub name_blooms: &'a [u8],
    /// LOAD_GLOBAL and STORE_GLOBAL feedback by instruction word offset (ordered); one
    /// without feedback leaves.
    pub globals: &'a [(u32, GlobalFeed)],
    /// Address of the code's attribute caches: [`PIC_WORDS`] words for each of
    /// [`pic_sites`], in that order.
    pub pics: u32,
    /// LOAD_ATTR and LOAD_METHOD sites (word offsets, ordered) whose interpreter cache had
    /// settled on objects other than classes when the code was compiled: they get no class
    /// way code (a class there takes the helper).
    pub settled: &'a [u32],
}

/// Types an attribute site's cache holds (its ways).
pub const PIC_WAYS: usize = 4;

/// Words of one site's attribute cache: per way a type's version tag (0: empty) and what the
/// site found for that type: LOAD_ATTR and STORE_ATTR the instance dict entry where its
/// instances keep the name, LOAD_METHOD the method on the type (an object's address, bit 0
/// set when its instances have a dict that could shadow it); then the class way (at
/// [`PIC_CLASS`]) for a class as the object (`Strength.REQUIRED`, `Strength.stronger(...)`):
/// the class's own version tag and what the interpreter's `CLASS` entry proves for it, the
/// value's address for LOAD_ATTR, for LOAD_METHOD the address of the function, classmethod
/// or staticmethod with 0, 1 or 2 in the low bits (`inline_cache::class_way`); then the
/// fills left to try
/// (`env.pic_fill`, called on a miss while some are left, counts them down).
pub const PIC_WORDS: usize = 2 * PIC_WAYS + 3;

/// Index of the class way's version word in a site's [`PIC_WORDS`].
pub const PIC_CLASS: usize = 2 * PIC_WAYS;

/// Index of the fills-left word in a site's [`PIC_WORDS`].
pub const PIC_LEFT: usize = PIC_CLASS + 2;

/// The instructions (word offsets, ordered) that have an attribute cache of their own in
/// generated code: LOAD_ATTR, STORE_ATTR and LOAD_METHOD.
pub fn pic_sites(code: &CodeObject) -> Vec<u32> {
    code.instructions().filter(|i| matches!(i.1, Opcode::LOAD_ATTR | Opcode::STORE_ATTR | Opcode::LOAD_METHOD)).map(|i| i.0).collect()
}

/// The `arm` bit of a returned word.
pub const ARM: u64 = 1 << 31;

/// The `pending` bit of a returned word: the code left before the instruction at `ip` because
/// a drop queued a finalizer (or the GC is due). Bits 16..30 then hold the word offset of the
/// instruction that dropped, the frame's `lasti` while what is pending runs (a finalizer may
/// look at its caller's line); the interpreter runs it, as before its next instruction, and
/// enters again at `ip`.
pub const PENDING: u64 = 1 << 30;
const LASTI_SHIFT: u32 = 16;

/// The `called` bit of a returned word: a CALL's helper pushed the callee's frame, which the
/// interpreter is to run (its generated code left it, or it has none); `ip` and the depth are
/// the caller's after the CALL, the result not pushed yet (the callee's return pushes it). Or
/// a helper (a builtin CALL, an attribute lookup) raised: the instruction's operands are
/// popped and the interpreter raises the error (`Vm::jit_raised`) in the frame on top.
pub const CALLED: u64 = 1 << 29;

/// The stack depth bits of a returned word (code objects have at most `MAX_WORDS` words, so
/// depths and offsets fit).
pub const DEPTH_MASK: u32 = (1 << LASTI_SHIFT) - 1;

/// The `lasti` a returned word with the pending bit carries (the bits between the depth and
/// the pending bit).
pub fn pending_lasti(word: u64) -> usize {
    (word >> LASTI_SHIFT) as usize & ((CALLED >> LASTI_SHIFT) as usize - 1)
}

/// Instructions that drop nothing when their fast path runs (they only push, or leave): after
/// one of them no finalizer can have been queued since the previous check.
fn drops_nothing(op: Opcode) -> bool {
    matches!(op, Opcode::NOP | Opcode::LOAD_FAST | Opcode::LOAD_DEREF | Opcode::LOAD_CONST | Opcode::PUSH_NULL | Opcode::COPY | Opcode::SWAP | Opcode::LOAD_GLOBAL | Opcode::COPY_FREE_VARS)
}

/// Fast-path instructions that must follow an instruction the generated code left before
/// for re-entering after it to pay (a re-entry costs a cross-instance call and the eval
/// breaker's round trip, several interpreted instructions' worth).
pub const MIN_RUN: u32 = 4;

/// Largest code object (in words) the generator takes: one nested block per instruction.
pub const MAX_WORDS: usize = 4096;

/// Smallest and largest small ints on wasm32 (31 bits).
const SMALL_MIN: i64 = -(1 << 30);
const SMALL_MAX: i64 = (1 << 30) - 1;

// Locals of a generated function.
const SL: u32 = 0;
const IP: u32 = 1;
const DEPTH: u32 = 2;
const A: u32 = 3;
const B: u32 = 4;
const R: u32 = 5;
const X: u32 = 6;
const T: u32 = 7;
/// Scratch of `decref` only (so it can drop A or B while the other is live).
const RC: u32 = 8;
/// The inline attribute paths' dict, then its entry; the inline float result.
const E: u32 = 9;
/// The inline float operands, then the result's value.
const FX: u32 = 10;
const FY: u32 = 11;

// Imported functions.
const RELEASE: u32 = 0;
const LOAD_ATTR: u32 = 1;
const STORE_ATTR: u32 = 2;
const LOAD_METHOD: u32 = 3;
const SUBSCR: u32 = 4;
const STORE_SUBSCR: u32 = 5;
const FOR_ITER: u32 = 6;
const CALL: u32 = 7;
const COMPARE: u32 = 8;
const GET_ITER: u32 = 9;
const BINARY_OP: u32 = 10;
const OP: u32 = 11;
const PIC_FILL: u32 = 12;
/// Functions a generated module imports (its own functions are numbered after them).
pub const IMPORTED_FUNCS: u32 = 13;

/// Whether the generator has an inline fast path for `op` (anything else leaves at once).
pub fn has_fast_path(op: Opcode) -> bool {
    use Opcode::*;
    matches!(
        op,
        NOP | LOAD_FAST
            | STORE_FAST
            | LOAD_CONST
            | POP_TOP
            | PUSH_NULL
            | LOAD_GLOBAL
            | STORE_GLOBAL
            | LOAD_DEREF
            | STORE_DEREF
            | LOAD_ATTR
            | STORE_ATTR
            | LOAD_METHOD
            | BINARY_SUBSCR
            | STORE_SUBSCR
            | FOR_ITER
            | GET_ITER
            | CALL
            | KW_NAMES
            | COPY_FREE_VARS
            | COPY
            | SWAP
            | BINARY_OP
            | COMPARE_OP
            | CONTAINS_OP
            | UNARY_NEGATIVE
            | BUILD_TUPLE
            | BUILD_LIST
            | BUILD_SLICE
            | MAKE_FUNCTION
            | LIST_APPEND
            | UNPACK_SEQUENCE
            | IS_OP
            | UNARY_NOT
            | JUMP_IF_FALSE_OR_POP
            | JUMP_IF_TRUE_OR_POP
            | POP_JUMP_IF_FALSE
            | POP_JUMP_IF_TRUE
            | POP_JUMP_IF_NONE
            | POP_JUMP_IF_NOT_NONE
            | JUMP_FORWARD
            | JUMP_BACKWARD
            | JUMP_BACKWARD_NO_INTERRUPT
    )
}

/// How many instructions of `code` have a fast path (the runtime's "worth compiling" test).
pub fn fast_path_count(code: &CodeObject) -> usize {
    code.instructions().filter(|&(_, op, _)| has_fast_path(op)).count()
}

/// Compiles `units` into one module whose export `"i"` is the function of `units[i]`; None
/// when a unit is too large or its code does not pass the flow analysis.
pub fn compile(units: &[Unit], env: &Env) -> Option<Vec<u8>> {
    let mut types = TypeSection::new();
    types.ty().function([ValType::I32, ValType::I32, ValType::I32], [ValType::I64]);
    types.ty().function([ValType::I32], []);
    types.ty().function([ValType::I32, ValType::I32, ValType::I32], [ValType::I32]);
    let mut imports = ImportSection::new();
    let memory = MemoryType { minimum: 0, maximum: None, memory64: false, shared: false, page_size_log2: None };
    imports.import("env", "memory", EntityType::Memory(memory));
    // The helpers by number (the host's `jit_install` maps "i" to the VM's i-th helper).
    for i in 0..IMPORTED_FUNCS {
        imports.import("env", &i.to_string(), EntityType::Function(if i == RELEASE { 1 } else { 2 }));
    }
    let mut funcs = FunctionSection::new();
    let mut exports = ExportSection::new();
    let mut bodies = CodeSection::new();
    for (i, unit) in units.iter().enumerate() {
        let body = function(unit, env)?;
        funcs.function(0);
        exports.export(&i.to_string(), ExportKind::Func, i as u32 + IMPORTED_FUNCS);
        bodies.function(&body);
    }
    let mut module = Module::new();
    module.section(&types).section(&imports).section(&funcs).section(&exports).section(&bodies);
    Some(module.finish())
}

fn function(unit: &Unit, env: &Env) -> Option<Function> {
    let code = unit.code;
    if code.code.len() > MAX_WORDS {
        return None;
    }
    let (depths, _) = stack_depths(code).ok()?;
    let instrs: Vec<(u32, Opcode, u32)> = code.instructions().collect();
    let n = instrs.len() as u32;
    let mut f = Function::new([(2, ValType::I32), (1, ValType::I64), (1, ValType::I32), (1, ValType::I64), (2, ValType::I32), (2, ValType::F64)]);
    // Per instruction: how many fast-path instructions run from it in a straight line.
    let mut runs = vec![0u32; instrs.len() + 1];
    for k in (0..instrs.len()).rev() {
        let op = instrs[k].1;
        runs[k] = if has_fast_path(op) { if op.ends_block() || op.is_jump() { 1 } else { runs[k + 1] + 1 } } else { 0 };
    }
    let sites = pic_sites(code);
    // The word offset → block of the instruction starting there; other words leave.
    let mut table = vec![n; code.code.len()];
    for (k, &(at, _, _)) in instrs.iter().enumerate() {
        table[at as usize] = k as u32;
    }
    let mut g = Gen { s: f.instructions(), env, nlp: unit.nlocalsplus, data: unit.data, names: unit.names, name_blooms: unit.name_blooms, pics: unit.pics, sites: &sites, settled: unit.settled, nested: 0, n, k: 0, at: 0, runs, depths: &depths, index: &table };
    // $r = the entry state, what an entry at an unknown ip returns unchanged.
    g.s.local_get(IP).i64_extend_i32_u().i64_const(32).i64_shl();
    g.s.local_get(DEPTH).i64_extend_i32_u().i64_or().local_set(R);
    g.s.loop_(BlockType::Empty).block(BlockType::Empty);
    for _ in 0..n {
        g.s.block(BlockType::Empty);
    }
    g.s.local_get(IP).br_table(table.iter().copied(), n);
    for (k, &(at, op, arg)) in instrs.iter().enumerate() {
        g.s.end();
        g.k = k as u32;
        let next = instrs.get(k + 1).map(|i| i.0).unwrap_or(code.code.len() as u32);
        match depths.get(at as usize) {
            Some(&d) if d >= 0 => {
                // A drop in the instruction before may have queued a finalizer: the
                // interpreter would run it before this one (CPython at once).
                if k > 0 && !drops_nothing(instrs[k - 1].1) {
                    g.leave_if_pending(at, instrs[k - 1].0);
                }
                g.at = at;
                let feed = unit.globals.binary_search_by_key(&at, |g| g.0).ok().map(|i| unit.globals[i].1);
                g.instruction(at, op, arg, d as u32, next, &instrs, unit.consts, feed)
            }
            _ => {
                let l = g.exit_label();
                g.s.br(l);
            }
        }
    }
    // Validated code never falls off its end.
    g.s.unreachable();
    g.s.end();
    g.s.local_get(R).return_();
    g.s.end();
    g.s.unreachable();
    g.s.end();
    Some(f)
}

struct Gen<'a, 'e> {
    s: InstructionSink<'a>,
    env: &'e Env,
    nlp: u32,
    data: u32,
    names: &'a [u32],
    name_blooms: &'a [u8],
    /// The attribute caches' address and their sites ([`Unit::pics`]).
    pics: u32,
    sites: &'a [u32],
    settled: &'a [u32],
    /// `if` blocks open inside the current instruction.
    nested: u32,
    n: u32,
    /// Index of the current instruction.
    k: u32,
    /// Its word offset.
    at: u32,
    /// Straight-line fast-path run length from each instruction.
    runs: Vec<u32>,
    /// Stack depth at each word offset (`stack_depths`; negative: unreachable).
    depths: &'a [i64],
    /// The index of the instruction at each word offset (`n` for words inside one).
    index: &'a [u32],
}

fn mem(offset: u32) -> MemArg {
    MemArg { offset: offset as u64, align: 2, memory_index: 0 }
}

impl Gen<'_, '_> {
    fn exit_label(&self) -> u32 {
        self.n - 1 - self.k + self.nested
    }

    fn dispatch_label(&self) -> u32 {
        self.exit_label() + 1
    }

    fn if_(&mut self) {
        self.s.if_(BlockType::Empty);
        self.nested += 1;
    }

    fn else_(&mut self) {
        self.s.else_();
    }

    fn end(&mut self) {
        self.s.end();
        self.nested -= 1;
    }

    /// An inline fast path with a helper behind it: `fast` is emitted with the label its
    /// guards branch to on a miss, and the misses land on a call of `helper = (import, stack
    /// slot, depth)`: its 0 leaves at `at`, its 2 (raised) leaves with the called bit after
    /// the instruction with the stack that deep. With `fill = (attribute cache, name word)`
    /// a miss first has `env.pic_fill` fill the cache for the object in the helper's slot,
    /// while it has tries left.
    #[allow(clippy::too_many_arguments)]
    fn or_helper(&mut self, helper: (u32, u32, u32), fill: Option<(u32, u32)>, at: u32, d: u32, next: u32, arm: bool, fast: impl FnOnce(&mut Self, u32)) {
        let (done, miss) = (self.block(), self.block());
        fast(self, miss);
        self.br(done);
        self.end();
        let (import, slot, depth) = helper;
        if let Some((pic, name)) = fill {
            self.s.i32_const(0).i32_load(mem(pic + 4 * PIC_LEFT as u32));
            self.if_();
            let o = self.stack(slot);
            self.s.local_get(SL).i32_const(o as i32).i32_add().i32_const(pic as i32).i32_const(name as i32).call(PIC_FILL).drop();
            self.end();
        }
        self.call_helper(import, at, d, slot, arm);
        self.leave_called_on_2(next, depth);
        self.end();
    }

    /// Opens a block inside the current instruction; the answer names it for [`Gen::br`].
    fn block(&mut self) -> u32 {
        self.s.block(BlockType::Empty);
        self.nested += 1;
        self.nested
    }

    /// Branches to the end of the block `label` ([`Gen::block`]).
    fn br(&mut self, label: u32) {
        self.s.br(self.nested - label);
    }

    /// Branches to the end of the block `label` if the i32 on the wasm stack is non-zero.
    fn br_if(&mut self, label: u32) {
        self.s.br_if(self.nested - label);
    }

    /// The instance dict entry that LOAD_ATTR or STORE_ATTR (name `arg`) finds for the object
    /// in A, whose type's way ([`Gen::pic_way`]) gave the entry hint in X: the entry's address
    /// in E, its key checked; any guard that fails (no exact instance dict, another key at the
    /// entry) branches to `miss`. The runtime fills a way only for a type whose version proves
    /// what the interpreter's `INSTANCE` cache entry proves: the instance dict decides the
    /// name.
    fn instance_entry(&mut self, arg: u32, miss: u32) {
        let l = self.env.attr;
        let name = self.names[arg as usize];
        // Its instance dict: the first ext slot, an exact dict.
        self.ext_slot0(miss);
        self.s.i32_eqz();
        self.br_if(miss);
        self.s.local_get(E).i32_load(mem(l.class)).i32_const(l.dict_type as i32).i32_ne();
        self.br_if(miss);
        // The entry, holding the name.
        self.s.local_get(X).local_get(E).i32_load(mem(l.entries_len)).i32_ge_u();
        self.br_if(miss);
        self.s.local_get(E).i32_load(mem(l.entries_ptr)).local_get(X).i32_const(l.entry_size as i32).i32_mul().i32_add().local_tee(E);
        self.s.i32_load(mem(l.entry_key)).i32_const(name as i32).i32_ne();
        self.br_if(miss);
    }

    /// The first ext slot of the object in A (where instances keep their dict) in E and on the
    /// wasm stack; an object without ext slots branches to `miss`.
    fn ext_slot0(&mut self, miss: u32) {
        let l = self.env.attr;
        self.s.local_get(A).i32_load16_u(MemArg { offset: l.ext_len as u64, align: 1, memory_index: 0 }).local_tee(E).i32_eqz();
        self.br_if(miss);
        self.s.local_get(A).local_get(E).i32_const(2).i32_shl().i32_sub().i32_load(mem(0)).local_tee(E);
    }

    /// The object in stack slot `top` in A and its class in X; a small int branches to `miss`.
    fn receiver(&mut self, top: u32, miss: u32) {
        let l = self.env.attr;
        self.load_slot(top);
        self.s.local_tee(A).i32_const(1).i32_and();
        self.br_if(miss);
        self.s.local_get(A).i32_load(mem(l.class)).local_set(X);
    }

    /// The way of the attribute cache of the instruction at `at` that holds the version of
    /// the class in X (of the object in A): the way's second word in X; a class without a
    /// version tag or one no way holds branches to `miss`.
    fn pic_way(&mut self, at: u32, miss: u32) {
        let l = self.env.attr;
        let pic = self.pic(at);
        self.s.local_get(X).i32_load(mem(l.type_version)).local_tee(X).i32_eqz();
        self.br_if(miss);
        let found = self.block();
        for way in 0..PIC_WAYS as u32 {
            self.s.i32_const(0).i32_load(mem(pic + 8 * way)).local_get(X).i32_eq();
            self.if_();
            self.s.i32_const(0).i32_load(mem(pic + 8 * way + 4)).local_set(X);
            self.br(found);
            self.end();
        }
        self.br(miss);
        self.end();
    }

    /// LOAD_ATTR's and LOAD_METHOD's two kinds of object: a class of metatype `type` (X)
    /// goes to `class` with the class way's second word in X, when the way holds the class's
    /// version (else `miss`); any other object to `other`, after [`Gen::pic_way`].
    fn class_or_other(&mut self, at: u32, miss: u32, class: impl FnOnce(&mut Self), other: impl FnOnce(&mut Self)) {
        if self.settled.binary_search(&at).is_ok() {
            self.pic_way(at, miss);
            return other(self);
        }
        let l = self.env.attr;
        let way = self.pic(at) + 4 * PIC_CLASS as u32;
        self.s.local_get(X).i32_const(l.type_type as i32).i32_eq();
        self.if_();
        self.s.local_get(A).i32_load(mem(l.type_version)).local_tee(X).i32_eqz();
        self.br_if(miss);
        self.s.local_get(X).i32_const(0).i32_load(mem(way)).i32_ne();
        self.br_if(miss);
        self.s.i32_const(0).i32_load(mem(way + 4)).local_set(X);
        class(self);
        self.else_();
        self.pic_way(at, miss);
        other(self);
        self.end();
    }

    /// The address of the attribute cache of the LOAD_ATTR, STORE_ATTR or LOAD_METHOD at `at`.
    fn pic(&self, at: u32) -> u32 {
        let site = self.sites.binary_search(&at).expect("an attribute cache site");
        self.pics + 4 * (PIC_WORDS * site) as u32
    }

    /// FOR_ITER's step of the iterator on top of the stack (depth `d`) when it is a range
    /// iterator or a list iterator, as `interp::builtin_iter_next` steps
    /// them: the next item pushed (a range's next value must be a small int), or, at the end,
    /// the list let go, the iterator popped and a jump to `target`. Anything else branches
    /// to `miss`.
    fn iter_next(&mut self, d: u32, target: u32, miss: u32) {
        let (l, class) = (self.env.iter, self.env.attr.class);
        let i64_at = |offset: u32| MemArg { offset: offset as u64, align: 3, memory_index: 0 };
        let (it, above) = (self.stack(d - 1), self.stack(d));
        self.load_slot(it);
        self.s.local_tee(A).i32_load(mem(class)).i32_const(l.range_class as i32).i32_eq();
        self.s.local_get(A).i32_load(mem(l.tag)).i32_const(l.range_tag as i32).i32_eq().i32_and();
        self.if_();
        // `remaining` in T; a next value past the small ints is the helper's.
        self.s.local_get(A).i64_load(i64_at(l.remaining)).local_tee(T).i64_const(0).i64_le_s();
        self.if_();
        self.clear_slot(it);
        self.decref_object(A);
        self.jump(target);
        self.end();
        self.s.local_get(A).i64_load(i64_at(l.next)).i64_const(-SMALL_MIN).i64_add().i64_const(2 * -SMALL_MIN).i64_ge_u();
        self.br_if(miss);
        self.s.local_get(A).i64_load(i64_at(l.next)).i32_wrap_i64().i32_const(1).i32_shl().i32_const(1).i32_or().local_set(X);
        self.s.local_get(A).local_get(T).i64_const(1).i64_sub().local_tee(T).i64_store(i64_at(l.remaining));
        self.s.local_get(T).i64_const(0).i64_gt_s();
        self.if_();
        self.s.local_get(A).local_get(A).i64_load(i64_at(l.next)).local_get(A).i64_load(i64_at(l.step)).i64_add().i64_store(i64_at(l.next));
        self.end();
        self.store_slot(above, X);
        self.else_();
        self.s.local_get(A).i32_load(mem(class)).i32_const(l.list_class as i32).i32_ne();
        self.s.local_get(A).i32_load(mem(l.tag)).i32_const(l.seq_tag as i32).i32_ne().i32_or();
        self.br_if(miss);
        // The list in B (a list or an instance of a subclass: their items are where an exact
        // list keeps them), the index in X, within its length.
        self.s.local_get(A).i32_load(mem(l.seq)).local_tee(B).i32_eqz();
        self.br_if(miss);
        self.s.local_get(B).i32_load8_u(MemArg { offset: self.env.cell.0 as u64, align: 0, memory_index: 0 }).i32_const(l.list_kind as i32).i32_ne();
        self.br_if(miss);
        self.s.local_get(A).i32_load(mem(l.index)).local_tee(X).local_get(B).i32_load(mem(self.env.seq.list_len)).i32_ge_u();
        self.if_();
        self.s.local_get(A).i32_const(0).i32_store(mem(l.seq));
        self.decref_object(B);
        self.clear_slot(it);
        self.decref_object(A);
        self.jump(target);
        self.end();
        self.s.local_get(B).i32_load(mem(self.env.seq.list_ptr)).local_get(X).i32_const(2).i32_shl().i32_add().i32_load(mem(0)).local_set(E);
        self.incref(E);
        self.store_slot(above, E);
        self.s.local_get(A).local_get(X).i32_const(1).i32_add().i32_store(mem(l.index));
        self.end();
    }

    /// The item that a small-int index in stack slot `index` names in the exact list (or,
    /// with `tuples`, tuple) in stack slot `container`: the container in A, the item's
    /// address in E; a negative index counts from the end. Any other operands, or an index
    /// out of range, branch to `miss`.
    fn seq_item(&mut self, container: u32, index: u32, tuples: bool, miss: u32) {
        let (l, class) = (self.env.seq, self.env.attr.class);
        self.load_slot(index);
        self.s.local_tee(X).i32_const(1).i32_and().i32_eqz();
        self.br_if(miss);
        self.load_slot(container);
        self.s.local_tee(A).i32_const(1).i32_and();
        self.br_if(miss);
        // The length in E, the items' address in B.
        self.s.local_get(A).i32_load(mem(class)).i32_const(l.list as i32).i32_eq();
        self.if_();
        self.s.local_get(A).i32_load(mem(l.list_len)).local_set(E);
        self.s.local_get(A).i32_load(mem(l.list_ptr)).local_set(B);
        self.else_();
        if tuples {
            self.s.local_get(A).i32_load(mem(class)).i32_const(l.tuple as i32).i32_ne();
            self.br_if(miss);
            self.s.local_get(A).i32_load(mem(l.tuple_len)).local_set(E);
            self.s.local_get(A).i32_load(mem(l.tuple_ptr)).local_set(B);
        } else {
            self.br(miss);
        }
        self.end();
        self.s.local_get(X).i32_const(1).i32_shr_s().local_tee(X).i32_const(0).i32_lt_s();
        self.if_();
        self.s.local_get(X).local_get(E).i32_add().local_set(X);
        self.end();
        // Unsigned: an index still negative is out of range too.
        self.s.local_get(X).local_get(E).i32_ge_u();
        self.br_if(miss);
        self.s.local_get(B).local_get(X).i32_const(2).i32_shl().i32_add().local_set(E);
    }

    /// Leaves at instruction `at` with the stack `depth` deep.
    fn exit(&mut self, at: u32, depth: u32, arm: bool) {
        let word = (at as u64) << 32 | if arm { ARM } else { 0 } | depth as u64;
        let l = self.exit_label();
        self.s.i64_const(word as i64).local_set(R).br(l);
    }

    /// Leaves before the instruction at `at` (pending bit set, `lasti` the instruction that
    /// dropped) if the eval breaker is set.
    fn leave_if_pending(&mut self, at: u32, lasti: u32) {
        let Some(&d) = self.depths.get(at as usize) else { return };
        if d < 0 {
            return;
        }
        self.s.i32_const(self.env.breaker as i32).i32_load8_u(MemArg { offset: 0, align: 0, memory_index: 0 });
        self.if_();
        let word = (at as u64) << 32 | PENDING | (lasti as u64) << LASTI_SHIFT | d as u64;
        let l = self.exit_label();
        self.s.i64_const(word as i64).local_set(R).br(l);
        self.end();
    }

    fn jump(&mut self, target: u32) {
        // The instruction jumping may have dropped a value (a condition, an exhausted iterator).
        self.leave_if_pending(target, self.at);
        // Forward: straight to the end of the block the target's code follows (the
        // instruction's own code is inside the blocks of all the instructions after it).
        // Backward: through the loop's dispatch.
        let j = self.index.get(target as usize).copied().unwrap_or(self.n);
        if j > self.k && j < self.n {
            self.s.br(j - self.k - 1 + self.nested);
            return;
        }
        let l = self.dispatch_label();
        self.s.i32_const(target as i32).local_set(IP).br(l);
    }

    /// Byte offset of stack slot `i` (0 = bottom) from `slots`.
    fn stack(&self, i: u32) -> u32 {
        4 * (self.nlp + i)
    }

    fn load_slot(&mut self, offset: u32) {
        self.s.local_get(SL).i32_load(mem(offset));
    }

    /// Stores local `v` into the slot at `offset`.
    fn store_slot(&mut self, offset: u32, v: u32) {
        self.s.local_get(SL).local_get(v).i32_store(mem(offset));
    }

    fn clear_slot(&mut self, offset: u32) {
        self.s.local_get(SL).i32_const(0).i32_store(mem(offset));
    }

    /// Increments the count of the value in local `v` if it is an object (`v` is non-empty).
    fn incref(&mut self, v: u32) {
        self.s.local_get(v).i32_const(1).i32_and().i32_eqz();
        self.if_();
        self.s.local_get(v).local_get(v).i32_load(mem(0)).i32_const(1).i32_add().i32_store(mem(0));
        self.end();
    }

    /// Increments the count of an object at a known address.
    fn incref_at(&mut self, addr: u32) {
        self.s.i32_const(addr as i32).i32_const(addr as i32).i32_load(mem(0)).i32_const(1).i32_add().i32_store(mem(0));
    }

    /// Decrements the count of an object at a known address that is immortal (never zero).
    fn decref_immortal(&mut self, addr: u32) {
        self.s.i32_const(addr as i32).i32_const(addr as i32).i32_load(mem(0)).i32_const(1).i32_sub().i32_store(mem(0));
    }

    /// Drops the value in local `v` (empty, small int or object), releasing it at zero.
    fn decref(&mut self, v: u32) {
        // Objects are the non-zero words with bit 0 clear.
        self.s.local_get(v).i32_const(1).i32_and().i32_eqz().local_get(v).i32_const(0).i32_ne().i32_and();
        self.if_();
        self.decref_object(v);
        self.end();
    }

    /// [`Gen::decref`] of a value known to be an object.
    fn decref_object(&mut self, v: u32) {
        self.s.local_get(v).local_get(v).i32_load(mem(0)).i32_const(1).i32_sub().local_tee(RC).i32_store(mem(0));
        self.s.local_get(RC).i32_eqz();
        self.if_();
        self.s.local_get(v).call(RELEASE);
        self.end();
    }

    /// Loads the cell in local slot `i` into A; leaves at `at` if the slot holds no cell
    /// (the interpreter's arm decides what that means).
    fn cell_of(&mut self, i: u32, at: u32, d: u32, arm: bool) {
        let (kind_at, kind, _) = self.env.cell;
        self.load_slot(4 * i);
        self.s.local_tee(A).i32_eqz().local_get(A).i32_const(1).i32_and().i32_or();
        self.if_();
        self.exit(at, d, arm);
        self.else_();
        self.s.local_get(A).i32_load8_u(MemArg { offset: kind_at as u64, align: 0, memory_index: 0 }).i32_const(kind as i32).i32_ne();
        self.if_();
        self.exit(at, d, arm);
        self.end();
        self.end();
    }

    /// Pushes True or False (by the i32 condition on the wasm stack) at stack slot `i`.
    fn push_bool(&mut self, i: u32) {
        self.s.local_set(X);
        self.s.i32_const(self.env.true_bits as i32).i32_const(self.env.false_bits as i32).local_get(X).select().local_set(A);
        self.incref(A);
        let o = self.stack(i);
        self.store_slot(o, A);
    }

    /// Emits the instruction at word offset `at` (`d`: the stack depth before it, `next`: the
    /// offset of the one after it).
    #[allow(clippy::too_many_arguments)]
    fn instruction(&mut self, at: u32, op: Opcode, arg: u32, d: u32, next: u32, instrs: &[(u32, Opcode, u32)], consts: &[u32], feed: Option<GlobalFeed>) {
        // Whether resuming after this instruction (when it leaves) reaches a fast path.
        let arm = self.runs[self.k as usize + 1] >= MIN_RUN;
        match op {
            Opcode::NOP => {}
            Opcode::LOAD_FAST => {
                self.load_slot(4 * arg);
                self.s.local_tee(A).i32_eqz();
                self.if_();
                self.exit(at, d, false); // unbound: the interpreter raises
                self.end();
                self.incref(A);
                let o = self.stack(d);
                self.store_slot(o, A);
            }
            Opcode::STORE_FAST => {
                let top = self.stack(d - 1);
                self.load_slot(4 * arg);
                self.s.local_set(A);
                self.load_slot(top);
                self.s.local_set(B);
                self.store_slot(4 * arg, B);
                self.clear_slot(top);
                self.decref(A);
            }
            Opcode::LOAD_CONST => {
                let c = consts[arg as usize];
                if c & 1 == 0 {
                    self.incref_at(c);
                }
                self.s.i32_const(c as i32).local_set(A);
                let o = self.stack(d);
                self.store_slot(o, A);
            }
            Opcode::POP_TOP => {
                let top = self.stack(d - 1);
                self.load_slot(top);
                self.s.local_set(A);
                self.clear_slot(top);
                self.decref(A);
            }
            Opcode::LOAD_DEREF => {
                self.cell_of(arg, at, d, arm);
                self.s.local_get(A).i32_load(mem(self.env.cell.2)).local_tee(A).i32_eqz();
                self.if_();
                self.exit(at, d, arm); // empty: the interpreter raises
                self.end();
                self.incref(A);
                let o = self.stack(d);
                self.store_slot(o, A);
            }
            Opcode::STORE_DEREF => {
                // The new value in, then the old one dropped (as `Cell::set` does).
                self.cell_of(arg, at, d, arm);
                let top = self.stack(d - 1);
                self.load_slot(top);
                self.s.local_set(B);
                self.s.local_get(A).i32_load(mem(self.env.cell.2)).local_set(X);
                self.s.local_get(A).local_get(B).i32_store(mem(self.env.cell.2));
                self.clear_slot(top);
                self.decref(X);
            }
            Opcode::PUSH_NULL => {} // the slot above the top is already empty
            Opcode::COPY_FREE_VARS => {
                // The frame's maker (`simple_call_frame`, `function_frame`) already put the
                // function's closure cells in the last `arg` slots, which nothing else writes
                // before this first instruction: nothing to do when they are all there (the
                // interpreter copies them otherwise).
                for i in 0..arg {
                    self.load_slot(4 * (self.nlp - arg + i));
                    self.s.i32_eqz();
                    self.if_();
                    self.exit(at, d, arm);
                    self.end();
                }
            }
            Opcode::COPY => {
                let from = self.stack(d - arg);
                self.load_slot(from);
                self.s.local_tee(A);
                self.if_();
                self.incref(A);
                self.end();
                let o = self.stack(d);
                self.store_slot(o, A);
            }
            Opcode::SWAP => {
                let (oa, ob) = (self.stack(d - 1), self.stack(d - arg));
                self.load_slot(oa);
                self.s.local_set(A);
                self.load_slot(ob);
                self.s.local_set(B);
                self.store_slot(oa, B);
                self.store_slot(ob, A);
            }
            Opcode::LOAD_GLOBAL => match feed {
                Some(g) => {
                    self.guard_versions(&g, at, d, arm);
                    self.s.i32_const(g.value as i32).i32_load(mem(0)).local_tee(A).i32_eqz();
                    self.if_();
                    self.exit(at, d, arm);
                    self.end();
                    self.incref(A);
                    // After the NULL when the low bit of the argument asks for one (the slot
                    // above the top is already empty).
                    let o = self.stack(d + (arg & 1));
                    self.store_slot(o, A);
                }
                None => self.exit(at, d, arm),
            },
            Opcode::STORE_GLOBAL => match feed {
                Some(g) => {
                    self.guard_versions(&g, at, d, arm);
                    // The new value in, then the old one dropped (as a dict replace does).
                    let top = self.stack(d - 1);
                    self.s.i32_const(g.value as i32).i32_load(mem(0)).local_set(A);
                    self.load_slot(top);
                    self.s.local_set(B);
                    self.s.i32_const(g.value as i32).local_get(B).i32_store(mem(0));
                    self.clear_slot(top);
                    self.decref(A);
                }
                None => self.exit(at, d, arm),
            },
            // 2: the lookup raised, the operands popped (`run_frames` raises it).
            Opcode::LOAD_ATTR => {
                // A class's attribute from the class way, an instance dict's value from a type
                // way, else the helper.
                let top = self.stack(d - 1);
                let fill = (self.pic(at), self.names[arg as usize]);
                self.or_helper((LOAD_ATTR, d - 1, d - 1), Some(fill), at, d, next, arm, |g, miss| {
                    // The value in B.
                    g.receiver(top, miss);
                    let class = |g: &mut Self| {
                        g.s.local_get(X).local_set(B);
                    };
                    g.class_or_other(at, miss, class, |g| {
                        g.instance_entry(arg, miss);
                        let value = g.env.attr.entry_value;
                        g.s.local_get(E).i32_load(mem(value)).local_tee(B).i32_eqz();
                        g.br_if(miss);
                    });
                    g.incref(B);
                    g.store_slot(top, B);
                    g.decref(A);
                });
            }
            Opcode::LOAD_METHOD => {
                // For a class, what its class way holds (`inline_cache::class_way`): a
                // function, or a staticmethod's callable, as `[NULL, callable]`; a
                // classmethod's function as `[function, class]`. For another object, the method
                // a type way holds, unless the instance dict may have the name (its bloom bit
                // set): `[method, object]`. Else the helper.
                let (top, above) = (self.stack(d - 1), self.stack(d));
                // Bit 1 of the name word: the fill is a method's.
                let fill = (self.pic(at), self.names[arg as usize] | 2);
                let bit = self.name_blooms[arg as usize] & 63;
                self.or_helper((LOAD_METHOD, d - 1, d - 1), Some(fill), at, d, next, arm, |g, miss| {
                    let l = g.env.attr;
                    g.receiver(top, miss);
                    let class = |g: &mut Self| {
                        g.s.local_get(X).i32_const(3).i32_and().local_tee(E);
                        g.if_();
                        g.s.local_get(X).i32_const(-4).i32_and().i32_load(mem(l.wrapped)).local_tee(B).i32_eqz();
                        g.br_if(miss);
                        // A classmethod's callable that is no longer a function (`__init__`
                        // gave it another) has its `__get__` decide: the helper.
                        g.s.local_get(E).i32_const(1).i32_eq();
                        g.if_();
                        g.s.local_get(B).i32_const(1).i32_and();
                        g.br_if(miss);
                        g.s.local_get(B).i32_load8_u(MemArg { offset: g.env.cell.0 as u64, align: 0, memory_index: 0 });
                        g.s.i32_const(l.function_kind as i32).i32_ne();
                        g.br_if(miss);
                        g.end();
                        g.else_();
                        g.s.local_get(X).local_set(B);
                        g.end();
                        g.incref(B);
                        g.s.local_get(E).i32_const(1).i32_eq();
                        g.if_();
                        g.store_slot(above, A);
                        g.store_slot(top, B);
                        g.else_();
                        g.store_slot(above, B);
                        g.clear_slot(top);
                        g.decref(A);
                        g.end();
                    };
                    g.class_or_other(at, miss, class, |g| {
                        g.s.local_get(X).i32_const(1).i32_and();
                        g.if_();
                        g.ext_slot0(miss);
                        g.if_();
                        g.s.local_get(E).i64_load(MemArg { offset: l.dict_bloom as u64, align: 2, memory_index: 0 });
                        g.s.i64_const((1u64 << bit) as i64).i64_and().i64_const(0).i64_ne();
                        g.br_if(miss);
                        g.end();
                        g.end();
                        g.s.local_get(X).i32_const(-2).i32_and().local_set(B);
                        g.incref(B);
                        g.store_slot(above, A);
                        g.store_slot(top, B);
                    });
                });
            }
            Opcode::STORE_ATTR => {
                // The instance dict entry's value replaced when the cache says where it is
                // (the old value dropped, then the object, as the interpreter's arm does).
                let (top, value) = (self.stack(d - 1), self.stack(d - 2));
                // Bit 0 of the name word: the fill is a store's.
                let fill = (self.pic(at), self.names[arg as usize] | 1);
                self.or_helper((STORE_ATTR, d - 1, d - 2), Some(fill), at, d, next, arm, |g, miss| {
                    g.receiver(top, miss);
                    g.pic_way(at, miss);
                    g.instance_entry(arg, miss);
                    let v = g.env.attr.entry_value;
                    g.s.local_get(E).i32_load(mem(v)).local_set(X);
                    g.load_slot(value);
                    g.s.local_set(B);
                    g.s.local_get(E).local_get(B).i32_store(mem(v));
                    g.clear_slot(value);
                    g.clear_slot(top);
                    g.decref(X);
                    g.decref(A);
                });
            }
            Opcode::BINARY_SUBSCR => {
                // An exact list's or tuple's item at a small-int index in range (the
                // container dropped, the index is no object), else the helper.
                let (container, index) = (self.stack(d - 2), self.stack(d - 1));
                self.or_helper((SUBSCR, d - 1, d - 2), None, at, d, next, arm, |g, miss| {
                    g.seq_item(container, index, true, miss);
                    g.s.local_get(E).i32_load(mem(0)).local_set(B);
                    g.incref(B);
                    g.store_slot(container, B);
                    g.clear_slot(index);
                    g.decref(A);
                });
            }
            Opcode::STORE_SUBSCR => {
                // An exact list's item at a small-int index in range replaced (the old item
                // dropped, then the list, as the interpreter's fast path), else the helper.
                let (value, container, index) = (self.stack(d - 3), self.stack(d - 2), self.stack(d - 1));
                self.or_helper((STORE_SUBSCR, d - 1, d - 3), None, at, d, next, arm, |g, miss| {
                    g.seq_item(container, index, false, miss);
                    g.s.local_get(E).i32_load(mem(0)).local_set(X);
                    g.load_slot(value);
                    g.s.local_set(B);
                    g.s.local_get(E).local_get(B).i32_store(mem(0));
                    g.clear_slot(value);
                    g.clear_slot(container);
                    g.clear_slot(index);
                    g.decref(X);
                    g.decref(A);
                });
            }
            // `env.op` on the lowest operand (2: what it ran raised, the operands popped).
            Opcode::BUILD_TUPLE | Opcode::BUILD_LIST | Opcode::BUILD_SLICE => self.call_helper(OP, at, d, d - arg, arm),
            Opcode::LIST_APPEND => self.call_helper(OP, at, d, d - 1, arm),
            // The names go to the frame (`slot` unused: the top one).
            Opcode::KW_NAMES => self.call_helper(OP, at, d, d - 1, arm),
            // The code and what the flags say lies below it.
            Opcode::MAKE_FUNCTION => {
                let operands = 1 + (arg & 0xf).count_ones();
                self.call_helper(OP, at, d, d - operands, arm);
                self.leave_called_on_2(next, d - operands);
            }
            Opcode::UNPACK_SEQUENCE | Opcode::UNARY_NEGATIVE => {
                self.call_helper(OP, at, d, d - 1, arm);
                self.leave_called_on_2(next, d - 1);
            }
            Opcode::CONTAINS_OP => {
                self.call_helper(OP, at, d, d - 2, arm);
                self.leave_called_on_2(next, d - 2);
            }
            Opcode::GET_ITER => self.call_helper(GET_ITER, at, d, d - 1, arm),
            Opcode::FOR_ITER => {
                // The next item of a range or list iterator inline; `env.for_iter` for the
                // rest: 1 pushed the next item, 2 popped the exhausted iterator, 0 is an
                // iterator of another kind (the interpreter's).
                let (done, miss) = (self.block(), self.block());
                self.iter_next(d, arg, miss);
                self.br(done);
                self.end();
                self.call_helper(FOR_ITER, at, d, d - 1, arm);
                self.s.local_get(X).i32_const(2).i32_eq();
                self.if_();
                self.jump(arg);
                self.end();
                self.end();
            }
            Opcode::CALL => {
                // `env.call` on `[NULL or method, callable or self, args...]`: 1 left the
                // result in the first slot, 2 pushed the callee's frame for the interpreter,
                // 0 is a call of another kind (the interpreter's).
                let base = d - arg - 2;
                self.call_helper(CALL, at, d, base, arm);
                self.leave_called_on_2(next, base);
            }
            Opcode::BINARY_OP => self.binary_op(at, arg, d, next, arm),
            Opcode::COMPARE_OP => {
                // Against a small-int constant (`n > 0`) no str can be compared.
                let int_const = self.k > 0
                    && matches!(instrs[self.k as usize - 1], (_, Opcode::LOAD_CONST, c) if consts.get(c as usize).is_some_and(|w| w & 1 == 1));
                self.compare_op(at, arg, d, next, instrs, arm, !int_const)
            }
            Opcode::IS_OP => {
                let (oa, ob) = (self.stack(d - 2), self.stack(d - 1));
                self.load_slot(oa);
                self.s.local_set(A);
                self.load_slot(ob);
                self.s.local_set(B);
                self.clear_slot(oa);
                self.clear_slot(ob);
                self.s.local_get(A).local_get(B);
                if arg == 0 {
                    self.s.i32_eq();
                } else {
                    self.s.i32_ne();
                }
                self.s.local_set(X);
                self.decref(A);
                self.decref(B);
                self.s.local_get(X);
                self.push_bool(d - 2);
            }
            Opcode::UNARY_NOT => {
                let top = self.stack(d - 1);
                self.load_slot(top);
                self.s.local_set(A);
                self.truth(A, at, d, arm);
                self.drop_singleton(A);
                self.s.local_get(X).i32_eqz();
                self.push_bool(d - 1);
            }
            Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP => {
                // Jump keeping the value, or pop it.
                let top = self.stack(d - 1);
                self.load_slot(top);
                self.s.local_set(A);
                self.truth(A, at, d, arm);
                self.s.local_get(X);
                if op == Opcode::JUMP_IF_FALSE_OR_POP {
                    self.s.i32_eqz();
                }
                self.if_();
                self.jump(arg);
                self.end();
                self.clear_slot(top);
                self.drop_singleton(A);
            }
            Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE => {
                let jump_if = op == Opcode::POP_JUMP_IF_TRUE;
                let top = self.stack(d - 1);
                let (t, fa) = (self.env.true_bits, self.env.false_bits);
                self.load_slot(top);
                self.s.local_tee(A).i32_const(t as i32).i32_eq();
                self.if_();
                self.clear_slot(top);
                self.decref_immortal(t);
                if jump_if {
                    self.jump(arg);
                }
                self.else_();
                self.s.local_get(A).i32_const(fa as i32).i32_eq();
                self.if_();
                self.clear_slot(top);
                self.decref_immortal(fa);
                if !jump_if {
                    self.jump(arg);
                }
                self.else_();
                // A small int: true unless zero (word 1); anything else: the interpreter.
                self.s.local_get(A).i32_const(1).i32_and().i32_eqz();
                self.if_();
                self.exit(at, d, arm);
                self.end();
                self.clear_slot(top);
                self.s.local_get(A).i32_const(1).i32_ne();
                if !jump_if {
                    self.s.i32_eqz();
                }
                self.if_();
                self.jump(arg);
                self.end();
                self.end();
                self.end();
            }
            Opcode::POP_JUMP_IF_NONE | Opcode::POP_JUMP_IF_NOT_NONE => {
                let top = self.stack(d - 1);
                self.load_slot(top);
                self.s.local_set(A);
                self.clear_slot(top);
                self.decref(A);
                self.s.local_get(A).i32_const(self.env.none_bits as i32);
                if op == Opcode::POP_JUMP_IF_NONE {
                    self.s.i32_eq();
                } else {
                    self.s.i32_ne();
                }
                self.if_();
                self.jump(arg);
                self.end();
            }
            Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD_NO_INTERRUPT => self.jump(arg),
            Opcode::JUMP_BACKWARD => {
                // The interpreter handles the eval breaker (GC, finalizers, suspension).
                self.s.i32_const(self.env.breaker as i32).i32_load8_u(MemArg { offset: 0, align: 0, memory_index: 0 });
                self.if_();
                self.exit(at, d, false);
                self.end();
                self.jump(arg);
            }
            _ => self.exit(at, d, arm && op != Opcode::RETURN_VALUE),
        }
    }

    /// The truth of the value in local `v` into X when it is True, False, None or a small
    /// int; anything else leaves at `at`.
    fn truth(&mut self, v: u32, at: u32, d: u32, arm: bool) {
        let (t, fa, none) = (self.env.true_bits as i32, self.env.false_bits as i32, self.env.none_bits as i32);
        self.s.local_get(v).i32_const(1).i32_and();
        self.if_();
        // A small int is true unless zero (word 1).
        self.s.local_get(v).i32_const(1).i32_ne().local_set(X);
        self.else_();
        self.s.local_get(v).i32_const(t).i32_eq().local_get(v).i32_const(fa).i32_eq().i32_or().local_get(v).i32_const(none).i32_eq().i32_or().i32_eqz();
        self.if_();
        self.exit(at, d, arm);
        self.end();
        self.s.local_get(v).i32_const(t).i32_eq().local_set(X);
        self.end();
    }

    /// Drops the value in local `v`, a small int or an immortal singleton (no release).
    fn drop_singleton(&mut self, v: u32) {
        self.s.local_get(v).i32_const(1).i32_and().i32_eqz();
        self.if_();
        self.s.local_get(v).local_get(v).i32_load(mem(0)).i32_const(1).i32_sub().i32_store(mem(0));
        self.end();
    }

    /// Leaves at `at` unless every version word of `g` holds its version.
    fn guard_versions(&mut self, g: &GlobalFeed, at: u32, d: u32, arm: bool) {
        let mut guards = g.guards.into_iter().filter(|g| g.0 != 0);
        if let Some((addr, version)) = guards.next() {
            self.s.i32_const(addr as i32).i32_load(mem(0)).i32_const(version as i32).i32_ne();
            for (addr, version) in guards {
                self.s.i32_const(addr as i32).i32_load(mem(0)).i32_const(version as i32).i32_ne().i32_or();
            }
            self.if_();
            self.exit(at, d, arm);
            self.end();
        }
    }

    /// Calls an attribute helper on stack slot `i` for the instruction at `at`; a miss leaves.
    /// Calls `helper(address of stack slot i, code data, at)`, leaving its answer on the stack.
    fn helper_call(&mut self, helper: u32, at: u32, i: u32) {
        let o = self.stack(i);
        self.s.local_get(SL).i32_const(o as i32).i32_add().i32_const(self.data as i32).i32_const(at as i32).call(helper);
    }

    /// [`Gen::helper_call`] whose answer 0 (a miss) leaves at `at`; the answer is in X.
    fn call_helper(&mut self, helper: u32, at: u32, d: u32, i: u32, arm: bool) {
        self.helper_call(helper, at, i);
        self.s.local_tee(X).i32_eqz();
        self.if_();
        self.exit(at, d, arm);
        self.end();
    }

    /// Leaves with the `called` bit, at `next` with the stack `depth` deep, when the helper's
    /// answer (in X) is 2.
    fn leave_called_on_2(&mut self, next: u32, depth: u32) {
        self.s.local_get(X).i32_const(2).i32_eq();
        self.if_();
        let word = (next as u64) << 32 | CALLED | depth as u64;
        let l = self.exit_label();
        self.s.i64_const(word as i64).local_set(R).br(l);
        self.end();
    }

    fn binary_op(&mut self, at: u32, arg: u32, d: u32, next: u32, arm: bool) {
        use BinaryOp::*;
        // Inline for two small ints; anything else (and a result outside the small range, a
        // zero divisor) is `env.binary_op`'s: the result in the left slot, or it raised.
        let inline = match BinaryOp::from_arg(arg) {
            Some(
                b @ (Add
                | InplaceAdd
                | Subtract
                | InplaceSubtract
                | Multiply
                | InplaceMultiply
                | And
                | InplaceAnd
                | Or
                | InplaceOr
                | Xor
                | InplaceXor
                | FloorDivide
                | InplaceFloorDivide
                | Remainder
                | InplaceRemainder),
            ) => b,
            Some(b @ (TrueDivide | InplaceTrueDivide)) => {
                self.load_pair_both_small(d);
                self.s.drop();
                return self.float_op(b, at, d, next, arm);
            }
            _ => return self.binary_helper(at, d, next, arm),
        };
        self.load_pair_both_small(d);
        self.s.i32_eqz();
        self.if_();
        if matches!(inline, Add | InplaceAdd | Subtract | InplaceSubtract | Multiply | InplaceMultiply) {
            self.float_op(inline, at, d, next, arm);
        } else {
            self.binary_helper(at, d, next, arm);
        }
        self.else_();
        self.small_int_op(inline, at, d, next, arm);
        self.end();
    }

    /// `+ - *` or `/` (`bop`) of the operands in A and B when each is an exact float or a
    /// small int (exact as a double), as `interp::float_arith` computes it, the result a
    /// float from the pool; anything else (a zero divisor, an empty pool) is the helper's.
    fn float_op(&mut self, bop: BinaryOp, at: u32, d: u32, next: u32, arm: bool) {
        use BinaryOp::*;
        let fl = self.env.float;
        self.or_helper((BINARY_OP, d - 2, d - 2), None, at, d, next, arm, |g, miss| {
            g.float_operand(A, FX, miss);
            g.float_operand(B, FY, miss);
            g.s.local_get(FX).local_get(FY);
            match bop {
                Add | InplaceAdd => g.s.f64_add(),
                Subtract | InplaceSubtract => g.s.f64_sub(),
                Multiply | InplaceMultiply => g.s.f64_mul(),
                _ => {
                    g.s.local_get(FY).f64_const(0.0.into()).f64_eq();
                    g.br_if(miss); // ZeroDivisionError: the helper raises it
                    g.s.f64_div()
                }
            };
            g.s.local_set(FX);
            // The pool's first float: unlinked, its count 1, its value the result.
            g.s.i32_const(fl.pool_head as i32).i32_load(mem(0)).local_tee(E).i32_eqz();
            g.br_if(miss);
            g.s.i32_const(fl.pool_head as i32).local_get(E).i32_load(mem(fl.value)).i32_store(mem(0));
            g.s.i32_const(fl.pool_len as i32).i32_const(fl.pool_len as i32).i32_load(mem(0)).i32_const(1).i32_sub().i32_store(mem(0));
            g.s.local_get(E).i32_const(1).i32_store(mem(0));
            g.s.local_get(E).local_get(FX).f64_store(MemArg { offset: fl.value as u64, align: 3, memory_index: 0 });
            // The result in the left slot; the left operand dropped, then the right one.
            let (oa, ob) = (g.stack(d - 2), g.stack(d - 1));
            g.store_slot(oa, E);
            g.clear_slot(ob);
            g.decref(A);
            g.decref(B);
        });
    }

    /// The value of the small int or exact float in local `v` as an f64 in local `f`;
    /// anything else branches to `miss`.
    fn float_operand(&mut self, v: u32, f: u32, miss: u32) {
        let fl = self.env.float;
        self.s.local_get(v).i32_const(1).i32_and();
        self.s.if_(BlockType::Result(ValType::F64));
        self.nested += 1;
        self.s.local_get(v).i32_const(1).i32_shr_s().f64_convert_i32_s();
        self.s.else_();
        self.s.local_get(v).i32_load(mem(self.env.attr.class)).i32_const(fl.class as i32).i32_ne();
        self.br_if(miss);
        self.s.local_get(v).f64_load(MemArg { offset: fl.value as u64, align: 3, memory_index: 0 });
        self.end();
        self.s.local_set(f);
    }

    /// COMPARE_OP `cop` of the operands in A and B (stack slots `d-2`, `d-1`) when both are
    /// exact strs of one byte each (an ASCII character: the byte is its code point), or, for
    /// `==` and `!=`, exact strs of unequal byte lengths (UTF-8 is canonical: never equal):
    /// the result in X, the slots emptied and the strs dropped. Anything else branches to
    /// `miss` (the str helper compares the rest).
    fn str_compare(&mut self, cop: CompareOp, d: u32, miss: u32) {
        let (class, ptr, len) = self.env.str;
        for v in [A, B] {
            self.s.local_get(v).i32_const(1).i32_and();
            self.br_if(miss);
            self.s.local_get(v).i32_load(mem(self.env.attr.class)).i32_const(class as i32).i32_ne();
            self.br_if(miss);
        }
        self.s.local_get(A).i32_load(mem(len)).local_set(E);
        self.s.local_get(B).i32_load(mem(len)).local_set(X);
        let equality = matches!(cop, CompareOp::Eq | CompareOp::Ne);
        if equality {
            self.s.local_get(E).local_get(X).i32_ne();
            self.if_();
            self.s.i32_const((cop == CompareOp::Ne) as i32).local_set(X);
            self.else_();
        }
        self.s.local_get(E).i32_const(1).i32_ne().local_get(X).i32_const(1).i32_ne().i32_or();
        self.br_if(miss);
        let byte = MemArg { offset: 0, align: 0, memory_index: 0 };
        self.s.local_get(A).i32_load(mem(ptr)).i32_load8_u(byte);
        self.s.local_get(B).i32_load(mem(ptr)).i32_load8_u(byte);
        match cop {
            CompareOp::Lt => self.s.i32_lt_u(),
            CompareOp::Le => self.s.i32_le_u(),
            CompareOp::Eq => self.s.i32_eq(),
            CompareOp::Ne => self.s.i32_ne(),
            CompareOp::Gt => self.s.i32_gt_u(),
            CompareOp::Ge => self.s.i32_ge_u(),
        };
        self.s.local_set(X);
        if equality {
            self.end();
        }
        let (oa, ob) = (self.stack(d - 2), self.stack(d - 1));
        self.clear_slot(oa);
        self.clear_slot(ob);
        self.decref_object(A);
        self.decref_object(B);
    }

    /// Loads the two top values (stack slots `d-2`, `d-1`) into A and B, leaving 1 on the wasm
    /// stack when both are small ints (tag bit 0 set in both), else 0.
    fn load_pair_both_small(&mut self, d: u32) {
        let (oa, ob) = (self.stack(d - 2), self.stack(d - 1));
        self.load_slot(oa);
        self.s.local_set(A);
        self.load_slot(ob);
        self.s.local_tee(B).local_get(A).i32_and().i32_const(1).i32_and();
    }

    /// BINARY_OP through `env.binary_op` (1: done; 2: raised).
    fn binary_helper(&mut self, at: u32, d: u32, next: u32, arm: bool) {
        self.call_helper(BINARY_OP, at, d, d - 2, arm);
        self.leave_called_on_2(next, d - 2);
    }

    /// The small-int half of [`Gen::binary_op`] (A and B hold tagged small ints).
    fn small_int_op(&mut self, bop: BinaryOp, at: u32, d: u32, next: u32, arm: bool) {
        use BinaryOp::*;
        if matches!(bop, FloorDivide | InplaceFloorDivide | Remainder | InplaceRemainder) {
            self.floor_div_rem(bop);
        } else {
            // x and y as i64 (`word >> 1`), the exact result in T.
            self.s.local_get(A).i64_extend_i32_s().i64_const(1).i64_shr_s();
            self.s.local_get(B).i64_extend_i32_s().i64_const(1).i64_shr_s();
            match bop {
                Add | InplaceAdd => self.s.i64_add(),
                Subtract | InplaceSubtract => self.s.i64_sub(),
                Multiply | InplaceMultiply => self.s.i64_mul(),
                And | InplaceAnd => self.s.i64_and(),
                Or | InplaceOr => self.s.i64_or(),
                _ => self.s.i64_xor(),
            };
            self.s.local_set(T);
        }
        // Outside the small range: the helper makes the big int.
        self.s.local_get(T).i64_const(SMALL_MIN).i64_lt_s().local_get(T).i64_const(SMALL_MAX).i64_gt_s().i32_or();
        self.if_();
        self.binary_helper(at, d, next, arm);
        self.else_();
        self.s.local_get(T).i64_const(1).i64_shl().i64_const(1).i64_or().i32_wrap_i64().local_set(A);
        let (oa, ob) = (self.stack(d - 2), self.stack(d - 1));
        self.store_slot(oa, A);
        self.clear_slot(ob);
        self.end();
    }

    /// `//` or `%` of the small ints in A and B (tagged), Python's flooring result in T. A
    /// zero divisor is the helper's (it raises ZeroDivisionError; T is then set out of range
    /// so that the caller's range check takes the helper path); 31-bit operands never trap
    /// `div_s`, and -2**30 // -1 is caught by the caller's range check.
    fn floor_div_rem(&mut self, bop: BinaryOp) {
        self.s.local_get(B).i32_const(1).i32_eq();
        self.if_();
        self.s.i64_const(SMALL_MAX + 1).local_set(T);
        self.else_();
        self.s.local_get(A).i32_const(1).i32_shr_s().local_set(A);
        self.s.local_get(B).i32_const(1).i32_shr_s().local_set(B);
        // X: 1 when the truncating remainder is non-zero with the divisor's opposite sign
        // (then the quotient is one less and the remainder takes the divisor's sign).
        self.s.local_get(A).local_get(B).i32_rem_s().local_tee(X).i32_const(0).i32_ne();
        self.s.local_get(X).local_get(B).i32_xor().i32_const(0).i32_lt_s().i32_and();
        self.s.local_set(X);
        if matches!(bop, BinaryOp::FloorDivide | BinaryOp::InplaceFloorDivide) {
            self.s.local_get(A).local_get(B).i32_div_s().local_get(X).i32_sub();
        } else {
            // (B if X else 0) + the truncating remainder
            self.s.i32_const(0).local_get(X).i32_sub().local_get(B).i32_and();
            self.s.local_get(A).local_get(B).i32_rem_s().i32_add();
        }
        self.s.i64_extend_i32_s().local_set(T);
        self.end();
    }

    #[allow(clippy::too_many_arguments)]
    fn compare_op(&mut self, at: u32, arg: u32, d: u32, next: u32, instrs: &[(u32, Opcode, u32)], arm: bool, strs: bool) {
        let Some(cop) = CompareOp::from_arg(arg) else { return self.exit(at, d, arm) };
        let (oa, ob) = (self.stack(d - 2), self.stack(d - 1));
        self.load_pair_both_small(d);
        self.if_();
        // Small ints: tagged words compare like the ints they hold.
        self.s.local_get(A).local_get(B);
        match cop {
            CompareOp::Lt => self.s.i32_lt_s(),
            CompareOp::Le => self.s.i32_le_s(),
            CompareOp::Eq => self.s.i32_eq(),
            CompareOp::Ne => self.s.i32_ne(),
            CompareOp::Gt => self.s.i32_gt_s(),
            CompareOp::Ge => self.s.i32_ge_s(),
        };
        self.s.local_set(X);
        self.else_();
        if strs {
            let (done, miss) = (self.block(), self.block());
            self.str_compare(cop, d, miss);
            self.br(done);
            self.end();
        }
        // `env.compare`: 1 + the result for two strs (both slots emptied), 0 otherwise.
        self.call_helper(COMPARE, at, d, d - 2, arm);
        self.s.local_get(X).i32_const(2).i32_eq().local_set(X);
        if strs {
            self.end();
        }
        self.end();
        self.s.local_get(X);
        self.clear_slot(ob);
        // Followed by a conditional jump: branch without making the bool (as the interpreter).
        let follower = instrs.get(self.k as usize + 1).filter(|i| i.0 == next);
        match follower {
            Some(&(pj, op @ (Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE), target)) => {
                self.clear_slot(oa);
                if op == Opcode::POP_JUMP_IF_FALSE {
                    self.s.i32_eqz();
                }
                self.if_();
                self.jump(target);
                self.end();
                let after = pj + 1 + op.cache_words() as u32;
                self.jump(after);
            }
            _ => self.push_bool(d - 2),
        }
    }
}
