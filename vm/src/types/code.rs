//! `code` objects at run time: the plain `CodeObject` from the bytecode crate plus its
//! constants and names materialized as values, and the instruction words the interpreter
//! runs (mutable, for quickening).

use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::object::{alloc_obj, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, Args, MethodDef};
use crate::value::Value;
use crate::vm::Vm;
use pygmy_bytecode::code::{local_kind, LineEntry};
use pygmy_bytecode::{CodeObject, Constant};
use std::cell::UnsafeCell;

pub struct CodeData {
    pub code: CodeObject,
    /// Instruction words the interpreter executes (a copy of `code.code`).
    pub instrs: UnsafeCell<Box<[u32]>>,
    pub consts: Box<[Value]>,
    pub names: Box<[Value]>,
    /// Interned locals-plus names.
    pub varnames: Box<[Value]>,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    /// Indices of cell variables in locals-plus, and for each whether it is also an argument.
    pub ncells: usize,
    pub nfree: usize,
    /// Per name: the dict entry index where the name was last found by LOAD_NAME,
    /// STORE_NAME or STORE_GLOBAL (a hint, checked by key identity before use).
    pub name_hints: Box<[std::cell::Cell<u32>]>,
    /// Hotness and the generated function (used by the wasm VM's JIT only).
    pub jit: crate::jit::CodeJit,
    /// A stub's body once loaded ([`body_of`]); `None` for a code object with its body.
    pub body: std::cell::Cell<Option<Value>>,
    /// The line table once loaded, for code whose table is elsewhere (`code.lines`).
    pub lines: std::cell::OnceCell<Box<[LineEntry]>>,
}

impl Trace for CodeData {}

impl CodeData {
    #[inline(always)]
    pub fn instrs_ptr(&self) -> *mut u32 {
        // SAFETY: the box is never reallocated.
        unsafe { (*self.instrs.get()).as_mut_ptr() }
    }

    pub fn flags(&self) -> u32 {
        self.code.flags
    }

    pub fn nlocalsplus(&self) -> usize {
        self.code.localsplus_names.len()
    }

    pub fn frame_size(&self) -> usize {
        self.nlocalsplus() + self.code.stacksize as usize
    }
}

/// Converts a compile-time constant to a value.
pub fn constant_value(c: &Constant) -> Value {
    match c {
        Constant::None => Value::none(),
        Constant::Ellipsis => Value::ellipsis(),
        Constant::Bool(b) => Value::bool(*b),
        Constant::Int(i) => Value::int(*i),
        Constant::BigInt(bytes) => Value::from_bigint(num_bigint::BigInt::from_signed_bytes_le(bytes)),
        Constant::Float(f) => Value::float(*f),
        Constant::Complex { re, im } => Value::complex(*re, *im),
        Constant::Str(s) => {
            // Identifier-like constants are interned, as CPython does.
            if s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                Value::intern(s)
            } else {
                Value::str(s)
            }
        }
        Constant::Bytes(b) => Value::bytes(b.clone()),
        Constant::Tuple(items) => Value::tuple(items.iter().map(constant_value).collect()),
        Constant::FrozenSet(items) => {
            let fs = Value::new_frozenset();
            // CPython builds the constant from the source-order tuple, then rebuilds it from
            // that set's iteration order (merge_consts_recursive); the table layout, and so
            // the iteration order of `{...}` displays, depends on both steps.
            if let Some(c) = crate::types::set::set_core(&fs) {
                for it in items {
                    c.add_const(constant_value(it));
                }
            }
            let first = crate::types::set::set_core(&fs).map(|c| c.table().keys()).unwrap_or_default();
            let fs2 = Value::new_frozenset();
            if let Some(c) = crate::types::set::set_core(&fs2) {
                for k in first {
                    c.add_const(k);
                }
            }
            fs2
        }
        Constant::Code(code) => new_code((**code).clone()),
    }
}

/// Wraps a (validated) code object as a value.
pub fn new_code(code: CodeObject) -> Value {
    let consts: Vec<Value> = code.consts.iter().map(constant_value).collect();
    let names: Vec<Value> = code.names.iter().map(|n| Value::intern(n)).collect();
    let varnames: Vec<Value> = code.localsplus_names.iter().map(|n| Value::intern(n)).collect();
    let ncells = code.localsplus_kinds.iter().filter(|k| **k & local_kind::CELL != 0).count();
    let nfree = code.localsplus_kinds.iter().filter(|k| **k & local_kind::FREE != 0).count();
    let data = CodeData {
        instrs: UnsafeCell::new(code.code.clone().into_boxed_slice()),
        consts: consts.into_boxed_slice(),
        names: names.into_boxed_slice(),
        varnames: varnames.into_boxed_slice(),
        name: Value::intern(&code.name),
        qualname: Value::str(&code.qualname),
        filename: Value::str(&code.filename),
        ncells,
        nfree,
        name_hints: (0..code.names.len()).map(|_| std::cell::Cell::new(0)).collect(),
        jit: crate::jit::CodeJit::new(),
        body: std::cell::Cell::new(None),
        lines: std::cell::OnceCell::new(),
        code,
    };
    alloc_obj(&rt().ty_borrowed(BT::Code), data, 0)
}

/// The code object that runs for `code`: itself, or, for a stub (`CodeObject::lazy`), its
/// body, asked of the host on first need (a call, `co_code`, `dis`, ...) and kept. A body
/// that cannot be had is an ImportError naming the function and the chunk.
pub fn body_of(vm: &mut Vm, code: &Value) -> PyResult<Value> {
    let cd = code.downcast::<CodeData>().ok_or_else(|| type_error("expected a code object"))?;
    let Some(at) = cd.code.lazy else { return Ok(code.clone()) };
    if let Some(b) = crate::types::function::peek(&cd.body) {
        return Ok(b.clone());
    }
    let c = &cd.code;
    let fail = |why: String| PyErr::new(ExcType::ImportError, format!("cannot load the code of {}() ({}, line {}): {why}", c.qualname, c.filename, c.firstlineno));
    let bytes = vm.host.lazy_body(at).map_err(fail)?;
    let body = pygmy_bytecode::marshal::loads(&bytes).map_err(|e| fail(format!("entry {} of body chunk {}: {e}", at.index, at.chunk)))?;
    if !c.stub_matches(&body) {
        return Err(fail(format!("entry {} of body chunk {} is the code of {}(), line {}", at.index, at.chunk, body.qualname, body.firstlineno)));
    }
    let v = new_code(body);
    cd.body.set(Some(v.clone()));
    Ok(v)
}

/// `cd`'s line table: its own, or, for code whose table is elsewhere (an app bundle's, see
/// packer/src/build.rs), the one asked of the host on first need and kept. One that cannot be
/// had is empty, so every instruction is on the first line: tracebacks still name the
/// function, and nothing that only wants a line number fails.
pub fn line_table<'a>(vm: &mut Vm, cd: &'a CodeData) -> &'a [LineEntry] {
    let c = &cd.code;
    let Some(at) = c.lines else { return &c.line_table };
    cd.lines.get_or_init(|| vm.host.lazy_body(at).ok().and_then(|b| pygmy_bytecode::marshal::loads_lines(c, &b).ok()).unwrap_or_default().into_boxed_slice())
}

/// The source line of word offset `lasti` in `cd`'s code ([`line_table`]).
pub fn line_at(vm: &mut Vm, cd: &CodeData, lasti: u32) -> u32 {
    pygmy_bytecode::code::line_in(line_table(vm, cd), cd.code.firstlineno, lasti)
}

/// The line of `lasti` in code object `code` (0 when it is not one).
pub fn line_of(vm: &mut Vm, code: &Value, lasti: u32) -> u32 {
    code.downcast::<CodeData>().map_or(0, |cd| line_at(vm, cd, lasti))
}

/// Where the body of Python function `func` is, when it is a stub whose body is not loaded.
pub fn missing_body(func: &Value) -> Option<pygmy_bytecode::BodyRef> {
    let cd = func.downcast::<crate::types::function::FunctionData>()?.code_data();
    cd.code.lazy.filter(|_| crate::types::function::peek(&cd.body).is_none())
}

/// A code object's body data, loading a stub's ([`body_of`]) for attributes that need it.
pub fn with_body<R>(vm: &mut Vm, code: &Value, f: impl FnOnce(&CodeData) -> R) -> PyResult<R> {
    let b = body_of(vm, code)?;
    Ok(f(b.downcast::<CodeData>().ok_or_else(|| type_error("expected a code object"))?))
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a CodeData> {
    args.all.first().and_then(|v| v.downcast::<CodeData>()).ok_or_else(|| type_error("expected a code object"))
}

pub const CODE_METHODS: &[MethodDef] =
    &[method("__repr__", code_repr), method("replace", code_replace), method("co_lines", code_lines), method("co_positions", code_positions)];

/// `co_lines()`: `(start, end, line)` byte ranges (two bytes per instruction word, as
/// `f_lasti` and `tb_lasti` count), one per line-table entry.
fn code_lines(vm: &mut Vm, args: Args) -> PyResult {
    this(&args)?;
    let b = body_of(vm, args.self_())?;
    let cd = this(&Args { all: std::slice::from_ref(&b), kwnames: &[] })?;
    let table = line_table(vm, cd);
    let n = cd.code.code.len() as u32;
    let mut out = Vec::new();
    for (i, e) in table.iter().enumerate() {
        let end = table.get(i + 1).map_or(n, |x| x.start).min(n);
        if end > e.start {
            let line = if e.line == 0 { Value::none() } else { Value::int(e.line as i64) };
            out.push(Value::tuple(vec![Value::int(e.start as i64 * 2), Value::int(end as i64 * 2), line]));
        }
    }
    vm.iter(&Value::list(out))
}

/// `co_positions()`: `(line, end_line, col, end_col)` per instruction word (what traceback
/// and inspect index with `lasti // 2`). pygmy keeps lines only, so columns are None.
fn code_positions(vm: &mut Vm, args: Args) -> PyResult {
    this(&args)?;
    let b = body_of(vm, args.self_())?;
    let cd = this(&Args { all: std::slice::from_ref(&b), kwnames: &[] })?;
    let table = line_table(vm, cd);
    let out = (0..cd.code.code.len() as u32)
        .map(|i| {
            let line = match pygmy_bytecode::code::line_in(table, cd.code.firstlineno, i) {
                0 => Value::none(),
                l => Value::int(l as i64),
            };
            Value::tuple(vec![line.clone(), line, Value::none(), Value::none()])
        })
        .collect();
    vm.iter(&Value::list(out))
}

fn code_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let c = this(&args)?;
    Ok(Value::string(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.code.name,
        args.self_().bits(),
        c.code.filename,
        c.code.firstlineno
    )))
}

fn code_replace(vm: &mut Vm, args: Args) -> PyResult {
    this(&args)?;
    let b = body_of(vm, args.self_())?;
    let mut code = this(&Args { all: std::slice::from_ref(&b), kwnames: &[] })?.code.clone();
    if args.pos().len() > 1 {
        return Err(type_error(format!("replace() takes no positional arguments ({} given)", args.pos().len() - 1)));
    }
    for (k, v) in args.kwargs() {
        let key = k.as_str().unwrap_or("");
        let int = |v: &Value| -> PyResult<u32> {
            match v.as_small() {
                Some(i) => u32::try_from(i).map_err(|_| crate::error::value_error(format!("replace() argument '{key}' is out of range"))),
                None => Err(type_error(format!("replace() argument '{key}' must be int, not {}", crate::types::typeobj::type_name(v)))),
            }
        };
        let string = |v: &Value| -> PyResult<String> {
            v.as_str().map(str::to_owned).ok_or_else(|| type_error(format!("replace() argument '{key}' must be str, not {}", crate::types::typeobj::type_name(v))))
        };
        match key {
            "co_name" => code.name = string(&v)?,
            "co_qualname" => code.qualname = string(&v)?,
            "co_filename" => code.filename = string(&v)?,
            "co_firstlineno" => code.firstlineno = int(&v)?,
            "co_flags" => code.flags = int(&v)?,
            "co_argcount" => code.argcount = int(&v)?,
            "co_posonlyargcount" => code.posonlyargcount = int(&v)?,
            "co_kwonlyargcount" => code.kwonlyargcount = int(&v)?,
            "co_stacksize" => code.stacksize = int(&v)?,
            "co_names" | "co_varnames" | "co_cellvars" | "co_freevars" => {
                let items = v.as_tuple().ok_or_else(|| type_error(format!("replace() argument '{key}' must be tuple, not {}", crate::types::typeobj::type_name(&v))))?;
                let names = items.iter().map(&string).collect::<PyResult<Vec<String>>>()?;
                let kind = match key {
                    "co_varnames" => Some(local_kind::LOCAL),
                    "co_cellvars" => Some(local_kind::CELL),
                    "co_freevars" => Some(local_kind::FREE),
                    _ => None,
                };
                match kind {
                    None if names.len() == code.names.len() => code.names = names,
                    Some(kind) => {
                        let slots: Vec<usize> = (0..code.localsplus_kinds.len()).filter(|&i| code.localsplus_kinds[i] & kind != 0 && (kind != local_kind::LOCAL || code.localsplus_kinds[i] & (local_kind::CELL | local_kind::FREE) == 0)).collect();
                        if slots.len() != names.len() {
                            return Err(crate::error::value_error(format!("{key} must have {} names, not {}", slots.len(), names.len())));
                        }
                        for (slot, n) in slots.into_iter().zip(names) {
                            code.localsplus_names[slot] = n;
                        }
                    }
                    None => return Err(crate::error::value_error(format!("co_names must have {} names, not {}", code.names.len(), names.len()))),
                }
            }
            _ => return Err(type_error(format!("replace() got an unexpected keyword argument '{key}'"))),
        }
    }
    code.validate().map_err(|e| crate::error::value_error(format!("replace() made an invalid code object: {e}")))?;
    Ok(new_code(code))
}
