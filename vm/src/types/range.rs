//! `range`: an immutable arithmetic sequence (arbitrary-precision bounds).

use crate::error::{index_error, type_error, value_error, PyResult};
use crate::object::{alloc_obj, Kind, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::slice::SliceData;
use crate::types::typeobj::type_name;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::OnceCell;

pub struct RangeData {
    /// i64 copies of start, stop, step and length when everything fits (nearly always).
    pub small: Option<(i64, i64, i64, i64)>,
    /// The bounds as Python ints: made when a method first needs them for a small range
    /// (`for` and `range()` itself never do: a big int is a heap allocation each).
    big: OnceCell<Bounds>,
}

/// A range's start, stop, step and length.
pub struct Bounds {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

impl Trace for RangeData {}

pub fn range_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() {
        if start < stop {
            (stop - start - 1u32).div_floor(step) + 1u32
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (start - stop - 1u32).div_floor(&-step) + 1u32
    } else {
        BigInt::zero()
    }
}

impl RangeData {
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> RangeData {
        let len = range_len(&start, &stop, &step);
        let small = match (start.to_i64(), stop.to_i64(), step.to_i64(), len.to_i64()) {
            (Some(a), Some(b), Some(c), Some(n)) => Some((a, b, c, n)),
            _ => None,
        };
        RangeData { small, big: OnceCell::from(Bounds { start, stop, step, len }) }
    }

    pub fn bounds(&self) -> &Bounds {
        self.big.get_or_init(|| {
            // A range without big bounds has small ones (`small_range`).
            let (a, b, c, n) = self.small.unwrap_or_default();
            Bounds { start: BigInt::from(a), stop: BigInt::from(b), step: BigInt::from(c), len: BigInt::from(n) }
        })
    }
}

impl Bounds {
    pub fn item(&self, i: &BigInt) -> BigInt {
        &self.start + &self.step * i
    }
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Bounds> {
    args.all.first().and_then(|v| v.downcast::<RangeData>()).map(RangeData::bounds).ok_or_else(|| type_error("expected a range"))
}

pub const RANGE_METHODS: &[MethodDef] = &[
    staticmethod("__new__", range_new),
    method("__len__", range_len_m),
    method("__bool__", range_bool),
    method("__getitem__", range_getitem),
    method("__contains__", range_contains),
    method("__iter__", range_iter),
    method("__reversed__", range_reversed),
    method("__repr__", range_repr),
    method("__eq__", range_eq),
    method("__ne__", range_ne),
    method("__hash__", range_hash),
    method("count", range_count),
    method("index", range_index),
    method("__reduce__", range_reduce),
];

fn to_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    let i = vm.index(v).map_err(|e| {
        if e.matches(crate::error::ExcType::TypeError) {
            type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v)))
        } else {
            e
        }
    })?;
    Ok(crate::types::int::to_bigint(&i).unwrap_or_default())
}

/// `range(...)` whose arguments are all small ints (nearly every call): the range without
/// big-int arithmetic, or None when the general path must decide (including step 0).
pub(crate) fn small_range(a: &[Value]) -> Option<Value> {
    let (start, stop, step) = match a {
        [stop] => (0, stop.as_small()? as i64, 1),
        [start, stop] => (start.as_small()? as i64, stop.as_small()? as i64, 1),
        [start, stop, step] => (start.as_small()? as i64, stop.as_small()? as i64, step.as_small()? as i64),
        _ => return None,
    };
    if step == 0 {
        return None;
    }
    let (a, b, c) = (start as i128, stop as i128, step as i128);
    let len: i128 = if c > 0 && a < b {
        (b - a - 1) / c + 1
    } else if c < 0 && a > b {
        (a - b - 1) / -c + 1
    } else {
        0
    };
    let data = match i64::try_from(len) {
        Ok(n) => RangeData { small: Some((start, stop, step, n)), big: OnceCell::new() },
        Err(_) => RangeData::new(BigInt::from(start), BigInt::from(stop), BigInt::from(step)),
    };
    Some(alloc_obj(&rt().ty_borrowed(BT::Range), data, 0))
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("range")?;
    let a = &args.pos()[1..];
    if let Some(r) = small_range(a) {
        return Ok(r);
    }
    let (start, stop, step) = match a.len() {
        1 => (BigInt::zero(), to_big(vm, &a[0])?, BigInt::from(1)),
        2 => (to_big(vm, &a[0])?, to_big(vm, &a[1])?, BigInt::from(1)),
        3 => (to_big(vm, &a[0])?, to_big(vm, &a[1])?, to_big(vm, &a[2])?),
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        n => return Err(type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step.is_zero() {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(alloc_obj(&rt().ty_borrowed(BT::Range), RangeData::new(start, stop, step), 0))
}

fn range_len_m(_vm: &mut Vm, args: Args) -> PyResult {
    let r = this(&args)?;
    match r.len.to_i64() {
        Some(n) => Ok(Value::int(n)),
        None => Err(crate::error::overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn range_bool(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(!this(&args)?.len.is_zero()))
}

fn range_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__getitem__", 1, 1)?;
    let r = this(&args)?;
    if let Some(sl) = pos[1].downcast::<SliceData>() {
        // Compute with big ints via slice.indices semantics.
        let idx = vm.call_method(&pos[1], "indices", &[Value::from_bigint(r.len.clone())])?;
        let t = idx.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
        let (s, e, st) = (
            crate::types::int::to_bigint(&t[0]).unwrap_or_default(),
            crate::types::int::to_bigint(&t[1]).unwrap_or_default(),
            crate::types::int::to_bigint(&t[2]).unwrap_or_default(),
        );
        let _ = sl;
        let nstart = r.item(&s);
        let nstop = r.item(&e);
        let nstep = &r.step * &st;
        return Ok(alloc_obj(&rt().ty_borrowed(BT::Range), RangeData::new(nstart, nstop, nstep), 0));
    }
    let i = match vm.index_opt_big(&pos[1])? {
        Some(i) => i,
        None => return Err(type_error(format!("range indices must be integers or slices, not {}", type_name(&pos[1])))),
    };
    let j = if i.is_negative() { &i + &r.len } else { i };
    if j.is_negative() || j >= r.len {
        return Err(index_error("range object index out of range"));
    }
    Ok(Value::from_bigint(r.item(&j)))
}

fn contains_int(r: &Bounds, x: &BigInt) -> bool {
    let in_bounds = if r.step.is_positive() { &r.start <= x && x < &r.stop } else { &r.stop < x && x <= &r.start };
    in_bounds && (x - &r.start).mod_floor(&r.step).is_zero()
}

fn range_contains(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__contains__", 1, 1)?;
    let r = this(&args)?;
    let x = &pos[1];
    if matches!(x.kind(), Kind::Int | Kind::Bool) {
        if let Some(b) = crate::types::int::to_bigint(x) {
            return Ok(Value::bool(contains_int(r, &b)));
        }
    }
    let it = vm.iter(&pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, x)? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn range_iter(_vm: &mut Vm, args: Args) -> PyResult {
    let r = this(&args)?;
    Ok(crate::types::iter::new_range_iter(r.start.clone(), r.step.clone(), r.len.clone()))
}

fn range_reversed(_vm: &mut Vm, args: Args) -> PyResult {
    let r = this(&args)?;
    let last = if r.len.is_zero() { r.start.clone() } else { r.item(&(&r.len - 1u32)) };
    Ok(crate::types::iter::new_range_iter(last, -r.step.clone(), r.len.clone()))
}

fn range_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let r = this(&args)?;
    Ok(Value::string(if r.step == BigInt::from(1) {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}

fn same(a: &Bounds, b: &Bounds) -> bool {
    if a.len != b.len {
        return false;
    }
    if a.len.is_zero() {
        return true;
    }
    if a.start != b.start {
        return false;
    }
    a.len == BigInt::from(1) || a.step == b.step
}

fn range_eq(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__eq__", 1, 1)?;
    match (pos[0].downcast::<RangeData>(), pos[1].downcast::<RangeData>()) {
        (Some(a), Some(b)) => Ok(Value::bool(same(a.bounds(), b.bounds()))),
        _ => Ok(Value::not_implemented()),
    }
}

fn range_ne(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__ne__", 1, 1)?;
    match (pos[0].downcast::<RangeData>(), pos[1].downcast::<RangeData>()) {
        (Some(a), Some(b)) => Ok(Value::bool(!same(a.bounds(), b.bounds()))),
        _ => Ok(Value::not_implemented()),
    }
}

fn range_hash(vm: &mut Vm, args: Args) -> PyResult {
    let r = this(&args)?;
    let t = if r.len.is_zero() {
        Value::tuple(vec![Value::from_bigint(r.len.clone()), Value::none(), Value::none()])
    } else if r.len == BigInt::from(1) {
        Value::tuple(vec![Value::from_bigint(r.len.clone()), Value::from_bigint(r.start.clone()), Value::none()])
    } else {
        Value::tuple(vec![Value::from_bigint(r.len.clone()), Value::from_bigint(r.start.clone()), Value::from_bigint(r.step.clone())])
    };
    Ok(Value::int(vm.hash(&t)?))
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("count", 1, 1)?;
    let r = this(&args)?;
    if matches!(pos[1].kind(), Kind::Int | Kind::Bool) {
        let b = crate::types::int::to_bigint(&pos[1]).unwrap_or_default();
        return Ok(Value::int(contains_int(r, &b) as i64));
    }
    let mut n = 0;
    let it = vm.iter(&pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, &pos[1])? {
            n += 1;
        }
    }
    Ok(Value::int(n))
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("index", 1, 1)?;
    let r = this(&args)?;
    if matches!(pos[1].kind(), Kind::Int | Kind::Bool) {
        let b = crate::types::int::to_bigint(&pos[1]).unwrap_or_default();
        if contains_int(r, &b) {
            return Ok(Value::from_bigint((b - &r.start) / &r.step));
        }
        return Err(value_error(format!("{} is not in range", vm.repr_string(&pos[1])?)));
    }
    let it = vm.iter(&pos[0])?;
    let mut i = 0;
    while let Some(v) = vm.next(&it)? {
        if vm.eq(&v, &pos[1])? {
            return Ok(Value::int(i));
        }
        i += 1;
    }
    Err(value_error(format!("{} is not in range", vm.repr_string(&pos[1])?)))
}

fn range_reduce(_vm: &mut Vm, args: Args) -> PyResult {
    let r = this(&args)?;
    Ok(Value::tuple(vec![
        rt().ty(BT::Range),
        Value::tuple(vec![Value::from_bigint(r.start.clone()), Value::from_bigint(r.stop.clone()), Value::from_bigint(r.step.clone())]),
    ]))
}
