//! `tuple`: an immutable array of values.

use crate::error::{index_error, type_error, PyResult};
use crate::object::{alloc_obj, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{classmethod, method, staticmethod, Args, MethodDef};
use crate::types::seq;
use crate::types::slice::SliceData;
use crate::types::typeobj::{alloc_instance, type_name};
use crate::value::Value;
use crate::vm::Vm;
use pygmy_bytecode::CompareOp;

pub struct TupleData {
    pub items: Box<[Value]>,
}

impl Trace for TupleData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for v in self.items.iter() {
            visit(v);
        }
    }
    // Tuples are immutable; the collector breaks cycles through their mutable members.
}

/// Items are released from the last to the first, as CPython's `tupledealloc` does.
impl Drop for TupleData {
    fn drop(&mut self) {
        crate::types::list::drop_last_first(std::mem::take(&mut self.items).into_vec());
    }
}

impl Value {
    pub fn tuple(items: Vec<Value>) -> Value {
        if items.is_empty() {
            // SAFETY: set at init.
            return unsafe { Value::from_ptr(rt().empty_tuple.get()) };
        }
        alloc_obj(&rt().ty_borrowed(BT::Tuple), TupleData { items: items.into_boxed_slice() }, 0)
    }

    /// The items of a tuple (or tuple subclass).
    #[inline]
    pub fn as_tuple(&self) -> Option<&[Value]> {
        self.downcast::<TupleData>().map(|t| &*t.items)
    }
}

/// Python's tuple hash (xxHash-based, CPython 3.8+).
pub fn tuple_hash(vm: &mut Vm, items: &[Value]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for it in items {
        let lane = vm.hash(it)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a [Value]> {
    args.all.first().and_then(|v| v.as_tuple()).ok_or_else(|| type_error("descriptor requires a 'tuple' object"))
}

pub const TUPLE_METHODS: &[MethodDef] = &[
    staticmethod("__new__", tuple_new),
    method("__len__", tuple_len),
    method("__getitem__", tuple_getitem),
    method("__contains__", tuple_contains),
    method("__iter__", tuple_iter),
    method("__hash__", tuple_hash_m),
    method("__repr__", tuple_repr),
    method("__eq__", tuple_eq),
    method("__ne__", tuple_ne),
    method("__lt__", tuple_lt),
    method("__le__", tuple_le),
    method("__gt__", tuple_gt),
    method("__ge__", tuple_ge),
    method("__add__", tuple_add),
    method("__mul__", tuple_mul),
    method("__rmul__", tuple_mul),
    method("__getnewargs__", tuple_getnewargs),
    method("index", tuple_index),
    method("count", tuple_count),
    classmethod("__class_getitem__", crate::types::generic_alias_new),
];

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if args.has_kwargs() && pos[0].as_ptr() == rt().ty_ptr(BT::Tuple) {
        return Err(type_error("tuple() takes no keyword arguments"));
    }
    if pos.len() > 2 {
        return Err(type_error(format!("tuple expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let cls = &pos[0];
    let items = match pos.get(1) {
        None => Vec::new(),
        Some(it) => {
            if cls.as_ptr() == rt().ty_ptr(BT::Tuple) && it.class_ptr() == rt().ty_ptr(BT::Tuple) {
                return Ok(it.clone());
            }
            vm.collect_iter(it)?
        }
    };
    if cls.as_ptr() == rt().ty_ptr(BT::Tuple) {
        return Ok(Value::tuple(items));
    }
    Ok(alloc_instance(cls, TupleData { items: items.into_boxed_slice() }))
}

fn tuple_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(this(&args)?.len() as i64))
}

/// Subscript of a slice of values with an int or slice key (shared by tuple and list).
/// The `n` items from `start` by `step` (what `SliceData::indices` gave for `items`).
pub(crate) fn slice_items(items: &[Value], start: isize, step: isize, n: usize) -> Vec<Value> {
    if step == 1 {
        return items[start as usize..start as usize + n].to_vec();
    }
    let mut out = Vec::with_capacity(n);
    // Written into the capacity (`push` stays a call at opt-level z); a clone cannot fail.
    let mut i = start;
    for slot in &mut out.spare_capacity_mut()[..n] {
        slot.write(items[i as usize].clone());
        i = i.wrapping_add(step); // past the last index with a huge step: never used
    }
    // SAFETY: the first n are initialized.
    unsafe { out.set_len(n) };
    out
}

pub fn subscript(vm: &mut Vm, items: &[Value], key: &Value, what: &str, make: fn(Vec<Value>) -> Value) -> PyResult {
    if let Some(i) = key.as_small() {
        let n = items.len() as isize;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(index_error(format!("{what} index out of range")));
        }
        return Ok(items[j as usize].clone());
    }
    if let Some(sl) = key.downcast::<SliceData>() {
        let (start, _stop, step, n) = sl.indices(vm, items.len())?;
        return Ok(make(slice_items(items, start, step, n)));
    }
    match vm.index_opt(key)? {
        Some(i) => {
            let n = items.len() as isize;
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                return Err(index_error(format!("{what} index out of range")));
            }
            Ok(items[j as usize].clone())
        }
        None => Err(type_error(format!("{what} indices must be integers or slices, not {}", type_name(key)))),
    }
}

fn tuple_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__getitem__", 1, 1)?;
    let items = this(&args)?;
    if let Some(sl) = pos[1].downcast::<SliceData>() {
        // A whole-tuple slice of an exact tuple is the tuple itself (immutable).
        if pos[0].class_ptr() == rt().ty_ptr(BT::Tuple) {
            let (start, _stop, step, n) = sl.indices(vm, items.len())?;
            if start == 0 && step == 1 && n == items.len() {
                return Ok(pos[0].clone());
            }
        }
    }
    subscript(vm, items, &pos[1], "tuple", Value::tuple)
}

fn tuple_contains(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__contains__", 1, 1)?;
    Ok(Value::bool(seq::contains(vm, this(&args)?, &pos[1])?))
}

fn tuple_iter(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(crate::types::iter::new_seq_iter(args.self_(), BT::TupleIterator))
}

fn tuple_hash_m(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(tuple_hash(vm, this(&args)?)?))
}

fn tuple_repr(vm: &mut Vm, args: Args) -> PyResult {
    let items = this(&args)?;
    let me = args.self_();
    if items.is_empty() {
        return Ok(Value::str("()"));
    }
    if !vm.repr_enter(me) {
        return Ok(Value::str("(...)"));
    }
    let r = seq::repr_items(vm, items, "(", if items.len() == 1 { ",)" } else { ")" });
    vm.repr_leave(me);
    Ok(Value::string(r?))
}

fn cmp(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult {
    let pos = args.check(op.dunder(), 2, 2)?;
    let (Some(a), Some(b)) = (pos[0].as_tuple(), pos[1].as_tuple()) else {
        return Ok(Value::not_implemented());
    };
    Ok(Value::bool(seq::compare(vm, a, b, op)?))
}

fn tuple_eq(vm: &mut Vm, args: Args) -> PyResult {
    cmp(vm, args, CompareOp::Eq)
}
fn tuple_ne(vm: &mut Vm, args: Args) -> PyResult {
    cmp(vm, args, CompareOp::Ne)
}
fn tuple_lt(vm: &mut Vm, args: Args) -> PyResult {
    cmp(vm, args, CompareOp::Lt)
}
fn tuple_le(vm: &mut Vm, args: Args) -> PyResult {
    cmp(vm, args, CompareOp::Le)
}
fn tuple_gt(vm: &mut Vm, args: Args) -> PyResult {
    cmp(vm, args, CompareOp::Gt)
}
fn tuple_ge(vm: &mut Vm, args: Args) -> PyResult {
    cmp(vm, args, CompareOp::Ge)
}

fn tuple_add(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__add__", 1, 1)?;
    let a = this(&args)?;
    let Some(b) = pos[1].as_tuple() else {
        return Err(type_error(format!("can only concatenate tuple (not \"{}\") to tuple", type_name(&pos[1]))));
    };
    let mut v = a.to_vec();
    v.extend_from_slice(b);
    Ok(Value::tuple(v))
}

fn tuple_mul(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__mul__", 1, 1)?;
    let a = this(&args)?;
    let Some(n) = crate::types::str::repeat_count(vm, &pos[1])? else { return Ok(Value::not_implemented()) };
    if n == 1 && pos[0].class_ptr() == rt().ty_ptr(BT::Tuple) {
        return Ok(pos[0].clone());
    }
    let n = n.max(0) as usize;
    if a.len().checked_mul(n).is_none_or(|t| t > (1 << 28)) && !a.is_empty() && n > 0 {
        return Err(crate::error::PyErr::new(crate::error::ExcType::MemoryError, ""));
    }
    let mut v = Vec::with_capacity(a.len() * n);
    for _ in 0..n {
        v.extend_from_slice(a);
    }
    Ok(Value::tuple(v))
}

fn tuple_getnewargs(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::tuple(vec![Value::tuple(this(&args)?.to_vec())]))
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("index", 1, 3)?;
    Ok(Value::int(seq::index(vm, this(&args)?, &pos[1], pos.get(2), pos.get(3), "tuple")? as i64))
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("tuple.count", 1, 1)?;
    Ok(Value::int(seq::count(vm, this(&args)?, &pos[1])? as i64))
}
