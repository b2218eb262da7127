//! Arithmetic and comparison of the builtin numbers (int, bool, float, complex) on top of
//! `num`: the operator kernels the interpreter's slow path calls (`binop`, `compare`), the
//! `int.__add__`-style dunders (which return NotImplemented for operands above the type's
//! level in the numeric tower), the conversion of `num` errors into Python exceptions, and an
//! Argument-Clinic-style binder for the numeric types' keyword arguments.

use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::num::float::PowResult;
use crate::num::{Complex, ExcKind, NumError};
use crate::object::Kind;
use crate::types::builtin::{method, Args, MethodDef};
use crate::types::complex::ComplexData;
use crate::types::int::IntRef;
use crate::types::str::StrData;
use crate::types::typeobj::type_name;
use crate::value::Value;
use crate::vm::Vm;
use pygmy_bytecode::{BinaryOp, CompareOp};
use std::cmp::Ordering;

impl From<NumError> for PyErr {
    fn from(e: NumError) -> PyErr {
        match e {
            NumError::Exc(kind, msg) => {
                let t = match kind {
                    ExcKind::ZeroDivisionError => ExcType::ZeroDivisionError,
                    ExcKind::OverflowError => ExcType::OverflowError,
                    ExcKind::ValueError => ExcType::ValueError,
                    ExcKind::TypeError => ExcType::TypeError,
                    ExcKind::MemoryError => ExcType::MemoryError,
                };
                if t == ExcType::MemoryError {
                    return PyErr::with_args(t, vec![]);
                }
                PyErr::new(t, msg.into_owned())
            }
            // Callers that can build the repr of the argument use `int::parse_error`.
            NumError::InvalidLiteral { base } => value_error(format!("invalid literal for int() with base {base}")),
        }
    }
}

/// Binds arguments like CPython's Argument Clinic (`_PyArg_UnpackKeywords`), with its
/// messages: the first `npos_only` names are positional-only, at most `max_pos` may be
/// passed positionally (the rest are keyword-only), the first `required` are required.
/// `args` must not include `self`.
pub fn bind_args<const N: usize>(
    args: &Args,
    fname: &str,
    names: [&str; N],
    npos_only: usize,
    max_pos: usize,
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let pos = args.pos();
    let total = args.all.len();
    if total > N {
        return Err(type_error(format!(
            "{fname}() takes at most {N} {}argument{} ({total} given)",
            if pos.is_empty() { "keyword " } else { "" },
            if N == 1 { "" } else { "s" }
        )));
    }
    if pos.len() > max_pos {
        return Err(type_error(if max_pos == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            format!(
                "{fname}() takes {} {max_pos} positional argument{} ({} given)",
                if required < max_pos { "at most" } else { "exactly" },
                if max_pos == 1 { "" } else { "s" },
                pos.len()
            )
        }));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let key = k.downcast::<StrData>().map(|s| s.as_str()).unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(i) if i >= npos_only => {
                if out[i].is_some() {
                    return Err(type_error(format!(
                        "argument for {fname}() given by name ('{key}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v.clone());
            }
            _ => return Err(type_error(format!("'{key}' is an invalid keyword argument for {fname}()"))),
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            if i < npos_only {
                let n = npos_only.min(required);
                return Err(type_error(format!(
                    "{fname}() takes {} {n} positional argument{} ({} given)",
                    if n < max_pos { "at least" } else { "exactly" },
                    if n == 1 { "" } else { "s" },
                    pos.len()
                )));
            }
            return Err(type_error(format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1)));
        }
    }
    Ok(out)
}

/// `tp_new_wrapper`'s checks on the class passed to `int.__new__` (and float, complex): a
/// type, a subtype of `name`, and not one with its own constructor (`bool`).
pub fn check_new_cls(cls: &Value, bt: crate::runtime::BT, name: &str) -> PyResult<()> {
    use crate::runtime::{rt, BT};
    if cls.kind() != Kind::Type {
        return Err(type_error(format!("{name}.__new__(X): X is not a type object ({})", type_name(cls))));
    }
    let n = crate::types::typeobj::tdata(cls).name_str();
    if !crate::types::typeobj::is_subtype_ptr(cls.as_ptr(), rt().ty_ptr(bt)) {
        return Err(type_error(format!("{name}.__new__({n}): {n} is not a subtype of {name}")));
    }
    if bt == BT::Int && crate::types::typeobj::is_subtype_ptr(cls.as_ptr(), rt().ty_ptr(BT::Bool)) {
        return Err(type_error(format!("{name}.__new__({n}) is not safe, use {n}.__new__()")));
    }
    Ok(())
}

/// Numeric tower level of a builtin number: 1 int/bool, 2 float, 3 complex, 0 other.
#[inline]
pub fn level(v: &Value) -> u8 {
    match v.kind() {
        Kind::Int | Kind::Bool => 1,
        Kind::Float => 2,
        Kind::Complex => 3,
        _ => 0,
    }
}

/// The float value of an int or float operand (ints correctly rounded).
#[inline]
fn real_of(v: &Value) -> PyResult<f64> {
    if let Some(f) = v.as_float() {
        return Ok(f);
    }
    match v.as_int() {
        Some(i) => i.to_f64(),
        None => Err(type_error("number expected")),
    }
}

/// The complex value of an int, float or complex operand.
#[inline]
fn complex_of(v: &Value) -> PyResult<Complex> {
    if let Some(c) = v.downcast::<ComplexData>() {
        return Ok(Complex::new(c.re, c.im));
    }
    Ok(Complex::new(real_of(v)?, 0.0))
}

/// `a <op> b` on builtin numbers at the higher of the two levels; `Ok(None)` when the operator
/// does not apply (not both numbers, or e.g. `//` on complex).
pub fn binop(a: &Value, b: &Value, op: BinaryOp) -> PyResult<Option<Value>> {
    use crate::types::int as I;
    let op = op.base();
    // Hot paths: two unboxed ints, two floats.
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        if let Some(v) = small_binop(x as i64, y as i64, op) {
            return Ok(Some(v));
        }
    } else if let (Some(x), Some(y)) = (a.as_float(), b.as_float()) {
        if matches!(
            op,
            BinaryOp::Add
                | BinaryOp::Subtract
                | BinaryOp::Multiply
                | BinaryOp::TrueDivide
                | BinaryOp::FloorDivide
                | BinaryOp::Remainder
                | BinaryOp::Power
        ) {
            return float_binop(x, y, op).map(Some);
        }
    }
    let (la, lb) = (level(a), level(b));
    if la == 0 || lb == 0 {
        return Ok(None);
    }
    match la.max(lb) {
        1 => {
            let (Some(x), Some(y)) = (a.as_int(), b.as_int()) else { return Ok(None) };
            Ok(Some(match op {
                BinaryOp::Add => I::int_add(&x, &y),
                BinaryOp::Subtract => I::int_sub(&x, &y),
                BinaryOp::Multiply => I::int_mul(&x, &y),
                BinaryOp::FloorDivide => I::int_floordiv(&x, &y)?,
                BinaryOp::Remainder => I::int_mod(&x, &y)?,
                BinaryOp::TrueDivide => I::int_truediv(&x, &y)?,
                BinaryOp::Power => I::int_pow(&x, &y)?,
                BinaryOp::Lshift => I::int_lshift(&x, &y)?,
                BinaryOp::Rshift => I::int_rshift(&x, &y)?,
                BinaryOp::And | BinaryOp::Or | BinaryOp::Xor => {
                    let c = match op {
                        BinaryOp::And => b'&',
                        BinaryOp::Or => b'|',
                        _ => b'^',
                    };
                    if let (Some(p), Some(q)) = (a.downcast::<bool>(), b.downcast::<bool>()) {
                        Value::bool(match c {
                            b'&' => *p & *q,
                            b'|' => *p | *q,
                            _ => *p ^ *q,
                        })
                    } else {
                        I::int_bitop(&x, &y, c)
                    }
                }
                _ => return Ok(None),
            }))
        }
        2 => {
            if !matches!(
                op,
                BinaryOp::Add
                    | BinaryOp::Subtract
                    | BinaryOp::Multiply
                    | BinaryOp::TrueDivide
                    | BinaryOp::FloorDivide
                    | BinaryOp::Remainder
                    | BinaryOp::Power
            ) {
                return Ok(None);
            }
            let (x, y) = (real_of(a)?, real_of(b)?);
            float_binop(x, y, op).map(Some)
        }
        _ => {
            let (x, y) = (complex_of(a)?, complex_of(b)?);
            let r = match op {
                BinaryOp::Add => x + y,
                BinaryOp::Subtract => x - y,
                BinaryOp::Multiply => x * y,
                BinaryOp::TrueDivide => x.true_div(y)?,
                BinaryOp::Power => x.pow(y)?,
                _ => return Ok(None),
            };
            Ok(Some(Value::complex(r.re, r.im)))
        }
    }
}

/// `x <op> y` for two small ints when no error and no big result is possible (`None`: take
/// the general path). Small ints have at most 63 bits, so `/` and `%` cannot overflow.
#[inline]
fn small_binop(x: i64, y: i64, op: BinaryOp) -> Option<Value> {
    Some(match op {
        BinaryOp::Add => Value::int(x + y),
        BinaryOp::Subtract => Value::int(x - y),
        BinaryOp::Multiply => Value::int_i128(x as i128 * y as i128),
        BinaryOp::FloorDivide if y != 0 => {
            let q = x / y;
            Value::int(if x % y != 0 && (x ^ y) < 0 { q - 1 } else { q })
        }
        BinaryOp::Remainder if y != 0 => {
            let r = x % y;
            Value::int(if r != 0 && (r ^ y) < 0 { r + y } else { r })
        }
        BinaryOp::TrueDivide if y != 0 && x.unsigned_abs() <= 1 << 53 && y.unsigned_abs() <= 1 << 53 => {
            Value::float(x as f64 / y as f64)
        }
        BinaryOp::Rshift if y >= 0 => Value::int(x >> y.min(63)),
        BinaryOp::Lshift if (0..63).contains(&y) && (x << y) >> y == x => Value::int(x << y),
        BinaryOp::And => Value::int(x & y),
        BinaryOp::Or => Value::int(x | y),
        BinaryOp::Xor => Value::int(x ^ y),
        _ => return None,
    })
}

/// Arithmetic on two floats (`op` is one of + - * / // % **).
pub fn float_binop(x: f64, y: f64, op: BinaryOp) -> PyResult {
    use crate::num::float as F;
    Ok(Value::float(match op {
        BinaryOp::Add => x + y,
        BinaryOp::Subtract => x - y,
        BinaryOp::Multiply => x * y,
        BinaryOp::TrueDivide => F::div(x, y)?,
        BinaryOp::FloorDivide => F::floor_div(x, y)?,
        BinaryOp::Remainder => F::modulo(x, y)?,
        _ => match F::pow(x, y)? {
            PowResult::Float(f) => f,
            PowResult::Complex(c) => return Ok(Value::complex(c.re, c.im)),
        },
    }))
}

/// `divmod(a, b)` on builtin numbers; `Ok(None)` if not applicable (complex, non-numbers).
pub fn divmod(a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (la, lb) = (level(a), level(b));
    if la == 0 || lb == 0 || la.max(lb) == 3 {
        return Ok(None);
    }
    if la.max(lb) == 1 {
        let (Some(x), Some(y)) = (a.as_int(), b.as_int()) else { return Ok(None) };
        return crate::types::int::int_divmod(&x, &y).map(Some);
    }
    let (q, r) = crate::num::float::div_mod(real_of(a)?, real_of(b)?)?;
    Ok(Some(Value::tuple(vec![Value::float(q), Value::float(r)])))
}

/// Orders an int against a float exactly (`None` for NaN).
#[inline]
fn int_float_cmp(i: &IntRef, x: f64) -> Option<Ordering> {
    match i {
        IntRef::Small(v) if v.unsigned_abs() <= 1 << 53 => (*v as f64).partial_cmp(&x),
        _ => i.to_num().cmp_f64(x),
    }
}

/// Equality of a complex with another builtin number.
fn complex_eq(c: &ComplexData, other: &Value) -> Option<bool> {
    if let Some(d) = other.downcast::<ComplexData>() {
        return Some(c.re == d.re && c.im == d.im);
    }
    if c.im != 0.0 {
        return Some(false);
    }
    if let Some(f) = other.as_float() {
        return Some(c.re == f);
    }
    Some(int_float_cmp(&other.as_int()?, c.re) == Some(Ordering::Equal))
}

/// Numeric comparison of builtin numbers; `None` if not both numbers (or complex ordering).
pub fn compare(a: &Value, b: &Value, op: CompareOp) -> Option<bool> {
    let (la, lb) = (level(a), level(b));
    if la == 0 || lb == 0 {
        return None;
    }
    if la == 3 || lb == 3 {
        if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
            return None;
        }
        let eq = match a.downcast::<ComplexData>() {
            Some(c) => complex_eq(c, b)?,
            None => complex_eq(b.downcast::<ComplexData>()?, a)?,
        };
        return Some(eq == (op == CompareOp::Eq));
    }
    let ord = match (a.as_float(), b.as_float()) {
        (Some(x), Some(y)) => x.partial_cmp(&y),
        (Some(x), None) => int_float_cmp(&b.as_int()?, x).map(Ordering::reverse),
        (None, Some(y)) => int_float_cmp(&a.as_int()?, y),
        (None, None) => Some(crate::types::int::int_cmp(&a.as_int()?, &b.as_int()?)),
    };
    Some(match ord {
        None => op == CompareOp::Ne,
        Some(o) => match op {
            CompareOp::Lt => o.is_lt(),
            CompareOp::Le => o.is_le(),
            CompareOp::Eq => o.is_eq(),
            CompareOp::Ne => o.is_ne(),
            CompareOp::Gt => o.is_gt(),
            CompareOp::Ge => o.is_ge(),
        },
    })
}

// ---- The dunders --------------------------------------------------------------------------------

const TYPE_NAMES: [&str; 4] = ["", "int", "float", "complex"];

/// `self` of a dunder of the type at level `max`, with CPython's descriptor error.
fn check_self(args: &Args, name: &str, max: u8) -> PyResult<()> {
    let ok = args.pos().first().is_some_and(|v| level(v) == max);
    if !ok {
        let tn = TYPE_NAMES[max as usize];
        return Err(match args.pos().first() {
            Some(v) => type_error(format!(
                "descriptor '{name}' requires a '{tn}' object but received a '{}'",
                type_name(v)
            )),
            None => type_error(format!("descriptor '{name}' of '{tn}' object needs an argument")),
        });
    }
    Ok(())
}

/// The positional arguments of a binary dunder (`self` and one operand).
fn binary_args<'a>(args: &Args<'a>, name: &str, max: u8) -> PyResult<&'a [Value]> {
    check_self(args, name, max)?;
    args.no_kwargs(name)?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(type_error(format!("expected 1 argument, got {}", pos.len() - 1)));
    }
    Ok(pos)
}

fn arith(args: &Args, op: BinaryOp, reflected: bool, max: u8) -> PyResult {
    let name = if reflected { op.dunders().1 } else { op.dunders().0 };
    let pos = binary_args(args, name, max)?;
    let (a, b) = (&pos[0], &pos[1]);
    let lb = level(b);
    if lb == 0 || lb > max {
        return Ok(Value::not_implemented());
    }
    let r = if reflected { binop(b, a, op)? } else { binop(a, b, op)? };
    Ok(r.unwrap_or_else(Value::not_implemented))
}

fn divmod_m(args: &Args, reflected: bool, max: u8) -> PyResult {
    let pos = binary_args(args, if reflected { "__rdivmod__" } else { "__divmod__" }, max)?;
    let lb = level(&pos[1]);
    if lb == 0 || lb > max {
        return Ok(Value::not_implemented());
    }
    let r = if reflected { divmod(&pos[1], &pos[0])? } else { divmod(&pos[0], &pos[1])? };
    Ok(r.unwrap_or_else(Value::not_implemented))
}

fn compare_m(args: &Args, op: CompareOp, max: u8) -> PyResult {
    let pos = binary_args(args, op.dunder(), max)?;
    let lb = level(&pos[1]);
    if lb == 0 || lb > max {
        return Ok(Value::not_implemented());
    }
    Ok(match compare(&pos[0], &pos[1], op) {
        Some(b) => Value::bool(b),
        None => Value::not_implemented(),
    })
}

/// `__pow__` / `__rpow__` with an optional modulus.
fn pow_m(args: &Args, reflected: bool, max: u8) -> PyResult {
    let name = if reflected { "__rpow__" } else { "__pow__" };
    check_self(args, name, max)?;
    args.no_kwargs(name)?;
    let pos = args.pos();
    if !(2..=3).contains(&pos.len()) {
        return Err(type_error(format!(
            "expected {} argument{}, got {}",
            if pos.len() < 2 { "at least 1" } else { "at most 2" },
            if pos.len() < 2 { "" } else { "s" },
            pos.len() - 1
        )));
    }
    let (a, b) = if reflected { (&pos[1], &pos[0]) } else { (&pos[0], &pos[1]) };
    match pos.get(2).filter(|m| !m.is_none()) {
        None => {
            let lb = level(&pos[1]);
            if lb == 0 || lb > max {
                return Ok(Value::not_implemented());
            }
            Ok(binop(a, b, BinaryOp::Power)?.unwrap_or_else(Value::not_implemented))
        }
        Some(m) => ternary_pow(a, b, m, max),
    }
}

/// Three-argument `pow(a, b, m)` as CPython's `ternary_op` runs the slots of int, float and
/// complex: ints compute `pow_mod`; a float or complex among the operands raises that type's
/// error. (The `pow()` builtin only asks the base's `__pow__`, so the whole protocol is here.)
fn ternary_pow(a: &Value, b: &Value, m: &Value, self_level: u8) -> PyResult {
    if let (Some(x), Some(y), Some(z)) = (a.as_int(), b.as_int(), m.as_int()) {
        return crate::types::int::int_pow_mod(&x, &y, &z);
    }
    let mut levels = vec![self_level];
    for v in [b, m] {
        let l = level(v);
        if l > 1 && !levels.contains(&l) {
            levels.push(l);
        }
    }
    for l in levels {
        let numeric = |v: &Value| level(v) != 0 && level(v) <= l;
        if l >= 2 && numeric(a) && numeric(b) {
            return Err(if l == 2 {
                type_error("pow() 3rd argument not allowed unless all arguments are integers")
            } else {
                value_error("complex modulo")
            });
        }
    }
    Ok(Value::not_implemented())
}

macro_rules! dunders {
    ($table:ident, $max:expr, [$($name:literal => $f:ident = $body:expr;)*]) => {
        $(fn $f(_vm: &mut Vm, args: Args) -> PyResult {
            let a = &args;
            $body(a, $max)
        })*
        pub const $table: &[MethodDef] = &[$(method($name, $f),)*];
    };
}

macro_rules! ar {
    ($op:ident, $r:expr) => {
        |a: &Args, m: u8| arith(a, BinaryOp::$op, $r, m)
    };
}
macro_rules! cmp {
    ($op:ident) => {
        |a: &Args, m: u8| compare_m(a, CompareOp::$op, m)
    };
}

dunders!(INT_NUM_METHODS, 1, [
    "__add__" => int_add = ar!(Add, false);
    "__radd__" => int_radd = ar!(Add, true);
    "__sub__" => int_sub = ar!(Subtract, false);
    "__rsub__" => int_rsub = ar!(Subtract, true);
    "__mul__" => int_mul = ar!(Multiply, false);
    "__rmul__" => int_rmul = ar!(Multiply, true);
    "__truediv__" => int_truediv = ar!(TrueDivide, false);
    "__rtruediv__" => int_rtruediv = ar!(TrueDivide, true);
    "__floordiv__" => int_floordiv = ar!(FloorDivide, false);
    "__rfloordiv__" => int_rfloordiv = ar!(FloorDivide, true);
    "__mod__" => int_mod = ar!(Remainder, false);
    "__rmod__" => int_rmod = ar!(Remainder, true);
    "__pow__" => int_pow = |a: &Args, m: u8| pow_m(a, false, m);
    "__rpow__" => int_rpow = |a: &Args, m: u8| pow_m(a, true, m);
    "__lshift__" => int_lshift = ar!(Lshift, false);
    "__rlshift__" => int_rlshift = ar!(Lshift, true);
    "__rshift__" => int_rshift = ar!(Rshift, false);
    "__rrshift__" => int_rrshift = ar!(Rshift, true);
    "__and__" => int_and = ar!(And, false);
    "__rand__" => int_rand = ar!(And, true);
    "__or__" => int_or = ar!(Or, false);
    "__ror__" => int_ror = ar!(Or, true);
    "__xor__" => int_xor = ar!(Xor, false);
    "__rxor__" => int_rxor = ar!(Xor, true);
    "__divmod__" => int_divmod = |a: &Args, m: u8| divmod_m(a, false, m);
    "__rdivmod__" => int_rdivmod = |a: &Args, m: u8| divmod_m(a, true, m);
    "__lt__" => int_lt = cmp!(Lt);
    "__le__" => int_le = cmp!(Le);
    "__eq__" => int_eq = cmp!(Eq);
    "__ne__" => int_ne = cmp!(Ne);
    "__gt__" => int_gt = cmp!(Gt);
    "__ge__" => int_ge = cmp!(Ge);
]);

dunders!(FLOAT_NUM_METHODS, 2, [
    "__add__" => float_add = ar!(Add, false);
    "__radd__" => float_radd = ar!(Add, true);
    "__sub__" => float_sub = ar!(Subtract, false);
    "__rsub__" => float_rsub = ar!(Subtract, true);
    "__mul__" => float_mul = ar!(Multiply, false);
    "__rmul__" => float_rmul = ar!(Multiply, true);
    "__truediv__" => float_truediv = ar!(TrueDivide, false);
    "__rtruediv__" => float_rtruediv = ar!(TrueDivide, true);
    "__floordiv__" => float_floordiv = ar!(FloorDivide, false);
    "__rfloordiv__" => float_rfloordiv = ar!(FloorDivide, true);
    "__mod__" => float_mod = ar!(Remainder, false);
    "__rmod__" => float_rmod = ar!(Remainder, true);
    "__pow__" => float_pow = |a: &Args, m: u8| pow_m(a, false, m);
    "__rpow__" => float_rpow = |a: &Args, m: u8| pow_m(a, true, m);
    "__divmod__" => float_divmod = |a: &Args, m: u8| divmod_m(a, false, m);
    "__rdivmod__" => float_rdivmod = |a: &Args, m: u8| divmod_m(a, true, m);
    "__lt__" => float_lt = cmp!(Lt);
    "__le__" => float_le = cmp!(Le);
    "__eq__" => float_eq = cmp!(Eq);
    "__ne__" => float_ne = cmp!(Ne);
    "__gt__" => float_gt = cmp!(Gt);
    "__ge__" => float_ge = cmp!(Ge);
]);

dunders!(COMPLEX_NUM_METHODS, 3, [
    "__add__" => complex_add = ar!(Add, false);
    "__radd__" => complex_radd = ar!(Add, true);
    "__sub__" => complex_sub = ar!(Subtract, false);
    "__rsub__" => complex_rsub = ar!(Subtract, true);
    "__mul__" => complex_mul = ar!(Multiply, false);
    "__rmul__" => complex_rmul = ar!(Multiply, true);
    "__truediv__" => complex_truediv = ar!(TrueDivide, false);
    "__rtruediv__" => complex_rtruediv = ar!(TrueDivide, true);
    "__pow__" => complex_pow = |a: &Args, m: u8| pow_m(a, false, m);
    "__rpow__" => complex_rpow = |a: &Args, m: u8| pow_m(a, true, m);
    "__lt__" => complex_lt = cmp!(Lt);
    "__le__" => complex_le = cmp!(Le);
    "__eq__" => complex_eq_m = cmp!(Eq);
    "__ne__" => complex_ne = cmp!(Ne);
    "__gt__" => complex_gt = cmp!(Gt);
    "__ge__" => complex_ge = cmp!(Ge);
]);
