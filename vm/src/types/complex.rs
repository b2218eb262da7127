//! `complex`: a pair of doubles. Arithmetic is `num::Complex`, repr and formatting `text`;
//! this file boxes values, parses `complex(str)` and holds the Python-level methods.

use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::num::Complex;
use crate::object::{alloc_obj, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::numops::bind_args;
use crate::types::typeobj::{alloc_instance, lookup_str, type_name};
use crate::value::Value;
use crate::vm::Vm;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ComplexData {
    pub re: f64,
    pub im: f64,
}

impl Trace for ComplexData {}

impl ComplexData {
    pub fn num(self) -> Complex {
        Complex::new(self.re, self.im)
    }
}

impl Value {
    pub fn complex(re: f64, im: f64) -> Value {
        alloc_obj(&rt().ty_borrowed(BT::Complex), ComplexData { re, im }, 0)
    }
}

/// repr of a complex number, as CPython.
pub fn complex_repr(c: ComplexData) -> String {
    crate::text::complex_repr(c.re, c.im)
}

/// Coerces an operand of a complex operation (int, float or complex).
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
    method("__complex__", complex_complex),
    method("conjugate", complex_conjugate),
    method("__getnewargs__", complex_getnewargs),
    method("__format__", complex_format),
];

/// `self` of a complex method, with CPython's descriptor error for a wrong type.
fn this(args: &Args, name: &str) -> PyResult<ComplexData> {
    let v = args.pos().first().ok_or_else(|| type_error(format!("descriptor '{name}' of 'complex' object needs an argument")))?;
    v.downcast::<ComplexData>().copied().ok_or_else(|| {
        type_error(format!("descriptor '{name}' for 'complex' objects doesn't apply to a '{}' object", type_name(v)))
    })
}

/// Whether `v` has a numeric meaning for `complex()` (`nb_float`, `nb_index`, or complex).
fn is_number(v: &Value) -> bool {
    if crate::types::numops::level(v) != 0 {
        return true;
    }
    let cls = v.class();
    lookup_str(&cls, "__float__").is_some() || lookup_str(&cls, "__index__").is_some()
}

/// `__complex__` of `v`, if its type defines one (`try_complex_special_method`).
fn complex_special(vm: &mut Vm, v: &Value) -> PyResult<Option<ComplexData>> {
    if v.class_ptr() == rt().ty_ptr(BT::Complex) {
        return Ok(v.downcast::<ComplexData>().copied());
    }
    let Some(f) = lookup_str(&v.class(), "__complex__") else { return Ok(None) };
    let r = vm.call_unbound(&f, v, &[])?;
    match r.downcast::<ComplexData>() {
        Some(c) => {
            if r.class_ptr() != rt().ty_ptr(BT::Complex) {
                vm.warn(
                    ExcType::DeprecationWarning,
                    &format!(
                        "__complex__ returned non-complex (type {}).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.",
                        type_name(&r)
                    ),
                )?;
            }
            Ok(Some(*c))
        }
        None => Err(type_error(format!("__complex__ returned non-complex (type {})", type_name(&r)))),
    }
}

/// `complex(real=0, imag=0)`, CPython's `complex_new_impl` step for step.
fn complex_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.pos().first().cloned().ok_or_else(|| type_error("complex.__new__(): not enough arguments"))?;
    crate::types::numops::check_new_cls(&cls, BT::Complex, "complex")?;
    let rest = args.rest();
    let [r, i] = bind_args(&rest, "complex", ["real", "imag"], 0, 2, 0)?;
    let exact = cls.as_ptr() == rt().ty_ptr(BT::Complex);
    let r = r.unwrap_or_else(|| Value::int(0));
    if exact && i.is_none() && r.class_ptr() == rt().ty_ptr(BT::Complex) {
        return Ok(r);
    }
    let make = |c: ComplexData| if exact { Value::complex(c.re, c.im) } else { alloc_instance(&cls, c) };
    if let Some(s) = r.as_str() {
        if i.is_some() {
            return Err(type_error("complex() can't take second arg if first is a string"));
        }
        return Ok(make(parse_complex_str(s, &r, vm)?));
    }
    if i.as_ref().is_some_and(|i| i.as_str().is_some()) {
        return Err(type_error("complex() second arg can't be a string"));
    }
    let special = complex_special(vm, &r)?;
    if special.is_none() && !is_number(&r) {
        return Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_name(&r)
        )));
    }
    if let Some(i) = &i {
        if !is_number(i) {
            return Err(type_error(format!("complex() second argument must be a number, not '{}'", type_name(i))));
        }
    }
    // The real argument: a complex (possibly from __complex__) or a real number.
    let (cr, cr_is_complex) = match special.or_else(|| r.downcast::<ComplexData>().copied()) {
        Some(c) => (c, true),
        None => (ComplexData { re: vm.to_f64_conv(&r)?, im: 0.0 }, false),
    };
    let mut re = cr.re;
    let im = match &i {
        None => cr.im,
        Some(i) => {
            let mut im = if let Some(ci) = i.downcast::<ComplexData>() {
                re -= ci.im;
                ci.re
            } else {
                vm.to_f64_conv(i)?
            };
            if cr_is_complex {
                im += cr.im;
            }
            im
        }
    };
    Ok(make(ComplexData { re, im }))
}

/// C `isspace` as `Py_ISSPACE` (ASCII only).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// The longest prefix of `s` that `PyOS_string_to_double(s, &end, NULL)` accepts:
/// `[sign] (inf | infinity | nan | digits [. digits] [e [sign] digits])`, no leading space.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let word = |at: usize, w: &[u8]| s.get(at..at + w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w));
    let end = if word(i, b"infinity") {
        i + 8
    } else if word(i, b"inf") || word(i, b"nan") {
        i + 3
    } else {
        let start = i;
        while s.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let mut digits = i - start;
        if s.get(i) == Some(&b'.') {
            let j = i + 1;
            let mut k = j;
            while s.get(k).is_some_and(u8::is_ascii_digit) {
                k += 1;
            }
            digits += k - j;
            i = k;
        }
        if digits == 0 {
            return None;
        }
        if matches!(s.get(i), Some(b'e' | b'E')) {
            let mut k = i + 1;
            if matches!(s.get(k), Some(b'+' | b'-')) {
                k += 1;
            }
            let d = k;
            while s.get(k).is_some_and(u8::is_ascii_digit) {
                k += 1;
            }
            if k > d {
                i = k;
            }
        }
        i
    };
    Some((crate::text::parse_float_ascii(&s[..end])?, end))
}

/// `complex(s)` for a str (`complex_subtype_from_string`).
fn parse_complex_str(s: &str, obj: &Value, vm: &mut Vm) -> PyResult<ComplexData> {
    // _PyUnicode_TransformDecimalAndSpaceToASCII: anything else non-ASCII becomes '?'.
    let mut buf: Vec<u8> = Vec::with_capacity(s.len());
    for c in s.chars() {
        buf.push(if (c as u32) < 128 {
            c as u8
        } else if crate::text::is_python_space(c) {
            b' '
        } else if let Some(d) = crate::text::decimal_value(c) {
            b'0' + d as u8
        } else {
            b'?'
        });
    }
    // _Py_string_to_number_with_underscores: '_' only between digits.
    if buf.contains(&b'_') {
        let mut clean = Vec::with_capacity(buf.len());
        let mut prev = 0u8;
        let mut ok = true;
        for &c in &buf {
            if c == b'_' {
                ok &= prev.is_ascii_digit();
            } else {
                ok &= prev != b'_' || c.is_ascii_digit();
                clean.push(c);
            }
            prev = c;
        }
        ok &= prev != b'_';
        if !ok {
            let r = vm.repr_string(obj)?;
            return Err(PyErr::new(ExcType::ValueError, format!("could not convert string to complex: {r}")));
        }
        buf = clean;
    }
    parse_complex_ascii(&buf).ok_or_else(|| value_error("complex() arg is a malformed string"))
}

/// `complex_from_string_inner`: `<float>`, `<float>j`, `<float><signed-float>j`, and the
/// legacy `<float><sign>j`, `<sign>j`, `j`, optionally in parentheses, with spaces around.
fn parse_complex_ascii(s: &[u8]) -> Option<ComplexData> {
    let mut i = 0;
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    while is_space(at(i)) {
        i += 1;
    }
    let got_bracket = at(i) == b'(';
    if got_bracket {
        i += 1;
        while is_space(at(i)) {
            i += 1;
        }
    }
    let (mut x, mut y) = (0.0, 0.0);
    match float_prefix(&s[i..]) {
        Some((z, n)) => {
            i += n;
            if matches!(at(i), b'+' | b'-') {
                x = z;
                match float_prefix(&s[i..]) {
                    Some((w, n)) => {
                        y = w;
                        i += n;
                    }
                    None => {
                        y = if at(i) == b'+' { 1.0 } else { -1.0 };
                        i += 1;
                    }
                }
                if !matches!(at(i), b'j' | b'J') {
                    return None;
                }
                i += 1;
            } else if matches!(at(i), b'j' | b'J') {
                i += 1;
                y = z;
            } else {
                x = z;
            }
        }
        None => {
            if matches!(at(i), b'+' | b'-') {
                y = if at(i) == b'+' { 1.0 } else { -1.0 };
                i += 1;
            } else {
                y = 1.0;
            }
            if !matches!(at(i), b'j' | b'J') {
                return None;
            }
            i += 1;
        }
    }
    while is_space(at(i)) {
        i += 1;
    }
    if got_bracket {
        if at(i) != b')' {
            return None;
        }
        i += 1;
        while is_space(at(i)) {
            i += 1;
        }
    }
    (i == s.len()).then_some(ComplexData { re: x, im: y })
}

fn complex_repr_m(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::string(complex_repr(this(&args, "__repr__")?)))
}

fn complex_hash(_vm: &mut Vm, args: Args) -> PyResult {
    let c = this(&args, "__hash__")?;
    Ok(Value::int(crate::num::hash::hash_complex(c.num(), args.self_().bits())))
}

fn complex_bool(_vm: &mut Vm, args: Args) -> PyResult {
    let c = this(&args, "__bool__")?;
    Ok(Value::bool(c.re != 0.0 || c.im != 0.0))
}

fn complex_neg(_vm: &mut Vm, args: Args) -> PyResult {
    let c = this(&args, "__neg__")?;
    Ok(Value::complex(-c.re, -c.im))
}

/// `+z`, `complex.__complex__`: the value as an exact complex.
fn complex_pos(_vm: &mut Vm, args: Args) -> PyResult {
    let c = this(&args, "__pos__")?;
    if args.self_().class_ptr() == rt().ty_ptr(BT::Complex) {
        return Ok(args.self_().clone());
    }
    Ok(Value::complex(c.re, c.im))
}

fn complex_complex(vm: &mut Vm, args: Args) -> PyResult {
    complex_pos(vm, args)
}

fn complex_abs(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::float(this(&args, "__abs__")?.num().abs()?))
}

fn complex_conjugate(_vm: &mut Vm, args: Args) -> PyResult {
    let c = this(&args, "conjugate")?;
    args.check("complex.conjugate", 1, 1).map_err(|_| {
        type_error(format!("complex.conjugate() takes no arguments ({} given)", args.all.len() - 1))
    })?;
    Ok(Value::complex(c.re, -c.im))
}

fn complex_getnewargs(_vm: &mut Vm, args: Args) -> PyResult {
    let c = this(&args, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::float(c.re), Value::float(c.im)]))
}

fn complex_format(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__format__", 2, 2)?;
    this(&args, "__format__")?;
    let spec = pos[1]
        .as_str()
        .ok_or_else(|| type_error(format!("__format__() argument must be str, not {}", type_name(&pos[1]))))?;
    crate::format::format_complex_value(vm, &pos[0], spec)
}
