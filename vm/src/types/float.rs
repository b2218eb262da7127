//! `float`: IEEE double, boxed. repr uses the shortest round-trip digits, like CPython.

use crate::error::{type_error, value_error, zero_division, ExcType, PyErr, PyResult};
use crate::object::{alloc_obj, Kind};
use crate::runtime::{rt, BT};
use crate::types::builtin::{classmethod, method, staticmethod, Args, MethodDef};
use crate::types::int::IntRef;
use crate::types::typeobj::{alloc_instance, type_name};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

impl Value {
    pub fn float(f: f64) -> Value {
        alloc_obj(&rt().ty(BT::Float), f, 0)
    }

    /// The f64 of a float (or float subclass) value.
    #[inline]
    pub fn as_float(&self) -> Option<f64> {
        self.downcast::<f64>().copied()
    }
}

/// Shortest round-trip digits and decimal exponent of a finite non-zero |x|:
/// x = 0.d1d2...dn × 10^exp  is NOT the convention; we return (digits, e) with x = d1.d2... × 10^e.
fn shortest_digits(x: f64) -> (String, i32) {
    let s = format!("{:e}", x.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, exp.parse().unwrap_or(0))
}

/// Python's `repr(float)`.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    let (digits, e) = shortest_digits(x);
    let mut out = String::new();
    if x < 0.0 {
        out.push('-');
    }
    let n = digits.len() as i32;
    if (-4..16).contains(&e) {
        if e >= 0 {
            if n > e + 1 {
                out.push_str(&digits[..(e + 1) as usize]);
                out.push('.');
                out.push_str(&digits[(e + 1) as usize..]);
            } else {
                out.push_str(&digits);
                for _ in 0..(e + 1 - n) {
                    out.push('0');
                }
                out.push_str(".0");
            }
        } else {
            out.push_str("0.");
            for _ in 0..(-e - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if e < 0 { '-' } else { '+' });
        let ae = e.unsigned_abs();
        if ae < 10 {
            out.push('0');
        }
        out.push_str(&ae.to_string());
    }
    out
}

/// Python's float hash.
pub fn float_hash(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return crate::types::int::int_hash(&IntRef::Small(x as i64));
    }
    const M: u64 = (1 << 61) - 1;
    let (mant, exp) = frexp(x.abs());
    let mut m = mant;
    let mut e = exp;
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & M) | (h >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= M {
            h -= M;
        }
    }
    let e = e.rem_euclid(61) as u32;
    h = ((h << e) & M) | (h >> (61 - e));
    let mut r = h as i64;
    if x < 0.0 {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

/// Mantissa in [0.5, 1) and exponent.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Python float `//` and `%` (divmod).
pub fn float_divmod(x: f64, y: f64) -> PyResult<(f64, f64)> {
    if y == 0.0 {
        return Err(zero_division("float divmod()"));
    }
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(x / y)
    };
    Ok((floordiv, m))
}

pub fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    if x == 0.0 && y < 0.0 {
        return Err(zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // Negative base, fractional exponent: complex result.
        return Ok(crate::types::complex::complex_pow_value(x, 0.0, y, 0.0)?);
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(PyErr::new(ExcType::OverflowError, "(34, 'Numerical result out of range')"));
    }
    Ok(Value::float(r))
}

/// Parses a string as `float()` does.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, &lower[..]),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN.copysign(sign)),
        _ => {}
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return None;
    }
    // Underscores only between digits.
    let bytes = body.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' && !(i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).map(|c| c.is_ascii_digit()).unwrap_or(false)) {
            return None;
        }
        if !(b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'+' | b'-' | b'_')) {
            return None;
        }
    }
    let clean: String = body.chars().filter(|c| *c != '_').collect();
    clean.parse::<f64>().ok().map(|f| sign * f)
}

// ---- Python-level methods ----------------------------------------------------------------------

pub const FLOAT_METHODS: &[MethodDef] = &[
    staticmethod("__new__", float_new),
    method("__repr__", float_repr_m),
    method("__hash__", float_hash_m),
    method("__bool__", float_bool),
    method("__int__", float_int),
    method("__trunc__", float_int),
    method("__floor__", float_floor),
    method("__ceil__", float_ceil),
    method("__float__", float_float),
    method("__neg__", float_neg),
    method("__pos__", float_float),
    method("__abs__", float_abs),
    method("__round__", float_round),
    method("__format__", float_format),
    method("__getnewargs__", float_getnewargs),
    method("is_integer", float_is_integer),
    method("as_integer_ratio", float_as_integer_ratio),
    method("conjugate", float_float),
    method("hex", float_hex),
    classmethod("fromhex", float_fromhex),
];

fn this(args: &Args) -> PyResult<f64> {
    args.all.first().and_then(|v| v.as_float()).ok_or_else(|| type_error("descriptor requires a 'float' object"))
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    args.no_kwargs("float")?;
    if pos.len() > 2 {
        return Err(type_error(format!("float expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let cls = &pos[0];
    let f = match pos.get(1) {
        None => 0.0,
        Some(x) => vm.to_f64_conv(x)?,
    };
    if cls.as_ptr() == rt().ty_ptr(BT::Float) {
        return Ok(Value::float(f));
    }
    Ok(alloc_instance(cls, f))
}

fn float_repr_m(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::string(float_repr(this(&args)?)))
}

fn float_hash_m(_vm: &mut Vm, args: Args) -> PyResult {
    let x = this(&args)?;
    if x.is_nan() {
        return Ok(Value::int((args.self_().bits() >> 4) as i64));
    }
    Ok(Value::int(float_hash(x)))
}

fn float_bool(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(this(&args)? != 0.0))
}

/// float → int (truncating), with CPython's errors.
pub fn float_to_int(x: f64) -> PyResult {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyErr::new(ExcType::OverflowError, "cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::int(t as i64));
    }
    Ok(Value::from_bigint(BigInt::from_f64(t).unwrap_or_default()))
}

fn float_int(_vm: &mut Vm, args: Args) -> PyResult {
    float_to_int(this(&args)?)
}

fn float_floor(_vm: &mut Vm, args: Args) -> PyResult {
    float_to_int(this(&args)?.floor())
}

fn float_ceil(_vm: &mut Vm, args: Args) -> PyResult {
    float_to_int(this(&args)?.ceil())
}

fn float_float(_vm: &mut Vm, args: Args) -> PyResult {
    let v = args.self_();
    if v.class_ptr() == rt().ty_ptr(BT::Float) {
        return Ok(v.clone());
    }
    Ok(Value::float(this(&args)?))
}

fn float_neg(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::float(-this(&args)?))
}

fn float_abs(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::float(this(&args)?.abs()))
}

/// round(x, ndigits) correctly rounded (half-even on the exact decimal expansion).
pub fn round_float(x: f64, nd: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if nd > 325 {
        return x;
    }
    if nd < -308 {
        return 0.0f64.copysign(x);
    }
    // Format with nd digits after the point: Rust's formatter rounds half-to-even on the exact
    // binary value, which is what CPython's dtoa-based rounding does.
    if nd >= 0 {
        let s = format!("{:.*}", nd as usize, x);
        return s.parse().unwrap_or(x);
    }
    let p = 10f64.powi((-nd) as i32);
    let y = x / p;
    let r = y.round();
    let r = if (y - y.trunc()).abs() == 0.5 { 2.0 * (y / 2.0).round() } else { r };
    let out = r * p;
    if out.is_infinite() {
        return x;
    }
    out
}

fn float_round(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__round__", 1, 2)?;
    let x = this(&args)?;
    match pos.get(1) {
        None => {
            let r = x.round();
            let r = if (x - x.trunc()).abs() == 0.5 { 2.0 * (x / 2.0).round() } else { r };
            float_to_int(r)
        }
        Some(n) if n.kind() == Kind::NoneType => float_round(vm, Args::new(&pos[..1])),
        Some(n) => {
            let nd = vm.to_isize(n)? as i64;
            Ok(Value::float(round_float(x, nd)))
        }
    }
}

fn float_format(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__format__", 2, 2)?;
    let spec = pos[1].as_str().ok_or_else(|| type_error("format spec must be str"))?.to_owned();
    crate::format::format_float_spec(vm, this(&args)?, &spec)
}

fn float_getnewargs(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::tuple(vec![Value::float(this(&args)?)]))
}

fn float_is_integer(_vm: &mut Vm, args: Args) -> PyResult {
    let x = this(&args)?;
    Ok(Value::bool(x.is_finite() && x.fract() == 0.0))
}

fn float_as_integer_ratio(_vm: &mut Vm, args: Args) -> PyResult {
    let x = this(&args)?;
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(PyErr::new(ExcType::OverflowError, "cannot convert Infinity to integer ratio"));
    }
    let (m, e) = frexp(x);
    let mut mant = m;
    let mut exp = e;
    let mut i = 0;
    while mant != mant.floor() && i < 300 {
        mant *= 2.0;
        exp -= 1;
        i += 1;
    }
    let mut num = BigInt::from_f64(mant).unwrap_or_default();
    let mut den = BigInt::from(1);
    if exp > 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    Ok(Value::tuple(vec![Value::from_bigint(num), Value::from_bigint(den)]))
}

fn float_hex(_vm: &mut Vm, args: Args) -> PyResult {
    let x = this(&args)?;
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::string(float_repr(x)));
    }
    if x == 0.0 {
        return Ok(Value::str(if x.is_sign_negative() { "-0x0.0p+0" } else { "0x0.0p+0" }));
    }
    let bits = x.to_bits();
    let sign = if x < 0.0 { "-" } else { "" };
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 { (0, -1022) } else { (1, exp_bits - 1023) };
    Ok(Value::string(format!("{sign}0x{lead}.{mant:013x}p{}{}", if exp >= 0 { "+" } else { "" }, exp)))
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("fromhex", 2, 2)?;
    let s = pos[1].as_str().ok_or_else(|| type_error("fromhex() argument must be str"))?;
    let t = s.trim().to_ascii_lowercase();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_owned()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_owned()),
    };
    let bad = || value_error("invalid hexadecimal floating-point string");
    let v = if t == "inf" || t == "infinity" {
        f64::INFINITY
    } else if t == "nan" {
        f64::NAN
    } else {
        let t = t.strip_prefix("0x").unwrap_or(&t);
        let (mant, exp) = match t.split_once('p') {
            Some((m, e)) => (m, e.parse::<i64>().map_err(|_| bad())?),
            None => (t, 0),
        };
        let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
        if ip.is_empty() && fp.is_empty() {
            return Err(bad());
        }
        let mut val = 0f64;
        for c in ip.chars() {
            val = val * 16.0 + c.to_digit(16).ok_or_else(bad)? as f64;
        }
        let mut scale = 1.0 / 16.0;
        for c in fp.chars() {
            val += c.to_digit(16).ok_or_else(bad)? as f64 * scale;
            scale /= 16.0;
        }
        let r = val * 2f64.powi(exp.clamp(-2000, 2000) as i32);
        if r.is_infinite() {
            return Err(PyErr::new(ExcType::OverflowError, "hexadecimal value too large to represent as a float"));
        }
        r
    };
    let v = if neg { -v } else { v };
    vm.call(&pos[0], &[Value::float(v)])
}

/// Exact comparison of a float with an int (CPython compares exactly, not by converting).
pub fn float_int_cmp(x: f64, i: &IntRef) -> Option<std::cmp::Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Less });
    }
    if let IntRef::Small(n) = i {
        if n.unsigned_abs() < (1 << 53) {
            return x.partial_cmp(&(*n as f64));
        }
    }
    let fl = x.floor();
    let xi = BigInt::from_f64(fl)?;
    let b = i.to_big();
    match xi.cmp(&b) {
        std::cmp::Ordering::Equal => Some(if x > fl { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Equal }),
        o => Some(o),
    }
}

#[allow(dead_code)]
fn _tn(v: &Value) -> String {
    let _ = v.as_float().map(|f| f.to_i64());
    type_name(v)
}
