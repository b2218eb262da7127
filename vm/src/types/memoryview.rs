//! `memoryview`: typed, shaped views of bytes and bytearray. A view is a byte offset into its
//! object plus CPython's buffer layout (shape, strides in bytes, item size and a native
//! single-character struct format), so `cast` reinterprets the same memory as 'i', 'd', ...
//! and as N dimensions; items are read and written with native sizes and byte order
//! (LP64 little-endian, as `_struct`'s '@'). Views of views point at the underlying object;
//! a view of a bytearray counts as one of its exports until released or freed.

use crate::error::{index_error, type_error, value_error, ExcType, PyErr, PyResult};
use crate::object::{alloc_obj, Kind, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::bytes::{data_of, hex_impl, need_bytes_like, ByteArrayData};
use crate::types::descr::{Getter, Setter};
use crate::types::slice::SliceData;
use crate::types::str::{bind, clinic_str, new_cls, req, Conv};
use crate::types::typeobj::type_name;
use crate::value::Value;
use crate::vm::Vm;
use std::borrow::Cow;
use std::cell::Cell;

/// CPython's PyBUF_MAX_NDIM.
const MAX_NDIM: usize = 64;

/// Where a view's items are: CPython's `Py_buffer` fields that pygmy needs.
#[derive(Clone)]
struct Layout {
    /// Byte offset in the object of the item at index (0, 0, ...).
    start: usize,
    /// Items per dimension (empty for a 0-dim view, which has one item).
    shape: Vec<usize>,
    /// Bytes between consecutive items of each dimension.
    strides: Vec<isize>,
    itemsize: usize,
    /// The struct format character ('B', 'i', 'd', ...).
    code: u8,
    /// Whether the format was written with a leading '@' (it is kept in `.format`).
    at: bool,
    readonly: bool,
}

impl Layout {
    fn bytes_1d(n: usize, readonly: bool) -> Layout {
        Layout { start: 0, shape: vec![n], strides: vec![1], itemsize: 1, code: b'B', at: false, readonly }
    }

    fn ndim(&self) -> usize {
        self.shape.len()
    }

    fn nitems(&self) -> usize {
        self.shape.iter().product()
    }

    fn nbytes(&self) -> usize {
        self.nitems() * self.itemsize
    }

    fn format(&self) -> String {
        format!("{}{}", if self.at { "@" } else { "" }, self.code as char)
    }

    /// CPython's `PyBuffer_IsContiguous` for 'C' (`fortran` false) or 'F' order.
    fn contiguous_in(&self, fortran: bool) -> bool {
        if self.nbytes() == 0 {
            return true;
        }
        let mut sd = self.itemsize as isize;
        let dims: Vec<usize> = if fortran { (0..self.ndim()).collect() } else { (0..self.ndim()).rev().collect() };
        for i in dims {
            let dim = self.shape[i];
            if dim > 1 && self.strides[i] != sd {
                return false;
            }
            sd *= dim as isize;
        }
        true
    }

    /// The memoryview flags of `init_flags`: (C-contiguous, Fortran-contiguous).
    fn flags(&self) -> (bool, bool) {
        match self.ndim() {
            0 => (true, true),
            1 => {
                let c = self.shape[0] == 1 || self.strides[0] == self.itemsize as isize;
                (c, c)
            }
            _ => (self.contiguous_in(false), self.contiguous_in(true)),
        }
    }

    /// Byte offsets of every item, in C (row-major) or Fortran order.
    fn offsets(&self, fortran: bool) -> Vec<usize> {
        let n = self.nitems();
        let mut out = Vec::with_capacity(n);
        if n == 0 {
            return out;
        }
        let nd = self.ndim();
        let mut idx = vec![0usize; nd];
        for _ in 0..n {
            let off = self.start as isize + idx.iter().zip(&self.strides).map(|(i, s)| *i as isize * s).sum::<isize>();
            out.push(off as usize);
            // Advance the index: the last dimension fastest in C order, the first in Fortran.
            for k in 0..nd {
                let d = if fortran { k } else { nd - 1 - k };
                idx[d] += 1;
                if idx[d] < self.shape[d] {
                    break;
                }
                idx[d] = 0;
            }
        }
        out
    }

    /// The viewed bytes in C or Fortran order: borrowed when contiguous in that order.
    fn bytes_in<'a>(&self, base: &'a [u8], fortran: bool) -> Cow<'a, [u8]> {
        let n = self.nbytes();
        // Contiguous in the requested order: memory order is that order.
        let contiguous = if fortran { self.flags().1 } else { self.flags().0 };
        if contiguous {
            return Cow::Borrowed(base.get(self.start..self.start + n).unwrap_or_default());
        }
        let mut out = Vec::with_capacity(n);
        for off in self.offsets(fortran) {
            out.extend_from_slice(base.get(off..off + self.itemsize).unwrap_or_default());
        }
        Cow::Owned(out)
    }
}

pub struct MemoryViewData {
    obj: Value,
    lay: Layout,
    /// (start, length) of the bytes of a C-contiguous view, fixed at creation.
    span: Option<(usize, usize)>,
    /// Gathers the bytes of any other view. Every buffer consumer in the core reaches this
    /// through a function pointer, so the layout code stays in the "bytes" wasm chunk.
    gather: fn(&MemoryViewData) -> Vec<u8>,
    pub(crate) released: Cell<bool>,
}

fn gather_c_order(m: &MemoryViewData) -> Vec<u8> {
    m.lay.bytes_in(m.base(), false).into_owned()
}

impl Trace for MemoryViewData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.obj)
    }
}

impl Drop for MemoryViewData {
    fn drop(&mut self) {
        self.unexport();
    }
}

impl MemoryViewData {
    /// A new memoryview object over `obj` (counted as one of its exports).
    fn alloc(obj: Value, lay: Layout) -> Value {
        if let Some(b) = obj.downcast::<ByteArrayData>() {
            b.exports.set(b.exports.get() + 1);
        } else if let Some(n) = obj.native_object() {
            n.buffer_export(1);
        }
        let span = if lay.flags().0 { Some((lay.start, lay.nbytes())) } else { None };
        let m = MemoryViewData { obj, lay, span, gather: gather_c_order, released: Cell::new(false) };
        alloc_obj(&rt().ty_borrowed(BT::MemoryView), m, 0)
    }

    fn unexport(&self) {
        if !self.released.replace(true) {
            if let Some(b) = self.obj.downcast::<ByteArrayData>() {
                b.exports.set(b.exports.get().saturating_sub(1));
            } else if let Some(n) = self.obj.native_object() {
                n.buffer_export(-1);
            }
        }
    }

    fn base(&self) -> &[u8] {
        data_of(&self.obj)
    }

    /// The viewed bytes in C order (what `bytes(m)` and every buffer consumer sees).
    pub(crate) fn bytes(&self) -> Cow<'_, [u8]> {
        match self.span {
            Some((start, n)) => Cow::Borrowed(self.base().get(start..start + n).unwrap_or_default()),
            None => Cow::Owned((self.gather)(self)),
        }
    }

    fn item(&self, off: usize) -> Value {
        unpack(self.lay.code, self.base().get(off..off + self.lay.itemsize).unwrap_or_default())
    }

    fn items(&self) -> Vec<Value> {
        self.lay.offsets(false).into_iter().map(|o| self.item(o)).collect()
    }
}

/// The size of a native single-character format ("@i", "d"...), CPython's
/// `get_native_fmtchar` (LP64: 'l', 'n' and 'P' are 8 bytes). memoryview has no 'e'.
fn native_format(f: &str) -> Option<(u8, usize, bool)> {
    let (at, body) = match f.strip_prefix('@') {
        Some(b) => (true, b),
        None => (false, f),
    };
    let [c] = body.as_bytes() else { return None };
    let size = match c {
        b'c' | b'b' | b'B' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        _ => return None,
    };
    Some((*c, size, at))
}

fn is_byte_format(c: u8) -> bool {
    matches!(c, b'b' | b'B' | b'c')
}

fn le_u64(b: &[u8]) -> u64 {
    b.iter().rev().fold(0u64, |acc, x| (acc << 8) | *x as u64)
}

/// `unpack_single`: the Python value of one item.
fn unpack(code: u8, b: &[u8]) -> Value {
    let u = le_u64(b);
    let bits = b.len() * 8;
    match code {
        b'c' => Value::bytes(b.to_vec()),
        b'?' => Value::bool(u != 0),
        b'f' => Value::float(f32::from_bits(u as u32) as f64),
        b'd' => Value::float(f64::from_bits(u)),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let v = if bits == 64 { u as i64 } else { ((u << (64 - bits)) as i64) >> (64 - bits) };
            Value::int(v)
        }
        _ => {
            if u > i64::MAX as u64 {
                Value::from_bigint(num_bigint::BigInt::from(u))
            } else {
                Value::int(u as i64)
            }
        }
    }
}

fn invalid_type(code: u8) -> PyErr {
    type_error(format!("memoryview: invalid type for format '{}'", code as char))
}

fn invalid_value(code: u8) -> PyErr {
    value_error(format!("memoryview: invalid value for format '{}'", code as char))
}

/// `pack_single`: the bytes of `v` as one item of format `code`.
fn pack(vm: &mut Vm, code: u8, size: usize, v: &Value) -> PyResult<Vec<u8>> {
    let le = |x: u64| x.to_le_bytes()[..size].to_vec();
    match code {
        b'c' => match v.as_bytes() {
            Some(b) if v.kind() == Kind::Bytes => match b {
                [x] => Ok(vec![*x]),
                _ => Err(invalid_value(code)),
            },
            _ => Err(invalid_type(code)),
        },
        b'?' => Ok(vec![vm.truthy(v)? as u8]),
        b'f' | b'd' => {
            let f = match vm.to_f64(v) {
                Ok(f) => f,
                Err(e) if e.matches(ExcType::TypeError) => return Err(invalid_type(code)),
                Err(e) if e.matches(ExcType::OverflowError) || e.matches(ExcType::ValueError) => return Err(invalid_value(code)),
                Err(e) => return Err(e),
            };
            Ok(if code == b'f' { le((f as f32).to_bits() as u64) } else { le(f.to_bits()) })
        }
        _ => {
            let x = match vm.index_opt_big(v) {
                Ok(Some(x)) => x,
                Ok(None) => return Err(invalid_type(code)),
                Err(e) if e.matches(ExcType::TypeError) => return Err(invalid_type(code)),
                Err(e) => return Err(e),
            };
            // Range checks in i64/u64 (an i128 conversion would be generic code shared with
            // _struct, which the wasm split then keeps in the core).
            let bits = size * 8;
            let fits = if code == b'P' || !code.is_ascii_lowercase() {
                let u = num_traits::ToPrimitive::to_u64(&x);
                match u {
                    Some(u) => Some(u).filter(|u| bits == 64 || *u < (1u64 << bits)),
                    None if code == b'P' => num_traits::ToPrimitive::to_i64(&x).map(|i| i as u64),
                    None => None,
                }
            } else {
                num_traits::ToPrimitive::to_i64(&x).filter(|i| bits == 64 || (*i >= -(1i64 << (bits - 1)) && *i < (1i64 << (bits - 1)))).map(|i| i as u64)
            };
            match fits {
                Some(u) => Ok(le(u)),
                None => Err(invalid_value(code)),
            }
        }
    }
}

/// One item for comparisons: Python's `==` between the unpacked values.
#[derive(PartialEq)]
enum Scalar {
    Num(f64, i128, bool),
    Bytes(u8),
}

fn scalar(code: u8, b: &[u8]) -> Scalar {
    let u = le_u64(b);
    let bits = b.len() * 8;
    match code {
        b'c' => Scalar::Bytes(b[0]),
        b'f' => Scalar::Num(f32::from_bits(u as u32) as f64, 0, true),
        b'd' => Scalar::Num(f64::from_bits(u), 0, true),
        b'?' => Scalar::Num(0.0, (u != 0) as i128, false),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let v = if bits == 64 { u as i64 } else { ((u << (64 - bits)) as i64) >> (64 - bits) };
            Scalar::Num(0.0, v as i128, false)
        }
        _ => Scalar::Num(0.0, u as i128, false),
    }
}

fn scalars_equal(a: &Scalar, b: &Scalar) -> bool {
    match (a, b) {
        (Scalar::Bytes(x), Scalar::Bytes(y)) => x == y,
        (Scalar::Num(f, _, true), Scalar::Num(g, _, true)) => f == g,
        (Scalar::Num(_, i, false), Scalar::Num(_, j, false)) => i == j,
        (Scalar::Num(f, _, true), Scalar::Num(_, i, false)) | (Scalar::Num(_, i, false), Scalar::Num(f, _, true)) => *f == *i as f64 && f.fract() == 0.0 && (*f as i128) == *i,
        _ => false,
    }
}

pub const MEMORYVIEW_METHODS: &[MethodDef] = &[
    staticmethod("__new__", mv_new),
    method("__len__", mv_len),
    method("__getitem__", mv_getitem),
    method("__setitem__", mv_setitem),
    method("__delitem__", mv_delitem),
    method("__iter__", mv_iter),
    method("__eq__", mv_eq),
    method("__hash__", mv_hash),
    method("__repr__", mv_repr),
    method("__enter__", mv_enter),
    method("__exit__", mv_exit),
    method("tobytes", mv_tobytes),
    method("tolist", mv_tolist),
    method("hex", mv_hex),
    method("release", mv_release),
    method("toreadonly", mv_toreadonly),
    method("cast", mv_cast),
];

pub const MV_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("obj", mv_obj, None),
    ("readonly", mv_readonly, None),
    ("nbytes", mv_nbytes, None),
    ("format", mv_format, None),
    ("itemsize", mv_itemsize, None),
    ("ndim", mv_ndim, None),
    ("shape", mv_shape, None),
    ("strides", mv_strides, None),
    ("suboffsets", mv_suboffsets, None),
    ("c_contiguous", mv_c_contiguous, None),
    ("f_contiguous", mv_f_contiguous, None),
    ("contiguous", mv_contiguous, None),
];

const RELEASED: &str = "operation forbidden on released memoryview object";

fn live(v: &Value) -> PyResult<&MemoryViewData> {
    let m = v.downcast::<MemoryViewData>().ok_or_else(|| type_error("expected a memoryview"))?;
    if m.released.get() {
        return Err(value_error(RELEASED));
    }
    Ok(m)
}

fn mv<'a>(args: &Args<'a>) -> PyResult<&'a MemoryViewData> {
    live(req(args.all.first())?)
}

/// The layout of any buffer exporter (memoryview, bytes, bytearray, a native exporter such as
/// `array.array`), or None.
fn layout_of(v: &Value) -> PyResult<Option<Layout>> {
    Ok(match v.kind() {
        Kind::Bytes | Kind::ByteArray => Some(Layout::bytes_1d(data_of(v).len(), v.kind() == Kind::Bytes)),
        Kind::MemoryView => Some(live(v)?.lay.clone()),
        _ => v.native_object().and_then(|n| n.buffer()).map(|(b, code, itemsize)| Layout {
            start: 0,
            shape: vec![b.len() / itemsize],
            strides: vec![itemsize as isize],
            itemsize,
            code,
            at: false,
            readonly: false,
        }),
    })
}

fn mv_new(_vm: &mut Vm, args: Args) -> PyResult {
    new_cls(&args, BT::MemoryView)?;
    let obj = req(bind::<1>(&args, "memoryview", Conv::Kw(&["object"], 0), 1)?[0])?;
    if let Kind::MemoryView = obj.kind() {
        let m = live(obj)?;
        return Ok(MemoryViewData::alloc(m.obj.clone(), m.lay.clone()));
    }
    match layout_of(obj)? {
        Some(lay) => Ok(MemoryViewData::alloc(obj.clone(), lay)),
        None => Err(type_error(format!("memoryview: a bytes-like object is required, not '{}'", type_name(obj)))),
    }
}

fn mv_len(_vm: &mut Vm, args: Args) -> PyResult {
    let m = mv(&args)?;
    Ok(Value::int(m.lay.shape.first().map_or(1, |n| *n) as i64))
}

/// CPython's `lookup_dimension`: the byte offset of index `i` along `dim` from `base`.
fn lookup_dimension(lay: &Layout, base: usize, dim: usize, i: isize) -> PyResult<usize> {
    let n = lay.shape[dim] as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error(format!("index out of bounds on dimension {}", dim + 1)));
    }
    Ok((base as isize + j * lay.strides[dim]) as usize)
}

/// `PyNumber_AsSsize_t(key, PyExc_IndexError)`.
fn index_arg(vm: &mut Vm, key: &Value) -> PyResult<isize> {
    let Some(i) = vm.index_opt_big(key)? else { return Err(type_error("memoryview: invalid slice key")) };
    num_traits::ToPrimitive::to_isize(&i).ok_or_else(|| index_error(format!("cannot fit '{}' into an index-sized integer", type_name(key))))
}

fn is_index(key: &Value) -> bool {
    key.is_small() || matches!(key.kind(), Kind::Int | Kind::Bool) || crate::types::typeobj::lookup_str(&key.class(), "__index__").is_some()
}

/// The byte offset named by a tuple of indices (`ptr_from_tuple`), once per dimension.
fn tuple_offset(vm: &mut Vm, lay: &Layout, t: &[Value]) -> PyResult<usize> {
    if t.len() > lay.ndim() {
        return Err(type_error(format!("cannot index {}-dimension view with {}-element tuple", lay.ndim(), t.len())));
    }
    let mut off = lay.start;
    for (dim, k) in t.iter().enumerate() {
        let i = index_arg(vm, k)?;
        off = lookup_dimension(lay, off, dim, i)?;
    }
    Ok(off)
}

/// The layout of `lay` sliced along its first dimension (`init_slice`).
fn sliced(vm: &mut Vm, lay: &Layout, sl: &SliceData) -> PyResult<Layout> {
    let (start, _, step, n) = sl.indices(vm, lay.shape[0])?;
    let mut out = lay.clone();
    out.start = (lay.start as isize + start * lay.strides[0]) as usize;
    out.shape[0] = n;
    out.strides[0] = lay.strides[0] * step;
    Ok(out)
}

fn mv_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let key = req(bind::<1>(&args, "__getitem__", Conv::Slot, 1)?[0])?;
    let m = mv(&args)?;
    let lay = &m.lay;
    if lay.ndim() == 0 {
        if key.as_tuple().is_some_and(|t| t.is_empty()) {
            return Ok(m.item(lay.start));
        }
        if key.kind() == Kind::Ellipsis {
            return Ok(args.self_().clone());
        }
        return Err(type_error("invalid indexing of 0-dim memory"));
    }
    if is_index(key) {
        let i = index_arg(vm, key)?;
        if lay.ndim() != 1 {
            return Err(PyErr::new(ExcType::NotImplementedError, "multi-dimensional sub-views are not implemented"));
        }
        let off = lookup_dimension(lay, lay.start, 0, i)?;
        return Ok(m.item(off));
    }
    if let Some(sl) = key.downcast::<SliceData>() {
        let s = sliced(vm, lay, sl)?;
        return Ok(MemoryViewData::alloc(m.obj.clone(), s));
    }
    if let Some(t) = key.as_tuple() {
        if !t.is_empty() && t.iter().all(is_index) {
            if t.len() < lay.ndim() {
                return Err(PyErr::new(ExcType::NotImplementedError, "sub-views are not implemented"));
            }
            let t = t.to_vec();
            let off = tuple_offset(vm, lay, &t)?;
            return Ok(m.item(off));
        }
        if !t.is_empty() && t.iter().all(|k| k.downcast::<SliceData>().is_some()) {
            return Err(PyErr::new(ExcType::NotImplementedError, "multi-dimensional slicing is not implemented"));
        }
    }
    Err(type_error("memoryview: invalid slice key"))
}

fn mv_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let [key, value] = bind::<2>(&args, "__setitem__", Conv::Slot, 2)?;
    let (key, value) = (req(key)?, req(value)?);
    let m = mv(&args)?;
    if m.lay.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    let lay = m.lay.clone();
    let obj = m.obj.clone();
    let store = |off: usize, bytes: &[u8]| {
        if let Some(b) = obj.downcast::<ByteArrayData>() {
            if let Some(dst) = b.get_mut().get_mut(off..off + bytes.len()) {
                dst.copy_from_slice(bytes);
            }
        } else if let Some(n) = obj.native_object() {
            if n.buffer().is_some_and(|(b, _, _)| off + bytes.len() <= b.len()) {
                n.buffer_store(off, bytes);
            }
        }
    };
    if lay.ndim() == 0 {
        if key.kind() == Kind::Ellipsis || key.as_tuple().is_some_and(|t| t.is_empty()) {
            let x = pack(vm, lay.code, lay.itemsize, value)?;
            store(lay.start, &x);
            return Ok(Value::none());
        }
        return Err(type_error("invalid indexing of 0-dim memory"));
    }
    if is_index(key) {
        if lay.ndim() > 1 {
            return Err(PyErr::new(ExcType::NotImplementedError, "sub-views are not implemented"));
        }
        let i = index_arg(vm, key)?;
        let off = lookup_dimension(&lay, lay.start, 0, i)?;
        let x = pack(vm, lay.code, lay.itemsize, value)?;
        store(off, &x);
        return Ok(Value::none());
    }
    if let (Some(sl), 1) = (key.downcast::<SliceData>(), lay.ndim()) {
        let Some(src) = layout_of(value)? else { return Err(need_bytes_like(value)) };
        let dest = sliced(vm, &lay, sl)?;
        let same_format = src.code == dest.code && src.itemsize == dest.itemsize;
        if !same_format || src.ndim() != 1 || src.shape[0] != dest.shape[0] {
            return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        // Copy out first: the source may be this very bytearray.
        let bytes = src.bytes_in(data_of(if value.kind() == Kind::MemoryView { &live(value)?.obj } else { value }), false).into_owned();
        for (k, off) in dest.offsets(false).into_iter().enumerate() {
            store(off, &bytes[k * dest.itemsize..(k + 1) * dest.itemsize]);
        }
        return Ok(Value::none());
    }
    if let Some(t) = key.as_tuple() {
        if !t.is_empty() && t.iter().all(is_index) {
            if t.len() < lay.ndim() {
                return Err(PyErr::new(ExcType::NotImplementedError, "sub-views are not implemented"));
            }
            let t = t.to_vec();
            let off = tuple_offset(vm, &lay, &t)?;
            let x = pack(vm, lay.code, lay.itemsize, value)?;
            store(off, &x);
            return Ok(Value::none());
        }
    }
    let multislice = key.as_tuple().is_some_and(|t| !t.is_empty() && t.iter().all(|k| k.downcast::<SliceData>().is_some()));
    if key.downcast::<SliceData>().is_some() || multislice {
        return Err(PyErr::new(ExcType::NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1"));
    }
    Err(type_error("memoryview: invalid slice key"))
}

fn mv_delitem(_vm: &mut Vm, args: Args) -> PyResult {
    bind::<1>(&args, "__delitem__", Conv::Slot, 1)?;
    let m = mv(&args)?;
    Err(type_error(if m.lay.readonly { "cannot modify read-only memory" } else { "cannot delete memory" }))
}

fn mv_iter(vm: &mut Vm, args: Args) -> PyResult {
    let m = mv(&args)?;
    match m.lay.ndim() {
        0 => Err(type_error("invalid indexing of 0-dim memory")),
        1 => {
            let items = Value::list(m.items());
            vm.iter(&items)
        }
        _ => Err(PyErr::new(ExcType::NotImplementedError, "multi-dimensional sub-views are not implemented")),
    }
}

fn mv_eq(_vm: &mut Vm, args: Args) -> PyResult {
    let other = req(bind::<1>(&args, "__eq__", Conv::Slot, 1)?[0])?;
    let me = args.self_();
    let m = me.downcast::<MemoryViewData>().ok_or_else(|| type_error("expected a memoryview"))?;
    let other_released = other.downcast::<MemoryViewData>().is_some_and(|o| o.released.get());
    if m.released.get() || other_released {
        return Ok(Value::bool(me.is(other)));
    }
    let Some(ol) = layout_of(other)? else { return Ok(Value::not_implemented()) };
    let a = &m.lay;
    let same_shape = a.ndim() == ol.ndim() && a.shape.iter().zip(&ol.shape).all(|(x, y)| x == y);
    if !same_shape {
        return Ok(Value::bool(false));
    }
    let obase = data_of(if other.kind() == Kind::MemoryView { &live(other)?.obj } else { other });
    let abase = m.base();
    let equal = a.offsets(false).into_iter().zip(ol.offsets(false)).all(|(x, y)| {
        let xs = scalar(a.code, abase.get(x..x + a.itemsize).unwrap_or_default());
        let ys = scalar(ol.code, obase.get(y..y + ol.itemsize).unwrap_or_default());
        scalars_equal(&xs, &ys)
    });
    Ok(Value::bool(equal))
}

fn mv_hash(_vm: &mut Vm, args: Args) -> PyResult {
    let m = mv(&args)?;
    if !m.lay.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(m.lay.code) {
        return Err(value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    Ok(Value::int(crate::hash::hash_bytes(&m.bytes())))
}

fn mv_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let m = args.self_().downcast::<MemoryViewData>().ok_or_else(|| type_error("expected a memoryview"))?;
    let state = if m.released.get() { "released " } else { "" };
    Ok(Value::string(format!("<{state}memory at {:#x}>", args.self_().bits())))
}

fn mv_enter(_vm: &mut Vm, args: Args) -> PyResult {
    mv(&args)?;
    Ok(args.self_().clone())
}

fn mv_exit(vm: &mut Vm, args: Args) -> PyResult {
    mv_release(vm, Args::new(&args.all[..1]))
}

fn mv_tobytes(_vm: &mut Vm, args: Args) -> PyResult {
    let [order] = bind::<1>(&args, "tobytes", Conv::Kw(&["order"], 0), 0)?;
    let m = mv(&args)?;
    let fortran = match order.filter(|o| !o.is_none()) {
        None => false,
        Some(o) => match clinic_str(o, "tobytes", "'order' ")? {
            "C" | "A" => false,
            "F" => true,
            _ => return Err(value_error("order must be 'C', 'F' or 'A'")),
        },
    };
    Ok(Value::bytes(m.lay.bytes_in(m.base(), fortran).into_owned()))
}

/// Nested lists of the items along dimension `dim` from byte offset `base`.
fn tolist_rec(m: &MemoryViewData, dim: usize, base: usize) -> Value {
    let lay = &m.lay;
    let items = (0..lay.shape[dim]).map(|i| {
        let off = (base as isize + i as isize * lay.strides[dim]) as usize;
        if dim + 1 == lay.ndim() {
            m.item(off)
        } else {
            tolist_rec(m, dim + 1, off)
        }
    });
    Value::list(items.collect())
}

fn mv_tolist(_vm: &mut Vm, args: Args) -> PyResult {
    bind::<0>(&args, "tolist", Conv::NoArgs, 0)?;
    let m = mv(&args)?;
    if m.lay.ndim() == 0 {
        return Ok(m.item(m.lay.start));
    }
    Ok(tolist_rec(m, 0, m.lay.start))
}

fn mv_hex(vm: &mut Vm, args: Args) -> PyResult {
    hex_impl(vm, &args, || Ok(mv(&args)?.bytes().into_owned()))
}

fn mv_release(_vm: &mut Vm, args: Args) -> PyResult {
    bind::<0>(&args, "release", Conv::NoArgs, 0)?;
    let m = args.self_().downcast::<MemoryViewData>().ok_or_else(|| type_error("expected a memoryview"))?;
    m.unexport();
    Ok(Value::none())
}

fn mv_toreadonly(_vm: &mut Vm, args: Args) -> PyResult {
    bind::<0>(&args, "toreadonly", Conv::NoArgs, 0)?;
    let m = mv(&args)?;
    Ok(MemoryViewData::alloc(m.obj.clone(), Layout { readonly: true, ..m.lay.clone() }))
}

/// `cast(format, shape=None)`: CPython's `memoryview_cast_impl` with `cast_to_1D` and
/// `cast_to_ND`, in their order of checks.
fn mv_cast(vm: &mut Vm, args: Args) -> PyResult {
    let [format, shape] = bind::<2>(&args, "cast", Conv::Kw(&["format", "shape"], 0), 1)?;
    let m = mv(&args)?;
    let f = clinic_str(req(format)?, "cast", "'format' ")?;
    let lay = &m.lay;
    if !lay.flags().0 {
        return Err(type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if (shape.is_some() || lay.ndim() != 1) && lay.shape.contains(&0) {
        return Err(type_error("memoryview: cannot cast view with zeros in shape or strides"));
    }
    let dims = match shape {
        None => None,
        Some(s) => {
            let items = match s.kind() {
                Kind::List | Kind::Tuple => vm.collect_iter(s)?,
                _ => return Err(type_error("shape must be a list or a tuple")),
            };
            if items.len() > MAX_NDIM {
                return Err(value_error(format!("memoryview: number of dimensions must not exceed {MAX_NDIM}")));
            }
            if lay.ndim() != 1 && items.len() != 1 {
                return Err(type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
            }
            Some(items)
        }
    };
    let Some((code, itemsize, at)) = native_format(f) else {
        return Err(value_error("memoryview: destination format must be a native single character format prefixed with an optional '@'"));
    };
    if !is_byte_format(lay.code) && !is_byte_format(code) {
        return Err(type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = lay.nbytes();
    if nbytes % itemsize != 0 {
        return Err(type_error("memoryview: length is not a multiple of itemsize"));
    }
    let mut out = Layout { start: lay.start, shape: vec![nbytes / itemsize], strides: vec![itemsize as isize], itemsize, code, at, readonly: lay.readonly };
    if let Some(items) = dims {
        let mut len = itemsize;
        let mut shape = Vec::with_capacity(items.len());
        for x in &items {
            if x.as_int().is_none() {
                return Err(type_error("memoryview.cast(): elements of shape must be integers"));
            }
            let n = vm.to_isize(x)?;
            if n <= 0 {
                return Err(value_error("memoryview.cast(): elements of shape must be integers > 0"));
            }
            len = len.checked_mul(n as usize).filter(|l| *l <= isize::MAX as usize).ok_or_else(|| value_error("memoryview.cast(): product(shape) > SSIZE_MAX"))?;
            shape.push(n as usize);
        }
        // C-order strides for the new shape.
        let mut strides = vec![0isize; shape.len()];
        let mut sd = itemsize as isize;
        for i in (0..shape.len()).rev() {
            strides[i] = sd;
            sd *= shape[i] as isize;
        }
        let total = if shape.is_empty() { itemsize } else { len };
        if total != nbytes {
            return Err(type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
        out.shape = shape;
        out.strides = strides;
    }
    Ok(MemoryViewData::alloc(m.obj.clone(), out))
}

pub fn mv_obj(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(live(v)?.obj.clone())
}
pub fn mv_readonly(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(live(v)?.lay.readonly))
}
pub fn mv_nbytes(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(live(v)?.lay.nbytes() as i64))
}
pub fn mv_format(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::string(live(v)?.lay.format()))
}
pub fn mv_itemsize(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(live(v)?.lay.itemsize as i64))
}
pub fn mv_ndim(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(live(v)?.lay.ndim() as i64))
}
pub fn mv_shape(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::tuple(live(v)?.lay.shape.iter().map(|n| Value::int(*n as i64)).collect()))
}
fn mv_strides(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::tuple(live(v)?.lay.strides.iter().map(|n| Value::int(*n as i64)).collect()))
}
fn mv_suboffsets(_vm: &mut Vm, v: &Value) -> PyResult {
    live(v)?;
    Ok(Value::tuple(vec![]))
}
fn mv_c_contiguous(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(live(v)?.lay.flags().0))
}
fn mv_f_contiguous(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(live(v)?.lay.flags().1))
}
fn mv_contiguous(_vm: &mut Vm, v: &Value) -> PyResult {
    let (c, f) = live(v)?.lay.flags();
    Ok(Value::bool(c || f))
}
