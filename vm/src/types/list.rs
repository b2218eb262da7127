//! `list`: a mutable array of values, and the stable sort used by `list.sort`/`sorted`.

use crate::error::{index_error, type_error, value_error, PyErr, PyResult};
use crate::object::{alloc_obj, Kind, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{classmethod, method, staticmethod, Args, MethodDef};
use crate::types::seq;
use crate::types::slice::SliceData;
use crate::types::typeobj::{alloc_instance, type_name};
use crate::value::Value;
use crate::vm::Vm;
use pygmy_bytecode::CompareOp;
use std::cell::UnsafeCell;

#[derive(Default)]
pub struct ListData {
    items: UnsafeCell<Vec<Value>>,
}

impl Trace for ListData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for v in self.get().iter() {
            visit(v);
        }
    }
    fn clear(&self) {
        drop_last_first(std::mem::take(self.get_mut()));
    }
}

/// CPython releases a list's items from the last to the first (`list_dealloc`,
/// `_list_clear`): finalizers of the items run in that order.
impl Drop for ListData {
    fn drop(&mut self) {
        drop_last_first(std::mem::take(self.items.get_mut()));
    }
}

/// Drops `items` from the last to the first (each with the decrement written out: `pop` and
/// the drop glue stay calls at opt-level z).
pub(crate) fn drop_last_first(mut items: Vec<Value>) {
    let n = items.len();
    // SAFETY: the length is zero before any item is read out, so each is read exactly once
    // and the Vec only frees its buffer; dropping runs no Python code (finalizers queue).
    unsafe {
        items.set_len(0);
        let p = items.as_ptr();
        for i in (0..n).rev() {
            crate::value::discard(Some(std::ptr::read(p.add(i))));
        }
    }
}

impl ListData {
    /// Byte offsets, in a `ListData`, of its items' pointer and length words (the JIT's inline
    /// subscripts read them).
    pub fn items_words() -> Option<(usize, usize)> {
        let (ptr, len) = crate::object::vec_words::<Value>()?;
        let base = std::mem::offset_of!(ListData, items);
        Some((base + ptr, base + len))
    }

    pub fn new(items: Vec<Value>) -> ListData {
        ListData { items: UnsafeCell::new(items) }
    }

    /// The items. Do not hold across anything that can run Python code.
    #[inline(always)]
    pub fn get(&self) -> &Vec<Value> {
        // SAFETY: single-threaded, short borrows only.
        unsafe { &*self.items.get() }
    }

    #[allow(clippy::mut_from_ref)]
    #[inline(always)]
    pub fn get_mut(&self) -> &mut Vec<Value> {
        // SAFETY: as above; callers keep the borrow short and run no Python while holding it.
        unsafe { &mut *self.items.get() }
    }

    pub fn len(&self) -> usize {
        self.get().len()
    }

    pub fn is_empty(&self) -> bool {
        self.get().is_empty()
    }

    pub fn snapshot(&self) -> Vec<Value> {
        self.get().clone()
    }

    pub fn push(&self, v: Value) {
        self.get_mut().push(v);
    }

    pub fn item(&self, i: usize) -> Option<Value> {
        // Not `.cloned()`, which opt-level z keeps out of line.
        match self.get().get(i) {
            Some(v) => Some(v.clone()),
            None => None,
        }
    }

    /// Replaces the contents, dropping the old items after the swap (their destructors may
    /// run Python code, which must see the new contents), the last first as CPython does.
    pub fn replace(&self, items: Vec<Value>) {
        drop_last_first(std::mem::replace(self.get_mut(), items));
    }
}

impl Value {
    pub fn list(items: Vec<Value>) -> Value {
        alloc_obj(&rt().ty_borrowed(BT::List), ListData::new(items), 0)
    }

    #[inline]
    pub fn as_list(&self) -> Option<&ListData> {
        self.downcast::<ListData>()
    }
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a ListData> {
    args.all.first().and_then(|v| v.as_list()).ok_or_else(|| type_error("descriptor requires a 'list' object"))
}

pub const LIST_METHODS: &[MethodDef] = &[
    staticmethod("__new__", list_new),
    method("__init__", list_init),
    method("__len__", list_len),
    method("__getitem__", list_getitem),
    method("__setitem__", list_setitem),
    method("__delitem__", list_delitem),
    method("__contains__", list_contains),
    method("__iter__", list_iter),
    method("__reversed__", list_reversed),
    method("__repr__", list_repr),
    method("__eq__", list_eq),
    method("__ne__", list_ne),
    method("__lt__", list_lt),
    method("__le__", list_le),
    method("__gt__", list_gt),
    method("__ge__", list_ge),
    method("__add__", list_add),
    method("__iadd__", list_iadd),
    method("__mul__", list_mul),
    method("__rmul__", list_mul),
    method("__imul__", list_imul),
    method("append", list_append),
    method("extend", list_extend),
    method("insert", list_insert),
    method("pop", list_pop),
    method("remove", list_remove),
    method("index", list_index),
    method("count", list_count),
    method("clear", list_clear),
    method("copy", list_copy),
    method("reverse", list_reverse),
    method("sort", list_sort),
    classmethod("__class_getitem__", crate::types::generic_alias_new),
];

fn list_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    Ok(alloc_instance(cls, ListData::default()))
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(type_error("list() takes no keyword arguments"));
    }
    if pos.len() > 2 {
        return Err(type_error(format!("list expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let l = this(&args)?;
    let items = match pos.get(1) {
        Some(it) => {
            if !matches!(it.kind(), Kind::List | Kind::Tuple) {
                vm.length_hint(it, 8)?;
            }
            vm.collect_iter(it)?
        }
        None => Vec::new(),
    };
    l.replace(items);
    Ok(Value::none())
}

fn list_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(this(&args)?.len() as i64))
}

fn list_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__getitem__", 1, 1)?;
    list_get_item(vm, this(&args)?, &pos[1])
}

/// `l[key]`. A slice's bounds are made integers first (their `__index__` may change the
/// list), then its items are copied from the list as it is then, as CPython does; an index
/// likewise (its `__index__` first, then the item of the list as it is then).
#[inline(never)]
pub fn list_get_item(vm: &mut Vm, l: &ListData, key: &Value) -> PyResult {
    if let Some(sl) = key.downcast::<SliceData>() {
        let (start, _stop, step, n) = crate::types::slice::adjust(sl.unpack(vm)?, l.len());
        return Ok(Value::list(crate::types::tuple::slice_items(l.get(), start, step, n)));
    }
    let i = norm_index(vm, l, key, "list index out of range")?;
    l.item(i).ok_or_else(|| index_error("list index out of range"))
}

/// Normalizes an index of `l`: the key's `__index__` first (it may change the list), then
/// the bounds of the list as it is then, as CPython does; `out_of_range` is the IndexError's
/// message.
fn norm_index(vm: &mut Vm, l: &ListData, key: &Value, out_of_range: &str) -> PyResult<usize> {
    let Some(i) = vm.index_opt(key)? else {
        return Err(type_error(format!("list indices must be integers or slices, not {}", type_name(key))));
    };
    let n = l.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error(out_of_range));
    }
    Ok(j as usize)
}

/// `l[key] = value`.
#[inline(never)]
pub fn list_set_item(vm: &mut Vm, l: &ListData, key: &Value, value: &Value) -> PyResult<()> {
    if let Some(sl) = key.downcast::<SliceData>() {
        return assign_slice(vm, l, sl, value);
    }
    let i = norm_index(vm, l, key, "list assignment index out of range")?;
    let old = std::mem::replace(&mut l.get_mut()[i], value.clone());
    drop(old);
    Ok(())
}

/// `l[sl] = value`, in CPython's order: the bounds (their `__index__` first), then the new
/// items (an iterable is read to the end, which may run Python code that changes `l`), then the
/// store into the list as it is by then; the items it held are released last first for a
/// simple slice and first to last for an extended one, as CPython's `list_ass_slice` and
/// `list_ass_subscript` do.
fn assign_slice(vm: &mut Vm, l: &ListData, sl: &SliceData, value: &Value) -> PyResult<()> {
    let bounds = sl.unpack(vm)?;
    let len = l.len();
    let (start, stop, step, n) = crate::types::slice::adjust(bounds, len);
    // An exact list's or tuple's items are used where they are (as CPython's
    // PySequence_Fast), unless the list is `l` itself; anything else is iterated.
    let held: Vec<Value>;
    let same = value.as_list().is_some_and(|v| std::ptr::eq(v, l));
    let new: &[Value] = match (value.as_list(), value.as_tuple()) {
        (Some(v), _) if !same && crate::ops::is_exact(value, BT::List) => v.get(),
        (None, Some(t)) if crate::ops::is_exact(value, BT::Tuple) => t,
        _ => {
            held = if same {
                l.snapshot()
            } else {
                let what = if step == 1 { "can only assign an iterable" } else { "must assign iterable to extended slice" };
                let it = vm.iter(value).map_err(|e| if e.matches(crate::error::ExcType::TypeError) { type_error(what) } else { e })?;
                let mut out = Vec::new();
                while let Some(x) = vm.next(&it)? {
                    out.push(x);
                }
                out
            };
            &held
        }
    };
    let items = l.get_mut();
    if step == 1 {
        // Clamped to the list as it is now (reading the iterable may have shortened it).
        let start = (start as usize).min(items.len());
        let stop = (stop.max(0) as usize).clamp(start, items.len());
        if new.len() == stop - start {
            // Replaced in place from the end, each old item released as it goes: no item's
            // release runs Python code (finalizers wait in a queue), so the order is CPython's.
            for (i, v) in new.iter().enumerate().rev() {
                crate::value::discard(Some(std::mem::replace(&mut items[start + i], v.clone())));
            }
        } else {
            let old: Vec<Value> = items.splice(start..stop, new.iter().cloned()).collect();
            drop_last_first(old);
        }
        return Ok(());
    }
    // An extended slice of a list whose length changed meanwhile: its positions in the list
    // as it is now (CPython would store past its end).
    let (start, n) = if items.len() == len { (start, n) } else {
        let (s, _, _, n) = crate::types::slice::adjust(bounds, items.len());
        (s, n)
    };
    if new.len() != n {
        return Err(value_error(format!("attempt to assign sequence of size {} to extended slice of size {n}", new.len())));
    }
    let mut i = start;
    for v in new {
        crate::value::discard(Some(std::mem::replace(&mut items[i as usize], v.clone())));
        i = i.wrapping_add(step); // past the last index with a huge step: never used
    }
    Ok(())
}

fn list_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__setitem__", 2, 2)?;
    list_set_item(vm, this(&args)?, &pos[1], &pos[2])?;
    Ok(Value::none())
}

pub fn list_del_item(vm: &mut Vm, l: &ListData, key: &Value) -> PyResult<()> {
    if let Some(sl) = key.downcast::<SliceData>() {
        let (start, _stop, step, n) = sl.indices(vm, l.len())?;
        let mut items = l.snapshot();
        let mut idx: Vec<usize> = (0..n).map(|k| (start + k as isize * step) as usize).collect();
        idx.sort_unstable();
        for i in idx.into_iter().rev() {
            items.remove(i);
        }
        l.replace(items);
        return Ok(());
    }
    let i = norm_index(vm, l, key, "list assignment index out of range")?;
    let old = l.get_mut().remove(i);
    drop(old);
    Ok(())
}

fn list_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__delitem__", 1, 1)?;
    list_del_item(vm, this(&args)?, &pos[1])?;
    Ok(Value::none())
}

fn list_contains(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__contains__", 1, 1)?;
    let l = this(&args)?;
    let mut i = 0;
    while let Some(it) = l.item(i) {
        if it.is(&pos[1]) || vm.eq(&it, &pos[1])? {
            return Ok(Value::bool(true));
        }
        i += 1;
    }
    Ok(Value::bool(false))
}

fn list_iter(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(crate::types::iter::new_seq_iter(args.self_(), BT::ListIterator))
}

fn list_reversed(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(crate::types::iter::new_list_reverse_iter(args.self_()))
}

fn list_repr(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let items = this(&args)?.snapshot();
    if items.is_empty() {
        return Ok(Value::str("[]"));
    }
    if !vm.repr_enter(me) {
        return Ok(Value::str("[...]"));
    }
    let r = seq::repr_items(vm, &items, "[", "]");
    vm.repr_leave(me);
    Ok(Value::string(r?))
}

fn cmp(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult {
    let pos = args.check(op.dunder(), 2, 2)?;
    let (Some(a), Some(b)) = (pos[0].as_list(), pos[1].as_list()) else {
        return Ok(Value::not_implemented());
    };
    let (a, b) = (a.snapshot(), b.snapshot());
    Ok(Value::bool(seq::compare(vm, &a, &b, op)?))
}

fn list_eq(vm: &mut Vm, args: Args) -> PyResult {
    cmp(vm, args, CompareOp::Eq)
}
fn list_ne(vm: &mut Vm, args: Args) -> PyResult {
    cmp(vm, args, CompareOp::Ne)
}
fn list_lt(vm: &mut Vm, args: Args) -> PyResult {
    cmp(vm, args, CompareOp::Lt)
}
fn list_le(vm: &mut Vm, args: Args) -> PyResult {
    cmp(vm, args, CompareOp::Le)
}
fn list_gt(vm: &mut Vm, args: Args) -> PyResult {
    cmp(vm, args, CompareOp::Gt)
}
fn list_ge(vm: &mut Vm, args: Args) -> PyResult {
    cmp(vm, args, CompareOp::Ge)
}

fn list_add(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__add__", 1, 1)?;
    let a = this(&args)?;
    let Some(b) = pos[1].as_list() else {
        return Err(type_error(format!("can only concatenate list (not \"{}\") to list", type_name(&pos[1]))));
    };
    let mut v = a.snapshot();
    v.extend(b.get().iter().cloned());
    Ok(Value::list(v))
}

fn list_iadd(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__iadd__", 1, 1)?;
    let l = this(&args)?;
    let extra = vm.collect_iter(&pos[1])?;
    l.get_mut().extend(extra);
    Ok(pos[0].clone())
}

fn repeat(items: &[Value], n: isize) -> PyResult<Vec<Value>> {
    let n = n.max(0) as usize;
    if !items.is_empty() && items.len().checked_mul(n).is_none_or(|t| t > (1 << 28)) {
        return Err(PyErr::new(crate::error::ExcType::MemoryError, ""));
    }
    let mut v = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        v.extend_from_slice(items);
    }
    Ok(v)
}

fn list_mul(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__mul__", 1, 1)?;
    let l = this(&args)?;
    let Some(n) = crate::types::str::repeat_count(vm, &pos[1])? else { return Ok(Value::not_implemented()) };
    Ok(Value::list(repeat(&l.snapshot(), n)?))
}

fn list_imul(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__imul__", 1, 1)?;
    let l = this(&args)?;
    let Some(n) = crate::types::str::repeat_count(vm, &pos[1])? else { return Ok(Value::not_implemented()) };
    let v = repeat(&l.snapshot(), n)?;
    l.replace(v);
    Ok(pos[0].clone())
}

/// Whether a method descriptor's function is `list.append` (calls of it are made without
/// their arguments' tuple by the JIT's CALL, as CPython specializes them).
pub(crate) fn is_append(f: crate::types::builtin::NativeFn) -> bool {
    f as usize == (list_append as crate::types::builtin::NativeFn) as usize
}

fn list_append(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("list.append", 1, 1)?;
    this(&args)?.push(pos[1].clone());
    Ok(Value::none())
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("list.extend", 1, 1)?;
    let l = this(&args)?;
    let extra = vm.collect_iter(&pos[1])?;
    l.get_mut().extend(extra);
    Ok(Value::none())
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("insert", 2, 2)?;
    let l = this(&args)?;
    let i = vm.to_isize(&pos[1])?;
    let n = l.len() as isize;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.get_mut().insert(j as usize, pos[2].clone());
    Ok(Value::none())
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("pop", 0, 1)?;
    let l = this(&args)?;
    if l.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let n = l.len() as isize;
    let i = match pos.get(1) {
        Some(k) => vm.to_isize(k)?,
        None => -1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("pop index out of range"));
    }
    Ok(l.get_mut().remove(j as usize))
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("list.remove", 1, 1)?;
    let l = this(&args)?;
    let mut i = 0;
    while let Some(it) = l.item(i) {
        if it.is(&pos[1]) || vm.eq(&it, &pos[1])? {
            if i < l.len() {
                let old = l.get_mut().remove(i);
                drop(old);
            }
            return Ok(Value::none());
        }
        i += 1;
    }
    Err(value_error("list.remove(x): x not in list"))
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("index", 1, 3)?;
    let items = this(&args)?.snapshot();
    Ok(Value::int(seq::index(vm, &items, &pos[1], pos.get(2), pos.get(3), "list")? as i64))
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("list.count", 1, 1)?;
    let items = this(&args)?.snapshot();
    Ok(Value::int(seq::count(vm, &items, &pos[1])? as i64))
}

fn list_clear(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("clear", 0, 0)?;
    this(&args)?.replace(Vec::new());
    Ok(Value::none())
}

fn list_copy(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("copy", 0, 0)?;
    Ok(Value::list(this(&args)?.snapshot()))
}

fn list_reverse(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("reverse", 0, 0)?;
    this(&args)?.get_mut().reverse();
    Ok(Value::none())
}

fn list_sort(vm: &mut Vm, args: Args) -> PyResult {
    if args.pos().len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.kwargs() {
        match k.as_str() {
            Some("key") => key = if v.kind() == Kind::NoneType { None } else { Some(v.clone()) },
            // Argument Clinic's bool(accept={int}): an int by __index__.
            Some("reverse") => reverse = vm.to_isize(v)? != 0,
            Some(other) => return Err(type_error(format!("'{other}' is an invalid keyword argument for sort()"))),
            None => return Err(type_error("keywords must be strings")),
        }
    }
    let l = this(&args)?;
    // CPython empties the list while sorting so mutation by the key/compare is detectable.
    let items = std::mem::take(l.get_mut());
    let r = sort_values(vm, items, key.as_ref(), reverse);
    let modified = !l.is_empty();
    match r {
        Ok(sorted) => {
            l.replace(sorted);
            if modified {
                return Err(value_error("list modified during sort"));
            }
            Ok(Value::none())
        }
        Err((e, original)) => {
            l.replace(original);
            Err(e)
        }
    }
}

/// Stable sort by `key` (or the items themselves) using `<` only, as CPython. On error the
/// items come back (in some order) with the error.
pub fn sort_values(vm: &mut Vm, items: Vec<Value>, key: Option<&Value>, reverse: bool) -> Result<Vec<Value>, (PyErr, Vec<Value>)> {
    let keys: Vec<Value> = match key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in &items {
                match vm.call(k, std::slice::from_ref(it)) {
                    Ok(v) => ks.push(v),
                    Err(e) => return Err((e, items)),
                }
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        // Stability with reverse=True: reverse, stable-sort descending by "<", reverse again.
        idx.reverse();
    }
    let mut err: Option<PyErr> = None;
    let mut lt = |a: usize, b: usize| -> bool {
        if err.is_some() {
            return false;
        }
        match vm.lt(&keys[a], &keys[b]) {
            Ok(r) => r,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    merge_sort(&mut idx, &mut lt);
    if let Some(e) = err {
        return Err((e, items));
    }
    if reverse {
        // CPython: reverse, stable-sort ascending, reverse again (keeps equal items in order).
        idx.reverse();
    }
    let mut slots: Vec<Option<Value>> = items.into_iter().map(Some).collect();
    Ok(idx.into_iter().map(|i| slots[i].take().unwrap_or_else(Value::none)).collect())
}

/// Stable merge sort of indices with a fallible-by-capture `lt`.
fn merge_sort(v: &mut [usize], lt: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    // Binary insertion sort for small runs.
    const RUN: usize = 16;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = v[i];
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(x, v[mid]) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v.copy_within(lo..i, lo + 1);
            v[lo] = x;
        }
        start = end;
    }
    let mut buf = v.to_vec();
    let mut width = RUN;
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let hi = (i + 2 * width).min(n);
            let (mut a, mut b, mut k) = (i, mid, i);
            while a < mid && b < hi {
                if lt(v[b], v[a]) {
                    buf[k] = v[b];
                    b += 1;
                } else {
                    buf[k] = v[a];
                    a += 1;
                }
                k += 1;
            }
            buf[k..k + mid - a].copy_from_slice(&v[a..mid]);
            k += mid - a;
            buf[k..k + hi - b].copy_from_slice(&v[b..hi]);
            i = hi;
        }
        v.copy_from_slice(&buf);
        width *= 2;
    }
}
