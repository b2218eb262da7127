//! `datetime.timedelta`: days, seconds and microseconds, normalized so that only `days` is
//! negative. Arithmetic works on the total in microseconds (an i128; the range needs 77 bits),
//! float factors exactly through their integer ratio, rounding half to even as CPython does.

use super::{overflow, types, value_error, MAX_DELTA_DAYS, US_PER_DAY, US_PER_SEC};
use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::modules::support::alloc_native;
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::descr::{Getter, Setter};
use crate::types::native::NativeObject;
use crate::types::typeobj::{tp_name, tdata_ptr, type_name};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use pygmy_bytecode::CompareOp;
use std::any::Any;

pub struct Delta {
    pub days: i64,
    pub secs: i64,
    pub us: i64,
}

impl NativeObject for Delta {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Delta {
    pub fn total_us(&self) -> i128 {
        self.days as i128 * US_PER_DAY + self.secs as i128 * US_PER_SEC + self.us as i128
    }
    fn from_us(us: i128) -> Delta {
        let days = us.div_euclid(US_PER_DAY);
        let rest = us.rem_euclid(US_PER_DAY);
        Delta { days: days as i64, secs: (rest / US_PER_SEC) as i64, us: (rest % US_PER_SEC) as i64 }
    }
}

/// A timedelta of `us` microseconds, known to be in range (class attributes).
pub(super) fn new_delta_raw(us: i128) -> Value {
    let t = crate::modules::support::native_type("datetime.timedelta");
    alloc_native(&t, Delta::from_us(us))
}

/// The range check of CPython's `new_delta`, with its two messages.
fn check_days(us: i128) -> PyResult<()> {
    let days = us.div_euclid(US_PER_DAY);
    if days.abs() > MAX_DELTA_DAYS as i128 {
        if i32::try_from(days).is_err() {
            return Err(overflow("Python int too large to convert to C int"));
        }
        return Err(overflow(format!("days={days}; must have magnitude <= {MAX_DELTA_DAYS}")));
    }
    Ok(())
}

/// A `datetime.timedelta` of `us` microseconds, or OverflowError.
pub(crate) fn new_delta(us: i128) -> PyResult {
    check_days(us)?;
    Ok(alloc_native(&types().delta, Delta::from_us(us)))
}

fn new_delta_big(us: BigInt) -> PyResult {
    match us.to_i128() {
        Some(us) => new_delta(us),
        None => Err(overflow("Python int too large to convert to C int")),
    }
}

pub const METHODS: &[MethodDef] = &[
    staticmethod("__new__", delta_new),
    method("total_seconds", total_seconds),
    method("__reduce__", reduce),
    method("__repr__", repr),
    method("__str__", str_),
    method("__hash__", hash),
    method("__bool__", bool_),
    method("__eq__", eq),
    method("__ne__", ne),
    method("__lt__", lt),
    method("__le__", le),
    method("__gt__", gt),
    method("__ge__", ge),
    method("__add__", add),
    method("__radd__", add),
    method("__sub__", sub),
    method("__rsub__", rsub),
    method("__mul__", mul),
    method("__rmul__", mul),
    method("__truediv__", truediv),
    method("__floordiv__", floordiv),
    method("__rtruediv__", rtruediv),
    method("__rfloordiv__", rfloordiv),
    method("__mod__", mod_),
    method("__rmod__", rmod),
    method("__divmod__", divmod),
    method("__rdivmod__", rdivmod),
    method("__neg__", neg),
    method("__pos__", pos),
    method("__abs__", abs),
];

pub const GETSETS: &[(&str, Getter, Option<Setter>)] = &[("days", get_days, None), ("seconds", get_seconds, None), ("microseconds", get_us, None)];

fn me(v: &Value) -> PyResult<&Delta> {
    v.native::<Delta>().ok_or_else(|| type_error(format!("descriptor requires a 'datetime.timedelta' object but received a '{}'", type_name(v))))
}

fn get_days(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(me(v)?.days))
}
fn get_seconds(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(me(v)?.secs))
}
fn get_us(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(me(v)?.us))
}

/// `f == m * 2**e` exactly (f finite).
fn decompose(f: f64) -> (BigInt, i32) {
    if f == 0.0 {
        return (BigInt::zero(), 0);
    }
    let bits = f.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
    (BigInt::from(m) * sign, e)
}

/// `round(n / d)` with ties to even (d != 0).
fn round_div(n: &BigInt, d: &BigInt) -> BigInt {
    let (mut q, r) = n.div_mod_floor(d);
    let twice: BigInt = r * 2;
    let cmp = if d.is_negative() { (-twice).cmp(&-d.clone()) } else { twice.cmp(d) };
    if cmp == std::cmp::Ordering::Greater || (cmp == std::cmp::Ordering::Equal && q.is_odd()) {
        q += 1;
    }
    q
}

/// `b.as_integer_ratio()` for a float operand (a subclass may override it).
fn operand_ratio(vm: &mut Vm, b: &Value, f: f64) -> PyResult<(BigInt, BigInt)> {
    if b.class().is(&crate::runtime::rt().ty(crate::runtime::BT::Float)) {
        return float_ratio(f);
    }
    let r = vm.call_method(b, "as_integer_ratio", &[])?;
    let Some(t) = r.as_tuple() else {
        return Err(type_error(format!("unexpected return type from as_integer_ratio(): expected tuple, got '{}'", type_name(&r))));
    };
    if t.len() != 2 {
        return Err(value_error("as_integer_ratio() must return a 2-tuple"));
    }
    match (t[0].as_int(), t[1].as_int()) {
        (Some(n), Some(d)) => Ok((n.to_big(), d.to_big())),
        _ => Err(type_error("as_integer_ratio() must return a 2-tuple of ints")),
    }
}

fn float_ratio(f: f64) -> PyResult<(BigInt, BigInt)> {
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow("cannot convert Infinity to integer ratio"));
    }
    let (m, e) = decompose(f);
    Ok(if e >= 0 { (m << e as u32, BigInt::one()) } else { (m, BigInt::one() << (-e) as u32) })
}

const KWS: [&str; 7] = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
const FACTORS: [i64; 7] = [86_400_000_000, 1_000_000, 1, 1_000, 60_000_000, 3_600_000_000, 604_800_000_000];
/// CPython sums the components in this order (microseconds first), which matters for floats.
const ORDER: [usize; 7] = [2, 3, 1, 4, 5, 0, 6];

/// Big integer of a float's integral part (finite).
fn float_to_big(f: f64) -> BigInt {
    let (m, e) = decompose(f);
    if e >= 0 {
        m << e as u32
    } else {
        // `f` is integral, so the shifted-out bits are zero.
        let neg = m.is_negative();
        let mag = m.abs() >> (-e) as u32;
        if neg {
            -mag
        } else {
            mag
        }
    }
}

/// One component of the constructor: an int, or a finite float.
enum Component {
    Int(i64),
    Big(BigInt),
    Float(f64),
}

fn component(v: &Value, i: usize) -> PyResult<Component> {
    if let Some(f) = v.as_float() {
        if f.is_nan() {
            return Err(value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(overflow("cannot convert float infinity to integer"));
        }
        return Ok(Component::Float(f));
    }
    match v.as_int() {
        Some(n) => Ok(n.to_i64().map_or_else(|| Component::Big(n.to_big()), Component::Int)),
        None => Err(type_error(format!("unsupported type for timedelta {} component: {}", KWS[i], type_name(v)))),
    }
}

/// Rounds the float leftover into the sum, half to even on the sum's parity (CPython's rule).
fn round_leftover(leftover: f64, odd: bool) -> i64 {
    let mut whole = leftover.round();
    if (whole - leftover).abs() == 0.5 {
        let odd = if odd { 1.0 } else { 0.0 };
        whole = 2.0 * ((leftover + odd) * 0.5).round() - odd;
    }
    whole as i64
}

/// CPython's sum of the components in microseconds (see `delta_new`) in i128; None when a
/// term or the sum does not fit.
fn sum_small(parts: &[(usize, Component)]) -> Option<i128> {
    let mut sum: i128 = 0;
    let mut leftover = 0.0f64;
    for (i, c) in parts {
        let factor = FACTORS[*i] as i128;
        let term = match c {
            Component::Int(n) => (*n as i128).checked_mul(factor)?,
            Component::Big(_) => return None,
            Component::Float(f) => {
                let (int, frac) = (f.trunc(), f - f.trunc());
                if int.abs() >= 1e30 {
                    return None;
                }
                let mut term = (int as i128).checked_mul(factor)?;
                if frac != 0.0 {
                    let scaled = factor as f64 * frac;
                    let whole = scaled.trunc();
                    term += whole as i128;
                    leftover += scaled - whole;
                }
                term
            }
        };
        sum = sum.checked_add(term)?;
    }
    if leftover != 0.0 {
        sum = sum.checked_add(round_leftover(leftover, sum & 1 != 0) as i128)?;
    }
    Some(sum)
}

/// The same sum in big integers, for components too large for `sum_small`.
fn sum_big(parts: &[(usize, Component)]) -> BigInt {
    let mut sum = BigInt::zero();
    let mut leftover = 0.0f64;
    for (i, c) in parts {
        let factor = FACTORS[*i];
        match c {
            Component::Int(n) => sum += BigInt::from(*n) * factor,
            Component::Big(n) => sum += n * factor,
            Component::Float(f) => {
                let (int, frac) = (f.trunc(), f - f.trunc());
                sum += float_to_big(int) * factor;
                if frac != 0.0 {
                    let scaled = factor as f64 * frac;
                    let whole = scaled.trunc();
                    sum += float_to_big(whole);
                    leftover += scaled - whole;
                }
            }
        }
    }
    if leftover != 0.0 {
        let odd = sum.is_odd();
        sum += round_leftover(leftover, odd);
    }
    sum
}

/// `timedelta(...)`: integers exactly; floats as CPython's `accum`: the integral part exactly,
/// the fraction times the factor in float arithmetic, its own fraction kept as leftover and
/// rounded half to even at the end. Components are summed microseconds first, as CPython does.
fn delta_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = super::new_cls(vm, &args, &types().delta)?;
    let bound = args.rest().bind("timedelta", KWS, 0, 0)?;
    let mut parts = Vec::with_capacity(7);
    for i in ORDER {
        if let Some(v) = &bound[i] {
            parts.push((i, component(v, i)?));
        }
    }
    let us = match sum_small(&parts) {
        Some(us) => us,
        None => sum_big(&parts).to_i128().ok_or_else(|| overflow("Python int too large to convert to C int"))?,
    };
    check_days(us)?;
    Ok(alloc_native(&cls, Delta::from_us(us)))
}

fn binary<'a>(args: &Args<'a>) -> (&'a Value, &'a Value) {
    let p = args.pos();
    (&p[0], p.get(1).unwrap_or(&p[0]))
}

fn total_seconds(_vm: &mut Vm, args: Args) -> PyResult {
    super::noargs(&args, "total_seconds")?;
    let us = me(args.self_())?.total_us();
    Ok(Value::float(us as f64 / 1e6))
}

fn reduce(_vm: &mut Vm, args: Args) -> PyResult {
    super::noargs(&args, "__reduce__")?;
    let s = args.self_();
    let d = me(s)?;
    Ok(Value::tuple(vec![s.class(), Value::tuple(vec![Value::int(d.days), Value::int(d.secs), Value::int(d.us)])]))
}

fn repr(_vm: &mut Vm, args: Args) -> PyResult {
    let s = args.self_();
    let d = me(s)?;
    let mut parts = Vec::new();
    if d.days != 0 {
        parts.push(format!("days={}", d.days));
    }
    if d.secs != 0 {
        parts.push(format!("seconds={}", d.secs));
    }
    if d.us != 0 {
        parts.push(format!("microseconds={}", d.us));
    }
    if parts.is_empty() {
        parts.push("0".into());
    }
    Ok(Value::string(format!("{}({})", tp_name(tdata_ptr(s.class_ptr())), parts.join(", "))))
}

pub(super) fn delta_str(d: &Delta) -> String {
    let mut out = String::new();
    if d.days != 0 {
        out += &format!("{} day{}, ", d.days, if d.days.abs() != 1 { "s" } else { "" });
    }
    out += &format!("{}:{:02}:{:02}", d.secs / 3600, d.secs / 60 % 60, d.secs % 60);
    if d.us != 0 {
        out += &format!(".{:06}", d.us);
    }
    out
}

fn str_(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::string(delta_str(me(args.self_())?)))
}

pub(super) fn hash_us(vm: &mut Vm, us: i128) -> PyResult<i64> {
    let d = Delta::from_us(us);
    vm.hash(&Value::tuple(vec![Value::int(d.days), Value::int(d.secs), Value::int(d.us)]))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult {
    let us = me(args.self_())?.total_us();
    Ok(Value::int(hash_us(vm, us)?))
}

fn bool_(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(me(args.self_())?.total_us() != 0))
}

fn compare(args: Args, op: CompareOp) -> PyResult {
    let (a, b) = binary(&args);
    let a = me(a)?.total_us();
    let Some(b) = b.native::<Delta>() else { return Ok(Value::not_implemented()) };
    Ok(Value::bool(super::cmp_result(a.cmp(&b.total_us()), op)))
}

fn eq(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, CompareOp::Eq)
}
fn ne(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, CompareOp::Ne)
}
fn lt(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, CompareOp::Lt)
}
fn le(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, CompareOp::Le)
}
fn gt(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, CompareOp::Gt)
}
fn ge(_vm: &mut Vm, args: Args) -> PyResult {
    compare(args, CompareOp::Ge)
}

/// Both operands as microseconds when both are timedeltas.
fn both(args: &Args) -> PyResult<Option<(i128, i128)>> {
    let (a, b) = binary(args);
    let a = me(a)?.total_us();
    Ok(b.native::<Delta>().map(|b| (a, b.total_us())))
}

fn add(_vm: &mut Vm, args: Args) -> PyResult {
    match both(&args)? {
        Some((a, b)) => new_delta(a + b),
        None => Ok(Value::not_implemented()),
    }
}
fn sub(_vm: &mut Vm, args: Args) -> PyResult {
    match both(&args)? {
        Some((a, b)) => new_delta(a - b),
        None => Ok(Value::not_implemented()),
    }
}
fn rsub(_vm: &mut Vm, args: Args) -> PyResult {
    match both(&args)? {
        Some((a, b)) => new_delta(b - a),
        None => Ok(Value::not_implemented()),
    }
}

fn int_operand(v: &Value) -> Option<BigInt> {
    if v.as_float().is_some() {
        return None;
    }
    v.as_int().map(|i| i.to_big())
}

fn mul(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = binary(&args);
    let a = BigInt::from(me(a)?.total_us());
    if let Some(f) = b.as_float() {
        let (n, d) = operand_ratio(vm, b, f)?;
        return new_delta_big(round_div(&(a * n), &d));
    }
    match int_operand(b) {
        Some(n) => new_delta_big(a * n),
        None => Ok(Value::not_implemented()),
    }
}

fn zero_div(msg: &str) -> PyErr {
    PyErr::new(ExcType::ZeroDivisionError, msg)
}

fn truediv(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = binary(&args);
    let a = me(a)?.total_us();
    if let Some(d) = b.native::<Delta>() {
        let b = d.total_us();
        if b == 0 {
            return Err(zero_div("division by zero"));
        }
        return Ok(Value::float(int_true_div(a, b)));
    }
    if let Some(f) = b.as_float() {
        let (n, d) = operand_ratio(vm, b, f)?;
        if n.is_zero() {
            return Err(zero_div("integer division or modulo by zero"));
        }
        return new_delta_big(round_div(&(BigInt::from(a) * d), &n));
    }
    match int_operand(b) {
        Some(n) if n.is_zero() => Err(zero_div("integer division or modulo by zero")),
        Some(n) => new_delta_big(round_div(&BigInt::from(a), &n)),
        None => Ok(Value::not_implemented()),
    }
}

/// `a / b` for integers, correctly rounded when both fit in 53 bits.
fn int_true_div(a: i128, b: i128) -> f64 {
    const EXACT: i128 = 1 << 53;
    if a.abs() < EXACT && b.abs() < EXACT {
        return a as f64 / b as f64;
    }
    let g = gcd(a.abs(), b.abs());
    (a / g) as f64 / (b / g) as f64
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.max(1)
}

fn floor_div(a: i128, b: i128) -> i128 {
    let q = a / b;
    if a % b != 0 && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn floordiv(_vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = binary(&args);
    let a = me(a)?.total_us();
    if let Some(d) = b.native::<Delta>() {
        let b = d.total_us();
        if b == 0 {
            return Err(zero_div("integer division or modulo by zero"));
        }
        return Ok(Value::int_i128(floor_div(a, b)));
    }
    match int_operand(b) {
        Some(n) if n.is_zero() => Err(zero_div("integer division or modulo by zero")),
        Some(n) => new_delta_big(BigInt::from(a).div_floor(&n)),
        None => Ok(Value::not_implemented()),
    }
}

fn mod_(_vm: &mut Vm, args: Args) -> PyResult {
    match both(&args)? {
        Some((_, 0)) => Err(zero_div("integer modulo by zero")),
        Some((a, b)) => new_delta(a - floor_div(a, b) * b),
        None => Ok(Value::not_implemented()),
    }
}

fn divmod(_vm: &mut Vm, args: Args) -> PyResult {
    match both(&args)? {
        Some((_, 0)) => Err(zero_div("integer division or modulo by zero")),
        Some((a, b)) => {
            let q = floor_div(a, b);
            Ok(Value::tuple(vec![Value::int_i128(q), new_delta(a - q * b)?]))
        }
        None => Ok(Value::not_implemented()),
    }
}

/// A reflected operation: only another timedelta on the left reaches it (`5 / td` is a
/// TypeError), so it is the forward one with the operands swapped.
fn reflected(vm: &mut Vm, args: Args, forward: fn(&mut Vm, Args) -> PyResult) -> PyResult {
    let (a, b) = binary(&args);
    if b.native::<Delta>().is_none() {
        return Ok(Value::not_implemented());
    }
    let swapped = [b.clone(), a.clone()];
    forward(vm, Args::new(&swapped))
}

fn rtruediv(vm: &mut Vm, args: Args) -> PyResult {
    reflected(vm, args, truediv)
}
fn rfloordiv(vm: &mut Vm, args: Args) -> PyResult {
    reflected(vm, args, floordiv)
}
fn rmod(vm: &mut Vm, args: Args) -> PyResult {
    reflected(vm, args, mod_)
}
fn rdivmod(vm: &mut Vm, args: Args) -> PyResult {
    reflected(vm, args, divmod)
}

fn neg(_vm: &mut Vm, args: Args) -> PyResult {
    new_delta(-me(args.self_())?.total_us())
}
fn pos(_vm: &mut Vm, args: Args) -> PyResult {
    new_delta(me(args.self_())?.total_us())
}
fn abs(_vm: &mut Vm, args: Args) -> PyResult {
    new_delta(me(args.self_())?.total_us().abs())
}
