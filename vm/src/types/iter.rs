//! Builtin iterators: one payload kind (`Kind::Iter`) whose state says which iterator it is;
//! each has its own Python type (list_iterator, range_iterator, enumerate, zip, map...).

use crate::error::{type_error, runtime_error, value_error, PyResult};
use crate::object::{alloc_obj, Kind, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::dict::DictData;
use crate::types::str::StrData;
use crate::types::typeobj::{alloc_instance, type_name};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use std::cell::{Cell, UnsafeCell};

/// `repr(C, u32)`: a `u32` tag first, so the JIT's inline FOR_ITER can tell a range or
/// list iterator's state ([`IterLayout`]).
#[repr(C, u32)]
pub enum IterState {
    /// list/tuple/any `__getitem__` sequence; `None` seq = exhausted.
    Seq { seq: Option<Value>, index: usize },
    ListReverse { seq: Option<Value>, index: isize },
    Range { next: i64, step: i64, remaining: i64 },
    BigRange { next: BigInt, step: BigInt, remaining: BigInt },
    Str { s: Option<Value>, byte: usize },
    Bytes { b: Option<Value>, index: usize },
    Dict { dict: Option<Value>, pos: usize, which: u8, used: usize, reverse: bool, seen: usize },
    Set { set: Option<Value>, pos: usize, used: usize, version: u64 },
    Callable { func: Option<Value>, sentinel: Value },
    Enumerate { it: Value, count: Value },
    Zip { its: Vec<Value>, strict: bool, done: bool },
    Map { func: Value, its: Vec<Value> },
    Filter { func: Value, it: Value },
    Reversed { seq: Option<Value>, index: isize },
}

pub struct IterData {
    pub state: UnsafeCell<IterState>,
}

/// Where the JIT's inline FOR_ITER reads a range or list iterator: byte offsets in an
/// iterator object of its state's tag (a u32) and the tags of `Range` and `Seq`, of the
/// range's `next`, `step` and `remaining` (i64s), and of the sequence's value word and index.
#[derive(Clone, Copy, Debug)]
pub struct IterLayout {
    pub tag: usize,
    pub range_tag: u32,
    pub seq_tag: u32,
    pub next: usize,
    pub step: usize,
    pub remaining: usize,
    pub seq: usize,
    pub index: usize,
}

impl IterLayout {
    /// The layout, found on two probe states (the fields by their addresses).
    pub fn get() -> Option<IterLayout> {
        let base = std::mem::offset_of!(crate::object::Obj<IterData>, data) + std::mem::offset_of!(IterData, state);
        let at = |s: &IterState, f: usize| base + f - s as *const IterState as usize;
        // SAFETY: `repr(C, u32)`: every state starts with its initialized u32 tag.
        let tag = |s: &IterState| unsafe { *(s as *const IterState as *const u32) };
        let r = IterState::Range { next: 0, step: 0, remaining: 0 };
        let q = IterState::Seq { seq: None, index: 0 };
        let (IterState::Range { next, step, remaining }, IterState::Seq { seq, index }) = (&r, &q) else { return None };
        Some(IterLayout {
            tag: base,
            range_tag: tag(&r),
            seq_tag: tag(&q),
            next: at(&r, next as *const i64 as usize),
            step: at(&r, step as *const i64 as usize),
            remaining: at(&r, remaining as *const i64 as usize),
            seq: at(&q, seq as *const Option<Value> as usize),
            index: at(&q, index as *const usize as usize),
        })
    }
}

impl IterData {
    #[allow(clippy::mut_from_ref)]
    fn st(&self) -> &mut IterState {
        // SAFETY: single-threaded; borrows are short and never held across Python calls.
        unsafe { &mut *self.state.get() }
    }
}

impl Trace for IterData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        let mut v = |o: &Option<Value>| {
            if let Some(x) = o {
                visit(x)
            }
        };
        match self.st() {
            IterState::Seq { seq, .. } | IterState::ListReverse { seq, .. } | IterState::Reversed { seq, .. } => v(seq),
            IterState::Str { s, .. } => v(s),
            IterState::Bytes { b, .. } => v(b),
            IterState::Dict { dict, .. } => v(dict),
            IterState::Set { set, .. } => v(set),
            IterState::Callable { func, sentinel } => {
                v(func);
                visit(sentinel);
            }
            IterState::Enumerate { it, count } => {
                visit(it);
                visit(count);
            }
            IterState::Zip { its, .. } => its.iter().for_each(|x| visit(x)),
            IterState::Map { func, its } => {
                visit(func);
                its.iter().for_each(|x| visit(x));
            }
            IterState::Filter { func, it } => {
                visit(func);
                visit(it);
            }
            IterState::Range { .. } | IterState::BigRange { .. } => {}
        }
    }
    fn clear(&self) {
        let old = std::mem::replace(self.st(), IterState::Seq { seq: None, index: 0 });
        drop(old);
    }
}

fn new(t: BT, st: IterState) -> Value {
    alloc_obj(&rt().ty_borrowed(t), IterData { state: UnsafeCell::new(st) }, 0)
}

pub fn new_seq_iter(seq: &Value, t: BT) -> Value {
    new(t, IterState::Seq { seq: Some(seq.clone()), index: 0 })
}

pub fn new_list_reverse_iter(seq: &Value) -> Value {
    let n = seq.as_list().map(|l| l.len()).unwrap_or(0) as isize;
    new(BT::ListReverseIterator, IterState::ListReverse { seq: Some(seq.clone()), index: n - 1 })
}

pub fn new_range_iter(start: BigInt, step: BigInt, len: BigInt) -> Value {
    match (start.to_i64(), step.to_i64(), len.to_i64()) {
        (Some(a), Some(s), Some(n)) if (a as i128 + s as i128 * n as i128).abs() < i64::MAX as i128 => {
            new(BT::RangeIterator, IterState::Range { next: a, step: s, remaining: n })
        }
        _ => new(BT::LongRangeIterator, IterState::BigRange { next: start, step, remaining: len }),
    }
}

pub fn new_str_iter(s: &Value) -> Value {
    let ascii = s.downcast::<StrData>().map(|d| d.is_ascii()).unwrap_or(true);
    new(if ascii { BT::StrAsciiIterator } else { BT::StrIterator }, IterState::Str { s: Some(s.clone()), byte: 0 })
}

pub fn new_bytes_iter(b: &Value, t: BT) -> Value {
    new(t, IterState::Bytes { b: Some(b.clone()), index: 0 })
}

/// `bytes.__iter__` and `bytearray.__iter__`: here with their iterators, not in the `bytes`
/// chunk (packer/src/split.rs), because `_collections_abc`, which nearly every program
/// imports, calls `iter(b'')` and `iter(bytearray())` at import time.
pub fn bytes_iter(_vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    Ok(new_bytes_iter(me, if me.kind() == Kind::ByteArray { BT::ByteArrayIterator } else { BT::BytesIterator }))
}

pub fn new_dict_iter(d: &Value, which: u8, reverse: bool) -> Value {
    let dd = d.downcast::<DictData>();
    let used = dd.map(|x| x.len()).unwrap_or(0);
    let n = dd.map(|x| x.entries_len()).unwrap_or(0);
    let t = match (which, reverse) {
        (0, false) => BT::DictKeyIterator,
        (1, false) => BT::DictValueIterator,
        (_, false) => BT::DictItemIterator,
        (0, true) => BT::DictRevKeyIterator,
        (1, true) => BT::DictRevValueIterator,
        (_, true) => BT::DictRevItemIterator,
    };
    let pos = if reverse { n } else { 0 };
    new(t, IterState::Dict { dict: Some(d.clone()), pos, which, used, reverse, seen: 0 })
}

pub fn new_set_iter(s: &Value) -> Value {
    let core = crate::types::set::set_core(s);
    let used = core.map(|c| c.len()).unwrap_or(0);
    let version = core.map(|c| c.table().version).unwrap_or(0);
    new(BT::SetIterator, IterState::Set { set: Some(s.clone()), pos: 0, used, version })
}

pub fn new_callable_iter(func: Value, sentinel: Value) -> Value {
    new(BT::CallableIterator, IterState::Callable { func: Some(func), sentinel })
}

/// Advances a builtin iterator. `Ok(None)` = exhausted.
pub fn iter_next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    let Some(d) = it.downcast::<IterData>() else { return Err(type_error("not a builtin iterator")) };
    match d.st() {
        IterState::Seq { seq, index } => {
            let Some(s) = seq.clone() else { return Ok(None) };
            let i = *index;
            if let Some(l) = s.as_list() {
                return Ok(match l.item(i) {
                    Some(v) => {
                        *index = i + 1;
                        Some(v)
                    }
                    None => {
                        *seq = None;
                        None
                    }
                });
            }
            if let Some(t) = s.as_tuple() {
                return Ok(match t.get(i) {
                    Some(v) => {
                        *index = i + 1;
                        Some(v.clone())
                    }
                    None => {
                        *seq = None;
                        None
                    }
                });
            }
            // Generic __getitem__ iteration.
            match vm.getitem(&s, &Value::int(i as i64)) {
                Ok(v) => {
                    if let IterState::Seq { index, .. } = d.st() {
                        *index = i + 1;
                    }
                    Ok(Some(v))
                }
                Err(e) if e.matches(crate::error::ExcType::IndexError) || e.matches(crate::error::ExcType::StopIteration) => {
                    if let IterState::Seq { seq, .. } = d.st() {
                        *seq = None;
                    }
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::ListReverse { seq, index } => {
            let Some(s) = seq.clone() else { return Ok(None) };
            let l = s.as_list().ok_or_else(|| runtime_error("bad list iterator"))?;
            if *index >= 0 && (*index as usize) < l.len() {
                let v = l.item(*index as usize);
                *index -= 1;
                return Ok(v);
            }
            *seq = None;
            Ok(None)
        }
        IterState::Range { next, step, remaining } => {
            if *remaining <= 0 {
                return Ok(None);
            }
            let v = *next;
            *remaining -= 1;
            if *remaining > 0 {
                *next += *step;
            }
            Ok(Some(Value::int(v)))
        }
        IterState::BigRange { next, step, remaining } => {
            if remaining.is_zero() || *remaining < BigInt::zero() {
                return Ok(None);
            }
            let v = next.clone();
            *remaining -= 1;
            *next += &*step;
            Ok(Some(Value::from_bigint(v)))
        }
        IterState::Str { s, byte } => {
            let Some(sv) = s.clone() else { return Ok(None) };
            let text = sv.as_str().unwrap_or("");
            match text[*byte..].chars().next() {
                Some(c) => {
                    *byte += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Ok(Some(Value::str(c.encode_utf8(&mut buf))))
                }
                None => {
                    *s = None;
                    Ok(None)
                }
            }
        }
        IterState::Bytes { b, index } => {
            let Some(bv) = b.clone() else { return Ok(None) };
            let data = crate::types::bytes::buffer(&bv).unwrap_or_default();
            match data.get(*index) {
                Some(x) => {
                    *index += 1;
                    Ok(Some(Value::int(*x as i64)))
                }
                None => {
                    *b = None;
                    Ok(None)
                }
            }
        }
        IterState::Dict { dict, pos, which, used, reverse, seen } => {
            let Some(dv) = dict.clone() else { return Ok(None) };
            let dd = dv.downcast::<DictData>().ok_or_else(|| runtime_error("bad dict iterator"))?;
            if dd.len() != *used {
                *used = usize::MAX;
                return Err(runtime_error("dictionary changed size during iteration"));
            }
            loop {
                let entry = if *reverse {
                    if *pos == 0 {
                        *dict = None;
                        return Ok(None);
                    }
                    *pos -= 1;
                    dd.entry_at(*pos)
                } else {
                    let e = dd.entry_at(*pos);
                    *pos += 1;
                    e
                };
                match entry {
                    None => {
                        *dict = None;
                        return Ok(None);
                    }
                    Some(None) => continue,
                    Some(Some((k, v))) => {
                        // More items than the dict had when iteration started: keys changed.
                        if *seen >= *used {
                            *dict = None;
                            return Err(runtime_error("dictionary keys changed during iteration"));
                        }
                        *seen += 1;
                        return Ok(Some(match which {
                            0 => k,
                            1 => v,
                            _ => Value::tuple(vec![k, v]),
                        }));
                    }
                }
            }
        }
        IterState::Set { set, pos, used, version: _ } => {
            let Some(sv) = set.clone() else { return Ok(None) };
            let core = crate::types::set::set_core(&sv).ok_or_else(|| runtime_error("bad set iterator"))?;
            if core.len() != *used {
                *used = usize::MAX;
                return Err(runtime_error("Set changed size during iteration"));
            }
            while let Some(slot) = core.table().slot(*pos) {
                *pos += 1;
                if let Some(k) = slot {
                    return Ok(Some(k));
                }
            }
            *set = None;
            Ok(None)
        }
        IterState::Callable { func, sentinel } => {
            let Some(f) = func.clone() else { return Ok(None) };
            let sentinel = sentinel.clone();
            let v = match vm.call(&f, &[]) {
                Ok(v) => v,
                Err(e) if e.matches(crate::error::ExcType::StopIteration) => {
                    if let IterState::Callable { func, .. } = d.st() {
                        *func = None;
                    }
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if v.is(&sentinel) || vm.eq(&v, &sentinel)? {
                if let IterState::Callable { func, .. } = d.st() {
                    *func = None;
                }
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::Enumerate { it, count } => {
            let (it, c) = (it.clone(), count.clone());
            match vm.next(&it)? {
                Some(v) => {
                    let next = vm.binary_op(&c, &Value::int(1), pygmy_bytecode::BinaryOp::Add)?;
                    if let IterState::Enumerate { count, .. } = d.st() {
                        *count = next;
                    }
                    Ok(Some(Value::tuple(vec![c, v])))
                }
                None => Ok(None),
            }
        }
        IterState::Zip { its, strict, done } => {
            if *done || its.is_empty() {
                return Ok(None);
            }
            let its = its.clone();
            let strict = *strict;
            let mut items = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => items.push(v),
                    None => {
                        if let IterState::Zip { done, .. } = d.st() {
                            *done = true;
                        }
                        if strict {
                            if i > 0 {
                                let plural = if i == 1 { " " } else { "s 1-" };
                                return Err(value_error(format!("zip() argument {} is shorter than argument{plural}{}", i + 1, i)));
                            }
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if vm.next(other)?.is_some() {
                                    let plural = if j == 1 { " " } else { "s 1-" };
                                    return Err(value_error(format!("zip() argument {} is longer than argument{plural}{}", j + 1, j)));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(Value::tuple(items)))
        }
        IterState::Map { func, its } => {
            let (f, its) = (func.clone(), its.clone());
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            Ok(Some(vm.call(&f, &args)?))
        }
        IterState::Filter { func, it } => {
            let (f, it) = (func.clone(), it.clone());
            loop {
                let Some(v) = vm.next(&it)? else { return Ok(None) };
                let keep = if f.kind() == Kind::NoneType {
                    vm.truthy(&v)?
                } else {
                    let r = vm.call(&f, std::slice::from_ref(&v))?;
                    vm.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
        }
        IterState::Reversed { seq, index } => {
            let Some(s) = seq.clone() else { return Ok(None) };
            if *index < 0 {
                // take() first: dropping the sequence can run a __del__ that calls next() again.
                let old = seq.take();
                drop(old);
                return Ok(None);
            }
            let i = *index;
            *index -= 1;
            match vm.getitem(&s, &Value::int(i as i64)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.matches(crate::error::ExcType::IndexError) || e.matches(crate::error::ExcType::StopIteration) => {
                    if let IterState::Reversed { seq, .. } = d.st() {
                        *seq = None;
                    }
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
    }
}

/// `__length_hint__` of a builtin iterator, if cheap.
fn length_hint(it: &IterData) -> Option<usize> {
    match it.st() {
        IterState::Seq { seq: Some(s), index } => {
            let n = s.as_list().map(|l| l.len()).or_else(|| s.as_tuple().map(|t| t.len()))?;
            Some(n.saturating_sub(*index))
        }
        IterState::Seq { seq: None, .. } => Some(0),
        IterState::Range { remaining, .. } => Some((*remaining).max(0) as usize),
        IterState::ListReverse { seq: Some(_), index } => Some((*index + 1).max(0) as usize),
        _ => None,
    }
}

pub const ITER_METHODS: &[MethodDef] = &[
    method("__iter__", iter_self),
    method("__next__", iter_next_m),
    method("__length_hint__", iter_length_hint),
    method("__reduce__", iter_reduce),
    method("__setstate__", iter_setstate),
];

fn iter_self(_vm: &mut Vm, args: Args) -> PyResult {
    crate::types::str::bind::<0>(&args, "__iter__", crate::types::str::Conv::Slot, 0)?;
    Ok(args.self_().clone())
}

fn iter_next_m(vm: &mut Vm, args: Args) -> PyResult {
    crate::types::str::bind::<0>(&args, "__next__", crate::types::str::Conv::Slot, 0)?;
    match iter_next(vm, args.self_())? {
        Some(v) => Ok(v),
        None => Err(crate::error::stop_iteration()),
    }
}

fn iter_length_hint(vm: &mut Vm, args: Args) -> PyResult {
    let d = args.self_().downcast::<IterData>().ok_or_else(|| type_error("expected iterator"))?;
    if let IterState::Reversed { seq, index } = d.st() {
        let (seq, index) = (seq.clone(), *index);
        let Some(seq) = seq else { return Ok(Value::int(0)) };
        let n = vm.len(&seq)? as isize;
        let position = index + 1;
        return Ok(Value::int(if n < position { 0 } else { position.max(0) as i64 }));
    }
    match length_hint(d) {
        Some(n) => Ok(Value::int(n as i64)),
        None => Ok(Value::not_implemented()),
    }
}

/// `(iter, (seq,), index)` for sequence iterators and `(reversed, (seq,), index)` for
/// `reversed`, as CPython's; other iterators pickle what they have left.
fn iter_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let d = args.self_().downcast::<IterData>().ok_or_else(|| type_error("expected iterator"))?;
    let (f, seq, index) = match d.st() {
        IterState::Seq { seq: Some(s), index } => (vm.builtin("iter")?, s.clone(), Some(*index as i64)),
        IterState::Reversed { seq: Some(s), index } => (args.self_().class(), s.clone(), Some(*index as i64)),
        IterState::Reversed { seq: None, .. } => (args.self_().class(), Value::tuple(vec![]), None),
        _ => {
            let rest = vm.collect_iter(args.self_())?;
            let it = vm.builtin("iter")?;
            return Ok(Value::tuple(vec![it, Value::tuple(vec![Value::list(rest)])]));
        }
    };
    let mut parts = vec![f, Value::tuple(vec![seq])];
    if let Some(index) = index {
        parts.push(Value::int(index));
    }
    Ok(Value::tuple(parts))
}

/// The position saved by `__reduce__`, clamped to the sequence as CPython's.
fn iter_setstate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__setstate__", 1, 1)?;
    let d = args.self_().downcast::<IterData>().ok_or_else(|| type_error("expected iterator"))?;
    let state = vm.index(&pos[1])?.as_i64().ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C ssize_t"))?;
    let seq = match d.st() {
        IterState::Seq { seq: Some(s), .. } | IterState::Reversed { seq: Some(s), .. } => s.clone(),
        _ => return Ok(Value::none()),
    };
    // A sequence without len() (iter() of a __getitem__ class) clamps below only.
    let n = vm.len(&seq).map_or(i64::MAX, |n| n as i64);
    match d.st() {
        IterState::Seq { index, .. } => *index = state.clamp(0, n) as usize,
        IterState::Reversed { index, .. } => *index = state.clamp(-1, n - 1) as isize,
        _ => {}
    }
    Ok(Value::none())
}

// ---- constructors of the iterator types exposed as builtins ---------------------------------------

pub const ENUMERATE_METHODS: &[MethodDef] = &[staticmethod("__new__", enumerate_new), crate::types::builtin::classmethod("__class_getitem__", crate::types::generic_alias_new)];
pub const ZIP_METHODS: &[MethodDef] = &[staticmethod("__new__", zip_new)];
pub const MAP_METHODS: &[MethodDef] = &[staticmethod("__new__", map_new)];
pub const FILTER_METHODS: &[MethodDef] = &[staticmethod("__new__", filter_new)];
pub const REVERSED_METHODS: &[MethodDef] = &[staticmethod("__new__", reversed_new)];

fn enumerate_new(vm: &mut Vm, args: Args) -> PyResult {
    // CPython's enumerate_vectorcall words the positional-only cases itself.
    match args.all.len() {
        1 => return Err(type_error("enumerate() missing required argument 'iterable'")),
        n if n > 3 && args.kwnames.is_empty() => return Err(type_error(format!("enumerate() takes at most 2 arguments ({} given)", n - 1))),
        _ => {}
    }
    let cls = args.all[0].clone();
    let [iterable, start] = args.rest().bind("enumerate", ["iterable", "start"], 1, 0)?;
    let it = vm.iter(&iterable.unwrap_or_else(Value::none))?;
    let count = match start {
        Some(s) => vm.index(&s)?,
        None => Value::int(0),
    };
    Ok(alloc_instance(&cls, IterData { state: UnsafeCell::new(IterState::Enumerate { it, count }) }))
}

fn zip_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let mut strict = false;
    for (k, v) in args.kwargs() {
        if k.as_str() == Some("strict") {
            strict = vm.truthy(v)?;
        } else {
            return Err(type_error(format!("'{}' is an invalid keyword argument for zip()", k.as_str().unwrap_or(""))));
        }
    }
    let mut its = Vec::new();
    for a in &pos[1..] {
        its.push(vm.iter(a)?);
    }
    Ok(alloc_instance(&pos[0], IterData { state: UnsafeCell::new(IterState::Zip { its, strict, done: false }) }))
}

fn map_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() < 3 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &pos[2..] {
        its.push(vm.iter(a)?);
    }
    Ok(alloc_instance(&pos[0], IterData { state: UnsafeCell::new(IterState::Map { func: pos[1].clone(), its }) }))
}

fn filter_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() != 3 {
        return Err(type_error(format!("filter expected 2 arguments, got {}", pos.len() - 1)));
    }
    let it = vm.iter(&pos[2])?;
    Ok(alloc_instance(&pos[0], IterData { state: UnsafeCell::new(IterState::Filter { func: pos[1].clone(), it }) }))
}

fn reversed_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    args.no_kwargs("reversed")?;
    if pos.len() != 2 {
        return Err(type_error(format!("reversed expected 1 argument, got {}", pos.len() - 1)));
    }
    let seq = &pos[1];
    if let Some(r) = crate::types::typeobj::lookup_str(&seq.class(), "__reversed__") {
        if r.kind() == Kind::NoneType {
            return Err(type_error(format!("'{}' object is not reversible", type_name(seq))));
        }
        return vm.call_unbound(&r, seq, &[]);
    }
    if crate::types::typeobj::lookup_str(&seq.class(), "__getitem__").is_none() || seq.kind() == Kind::Dict {
        return Err(type_error(format!("'{}' object is not reversible", type_name(seq))));
    }
    let n = vm.len(seq)? as isize;
    Ok(alloc_instance(&pos[0], IterData { state: UnsafeCell::new(IterState::Reversed { seq: Some(seq.clone()), index: n - 1 }) }))
}

#[allow(dead_code)]
fn _cell(_c: &Cell<u8>) {}
