//! `complex`: a pair of doubles.

use crate::error::{type_error, value_error, zero_division, ExcType, PyErr, PyResult};
use crate::object::{alloc_obj, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::float::float_repr;
use crate::types::typeobj::{alloc_instance, type_name};
use crate::value::Value;
use crate::vm::Vm;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ComplexData {
    pub re: f64,
    pub im: f64,
}

impl Trace for ComplexData {}

impl Value {
    pub fn complex(re: f64, im: f64) -> Value {
        alloc_obj(&rt().ty(BT::Complex), ComplexData { re, im }, 0)
    }
}

/// repr of a complex number, as CPython.
pub fn complex_repr(c: ComplexData) -> String {
    fn part(x: f64) -> String {
        let r = float_repr(x);
        r.strip_suffix(".0").map(|s| s.to_owned()).unwrap_or(r)
    }
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{}j", part(c.im));
    }
    let re = part(c.re);
    let im = part(c.im);
    let sign = if c.im.is_sign_negative() || c.im.is_nan() && im.starts_with('-') { "" } else { "+" };
    format!("({re}{sign}{im}j)")
}

pub fn complex_div(a: ComplexData, b: ComplexData) -> PyResult<ComplexData> {
    if b.re == 0.0 && b.im == 0.0 {
        return Err(zero_division("complex division by zero"));
    }
    // Smith's algorithm, as CPython's _Py_c_quot.
    let (abs_br, abs_bi) = (b.re.abs(), b.im.abs());
    if abs_br >= abs_bi {
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Ok(ComplexData { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom })
    } else {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Ok(ComplexData { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom })
    }
}

fn mul(a: ComplexData, b: ComplexData) -> ComplexData {
    ComplexData { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re }
}

pub fn complex_pow(a: ComplexData, b: ComplexData) -> PyResult<ComplexData> {
    if b.re == 0.0 && b.im == 0.0 {
        return Ok(ComplexData { re: 1.0, im: 0.0 });
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return Err(zero_division("0.0 to a negative or complex power"));
        }
        return Ok(ComplexData { re: 0.0, im: 0.0 });
    }
    if b.im == 0.0 && b.re.fract() == 0.0 && b.re.abs() <= 100.0 {
        let n = b.re as i64;
        let mut result = ComplexData { re: 1.0, im: 0.0 };
        let mut base = a;
        let mut e = n.unsigned_abs();
        while e > 0 {
            if e & 1 == 1 {
                result = mul(result, base);
            }
            base = mul(base, base);
            e >>= 1;
        }
        if n < 0 {
            result = complex_div(ComplexData { re: 1.0, im: 0.0 }, result)?;
        }
        return Ok(result);
    }
    let vabs = a.re.hypot(a.im);
    let mut len = vabs.powf(b.re);
    let at = a.im.atan2(a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= (at * b.im).exp();
        phase += b.im * vabs.ln();
    }
    let r = ComplexData { re: len * phase.cos(), im: len * phase.sin() };
    if !r.re.is_finite() || !r.im.is_finite() {
        return Err(PyErr::new(ExcType::OverflowError, "complex exponentiation"));
    }
    Ok(r)
}

pub fn complex_pow_value(ar: f64, ai: f64, br: f64, bi: f64) -> PyResult<Value> {
    let r = complex_pow(ComplexData { re: ar, im: ai }, ComplexData { re: br, im: bi })?;
    Ok(Value::complex(r.re, r.im))
}

/// Coerces an operand of a complex operation.
pub fn to_complex(v: &Value) -> PyResult<Option<ComplexData>> {
    if let Some(c) = v.downcast::<ComplexData>() {
        return Ok(Some(*c));
    }
    if let Some(f) = v.as_float() {
        return Ok(Some(ComplexData { re: f, im: 0.0 }));
    }
    if let Some(i) = v.as_int() {
        return Ok(Some(ComplexData { re: i.to_f64()?, im: 0.0 }));
    }
    Ok(None)
}

pub const COMPLEX_METHODS: &[MethodDef] = &[
    staticmethod("__new__", complex_new),
    method("__repr__", complex_repr_m),
    method("__hash__", complex_hash),
    method("__bool__", complex_bool),
    method("__neg__", complex_neg),
    method("__pos__", complex_pos),
    method("__abs__", complex_abs),
    method("conjugate", complex_conjugate),
    method("__getnewargs__", complex_getnewargs),
    method("__format__", complex_format),
];

fn this(args: &Args) -> PyResult<ComplexData> {
    args.all.first().and_then(|v| v.downcast::<ComplexData>()).copied().ok_or_else(|| type_error("descriptor requires a 'complex' object"))
}

fn complex_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.all[0].clone();
    let [real, imag] = args.rest().bind("complex", ["real", "imag"], 0, 0)?;
    let parse_part = |vm: &mut Vm, v: &Value| -> PyResult<ComplexData> {
        if let Some(c) = to_complex(v)? {
            return Ok(c);
        }
        if let Some(m) = crate::types::typeobj::lookup_str(&v.class(), "__complex__") {
            let r = vm.call(&m, &[v.clone()])?;
            return to_complex(&r)?.ok_or_else(|| type_error("__complex__ returned non-complex"));
        }
        if let Some(m) = crate::types::typeobj::lookup_str(&v.class(), "__float__") {
            let r = vm.call(&m, &[v.clone()])?;
            return Ok(ComplexData { re: r.as_float().unwrap_or(0.0), im: 0.0 });
        }
        Err(type_error(format!("complex() first argument must be a string or a number, not '{}'", type_name(v))))
    };
    let c = match (real, imag) {
        (None, None) => ComplexData { re: 0.0, im: 0.0 },
        (Some(r), im) => {
            if let Some(s) = r.as_str() {
                if im.is_some() {
                    return Err(type_error("complex() can't take second arg if first is a string"));
                }
                parse_complex(s).ok_or_else(|| value_error("complex() arg is a malformed string"))?
            } else {
                let a = parse_part(vm, &r)?;
                match im {
                    None => a,
                    Some(i) => {
                        let b = parse_part(vm, &i)?;
                        ComplexData { re: a.re - b.im, im: a.im + b.re }
                    }
                }
            }
        }
        (None, Some(i)) => {
            let b = parse_part(vm, &i)?;
            ComplexData { re: -b.im, im: b.re }
        }
    };
    if cls.as_ptr() == rt().ty_ptr(BT::Complex) {
        return Ok(Value::complex(c.re, c.im));
    }
    Ok(alloc_instance(&cls, c))
}

fn parse_complex(s: &str) -> Option<ComplexData> {
    let t = s.trim();
    let t = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')).unwrap_or(t).trim();
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // find split point between real and imaginary parts
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let im_of = |p: &str| -> Option<f64> {
            match p {
                "" | "+" => Some(1.0),
                "-" => Some(-1.0),
                _ => crate::types::float::parse_float(p),
            }
        };
        return match split {
            Some(i) => Some(ComplexData { re: crate::types::float::parse_float(&body[..i])?, im: im_of(&body[i..])? }),
            None => Some(ComplexData { re: 0.0, im: im_of(body)? }),
        };
    }
    Some(ComplexData { re: crate::types::float::parse_float(t)?, im: 0.0 })
}

fn complex_repr_m(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::string(complex_repr(this(&args)?)))
}

fn complex_hash(_vm: &mut Vm, args: Args) -> PyResult {
    let c = this(&args)?;
    let hr = crate::types::float::float_hash(c.re);
    let hi = crate::types::float::float_hash(c.im);
    let mut h = hr.wrapping_add(1000003i64.wrapping_mul(hi));
    if h == -1 {
        h = -2;
    }
    Ok(Value::int(h))
}

fn complex_bool(_vm: &mut Vm, args: Args) -> PyResult {
    let c = this(&args)?;
    Ok(Value::bool(c.re != 0.0 || c.im != 0.0))
}

fn complex_neg(_vm: &mut Vm, args: Args) -> PyResult {
    let c = this(&args)?;
    Ok(Value::complex(-c.re, -c.im))
}

fn complex_pos(_vm: &mut Vm, args: Args) -> PyResult {
    let c = this(&args)?;
    Ok(Value::complex(c.re, c.im))
}

fn complex_abs(_vm: &mut Vm, args: Args) -> PyResult {
    let c = this(&args)?;
    let r = c.re.hypot(c.im);
    if r.is_infinite() && c.re.is_finite() && c.im.is_finite() {
        return Err(PyErr::new(ExcType::OverflowError, "absolute value too large"));
    }
    Ok(Value::float(r))
}

fn complex_conjugate(_vm: &mut Vm, args: Args) -> PyResult {
    let c = this(&args)?;
    Ok(Value::complex(c.re, -c.im))
}

fn complex_getnewargs(_vm: &mut Vm, args: Args) -> PyResult {
    let c = this(&args)?;
    Ok(Value::tuple(vec![Value::float(c.re), Value::float(c.im)]))
}

fn complex_format(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__format__", 2, 2)?;
    let c = this(&args)?;
    let spec = pos[1].as_str().unwrap_or("");
    if spec.is_empty() {
        return vm.str(&pos[0]);
    }
    crate::format::format_complex_spec(vm, c, spec)
}
