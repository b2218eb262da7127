//! `slice` objects and index normalization (`slice.indices`).

use crate::error::{type_error, value_error, PyResult};
use crate::object::{alloc_obj, Kind, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::value::Value;
use crate::vm::Vm;
use pygmy_bytecode::CompareOp;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

pub struct SliceData {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Trace for SliceData {}

impl Value {
    pub fn slice(start: Value, stop: Value, step: Value) -> Value {
        alloc_obj(&rt().ty_borrowed(BT::Slice), SliceData { start, stop, step }, 0)
    }
}

impl SliceData {
    /// `(start, stop, step, slicelength)` for a sequence of `len` items, clamped like
    /// CPython's PySlice_AdjustIndices.
    pub fn indices(&self, vm: &mut Vm, len: usize) -> PyResult<(isize, isize, isize, usize)> {
        Ok(adjust(self.unpack(vm)?, len))
    }

    /// The bounds as integers (None: absent) and the step, as CPython's PySlice_Unpack: their
    /// `__index__` may change a mutable sequence, so its length is taken after this, for
    /// [`adjust`].
    pub fn unpack(&self, vm: &mut Vm) -> PyResult<(Option<isize>, Option<isize>, isize)> {
        // Small ints and Nones (nearly every slice): no calls.
        #[inline(always)]
        fn plain(v: &Value) -> Option<Option<isize>> {
            if v.kind() == Kind::NoneType {
                return Some(None);
            }
            v.as_small().map(Some)
        }
        if let (Some(start), Some(stop), Some(step)) = (plain(&self.start), plain(&self.stop), plain(&self.step)) {
            match step {
                Some(0) => {}
                _ => return Ok((start, stop, step.unwrap_or(1).max(-isize::MAX))),
            }
        }
        let step = if self.step.kind() == Kind::NoneType { 1 } else { vm.to_isize_clamped(&self.step)? };
        if step == 0 {
            return Err(value_error("slice step cannot be zero"));
        }
        let bound = |vm: &mut Vm, v: &Value| -> PyResult<Option<isize>> {
            if v.kind() == Kind::NoneType {
                return Ok(None);
            }
            vm.to_isize_clamped(v).map(Some)
        };
        Ok((bound(vm, &self.start)?, bound(vm, &self.stop)?, step.max(-isize::MAX)))
    }
}

/// `(start, stop, step, slicelength)` of unpacked bounds (`SliceData::unpack`) for a sequence
/// of `len` items, clamped like CPython's PySlice_AdjustIndices.
#[inline]
pub fn adjust((start, stop, step): (Option<isize>, Option<isize>, isize), len: usize) -> (isize, isize, isize, usize) {
    let n = len as isize;
    let (def_start, def_stop) = if step < 0 { (n - 1, -1) } else { (0, n) };
    let clamp = |v: Option<isize>, def: isize| -> isize {
        let Some(mut i) = v else { return def };
        if i < 0 {
            i += n;
            if i < 0 {
                i = if step < 0 { -1 } else { 0 };
            }
        } else if i >= n {
            i = if step < 0 { n - 1 } else { n };
        }
        i
    };
    let (start, stop) = (clamp(start, def_start), clamp(stop, def_stop));
    let slen = if step < 0 {
        if stop < start { ((start - stop - 1) / (-step) + 1) as usize } else { 0 }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    (start, stop, step, slen)
}

pub const SLICE_METHODS: &[MethodDef] = &[
    staticmethod("__new__", slice_new),
    method("__repr__", slice_repr),
    method("__eq__", slice_eq),
    method("__ne__", slice_ne),
    method("__lt__", slice_lt),
    method("__le__", slice_le),
    method("__gt__", slice_gt),
    method("__ge__", slice_ge),
    method("__hash__", slice_hash),
    method("indices", slice_indices),
];

fn this<'a>(args: &Args<'a>) -> PyResult<&'a SliceData> {
    args.all.first().and_then(|v| v.downcast::<SliceData>()).ok_or_else(|| type_error("expected a slice"))
}

fn slice_new(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    args.no_kwargs("slice")?;
    let a = &pos[1..];
    Ok(match a.len() {
        1 => Value::slice(Value::none(), a[0].clone(), Value::none()),
        2 => Value::slice(a[0].clone(), a[1].clone(), Value::none()),
        3 => Value::slice(a[0].clone(), a[1].clone(), a[2].clone()),
        0 => return Err(type_error("slice expected at least 1 argument, got 0")),
        n => return Err(type_error(format!("slice expected at most 3 arguments, got {n}"))),
    })
}

fn slice_repr(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(&args)?;
    Ok(Value::string(format!(
        "slice({}, {}, {})",
        vm.repr_string(&s.start)?,
        vm.repr_string(&s.stop)?,
        vm.repr_string(&s.step)?
    )))
}

/// Slices compare as their (start, stop, step) tuples.
fn slice_cmp(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult {
    let pos = args.check_method(op.dunder(), 1, 1)?;
    let (Some(a), Some(b)) = (pos[0].downcast::<SliceData>(), pos[1].downcast::<SliceData>()) else {
        return Ok(Value::not_implemented());
    };
    let x = Value::tuple(vec![a.start.clone(), a.stop.clone(), a.step.clone()]);
    let y = Value::tuple(vec![b.start.clone(), b.stop.clone(), b.step.clone()]);
    vm.rich_compare(&x, &y, op)
}

fn slice_eq(vm: &mut Vm, args: Args) -> PyResult {
    slice_cmp(vm, args, CompareOp::Eq)
}
fn slice_ne(vm: &mut Vm, args: Args) -> PyResult {
    slice_cmp(vm, args, CompareOp::Ne)
}
fn slice_lt(vm: &mut Vm, args: Args) -> PyResult {
    slice_cmp(vm, args, CompareOp::Lt)
}
fn slice_le(vm: &mut Vm, args: Args) -> PyResult {
    slice_cmp(vm, args, CompareOp::Le)
}
fn slice_gt(vm: &mut Vm, args: Args) -> PyResult {
    slice_cmp(vm, args, CompareOp::Gt)
}
fn slice_ge(vm: &mut Vm, args: Args) -> PyResult {
    slice_cmp(vm, args, CompareOp::Ge)
}

fn slice_hash(_vm: &mut Vm, _args: Args) -> PyResult {
    Err(type_error("unhashable type: 'slice'"))
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("indices", 1, 1)?;
    let s = this(&args)?;
    let len = vm.index(&pos[1])?;
    let len = crate::types::int::to_bigint(&len).unwrap_or_default();
    if len.is_negative() {
        return Err(value_error("length should not be negative"));
    }
    // Big-int exact version of indices().
    let big = |vm: &mut Vm, v: &Value| -> PyResult<Option<BigInt>> {
        if v.kind() == Kind::NoneType {
            return Ok(None);
        }
        if v.as_int().is_none() && crate::types::typeobj::lookup_str(&v.class(), "__index__").is_none() {
            return Err(type_error("slice indices must be integers or None or have an __index__ method"));
        }
        let i = vm.index(v)?;
        Ok(crate::types::int::to_bigint(&i))
    };
    let step = big(vm, &s.step)?.unwrap_or_else(|| BigInt::from(1));
    if step.is_zero() {
        return Err(value_error("slice step cannot be zero"));
    }
    let neg = step.is_negative();
    let (lower, upper) = if neg { (BigInt::from(-1), &len - 1) } else { (BigInt::zero(), len.clone()) };
    let clamp = |v: Option<BigInt>, def: &BigInt| -> BigInt {
        match v {
            None => def.clone(),
            Some(mut i) => {
                if i.is_negative() {
                    i += &len;
                    if i < lower {
                        i = lower.clone();
                    }
                } else if i > upper {
                    i = upper.clone();
                }
                i
            }
        }
    };
    let st = big(vm, &s.start)?;
    let sp = big(vm, &s.stop)?;
    let start = clamp(st, if neg { &upper } else { &lower });
    let stop = clamp(sp, if neg { &lower } else { &upper });
    let _ = start.to_i64();
    Ok(Value::tuple(vec![Value::from_bigint(start), Value::from_bigint(stop), Value::from_bigint(step)]))
}
