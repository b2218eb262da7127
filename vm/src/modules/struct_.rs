//! The `_struct` module: `pack`/`unpack`/`calcsize`/`iter_unpack`/`pack_into`/`unpack_from`
//! and `Struct`, every format code, byte order and native alignment. Native sizes are those of
//! CPython on LP64 (so results do not depend on the host, matching `sys.maxsize`); range
//! errors reproduce CPython 3.11 on a little-endian machine, where '<' and '=' integer codes
//! use the native packers.

use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::modules::support::{add_type, alloc_native, native_object, new_module, set_attr, this};
use crate::object::Kind;
use crate::types::builtin::{method, staticmethod, Args, MethodDef, NativeFn};
use crate::types::descr::{Getter, Setter};
use crate::types::dict::DictData;
use crate::types::typeobj::type_name;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::cell::RefCell;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("pack", pack),
    ("unpack", unpack),
    ("calcsize", calcsize),
    ("iter_unpack", iter_unpack),
    ("pack_into", pack_into),
    ("unpack_from", unpack_from),
    ("_clearcache", clearcache),
];

pub fn init(vm: &mut Vm) -> PyResult {
    let m = new_module("_struct", FUNCTIONS);
    let ns = Value::dict();
    if let Some(d) = ns.downcast::<DictData>() {
        d.set_str(Value::intern("__module__"), Value::str("struct"));
    }
    let ty = crate::runtime::rt().ty(crate::runtime::BT::Type);
    let err = vm.call(&ty, &[Value::str("error"), Value::tuple(vec![ExcType::Exception.type_value()]), ns])?;
    set_attr(&m, "error", err);
    add_type(Some(&m), "_struct", "Struct", None, &[STRUCT_METHODS], STRUCT_GETSETS, true);
    let it_m: &[MethodDef] = &[method("__iter__", crate::modules::support::iter_self), method("__next__", unpack_iter_next), method("__length_hint__", unpack_iter_len)];
    add_type(None, "_struct", "unpack_iterator", None, &[it_m], &[], false);
    Ok(m)
}

/// `struct.error(msg)`.
fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let msg = Value::str(&msg.into());
    let cls = vm
        .modules
        .downcast::<DictData>()
        .and_then(|m| m.get_item_str("_struct"))
        .and_then(|m| crate::types::module::module_dict(&m))
        .and_then(|d| d.downcast::<DictData>().and_then(|d| d.get_item_str("error")));
    match cls.map(|c| vm.call(&c, &[msg.clone()])) {
        Some(Ok(e)) => PyErr(e),
        _ => PyErr::with_args(ExcType::Exception, vec![msg]),
    }
}

// ---- formats ----------------------------------------------------------------------------------

#[derive(Clone, Copy)]
struct Item {
    code: u8,
    /// Byte offset in the packed data.
    offset: usize,
    /// Bytes for this item ('s'/'p': the whole field).
    size: usize,
}

/// One format code with its repeat count, as CPython keeps them: `100000i` is one run, not
/// 100000 items, so a huge count costs nothing until values are packed or unpacked.
#[derive(Clone, Copy)]
struct Run {
    code: u8,
    offset: usize,
    size: usize,
    repeat: usize,
}

#[derive(Clone, Default)]
struct Layout {
    /// '@', '=', '<', '>' or '!'.
    order: u8,
    /// Runs of items that consume or produce a value (no 'x' padding).
    runs: Vec<Run>,
    /// How many values the runs take.
    count: usize,
    size: usize,
}

impl Layout {
    /// Every item, in order.
    fn items(&self) -> impl Iterator<Item = Item> + '_ {
        self.runs.iter().flat_map(|r| (0..r.repeat).map(move |k| Item { code: r.code, offset: r.offset + k * r.size, size: r.size }))
    }

    fn native(&self) -> bool {
        self.order == b'@'
    }
    fn big(&self) -> bool {
        matches!(self.order, b'>' | b'!')
    }
}

/// Size of a code (native LP64 or standard), or None if the code is unknown in that mode.
fn code_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn parse(vm: &mut Vm, fmt: &[u8]) -> PyResult<Layout> {
    let (order, body) = match fmt.first() {
        Some(c @ (b'@' | b'=' | b'<' | b'>' | b'!')) => (*c, &fmt[1..]),
        _ => (b'@', fmt),
    };
    let native = order == b'@';
    let mut lay = Layout { order, runs: Vec::new(), count: 0, size: 0 };
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            let mut n: usize = (c - b'0') as usize;
            while i < body.len() && body[i].is_ascii_digit() {
                n = n.checked_mul(10).and_then(|n| n.checked_add((body[i] - b'0') as usize)).ok_or_else(|| error(vm, "total struct size too long"))?;
                i += 1;
            }
            if i >= body.len() {
                return Err(error(vm, "repeat count given without format specifier"));
            }
            count = n;
            c = body[i];
            i += 1;
        }
        let Some(size) = code_size(c, native) else { return Err(error(vm, "bad char in struct format")) };
        if native && !matches!(c, b's' | b'p' | b'x') {
            lay.size = lay.size.next_multiple_of(size);
        }
        // The whole struct must fit in a Py_ssize_t, as CPython checks before laying it out.
        let item_bytes = if matches!(c, b's' | b'p') { 1 } else { size };
        if count.checked_mul(item_bytes).and_then(|n| n.checked_add(lay.size)).is_none_or(|n| n > isize::MAX as usize) {
            return Err(error(vm, "total struct size too long"));
        }
        match c {
            b'x' => lay.size += count,
            b's' | b'p' => {
                lay.runs.push(Run { code: c, offset: lay.size, size: count, repeat: 1 });
                lay.count += 1;
                lay.size += count;
            }
            _ => {
                if count > 0 {
                    lay.runs.push(Run { code: c, offset: lay.size, size, repeat: count });
                }
                lay.count += count;
                lay.size += count * size;
            }
        }
    }
    Ok(lay)
}

fn format_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.as_str() {
        return Ok(s.as_bytes().to_vec());
    }
    if let Some(b) = v.as_bytes() {
        return Ok(b.to_vec());
    }
    Err(type_error(format!("Struct() argument 1 must be a str or bytes object, not {}", type_name(v))))
}

// ---- packing ----------------------------------------------------------------------------------

fn put_uint(out: &mut [u8], v: u64, big: bool) {
    let n = out.len();
    for (k, b) in out.iter_mut().enumerate() {
        let shift = if big { (n - 1 - k) * 8 } else { k * 8 };
        *b = (v >> shift) as u8;
    }
}

fn get_uint(data: &[u8], big: bool) -> u64 {
    let n = data.len();
    let mut v = 0u64;
    for (k, b) in data.iter().enumerate() {
        let shift = if big { (n - 1 - k) * 8 } else { k * 8 };
        v |= (*b as u64) << shift;
    }
    v
}

/// The integer to pack, with CPython's range errors for `code` of `size` bytes.
fn int_for(vm: &mut Vm, lay: &Layout, code: u8, size: usize, v: &Value) -> PyResult<u64> {
    let Some(x) = vm.index_opt_big(v).map_err(|_| error(vm, "required argument is not an integer"))? else {
        return Err(error(vm, "required argument is not an integer"));
    };
    if code == b'P' {
        return Ok(x.to_i128().map(|i| i as u64).unwrap_or(0));
    }
    let signed = code.is_ascii_lowercase();
    let bits = size * 8;
    let (min, max): (i128, i128) = if signed { (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1) } else { (0, (1i128 << bits) - 1) };
    let xi = x.to_i128();
    if let Some(i) = xi {
        if i >= min && i <= max {
            return Ok(i as u64);
        }
    }
    // Out of range: the message depends on the code and on which packer CPython uses.
    let le_native = matches!(lay.order, b'@' | b'=' | b'<');
    if size == 8 {
        return Err(error(vm, if le_native { "argument out of range" } else { "int too large to convert" }));
    }
    // Values that do not even fit a C long.
    let fits_long = xi.map(|i| i >= i64::MIN as i128 && i <= i64::MAX as i128).unwrap_or(false);
    let fits_ulong = xi.map(|i| i >= 0 && i <= u64::MAX as i128).unwrap_or(false);
    let named = match (code, le_native) {
        (b'b', _) => Some("byte"),
        (b'B', _) => Some("ubyte"),
        (b'h', true) => Some("short"),
        (b'H', true) => Some("ushort"),
        _ => None,
    };
    if let Some(n) = named {
        if !fits_long {
            return Err(error(vm, "argument out of range"));
        }
        let range = if signed { format!("{min} <= number <= {max}") } else { format!("0 <= number <= {max}") };
        return Err(error(vm, format!("{n} format requires {range}")));
    }
    let c = code as char;
    if signed {
        if !fits_long {
            return Err(error(vm, "argument out of range"));
        }
        return Err(error(vm, format!("'{c}' format requires {min} <= number <= {max}")));
    }
    if x.is_negative() || !fits_ulong {
        return Err(error(vm, "argument out of range"));
    }
    Err(error(vm, format!("'{c}' format requires 0 <= number <= {max}")))
}

fn float_for(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    match vm.to_f64(v) {
        Ok(f) => Ok(f),
        Err(e) if e.matches(ExcType::TypeError) => Err(error(vm, "required argument is not a float")),
        Err(e) => Err(e),
    }
}

/// IEEE 754 binary16 from a double, rounding half to even (CPython's PyFloat_Pack2);
/// None on overflow.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    let a = x.abs();
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    let (f, e) = crate::num::math::frexp(a); // a = f * 2**e, 0.5 <= f < 1
    let (mut f, mut e) = (f * 2.0, e - 1); // 1 <= f < 2
    if e >= 16 {
        return None;
    } else if e < -25 {
        f = 0.0;
        e = 0;
    } else if e < -14 {
        f *= 2f64.powi(14 + e);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    let mut bits = f as u32;
    let rest = f - bits as f64;
    if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            e += 1;
            if e == 31 {
                return None;
            }
        }
    }
    Some(sign | ((e as u16) << 10) | bits as u16)
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let f = (h & 0x3ff) as f64;
    sign * match e {
        0 => f * 2f64.powi(-24),
        31 => {
            if f == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + f / 1024.0) * 2f64.powi(e - 15),
    }
}

/// Packs `vals` into `out`; the callers have checked their count ([`check_count`]).
fn pack_values(vm: &mut Vm, lay: &Layout, vals: &[Value], out: &mut [u8]) -> PyResult<()> {
    let big = lay.big();
    for (it, v) in lay.items().zip(vals) {
        let dst = &mut out[it.offset..it.offset + it.size];
        match it.code {
            b'c' => match v.as_bytes() {
                Some(b) if b.len() == 1 && v.kind() == Kind::Bytes => dst[0] = b[0],
                _ => return Err(error(vm, "char format requires a bytes object of length 1")),
            },
            b's' | b'p' => {
                let Some(b) = (match v.kind() {
                    Kind::Bytes | Kind::ByteArray => crate::types::bytes::bytes_like(v),
                    _ => None,
                }) else {
                    return Err(error(vm, format!("argument for '{}' must be a bytes object", it.code as char)));
                };
                dst.fill(0);
                if it.code == b's' {
                    let n = b.len().min(it.size);
                    dst[..n].copy_from_slice(&b[..n]);
                } else if it.size > 0 {
                    let n = b.len().min(it.size - 1).min(255);
                    dst[1..1 + n].copy_from_slice(&b[..n]);
                    dst[0] = n as u8;
                }
            }
            b'?' => dst[0] = vm.truthy(v)? as u8,
            b'e' => {
                let f = float_for(vm, v)?;
                let h = f64_to_half(f).ok_or_else(|| crate::error::overflow_error("float too large to pack with e format"))?;
                put_uint(dst, h as u64, big);
            }
            b'f' => {
                let f = float_for(vm, v)?;
                let x = f as f32;
                if x.is_infinite() && f.is_finite() && !lay.native() {
                    return Err(crate::error::overflow_error("float too large to pack with f format"));
                }
                put_uint(dst, x.to_bits() as u64, big);
            }
            b'd' => {
                let f = float_for(vm, v)?;
                put_uint(dst, f.to_bits(), big);
            }
            code => {
                let x = int_for(vm, lay, code, it.size, v)?;
                put_uint(dst, x, big);
            }
        }
    }
    Ok(())
}

fn unpack_values(lay: &Layout, data: &[u8]) -> Value {
    let big = lay.big();
    let mut out = Vec::with_capacity(lay.count);
    for it in lay.items() {
        let src = &data[it.offset..it.offset + it.size];
        out.push(match it.code {
            b'c' => Value::bytes(src.to_vec()),
            b's' => Value::bytes(src.to_vec()),
            b'p' => {
                let n = if src.is_empty() { 0 } else { (src[0] as usize).min(src.len() - 1) };
                Value::bytes(src.get(1..1 + n).unwrap_or(&[]).to_vec())
            }
            b'?' => Value::bool(src[0] != 0),
            b'e' => Value::float(half_to_f64(get_uint(src, big) as u16)),
            b'f' => Value::float(f32::from_bits(get_uint(src, big) as u32) as f64),
            b'd' => Value::float(f64::from_bits(get_uint(src, big))),
            code => {
                let u = get_uint(src, big);
                if code.is_ascii_lowercase() {
                    let bits = it.size * 8;
                    let v = if bits == 64 { u as i64 } else { ((u << (64 - bits)) as i64) >> (64 - bits) };
                    Value::int(v)
                } else if u > i64::MAX as u64 {
                    Value::from_bigint(BigInt::from(u))
                } else {
                    Value::int(u as i64)
                }
            }
        });
    }
    Value::tuple(out)
}

/// The bytes of a readable buffer argument.
fn buffer(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::types::bytes::bytes_like(v) {
        return Ok(b);
    }
    if let Some(b) = crate::modules::array::array_bytes(v) {
        return Ok(b);
    }
    Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(v))))
}

// ---- module functions -------------------------------------------------------------------------

fn layout_of(vm: &mut Vm, f: &Value) -> PyResult<Layout> {
    if let Some(s) = f.native::<StructObj>() {
        return Ok(s.layout.borrow().clone());
    }
    let fmt = format_arg(f)?;
    parse(vm, &fmt)
}

/// The values given must be as many as the format's items (checked before any buffer is made).
fn check_count(vm: &mut Vm, lay: &Layout, n: usize, fname: &str) -> PyResult<()> {
    if n != lay.count {
        return Err(error(vm, format!("{fname} expected {} items for packing (got {n})", lay.count)));
    }
    Ok(())
}

fn do_pack(vm: &mut Vm, lay: &Layout, vals: &[Value]) -> PyResult {
    check_count(vm, lay, vals.len(), "pack")?;
    let mut out = vec![0u8; lay.size];
    pack_values(vm, lay, vals, &mut out)?;
    Ok(Value::bytes(out))
}

fn do_unpack(vm: &mut Vm, lay: &Layout, buf: &Value) -> PyResult {
    let data = buffer(buf)?;
    if data.len() != lay.size {
        return Err(error(vm, format!("unpack requires a buffer of {} bytes", lay.size)));
    }
    Ok(unpack_values(lay, &data))
}

fn do_unpack_from(vm: &mut Vm, lay: &Layout, buf: &Value, offset: Option<&Value>) -> PyResult {
    let data = buffer(buf)?;
    let mut off = match offset {
        Some(o) => vm.to_isize(o)?,
        None => 0,
    };
    let n = data.len() as isize;
    if off < 0 {
        if off + n < 0 {
            return Err(error(vm, format!("offset {off} out of range for {n}-byte buffer")));
        }
        off += n;
    }
    if n - off < lay.size as isize {
        if off > n {
            return Err(error(vm, format!("offset {off} out of range for {n}-byte buffer")));
        }
        return Err(error(
            vm,
            format!("unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {off} (actual buffer size is {n})", lay.size as isize + off, lay.size),
        ));
    }
    Ok(unpack_values(lay, &data[off as usize..off as usize + lay.size]))
}

fn do_pack_into(vm: &mut Vm, lay: &Layout, rest: &[Value]) -> PyResult {
    let Some(buf) = rest.first() else { return Err(error(vm, "pack_into expected buffer argument")) };
    let Some(offv) = rest.get(1) else { return Err(error(vm, "pack_into expected offset argument")) };
    let vals = &rest[2..];
    check_count(vm, lay, vals.len(), "pack_into")?;
    let mut off = vm.to_isize(offv)?;
    let n = match buf.downcast::<crate::types::bytes::ByteArrayData>() {
        Some(b) => b.get().len(),
        None => match crate::modules::array::array_bytes(buf) {
            Some(b) => b.len(),
            None => {
                return Err(type_error(format!(
                    "argument must be read-write bytes-like object, not {}",
                    type_name(buf)
                )))
            }
        },
    } as isize;
    if off < 0 {
        if off + n < 0 {
            return Err(error(vm, format!("offset {off} out of range for {n}-byte buffer")));
        }
        off += n;
    }
    if n - off < lay.size as isize {
        if off > n {
            return Err(error(vm, format!("offset {off} out of range for {n}-byte buffer")));
        }
        return Err(error(
            vm,
            format!("pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {off} (actual buffer size is {n})", lay.size as isize + off, lay.size),
        ));
    }
    let mut out = vec![0u8; lay.size];
    pack_values(vm, lay, vals, &mut out)?;
    let off = off as usize;
    if let Some(b) = buf.downcast::<crate::types::bytes::ByteArrayData>() {
        b.get_mut()[off..off + lay.size].copy_from_slice(&out);
    } else {
        crate::modules::array::array_write_bytes(buf, off, &out);
    }
    Ok(Value::none())
}

fn split_fmt<'a>(args: &Args<'a>, fname: &str, min: usize) -> PyResult<(&'a Value, &'a [Value])> {
    args.no_kwargs(fname)?;
    let pos = args.pos();
    if pos.len() < min {
        return Err(type_error("missing format argument"));
    }
    Ok((&pos[0], &pos[1..]))
}

fn pack(vm: &mut Vm, args: Args) -> PyResult {
    let (f, vals) = split_fmt(&args, "pack", 1)?;
    let lay = layout_of(vm, f)?;
    do_pack(vm, &lay, vals)
}

fn unpack(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("unpack")?;
    let pos = args.pos();
    crate::modules::support::check_positional("unpack", pos.len(), 2, 2)?;
    let lay = layout_of(vm, &pos[0])?;
    do_unpack(vm, &lay, &pos[1])
}

fn calcsize(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("_struct.calcsize", 1, 1)?;
    Ok(Value::int(layout_of(vm, &pos[0])?.size as i64))
}

fn pack_into(vm: &mut Vm, args: Args) -> PyResult {
    let (f, rest) = split_fmt(&args, "pack_into", 1)?;
    let lay = layout_of(vm, f)?;
    do_pack_into(vm, &lay, rest)
}

fn unpack_from(vm: &mut Vm, args: Args) -> PyResult {
    let [f, buf, off] = args.bind("unpack_from", ["format", "buffer", "offset"], 2, 1)?;
    let lay = layout_of(vm, &f.unwrap_or_else(Value::none))?;
    do_unpack_from(vm, &lay, &buf.unwrap_or_else(Value::none), off.as_ref())
}

fn iter_unpack(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("iter_unpack")?;
    let pos = args.pos();
    crate::modules::support::check_positional("iter_unpack", pos.len(), 2, 2)?;
    let lay = layout_of(vm, &pos[0])?;
    new_unpack_iter(vm, lay, &pos[1])
}

fn clearcache(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::none())
}

// ---- Struct -----------------------------------------------------------------------------------

struct StructObj {
    format: RefCell<Option<Value>>,
    layout: RefCell<Layout>,
}
native_object!(StructObj; format);

const STRUCT_METHODS: &[MethodDef] = &[
    staticmethod("__new__", struct_new),
    method("__init__", struct_init),
    method("pack", struct_pack),
    method("unpack", struct_unpack),
    method("pack_into", struct_pack_into),
    method("unpack_from", struct_unpack_from),
    method("iter_unpack", struct_iter_unpack),
];

const STRUCT_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("format", struct_format, None), ("size", struct_size, None)];

fn struct_new(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(alloc_native(&args.all[0], StructObj { format: RefCell::new(None), layout: RefCell::new(Layout { order: b'@', ..Default::default() }) }))
}

fn struct_init(vm: &mut Vm, args: Args) -> PyResult {
    let s = this::<StructObj>(&args, "_struct.Struct")?;
    let [f] = args.rest().bind("Struct", ["format"], 1, 0)?;
    let f = f.unwrap_or_else(Value::none);
    let fmt = format_arg(&f)?;
    let lay = parse(vm, &fmt)?;
    *s.layout.borrow_mut() = lay;
    let old = s.format.replace(Some(Value::string(String::from_utf8_lossy(&fmt).into_owned())));
    drop(old);
    Ok(Value::none())
}

fn lay(args: &Args) -> PyResult<Layout> {
    Ok(this::<StructObj>(args, "_struct.Struct")?.layout.borrow().clone())
}

fn struct_pack(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("pack")?;
    let l = lay(&args)?;
    do_pack(vm, &l, &args.pos()[1..])
}

fn struct_unpack(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("unpack", 1, 1)?;
    let l = lay(&args)?;
    do_unpack(vm, &l, &pos[1])
}

fn struct_pack_into(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("pack_into")?;
    let l = lay(&args)?;
    do_pack_into(vm, &l, &args.pos()[1..])
}

fn struct_unpack_from(vm: &mut Vm, args: Args) -> PyResult {
    let l = lay(&args)?;
    let [buf, off] = args.rest().bind("unpack_from", ["buffer", "offset"], 1, 0)?;
    do_unpack_from(vm, &l, &buf.unwrap_or_else(Value::none), off.as_ref())
}

fn struct_iter_unpack(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("iter_unpack", 1, 1)?;
    let l = lay(&args)?;
    new_unpack_iter(vm, l, &pos[1])
}

fn struct_format(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.native::<StructObj>().and_then(|s| s.format.borrow().clone()).unwrap_or_else(Value::none))
}

fn struct_size(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(v.native::<StructObj>().map(|s| s.layout.borrow().size).unwrap_or(0) as i64))
}

// ---- iter_unpack ------------------------------------------------------------------------------

struct UnpackIter {
    layout: Layout,
    data: Vec<u8>,
    pos: std::cell::Cell<usize>,
}

impl crate::types::native::NativeObject for UnpackIter {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn new_unpack_iter(vm: &mut Vm, layout: Layout, buf: &Value) -> PyResult {
    if layout.size == 0 {
        return Err(error(vm, "cannot iteratively unpack with a struct of length 0"));
    }
    let data = buffer(buf)?;
    if data.len() % layout.size != 0 {
        return Err(error(vm, format!("iterative unpacking requires a buffer of a multiple of {} bytes", layout.size)));
    }
    let t = crate::modules::support::native_type("_struct.unpack_iterator");
    Ok(alloc_native(&t, UnpackIter { layout, data, pos: std::cell::Cell::new(0) }))
}

fn unpack_iter_next(_vm: &mut Vm, args: Args) -> PyResult {
    let it = this::<UnpackIter>(&args, "_struct.unpack_iterator")?;
    let p = it.pos.get();
    if p + it.layout.size > it.data.len() {
        return Err(crate::error::stop_iteration());
    }
    it.pos.set(p + it.layout.size);
    Ok(unpack_values(&it.layout, &it.data[p..p + it.layout.size]))
}

fn unpack_iter_len(_vm: &mut Vm, args: Args) -> PyResult {
    let it = this::<UnpackIter>(&args, "_struct.unpack_iterator")?;
    Ok(Value::int(((it.data.len() - it.pos.get()) / it.layout.size.max(1)) as i64))
}
