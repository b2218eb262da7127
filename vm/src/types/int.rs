//! `int` (and the int behaviour of `bool`): small ints are unboxed in the `Value`; larger ones
//! are heap `BigInt`s. The arithmetic itself is `num::Int` (CPython-exact results and
//! messages); this file boxes and unboxes, and holds the Python-level methods.

use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::num::int_str;
use crate::num::{Int, IntOrFloat, NumError};
use crate::object::{alloc_obj, Kind, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{classmethod, method, staticmethod, Args, MethodDef};
use crate::types::numops::bind_args;
use crate::types::typeobj::{alloc_instance, lookup_str, type_name};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// Payload of a heap int. Exact `int`s hold values outside the small-int range; instances of
/// int subclasses may hold any value (`as_int` normalizes).
pub struct BigIntData(pub BigInt);

impl Trace for BigIntData {}

/// An int operand, borrowed from a value. `Big` always holds a value outside `i64`.
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_big(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }
    /// The value as a `num::Int` (copies a big value).
    #[inline]
    pub fn to_num(&self) -> Int {
        match self {
            IntRef::Small(i) => Int::Small(*i),
            IntRef::Big(b) => Int::Big((*b).clone()),
        }
    }
    pub fn is_zero(&self) -> bool {
        matches!(self, IntRef::Small(0))
    }
    pub fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Big(b) => b.sign() == Sign::Minus,
        }
    }
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(*i),
            IntRef::Big(_) => None,
        }
    }
    /// `float(self)`, correctly rounded; OverflowError "int too large to convert to float".
    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            IntRef::Small(i) => Ok(*i as f64),
            IntRef::Big(_) => Ok(self.to_num().to_f64()?),
        }
    }
}

impl Value {
    /// An int from i64 (boxed if it does not fit a small int).
    #[inline]
    pub fn int(i: i64) -> Value {
        match Value::try_small(i) {
            Some(v) => v,
            None => alloc_obj(&rt().ty_borrowed(BT::Int), BigIntData(BigInt::from(i)), 0),
        }
    }

    /// An int from a BigInt (normalized to a small int when it fits).
    pub fn from_bigint(b: BigInt) -> Value {
        if let Some(i) = b.to_i64() {
            if let Some(v) = Value::try_small(i) {
                return v;
            }
        }
        alloc_obj(&rt().ty_borrowed(BT::Int), BigIntData(b), 0)
    }

    /// An int from a `num::Int`.
    #[inline]
    pub fn from_num(i: Int) -> Value {
        match i {
            Int::Small(v) => Value::int(v),
            Int::Big(b) => alloc_obj(&rt().ty_borrowed(BT::Int), BigIntData(b), 0),
        }
    }

    /// The int value of an int or bool (or int subclass).
    #[inline]
    pub fn as_int(&self) -> Option<IntRef<'_>> {
        if let Some(i) = self.as_small() {
            return Some(IntRef::Small(i as i64));
        }
        let h = self.header()?;
        match h.kind {
            Kind::Int => {
                let b = &self.downcast::<BigIntData>()?.0;
                Some(match b.to_i64() {
                    Some(i) => IntRef::Small(i),
                    None => IntRef::Big(b),
                })
            }
            Kind::Bool => Some(IntRef::Small(*self.downcast::<bool>()? as i64)),
            _ => None,
        }
    }

    /// The int value as a `num::Int` (copies a big value).
    #[inline]
    pub fn as_num_int(&self) -> Option<Int> {
        self.as_int().map(|i| i.to_num())
    }

    /// The value as i64 if it is an int that fits.
    #[inline]
    pub fn as_i64(&self) -> Option<i64> {
        if let Some(i) = self.as_small() {
            return Some(i as i64);
        }
        self.as_int().and_then(|i| i.to_i64())
    }
}

// ---- Operators used by ops.rs and numops.rs ----------------------------------------------------

pub fn int_add(a: &IntRef, b: &IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        return Value::int_i128(*x as i128 + *y as i128);
    }
    Value::from_num(a.to_num().add(&b.to_num()))
}

pub fn int_sub(a: &IntRef, b: &IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        return Value::int_i128(*x as i128 - *y as i128);
    }
    Value::from_num(a.to_num().sub(&b.to_num()))
}

pub fn int_mul(a: &IntRef, b: &IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        return Value::int_i128(*x as i128 * *y as i128);
    }
    Value::from_num(a.to_num().mul(&b.to_num()))
}

/// `a // b` ("integer division or modulo by zero").
pub fn int_floordiv(a: &IntRef, b: &IntRef) -> PyResult {
    Ok(Value::from_num(a.to_num().floor_div(&b.to_num())?))
}

/// `a % b` ("integer modulo by zero").
pub fn int_mod(a: &IntRef, b: &IntRef) -> PyResult {
    Ok(Value::from_num(a.to_num().modulo(&b.to_num())?))
}

/// `divmod(a, b)` as a tuple.
pub fn int_divmod(a: &IntRef, b: &IntRef) -> PyResult {
    let (q, r) = a.to_num().div_mod(&b.to_num())?;
    Ok(Value::tuple(vec![Value::from_num(q), Value::from_num(r)]))
}

/// `a / b`, correctly rounded.
pub fn int_truediv(a: &IntRef, b: &IntRef) -> PyResult {
    Ok(Value::float(a.to_num().true_div(&b.to_num())?))
}

/// `a ** b` (a float for negative `b`).
pub fn int_pow(a: &IntRef, b: &IntRef) -> PyResult {
    Ok(match a.to_num().pow(&b.to_num())? {
        IntOrFloat::Int(i) => Value::from_num(i),
        IntOrFloat::Float(f) => Value::float(f),
    })
}

/// `pow(b, e, m)` for ints (negative `e` → modular inverse, as CPython 3.8+).
pub fn int_pow_mod(b: &IntRef, e: &IntRef, m: &IntRef) -> PyResult {
    Ok(Value::from_num(b.to_num().pow_mod(&e.to_num(), &m.to_num())?))
}

pub fn int_neg(a: &IntRef) -> Value {
    match a {
        IntRef::Small(x) => Value::int_i128(-(*x as i128)),
        IntRef::Big(_) => Value::from_num(a.to_num().neg()),
    }
}

pub fn int_cmp(a: &IntRef, b: &IntRef) -> std::cmp::Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(y),
        (IntRef::Big(x), IntRef::Big(y)) => x.cmp(y),
        // A Big lies outside i64, so its sign decides.
        (IntRef::Big(x), IntRef::Small(_)) => {
            if x.sign() == Sign::Minus {
                std::cmp::Ordering::Less
            } else {
                std::cmp::Ordering::Greater
            }
        }
        (IntRef::Small(_), IntRef::Big(y)) => {
            if y.sign() == Sign::Minus {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Less
            }
        }
    }
}

pub fn int_lshift(a: &IntRef, b: &IntRef) -> PyResult {
    if let (IntRef::Small(x), IntRef::Small(n)) = (a, b) {
        if (0..63).contains(n) {
            let r = x << n;
            if r >> n == *x {
                return Ok(Value::int(r));
            }
        }
    }
    Ok(Value::from_num(a.to_num().shl(&b.to_num())?))
}

pub fn int_rshift(a: &IntRef, b: &IntRef) -> PyResult {
    if let (IntRef::Small(x), IntRef::Small(n)) = (a, b) {
        if *n >= 0 {
            return Ok(Value::int(x >> (*n).min(63)));
        }
    }
    Ok(Value::from_num(a.to_num().shr(&b.to_num())?))
}

/// `a & b`, `a | b`, `a ^ b` (`op` is the operator character).
pub fn int_bitop(a: &IntRef, b: &IntRef, op: u8) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        return Value::int(match op {
            b'&' => x & y,
            b'|' => x | y,
            _ => x ^ y,
        });
    }
    let (x, y) = (a.to_num(), b.to_num());
    Value::from_num(match op {
        b'&' => x.bitand(&y),
        b'|' => x.bitor(&y),
        _ => x.bitxor(&y),
    })
}

/// Python's int hash (modulo 2**61 - 1, -1 mapped to -2).
#[inline]
pub fn int_hash(a: &IntRef) -> i64 {
    match a {
        IntRef::Small(x) => crate::num::hash::hash_int(&Int::Small(*x)),
        IntRef::Big(_) => crate::num::hash::hash_int(&a.to_num()),
    }
}

/// `str(i)` subject to `sys.set_int_max_str_digits`.
pub fn int_to_decimal(vm: &Vm, a: &IntRef) -> PyResult<String> {
    match a {
        IntRef::Small(x) => Ok(x.to_string()),
        IntRef::Big(_) => Ok(int_str::int_to_decimal(&a.to_num(), vm.int_max_str_digits)?),
    }
}

/// `str(i)` without the digit limit (for messages and debugging).
pub fn int_to_string(a: &IntRef) -> String {
    match a {
        IntRef::Small(x) => x.to_string(),
        IntRef::Big(b) => b.to_string(),
    }
}

/// The int held by `v` as BigInt (for code that needs big arithmetic).
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    v.as_int().map(|i| i.to_big())
}

/// The ValueError (or other error) for `int(text, base)` failing on `obj`.
pub fn parse_error(vm: &mut Vm, e: NumError, obj: &Value) -> PyErr {
    match e {
        NumError::InvalidLiteral { base } => {
            // bytearray and memoryview arguments are reported as the bytes they held.
            let repr = match obj.kind() {
                Kind::Str | Kind::Bytes => vm.repr_string(obj),
                _ => match crate::types::bytes::bytes_like(obj) {
                    Some(b) => Ok(crate::types::bytes::bytes_repr(&b)),
                    None => vm.repr_string(obj),
                },
            };
            match repr {
                Ok(r) => value_error(crate::num::invalid_literal_message(base, &r)),
                Err(e) => e,
            }
        }
        e => e.into(),
    }
}

/// `int(obj, base)` for a str, bytes or bytearray `obj` (None if it is neither).
pub fn int_from_text(vm: &mut Vm, obj: &Value, base: u32) -> Option<PyResult> {
    let limit = vm.int_max_str_digits;
    let r = if let Some(s) = obj.as_str() {
        int_str::parse_int_str(s, base, limit)
    } else if let Some(b) = obj.as_bytes() {
        int_str::parse_int_bytes(b, base, limit)
    } else if matches!(obj.kind(), Kind::ByteArray | Kind::MemoryView) {
        let b = crate::types::bytes::bytes_like(obj)?;
        int_str::parse_int_bytes(&b, base, limit)
    } else {
        return None;
    };
    Some(match r {
        Ok(i) => Ok(Value::from_num(i)),
        Err(e) => Err(parse_error(vm, e, obj)),
    })
}

// ---- Python-level methods ---------------------------------------------------------------------

pub const INT_METHODS: &[MethodDef] = &[
    staticmethod("__new__", int_new),
    method("__repr__", int_repr),
    method("__hash__", int_hash_m),
    method("__bool__", int_bool),
    method("__index__", int_int),
    method("__int__", int_int),
    method("__float__", int_float),
    method("__neg__", int_neg_m),
    method("__pos__", int_int),
    method("__abs__", int_abs),
    method("__invert__", int_invert),
    method("__trunc__", int_int),
    method("__floor__", int_int),
    method("__ceil__", int_int),
    method("__round__", int_round),
    method("__format__", int_format),
    method("__getnewargs__", int_getnewargs),
    method("__sizeof__", int_sizeof),
    method("bit_length", int_bit_length),
    method("bit_count", int_bit_count),
    method("conjugate", int_int),
    method("as_integer_ratio", int_as_integer_ratio),
    method("to_bytes", int_to_bytes),
    classmethod("from_bytes", int_from_bytes),
];

/// `self` of an int method, with CPython's descriptor error for a wrong type.
fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<IntRef<'a>> {
    let v = args.pos().first().ok_or_else(|| type_error(format!("descriptor '{name}' of 'int' object needs an argument")))?;
    v.as_int().ok_or_else(|| {
        type_error(format!("descriptor '{name}' for 'int' objects doesn't apply to a '{}' object", type_name(v)))
    })
}

/// `self` of a method that takes no arguments.
fn this0<'a>(args: &Args<'a>, name: &str) -> PyResult<IntRef<'a>> {
    let i = this(args, name)?;
    args.no_kwargs_of("int", name)?;
    let n = args.pos().len() - 1;
    if n != 0 {
        return Err(type_error(format!("int.{name}() takes no arguments ({n} given)")));
    }
    Ok(i)
}

/// `int(x=0, /, base=10)`.
pub fn int_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.pos().first().cloned().ok_or_else(|| type_error("int.__new__(): not enough arguments"))?;
    crate::types::numops::check_new_cls(&cls, BT::Int, "int")?;
    let rest = args.rest();
    let [x, base] = bind_args(&rest, "int", ["x", "base"], 1, 2, 0)?;
    let v = match (x, base) {
        (None, None) => Value::int(0),
        (None, Some(_)) => return Err(type_error("int() missing string argument")),
        (Some(x), None) => vm.to_int(&x)?,
        (Some(x), Some(b)) => {
            let b = vm.index(&b)?;
            let base = match b.as_i64() {
                Some(b) if b == 0 || (2..=36).contains(&b) => b as u32,
                _ => return Err(value_error("int() base must be >= 2 and <= 36, or 0")),
            };
            match int_from_text(vm, &x, base) {
                Some(r) => r?,
                None => return Err(type_error("int() can't convert non-string with explicit base")),
            }
        }
    };
    if cls.as_ptr() == rt().ty_ptr(BT::Int) {
        return Ok(v);
    }
    let big = v.as_int().map(|i| i.to_big()).unwrap_or_default();
    Ok(alloc_instance(&cls, BigIntData(big)))
}

fn int_repr(vm: &mut Vm, args: Args) -> PyResult {
    let i = this(&args, "__repr__")?;
    Ok(Value::string(int_to_decimal(vm, &i)?))
}

fn int_hash_m(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(int_hash(&this(&args, "__hash__")?)))
}

fn int_bool(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(!this(&args, "__bool__")?.is_zero()))
}

/// The plain int value of `v` (drops the subclass / bool-ness).
pub fn exact_int(v: &Value) -> Option<Value> {
    if v.is_small() || v.class_ptr() == rt().ty_ptr(BT::Int) {
        return Some(v.clone());
    }
    Some(match v.as_int()? {
        IntRef::Small(i) => Value::int(i),
        IntRef::Big(b) => Value::from_bigint(b.clone()),
    })
}

fn int_int(_vm: &mut Vm, args: Args) -> PyResult {
    this(&args, "__int__")?;
    args.check("__int__", 1, 1)?;
    Ok(exact_int(args.self_()).unwrap_or_else(|| Value::int(0)))
}

fn int_float(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::float(this(&args, "__float__")?.to_f64()?))
}

fn int_neg_m(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(int_neg(&this(&args, "__neg__")?))
}

fn int_abs(_vm: &mut Vm, args: Args) -> PyResult {
    let a = this(&args, "__abs__")?;
    if a.is_negative() {
        return Ok(int_neg(&a));
    }
    Ok(exact_int(args.self_()).unwrap_or_else(|| Value::int(0)))
}

fn int_invert(_vm: &mut Vm, args: Args) -> PyResult {
    let a = this(&args, "__invert__")?;
    Ok(match a {
        IntRef::Small(x) => Value::int(!x),
        IntRef::Big(_) => Value::from_num(a.to_num().invert()),
    })
}

/// `int.__round__(ndigits=None)`.
fn int_round(vm: &mut Vm, args: Args) -> PyResult {
    let a = this(&args, "__round__")?.to_num();
    args.no_kwargs("__round__")?;
    let n = args.pos().len() - 1;
    if n > 1 {
        return Err(type_error(format!("__round__ expected at most 1 argument, got {n}")));
    }
    let nd = match args.pos().get(1) {
        Some(nd) if !nd.is_none() => vm.index(nd)?,
        _ => return Ok(Value::from_num(a)),
    };
    let nd = nd.as_num_int().unwrap_or(Int::ZERO);
    Ok(Value::from_num(a.round(&nd)))
}

fn int_format(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__format__", 2, 2)?;
    this(&args, "__format__")?;
    let spec = pos[1]
        .as_str()
        .ok_or_else(|| type_error(format!("__format__() argument must be str, not {}", type_name(&pos[1]))))?;
    crate::format::format_int_value(vm, &pos[0], spec)
}

fn int_getnewargs(_vm: &mut Vm, args: Args) -> PyResult {
    this0(&args, "__getnewargs__")?;
    Ok(Value::tuple(vec![exact_int(args.self_()).unwrap_or_else(|| Value::int(0))]))
}

fn int_sizeof(_vm: &mut Vm, args: Args) -> PyResult {
    let a = this0(&args, "__sizeof__")?;
    // CPython: 24 bytes of header plus 4 per 30-bit digit (at least one).
    let bits = a.to_num().bit_length().max(1);
    Ok(Value::int(24 + 4 * bits.div_ceil(30) as i64))
}

fn int_bit_length(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(this0(&args, "bit_length")?.to_num().bit_length() as i64))
}

fn int_bit_count(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(this0(&args, "bit_count")?.to_num().bit_count() as i64))
}

fn int_as_integer_ratio(_vm: &mut Vm, args: Args) -> PyResult {
    this0(&args, "as_integer_ratio")?;
    let v = exact_int(args.self_()).unwrap_or_else(|| Value::int(0));
    Ok(Value::tuple(vec![v, Value::int(1)]))
}

/// A `byteorder` argument: a str naming "little" or "big".
fn byteorder_arg(v: Option<Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => {
            let s = v.as_str().ok_or_else(|| {
                type_error(format!("{fname}() argument 'byteorder' must be str, not {}", type_name(&v)))
            })?;
            Ok(int_str::parse_byteorder(s)?)
        }
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let i = this(&args, "to_bytes")?.to_num();
    let rest = args.rest();
    let [length, byteorder, signed] = bind_args(&rest, "to_bytes", ["length", "byteorder", "signed"], 0, 2, 0)?;
    let length = match length {
        None => 1,
        Some(l) => {
            let l = vm.index(&l)?;
            match l.as_i64() {
                Some(n) => n,
                None => return Err(PyErr::new(ExcType::OverflowError, "Python int too large to convert to C ssize_t")),
            }
        }
    };
    let little = byteorder_arg(byteorder, "to_bytes")?;
    let signed = match signed {
        None => false,
        Some(s) => vm.truthy(&s)?,
    };
    Ok(Value::bytes(int_str::to_bytes(&i, length, little, signed)?))
}

/// `PyObject_Bytes`: bytes from a bytes-like object, `__bytes__`, or an iterable of ints.
fn object_to_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::types::bytes::bytes_like(v) {
        return Ok(b);
    }
    if let Some(f) = lookup_str(&v.class(), "__bytes__") {
        let r = vm.call_unbound(&f, v, &[])?;
        return r
            .as_bytes()
            .map(|b| b.to_vec())
            .ok_or_else(|| type_error(format!("__bytes__ returned non-bytes (type {})", type_name(&r))));
    }
    let cannot = || type_error(format!("cannot convert '{}' object to bytes", type_name(v)));
    if matches!(v.kind(), Kind::Str | Kind::Int | Kind::Bool) || lookup_str(&v.class(), "__iter__").is_none() {
        return Err(cannot());
    }
    let items = vm.collect_iter(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let i = vm.index(&it)?;
        match i.as_i64() {
            Some(b @ 0..=255) => out.push(b as u8),
            _ => return Err(value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a classmethod).
fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.pos().first().cloned().ok_or_else(|| type_error("from_bytes() needs a class"))?;
    let rest = args.rest();
    let [bytes, byteorder, signed] = bind_args(&rest, "from_bytes", ["bytes", "byteorder", "signed"], 0, 2, 1)?;
    let little = byteorder_arg(byteorder, "from_bytes")?;
    let signed = match signed {
        None => false,
        Some(s) => vm.truthy(&s)?,
    };
    let data = object_to_bytes(vm, &bytes.unwrap_or_else(Value::none))?;
    let v = Value::from_num(int_str::from_bytes(&data, little, signed));
    if cls.as_ptr() == rt().ty_ptr(BT::Int) {
        return Ok(v);
    }
    vm.call(&cls, &[v])
}
