//! The `_collections` module: `deque` (a ring buffer with CPython's errors, mutation checks
//! and reprs), `defaultdict` (a dict subclass whose `default_factory` lives in ext slot 0),
//! `_count_elements` (Counter's loop) and `_tuplegetter` (namedtuple fields).
//! `OrderedDict` is not provided: collections/__init__.py then uses its pure-Python version.

use crate::error::{index_error, key_error, runtime_error, type_error, value_error, PyResult};
use crate::modules::support::{add_type, alloc_native, native_type, new_module, next_result, this};
use crate::object::{CellValue, Kind};
use crate::runtime::{rt, BT};
use crate::types::builtin::{classmethod, method, staticmethod, Args, MethodDef, NativeFn};
use crate::types::descr::{Getter, Setter};
use crate::types::dict::DictData;
use crate::types::native::NativeObject;
use crate::types::typeobj::{is_subtype_ptr, lookup_str, tdata, type_name};
use crate::value::Value;
use crate::vm::Vm;
use pygmy_bytecode::CompareOp;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

const FUNCTIONS: &[(&str, NativeFn)] = &[("_count_elements", count_elements)];

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("_collections", FUNCTIONS);
    let dq = add_type(Some(&m), "collections", "deque", None, &[DEQUE_METHODS], DEQUE_GETSETS, true);
    if let Some(d) = tdata(&dq).dict().downcast::<DictData>() {
        d.set_str(Value::intern("__hash__"), Value::none());
    }
    let it_m: &[MethodDef] = &[method("__iter__", crate::modules::support::iter_self), method("__next__", dequeiter_next), method("__length_hint__", dequeiter_len)];
    add_type(Some(&m), "_collections", "_deque_iterator", None, &[it_m], &[], false);
    add_type(Some(&m), "_collections", "_deque_reverse_iterator", None, &[it_m], &[], false);
    let dd = add_type(Some(&m), "collections", "defaultdict", Some(rt().ty(BT::Dict)), &[DEFDICT_METHODS], DEFDICT_GETSETS, true);
    // default_factory lives in ext slot 0 of every defaultdict (and subclass) instance.
    tdata(&dd).ext_len.set(1);
    add_type(Some(&m), "_collections", "_tuplegetter", None, &[TUPLEGETTER_METHODS], TUPLEGETTER_GETSETS, false);
    Ok(m)
}

// ---- deque ------------------------------------------------------------------------------------

struct Deque {
    items: RefCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    /// Bumped by every structural change; iterators compare it.
    state: Cell<u64>,
}

impl NativeObject for Deque {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.items.try_borrow() {
            b.iter().for_each(|v| visit(v));
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        drop(old);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Deque {
    fn len(&self) -> usize {
        self.items.borrow().len()
    }
    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }
    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }
    fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }
    fn append(&self, v: Value) {
        let old = {
            let mut it = self.items.borrow_mut();
            it.push_back(v);
            match self.maxlen.get() {
                Some(m) if it.len() > m => it.pop_front(),
                _ => None,
            }
        };
        self.bump();
        drop(old);
    }
    fn appendleft(&self, v: Value) {
        let old = {
            let mut it = self.items.borrow_mut();
            it.push_front(v);
            match self.maxlen.get() {
                Some(m) if it.len() > m => it.pop_back(),
                _ => None,
            }
        };
        self.bump();
        drop(old);
    }
    fn clear_items(&self) {
        let old = std::mem::take(&mut *self.items.borrow_mut());
        self.bump();
        drop(old);
    }
    fn rotate(&self, n: isize) {
        let mut it = self.items.borrow_mut();
        let len = it.len();
        if len <= 1 {
            return;
        }
        let k = n.rem_euclid(len as isize) as usize;
        it.rotate_right(k);
        drop(it);
        self.bump();
    }
}

const DEQUE_METHODS: &[MethodDef] = &[
    staticmethod("__new__", deque_new),
    method("__init__", deque_init),
    method("append", deque_append),
    method("appendleft", deque_appendleft),
    method("pop", deque_pop),
    method("popleft", deque_popleft),
    method("extend", deque_extend),
    method("extendleft", deque_extendleft),
    method("clear", deque_clear),
    method("copy", deque_copy),
    method("__copy__", deque_copy),
    method("count", deque_count),
    method("index", deque_index),
    method("insert", deque_insert),
    method("remove", deque_remove),
    method("reverse", deque_reverse),
    method("rotate", deque_rotate),
    method("__len__", deque_len),
    method("__bool__", deque_bool),
    method("__getitem__", deque_getitem),
    method("__setitem__", deque_setitem),
    method("__delitem__", deque_delitem),
    method("__contains__", deque_contains),
    method("__iter__", deque_iter),
    method("__reversed__", deque_reversed),
    method("__repr__", deque_repr),
    method("__eq__", deque_eq),
    method("__ne__", deque_ne),
    method("__lt__", deque_lt),
    method("__le__", deque_le),
    method("__gt__", deque_gt),
    method("__ge__", deque_ge),
    method("__add__", deque_add),
    method("__iadd__", deque_iadd),
    method("__mul__", deque_mul),
    method("__rmul__", deque_mul),
    method("__imul__", deque_imul),
    method("__reduce__", deque_reduce),
    classmethod("__class_getitem__", crate::types::generic_alias_new),
];

const DEQUE_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("maxlen", deque_maxlen, None)];

fn dq<'a>(args: &Args<'a>) -> PyResult<&'a Deque> {
    this::<Deque>(args, "collections.deque")
}

fn is_deque(v: &Value) -> bool {
    is_subtype_ptr(v.class_ptr(), native_type("collections.deque").as_ptr())
}

fn new_deque_of(cls: &Value, items: VecDeque<Value>, maxlen: Option<usize>) -> Value {
    alloc_native(cls, Deque { items: RefCell::new(items), maxlen: Cell::new(maxlen), state: Cell::new(0) })
}

fn deque_new(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(new_deque_of(&args.all[0], VecDeque::new(), None))
}

fn maxlen_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(m) if m.is_none() => Ok(None),
        Some(m) => {
            let Some(n) = vm.index_opt(&m).map_err(|_| crate::error::overflow_error("Python int too large to convert to C ssize_t"))? else {
                return Err(type_error("an integer is required"));
            };
            if n < 0 {
                return Err(value_error("maxlen must be non-negative"));
            }
            Ok(Some(n as usize))
        }
    }
}

fn deque_init(vm: &mut Vm, args: Args) -> PyResult {
    let d = dq(&args)?;
    let [iterable, maxlen] = args.rest().bind("deque", ["iterable", "maxlen"], 0, 0)?;
    d.maxlen.set(maxlen_arg(vm, maxlen)?);
    if d.len() > 0 {
        d.clear_items();
    }
    if let Some(it) = iterable {
        extend(vm, args.self_(), d, &it, false)?;
    }
    Ok(Value::none())
}

fn extend(vm: &mut Vm, me: &Value, d: &Deque, iterable: &Value, left: bool) -> PyResult<()> {
    // Extending a deque with itself works on a copy.
    let items = if iterable.is(me) { Some(d.snapshot()) } else { None };
    let add = |v: Value| if left { d.appendleft(v) } else { d.append(v) };
    if let Some(items) = items {
        items.into_iter().for_each(add);
        return Ok(());
    }
    if let Some(t) = iterable.as_tuple() {
        t.iter().cloned().for_each(add);
        return Ok(());
    }
    let it = vm.iter(iterable)?;
    while let Some(v) = vm.next(&it)? {
        add(v);
    }
    Ok(())
}

fn deque_append(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("append", 1, 1)?;
    dq(&args)?.append(pos[1].clone());
    Ok(Value::none())
}

fn deque_appendleft(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("appendleft", 1, 1)?;
    dq(&args)?.appendleft(pos[1].clone());
    Ok(Value::none())
}

fn deque_pop(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("pop", 0, 0)?;
    let d = dq(&args)?;
    let v = d.items.borrow_mut().pop_back();
    d.bump();
    v.ok_or_else(|| index_error("pop from an empty deque"))
}

fn deque_popleft(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("popleft", 0, 0)?;
    let d = dq(&args)?;
    let v = d.items.borrow_mut().pop_front();
    d.bump();
    v.ok_or_else(|| index_error("pop from an empty deque"))
}

fn deque_extend(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("extend", 1, 1)?;
    extend(vm, &pos[0], dq(&args)?, &pos[1], false)?;
    Ok(Value::none())
}

fn deque_extendleft(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("extendleft", 1, 1)?;
    extend(vm, &pos[0], dq(&args)?, &pos[1], true)?;
    Ok(Value::none())
}

fn deque_clear(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("clear", 0, 0)?;
    dq(&args)?.clear_items();
    Ok(Value::none())
}

/// `type(d)(d)` / `type(d)(d, maxlen)`; exact deques are copied directly.
fn copy_of(vm: &mut Vm, me: &Value) -> PyResult {
    let d = me.native::<Deque>().ok_or_else(|| type_error("expected a deque"))?;
    let cls = me.class();
    if cls.is(&native_type("collections.deque")) {
        return Ok(new_deque_of(&cls, d.items.borrow().clone(), d.maxlen.get()));
    }
    match d.maxlen.get() {
        Some(m) => vm.call(&cls, &[me.clone(), Value::int(m as i64)]),
        None => vm.call(&cls, std::slice::from_ref(me)),
    }
}

fn deque_copy(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("copy", 0, 0)?;
    copy_of(vm, args.self_())
}

/// Runs `f` over the items, failing if the deque changes meanwhile.
fn scan(vm: &mut Vm, d: &Deque, x: &Value, start: usize, stop: usize, mut found: impl FnMut(usize) -> bool, what: &str) -> PyResult<()> {
    let state = d.state.get();
    for i in start..stop {
        let Some(item) = d.get(i) else { break };
        let eq = item.is(x) || vm.eq(&item, x)?;
        if d.state.get() != state {
            return Err(if what == "remove" { index_error("deque mutated during iteration") } else { runtime_error("deque mutated during iteration") });
        }
        if eq && found(i) {
            return Ok(());
        }
    }
    Ok(())
}

fn deque_count(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("count", 1, 1)?;
    let d = dq(&args)?;
    let mut n = 0;
    scan(vm, d, &pos[1], 0, d.len(), |_| {
        n += 1;
        false
    }, "count")?;
    Ok(Value::int(n))
}

fn slice_index(vm: &mut Vm, v: Option<&Value>, len: usize, default: isize) -> PyResult<usize> {
    let i = match v {
        None => default,
        Some(v) => {
            if v.as_int().is_none() && lookup_str(&v.class(), "__index__").is_none() {
                return Err(type_error("slice indices must be integers or have an __index__ method"));
            }
            vm.to_isize_clamped(v)?
        }
    };
    let i = if i < 0 { (i + len as isize).max(0) } else { i };
    Ok((i as usize).min(len))
}

fn deque_index(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("index", 1, 3)?;
    let d = dq(&args)?;
    let n = d.len();
    let start = slice_index(vm, pos.get(2), n, 0)?;
    let stop = slice_index(vm, pos.get(3), n, isize::MAX)?;
    let mut at = None;
    scan(vm, d, &pos[1], start, stop, |i| {
        at = Some(i);
        true
    }, "index")?;
    match at {
        Some(i) => Ok(Value::int(i as i64)),
        None => Err(value_error(format!("{} is not in deque", vm.repr_string(&pos[1])?))),
    }
}

fn deque_insert(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("insert", 2, 2)?;
    let d = dq(&args)?;
    let i = vm.to_isize(&pos[1])?;
    let n = d.len();
    if Some(n) == d.maxlen.get() {
        return Err(index_error("deque already at its maximum size"));
    }
    let at = if i < 0 { (i + n as isize).max(0) as usize } else { (i as usize).min(n) };
    d.items.borrow_mut().insert(at, pos[2].clone());
    d.bump();
    Ok(Value::none())
}

fn deque_remove(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("remove", 1, 1)?;
    let d = dq(&args)?;
    let mut at = None;
    scan(vm, d, &pos[1], 0, d.len(), |i| {
        at = Some(i);
        true
    }, "remove")?;
    match at {
        Some(i) => {
            let old = d.items.borrow_mut().remove(i);
            d.bump();
            drop(old);
            Ok(Value::none())
        }
        None => Err(value_error(format!("{} is not in deque", vm.repr_string(&pos[1])?))),
    }
}

fn deque_reverse(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("reverse", 0, 0)?;
    let d = dq(&args)?;
    d.items.borrow_mut().make_contiguous().reverse();
    d.bump();
    Ok(Value::none())
}

fn deque_rotate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("rotate", 0, 1)?;
    let n = match pos.get(1) {
        Some(v) => vm.to_isize(v)?,
        None => 1,
    };
    dq(&args)?.rotate(n);
    Ok(Value::none())
}

fn deque_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(dq(&args)?.len() as i64))
}

fn deque_bool(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(dq(&args)?.len() > 0))
}

fn item_index(vm: &mut Vm, d: &Deque, k: &Value) -> PyResult<usize> {
    let Some(i) = vm.index_opt(k)? else {
        return Err(type_error(format!("sequence index must be integer, not '{}'", type_name(k))));
    };
    let n = d.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__getitem__", 1, 1)?;
    let d = dq(&args)?;
    let i = item_index(vm, d, &pos[1])?;
    d.get(i).ok_or_else(|| index_error("deque index out of range"))
}

fn deque_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__setitem__", 2, 2)?;
    let d = dq(&args)?;
    let i = item_index(vm, d, &pos[1])?;
    let old = d.items.borrow_mut().get_mut(i).map(|slot| std::mem::replace(slot, pos[2].clone()));
    drop(old);
    Ok(Value::none())
}

fn deque_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__delitem__", 1, 1)?;
    let d = dq(&args)?;
    let i = item_index(vm, d, &pos[1])?;
    let old = d.items.borrow_mut().remove(i);
    d.bump();
    drop(old);
    Ok(Value::none())
}

fn deque_contains(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__contains__", 1, 1)?;
    let d = dq(&args)?;
    let mut found = false;
    scan(vm, d, &pos[1], 0, d.len(), |_| {
        found = true;
        true
    }, "contains")?;
    Ok(Value::bool(found))
}

fn deque_repr(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let d = dq(&args)?;
    if !vm.repr_enter(me) {
        return Ok(Value::str("[...]"));
    }
    let items = d.snapshot();
    let r = crate::types::seq::repr_items(vm, &items, "[", "]");
    vm.repr_leave(me);
    let list = r?;
    let name = crate::modules::support::short_type_name(me);
    Ok(Value::string(match d.maxlen.get() {
        Some(m) => format!("{name}({list}, maxlen={m})"),
        None => format!("{name}({list})"),
    }))
}

fn compare(vm: &mut Vm, args: &Args, op: CompareOp) -> PyResult {
    let pos = args.check_method(op.dunder(), 1, 1)?;
    if !is_deque(&pos[1]) {
        return Ok(Value::not_implemented());
    }
    let a = dq(args)?.snapshot();
    let b = pos[1].native::<Deque>().map(|d| d.snapshot()).unwrap_or_default();
    Ok(Value::bool(crate::types::seq::compare(vm, &a, &b, op)?))
}

fn deque_eq(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, &args, CompareOp::Eq)
}
fn deque_ne(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, &args, CompareOp::Ne)
}
fn deque_lt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, &args, CompareOp::Lt)
}
fn deque_le(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, &args, CompareOp::Le)
}
fn deque_gt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, &args, CompareOp::Gt)
}
fn deque_ge(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, &args, CompareOp::Ge)
}

fn deque_add(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__add__", 1, 1)?;
    if !is_deque(&pos[1]) {
        return Err(type_error(format!("can only concatenate deque (not \"{}\") to deque", type_name(&pos[1]))));
    }
    let new = copy_of(vm, &pos[0])?;
    if let Some(nd) = new.native::<Deque>() {
        extend(vm, &new, nd, &pos[1], false)?;
    }
    Ok(new)
}

fn deque_iadd(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__iadd__", 1, 1)?;
    extend(vm, &pos[0], dq(&args)?, &pos[1], false)?;
    Ok(pos[0].clone())
}

fn repeat_in_place(vm: &mut Vm, d: &Deque, n: &Value) -> PyResult<()> {
    let Some(n) = vm.index_opt(n)? else {
        return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(n))));
    };
    if n <= 0 {
        d.clear_items();
        return Ok(());
    }
    let items = d.snapshot();
    let mut n = n as usize;
    if let (Some(m), false) = (d.maxlen.get(), items.is_empty()) {
        // Only the last `maxlen` items survive, and the repetition is periodic.
        n = n.min(m / items.len() + 2);
    }
    for _ in 1..n {
        for v in &items {
            d.append(v.clone());
        }
    }
    Ok(())
}

fn deque_mul(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__mul__", 1, 1)?;
    if vm.index_opt(&pos[1])?.is_none() {
        return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(&pos[1]))));
    }
    let new = copy_of(vm, &pos[0])?;
    if let Some(nd) = new.native::<Deque>() {
        repeat_in_place(vm, nd, &pos[1])?;
    }
    Ok(new)
}

fn deque_imul(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__imul__", 1, 1)?;
    repeat_in_place(vm, dq(&args)?, &pos[1])?;
    Ok(pos[0].clone())
}

fn deque_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let d = dq(&args)?;
    let cls = me.class();
    let ctor_args = match d.maxlen.get() {
        Some(m) => Value::tuple(vec![Value::tuple(vec![]), Value::int(m as i64)]),
        None => Value::tuple(vec![]),
    };
    let state = vm.instance_dict(me).unwrap_or_else(Value::none);
    let it = vm.iter(me)?;
    Ok(Value::tuple(vec![cls, ctor_args, state, it]))
}

fn deque_maxlen(_vm: &mut Vm, v: &Value) -> PyResult {
    let d = v.native::<Deque>().ok_or_else(|| type_error("expected a deque"))?;
    Ok(d.maxlen.get().map(|m| Value::int(m as i64)).unwrap_or_else(Value::none))
}

// ---- deque iterators --------------------------------------------------------------------------

struct DequeIter {
    deque: Value,
    index: Cell<usize>,
    counter: Cell<usize>,
    state: u64,
    reverse: bool,
}

impl NativeObject for DequeIter {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.deque)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn new_iter(me: &Value, reverse: bool) -> PyResult {
    let d = me.native::<Deque>().ok_or_else(|| type_error("expected a deque"))?;
    let n = d.len();
    let t = native_type(if reverse { "_collections._deque_reverse_iterator" } else { "_collections._deque_iterator" });
    Ok(alloc_native(&t, DequeIter { deque: me.clone(), index: Cell::new(if reverse { n.wrapping_sub(1) } else { 0 }), counter: Cell::new(n), state: d.state.get(), reverse }))
}

fn deque_iter(_vm: &mut Vm, args: Args) -> PyResult {
    new_iter(args.self_(), false)
}

fn deque_reversed(_vm: &mut Vm, args: Args) -> PyResult {
    new_iter(args.self_(), true)
}

fn dequeiter_next(_vm: &mut Vm, args: Args) -> PyResult {
    let it = this::<DequeIter>(&args, "_collections._deque_iterator")?;
    let d = it.deque.native::<Deque>().ok_or_else(|| type_error("expected a deque"))?;
    if d.state.get() != it.state {
        it.counter.set(0);
        return Err(runtime_error("deque mutated during iteration"));
    }
    if it.counter.get() == 0 {
        return next_result(Ok(None));
    }
    let i = it.index.get();
    let v = d.get(i);
    it.index.set(if it.reverse { i.wrapping_sub(1) } else { i + 1 });
    it.counter.set(it.counter.get() - 1);
    next_result(Ok(v))
}

fn dequeiter_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(this::<DequeIter>(&args, "_collections._deque_iterator")?.counter.get() as i64))
}

// ---- defaultdict ------------------------------------------------------------------------------

const DEFDICT_METHODS: &[MethodDef] = &[
    method("__init__", defdict_init),
    method("__missing__", defdict_missing),
    method("__repr__", defdict_repr),
    method("copy", defdict_copy),
    method("__copy__", defdict_copy),
    method("__reduce__", defdict_reduce),
    method("__or__", defdict_or),
    method("__ror__", defdict_ror),
];

const DEFDICT_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("default_factory", factory_get, Some(factory_set))];

fn factory(v: &Value) -> Option<Value> {
    let h = v.header()?;
    if h.ext_len == 0 || !is_subtype_ptr(v.class_ptr(), native_type("collections.defaultdict").as_ptr()) {
        return None;
    }
    h.ext_slot(0).get_value()
}

fn set_factory(v: &Value, f: Option<Value>) {
    if let Some(h) = v.header() {
        if h.ext_len > 0 {
            let old = h.ext_slot(0).replace(f.filter(|f| !f.is_none()));
            drop(old);
        }
    }
}

fn factory_get(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(factory(v).unwrap_or_else(Value::none))
}

fn factory_set(_vm: &mut Vm, v: &Value, f: Option<Value>) -> PyResult<()> {
    set_factory(v, f);
    Ok(())
}

fn defdict_init(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let me = &pos[0];
    let f = pos.get(1).cloned();
    if let Some(f) = &f {
        if !f.is_none() && !crate::builtins::is_callable(f) {
            return Err(type_error("first argument must be callable or None"));
        }
    }
    set_factory(me, f);
    let dict_init = lookup_str(&rt().ty(BT::Dict), "__init__").ok_or_else(|| type_error("dict has no __init__"))?;
    let mut all: Vec<Value> = vec![me.clone()];
    all.extend(pos.iter().skip(2).cloned());
    all.extend(args.all[pos.len()..].iter().cloned());
    vm.call_args(&dict_init, Args { all: &all, kwnames: args.kwnames })
}

fn defdict_missing(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__missing__", 1, 1)?;
    let Some(f) = factory(&pos[0]) else { return Err(key_error(pos[1].clone())) };
    let v = vm.call(&f, &[])?;
    vm.setitem(&pos[0], &pos[1], &v)?;
    Ok(v)
}

fn defdict_repr(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let dict_repr = lookup_str(&rt().ty(BT::Dict), "__repr__").ok_or_else(|| type_error("dict has no __repr__"))?;
    let base = vm.call(&dict_repr, std::slice::from_ref(me))?;
    let f = match factory(me) {
        None => "None".to_owned(),
        Some(f) => {
            if vm.repr_enter(&f) {
                let r = vm.repr_string(&f);
                vm.repr_leave(&f);
                r?
            } else {
                "...".to_owned()
            }
        }
    };
    Ok(Value::string(format!("{}({f}, {})", crate::modules::support::short_type_name(me), base.as_str().unwrap_or(""))))
}

/// `type(dd)(dd.default_factory, arg)`, as CPython's new_defdict.
fn new_defdict(vm: &mut Vm, dd: &Value, arg: &Value) -> PyResult {
    let f = factory(dd).unwrap_or_else(Value::none);
    vm.call(&dd.class(), &[f, arg.clone()])
}

fn defdict_copy(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    new_defdict(vm, me, me)
}

fn defdict_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let f = match factory(me) {
        Some(f) => Value::tuple(vec![f]),
        None => Value::tuple(vec![]),
    };
    let items = vm.call_method(me, "items", &[])?;
    let it = vm.iter(&items)?;
    Ok(Value::tuple(vec![me.class(), f, Value::none(), Value::none(), it]))
}

fn defdict_or_impl(vm: &mut Vm, left: &Value, right: &Value) -> PyResult {
    let dd_t = native_type("collections.defaultdict");
    let (me, other) = if is_subtype_ptr(left.class_ptr(), dd_t.as_ptr()) { (left, right) } else { (right, left) };
    if other.kind() != Kind::Dict {
        return Ok(Value::not_implemented());
    }
    let new = new_defdict(vm, me, left)?;
    crate::types::dict::update_from(vm, &new, right)?;
    Ok(new)
}

fn defdict_or(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__or__", 1, 1)?;
    defdict_or_impl(vm, &pos[0], &pos[1])
}

fn defdict_ror(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__ror__", 1, 1)?;
    defdict_or_impl(vm, &pos[1], &pos[0])
}

// ---- _count_elements --------------------------------------------------------------------------

fn count_elements(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("_count_elements", 2, 2)?;
    let (mapping, iterable) = (&pos[0], &pos[1]);
    let it = vm.iter(iterable)?;
    // Exact dict / Counter without overridden get/__setitem__: work on the table directly.
    let dict_t = rt().ty(BT::Dict);
    let plain = mapping.kind() == Kind::Dict
        && ["get", "__setitem__"].iter().all(|n| match (lookup_str(&mapping.class(), n), lookup_str(&dict_t, n)) {
            (Some(a), Some(b)) => a.is(&b),
            _ => false,
        });
    let get = if plain { None } else { Some(vm.getattr(mapping, &Value::intern("get"))?) };
    let zero = Value::int(0);
    let one = Value::int(1);
    while let Some(x) = vm.next(&it)? {
        let old = match (&get, mapping.downcast::<DictData>()) {
            (None, Some(d)) => d.get(vm, &x)?.unwrap_or_else(|| zero.clone()),
            (Some(g), _) => vm.call(g, &[x.clone(), zero.clone()])?,
            _ => zero.clone(),
        };
        let new = vm.binary_op(&old, &one, pygmy_bytecode::BinaryOp::Add)?;
        match (&get, mapping.downcast::<DictData>()) {
            (None, Some(d)) => d.set(vm, x, new)?,
            _ => vm.setitem(mapping, &x, &new)?,
        }
    }
    Ok(Value::none())
}

// ---- _tuplegetter -----------------------------------------------------------------------------

struct TupleGetter {
    index: usize,
    doc: RefCell<Option<Value>>,
}

impl NativeObject for TupleGetter {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(d) = self.doc.try_borrow() {
            if let Some(v) = &*d {
                visit(v)
            }
        }
    }
    fn clear(&self) {
        let old = self.doc.borrow_mut().take();
        drop(old);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const TUPLEGETTER_METHODS: &[MethodDef] = &[
    staticmethod("__new__", tuplegetter_new),
    method("__get__", tuplegetter_get),
    method("__set__", tuplegetter_set),
    method("__delete__", tuplegetter_delete),
    method("__reduce__", tuplegetter_reduce),
    method("__repr__", tuplegetter_repr),
];

const TUPLEGETTER_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("__doc__", tuplegetter_doc, Some(tuplegetter_set_doc))];

fn tuplegetter_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = crate::modules::support::pos_args(&args, "_tuplegetter", 2, 2)?;
    let index = vm.to_isize(&pos[0])?;
    Ok(alloc_native(&args.all[0], TupleGetter { index: index.max(0) as usize, doc: RefCell::new(Some(pos[1].clone())) }))
}

fn tuplegetter_get(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__get__", 1, 2)?;
    let g = this::<TupleGetter>(&args, "_collections._tuplegetter")?;
    let obj = &pos[1];
    if obj.is_none() {
        return Ok(pos[0].clone());
    }
    let Some(t) = obj.as_tuple() else {
        return Err(type_error(format!("descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object", g.index, type_name(obj))));
    };
    t.get(g.index).cloned().ok_or_else(|| index_error("tuple index out of range"))
}

fn tuplegetter_set(_vm: &mut Vm, _args: Args) -> PyResult {
    Err(crate::error::attribute_error("can't set attribute"))
}

fn tuplegetter_delete(_vm: &mut Vm, _args: Args) -> PyResult {
    Err(crate::error::attribute_error("can't delete attribute"))
}

fn tuplegetter_reduce(_vm: &mut Vm, args: Args) -> PyResult {
    let g = this::<TupleGetter>(&args, "_collections._tuplegetter")?;
    let doc = g.doc.borrow().clone().unwrap_or_else(Value::none);
    Ok(Value::tuple(vec![args.self_().class(), Value::tuple(vec![Value::int(g.index as i64), doc])]))
}

fn tuplegetter_repr(vm: &mut Vm, args: Args) -> PyResult {
    let g = this::<TupleGetter>(&args, "_collections._tuplegetter")?;
    let doc = g.doc.borrow().clone().unwrap_or_else(Value::none);
    let d = vm.repr_string(&doc)?;
    Ok(Value::string(format!("{}({}, {d})", crate::modules::support::short_type_name(args.self_()), g.index)))
}

fn tuplegetter_doc(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.native::<TupleGetter>().and_then(|g| g.doc.borrow().clone()).unwrap_or_else(Value::none))
}

fn tuplegetter_set_doc(_vm: &mut Vm, v: &Value, d: Option<Value>) -> PyResult<()> {
    if let Some(g) = v.native::<TupleGetter>() {
        let old = g.doc.replace(d);
        drop(old);
    }
    Ok(())
}
