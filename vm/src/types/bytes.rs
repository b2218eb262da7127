//! `bytes`, `bytearray` and `memoryview` (basics), and the codec entry points used by
//! `str.encode` / `bytes.decode`.

use crate::error::{index_error, type_error, value_error, ExcType, PyErr, PyResult};
use crate::object::{alloc_obj, CellValue, Kind, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{classmethod, method, staticmethod, Args, MethodDef};
use crate::types::slice::SliceData;
use crate::types::typeobj::{alloc_instance, type_name};
use crate::value::Value;
use crate::vm::Vm;
use pygmy_bytecode::CompareOp;
use std::cell::{Cell, UnsafeCell};

pub struct BytesData {
    pub data: Box<[u8]>,
    pub hash: Cell<i64>,
}

impl Trace for BytesData {}

#[derive(Default)]
pub struct ByteArrayData {
    data: UnsafeCell<Vec<u8>>,
    /// Live memoryview exports (resizing is refused while > 0).
    pub exports: Cell<usize>,
}

impl Trace for ByteArrayData {}

impl ByteArrayData {
    pub fn new(v: Vec<u8>) -> ByteArrayData {
        ByteArrayData { data: UnsafeCell::new(v), exports: Cell::new(0) }
    }
    #[inline]
    pub fn get(&self) -> &Vec<u8> {
        // SAFETY: single-threaded; short borrows.
        unsafe { &*self.data.get() }
    }
    #[allow(clippy::mut_from_ref)]
    #[inline]
    pub fn get_mut(&self) -> &mut Vec<u8> {
        // SAFETY: as above.
        unsafe { &mut *self.data.get() }
    }
}

pub struct MemoryViewData {
    pub obj: Cell<Option<Value>>,
    pub start: usize,
    pub len: usize,
    pub step: isize,
    pub readonly: bool,
    pub released: Cell<bool>,
}

impl Trace for MemoryViewData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        self.obj.trace(visit)
    }
    fn clear(&self) {
        drop(self.obj.take());
    }
}

impl Value {
    pub fn bytes(b: Vec<u8>) -> Value {
        alloc_obj(&rt().ty(BT::Bytes), BytesData { data: b.into_boxed_slice(), hash: Cell::new(-1) }, 0)
    }

    pub fn bytearray(b: Vec<u8>) -> Value {
        alloc_obj(&rt().ty(BT::ByteArray), ByteArrayData::new(b), 0)
    }

    #[inline]
    pub fn as_bytes(&self) -> Option<&[u8]> {
        self.downcast::<BytesData>().map(|b| &*b.data)
    }
}

/// The bytes of any bytes-like object (bytes, bytearray, memoryview), copied.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v.kind() {
        Kind::Bytes => v.as_bytes().map(|b| b.to_vec()),
        Kind::ByteArray => v.downcast::<ByteArrayData>().map(|b| b.get().clone()),
        Kind::MemoryView => {
            let m = v.downcast::<MemoryViewData>()?;
            let o = m.obj.get_value()?;
            let all = bytes_like(&o)?;
            Some((0..m.len).map(|i| all[(m.start as isize + i as isize * m.step) as usize]).collect())
        }
        _ => None,
    }
}

/// `bytes(x)` conversion rules (int → zeroes, iterable of ints, buffer, str needs encoding).
fn bytes_from(vm: &mut Vm, x: &Value, what: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(x) {
        return Ok(b);
    }
    if x.as_str().is_some() {
        return Err(type_error("string argument without an encoding"));
    }
    if let Some(n) = x.as_i64() {
        if n < 0 {
            return Err(value_error("negative count"));
        }
        return Ok(vec![0u8; n as usize]);
    }
    if let Some(b) = crate::types::typeobj::lookup_str(&x.class(), "__bytes__") {
        let r = vm.call(&b, std::slice::from_ref(x))?;
        return r.as_bytes().map(|b| b.to_vec()).ok_or_else(|| {
            type_error(format!("__bytes__ returned non-bytes (type {})", type_name(&r)))
        });
    }
    if matches!(x.kind(), Kind::Int | Kind::Bool) || crate::types::typeobj::lookup_str(&x.class(), "__index__").is_some() {
        let n = vm.to_isize(x)?;
        if n < 0 {
            return Err(value_error("negative count"));
        }
        return Ok(vec![0u8; n as usize]);
    }
    let it = vm.iter(x).map_err(|_| type_error(format!("cannot convert '{}' object to {what}", type_name(x))))?;
    let mut out = Vec::new();
    while let Some(v) = vm.next(&it)? {
        out.push(byte_value(vm, &v)?);
    }
    Ok(out)
}

fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = vm.index_opt(v)?.ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))))?;
    u8::try_from(i).map_err(|_| value_error("byte must be in range(0, 256)"))
}

/// `str.encode` / `codecs.encode`.
pub fn encode(_vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult {
    let enc = encoding.to_ascii_lowercase().replace('_', "-");
    let out: Vec<u8> = match enc.as_str() {
        "utf-8" | "utf8" | "u8" => s.as_bytes().to_vec(),
        "ascii" | "us-ascii" | "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => {
            let limit = if enc.contains("ascii") { 0x80 } else { 0x100 };
            let name = if limit == 0x80 { "ascii" } else { "latin-1" };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u8);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push(b'?'),
                        "backslashreplace" => {
                            let u = c as u32;
                            let esc = if u <= 0xff { format!("\\x{u:02x}") } else if u <= 0xffff { format!("\\u{u:04x}") } else { format!("\\U{u:08x}") };
                            out.extend_from_slice(esc.as_bytes());
                        }
                        "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
                        _ => {
                            return Err(PyErr::with_args(
                                ExcType::UnicodeEncodeError,
                                vec![Value::str(name), Value::str(s), Value::int(i as i64), Value::int(i as i64 + 1), Value::str("ordinal not in range(128)").clone_if(limit == 0x80).unwrap_or_else(|| Value::str("ordinal not in range(256)"))],
                            ))
                        }
                    }
                }
            }
            out
        }
        _ => return Err(PyErr::new(ExcType::LookupError, format!("unknown encoding: {encoding}"))),
    };
    Ok(Value::bytes(out))
}

impl Value {
    fn clone_if(&self, cond: bool) -> Option<Value> {
        if cond {
            Some(self.clone())
        } else {
            None
        }
    }
}

/// `bytes.decode`.
pub fn decode(_vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult {
    let enc = encoding.to_ascii_lowercase().replace('_', "-");
    match enc.as_str() {
        "utf-8" | "utf8" | "u8" => match std::str::from_utf8(b) {
            Ok(s) => Ok(Value::str(s)),
            Err(e) => match errors {
                "replace" => Ok(Value::string(String::from_utf8_lossy(b).into_owned())),
                "ignore" => {
                    let mut out = String::new();
                    let mut rest = b;
                    loop {
                        match std::str::from_utf8(rest) {
                            Ok(s) => {
                                out.push_str(s);
                                break;
                            }
                            Err(e) => {
                                out.push_str(std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or(""));
                                let skip = e.error_len().unwrap_or(rest.len() - e.valid_up_to());
                                rest = &rest[e.valid_up_to() + skip..];
                            }
                        }
                    }
                    Ok(Value::string(out))
                }
                _ => {
                    let start = e.valid_up_to();
                    let (end, reason) = match e.error_len() {
                        Some(n) => {
                            let first = b[start];
                            let reason = if (0x80..0xc2).contains(&first) || first >= 0xf5 { "invalid start byte" } else { "invalid continuation byte" };
                            (start + if reason == "invalid start byte" { 1 } else { n.max(1) }, reason)
                        }
                        None => (b.len(), "unexpected end of data"),
                    };
                    Err(PyErr::with_args(
                        ExcType::UnicodeDecodeError,
                        vec![Value::str("utf-8"), Value::bytes(b.to_vec()), Value::int(start as i64), Value::int(end as i64), Value::str(reason)],
                    ))
                }
            },
        },
        "ascii" | "us-ascii" => {
            let mut out = String::new();
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        _ => {
                            return Err(PyErr::with_args(
                                ExcType::UnicodeDecodeError,
                                vec![Value::str("ascii"), Value::bytes(b.to_vec()), Value::int(i as i64), Value::int(i as i64 + 1), Value::str("ordinal not in range(128)")],
                            ))
                        }
                    }
                }
            }
            Ok(Value::string(out))
        }
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => Ok(Value::string(b.iter().map(|&c| c as char).collect())),
        _ => Err(PyErr::new(ExcType::LookupError, format!("unknown encoding: {encoding}"))),
    }
}

/// `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut s = String::with_capacity(b.len() + 3);
    s.push('b');
    s.push(quote);
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            c if c as char == quote => {
                s.push('\\');
                s.push(c as char);
            }
            0x20..=0x7e => s.push(c as char),
            c => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(quote);
    s
}

fn data_of(args: &Args) -> PyResult<Vec<u8>> {
    args.all.first().and_then(bytes_like).ok_or_else(|| type_error("descriptor requires a bytes-like object"))
}

/// Makes a result of the same family as `like` (bytes → bytes, bytearray → bytearray).
fn same_kind(like: &Value, b: Vec<u8>) -> Value {
    if like.kind() == Kind::ByteArray {
        Value::bytearray(b)
    } else {
        Value::bytes(b)
    }
}

pub const BYTES_METHODS: &[MethodDef] = &[
    staticmethod("__new__", bytes_new),
    method("__getnewargs__", bytes_getnewargs),
    method("__hash__", bytes_hash),
];

pub const BYTEARRAY_METHODS: &[MethodDef] = &[
    staticmethod("__new__", bytearray_new),
    method("__init__", bytearray_init),
    method("__setitem__", bytearray_setitem),
    method("__delitem__", bytearray_delitem),
    method("__iadd__", bytearray_iadd),
    method("append", bytearray_append),
    method("extend", bytearray_extend),
    method("pop", bytearray_pop),
    method("insert", bytearray_insert),
    method("remove", bytearray_remove),
    method("clear", bytearray_clear),
    method("reverse", bytearray_reverse),
    method("copy", bytearray_copy),
    method("__hash__", bytearray_hash),
];

/// Methods shared by bytes and bytearray.
pub const BYTES_COMMON_METHODS: &[MethodDef] = &[
    method("__len__", b_len),
    method("__getitem__", b_getitem),
    method("__iter__", b_iter),
    method("__contains__", b_contains),
    method("__repr__", b_repr),
    method("__eq__", b_eq),
    method("__ne__", b_ne),
    method("__lt__", b_lt),
    method("__le__", b_le),
    method("__gt__", b_gt),
    method("__ge__", b_ge),
    method("__add__", b_add),
    method("__mul__", b_mul),
    method("__rmul__", b_mul),
    method("__mod__", b_mod),
    method("decode", b_decode),
    method("hex", b_hex),
    classmethod("fromhex", b_fromhex),
    method("join", b_join),
    method("startswith", b_startswith),
    method("endswith", b_endswith),
    method("find", b_find),
    method("index", b_index),
    method("count", b_count),
    method("split", b_split),
    method("strip", b_strip),
    method("replace", b_replace),
    method("upper", b_upper),
    method("lower", b_lower),
];

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult {
    let [cls, source, encoding, errors] = args.bind("bytes", ["cls", "source", "encoding", "errors"], 1, 0)?;
    let cls = cls.unwrap_or_else(|| rt().ty(BT::Bytes));
    let data = match source {
        None => Vec::new(),
        Some(s) => {
            if let Some(text) = s.as_str() {
                let enc = encoding.as_ref().and_then(|e| e.as_str().map(|x| x.to_owned())).ok_or_else(|| type_error("string argument without an encoding"))?;
                let errs = errors.as_ref().and_then(|e| e.as_str().map(|x| x.to_owned())).unwrap_or_else(|| "strict".into());
                let v = encode(vm, text, &enc, &errs)?;
                v.as_bytes().map(|b| b.to_vec()).unwrap_or_default()
            } else {
                if encoding.is_some() {
                    return Err(type_error("encoding without a string argument"));
                }
                bytes_from(vm, &s, "bytes")?
            }
        }
    };
    if cls.as_ptr() == rt().ty_ptr(BT::Bytes) {
        return Ok(Value::bytes(data));
    }
    Ok(alloc_instance(&cls, BytesData { data: data.into_boxed_slice(), hash: Cell::new(-1) }))
}

fn bytes_getnewargs(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::tuple(vec![Value::bytes(data_of(&args)?)]))
}

fn bytes_hash(_vm: &mut Vm, args: Args) -> PyResult {
    let b = args.self_().downcast::<BytesData>().ok_or_else(|| type_error("expected bytes"))?;
    if b.hash.get() == -1 {
        b.hash.set(crate::hash::hash_bytes(&b.data));
    }
    Ok(Value::int(b.hash.get()))
}

fn bytearray_hash(_vm: &mut Vm, _args: Args) -> PyResult {
    Err(type_error("unhashable type: 'bytearray'"))
}

fn bytearray_new(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(alloc_instance(&args.pos()[0], ByteArrayData::default()))
}

fn ba<'a>(args: &Args<'a>) -> PyResult<&'a ByteArrayData> {
    args.all.first().and_then(|v| v.downcast::<ByteArrayData>()).ok_or_else(|| type_error("expected a bytearray"))
}

fn bytearray_init(vm: &mut Vm, args: Args) -> PyResult {
    let [_, source, encoding, errors] = args.bind("bytearray", ["self", "source", "encoding", "errors"], 1, 0)?;
    let data = match source {
        None => Vec::new(),
        Some(s) => {
            if let Some(text) = s.as_str() {
                let enc = encoding.as_ref().and_then(|e| e.as_str().map(|x| x.to_owned())).ok_or_else(|| type_error("string argument without an encoding"))?;
                let errs = errors.as_ref().and_then(|e| e.as_str().map(|x| x.to_owned())).unwrap_or_else(|| "strict".into());
                let v = encode(vm, text, &enc, &errs)?;
                v.as_bytes().map(|b| b.to_vec()).unwrap_or_default()
            } else {
                bytes_from(vm, &s, "bytearray")?
            }
        }
    };
    *ba(&args)?.get_mut() = data;
    Ok(Value::none())
}

fn bytearray_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__setitem__", 3, 3)?;
    let b = ba(&args)?;
    if let Some(sl) = pos[1].downcast::<SliceData>() {
        let (start, stop, step, n) = sl.indices(vm, b.get().len())?;
        let new = bytes_from(vm, &pos[2], "bytearray")?;
        if step == 1 {
            let stop = stop.max(start) as usize;
            b.get_mut().splice(start as usize..stop, new);
            return Ok(Value::none());
        }
        if new.len() != n {
            return Err(value_error(format!("attempt to assign bytes of size {} to extended slice of size {n}", new.len())));
        }
        let mut i = start;
        for x in new {
            b.get_mut()[i as usize] = x;
            i += step;
        }
        return Ok(Value::none());
    }
    let i = vm.index_opt(&pos[1])?.ok_or_else(|| type_error("bytearray indices must be integers or slices"))?;
    let n = b.get().len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("bytearray index out of range"));
    }
    let v = byte_value(vm, &pos[2])?;
    b.get_mut()[j as usize] = v;
    Ok(Value::none())
}

fn bytearray_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__delitem__", 2, 2)?;
    let b = ba(&args)?;
    if let Some(sl) = pos[1].downcast::<SliceData>() {
        let (start, _stop, step, n) = sl.indices(vm, b.get().len())?;
        let mut idx: Vec<usize> = (0..n).map(|k| (start + k as isize * step) as usize).collect();
        idx.sort_unstable();
        for i in idx.into_iter().rev() {
            b.get_mut().remove(i);
        }
        return Ok(Value::none());
    }
    let i = vm.index_opt(&pos[1])?.ok_or_else(|| type_error("bytearray indices must be integers or slices"))?;
    let n = b.get().len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("bytearray index out of range"));
    }
    b.get_mut().remove(j as usize);
    Ok(Value::none())
}

fn bytearray_iadd(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__iadd__", 2, 2)?;
    let extra = bytes_like(&pos[1]).ok_or_else(|| type_error(format!("can't concat {} to bytearray", type_name(&pos[1]))))?;
    ba(&args)?.get_mut().extend(extra);
    let _ = vm;
    Ok(pos[0].clone())
}

fn bytearray_append(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("append", 2, 2)?;
    let v = byte_value(vm, &pos[1])?;
    ba(&args)?.get_mut().push(v);
    Ok(Value::none())
}

fn bytearray_extend(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("extend", 2, 2)?;
    let extra = bytes_from(vm, &pos[1], "bytearray")?;
    ba(&args)?.get_mut().extend(extra);
    Ok(Value::none())
}

fn bytearray_pop(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("pop", 1, 2)?;
    let b = ba(&args)?;
    if b.get().is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let n = b.get().len() as isize;
    let i = match pos.get(1) {
        Some(k) => vm.to_isize(k)?,
        None => -1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("pop index out of range"));
    }
    Ok(Value::int(b.get_mut().remove(j as usize) as i64))
}

fn bytearray_insert(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("insert", 3, 3)?;
    let b = ba(&args)?;
    let i = vm.to_isize(&pos[1])?;
    let v = byte_value(vm, &pos[2])?;
    let n = b.get().len() as isize;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.get_mut().insert(j as usize, v);
    Ok(Value::none())
}

fn bytearray_remove(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("remove", 2, 2)?;
    let v = byte_value(vm, &pos[1])?;
    let b = ba(&args)?;
    match b.get().iter().position(|&x| x == v) {
        Some(i) => {
            b.get_mut().remove(i);
            Ok(Value::none())
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn bytearray_clear(_vm: &mut Vm, args: Args) -> PyResult {
    ba(&args)?.get_mut().clear();
    Ok(Value::none())
}

fn bytearray_reverse(_vm: &mut Vm, args: Args) -> PyResult {
    ba(&args)?.get_mut().reverse();
    Ok(Value::none())
}

fn bytearray_copy(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bytearray(ba(&args)?.get().clone()))
}

fn b_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(data_of(&args)?.len() as i64))
}

fn b_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__getitem__", 2, 2)?;
    let data = data_of(&args)?;
    if let Some(sl) = pos[1].downcast::<SliceData>() {
        let (start, _stop, step, n) = sl.indices(vm, data.len())?;
        let mut out = Vec::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            out.push(data[i as usize]);
            i += step;
        }
        return Ok(same_kind(&pos[0], out));
    }
    let i = vm.index_opt(&pos[1])?.ok_or_else(|| {
        type_error(format!("byte indices must be integers or slices, not {}", type_name(&pos[1])))
    })?;
    let n = data.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error(if pos[0].kind() == Kind::ByteArray { "bytearray index out of range" } else { "index out of range" }));
    }
    Ok(Value::int(data[j as usize] as i64))
}

fn b_iter(_vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    Ok(crate::types::iter::new_bytes_iter(me, if me.kind() == Kind::ByteArray { BT::ByteArrayIterator } else { BT::BytesIterator }))
}

fn b_contains(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__contains__", 2, 2)?;
    let data = data_of(&args)?;
    if let Some(sub) = bytes_like(&pos[1]) {
        return Ok(Value::bool(sub.is_empty() || data.windows(sub.len()).any(|w| w == sub.as_slice())));
    }
    let v = byte_value(vm, &pos[1])?;
    Ok(Value::bool(data.contains(&v)))
}

fn b_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let data = data_of(&args)?;
    if me.kind() == Kind::ByteArray {
        let name = crate::types::typeobj::type_qualname(&me.class());
        return Ok(Value::string(format!("{name}({})", bytes_repr(&data))));
    }
    Ok(Value::string(bytes_repr(&data)))
}

fn bcmp(args: &Args, op: CompareOp) -> PyResult {
    let pos = args.check(op.dunder(), 2, 2)?;
    let (Some(a), Some(b)) = (bytes_like(&pos[0]), bytes_like(&pos[1])) else { return Ok(Value::not_implemented()) };
    if pos[1].kind() == Kind::MemoryView && !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(Value::not_implemented());
    }
    Ok(Value::bool(match op {
        CompareOp::Lt => a < b,
        CompareOp::Le => a <= b,
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        CompareOp::Gt => a > b,
        CompareOp::Ge => a >= b,
    }))
}

fn b_eq(_vm: &mut Vm, args: Args) -> PyResult {
    bcmp(&args, CompareOp::Eq)
}
fn b_ne(_vm: &mut Vm, args: Args) -> PyResult {
    bcmp(&args, CompareOp::Ne)
}
fn b_lt(_vm: &mut Vm, args: Args) -> PyResult {
    bcmp(&args, CompareOp::Lt)
}
fn b_le(_vm: &mut Vm, args: Args) -> PyResult {
    bcmp(&args, CompareOp::Le)
}
fn b_gt(_vm: &mut Vm, args: Args) -> PyResult {
    bcmp(&args, CompareOp::Gt)
}
fn b_ge(_vm: &mut Vm, args: Args) -> PyResult {
    bcmp(&args, CompareOp::Ge)
}

fn b_add(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__add__", 2, 2)?;
    let mut a = data_of(&args)?;
    let b = bytes_like(&pos[1]).ok_or_else(|| type_error(format!("can't concat {} to {}", type_name(&pos[1]), type_name(&pos[0]))))?;
    a.extend(b);
    Ok(same_kind(&pos[0], a))
}

fn b_mul(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__mul__", 2, 2)?;
    let a = data_of(&args)?;
    let Some(n) = vm.index_opt(&pos[1])? else { return Ok(Value::not_implemented()) };
    Ok(same_kind(&pos[0], a.repeat(n.max(0) as usize)))
}

fn b_mod(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__mod__", 2, 2)?;
    let a = data_of(&args)?;
    let r = crate::format::percent_format_bytes(vm, &a, &pos[1])?;
    Ok(same_kind(&pos[0], r))
}

fn b_decode(vm: &mut Vm, args: Args) -> PyResult {
    let [_, encoding, errors] = args.bind("decode", ["self", "encoding", "errors"], 1, 0)?;
    let enc = encoding.as_ref().and_then(|e| e.as_str().map(|s| s.to_owned())).unwrap_or_else(|| "utf-8".into());
    let errs = errors.as_ref().and_then(|e| e.as_str().map(|s| s.to_owned())).unwrap_or_else(|| "strict".into());
    decode(vm, &data_of(&args)?, &enc, &errs)
}

fn b_hex(_vm: &mut Vm, args: Args) -> PyResult {
    let d = data_of(&args)?;
    Ok(Value::string(d.iter().map(|b| format!("{b:02x}")).collect()))
}

fn b_fromhex(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("fromhex", 2, 2)?;
    let s = pos[1].as_str().ok_or_else(|| type_error("fromhex() argument must be str"))?;
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let pos_err = if hi.is_none() { i } else { i + 1 };
                return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {pos_err}")));
            }
        }
        i += 2;
    }
    let v = Value::bytes(out);
    if pos[0].as_ptr() == rt().ty_ptr(BT::Bytes) {
        return Ok(v);
    }
    vm.call(&pos[0], &[v])
}

fn b_join(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("join", 2, 2)?;
    let sep = data_of(&args)?;
    let items = vm.collect_iter(&pos[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        let b = bytes_like(it).ok_or_else(|| type_error(format!("sequence item {i}: expected a bytes-like object, {} found", type_name(it))))?;
        out.extend(b);
    }
    Ok(same_kind(&pos[0], out))
}

fn affix(args: &Args, end: bool) -> PyResult {
    let pos = args.check(if end { "endswith" } else { "startswith" }, 2, 2)?;
    let data = data_of(args)?;
    let test = |p: &Value| -> PyResult<bool> {
        let p = bytes_like(p).ok_or_else(|| type_error("expected bytes"))?;
        Ok(if end { data.ends_with(&p) } else { data.starts_with(&p) })
    };
    if let Some(t) = pos[1].as_tuple() {
        for p in t {
            if test(p)? {
                return Ok(Value::bool(true));
            }
        }
        return Ok(Value::bool(false));
    }
    Ok(Value::bool(test(&pos[1])?))
}

fn b_startswith(_vm: &mut Vm, args: Args) -> PyResult {
    affix(&args, false)
}
fn b_endswith(_vm: &mut Vm, args: Args) -> PyResult {
    affix(&args, true)
}

fn sub_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    Ok(vec![byte_value(vm, v)?])
}

fn b_find(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("find", 2, 2)?;
    let d = data_of(&args)?;
    let sub = sub_arg(vm, &pos[1])?;
    Ok(Value::int(find(&d, &sub).map(|i| i as i64).unwrap_or(-1)))
}

fn find(d: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(0);
    }
    d.windows(sub.len()).position(|w| w == sub)
}

fn b_index(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("index", 2, 2)?;
    let d = data_of(&args)?;
    let sub = sub_arg(vm, &pos[1])?;
    find(&d, &sub).map(|i| Value::int(i as i64)).ok_or_else(|| value_error("subsection not found"))
}

fn b_count(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("count", 2, 2)?;
    let d = data_of(&args)?;
    let sub = sub_arg(vm, &pos[1])?;
    if sub.is_empty() {
        return Ok(Value::int(d.len() as i64 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while i + sub.len() <= d.len() {
        if d[i..i + sub.len()] == sub[..] {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::int(n))
}

fn b_split(vm: &mut Vm, args: Args) -> PyResult {
    let [me, sep, maxsplit] = args.bind("split", ["self", "sep", "maxsplit"], 1, 0)?;
    let me = me.unwrap_or_else(Value::none);
    let d = bytes_like(&me).unwrap_or_default();
    let max = match maxsplit {
        Some(m) => vm.to_isize(&m)?,
        None => -1,
    };
    let mut out = Vec::new();
    match sep.filter(|s| s.kind() != Kind::NoneType) {
        Some(s) => {
            let sep = bytes_like(&s).ok_or_else(|| type_error("a bytes-like object is required"))?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let mut rest: &[u8] = &d;
            loop {
                if max >= 0 && out.len() as isize == max {
                    break;
                }
                match find(rest, &sep) {
                    Some(i) => {
                        out.push(same_kind(&me, rest[..i].to_vec()));
                        rest = &rest[i + sep.len()..];
                    }
                    None => break,
                }
            }
            out.push(same_kind(&me, rest.to_vec()));
        }
        None => {
            let mut i = 0;
            while i < d.len() {
                while i < d.len() && d[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i >= d.len() {
                    break;
                }
                if max >= 0 && out.len() as isize == max {
                    let mut end = d.len();
                    while end > i && d[end - 1].is_ascii_whitespace() {
                        end -= 1;
                    }
                    out.push(same_kind(&me, d[i..end].to_vec()));
                    break;
                }
                let start = i;
                while i < d.len() && !d[i].is_ascii_whitespace() {
                    i += 1;
                }
                out.push(same_kind(&me, d[start..i].to_vec()));
            }
        }
    }
    Ok(Value::list(out))
}

fn b_strip(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("strip", 1, 2)?;
    let d = data_of(&args)?;
    let chars: Vec<u8> = match pos.get(1).filter(|c| c.kind() != Kind::NoneType) {
        Some(c) => bytes_like(c).ok_or_else(|| type_error("a bytes-like object is required"))?,
        None => b" \t\n\r\x0b\x0c".to_vec(),
    };
    let mut a = 0;
    let mut b = d.len();
    while a < b && chars.contains(&d[a]) {
        a += 1;
    }
    while b > a && chars.contains(&d[b - 1]) {
        b -= 1;
    }
    Ok(same_kind(&pos[0], d[a..b].to_vec()))
}

fn b_replace(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("replace", 3, 3)?;
    let d = data_of(&args)?;
    let old = bytes_like(&pos[1]).ok_or_else(|| type_error("a bytes-like object is required"))?;
    let new = bytes_like(&pos[2]).ok_or_else(|| type_error("a bytes-like object is required"))?;
    let mut out = Vec::new();
    let mut i = 0;
    if old.is_empty() {
        for &c in &d {
            out.extend_from_slice(&new);
            out.push(c);
        }
        out.extend_from_slice(&new);
        return Ok(same_kind(&pos[0], out));
    }
    while i < d.len() {
        if d[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
        } else {
            out.push(d[i]);
            i += 1;
        }
    }
    Ok(same_kind(&pos[0], out))
}

fn b_upper(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(same_kind(args.self_(), data_of(&args)?.to_ascii_uppercase()))
}

fn b_lower(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(same_kind(args.self_(), data_of(&args)?.to_ascii_lowercase()))
}

// ---- memoryview -------------------------------------------------------------------------------

pub const MEMORYVIEW_METHODS: &[MethodDef] = &[
    staticmethod("__new__", mv_new),
    method("__len__", mv_len),
    method("__getitem__", mv_getitem),
    method("__setitem__", mv_setitem),
    method("tobytes", mv_tobytes),
    method("tolist", mv_tolist),
    method("hex", mv_hex),
    method("release", mv_release),
    method("__enter__", mv_enter),
    method("__exit__", mv_exit),
    method("__eq__", mv_eq),
    method("__repr__", mv_repr),
];

fn mv<'a>(args: &Args<'a>) -> PyResult<&'a MemoryViewData> {
    let m = args.all.first().and_then(|v| v.downcast::<MemoryViewData>()).ok_or_else(|| type_error("expected a memoryview"))?;
    if m.released.get() {
        return Err(value_error("operation forbidden on released memoryview object"));
    }
    Ok(m)
}

fn mv_new(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("memoryview", 2, 2)?;
    let obj = &pos[1];
    let (len, readonly) = match obj.kind() {
        Kind::Bytes => (obj.as_bytes().map(|b| b.len()).unwrap_or(0), true),
        Kind::ByteArray => {
            let b = obj.downcast::<ByteArrayData>().ok_or_else(|| type_error("bad bytearray"))?;
            b.exports.set(b.exports.get() + 1);
            (b.get().len(), false)
        }
        Kind::MemoryView => {
            let m = obj.downcast::<MemoryViewData>().ok_or_else(|| type_error("bad memoryview"))?;
            return Ok(alloc_obj(
                &rt().ty(BT::MemoryView),
                MemoryViewData { obj: Cell::new(m.obj.get_value()), start: m.start, len: m.len, step: m.step, readonly: m.readonly, released: Cell::new(false) },
                0,
            ));
        }
        _ => return Err(type_error(format!("memoryview: a bytes-like object is required, not '{}'", type_name(obj)))),
    };
    Ok(alloc_obj(&rt().ty(BT::MemoryView), MemoryViewData { obj: Cell::new(Some(obj.clone())), start: 0, len, step: 1, readonly, released: Cell::new(false) }, 0))
}

fn mv_bytes(m: &MemoryViewData) -> Vec<u8> {
    let o = m.obj.get_value();
    let all = o.as_ref().and_then(bytes_like).unwrap_or_default();
    (0..m.len).filter_map(|i| all.get((m.start as isize + i as isize * m.step) as usize).copied()).collect()
}

fn mv_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(mv(&args)?.len as i64))
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__getitem__", 2, 2)?;
    let m = mv(&args)?;
    if let Some(sl) = pos[1].downcast::<SliceData>() {
        let (start, _stop, step, n) = sl.indices(vm, m.len)?;
        return Ok(alloc_obj(
            &rt().ty(BT::MemoryView),
            MemoryViewData {
                obj: Cell::new(m.obj.get_value()),
                start: (m.start as isize + start * m.step) as usize,
                len: n,
                step: m.step * step,
                readonly: m.readonly,
                released: Cell::new(false),
            },
            0,
        ));
    }
    let i = vm.to_isize(&pos[1])?;
    let n = m.len as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    Ok(Value::int(mv_bytes(m)[j as usize] as i64))
}

fn mv_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__setitem__", 3, 3)?;
    let m = mv(&args)?;
    if m.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    let o = m.obj.get_value().ok_or_else(|| value_error("released"))?;
    let b = o.downcast::<ByteArrayData>().ok_or_else(|| type_error("cannot modify read-only memory"))?;
    if let Some(sl) = pos[1].downcast::<SliceData>() {
        let (start, _stop, step, n) = sl.indices(vm, m.len)?;
        let new = bytes_like(&pos[2]).ok_or_else(|| type_error("a bytes-like object is required"))?;
        if new.len() != n {
            return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        for (k, x) in new.into_iter().enumerate() {
            let idx = m.start as isize + (start + k as isize * step) * m.step;
            b.get_mut()[idx as usize] = x;
        }
        return Ok(Value::none());
    }
    let i = vm.to_isize(&pos[1])?;
    let n = m.len as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    let v = byte_value(vm, &pos[2])?;
    b.get_mut()[(m.start as isize + j * m.step) as usize] = v;
    Ok(Value::none())
}

fn mv_tobytes(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bytes(mv_bytes(mv(&args)?)))
}

fn mv_tolist(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::list(mv_bytes(mv(&args)?).into_iter().map(|b| Value::int(b as i64)).collect()))
}

fn mv_hex(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::string(mv_bytes(mv(&args)?).iter().map(|b| format!("{b:02x}")).collect()))
}

fn mv_release(_vm: &mut Vm, args: Args) -> PyResult {
    let m = args.self_().downcast::<MemoryViewData>().ok_or_else(|| type_error("expected a memoryview"))?;
    if !m.released.get() {
        m.released.set(true);
        if let Some(o) = m.obj.get_value() {
            if let Some(b) = o.downcast::<ByteArrayData>() {
                b.exports.set(b.exports.get().saturating_sub(1));
            }
        }
    }
    Ok(Value::none())
}

fn mv_enter(_vm: &mut Vm, args: Args) -> PyResult {
    mv(&args)?;
    Ok(args.self_().clone())
}

fn mv_exit(vm: &mut Vm, args: Args) -> PyResult {
    mv_release(vm, Args::new(&args.all[..1]))
}

fn mv_eq(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__eq__", 2, 2)?;
    let m = args.self_().downcast::<MemoryViewData>().ok_or_else(|| type_error("expected a memoryview"))?;
    if m.released.get() {
        return Ok(Value::bool(pos[0].is(&pos[1])));
    }
    match bytes_like(&pos[1]) {
        Some(b) => Ok(Value::bool(mv_bytes(m) == b)),
        None => Ok(Value::not_implemented()),
    }
}

fn mv_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let m = args.self_().downcast::<MemoryViewData>().ok_or_else(|| type_error("expected a memoryview"))?;
    Ok(Value::string(format!(
        "<{}memory at {:#x}>",
        if m.released.get() { "released " } else { "" },
        args.self_().bits()
    )))
}

pub fn mv_obj(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.downcast::<MemoryViewData>().and_then(|m| m.obj.get_value()).unwrap_or_else(Value::none))
}
pub fn mv_readonly(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(v.downcast::<MemoryViewData>().map(|m| m.readonly).unwrap_or(true)))
}
pub fn mv_nbytes(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(v.downcast::<MemoryViewData>().map(|m| m.len as i64).unwrap_or(0)))
}
pub fn mv_format(_vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(Value::str("B"))
}
pub fn mv_itemsize(_vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(Value::int(1))
}
pub fn mv_ndim(_vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(Value::int(1))
}
pub fn mv_shape(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::tuple(vec![Value::int(v.downcast::<MemoryViewData>().map(|m| m.len as i64).unwrap_or(0))]))
}
