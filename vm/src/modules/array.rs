//! The `array` module: typed arrays stored as raw little-endian item bytes (typecodes
//! b B u h H i I l L q Q f d with CPython's LP64 item sizes), their sequence and list-like
//! methods, CPython's overflow messages, repr, pickling via `_array_reconstructor`, and the
//! raw bytes for `bytes(a)` / `struct` (the VM has no general buffer protocol).

use crate::error::{index_error, overflow_error, type_error, value_error, ExcType, PyErr, PyResult};
use crate::modules::support::{add_type, alloc_native, native_type, new_module, set_attr, short_type_name, this};
use crate::object::Kind;
use crate::types::builtin::{method, staticmethod, Args, MethodDef, NativeFn};
use crate::types::descr::{Getter, Setter};
use crate::types::dict::DictData;
use crate::types::native::NativeObject;
use crate::types::typeobj::{is_subtype_ptr, tdata, type_name};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use pygmy_bytecode::CompareOp;
use std::any::Any;
use std::cell::{Cell, RefCell};

const TYPECODES: &str = "bBuhHiIlLqQfd";

const FUNCTIONS: &[(&str, NativeFn)] = &[("_array_reconstructor", array_reconstructor)];

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("array", FUNCTIONS);
    let t = add_type(Some(&m), "array", "array", None, &[ARRAY_METHODS], ARRAY_GETSETS, true);
    if let Some(d) = tdata(&t).dict().downcast::<DictData>() {
        d.set_str(Value::intern("__hash__"), Value::none());
    }
    set_attr(&m, "ArrayType", t);
    set_attr(&m, "typecodes", Value::str(TYPECODES));
    let it_m: &[MethodDef] = &[
        method("__iter__", crate::modules::support::iter_self),
        method("__next__", iter_next),
        method("__reduce__", iter_reduce),
        method("__setstate__", iter_setstate),
    ];
    add_type(None, "array", "arrayiterator", None, &[it_m], &[], false);
    Ok(m)
}

struct Array {
    code: u8,
    data: RefCell<Vec<u8>>,
    /// Live memoryview exports: the array refuses to change its size while there are any.
    exports: Cell<usize>,
}

impl NativeObject for Array {
    fn as_any(&self) -> &dyn Any {
        self
    }

    fn buffer(&self) -> Option<(&[u8], u8, usize)> {
        // SAFETY: the VM is single-threaded and no borrow of `data` outlives the native call
        // that took it, so the buffer is not mutated while the caller reads the slice.
        let bytes = unsafe { &*self.data.as_ptr() };
        Some((bytes.as_slice(), self.code, self.size()))
    }

    fn buffer_store(&self, off: usize, bytes: &[u8]) {
        self.data.borrow_mut()[off..off + bytes.len()].copy_from_slice(bytes);
    }

    fn buffer_export(&self, delta: isize) {
        self.exports.set(self.exports.get().saturating_add_signed(delta));
    }
}

fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

impl Array {
    fn size(&self) -> usize {
        itemsize(self.code)
    }
    /// The data, to change its length: BufferError while a memoryview exports it.
    fn resize(&self) -> PyResult<std::cell::RefMut<'_, Vec<u8>>> {
        if self.exports.get() > 0 {
            return Err(PyErr::new(ExcType::BufferError, "cannot resize an array that is exporting buffers"));
        }
        Ok(self.data.borrow_mut())
    }
    fn len(&self) -> usize {
        self.data.borrow().len() / self.size()
    }
    fn get(&self, i: usize) -> Value {
        let n = self.size();
        let d = self.data.borrow();
        let b = &d[i * n..i * n + n];
        let mut w = [0u8; 8];
        w[..n].copy_from_slice(b);
        let u = u64::from_le_bytes(w);
        match self.code {
            b'f' => Value::float(f32::from_bits(u as u32) as f64),
            b'd' => Value::float(f64::from_bits(u)),
            b'u' => Value::string(char::from_u32(u as u32).map(String::from).unwrap_or_default()),
            c if c.is_ascii_lowercase() => {
                let bits = n * 8;
                Value::int(if bits == 64 { u as i64 } else { ((u << (64 - bits)) as i64) >> (64 - bits) })
            }
            _ => {
                if u > i64::MAX as u64 {
                    Value::from_bigint(BigInt::from(u))
                } else {
                    Value::int(u as i64)
                }
            }
        }
    }
    fn values(&self) -> Vec<Value> {
        (0..self.len()).map(|i| self.get(i)).collect()
    }
}

/// The item bytes for `v` under typecode `code`, with CPython's conversion errors.
fn encode(vm: &mut Vm, code: u8, v: &Value) -> PyResult<[u8; 8]> {
    let u: u64 = match code {
        b'f' | b'd' => {
            let f = vm.to_f64(v)?;
            if code == b'f' {
                (f as f32).to_bits() as u64
            } else {
                f.to_bits()
            }
        }
        b'u' => match v.as_str() {
            Some(s) if s.chars().count() == 1 => s.chars().next().map(|c| c as u64).unwrap_or(0),
            _ => return Err(type_error("array item must be unicode character")),
        },
        _ => {
            if v.as_float().is_some() {
                return Err(type_error("'float' object cannot be interpreted as an integer"));
            }
            let x = vm.index(v)?;
            let x: BigInt = crate::types::int::to_bigint(&x).unwrap_or_default();
            int_bits(code, &x)?
        }
    };
    Ok(u.to_le_bytes())
}

fn int_bits(code: u8, x: &BigInt) -> PyResult<u64> {
    let over = |name: &str, hi: bool| overflow_error(format!("{name} is {} than {}", if hi { "greater" } else { "less" }, if hi { "maximum" } else { "minimum" }));
    let i = x.to_i128();
    let small = |lo: i128, hi: i128, name: &str| -> PyResult<u64> {
        match i {
            Some(v) if v > hi => Err(over(name, true)),
            Some(v) if v < lo => Err(over(name, false)),
            Some(v) => Ok(v as u64),
            None => Err(overflow_error("Python int too large to convert to C long")),
        }
    };
    match code {
        b'b' => small(-128, 127, "signed char"),
        b'B' => small(0, 255, "unsigned byte integer"),
        b'h' => small(-32768, 32767, "signed short integer"),
        b'H' => small(0, 65535, "unsigned short"),
        b'i' => small(i32::MIN as i128, i32::MAX as i128, "signed integer"),
        b'I' => {
            if x.is_negative() {
                return Err(overflow_error("can't convert negative value to unsigned int"));
            }
            match i {
                Some(v) if v <= u32::MAX as i128 => Ok(v as u64),
                Some(v) if v <= u64::MAX as i128 => Err(over("unsigned int", true)),
                _ => Err(overflow_error("Python int too large to convert to C unsigned long")),
            }
        }
        b'l' => x.to_i64().map(|v| v as u64).ok_or_else(|| overflow_error("Python int too large to convert to C long")),
        b'L' => {
            if x.is_negative() {
                return Err(overflow_error("can't convert negative value to unsigned int"));
            }
            x.to_u64().ok_or_else(|| overflow_error("Python int too large to convert to C unsigned long"))
        }
        b'q' => x.to_i64().map(|v| v as u64).ok_or_else(|| overflow_error("int too big to convert")),
        _ => {
            if x.is_negative() {
                return Err(overflow_error("can't convert negative int to unsigned"));
            }
            x.to_u64().ok_or_else(|| overflow_error("int too big to convert"))
        }
    }
}

fn arr<'a>(args: &Args<'a>) -> PyResult<&'a Array> {
    this::<Array>(args, "array.array")
}

/// The array of a method that takes no arguments (CPython's METH_NOARGS refuses any).
fn arr_noargs<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Array> {
    args.check_method(name, 0, 0)?;
    arr(args)
}

/// The raw item bytes of an array (for `struct` and `bytes()`).
pub fn array_bytes(v: &Value) -> Option<Vec<u8>> {
    v.native::<Array>().map(|a| a.data.borrow().clone())
}

/// Overwrites bytes of an array in place (`struct.pack_into`).
pub fn array_write_bytes(v: &Value, off: usize, bytes: &[u8]) {
    if let Some(a) = v.native::<Array>() {
        let mut d = a.data.borrow_mut();
        if off + bytes.len() <= d.len() {
            d[off..off + bytes.len()].copy_from_slice(bytes);
        }
    }
}

fn new_array(cls: &Value, code: u8, data: Vec<u8>) -> Value {
    alloc_native(cls, Array { code, data: RefCell::new(data), exports: Cell::new(0) })
}

const ARRAY_METHODS: &[MethodDef] = &[
    staticmethod("__new__", array_new),
    method("append", array_append),
    method("extend", array_extend),
    method("insert", array_insert),
    method("pop", array_pop),
    method("remove", array_remove),
    method("index", array_index),
    method("count", array_count),
    method("reverse", array_reverse),
    method("byteswap", array_byteswap),
    method("buffer_info", array_buffer_info),
    method("tobytes", array_tobytes),
    method("__bytes__", array_tobytes),
    method("frombytes", array_frombytes),
    method("tolist", array_tolist),
    method("fromlist", array_fromlist),
    method("tounicode", array_tounicode),
    method("fromunicode", array_fromunicode),
    method("tofile", array_tofile),
    method("fromfile", array_fromfile),
    method("__len__", array_len),
    method("__getitem__", array_getitem),
    method("__setitem__", array_setitem),
    method("__delitem__", array_delitem),
    method("__contains__", array_contains),
    method("__iter__", array_iter),
    method("__repr__", array_repr),
    method("__add__", array_add),
    method("__iadd__", array_iadd),
    method("__mul__", array_mul),
    method("__rmul__", array_mul),
    method("__imul__", array_imul),
    method("__eq__", array_eq),
    method("__ne__", array_ne),
    method("__lt__", array_lt),
    method("__le__", array_le),
    method("__gt__", array_gt),
    method("__ge__", array_ge),
    method("__copy__", array_copy),
    method("__deepcopy__", array_copy),
    method("__reduce_ex__", array_reduce_ex),
];

const ARRAY_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("typecode", get_typecode, None), ("itemsize", get_itemsize, None)];

fn get_typecode(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::string(v.native::<Array>().map(|a| (a.code as char).to_string()).unwrap_or_default()))
}

fn get_itemsize(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(v.native::<Array>().map(|a| a.size()).unwrap_or(0) as i64))
}

fn extend_values(vm: &mut Vm, a: &Array, items: &[Value]) -> PyResult<()> {
    let n = a.size();
    let mut buf = Vec::with_capacity(items.len() * n);
    for v in items {
        buf.extend_from_slice(&encode(vm, a.code, v)?[..n]);
    }
    a.resize()?.extend_from_slice(&buf);
    Ok(())
}

fn extend_iter(vm: &mut Vm, a: &Array, it: &Value) -> PyResult<()> {
    let it = vm.iter(it)?;
    let n = a.size();
    while let Some(v) = vm.next(&it)? {
        let b = encode(vm, a.code, &v)?;
        a.resize()?.extend_from_slice(&b[..n]);
    }
    Ok(())
}

fn array_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = &args.all[0];
    let pos = &args.pos()[1..];
    if args.has_kwargs() && cls.is(&native_type("array.array")) {
        return Err(type_error("array.array() takes no keyword arguments"));
    }
    if pos.is_empty() {
        return Err(type_error("array() takes at least 1 argument (0 given)"));
    }
    if pos.len() > 2 {
        return Err(type_error(format!("array() takes at most 2 arguments ({} given)", pos.len())));
    }
    let code = match pos[0].as_str() {
        Some(s) if s.chars().count() == 1 => s.as_bytes()[0],
        _ => return Err(type_error(format!("array() argument 1 must be a unicode character, not {}", type_name(&pos[0])))),
    };
    if !TYPECODES.as_bytes().contains(&code) {
        return Err(value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"));
    }
    let a = new_array(cls, code, Vec::new());
    let Some(init) = pos.get(1) else { return Ok(a) };
    let me = a.native::<Array>().ok_or_else(|| type_error("array"))?;
    if let Some(s) = init.as_str() {
        if code != b'u' {
            return Err(type_error(format!("cannot use a str to initialize an array with typecode '{}'", code as char)));
        }
        let items: Vec<Value> = s.chars().map(|c| Value::string(c.to_string())).collect();
        extend_values(vm, me, &items)?;
    } else if matches!(init.kind(), Kind::Bytes | Kind::ByteArray) {
        frombytes(me, &crate::types::bytes::bytes_like(init).unwrap_or_default())?;
    } else if let Some(src) = init.native::<Array>() {
        if src.code == b'u' && code != b'u' {
            return Err(type_error(format!("cannot use a unicode array to initialize an array with typecode '{}'", code as char)));
        }
        extend_values(vm, me, &src.values())?;
    } else {
        extend_iter(vm, me, init)?;
    }
    Ok(a)
}

fn frombytes(a: &Array, b: &[u8]) -> PyResult<()> {
    if b.len() % a.size() != 0 {
        return Err(value_error("bytes length not a multiple of item size"));
    }
    a.resize()?.extend_from_slice(b);
    Ok(())
}

fn array_append(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("append", 1, 1)?;
    extend_values(vm, arr(&args)?, &pos[1..2])?;
    Ok(Value::none())
}

fn array_extend(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("extend", 1, 1)?;
    let a = arr(&args)?;
    if let Some(src) = pos[1].native::<Array>() {
        if src.code != a.code {
            return Err(type_error("can only extend with array of same kind"));
        }
        let b = src.data.borrow().clone();
        a.resize()?.extend_from_slice(&b);
        return Ok(Value::none());
    }
    extend_iter(vm, a, &pos[1])?;
    Ok(Value::none())
}

fn norm_insert(i: isize, n: usize) -> usize {
    if i < 0 {
        (i + n as isize).max(0) as usize
    } else {
        (i as usize).min(n)
    }
}

fn array_insert(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("insert", 2, 2)?;
    let a = arr(&args)?;
    let i = norm_insert(vm.to_isize(&pos[1])?, a.len());
    let b = encode(vm, a.code, &pos[2])?;
    let n = a.size();
    let mut d = a.resize()?;
    let at = i * n;
    d.splice(at..at, b[..n].iter().cloned());
    Ok(Value::none())
}

fn array_pop(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("pop", 0, 1)?;
    let a = arr(&args)?;
    let n = a.len();
    if n == 0 {
        return Err(index_error("pop from empty array"));
    }
    let i = match pos.get(1) {
        Some(v) => vm.to_isize(v)?,
        None => -1,
    };
    let j = if i < 0 { i + n as isize } else { i };
    if j < 0 || j >= n as isize {
        return Err(index_error("pop index out of range"));
    }
    let v = a.get(j as usize);
    let s = a.size();
    a.resize()?.drain(j as usize * s..j as usize * s + s);
    Ok(v)
}

fn find(vm: &mut Vm, a: &Array, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    for i in start..stop.min(a.len()) {
        let v = a.get(i);
        if vm.eq(&v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn array_remove(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("remove", 1, 1)?;
    let a = arr(&args)?;
    match find(vm, a, &pos[1], 0, usize::MAX)? {
        Some(i) => {
            let s = a.size();
            a.resize()?.drain(i * s..i * s + s);
            Ok(Value::none())
        }
        None => Err(value_error("array.remove(x): x not in array")),
    }
}

fn array_index(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("index", 1, 3)?;
    let a = arr(&args)?;
    let n = a.len() as isize;
    let idx = |vm: &mut Vm, v: Option<&Value>, d: isize| -> PyResult<usize> {
        let i = match v {
            Some(v) => vm.to_isize_clamped(v)?,
            None => d,
        };
        Ok(if i < 0 { (i + n).max(0) as usize } else { i.min(n) as usize })
    };
    let start = idx(vm, pos.get(2), 0)?;
    let stop = idx(vm, pos.get(3), n)?;
    match find(vm, a, &pos[1], start, stop)? {
        Some(i) => Ok(Value::int(i as i64)),
        None => Err(value_error("array.index(x): x not in array")),
    }
}

fn array_count(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("count", 1, 1)?;
    let a = arr(&args)?;
    let mut c = 0;
    for i in 0..a.len() {
        let v = a.get(i);
        if vm.eq(&v, &pos[1])? {
            c += 1;
        }
    }
    Ok(Value::int(c))
}

fn array_reverse(_vm: &mut Vm, args: Args) -> PyResult {
    let a = arr_noargs(&args, "reverse")?;
    let s = a.size();
    let mut d = a.data.borrow_mut();
    let items: Vec<Vec<u8>> = d.chunks(s).rev().map(|c| c.to_vec()).collect();
    *d = items.concat();
    Ok(Value::none())
}

fn array_byteswap(_vm: &mut Vm, args: Args) -> PyResult {
    let a = arr_noargs(&args, "byteswap")?;
    let s = a.size();
    a.data.borrow_mut().chunks_mut(s).for_each(|c| c.reverse());
    Ok(Value::none())
}

fn array_buffer_info(_vm: &mut Vm, args: Args) -> PyResult {
    let a = arr_noargs(&args, "buffer_info")?;
    Ok(Value::tuple(vec![Value::int(a.data.borrow().as_ptr() as i64), Value::int(a.len() as i64)]))
}

fn array_tobytes(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bytes(arr_noargs(&args, "tobytes")?.data.borrow().clone()))
}

fn array_frombytes(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("frombytes", 1, 1)?;
    let b = crate::types::bytes::bytes_like(&pos[1]).or_else(|| array_bytes(&pos[1])).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(&pos[1]))))?;
    frombytes(arr(&args)?, &b)?;
    Ok(Value::none())
}

fn array_tolist(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::list(arr_noargs(&args, "tolist")?.values()))
}

fn array_fromlist(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("fromlist", 1, 1)?;
    let Some(l) = pos[1].as_list() else { return Err(type_error("arg must be list")) };
    extend_values(vm, arr(&args)?, &l.snapshot())?;
    Ok(Value::none())
}

fn array_tounicode(_vm: &mut Vm, args: Args) -> PyResult {
    let a = arr_noargs(&args, "tounicode")?;
    if a.code != b'u' {
        return Err(value_error("tounicode() may only be called on unicode type arrays"));
    }
    let s: String = a.data.borrow().chunks(4).filter_map(|c| char::from_u32(u32::from_le_bytes([c[0], c[1], c[2], c[3]]))).collect();
    Ok(Value::string(s))
}

fn array_fromunicode(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("fromunicode", 1, 1)?;
    let a = arr(&args)?;
    if a.code != b'u' {
        return Err(value_error("fromunicode() may only be called on unicode type arrays"));
    }
    let Some(s) = pos[1].as_str() else {
        return Err(type_error(format!("fromunicode() argument must be str, not {}", type_name(&pos[1]))));
    };
    let items: Vec<Value> = s.chars().map(|c| Value::string(c.to_string())).collect();
    extend_values(vm, a, &items)?;
    Ok(Value::none())
}

fn array_tofile(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("tofile", 1, 1)?;
    let b = Value::bytes(arr(&args)?.data.borrow().clone());
    vm.call_method(&pos[1], "write", &[b])?;
    Ok(Value::none())
}

fn array_fromfile(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("fromfile", 2, 2)?;
    let a = arr(&args)?;
    let n = vm.to_isize(&pos[2])?;
    if n < 0 {
        return Err(value_error("negative count"));
    }
    let want = n as usize * a.size();
    let r = vm.call_method(&pos[1], "read", &[Value::int(want as i64)])?;
    let Some(b) = r.as_bytes().map(|b| b.to_vec()) else { return Err(type_error("read() didn't return bytes")) };
    let whole = b.len() / a.size() * a.size();
    frombytes(a, &b[..whole])?;
    if b.len() != want {
        return Err(crate::error::PyErr::new(crate::error::ExcType::EOFError, "read() didn't return enough bytes"));
    }
    Ok(Value::none())
}

fn array_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(arr(&args)?.len() as i64))
}

fn item_index(vm: &mut Vm, a: &Array, k: &Value) -> PyResult<Option<usize>> {
    let Some(i) = vm.index_opt(k)? else { return Ok(None) };
    let n = a.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("array index out of range"));
    }
    Ok(Some(j as usize))
}

fn slice_of(vm: &mut Vm, a: &Array, k: &Value) -> PyResult<(isize, isize, usize)> {
    let s = k.downcast::<crate::types::slice::SliceData>().ok_or_else(|| type_error("array indices must be integers"))?;
    let (start, _stop, step, n) = s.indices(vm, a.len())?;
    Ok((start, step, n))
}

fn array_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__getitem__", 1, 1)?;
    let a = arr(&args)?;
    if let Some(i) = item_index(vm, a, &pos[1])? {
        return Ok(a.get(i));
    }
    let (start, step, n) = slice_of(vm, a, &pos[1])?;
    let s = a.size();
    let d = a.data.borrow();
    let mut out = Vec::with_capacity(n * s);
    for k in 0..n {
        let i = (start + k as isize * step) as usize;
        out.extend_from_slice(&d[i * s..i * s + s]);
    }
    drop(d);
    Ok(new_array(&native_type("array.array"), a.code, out))
}

fn array_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__setitem__", 2, 2)?;
    let a = arr(&args)?;
    let s = a.size();
    if let Some(i) = item_index(vm, a, &pos[1])? {
        let b = encode(vm, a.code, &pos[2])?;
        a.data.borrow_mut()[i * s..i * s + s].copy_from_slice(&b[..s]);
        return Ok(Value::none());
    }
    let (start, step, n) = slice_of(vm, a, &pos[1])?;
    let Some(src) = pos[2].native::<Array>() else {
        return Err(type_error(format!("can only assign array (not \"{}\") to array slice", type_name(&pos[2]))));
    };
    if src.code != a.code {
        return Err(type_error("bad argument type for built-in operation"));
    }
    let new = src.data.borrow().clone();
    let mut d = if step == 1 && new.len() != n * s { a.resize()? } else { a.data.borrow_mut() };
    if step == 1 {
        let at = start.max(0) as usize * s;
        d.splice(at..at + n * s, new);
        return Ok(Value::none());
    }
    if new.len() / s != n {
        return Err(value_error(format!("attempt to assign array of size {} to extended slice of size {n}", new.len() / s)));
    }
    for k in 0..n {
        let i = (start + k as isize * step) as usize;
        d[i * s..i * s + s].copy_from_slice(&new[k * s..k * s + s]);
    }
    Ok(Value::none())
}

fn array_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__delitem__", 1, 1)?;
    let a = arr(&args)?;
    let s = a.size();
    if let Some(i) = item_index(vm, a, &pos[1])? {
        a.resize()?.drain(i * s..i * s + s);
        return Ok(Value::none());
    }
    let (start, step, n) = slice_of(vm, a, &pos[1])?;
    let mut drop_idx: Vec<usize> = (0..n).map(|k| (start + k as isize * step) as usize).collect();
    drop_idx.sort_unstable();
    let mut d = if n > 0 { a.resize()? } else { a.data.borrow_mut() };
    let old = std::mem::take(&mut *d);
    let mut di = drop_idx.into_iter().peekable();
    for (i, c) in old.chunks(s).enumerate() {
        if di.peek() == Some(&i) {
            di.next();
            continue;
        }
        d.extend_from_slice(c);
    }
    Ok(Value::none())
}

fn array_contains(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__contains__", 1, 1)?;
    Ok(Value::bool(find(vm, arr(&args)?, &pos[1], 0, usize::MAX)?.is_some()))
}

fn array_repr(vm: &mut Vm, args: Args) -> PyResult {
    let a = arr(&args)?;
    let name = short_type_name(args.self_());
    let c = a.code as char;
    if a.len() == 0 {
        return Ok(Value::string(format!("{name}('{c}')")));
    }
    let body = if a.code == b'u' {
        let s = array_tounicode(vm, args)?;
        vm.repr_string(&s)?
    } else {
        let l = Value::list(a.values());
        vm.repr_string(&l)?
    };
    Ok(Value::string(format!("{name}('{c}', {body})")))
}

fn array_add(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__add__", 1, 1)?;
    let a = arr(&args)?;
    let Some(b) = pos[1].native::<Array>() else {
        return Err(type_error(format!("can only append array (not \"{}\") to array", type_name(&pos[1]))));
    };
    if a.code != b.code {
        return Err(type_error("bad argument type for built-in operation"));
    }
    let mut d = a.data.borrow().clone();
    d.extend_from_slice(&b.data.borrow());
    Ok(new_array(&native_type("array.array"), a.code, d))
}

fn array_iadd(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__iadd__", 1, 1)?;
    let a = arr(&args)?;
    let Some(b) = pos[1].native::<Array>() else {
        return Err(type_error(format!("can only extend array with array (not \"{}\")", type_name(&pos[1]))));
    };
    if a.code != b.code {
        return Err(type_error("can only extend with array of same kind"));
    }
    let extra = b.data.borrow().clone();
    a.resize()?.extend_from_slice(&extra);
    Ok(pos[0].clone())
}

fn times(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    match vm.index_opt(v)? {
        Some(n) => Ok(n.max(0) as usize),
        None => Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(v)))),
    }
}

/// `data` repeated `n` times; MemoryError (as CPython) when that many bytes cannot exist or
/// cannot be allocated, instead of Rust's abort.
fn repeated(data: &[u8], n: usize) -> PyResult<Vec<u8>> {
    let memory_error = || crate::error::PyErr::with_args(crate::error::ExcType::MemoryError, vec![]);
    let total = data.len().checked_mul(n).filter(|&t| t <= isize::MAX as usize).ok_or_else(memory_error)?;
    let mut out = Vec::new();
    out.try_reserve_exact(total).map_err(|_| memory_error())?;
    for _ in 0..if data.is_empty() { 0 } else { n } {
        out.extend_from_slice(data);
    }
    Ok(out)
}

fn array_mul(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__mul__", 1, 1)?;
    let a = arr(&args)?;
    let n = times(vm, &pos[1])?;
    let d = repeated(&a.data.borrow(), n)?;
    Ok(new_array(&native_type("array.array"), a.code, d))
}

fn array_imul(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__imul__", 1, 1)?;
    let a = arr(&args)?;
    let n = times(vm, &pos[1])?;
    let d = repeated(&a.data.borrow(), n)?;
    *a.resize()? = d;
    Ok(pos[0].clone())
}

fn compare(vm: &mut Vm, args: &Args, op: CompareOp) -> PyResult {
    let pos = args.check_method(op.dunder(), 1, 1)?;
    let a = arr(args)?;
    let Some(b) = pos[1].native::<Array>() else { return Ok(Value::not_implemented()) };
    let (x, y) = (a.values(), b.values());
    Ok(Value::bool(crate::types::seq::compare(vm, &x, &y, op)?))
}

fn array_eq(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, &args, CompareOp::Eq)
}
fn array_ne(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, &args, CompareOp::Ne)
}
fn array_lt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, &args, CompareOp::Lt)
}
fn array_le(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, &args, CompareOp::Le)
}
fn array_gt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, &args, CompareOp::Gt)
}
fn array_ge(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, &args, CompareOp::Ge)
}

fn array_copy(_vm: &mut Vm, args: Args) -> PyResult {
    let a = arr(&args)?;
    let d = a.data.borrow().clone();
    Ok(new_array(&native_type("array.array"), a.code, d))
}

/// CPython's machine format code of a typecode on a little-endian LP64 host.
fn mformat(code: u8) -> i64 {
    match code {
        b'B' => 0,
        b'b' => 1,
        b'H' => 2,
        b'h' => 4,
        b'I' => 6,
        b'i' => 8,
        b'L' | b'Q' => 10,
        b'l' | b'q' => 12,
        b'f' => 14,
        b'd' => 16,
        _ => 20, // 'u': UTF-32-LE
    }
}

fn array_reduce_ex(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__reduce_ex__", 1, 1)?;
    let a = arr(&args)?;
    let me = &pos[0];
    let proto = vm.to_isize(&pos[1])?;
    let dict = vm.instance_dict(me).filter(|d| d.downcast::<DictData>().map(|d| !d.is_empty()).unwrap_or(false)).unwrap_or_else(Value::none);
    let code = Value::string((a.code as char).to_string());
    if proto < 3 {
        let l = Value::list(a.values());
        return Ok(Value::tuple(vec![me.class(), Value::tuple(vec![code, l]), dict]));
    }
    let m = vm.import_module("array")?;
    let recon = vm.getattr(&m, &Value::intern("_array_reconstructor"))?;
    let bytes = Value::bytes(a.data.borrow().clone());
    Ok(Value::tuple(vec![recon, Value::tuple(vec![me.class(), code, Value::int(mformat(a.code)), bytes]), dict]))
}

fn array_reconstructor(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("_array_reconstructor", 4, 4)?;
    let arr_t = native_type("array.array");
    if pos[0].kind() != Kind::Type || !is_subtype_ptr(pos[0].as_ptr(), arr_t.as_ptr()) {
        return Err(type_error("first argument must be a type object, not a subtype of array.array"));
    }
    let code = pos[1].as_str().and_then(|s| s.bytes().next()).filter(|c| TYPECODES.as_bytes().contains(c)).ok_or_else(|| value_error("second argument must be a valid type code"))?;
    if pos[2].as_i64() != Some(mformat(code)) {
        return Err(value_error("third argument must be a valid machine format code."));
    }
    let b = pos[3].as_bytes().map(|b| b.to_vec()).ok_or_else(|| type_error("fourth argument should be bytes"))?;
    Ok(new_array(&pos[0], code, b))
}

// ---- iterator ---------------------------------------------------------------------------------

struct ArrayIter {
    /// None once exhausted: the iterator lets go of its array then, as CPython's.
    array: RefCell<Option<Value>>,
    index: Cell<usize>,
}

impl NativeObject for ArrayIter {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(a) = self.array.try_borrow() {
            a.iter().for_each(visit);
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn array_iter(_vm: &mut Vm, args: Args) -> PyResult {
    arr(&args)?;
    let it = ArrayIter { array: RefCell::new(Some(args.self_().clone())), index: Cell::new(0) };
    Ok(alloc_native(&native_type("array.arrayiterator"), it))
}

fn iter_next(_vm: &mut Vm, args: Args) -> PyResult {
    let it = this::<ArrayIter>(&args, "array.arrayiterator")?;
    let array = it.array.borrow().clone();
    let i = it.index.get();
    match array.as_ref().and_then(|v| v.native::<Array>()) {
        Some(a) if i < a.len() => {
            it.index.set(i + 1);
            Ok(a.get(i))
        }
        _ => {
            // Dropped after the borrow ends: a subclass's __del__ may call next() again.
            let old = it.array.borrow_mut().take();
            drop(old);
            Err(crate::error::stop_iteration())
        }
    }
}

/// `(iter, (array,), index)`, or `iter(())` once exhausted: what pickle saves.
fn iter_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let it = this::<ArrayIter>(&args, "array.arrayiterator")?;
    let f = vm.builtin("iter")?;
    Ok(match it.array.borrow().clone() {
        Some(a) => Value::tuple(vec![f, Value::tuple(vec![a]), Value::int(it.index.get() as i64)]),
        None => Value::tuple(vec![f, Value::tuple(vec![Value::tuple(vec![])])]),
    })
}

fn iter_setstate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__setstate__", 1, 1)?;
    let it = this::<ArrayIter>(&args, "array.arrayiterator")?;
    let index = vm.index(&pos[1])?.as_i64().ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))?;
    let len = it.array.borrow().as_ref().and_then(|v| v.native::<Array>()).map_or(0, |a| a.len());
    it.index.set((index.max(0) as usize).min(len));
    Ok(Value::none())
}
