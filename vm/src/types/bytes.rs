//! `bytes` and `bytearray` (memoryview is in memoryview.rs), and the codec entry points used by
//! `str.encode` / `bytes.decode` / `str(b, encoding)`.
//!
//! bytes and bytearray share one method table (`BYTES_COMMON_METHODS`) over
//! `crate::strings::bytes`; a method's result is a bytearray when `self` is one. Arguments
//! are converted with the binder of `str.rs` and CPython 3.11's messages.
//!
//! Borrowing rule: a bytearray's contents are borrowed (`buffer`) only after every argument
//! conversion that can run Python code, and never across a mutation of that bytearray.

use crate::error::{index_error, type_error, value_error, ExcType, PyErr, PyResult};
use crate::object::{alloc_obj, Kind, Trace};
use crate::runtime::{rt, BT};
use crate::strings::{self, bytes as sb, codecs};
use crate::types::builtin::{classmethod, method, staticmethod, Args, MethodDef};
use crate::types::slice::SliceData;
use crate::types::str::{
    bind, bind_static, clinic_str, clinic_type, defer_to_reflected, int_arg, join_items, name_arg, new_cls, repeat_count, req, slice_index, ssize_arg,
    str_err, Conv, Search,
};
use crate::types::typeobj::{alloc_instance, lookup_str, type_name};
use crate::value::Value;
use crate::vm::Vm;
use pygmy_bytecode::CompareOp;
use std::borrow::Cow;
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

    /// The contents, for a change that leaves them `new_len` bytes long: BufferError while a
    /// memoryview exports them and the length would change.
    #[allow(clippy::mut_from_ref)]
    fn resize(&self, new_len: usize) -> PyResult<&mut Vec<u8>> {
        if self.exports.get() > 0 && new_len != self.get().len() {
            return Err(PyErr::new(ExcType::BufferError, "Existing exports of data: object cannot be re-sized"));
        }
        Ok(self.get_mut())
    }
}

impl Value {
    pub fn bytes(b: Vec<u8>) -> Value {
        alloc_obj(&rt().ty_borrowed(BT::Bytes), BytesData { data: b.into_boxed_slice(), hash: Cell::new(-1) }, 0)
    }

    pub fn bytearray(b: Vec<u8>) -> Value {
        alloc_obj(&rt().ty_borrowed(BT::ByteArray), ByteArrayData::new(b), 0)
    }

    #[inline]
    pub fn as_bytes(&self) -> Option<&[u8]> {
        self.downcast::<BytesData>().map(|b| &*b.data)
    }
}

/// The contents of a bytes-like object (bytes, bytearray, memoryview): borrowed, except for
/// strided memoryviews. See the borrowing rule in the module docs.
pub fn buffer(v: &Value) -> Option<Cow<'_, [u8]>> {
    match v.kind() {
        Kind::Bytes => v.as_bytes().map(Cow::Borrowed),
        Kind::ByteArray => v.downcast::<ByteArrayData>().map(|b| Cow::Borrowed(b.get().as_slice())),
        Kind::MemoryView => v.downcast::<crate::types::memoryview::MemoryViewData>().filter(|m| !m.released.get()).map(|m| m.bytes()),
        _ => v.native_object().and_then(|n| n.buffer()).map(|(b, _, _)| Cow::Borrowed(b)),
    }
}

/// The bytes of any bytes-like object, copied.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    buffer(v).map(Cow::into_owned)
}

/// A bytes-like argument, or TypeError "a bytes-like object is required, not 'T'".
pub(crate) fn buf_arg(v: &Value) -> PyResult<Cow<'_, [u8]>> {
    buffer(v).ok_or_else(|| need_bytes_like(v))
}

pub(crate) fn need_bytes_like(v: &Value) -> PyErr {
    type_error(format!("a bytes-like object is required, not '{}'", type_name(v)))
}

/// An optional bytes-like argument where None means "not given".
fn opt_buf(v: Option<&Value>) -> PyResult<Option<Cow<'_, [u8]>>> {
    match v {
        Some(v) if !v.is_none() => buf_arg(v).map(Some),
        _ => Ok(None),
    }
}

/// An int argument that must be a byte: `Ok(None)` if `v` has no `__index__`, ValueError
/// `range_msg` outside range(256) (huge ints too, as `PyNumber_AsSsize_t(v, NULL)` saturates).
fn int_byte(vm: &mut Vm, v: &Value, range_msg: &'static str) -> PyResult<Option<u8>> {
    let i = match vm.index_opt(v) {
        Ok(None) => return Ok(None),
        Ok(Some(i)) => i,
        Err(e) if e.matches(ExcType::IndexError) => -1,
        Err(e) => return Err(e),
    };
    u8::try_from(i).map(Some).map_err(|_| value_error(range_msg))
}

const BYTE_RANGE: &str = "byte must be in range(0, 256)";

/// A byte value (`append`, `b[i] = x`): TypeError for non-ints, ValueError outside range(256).
fn byte_arg(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    int_byte(vm, v, BYTE_RANGE)?.ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))))
}

/// The ints of an iterable as bytes; `target` names the type in "cannot convert 'T' object
/// to bytes", `range_msg` is the out-of-range message (bytes and bytearray differ).
fn from_iterable(vm: &mut Vm, x: &Value, target: &str, range_msg: &'static str) -> PyResult<Vec<u8>> {
    let items = match (x.as_list(), x.as_tuple()) {
        (Some(l), _) => l.snapshot(),
        (_, Some(t)) => t.to_vec(),
        _ => {
            let it = vm.iter(x).map_err(|e| {
                if e.matches(ExcType::TypeError) {
                    type_error(format!("cannot convert '{}' object to {target}", type_name(x)))
                } else {
                    e
                }
            })?;
            let mut out = Vec::new();
            while let Some(v) = vm.next(&it)? {
                out.push(item_byte(vm, &v, range_msg)?);
            }
            return Ok(out);
        }
    };
    items.iter().map(|v| item_byte(vm, v, range_msg)).collect()
}

fn item_byte(vm: &mut Vm, v: &Value, range_msg: &'static str) -> PyResult<u8> {
    int_byte(vm, v, range_msg)?.ok_or_else(|| type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v))))
}

/// A count argument of `bytes(n)`/`bytearray(n)`: None when `x` has no `__index__`.
fn size_arg(vm: &mut Vm, x: &Value) -> PyResult<Option<usize>> {
    match crate::types::str::repeat_count(vm, x)? {
        Some(n) if n < 0 => Err(value_error("negative count")),
        Some(n) => Ok(Some(n as usize)),
        None => Ok(None),
    }
}

// ---- codecs -------------------------------------------------------------------------------------

fn codec_err(e: codecs::CodecError, object: impl FnOnce() -> Value) -> PyErr {
    let (t, enc, start, end, reason) = match e {
        codecs::CodecError::Decode(d) => (ExcType::UnicodeDecodeError, d.encoding, d.start, d.end, d.reason),
        codecs::CodecError::Encode(d) => (ExcType::UnicodeEncodeError, d.encoding, d.start, d.end, d.reason),
        codecs::CodecError::Unsupported(e) => return str_err(e),
    };
    PyErr::with_args(t, vec![Value::str(enc), object(), Value::int(start as i64), Value::int(end as i64), Value::str(reason)])
}

/// `s.encode(encoding, errors)` for a str value `s` (the UnicodeEncodeError's `object`).
pub fn encode_value(vm: &mut Vm, s: &Value, encoding: &str, errors: &str) -> PyResult {
    let Some(codec) = codecs::Codec::lookup(encoding) else {
        return registry_transcode(vm, s.clone(), encoding, errors, true);
    };
    let text = s.as_str().unwrap_or("");
    if codecs::ErrorHandler::from_name(errors).is_err() {
        if let Some(h) = crate::modules::codecs::custom_error_handler(errors) {
            return encode_with_handler(vm, s, text, codec, &h);
        }
    }
    if errors == "namereplace" && !text.is_ascii() {
        crate::modules::unicodedata::database_indirect(vm)?;
    }
    let out = codecs::encode(text, codec, errors).map_err(|e| codec_err(e, || s.clone()))?;
    Ok(Value::bytes(out.into_owned()))
}

/// `s.encode(encoding, errors)` for Rust text.
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult {
    encode_value(vm, &Value::str(s), encoding, errors)
}

/// `b.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult {
    let Some(codec) = codecs::Codec::lookup(encoding) else {
        return registry_transcode(vm, Value::bytes(b.to_vec()), encoding, errors, false);
    };
    if codecs::ErrorHandler::from_name(errors).is_err() {
        if let Some(h) = crate::modules::codecs::custom_error_handler(errors) {
            return decode_with_handler(vm, b, codec, &h);
        }
    }
    match codecs::decode(b, codec, errors) {
        Ok(Cow::Borrowed(s)) => Ok(Value::str(s)),
        Ok(Cow::Owned(s)) => Ok(Value::string(s)),
        Err(e) => Err(codec_err(e, || Value::bytes(b.to_vec()))),
    }
}

/// A codec pygmy has no native code for: the `_codecs` registry (the encodings package) finds
/// it, and it must be a text encoding returning bytes (encode) or str (decode).
fn registry_transcode(vm: &mut Vm, obj: Value, encoding: &str, errors: &str, encoding_dir: bool) -> PyResult {
    let ci = crate::modules::codecs::lookup(vm, encoding)?;
    let (what, helper) = if encoding_dir { ("encoder", "codecs.encode()") } else { ("decoder", "codecs.decode()") };
    if let Ok(t) = vm.getattr(&ci, &Value::intern("_is_text_encoding")) {
        if !vm.truthy(&t)? {
            return Err(PyErr::new(ExcType::LookupError, format!("'{encoding}' is not a text encoding; use {helper} to handle arbitrary codecs")));
        }
    }
    let f = ci.as_tuple().map(|t| t[if encoding_dir { 0 } else { 1 }].clone()).unwrap_or_else(Value::none);
    let r = vm.call(&f, &[obj, Value::str(errors)])?;
    let v = match r.as_tuple() {
        Some(t) if t.len() == 2 => t[0].clone(),
        _ => return Err(type_error(format!("{what} must return a tuple (object, integer)"))),
    };
    let ok = if encoding_dir { v.as_bytes().is_some() } else { v.as_str().is_some() };
    if !ok {
        let (want, to) = if encoding_dir { ("bytes", "encode to") } else { ("str", "decode to") };
        return Err(type_error(format!(
            "'{encoding}' {what} returned '{}' instead of '{want}'; use {helper} to {to} arbitrary types",
            type_name(&v)
        )));
    }
    Ok(v)
}

/// Calls a registered error handler with `exc`; returns (replacement, resume position).
fn call_handler(vm: &mut Vm, h: &Value, exc: &Value, len: usize) -> PyResult<(Value, usize)> {
    let r = vm.call(h, std::slice::from_ref(exc))?;
    let bad = || type_error("encoding error handler must return (str/bytes, int) tuple");
    let t = r.as_tuple().filter(|t| t.len() == 2).ok_or_else(bad)?;
    let pos = vm.to_isize(&t[1])?;
    let pos = if pos < 0 { len as isize + pos } else { pos };
    if pos < 0 || pos as usize > len {
        return Err(index_error(format!("position {pos} from error handler out of bounds")));
    }
    Ok((t[0].clone(), pos as usize))
}

/// Encoding with a handler registered by `codecs.register_error`.
fn encode_with_handler(vm: &mut Vm, s: &Value, text: &str, codec: codecs::Codec, h: &Value) -> PyResult {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map(|c| c.0).unwrap_or(text.len());
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < chars.len() {
        let rest = &text[byte_at(pos)..];
        match codecs::encode(rest, codec, "strict") {
            Ok(b) => {
                out.extend_from_slice(&b);
                break;
            }
            Err(codecs::CodecError::Encode(e)) => {
                let (start, end) = (pos + e.start, pos + e.end);
                let prefix = &text[byte_at(pos)..byte_at(start)];
                out.extend_from_slice(&codecs::encode(prefix, codec, "strict").map_err(|e| codec_err(e, || s.clone()))?);
                let args = vec![Value::str(e.encoding), s.clone(), Value::int(start as i64), Value::int(end as i64), Value::str(e.reason)];
                let exc = PyErr::with_args(ExcType::UnicodeEncodeError, args.clone()).0;
                let (rep, next) = call_handler(vm, h, &exc, chars.len())?;
                if let Some(b) = rep.as_bytes() {
                    out.extend_from_slice(b);
                } else if let Some(r) = rep.as_str() {
                    match codecs::encode(r, codec, "strict") {
                        Ok(b) => out.extend_from_slice(&b),
                        Err(_) => return Err(PyErr::with_args(ExcType::UnicodeEncodeError, args)),
                    }
                } else {
                    return Err(type_error("encoding error handler must return (str/bytes, int) tuple"));
                }
                pos = next;
            }
            Err(e) => return Err(codec_err(e, || s.clone())),
        }
    }
    Ok(Value::bytes(out))
}

/// Decoding with a handler registered by `codecs.register_error`.
fn decode_with_handler(vm: &mut Vm, b: &[u8], codec: codecs::Codec, h: &Value) -> PyResult {
    let mut out = String::new();
    let mut pos = 0;
    let obj = Value::bytes(b.to_vec());
    while pos < b.len() {
        match codecs::decode(&b[pos..], codec, "strict") {
            Ok(s) => {
                out.push_str(&s);
                break;
            }
            Err(codecs::CodecError::Decode(e)) => {
                let (start, end) = (pos + e.start, pos + e.end);
                out.push_str(&codecs::decode(&b[pos..start], codec, "strict").map_err(|e| codec_err(e, || obj.clone()))?);
                let args = vec![Value::str(e.encoding), obj.clone(), Value::int(start as i64), Value::int(end as i64), Value::str(e.reason)];
                let exc = PyErr::with_args(ExcType::UnicodeDecodeError, args).0;
                let (rep, next) = call_handler(vm, h, &exc, b.len())?;
                let r = rep.as_str().ok_or_else(|| type_error("decoding error handler must return (str, int) tuple"))?;
                out.push_str(r);
                pos = next;
            }
            Err(e) => return Err(codec_err(e, || obj.clone())),
        }
    }
    Ok(Value::string(out))
}

/// `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    strings::repr::bytes_repr(b)
}

// ---- self and results ---------------------------------------------------------------------------

/// The contents of `self` (bytes or bytearray).
fn data<'a>(args: &Args<'a>) -> PyResult<&'a [u8]> {
    let me = req(args.all.first())?;
    match me.kind() {
        Kind::Bytes => me.as_bytes().ok_or_else(|| type_error("expected bytes")),
        _ => me.downcast::<ByteArrayData>().map(|b| b.get().as_slice()).ok_or_else(|| type_error("expected bytes or bytearray")),
    }
}

fn is_exact_bytes(v: &Value) -> bool {
    v.class_ptr() == rt().ty_ptr(BT::Bytes)
}

/// A result of the same family as `me`: a new bytearray for a bytearray, else bytes.
fn vec_result(me: &Value, r: Vec<u8>) -> Value {
    if me.kind() == Kind::ByteArray {
        Value::bytearray(r)
    } else {
        Value::bytes(r)
    }
}

/// Like [`vec_result`] for a slice of `me`'s data: `me` itself when it is exact bytes and
/// the slice is all of it.
fn sub_result(me: &Value, d: &[u8], r: &[u8]) -> Value {
    if r.len() == d.len() && r.as_ptr() == d.as_ptr() && is_exact_bytes(me) {
        return me.clone();
    }
    vec_result(me, r.to_vec())
}

fn cow_result(me: &Value, d: &[u8], r: Cow<[u8]>) -> Value {
    match r {
        Cow::Borrowed(s) => sub_result(me, d, s),
        Cow::Owned(v) => vec_result(me, v),
    }
}

// ---- method tables ------------------------------------------------------------------------------

pub const BYTES_METHODS: &[MethodDef] = &[
    staticmethod("__new__", bytes_new),
    method("__getnewargs__", bytes_getnewargs),
    method("__bytes__", bytes_bytes),
    method("__hash__", bytes_hash),
];

pub const BYTEARRAY_METHODS: &[MethodDef] = &[
    staticmethod("__new__", bytearray_new),
    method("__init__", bytearray_init),
    method("__setitem__", bytearray_setitem),
    method("__delitem__", bytearray_delitem),
    method("__iadd__", bytearray_iadd),
    method("__imul__", bytearray_imul),
    method("__alloc__", bytearray_alloc),
    method("__reduce__", bytearray_reduce),
    method("__reduce_ex__", bytearray_reduce_ex),
    method("__sizeof__", bytearray_sizeof),
    method("__hash__", bytearray_hash),
    method("append", bytearray_append),
    method("extend", bytearray_extend),
    method("pop", bytearray_pop),
    method("insert", bytearray_insert),
    method("remove", bytearray_remove),
    method("clear", bytearray_clear),
    method("reverse", bytearray_reverse),
    method("copy", bytearray_copy),
];

/// Methods shared by bytes and bytearray.
pub const BYTES_COMMON_METHODS: &[MethodDef] = &[
    method("__len__", b_len),
    method("__getitem__", b_getitem),
    method("__iter__", crate::types::iter::bytes_iter),
    method("__contains__", b_contains),
    method("__repr__", b_repr),
    method("__str__", b_str),
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
    method("__rmod__", b_rmod),
    method("capitalize", b_capitalize),
    method("center", b_center),
    method("count", b_count),
    method("decode", b_decode),
    method("endswith", b_endswith),
    method("expandtabs", b_expandtabs),
    method("find", b_find),
    classmethod("fromhex", b_fromhex),
    method("hex", b_hex),
    method("index", b_index),
    method("isalnum", b_isalnum),
    method("isalpha", b_isalpha),
    method("isascii", b_isascii),
    method("isdigit", b_isdigit),
    method("islower", b_islower),
    method("isspace", b_isspace),
    method("istitle", b_istitle),
    method("isupper", b_isupper),
    method("join", b_join),
    method("ljust", b_ljust),
    method("lower", b_lower),
    method("lstrip", b_lstrip),
    staticmethod("maketrans", b_maketrans),
    method("partition", b_partition),
    method("removeprefix", b_removeprefix),
    method("removesuffix", b_removesuffix),
    method("replace", b_replace),
    method("rfind", b_rfind),
    method("rindex", b_rindex),
    method("rjust", b_rjust),
    method("rpartition", b_rpartition),
    method("rsplit", b_rsplit),
    method("rstrip", b_rstrip),
    method("split", b_split),
    method("splitlines", b_splitlines),
    method("startswith", b_startswith),
    method("strip", b_strip),
    method("swapcase", b_swapcase),
    method("title", b_title),
    method("translate", b_translate),
    method("upper", b_upper),
    method("zfill", b_zfill),
];

/// A METH_NOARGS method computing `f(self, data)`.
#[inline(never)]
fn noargs(args: &Args, name: &str, f: &dyn Fn(&Value, &[u8]) -> Value) -> PyResult {
    bind::<0>(args, name, Conv::NoArgs, 0)?;
    Ok(f(args.self_(), data(args)?))
}

macro_rules! noargs {
    ($($name:ident => $py:literal, $f:path, $res:ident;)*) => {$(
        fn $name(_vm: &mut Vm, args: Args) -> PyResult {
            noargs(&args, $py, &|me, d| noargs!(@ $res, me, d, $f))
        }
    )*};
    (@ pred, $me:ident, $d:ident, $f:path) => {{ let _ = $me; Value::bool($f($d)) }};
    (@ map, $me:ident, $d:ident, $f:path) => { vec_result($me, $f($d)) };
}

noargs! {
    b_isalnum => "isalnum", sb::isalnum, pred;
    b_isalpha => "isalpha", sb::isalpha, pred;
    b_isascii => "isascii", sb::isascii, pred;
    b_isdigit => "isdigit", sb::isdigit, pred;
    b_islower => "islower", sb::islower, pred;
    b_isspace => "isspace", sb::isspace, pred;
    b_istitle => "istitle", sb::istitle, pred;
    b_isupper => "isupper", sb::isupper, pred;
    b_lower => "lower", sb::lower, map;
    b_upper => "upper", sb::upper, map;
    b_swapcase => "swapcase", sb::swapcase, map;
    b_capitalize => "capitalize", sb::capitalize, map;
    b_title => "title", sb::title, map;
}

// ---- construction -------------------------------------------------------------------------------

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = new_cls(&args, BT::Bytes)?;
    let [x, encoding, errors] = bind::<3>(&args, "bytes", Conv::Kw(&["source", "encoding", "errors"], 0), 0)?;
    let enc = encoding.map(|_| name_arg(encoding, "bytes", "encoding", "")).transpose()?;
    let errs = errors.map(|_| name_arg(errors, "bytes", "errors", "")).transpose()?;
    let data: Vec<u8> = match x {
        None if enc.is_some() => return Err(type_error("encoding without a string argument")),
        None if errs.is_some() => return Err(type_error("errors without a string argument")),
        None => Vec::new(),
        Some(x) if enc.is_some() => {
            if x.kind() != Kind::Str {
                return Err(type_error("encoding without a string argument"));
            }
            let v = encode_value(vm, x, enc.unwrap_or("utf-8"), errs.unwrap_or("strict"))?;
            if cls.as_ptr() == rt().ty_ptr(BT::Bytes) {
                return Ok(v);
            }
            v.as_bytes().unwrap_or_default().to_vec()
        }
        Some(x) if errs.is_some() => {
            return Err(type_error(if x.kind() == Kind::Str { "string argument without an encoding" } else { "errors without a string argument" }))
        }
        Some(x) => {
            if let Some(f) = lookup_str(&x.class(), "__bytes__") {
                let r = vm.call(&f, std::slice::from_ref(x))?;
                let Some(b) = r.as_bytes() else {
                    return Err(type_error(format!("__bytes__ returned non-bytes (type {})", type_name(&r))));
                };
                if cls.as_ptr() == rt().ty_ptr(BT::Bytes) {
                    return Ok(r);
                }
                b.to_vec()
            } else if x.kind() == Kind::Str {
                return Err(type_error("string argument without an encoding"));
            } else if let Some(n) = size_arg(vm, x)? {
                vec![0u8; n]
            } else if let Some(b) = buffer(x) {
                if is_exact_bytes(x) && cls.as_ptr() == rt().ty_ptr(BT::Bytes) {
                    return Ok(x.clone());
                }
                b.into_owned()
            } else {
                from_iterable(vm, x, "bytes", "bytes must be in range(0, 256)")?
            }
        }
    };
    if cls.as_ptr() == rt().ty_ptr(BT::Bytes) {
        return Ok(Value::bytes(data));
    }
    Ok(alloc_instance(cls, BytesData { data: data.into_boxed_slice(), hash: Cell::new(-1) }))
}

fn bytes_getnewargs(_vm: &mut Vm, args: Args) -> PyResult {
    bind::<0>(&args, "__getnewargs__", Conv::NoArgs, 0)?;
    Ok(Value::tuple(vec![Value::bytes(data(&args)?.to_vec())]))
}

fn bytes_bytes(_vm: &mut Vm, args: Args) -> PyResult {
    bind::<0>(&args, "__bytes__", Conv::NoArgs, 0)?;
    let me = args.self_();
    if is_exact_bytes(me) {
        return Ok(me.clone());
    }
    Ok(Value::bytes(data(&args)?.to_vec()))
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
    Ok(alloc_instance(new_cls(&args, BT::ByteArray)?, ByteArrayData::default()))
}

fn ba<'a>(args: &Args<'a>) -> PyResult<&'a ByteArrayData> {
    args.all.first().and_then(|v| v.downcast::<ByteArrayData>()).ok_or_else(|| type_error("expected a bytearray"))
}

fn bytearray_init(vm: &mut Vm, args: Args) -> PyResult {
    let [x, encoding, errors] = bind::<3>(&args, "bytearray", Conv::Kw(&["source", "encoding", "errors"], 0), 0)?;
    let enc = encoding.map(|_| name_arg(encoding, "bytearray", "encoding", "")).transpose()?;
    let errs = errors.map(|_| name_arg(errors, "bytearray", "errors", "")).transpose()?;
    let b = ba(&args)?;
    b.resize(0)?.clear();
    let new = match x {
        None if enc.is_some() => return Err(type_error("encoding without a string argument")),
        None if errs.is_some() => return Err(type_error("errors without a string argument")),
        None => return Ok(Value::none()),
        Some(x) if x.kind() == Kind::Str => {
            let Some(enc) = enc else { return Err(type_error("string argument without an encoding")) };
            let v = encode_value(vm, x, enc, errs.unwrap_or("strict"))?;
            v.as_bytes().unwrap_or_default().to_vec()
        }
        Some(_) if enc.is_some() => return Err(type_error("encoding without a string argument")),
        Some(_) if errs.is_some() => return Err(type_error("errors without a string argument")),
        Some(x) => match size_arg(vm, x)? {
            Some(n) => vec![0u8; n],
            None => match buffer(x) {
                Some(buf) => buf.into_owned(),
                None => from_iterable(vm, x, "bytearray", BYTE_RANGE)?,
            },
        },
    };
    let n = new.len();
    *b.resize(n)? = new;
    Ok(Value::none())
}

// ---- bytearray mutation -------------------------------------------------------------------------

/// The bytes a slice assignment stores, copied (the source may alias `me`).
fn assign_source(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer(v) {
        return Ok(b.into_owned());
    }
    let numeric = matches!(v.kind(), Kind::Int | Kind::Bool | Kind::Float | Kind::Complex)
        || ["__index__", "__int__", "__float__"].iter().any(|m| lookup_str(&v.class(), m).is_some());
    if numeric || v.kind() == Kind::Str {
        return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
    }
    if v.is_none() {
        return Err(type_error("cannot convert 'NoneType' object to bytearray"));
    }
    from_iterable(vm, v, "bytearray", BYTE_RANGE)
}

/// A normalized index into a bytearray of length `n`, or IndexError.
fn ba_index(vm: &mut Vm, key: &Value, n: usize) -> PyResult<Option<usize>> {
    let Some(i) = vm.index_opt(key)? else { return Ok(None) };
    let j = if i < 0 { i + n as isize } else { i };
    if j < 0 || j >= n as isize {
        return Err(index_error("bytearray index out of range"));
    }
    Ok(Some(j as usize))
}

fn bad_ba_key(key: &Value) -> PyErr {
    type_error(format!("bytearray indices must be integers or slices, not {}", type_name(key)))
}

fn bytearray_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let [key, value] = bind::<2>(&args, "__setitem__", Conv::Slot, 2)?;
    let (key, value) = (req(key)?, req(value)?);
    let b = ba(&args)?;
    if let Some(sl) = key.downcast::<SliceData>() {
        sl.indices(vm, b.get().len())?;
        let new = assign_source(vm, value)?;
        return set_slice(vm, b, sl, Some(new));
    }
    if vm.index_opt(key)?.is_none() {
        return Err(bad_ba_key(key));
    }
    let v = byte_arg(vm, value)?;
    let i = ba_index(vm, key, b.get().len())?.ok_or_else(|| bad_ba_key(key))?;
    b.get_mut()[i] = v;
    Ok(Value::none())
}

fn bytearray_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let key = req(bind::<1>(&args, "__delitem__", Conv::Slot, 1)?[0])?;
    let b = ba(&args)?;
    if let Some(sl) = key.downcast::<SliceData>() {
        return set_slice(vm, b, sl, None);
    }
    let i = ba_index(vm, key, b.get().len())?.ok_or_else(|| bad_ba_key(key))?;
    let n = b.get().len();
    b.resize(n - 1)?.remove(i);
    Ok(Value::none())
}

/// `b[sl] = new` (`None`: `del b[sl]`), CPython's rules: a simple slice may change size, an
/// extended one must match it, and assigning empty data to an extended slice deletes it.
fn set_slice(vm: &mut Vm, b: &ByteArrayData, sl: &SliceData, new: Option<Vec<u8>>) -> PyResult {
    let (start, stop, step, n) = sl.indices(vm, b.get().len())?;
    let new = new.unwrap_or_default();
    let len = b.get().len();
    if step == 1 {
        let (start, stop) = (start as usize, stop.max(start) as usize);
        b.resize(len - (stop - start) + new.len())?.splice(start..stop, new);
    } else if new.is_empty() {
        if n > 0 {
            let v = b.resize(len - n)?;
            let mut k = 0;
            let mut idx = (0..n).map(|i| (start + i as isize * step) as usize).collect::<Vec<_>>();
            idx.sort_unstable();
            v.retain(|_| {
                let drop = idx.binary_search(&k).is_ok();
                k += 1;
                !drop
            });
        }
    } else if new.len() != n {
        return Err(value_error(format!("attempt to assign bytes of size {} to extended slice of size {n}", new.len())));
    } else {
        let v = b.get_mut();
        for (i, x) in new.into_iter().enumerate() {
            v[(start + i as isize * step) as usize] = x;
        }
    }
    Ok(Value::none())
}

fn bytearray_iadd(_vm: &mut Vm, args: Args) -> PyResult {
    let other = req(bind::<1>(&args, "__iadd__", Conv::Slot, 1)?[0])?;
    let me = args.self_();
    let extra = buffer(other)
        .map(Cow::into_owned)
        .ok_or_else(|| type_error(format!("can't concat {} to {}", type_name(other), type_name(me))))?;
    let b = ba(&args)?;
    let n = b.get().len();
    if other.is(me) && n > 0 {
        // CPython holds a buffer export of `other` (itself) while it resizes.
        b.exports.set(b.exports.get() + 1);
        let r = b.resize(n * 2).map(|_| ());
        b.exports.set(b.exports.get() - 1);
        r?;
    }
    b.resize(n + extra.len())?.extend_from_slice(&extra);
    Ok(me.clone())
}

fn bytearray_imul(vm: &mut Vm, args: Args) -> PyResult {
    let n = req(bind::<1>(&args, "__imul__", Conv::Slot, 1)?[0])?;
    let Some(n) = repeat_count(vm, n)? else { return Ok(Value::not_implemented()) };
    let b = ba(&args)?;
    let new = sb::repeat(b.get(), n).map_err(str_err)?;
    let len = new.len();
    *b.resize(len)? = new;
    Ok(args.self_().clone())
}

fn bytearray_append(vm: &mut Vm, args: Args) -> PyResult {
    let item = req(bind::<1>(&args, "append", Conv::One, 1)?[0])?;
    let v = byte_arg(vm, item)?;
    let b = ba(&args)?;
    b.resize(b.get().len() + 1)?.push(v);
    Ok(Value::none())
}

fn bytearray_extend(vm: &mut Vm, args: Args) -> PyResult {
    let x = req(bind::<1>(&args, "extend", Conv::One, 1)?[0])?;
    let extra = match buffer(x) {
        Some(b) => b.into_owned(),
        None => from_iterable(vm, x, "bytearray", BYTE_RANGE).map_err(|e| {
            if e.matches(ExcType::TypeError) && vm_cannot_iterate(x) {
                type_error(format!("can't extend bytearray with {}", type_name(x)))
            } else {
                e
            }
        })?,
    };
    let b = ba(&args)?;
    b.resize(b.get().len() + extra.len())?.extend_from_slice(&extra);
    Ok(Value::none())
}

/// Whether `x` has no `__iter__` and no `__getitem__` (so iterating it fails at once).
fn vm_cannot_iterate(x: &Value) -> bool {
    let c = x.class();
    lookup_str(&c, "__iter__").is_none() && lookup_str(&c, "__getitem__").is_none()
}

fn bytearray_pop(vm: &mut Vm, args: Args) -> PyResult {
    let [index] = bind::<1>(&args, "pop", Conv::Pos, 0)?;
    let i = ssize_arg(vm, index, -1)?;
    let b = ba(&args)?;
    let n = b.get().len();
    if n == 0 {
        return Err(index_error("pop from empty bytearray"));
    }
    let j = if i < 0 { i + n as isize } else { i };
    if j < 0 || j >= n as isize {
        return Err(index_error("pop index out of range"));
    }
    Ok(Value::int(b.resize(n - 1)?.remove(j as usize) as i64))
}

fn bytearray_insert(vm: &mut Vm, args: Args) -> PyResult {
    let [index, item] = bind::<2>(&args, "insert", Conv::Pos, 2)?;
    let i = ssize_arg(vm, index, 0)?;
    let v = byte_arg(vm, req(item)?)?;
    let b = ba(&args)?;
    let n = b.get().len() as isize;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    b.resize(n as usize + 1)?.insert(j as usize, v);
    Ok(Value::none())
}

fn bytearray_remove(vm: &mut Vm, args: Args) -> PyResult {
    let item = req(bind::<1>(&args, "remove", Conv::One, 1)?[0])?;
    let v = byte_arg(vm, item)?;
    let b = ba(&args)?;
    match b.get().iter().position(|&x| x == v) {
        Some(i) => {
            b.resize(b.get().len() - 1)?.remove(i);
            Ok(Value::none())
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn bytearray_clear(_vm: &mut Vm, args: Args) -> PyResult {
    bind::<0>(&args, "clear", Conv::NoArgs, 0)?;
    ba(&args)?.resize(0)?.clear();
    Ok(Value::none())
}

fn bytearray_reverse(_vm: &mut Vm, args: Args) -> PyResult {
    bind::<0>(&args, "reverse", Conv::NoArgs, 0)?;
    ba(&args)?.get_mut().reverse();
    Ok(Value::none())
}

fn bytearray_copy(_vm: &mut Vm, args: Args) -> PyResult {
    bind::<0>(&args, "copy", Conv::NoArgs, 0)?;
    Ok(Value::bytearray(ba(&args)?.get().clone()))
}

fn bytearray_alloc(_vm: &mut Vm, args: Args) -> PyResult {
    bind::<0>(&args, "__alloc__", Conv::NoArgs, 0)?;
    let n = ba(&args)?.get().len();
    Ok(Value::int(if n == 0 { 0 } else { n as i64 + 1 }))
}

fn bytearray_sizeof(_vm: &mut Vm, args: Args) -> PyResult {
    bind::<0>(&args, "__sizeof__", Conv::NoArgs, 0)?;
    let n = ba(&args)?.get().len();
    Ok(Value::int(56 + if n == 0 { 0 } else { n as i64 + 1 }))
}

fn reduce(vm: &mut Vm, me: &Value, proto: isize) -> PyResult {
    let d = data_of(me);
    let state = vm.getattr_opt(me, &Value::intern("__dict__"))?.unwrap_or_else(Value::none);
    let args = if proto < 3 {
        let text: String = d.iter().map(|&c| c as char).collect();
        Value::tuple(vec![Value::string(text), Value::str("latin-1")])
    } else {
        Value::tuple(vec![Value::bytes(d.to_vec())])
    };
    Ok(Value::tuple(vec![me.class(), args, state]))
}

pub(crate) fn data_of(v: &Value) -> &[u8] {
    v.downcast::<ByteArrayData>()
        .map(|b| b.get().as_slice())
        .or_else(|| v.as_bytes())
        .or_else(|| v.native_object().and_then(|n| n.buffer()).map(|(b, _, _)| b))
        .unwrap_or_default()
}

fn bytearray_reduce(vm: &mut Vm, args: Args) -> PyResult {
    bind::<0>(&args, "__reduce__", Conv::NoArgs, 0)?;
    reduce(vm, args.self_(), 0)
}

fn bytearray_reduce_ex(vm: &mut Vm, args: Args) -> PyResult {
    let [proto] = bind::<1>(&args, "__reduce_ex__", Conv::Pos, 0)?;
    let proto = int_arg(vm, proto, 0)?;
    reduce(vm, args.self_(), proto)
}

// ---- sequence protocol, operators ---------------------------------------------------------------

fn b_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(data(&args)?.len() as i64))
}

fn b_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let key = req(bind::<1>(&args, "__getitem__", Conv::Slot, 1)?[0])?;
    let me = args.self_();
    if let Some(sl) = key.downcast::<SliceData>() {
        let (start, stop, step, _) = sl.indices(vm, data(&args)?.len())?;
        let d = data(&args)?;
        return Ok(cow_result(me, d, strings::index::slice_bytes(d, start, stop, step)));
    }
    let is_ba = me.kind() == Kind::ByteArray;
    let Some(i) = vm.index_opt(key)? else {
        let what = if is_ba { "bytearray" } else { "byte" };
        return Err(type_error(format!("{what} indices must be integers or slices, not {}", type_name(key))));
    };
    let d = data(&args)?;
    let j = if i < 0 { i + d.len() as isize } else { i };
    match usize::try_from(j).ok().and_then(|j| d.get(j)) {
        Some(&x) => Ok(Value::int(x as i64)),
        None => Err(index_error(if is_ba { "bytearray index out of range" } else { "index out of range" })),
    }
}

fn b_contains(vm: &mut Vm, args: Args) -> PyResult {
    let x = req(bind::<1>(&args, "__contains__", Conv::Slot, 1)?[0])?;
    if let Some(v) = int_byte(vm, x, BYTE_RANGE)? {
        return Ok(Value::bool(data(&args)?.contains(&v)));
    }
    let sub = buf_arg(x)?;
    Ok(Value::bool(sb::contains(data(&args)?, &sub)))
}

fn b_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let d = data(&args)?;
    if me.kind() == Kind::ByteArray {
        let r = strings::repr::bytearray_repr(d);
        if me.class_ptr() == rt().ty_ptr(BT::ByteArray) {
            return Ok(Value::string(r));
        }
        let name = crate::types::typeobj::tdata(&me.class()).name_str();
        return Ok(Value::string(format!("{name}{}", &r["bytearray".len()..])));
    }
    Ok(Value::string(strings::repr::bytes_repr(d)))
}

/// `str(b)` is the builtin repr even when a subclass overrides `__repr__`.
fn b_str(vm: &mut Vm, args: Args) -> PyResult {
    bind::<0>(&args, "__str__", Conv::Slot, 0)?;
    b_repr(vm, args)
}

/// bytes compares only with bytes; bytearray with any buffer (memoryviews included).
fn bcmp(args: &Args, op: CompareOp) -> PyResult {
    let other = req(bind::<1>(args, op.dunder(), Conv::Slot, 1)?[0])?;
    let me = args.self_();
    let b = match (me.kind(), other.kind()) {
        (Kind::Bytes, Kind::Bytes) | (Kind::ByteArray, _) => buffer(other),
        _ => None,
    };
    let (Some(b), a) = (b, data(args)?) else { return Ok(Value::not_implemented()) };
    let b: &[u8] = &b;
    Ok(Value::bool(op.holds(a, b)))
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
    let other = req(bind::<1>(&args, "__add__", Conv::Slot, 1)?[0])?;
    let me = args.self_();
    let Some(b) = buffer(other) else {
        if defer_to_reflected(other, "__radd__") {
            return Ok(Value::not_implemented());
        }
        return Err(type_error(format!("can't concat {} to {}", type_name(other), type_name(me))));
    };
    let a = data(&args)?;
    let mut out = Vec::with_capacity(a.len() + b.len());
    out.extend_from_slice(a);
    out.extend_from_slice(&b);
    Ok(vec_result(me, out))
}

fn b_mul(vm: &mut Vm, args: Args) -> PyResult {
    let n = req(bind::<1>(&args, "__mul__", Conv::Slot, 1)?[0])?;
    let Some(n) = repeat_count(vm, n)? else { return Ok(Value::not_implemented()) };
    let me = args.self_();
    if n == 1 && is_exact_bytes(me) {
        return Ok(me.clone());
    }
    Ok(vec_result(me, sb::repeat(data(&args)?, n).map_err(str_err)?))
}

fn b_mod(vm: &mut Vm, args: Args) -> PyResult {
    let v = req(bind::<1>(&args, "__mod__", Conv::Slot, 1)?[0])?;
    // A copy: formatting runs Python code that could change a bytearray template.
    let template = data(&args)?.to_vec();
    let r = crate::format::percent_format_bytes(vm, &template, v)?;
    Ok(vec_result(args.self_(), r))
}

fn b_rmod(_vm: &mut Vm, args: Args) -> PyResult {
    bind::<1>(&args, "__rmod__", Conv::Slot, 1)?;
    Ok(Value::not_implemented())
}

// ---- searching ----------------------------------------------------------------------------------

/// The `sub` of find/count/index: an int in range(256) or a bytes-like object.
fn sub_arg<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    if let Some(b) = buffer(v) {
        return Ok(b);
    }
    match int_byte(vm, v, BYTE_RANGE)? {
        Some(b) => Ok(Cow::Owned(vec![b])),
        None => Err(type_error(format!("argument should be integer or bytes-like object, not '{}'", type_name(v)))),
    }
}

fn search(vm: &mut Vm, args: &Args, op: Search) -> PyResult {
    let [sub, start, end] = bind::<3>(args, op.name(), Conv::Tuple, 1)?;
    let (start, end) = (slice_index(vm, start)?, slice_index(vm, end)?);
    let sub = sub_arg(vm, req(sub)?)?;
    let d = data(args)?;
    let r = match op {
        Search::Count => return Ok(Value::int(sb::count(d, &sub, start, end) as i64)),
        _ if op.reverse() => sb::rfind(d, &sub, start, end),
        _ => sb::find(d, &sub, start, end),
    };
    op.result(r, sb::SUBSECTION_NOT_FOUND)
}

fn b_find(vm: &mut Vm, args: Args) -> PyResult {
    search(vm, &args, Search::Find)
}
fn b_rfind(vm: &mut Vm, args: Args) -> PyResult {
    search(vm, &args, Search::RFind)
}
fn b_index(vm: &mut Vm, args: Args) -> PyResult {
    search(vm, &args, Search::Index)
}
fn b_rindex(vm: &mut Vm, args: Args) -> PyResult {
    search(vm, &args, Search::RIndex)
}
fn b_count(vm: &mut Vm, args: Args) -> PyResult {
    search(vm, &args, Search::Count)
}

fn affix(vm: &mut Vm, args: &Args, name: &str, suffix: bool) -> PyResult {
    let [what, start, end] = bind::<3>(args, name, Conv::Tuple, 1)?;
    let (start, end) = (slice_index(vm, start)?, slice_index(vm, end)?);
    let d = data(args)?;
    let test = |p: &[u8]| if suffix { sb::endswith(d, p, start, end) } else { sb::startswith(d, p, start, end) };
    let what = req(what)?;
    if let Some(items) = what.as_tuple() {
        for p in items {
            if test(&buf_arg(p)?) {
                return Ok(Value::bool(true));
            }
        }
        return Ok(Value::bool(false));
    }
    match buffer(what) {
        Some(p) => Ok(Value::bool(test(&p))),
        None => Err(type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {}", type_name(what)))),
    }
}

fn b_startswith(vm: &mut Vm, args: Args) -> PyResult {
    affix(vm, &args, "startswith", false)
}
fn b_endswith(vm: &mut Vm, args: Args) -> PyResult {
    affix(vm, &args, "endswith", true)
}

fn b_replace(vm: &mut Vm, args: Args) -> PyResult {
    let [old, new, count] = bind::<3>(&args, "replace", Conv::Pos, 2)?;
    let count = ssize_arg(vm, count, -1)?;
    let (old, new) = (buf_arg(req(old)?)?, buf_arg(req(new)?)?);
    let d = data(&args)?;
    Ok(cow_result(args.self_(), d, sb::replace(d, &old, &new, count)))
}

fn b_removeprefix(_vm: &mut Vm, args: Args) -> PyResult {
    remove_affix(&args, "removeprefix", sb::removeprefix)
}
fn b_removesuffix(_vm: &mut Vm, args: Args) -> PyResult {
    remove_affix(&args, "removesuffix", sb::removesuffix)
}

fn remove_affix(args: &Args, name: &str, f: for<'a> fn(&'a [u8], &[u8]) -> &'a [u8]) -> PyResult {
    let what = buf_arg(req(bind::<1>(args, name, Conv::One, 1)?[0])?)?;
    let d = data(args)?;
    Ok(sub_result(args.self_(), d, f(d, &what)))
}

// ---- splitting, joining, stripping --------------------------------------------------------------

fn split(vm: &mut Vm, args: &Args, name: &str, right: bool) -> PyResult {
    let [sep, maxsplit] = bind::<2>(args, name, Conv::Kw(&["sep", "maxsplit"], 0), 0)?;
    let maxsplit = ssize_arg(vm, maxsplit, -1)?;
    let sep = opt_buf(sep)?;
    let (me, d) = (args.self_(), data(args)?);
    let parts = if right { sb::rsplit(d, sep.as_deref(), maxsplit) } else { sb::split(d, sep.as_deref(), maxsplit) };
    Ok(Value::list(parts.map_err(str_err)?.into_iter().map(|p| sub_result(me, d, p)).collect()))
}

fn b_split(vm: &mut Vm, args: Args) -> PyResult {
    split(vm, &args, "split", false)
}
fn b_rsplit(vm: &mut Vm, args: Args) -> PyResult {
    split(vm, &args, "rsplit", true)
}

fn b_splitlines(vm: &mut Vm, args: Args) -> PyResult {
    let [keepends] = bind::<1>(&args, "splitlines", Conv::Kw(&["keepends"], 0), 0)?;
    let keep = int_arg(vm, keepends, 0)? != 0;
    let (me, d) = (args.self_(), data(&args)?);
    Ok(Value::list(sb::splitlines(d, keep).into_iter().map(|p| sub_result(me, d, p)).collect()))
}

fn partition(args: &Args, name: &str, right: bool) -> PyResult {
    let sep_v = req(bind::<1>(args, name, Conv::One, 1)?[0])?;
    let sep = buf_arg(sep_v)?;
    let (me, d) = (args.self_(), data(args)?);
    let (a, b, c) = if right { sb::rpartition(d, &sep) } else { sb::partition(d, &sep) }.map_err(str_err)?;
    if me.kind() == Kind::ByteArray {
        return Ok(Value::tuple(vec![Value::bytearray(a.to_vec()), Value::bytearray(b.to_vec()), Value::bytearray(c.to_vec())]));
    }
    if b.is_empty() {
        // Not found: CPython hands back self itself, even for a subclass.
        let e = Value::bytes(Vec::new());
        return Ok(Value::tuple(if right { vec![e.clone(), e, me.clone()] } else { vec![me.clone(), e.clone(), e] }));
    }
    Ok(Value::tuple(vec![sub_result(me, d, a), sep_v.clone(), sub_result(me, d, c)]))
}

fn b_partition(_vm: &mut Vm, args: Args) -> PyResult {
    partition(&args, "partition", false)
}
fn b_rpartition(_vm: &mut Vm, args: Args) -> PyResult {
    partition(&args, "rpartition", true)
}

fn b_join(vm: &mut Vm, args: Args) -> PyResult {
    let iterable = req(bind::<1>(&args, "join", Conv::One, 1)?[0])?;
    let items = join_items(vm, iterable)?;
    let mut pieces: Vec<Cow<[u8]>> = Vec::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        match buffer(it) {
            Some(b) if !matches!(b, Cow::Owned(_)) => pieces.push(b),
            _ => return Err(type_error(format!("sequence item {i}: expected a bytes-like object, {} found", type_name(it)))),
        }
    }
    let me = args.self_();
    if let [only] = &items[..] {
        if is_exact_bytes(only) && me.kind() == Kind::Bytes {
            return Ok(only.clone());
        }
    }
    let refs: Vec<&[u8]> = pieces.iter().map(|p| &**p).collect();
    Ok(vec_result(me, sb::join(data(&args)?, &refs)))
}

fn strip(args: &Args, name: &str, how: u8) -> PyResult {
    let [chars] = bind::<1>(args, name, Conv::Pos, 0)?;
    let chars = opt_buf(chars)?;
    let (me, d) = (args.self_(), data(args)?);
    let r = match how {
        0 => sb::strip(d, chars.as_deref()),
        1 => sb::lstrip(d, chars.as_deref()),
        _ => sb::rstrip(d, chars.as_deref()),
    };
    Ok(sub_result(me, d, r))
}

fn b_strip(_vm: &mut Vm, args: Args) -> PyResult {
    strip(&args, "strip", 0)
}
fn b_lstrip(_vm: &mut Vm, args: Args) -> PyResult {
    strip(&args, "lstrip", 1)
}
fn b_rstrip(_vm: &mut Vm, args: Args) -> PyResult {
    strip(&args, "rstrip", 2)
}

type PadFn = fn(&[u8], isize, u8) -> Result<Cow<'_, [u8]>, strings::StrError>;

fn pad(vm: &mut Vm, args: &Args, name: &str, f: PadFn) -> PyResult {
    let [width, fill] = bind::<2>(args, name, Conv::Pos, 1)?;
    let width = ssize_arg(vm, width, 0)?;
    let fill = match fill {
        None => b' ',
        Some(f) => match (f.kind(), buffer(f)) {
            (Kind::Bytes | Kind::ByteArray, Some(b)) if b.len() == 1 => b[0],
            _ => return Err(type_error(format!("{name}() argument 2 must be a byte string of length 1, not {}", clinic_type(f)))),
        },
    };
    let d = data(args)?;
    Ok(cow_result(args.self_(), d, f(d, width, fill).map_err(str_err)?))
}

fn b_ljust(vm: &mut Vm, args: Args) -> PyResult {
    pad(vm, &args, "ljust", sb::ljust)
}
fn b_rjust(vm: &mut Vm, args: Args) -> PyResult {
    pad(vm, &args, "rjust", sb::rjust)
}
fn b_center(vm: &mut Vm, args: Args) -> PyResult {
    pad(vm, &args, "center", sb::center)
}

fn b_zfill(vm: &mut Vm, args: Args) -> PyResult {
    let width = ssize_arg(vm, bind::<1>(&args, "zfill", Conv::One, 1)?[0], 0)?;
    let d = data(&args)?;
    Ok(cow_result(args.self_(), d, sb::zfill(d, width).map_err(str_err)?))
}

fn b_expandtabs(vm: &mut Vm, args: Args) -> PyResult {
    let [tabsize] = bind::<1>(&args, "expandtabs", Conv::Kw(&["tabsize"], 0), 0)?;
    let tabsize = int_arg(vm, tabsize, 8)?;
    let d = data(&args)?;
    Ok(cow_result(args.self_(), d, sb::expandtabs(d, tabsize).map_err(str_err)?))
}

// ---- codecs, hex, translate ---------------------------------------------------------------------

fn b_decode(vm: &mut Vm, args: Args) -> PyResult {
    let [encoding, errors] = bind::<2>(&args, "decode", Conv::Kw(&["encoding", "errors"], 0), 0)?;
    let enc = name_arg(encoding, "decode", "encoding", "utf-8")?;
    let errs = name_arg(errors, "decode", "errors", "strict")?;
    let Some(codec) = codecs::Codec::lookup(enc).filter(|_| codecs::ErrorHandler::from_name(errs).is_ok()) else {
        let d = data(&args)?.to_vec();
        return decode(vm, &d, enc, errs);
    };
    let d = data(&args)?;
    match codecs::decode(d, codec, errs) {
        Ok(Cow::Borrowed(s)) => Ok(Value::str(s)),
        Ok(Cow::Owned(s)) => Ok(Value::string(s)),
        Err(e) => {
            let me = args.self_();
            Err(codec_err(e, || if is_exact_bytes(me) { me.clone() } else { Value::bytes(d.to_vec()) }))
        }
    }
}

/// `hex(sep=..., bytes_per_sep=1)` of bytes, bytearray and memoryview.
pub(crate) fn hex_impl(vm: &mut Vm, args: &Args, d: impl FnOnce() -> PyResult<Vec<u8>>) -> PyResult {
    let [sep, per] = bind::<2>(args, "hex", Conv::Kw(&["sep", "bytes_per_sep"], 0), 0)?;
    let per = int_arg(vm, per, 1)?;
    let sep = match sep {
        None => None,
        Some(s) => {
            if vm.len(s)? != 1 {
                return Err(value_error("sep must be length 1."));
            }
            let c = match (s.as_str(), s.as_bytes()) {
                (Some(t), _) => t.chars().next().map_or(0, |c| c as u32),
                (_, Some(b)) => b[0] as u32,
                _ => return Err(type_error("sep must be str or bytes.")),
            };
            if c > 127 {
                return Err(value_error("sep must be ASCII."));
            }
            Some(c as u8)
        }
    };
    Ok(Value::string(sb::hex(&d()?, sep, per)))
}

fn b_hex(vm: &mut Vm, args: Args) -> PyResult {
    hex_impl(vm, &args, || Ok(data(&args)?.to_vec()))
}

fn b_fromhex(vm: &mut Vm, args: Args) -> PyResult {
    let s = req(bind::<1>(&args, "fromhex", Conv::One, 1)?[0])?;
    let s = clinic_str(s, "fromhex", "")?;
    let out = sb::fromhex(s).map_err(str_err)?;
    let cls = args.self_();
    if cls.as_ptr() == rt().ty_ptr(BT::Bytes) {
        return Ok(Value::bytes(out));
    }
    if cls.as_ptr() == rt().ty_ptr(BT::ByteArray) {
        return Ok(Value::bytearray(out));
    }
    let is_ba = crate::types::typeobj::is_subtype_ptr(cls.as_ptr(), rt().ty_ptr(BT::ByteArray));
    vm.call(cls, &[if is_ba { Value::bytearray(out) } else { Value::bytes(out) }])
}

fn b_translate(_vm: &mut Vm, args: Args) -> PyResult {
    let [table, delete] = bind::<2>(&args, "translate", Conv::Kw(&["table", "delete"], 1), 1)?;
    let table = opt_buf(table)?;
    let delete = delete.map(buf_arg).transpose()?;
    let table: Option<&[u8; 256]> = match &table {
        Some(t) => Some(t.as_ref().try_into().map_err(|_| value_error("translation table must be 256 characters long"))?),
        None => None,
    };
    let r = sb::translate(data(&args)?, table, delete.as_deref().unwrap_or_default());
    Ok(vec_result(args.self_(), r))
}

fn b_maketrans(_vm: &mut Vm, args: Args) -> PyResult {
    let owner = rt().ty(BT::Bytes);
    let [from, to] = bind_static::<2>(&args, &owner, "maketrans", 2)?;
    let (from, to) = (buf_arg(req(from)?)?, buf_arg(req(to)?)?);
    Ok(Value::bytes(sb::maketrans(&from, &to).map_err(str_err)?.to_vec()))
}

