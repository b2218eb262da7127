//! `int` (and the int behaviour of `bool`): small ints are unboxed in the `Value`; larger ones
//! are heap `BigInt`s. Arithmetic takes the i64 fast path and promotes on overflow.

use crate::error::{type_error, value_error, zero_division, ExcType, PyErr, PyResult};
use crate::object::{alloc_obj, Kind, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::typeobj::{alloc_instance, type_name};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Payload of a heap int: always outside the small-int range (normalized).
pub struct BigIntData(pub BigInt);

impl Trace for BigIntData {}

/// An int operand, borrowed from a value.
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
    pub fn is_zero(&self) -> bool {
        match self {
            IntRef::Small(i) => *i == 0,
            IntRef::Big(b) => b.is_zero(),
        }
    }
    pub fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
    pub fn to_i64(&self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(*i),
            IntRef::Big(b) => b.to_i64(),
        }
    }
    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            IntRef::Small(i) => Ok(*i as f64),
            IntRef::Big(b) => big_to_f64(b),
        }
    }
}

/// Correctly rounded BigInt → f64 (OverflowError when too large).
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    let f = b.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(PyErr::new(ExcType::OverflowError, "int too large to convert to float"));
    }
    Ok(f)
}

impl Value {
    /// An int from i64 (boxed if it does not fit a small int).
    #[inline]
    pub fn int(i: i64) -> Value {
        match Value::try_small(i) {
            Some(v) => v,
            None => alloc_obj(&rt().ty(BT::Int), BigIntData(BigInt::from(i)), 0),
        }
    }

    /// An int from a BigInt (normalized to a small int when it fits).
    pub fn from_bigint(b: BigInt) -> Value {
        if let Some(i) = b.to_i64() {
            if let Some(v) = Value::try_small(i) {
                return v;
            }
        }
        alloc_obj(&rt().ty(BT::Int), BigIntData(b), 0)
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

    /// The value as i64 if it is an int that fits.
    #[inline]
    pub fn as_i64(&self) -> Option<i64> {
        if let Some(i) = self.as_small() {
            return Some(i as i64);
        }
        self.as_int().and_then(|i| i.to_i64())
    }
}

/// Result of an i64 operation, promoting to BigInt on overflow.
#[inline]
fn promote(r: Option<i64>, slow: impl FnOnce() -> BigInt) -> Value {
    match r {
        Some(i) => Value::int(i),
        None => Value::from_bigint(slow()),
    }
}

pub fn int_add(a: &IntRef, b: &IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        return promote(x.checked_add(*y), || BigInt::from(*x) + BigInt::from(*y));
    }
    Value::from_bigint(a.to_big() + b.to_big())
}

pub fn int_sub(a: &IntRef, b: &IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        return promote(x.checked_sub(*y), || BigInt::from(*x) - BigInt::from(*y));
    }
    Value::from_bigint(a.to_big() - b.to_big())
}

pub fn int_mul(a: &IntRef, b: &IntRef) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        return promote(x.checked_mul(*y), || BigInt::from(*x) * BigInt::from(*y));
    }
    Value::from_bigint(a.to_big() * b.to_big())
}

pub fn int_floordiv(a: &IntRef, b: &IntRef) -> PyResult {
    if b.is_zero() {
        return Err(zero_division("integer division or modulo by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if let Some(q) = x.checked_div(*y) {
            let q = if (x % y != 0) && ((*x < 0) != (*y < 0)) { q - 1 } else { q };
            return Ok(Value::int(q));
        }
    }
    Ok(Value::from_bigint(a.to_big().div_floor(&b.to_big())))
}

pub fn int_mod(a: &IntRef, b: &IntRef) -> PyResult {
    if b.is_zero() {
        return Err(zero_division("integer division or modulo by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if let Some(r) = x.checked_rem(*y) {
            let r = if r != 0 && ((r < 0) != (*y < 0)) { r + y } else { r };
            return Ok(Value::int(r));
        }
    }
    Ok(Value::from_bigint(a.to_big().mod_floor(&b.to_big())))
}

pub fn int_truediv(a: &IntRef, b: &IntRef) -> PyResult {
    if b.is_zero() {
        return Err(zero_division("division by zero"));
    }
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(Value::float(*x as f64 / *y as f64));
        }
    }
    Ok(Value::float(big_true_divide(&a.to_big(), &b.to_big())?))
}

pub fn int_pow(a: &IntRef, b: &IntRef) -> PyResult {
    if b.is_negative() {
        let x = a.to_f64()?;
        let y = b.to_f64()?;
        if x == 0.0 {
            return Err(zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(Value::float(x.powf(y)));
    }
    let e = b.to_i64().and_then(|e| u32::try_from(e).ok());
    let Some(e) = e else {
        // Huge exponent: only bases 0, 1, -1 are computable.
        return match a.to_i64() {
            Some(0) => Ok(Value::int(0)),
            Some(1) => Ok(Value::int(1)),
            Some(-1) => Ok(Value::int(if b.to_big().is_even() { 1 } else { -1 })),
            _ => Err(PyErr::new(ExcType::MemoryError, "")),
        };
    };
    if let IntRef::Small(x) = a {
        if let Some(r) = x.checked_pow(e) {
            return Ok(Value::int(r));
        }
    }
    Ok(Value::from_bigint(num_traits::pow::Pow::pow(a.to_big(), e)))
}

pub fn int_neg(a: &IntRef) -> Value {
    match a {
        IntRef::Small(x) => promote(x.checked_neg(), || -BigInt::from(*x)),
        IntRef::Big(b) => Value::from_bigint(-(*b).clone()),
    }
}

pub fn int_cmp(a: &IntRef, b: &IntRef) -> std::cmp::Ordering {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x.cmp(y),
        _ => a.to_big().cmp(&b.to_big()),
    }
}

fn shift_count(b: &IntRef) -> PyResult<Option<usize>> {
    if b.is_negative() {
        return Err(value_error("negative shift count"));
    }
    Ok(b.to_i64().and_then(|n| usize::try_from(n).ok()))
}

pub fn int_lshift(a: &IntRef, b: &IntRef) -> PyResult {
    let n = shift_count(b)?;
    if a.is_zero() {
        return Ok(Value::int(0));
    }
    let Some(n) = n else { return Err(PyErr::new(ExcType::OverflowError, "too many digits in integer")) };
    if let IntRef::Small(x) = a {
        if n < 63 && (x.unsigned_abs() >> (62 - n)) == 0 {
            return Ok(Value::int(x << n));
        }
    }
    Ok(Value::from_bigint(a.to_big() << n))
}

pub fn int_rshift(a: &IntRef, b: &IntRef) -> PyResult {
    let n = shift_count(b)?;
    let Some(n) = n else { return Ok(Value::int(if a.is_negative() { -1 } else { 0 })) };
    if let IntRef::Small(x) = a {
        return Ok(Value::int(if n >= 64 { if *x < 0 { -1 } else { 0 } } else { x >> n }));
    }
    Ok(Value::from_bigint(a.to_big() >> n))
}

pub fn int_bitop(a: &IntRef, b: &IntRef, op: u8) -> Value {
    if let (IntRef::Small(x), IntRef::Small(y)) = (a, b) {
        return Value::int(match op {
            b'&' => x & y,
            b'|' => x | y,
            _ => x ^ y,
        });
    }
    let (x, y) = (a.to_big(), b.to_big());
    Value::from_bigint(match op {
        b'&' => x & y,
        b'|' => x | y,
        _ => x ^ y,
    })
}

/// Python's int hash (modulo 2**61 - 1, -1 mapped to -2).
pub fn int_hash(a: &IntRef) -> i64 {
    const M: i64 = (1 << 61) - 1;
    let h = match a {
        IntRef::Small(x) => {
            let r = (x.unsigned_abs() % M as u64) as i64;
            if *x < 0 {
                -r
            } else {
                r
            }
        }
        IntRef::Big(b) => {
            let m = BigInt::from(M);
            let r = (b.abs() % &m).to_i64().unwrap_or(0);
            if b.is_negative() {
                -r
            } else {
                r
            }
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn int_to_string(a: &IntRef) -> String {
    match a {
        IntRef::Small(x) => x.to_string(),
        IntRef::Big(b) => b.to_string(),
    }
}

/// Parses an int literal as `int(s, base)` does.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match base {
        0 => {
            if let Some(r) = lower.strip_prefix("0x") {
                (16, r.to_owned())
            } else if let Some(r) = lower.strip_prefix("0o") {
                (8, r.to_owned())
            } else if let Some(r) = lower.strip_prefix("0b") {
                (2, r.to_owned())
            } else {
                if lower.len() > 1 && lower.starts_with('0') && lower.chars().any(|c| c != '0' && c != '_') {
                    return None;
                }
                (10, lower.clone())
            }
        }
        16 => (16, lower.strip_prefix("0x").map(|s| s.to_owned()).unwrap_or(lower.clone())),
        8 => (8, lower.strip_prefix("0o").map(|s| s.to_owned()).unwrap_or(lower.clone())),
        2 => (2, lower.strip_prefix("0b").map(|s| s.to_owned()).unwrap_or(lower.clone())),
        b => (b, lower.clone()),
    };
    let digits = digits.strip_prefix('_').unwrap_or(&digits).to_owned();
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
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
    method("bit_length", int_bit_length),
    method("bit_count", int_bit_count),
    method("conjugate", int_int),
    method("as_integer_ratio", int_as_integer_ratio),
    method("is_integer", int_is_integer),
];

fn this<'a>(args: &Args<'a>) -> PyResult<IntRef<'a>> {
    args.all.first().and_then(|v| v.as_int()).ok_or_else(|| type_error("descriptor requires an 'int' object"))
}

/// `int(x)` / `int(s, base)`.
pub fn int_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.all[0].clone();
    let [x, base] = args.rest().bind("int", ["x", "base"], 0, 1)?;
    let v = match (x, base) {
        (None, None) => Value::int(0),
        (None, Some(_)) => return Err(type_error("int() missing string argument")),
        (Some(x), None) => vm.to_int(&x)?,
        (Some(x), Some(b)) => {
            let base = vm.to_isize(&b)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let text = if let Some(s) = x.as_str() {
                s.to_owned()
            } else if let Some(b) = crate::types::bytes::bytes_like(&x) {
                String::from_utf8_lossy(&b).into_owned()
            } else {
                return Err(type_error("int() can't convert non-string with explicit base"));
            };
            match parse_int(&text, base as u32) {
                Some(b) => Value::from_bigint(b),
                None => {
                    return Err(value_error(format!(
                        "invalid literal for int() with base {base}: {}",
                        vm.repr_string(&x)?
                    )))
                }
            }
        }
    };
    if cls.as_ptr() == rt().ty_ptr(BT::Int) {
        return Ok(v);
    }
    let big = v.as_int().map(|i| i.to_big()).unwrap_or_default();
    Ok(alloc_instance(&cls, BigIntData(big)))
}

fn int_repr(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::string(int_to_string(&this(&args)?)))
}

fn int_hash_m(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(int_hash(&this(&args)?)))
}

fn int_bool(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(!this(&args)?.is_zero()))
}

/// Returns the plain int value (drops the subclass / bool-ness).
fn int_int(_vm: &mut Vm, args: Args) -> PyResult {
    let v = args.self_();
    if v.is_small() || v.class_ptr() == rt().ty_ptr(BT::Int) {
        return Ok(v.clone());
    }
    Ok(match this(&args)? {
        IntRef::Small(i) => Value::int(i),
        IntRef::Big(b) => Value::from_bigint(b.clone()),
    })
}

fn int_float(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::float(this(&args)?.to_f64()?))
}

fn int_neg_m(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(int_neg(&this(&args)?))
}

fn int_abs(_vm: &mut Vm, args: Args) -> PyResult {
    let a = this(&args)?;
    Ok(if a.is_negative() { int_neg(&a) } else { int_int(_vm, args)? })
}

fn int_invert(_vm: &mut Vm, args: Args) -> PyResult {
    let a = this(&args)?;
    Ok(int_sub(&IntRef::Small(-1), &a))
}

fn int_round(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__round__", 1, 2)?;
    let a = this(&args)?;
    let nd = match pos.get(1) {
        None => return int_int(vm, args),
        Some(n) if n.kind() == Kind::NoneType => return int_int(vm, args),
        Some(n) => vm.to_isize(n)?,
    };
    if nd >= 0 {
        return int_int(vm, args);
    }
    let p = num_traits::pow::Pow::pow(BigInt::from(10), (-nd) as u32);
    let x = a.to_big();
    let (q, r) = x.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    let q = match twice.cmp(&p) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    Ok(Value::from_bigint(q * p))
}

fn int_format(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__format__", 2, 2)?;
    let spec = pos[1].as_str().ok_or_else(|| type_error("format spec must be str"))?.to_owned();
    crate::format::format_int_spec(vm, &pos[0], &spec)
}

fn int_getnewargs(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::tuple(vec![Value::from_bigint(this(&args)?.to_big())]))
}

fn int_bit_length(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(match this(&args)? {
        IntRef::Small(i) => (64 - i.unsigned_abs().leading_zeros()) as i64,
        IntRef::Big(b) => b.bits() as i64,
    }))
}

fn int_bit_count(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(match this(&args)? {
        IntRef::Small(i) => i.unsigned_abs().count_ones() as i64,
        IntRef::Big(b) => b.magnitude().count_ones() as i64,
    }))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult {
    let v = int_int(vm, args)?;
    Ok(Value::tuple(vec![v, Value::int(1)]))
}

fn int_is_integer(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::bool(true))
}

/// The int held by `v` as BigInt (for code that needs big arithmetic).
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    v.as_int().map(|i| i.to_big())
}

/// Sign helper used by formatting.
pub fn sign_of(v: &IntRef) -> Sign {
    match v {
        IntRef::Small(i) => match i.cmp(&0) {
            std::cmp::Ordering::Less => Sign::Minus,
            std::cmp::Ordering::Equal => Sign::NoSign,
            _ => Sign::Plus,
        },
        IntRef::Big(b) => b.sign(),
    }
}

#[allow(dead_code)]
fn _one() -> BigInt {
    BigInt::one()
}

#[allow(dead_code)]
fn _tn(v: &Value) -> String {
    type_name(v)
}

/// int / int for big operands (approximation until the exact algorithm lands: scales both
/// operands so the quotient keeps 64 significant bits, then divides in f64).
fn big_true_divide(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    let (fa, fb) = (a.to_f64().unwrap_or(f64::INFINITY), b.to_f64().unwrap_or(f64::INFINITY));
    if fa.is_finite() && fb.is_finite() {
        return Ok(fa / fb);
    }
    let shift = a.bits() as i64 - b.bits() as i64 - 64;
    let q = if shift > 0 { a / (b << shift as usize) } else { (a << (-shift) as usize) / b };
    let r = q.to_f64().unwrap_or(f64::INFINITY) * 2f64.powi(shift as i32);
    if r.is_infinite() {
        return Err(PyErr::new(ExcType::OverflowError, "integer division result too large for a float"));
    }
    Ok(r)
}

/// `pow(b, e, m)` for ints (negative `e` → modular inverse, as CPython 3.8+).
pub fn int_pow_mod(b: &IntRef, e: &IntRef, m: &IntRef) -> PyResult {
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let m = m.to_big();
    let mut base = b.to_big().mod_floor(&m);
    let mut exp = e.to_big();
    if exp.is_negative() {
        // Modular inverse via extended gcd.
        let g = base.extended_gcd(&m);
        if !g.gcd.abs().is_one() {
            return Err(value_error("base is not invertible for the given modulus"));
        }
        base = g.x.mod_floor(&m);
        exp = -exp;
    }
    let r = base.modpow(&exp, &m.abs());
    // Result takes the sign convention of the modulus.
    let r = if m.is_negative() && !r.is_zero() { r + &m } else { r };
    Ok(Value::from_bigint(r))
}
