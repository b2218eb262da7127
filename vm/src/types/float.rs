//! `float`: IEEE double, boxed. Arithmetic is `num::float`; text (repr, hex, parsing,
//! rounding) is `text`. This file boxes values and holds the Python-level methods.

use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::num::Int;
use crate::runtime::{rt, BT};
use crate::types::builtin::{classmethod, method, staticmethod, Args, MethodDef};
use crate::types::typeobj::{alloc_instance, type_name};
use crate::value::Value;
use crate::vm::Vm;

impl Value {
    pub fn float(f: f64) -> Value {
        // The class borrowed: a temporary `rt().ty()` would add a count and drop it again for
        // every float result.
        crate::object::new_float(&rt().ty_borrowed(BT::Float), f)
    }

    /// The f64 of a float (or float subclass) value.
    #[inline]
    pub fn as_float(&self) -> Option<f64> {
        self.downcast::<f64>().copied()
    }
}

/// Python's `repr(float)` (also `str`).
pub fn float_repr(x: f64) -> String {
    crate::text::float_repr(x)
}

/// Python's float hash. NaN hashes by the identity of its object (`id`).
pub fn float_hash(x: f64, id: usize) -> i64 {
    crate::num::hash::hash_float(x, id)
}

/// Parses a string as `float()` does (`None` → ValueError).
pub fn parse_float(s: &str) -> Option<f64> {
    crate::text::parse_float(s)
}

/// float → int (truncating), with CPython's errors.
pub fn float_to_int(x: f64) -> PyResult {
    Ok(Value::from_num(Int::from_f64(x)?))
}

// ---- Python-level methods ----------------------------------------------------------------------

pub const FLOAT_METHODS: &[MethodDef] = &[
    staticmethod("__new__", float_new),
    method("__repr__", float_repr_m),
    method("__hash__", float_hash_m),
    method("__bool__", float_bool),
    method("__int__", float_trunc),
    method("__trunc__", float_trunc),
    method("__floor__", float_floor),
    method("__ceil__", float_ceil),
    method("__float__", float_float),
    method("__neg__", float_neg),
    method("__pos__", float_float),
    method("__abs__", float_abs),
    method("__round__", float_round),
    method("__format__", float_format),
    method("__getnewargs__", float_getnewargs),
    classmethod("__getformat__", float_getformat),
    method("is_integer", float_is_integer),
    method("as_integer_ratio", float_as_integer_ratio),
    method("conjugate", float_float),
    method("hex", float_hex),
    classmethod("fromhex", float_fromhex),
];

/// `self` of a float method, with CPython's descriptor error for a wrong type.
fn this(args: &Args, name: &str) -> PyResult<f64> {
    let v = args.pos().first().ok_or_else(|| type_error(format!("descriptor '{name}' of 'float' object needs an argument")))?;
    v.as_float().ok_or_else(|| {
        type_error(format!("descriptor '{name}' for 'float' objects doesn't apply to a '{}' object", type_name(v)))
    })
}

/// `self` of a method that takes no arguments (`float.hex() takes no arguments (1 given)`).
fn this0(args: &Args, name: &str) -> PyResult<f64> {
    let x = this(args, name)?;
    args.no_kwargs_of("float", name)?;
    let n = args.pos().len() - 1;
    if n != 0 {
        return Err(type_error(format!("float.{name}() takes no arguments ({n} given)")));
    }
    Ok(x)
}

/// `float(x=0.0, /)`.
fn float_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let cls = pos.first().cloned().ok_or_else(|| type_error("float.__new__(): not enough arguments"))?;
    crate::types::numops::check_new_cls(&cls, BT::Float, "float")?;
    if args.has_kwargs() {
        return Err(type_error("float() takes no keyword arguments"));
    }
    if pos.len() > 2 {
        return Err(type_error(format!("float expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let is_float = cls.as_ptr() == rt().ty_ptr(BT::Float);
    if let (true, Some(x)) = (is_float, pos.get(1)) {
        if x.class_ptr() == rt().ty_ptr(BT::Float) {
            return Ok(x.clone());
        }
    }
    let f = match pos.get(1) {
        None => 0.0,
        Some(x) => vm.to_f64_conv(x)?,
    };
    if is_float {
        return Ok(Value::float(f));
    }
    Ok(alloc_instance(&cls, f))
}

fn float_repr_m(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::string(float_repr(this(&args, "__repr__")?)))
}

fn float_hash_m(_vm: &mut Vm, args: Args) -> PyResult {
    let x = this(&args, "__hash__")?;
    Ok(Value::int(float_hash(x, args.self_().bits())))
}

fn float_bool(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(this(&args, "__bool__")? != 0.0))
}

fn float_trunc(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::from_num(crate::num::float::trunc(this(&args, "__trunc__")?)?))
}

fn float_floor(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::from_num(crate::num::float::floor(this(&args, "__floor__")?)?))
}

fn float_ceil(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::from_num(crate::num::float::ceil(this(&args, "__ceil__")?)?))
}

/// `float(self)` as an exact float (`__float__`, `__pos__`, `conjugate`).
fn float_float(_vm: &mut Vm, args: Args) -> PyResult {
    let x = this(&args, "__float__")?;
    let v = args.self_();
    if v.class_ptr() == rt().ty_ptr(BT::Float) {
        return Ok(v.clone());
    }
    Ok(Value::float(x))
}

fn float_neg(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::float(-this(&args, "__neg__")?))
}

fn float_abs(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::float(this(&args, "__abs__")?.abs()))
}

/// `float.__round__(ndigits=None)`.
fn float_round(vm: &mut Vm, args: Args) -> PyResult {
    let x = this(&args, "__round__")?;
    args.no_kwargs("__round__")?;
    let n = args.pos().len() - 1;
    if n > 1 {
        return Err(type_error(format!("__round__ expected at most 1 argument, got {n}")));
    }
    match args.pos().get(1).filter(|v| !v.is_none()) {
        None => Ok(Value::from_num(crate::num::float::round_to_int(x)?)),
        Some(nd) => {
            // PyNumber_AsSsize_t(ndigits, NULL): huge values clamp.
            let nd = vm.index(nd)?;
            let nd = nd.as_num_int().map(|i| i.clamp_i64()).unwrap_or(0);
            Ok(Value::float(crate::text::float_round(x, nd)?))
        }
    }
}

fn float_format(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__format__", 2, 2)?;
    this(&args, "__format__")?;
    let spec = pos[1]
        .as_str()
        .ok_or_else(|| type_error(format!("__format__() argument must be str, not {}", type_name(&pos[1]))))?;
    crate::format::format_float_value(vm, &pos[0], spec)
}

fn float_getnewargs(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::tuple(vec![Value::float(this0(&args, "__getnewargs__")?)]))
}

/// `float.__getformat__(typestr)`: the memory layout of C doubles and floats.
fn float_getformat(_vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("float.__getformat__")?;
    let pos = &args.pos()[1..];
    if pos.len() != 1 {
        return Err(type_error(format!("float.__getformat__() takes exactly one argument ({} given)", pos.len())));
    }
    let s = pos[0].as_str().ok_or_else(|| {
        type_error(format!("__getformat__() argument must be str, not {}", type_name(&pos[0])))
    })?;
    match s {
        "double" | "float" => Ok(Value::str("IEEE, little-endian")),
        _ => Err(value_error("__getformat__() argument 1 must be 'double' or 'float'")),
    }
}

fn float_is_integer(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(crate::num::float::is_integer(this0(&args, "is_integer")?)))
}

fn float_as_integer_ratio(_vm: &mut Vm, args: Args) -> PyResult {
    let (n, d) = crate::num::float::as_integer_ratio(this0(&args, "as_integer_ratio")?)?;
    Ok(Value::tuple(vec![Value::from_num(n), Value::from_num(d)]))
}

fn float_hex(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::string(crate::text::float_hex(this0(&args, "hex")?)))
}

/// `float.fromhex(string)` (a classmethod: subclasses get `cls(value)`).
fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("float.fromhex")?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(type_error(format!("float.fromhex() takes exactly one argument ({} given)", pos.len() - 1)));
    }
    let s = pos[1]
        .as_str()
        .ok_or_else(|| type_error("bad argument type for built-in operation"))?;
    let v = Value::float(crate::text::float_fromhex(s)?);
    if pos[0].as_ptr() == rt().ty_ptr(BT::Float) {
        return Ok(v);
    }
    vm.call(&pos[0], &[v])
}

/// `float(s)` for a str, bytes or bytearray argument (`None` if `v` is none of those).
pub fn float_from_text(vm: &mut Vm, v: &Value) -> Option<PyResult<f64>> {
    let parsed = if let Some(s) = v.as_str() {
        crate::text::parse_float(s)
    } else if let Some(b) = crate::types::bytes::bytes_like(v) {
        crate::text::parse_float_ascii(&b)
    } else {
        return None;
    };
    Some(match parsed {
        Some(f) => Ok(f),
        None => match vm.repr_string(v) {
            Ok(r) => Err(PyErr::new(ExcType::ValueError, format!("could not convert string to float: {r}"))),
            Err(e) => Err(e),
        },
    })
}
