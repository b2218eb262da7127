//! The `itertools` module (CPython has no pure-Python fallback): every iterator type of 3.11,
//! with CPython's argument errors, `count`/`repeat` reprs and `tee`'s shared linked buffer.
//! Pickling (`__reduce__`/`__setstate__`) is not provided.

use crate::error::{runtime_error, type_error, value_error, PyResult};
use crate::modules::support::{native_object, get, opt, put, Opt, add_type, alloc_native, check_positional, iter_self, native_type, new_module, next_result, pos_args, this};
use crate::object::{Header, Kind};
use crate::types::builtin::{classmethod, method, staticmethod, Args, MethodDef};
use crate::value::Value;
use crate::vm::Vm;
use pygmy_bytecode::BinaryOp;
use std::cell::{Cell, RefCell};

const FUNCTIONS: &[(&str, crate::types::builtin::NativeFn)] = &[("tee", tee)];

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("itertools", FUNCTIONS);
    let t = |name: &'static str, methods: &[MethodDef], sub: bool| {
        add_type(Some(&m), "itertools", name, None, &[ITER_BASE, methods], &[], sub);
    };
    t("count", COUNT_M, true);
    t("cycle", &[staticmethod("__new__", cycle_new), method("__next__", cycle_next)], true);
    t("repeat", REPEAT_M, true);
    t("accumulate", &[staticmethod("__new__", accumulate_new), method("__next__", accumulate_next)], true);
    t("chain", CHAIN_M, true);
    t("compress", &[staticmethod("__new__", compress_new), method("__next__", compress_next)], true);
    t("dropwhile", &[staticmethod("__new__", dropwhile_new), method("__next__", dropwhile_next)], true);
    t("takewhile", &[staticmethod("__new__", takewhile_new), method("__next__", takewhile_next)], true);
    t("filterfalse", &[staticmethod("__new__", filterfalse_new), method("__next__", filterfalse_next)], true);
    t("starmap", &[staticmethod("__new__", starmap_new), method("__next__", starmap_next)], true);
    t("groupby", &[staticmethod("__new__", groupby_new), method("__next__", groupby_next)], true);
    t("_grouper", &[method("__next__", grouper_next)], false);
    t("islice", &[staticmethod("__new__", islice_new), method("__next__", islice_next)], true);
    t("pairwise", &[staticmethod("__new__", pairwise_new), method("__next__", pairwise_next)], true);
    t("_tee", TEE_M, false);
    t("_tee_dataobject", &[], false);
    t("zip_longest", &[staticmethod("__new__", zip_longest_new), method("__next__", zip_longest_next)], true);
    t("product", &[staticmethod("__new__", product_new), method("__next__", product_next)], true);
    t("permutations", &[staticmethod("__new__", permutations_new), method("__next__", permutations_next)], true);
    t("combinations", &[staticmethod("__new__", combinations_new), method("__next__", combinations_next)], true);
    t("combinations_with_replacement", &[staticmethod("__new__", cwr_new), method("__next__", cwr_next)], true);
    Ok(m)
}

const ITER_BASE: &[MethodDef] = &[method("__iter__", iter_self)];

/// `cls` and the positional arguments after it, for `__new__`.
fn cls_of<'a>(args: &Args<'a>) -> &'a Value {
    &args.all[0]
}

/// Binds keyword-capable `__new__` arguments (after `cls`).
fn bind_new<const N: usize>(args: &Args, name: &str, names: [&str; N], required: usize, npos_only: usize) -> PyResult<[Option<Value>; N]> {
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    rest.bind(name, names, required, npos_only)
}

// ---- count ------------------------------------------------------------------------------------

struct Count {
    cnt: Opt,
    step: Opt,
}
native_object!(Count; cnt, step);

const COUNT_M: &[MethodDef] = &[staticmethod("__new__", count_new), method("__next__", count_next), method("__repr__", count_repr)];

fn is_number(v: &Value) -> bool {
    if v.as_int().is_some() || v.as_float().is_some() || v.kind() == Kind::Complex {
        return true;
    }
    let c = v.class();
    ["__index__", "__int__", "__float__", "__complex__"].iter().any(|n| crate::types::typeobj::lookup_str(&c, n).is_some())
}

fn count_new(_vm: &mut Vm, args: Args) -> PyResult {
    let [start, step] = bind_new(&args, "count", ["start", "step"], 0, 0)?;
    let start = start.unwrap_or_else(|| Value::int(0));
    let step = step.unwrap_or_else(|| Value::int(1));
    if !is_number(&start) || !is_number(&step) {
        return Err(type_error("a number is required"));
    }
    Ok(alloc_native(cls_of(&args), Count { cnt: opt(Some(start)), step: opt(Some(step)) }))
}

fn count_next(vm: &mut Vm, args: Args) -> PyResult {
    let c = this::<Count>(&args, "count")?;
    let (cur, step) = (get(&c.cnt).unwrap_or_else(Value::none), get(&c.step).unwrap_or_else(Value::none));
    let next = match (cur.as_small(), step.as_small()) {
        (Some(a), Some(b)) => Value::int_i128(a as i128 + b as i128),
        _ => vm.binary_op(&cur, &step, BinaryOp::Add)?,
    };
    put(&c.cnt, Some(next));
    Ok(cur)
}

fn count_repr(vm: &mut Vm, args: Args) -> PyResult {
    let c = this::<Count>(&args, "count")?;
    let name = crate::modules::support::short_type_name(args.self_());
    let (cur, step) = (get(&c.cnt).unwrap_or_else(Value::none), get(&c.step).unwrap_or_else(Value::none));
    let cur_r = vm.repr_string(&cur)?;
    if step.as_int().map(|i| i.to_i64() == Some(1)).unwrap_or(false) && step.kind() != Kind::Bool {
        return Ok(Value::string(format!("{name}({cur_r})")));
    }
    let step_r = vm.repr_string(&step)?;
    Ok(Value::string(format!("{name}({cur_r}, {step_r})")))
}

// ---- cycle ------------------------------------------------------------------------------------

struct Cycle {
    it: Opt,
    saved: RefCell<Vec<Value>>,
    index: Cell<usize>,
}
native_object!(Cycle; it, saved);

fn cycle_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = pos_args(&args, "cycle", 1, 1)?;
    let it = vm.iter(&pos[0])?;
    Ok(alloc_native(cls_of(&args), Cycle { it: opt(Some(it)), saved: RefCell::new(Vec::new()), index: Cell::new(0) }))
}

fn cycle_next(vm: &mut Vm, args: Args) -> PyResult {
    let c = this::<Cycle>(&args, "cycle")?;
    if let Some(it) = get(&c.it) {
        match vm.next(&it)? {
            Some(v) => {
                c.saved.borrow_mut().push(v.clone());
                return Ok(v);
            }
            None => put(&c.it, None),
        }
    }
    let saved = c.saved.borrow();
    if saved.is_empty() {
        return Err(crate::error::stop_iteration());
    }
    let i = c.index.get();
    c.index.set(if i + 1 >= saved.len() { 0 } else { i + 1 });
    Ok(saved[i].clone())
}

// ---- repeat -----------------------------------------------------------------------------------

struct Repeat {
    element: Opt,
    /// Remaining count; negative = forever.
    cnt: Cell<i64>,
}
native_object!(Repeat; element);

const REPEAT_M: &[MethodDef] = &[
    staticmethod("__new__", repeat_new),
    method("__next__", repeat_next),
    method("__repr__", repeat_repr),
    method("__length_hint__", repeat_len),
];

fn repeat_new(vm: &mut Vm, args: Args) -> PyResult {
    let [object, times] = bind_new(&args, "repeat", ["object", "times"], 1, 0)?;
    let cnt = match times {
        Some(t) => vm.to_ssize(&t)?.max(0),
        None => -1,
    };
    Ok(alloc_native(cls_of(&args), Repeat { element: opt(object), cnt: Cell::new(cnt) }))
}

fn repeat_next(_vm: &mut Vm, args: Args) -> PyResult {
    let r = this::<Repeat>(&args, "repeat")?;
    match r.cnt.get() {
        0 => Err(crate::error::stop_iteration()),
        n => {
            if n > 0 {
                r.cnt.set(n - 1);
            }
            Ok(get(&r.element).unwrap_or_else(Value::none))
        }
    }
}

fn repeat_repr(vm: &mut Vm, args: Args) -> PyResult {
    let r = this::<Repeat>(&args, "repeat")?;
    let e = vm.repr_string(&get(&r.element).unwrap_or_else(Value::none))?;
    let name = crate::modules::support::short_type_name(args.self_());
    Ok(Value::string(match r.cnt.get() {
        n if n < 0 => format!("{name}({e})"),
        n => format!("{name}({e}, {n})"),
    }))
}

fn repeat_len(_vm: &mut Vm, args: Args) -> PyResult {
    let r = this::<Repeat>(&args, "repeat")?;
    match r.cnt.get() {
        n if n < 0 => Err(type_error("len() of unsized object")),
        n => Ok(Value::int(n)),
    }
}

// ---- accumulate -------------------------------------------------------------------------------

struct Accumulate {
    it: Opt,
    func: Opt,
    total: Opt,
    initial: Opt,
}
native_object!(Accumulate; it, func, total, initial);

fn accumulate_new(vm: &mut Vm, args: Args) -> PyResult {
    let [iterable, func, initial] = bind_new(&args, "accumulate", ["iterable", "func", "initial"], 1, 0)?;
    let it = vm.iter(&iterable.unwrap_or_else(Value::none))?;
    let func = func.filter(|f| !f.is_none());
    let initial = initial.filter(|f| !f.is_none());
    Ok(alloc_native(cls_of(&args), Accumulate { it: opt(Some(it)), func: opt(func), total: opt(None), initial: opt(initial) }))
}

fn accumulate_next(vm: &mut Vm, args: Args) -> PyResult {
    let a = this::<Accumulate>(&args, "accumulate")?;
    if let Some(init) = a.initial.borrow_mut().take() {
        put(&a.total, Some(init.clone()));
        return Ok(init);
    }
    let it = get(&a.it).ok_or_else(crate::error::stop_iteration)?;
    let Some(v) = vm.next(&it)? else { return Err(crate::error::stop_iteration()) };
    let total = match get(&a.total) {
        None => v,
        Some(t) => match get(&a.func) {
            Some(f) => vm.call(&f, &[t, v])?,
            None => vm.binary_op(&t, &v, BinaryOp::Add)?,
        },
    };
    put(&a.total, Some(total.clone()));
    Ok(total)
}

// ---- chain ------------------------------------------------------------------------------------

struct Chain {
    source: Opt,
    active: Opt,
}
native_object!(Chain; source, active);

const CHAIN_M: &[MethodDef] = &[
    staticmethod("__new__", chain_new),
    method("__next__", chain_next),
    classmethod("from_iterable", chain_from_iterable),
    classmethod("__class_getitem__", crate::types::generic_alias_new),
];

fn chain_new(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("chain")?;
    let src = Value::tuple(args.pos()[1..].to_vec());
    let it = vm.iter(&src)?;
    Ok(alloc_native(cls_of(&args), Chain { source: opt(Some(it)), active: opt(None) }))
}

fn chain_from_iterable(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("from_iterable", 1, 1)?;
    let it = vm.iter(&pos[1])?;
    Ok(alloc_native(&pos[0], Chain { source: opt(Some(it)), active: opt(None) }))
}

fn chain_next(vm: &mut Vm, args: Args) -> PyResult {
    let c = this::<Chain>(&args, "chain")?;
    while let Some(src) = get(&c.source) {
        let active = match get(&c.active) {
            Some(a) => a,
            None => {
                let iterable = match vm.next(&src) {
                    Ok(Some(x)) => x,
                    r => {
                        put(&c.source, None);
                        r?;
                        break;
                    }
                };
                match vm.iter(&iterable) {
                    Ok(a) => {
                        put(&c.active, Some(a.clone()));
                        a
                    }
                    Err(e) => {
                        put(&c.source, None);
                        return Err(e);
                    }
                }
            }
        };
        if let Some(v) = vm.next(&active)? {
            return Ok(v);
        }
        put(&c.active, None);
    }
    Err(crate::error::stop_iteration())
}

// ---- compress / dropwhile / takewhile / filterfalse / starmap ------------------------------

struct Pair {
    a: Opt,
    b: Opt,
    flag: Cell<bool>,
}
native_object!(Pair; a, b);

fn compress_new(vm: &mut Vm, args: Args) -> PyResult {
    let [data, selectors] = bind_new(&args, "compress", ["data", "selectors"], 2, 0)?;
    let d = vm.iter(&data.unwrap_or_else(Value::none))?;
    let s = vm.iter(&selectors.unwrap_or_else(Value::none))?;
    Ok(alloc_native(cls_of(&args), Pair { a: opt(Some(d)), b: opt(Some(s)), flag: Cell::new(false) }))
}

fn compress_next(vm: &mut Vm, args: Args) -> PyResult {
    let p = this::<Pair>(&args, "compress")?;
    let (Some(d), Some(s)) = (get(&p.a), get(&p.b)) else { return Err(crate::error::stop_iteration()) };
    loop {
        let Some(datum) = vm.next(&d)? else { return Err(crate::error::stop_iteration()) };
        let Some(sel) = vm.next(&s)? else { return Err(crate::error::stop_iteration()) };
        if vm.truthy(&sel)? {
            return Ok(datum);
        }
    }
}

/// `f(pred, iterable, /)` constructors: `a` = the function, `b` = the iterator.
fn func_iter_new(vm: &mut Vm, args: &Args, name: &str) -> PyResult {
    let pos = pos_args(args, name, 2, 2)?;
    let it = vm.iter(&pos[1])?;
    Ok(alloc_native(cls_of(args), Pair { a: opt(Some(pos[0].clone())), b: opt(Some(it)), flag: Cell::new(false) }))
}

fn pair_parts<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Pair, Value, Value)> {
    let p = this::<Pair>(args, name)?;
    Ok((p, get(&p.a).unwrap_or_else(Value::none), get(&p.b).unwrap_or_else(Value::none)))
}

fn dropwhile_new(vm: &mut Vm, args: Args) -> PyResult {
    func_iter_new(vm, &args, "dropwhile")
}

fn dropwhile_next(vm: &mut Vm, args: Args) -> PyResult {
    let (p, f, it) = pair_parts(&args, "dropwhile")?;
    loop {
        let Some(v) = vm.next(&it)? else { return Err(crate::error::stop_iteration()) };
        if p.flag.get() {
            return Ok(v);
        }
        let r = vm.call(&f, std::slice::from_ref(&v))?;
        if !vm.truthy(&r)? {
            p.flag.set(true);
            return Ok(v);
        }
    }
}

fn takewhile_new(vm: &mut Vm, args: Args) -> PyResult {
    func_iter_new(vm, &args, "takewhile")
}

fn takewhile_next(vm: &mut Vm, args: Args) -> PyResult {
    let (p, f, it) = pair_parts(&args, "takewhile")?;
    if p.flag.get() {
        return Err(crate::error::stop_iteration());
    }
    let Some(v) = vm.next(&it)? else { return Err(crate::error::stop_iteration()) };
    let r = vm.call(&f, std::slice::from_ref(&v))?;
    if vm.truthy(&r)? {
        return Ok(v);
    }
    p.flag.set(true);
    Err(crate::error::stop_iteration())
}

fn filterfalse_new(vm: &mut Vm, args: Args) -> PyResult {
    func_iter_new(vm, &args, "filterfalse")
}

fn filterfalse_next(vm: &mut Vm, args: Args) -> PyResult {
    let (_, f, it) = pair_parts(&args, "filterfalse")?;
    loop {
        let Some(v) = vm.next(&it)? else { return Err(crate::error::stop_iteration()) };
        let keep = if f.is_none() || f.as_ptr() == crate::runtime::rt().ty_ptr(crate::runtime::BT::Bool) {
            vm.truthy(&v)?
        } else {
            let r = vm.call(&f, std::slice::from_ref(&v))?;
            vm.truthy(&r)?
        };
        if !keep {
            return Ok(v);
        }
    }
}

fn starmap_new(vm: &mut Vm, args: Args) -> PyResult {
    func_iter_new(vm, &args, "starmap")
}

fn starmap_next(vm: &mut Vm, args: Args) -> PyResult {
    let (_, f, it) = pair_parts(&args, "starmap")?;
    let Some(a) = vm.next(&it)? else { return Err(crate::error::stop_iteration()) };
    let items = match a.as_tuple() {
        Some(t) => t.to_vec(),
        None => vm.collect_iter(&a)?,
    };
    vm.call(&f, &items)
}

// ---- groupby ----------------------------------------------------------------------------------

struct GroupBy {
    it: Opt,
    keyfunc: Opt,
    tgtkey: Opt,
    currkey: Opt,
    currvalue: Opt,
    /// The live `_grouper` (borrowed identity only).
    currgrouper: Cell<*const Header>,
}
native_object!(GroupBy; it, keyfunc, tgtkey, currkey, currvalue);

struct Grouper {
    parent: Opt,
    tgtkey: Opt,
}
native_object!(Grouper; parent, tgtkey);

fn groupby_new(vm: &mut Vm, args: Args) -> PyResult {
    let [iterable, key] = bind_new(&args, "groupby", ["iterable", "key"], 1, 0)?;
    let it = vm.iter(&iterable.unwrap_or_else(Value::none))?;
    Ok(alloc_native(
        cls_of(&args),
        GroupBy {
            it: opt(Some(it)),
            keyfunc: opt(key.filter(|k| !k.is_none())),
            tgtkey: opt(None),
            currkey: opt(None),
            currvalue: opt(None),
            currgrouper: Cell::new(std::ptr::null()),
        },
    ))
}

/// Reads the next value and its key; `Ok(false)` when the input is exhausted.
fn groupby_step(vm: &mut Vm, g: &GroupBy) -> PyResult<bool> {
    let it = get(&g.it).unwrap_or_else(Value::none);
    let Some(v) = vm.next(&it)? else { return Ok(false) };
    let k = match get(&g.keyfunc) {
        Some(f) => vm.call(&f, std::slice::from_ref(&v))?,
        None => v.clone(),
    };
    put(&g.currvalue, Some(v));
    put(&g.currkey, Some(k));
    Ok(true)
}

fn groupby_next(vm: &mut Vm, args: Args) -> PyResult {
    let g = this::<GroupBy>(&args, "groupby")?;
    g.currgrouper.set(std::ptr::null());
    loop {
        if let Some(ck) = get(&g.currkey) {
            match get(&g.tgtkey) {
                None => break,
                Some(tk) => {
                    if !vm.eq(&tk, &ck)? {
                        break;
                    }
                }
            }
        }
        if !groupby_step(vm, g)? {
            return Err(crate::error::stop_iteration());
        }
    }
    let ck = get(&g.currkey).unwrap_or_else(Value::none);
    put(&g.tgtkey, Some(ck.clone()));
    let grouper = alloc_native(&native_type("itertools._grouper"), Grouper { parent: opt(Some(args.self_().clone())), tgtkey: opt(Some(ck.clone())) });
    g.currgrouper.set(grouper.as_ptr());
    Ok(Value::tuple(vec![ck, grouper]))
}

fn grouper_next(vm: &mut Vm, args: Args) -> PyResult {
    let gr = this::<Grouper>(&args, "_grouper")?;
    let parent = get(&gr.parent).unwrap_or_else(Value::none);
    let Some(g) = parent.native::<GroupBy>() else { return Err(crate::error::stop_iteration()) };
    if g.currgrouper.get() != args.self_().as_ptr() {
        return Err(crate::error::stop_iteration());
    }
    if get(&g.currvalue).is_none() && !groupby_step(vm, g)? {
        return Err(crate::error::stop_iteration());
    }
    let tk = get(&gr.tgtkey).unwrap_or_else(Value::none);
    let ck = get(&g.currkey).unwrap_or_else(Value::none);
    if !vm.eq(&tk, &ck)? {
        return Err(crate::error::stop_iteration());
    }
    let v = g.currvalue.borrow_mut().take().unwrap_or_else(Value::none);
    put(&g.currkey, None);
    Ok(v)
}

// ---- islice -----------------------------------------------------------------------------------

struct ISlice {
    it: Opt,
    next: Cell<usize>,
    /// `usize::MAX` = no stop.
    stop: Cell<usize>,
    step: usize,
    cnt: Cell<usize>,
}
native_object!(ISlice; it);

const ISLICE_STOP: &str = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

fn islice_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = pos_args(&args, "islice", 2, 4)?;
    let mut as_ssize = |v: &Value| -> isize { vm.to_isize(v).unwrap_or(-1) };
    let (mut start, mut stop, mut step) = (0isize, -1isize, 1isize);
    if pos.len() == 2 {
        if !pos[1].is_none() {
            stop = as_ssize(&pos[1]);
            if stop == -1 {
                return Err(value_error(ISLICE_STOP));
            }
        }
    } else {
        if !pos[1].is_none() {
            start = as_ssize(&pos[1]);
        }
        if !pos[2].is_none() {
            stop = as_ssize(&pos[2]);
            if stop == -1 {
                return Err(value_error(ISLICE_STOP));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(value_error("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."));
    }
    if let Some(s) = pos.get(3) {
        if !s.is_none() {
            step = as_ssize(s);
        }
    }
    if step < 1 {
        return Err(value_error("Step for islice() must be a positive integer or None."));
    }
    let it = vm.iter(&pos[0])?;
    let stop = if stop == -1 { usize::MAX } else { stop as usize };
    Ok(alloc_native(cls_of(&args), ISlice { it: opt(Some(it)), next: Cell::new(start as usize), stop: Cell::new(stop), step: step as usize, cnt: Cell::new(0) }))
}

fn islice_next(vm: &mut Vm, args: Args) -> PyResult {
    let s = this::<ISlice>(&args, "islice")?;
    let Some(it) = get(&s.it) else { return Err(crate::error::stop_iteration()) };
    let r = (|| -> PyResult<Option<Value>> {
        while s.cnt.get() < s.next.get() {
            if vm.next(&it)?.is_none() {
                return Ok(None);
            }
            s.cnt.set(s.cnt.get() + 1);
        }
        let stop = s.stop.get();
        if stop != usize::MAX && s.cnt.get() >= stop {
            return Ok(None);
        }
        let Some(v) = vm.next(&it)? else { return Ok(None) };
        s.cnt.set(s.cnt.get() + 1);
        let old = s.next.get();
        let mut n = old.wrapping_add(s.step);
        if n < old || (stop != usize::MAX && n > stop) {
            n = stop;
        }
        s.next.set(n);
        Ok(Some(v))
    })();
    if !matches!(r, Ok(Some(_))) {
        put(&s.it, None);
    }
    next_result(r)
}

// ---- pairwise ---------------------------------------------------------------------------------

struct Pairwise {
    it: Opt,
    old: Opt,
}
native_object!(Pairwise; it, old);

fn pairwise_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = pos_args(&args, "pairwise", 1, 1)?;
    let it = vm.iter(&pos[0])?;
    Ok(alloc_native(cls_of(&args), Pairwise { it: opt(Some(it)), old: opt(None) }))
}

fn pairwise_next(vm: &mut Vm, args: Args) -> PyResult {
    let p = this::<Pairwise>(&args, "pairwise")?;
    let Some(it) = get(&p.it) else { return Err(crate::error::stop_iteration()) };
    let old = match get(&p.old) {
        Some(o) => o,
        None => match vm.next(&it)? {
            Some(o) => {
                put(&p.old, Some(o.clone()));
                o
            }
            None => {
                put(&p.it, None);
                return Err(crate::error::stop_iteration());
            }
        },
    };
    match vm.next(&it)? {
        Some(new) => {
            put(&p.old, Some(new.clone()));
            Ok(Value::tuple(vec![old, new]))
        }
        None => {
            put(&p.it, None);
            put(&p.old, None);
            Err(crate::error::stop_iteration())
        }
    }
}

// ---- tee --------------------------------------------------------------------------------------

/// Items per link of the shared buffer (CPython's LINKCELLS).
const LINKCELLS: usize = 57;

/// One link of a tee group's buffer: values read from the shared iterator, and the next link.
/// Links nobody points at any more are freed by reference counting.
struct TeeData {
    it: Opt,
    values: RefCell<Vec<Value>>,
    next: Opt,
    running: Cell<bool>,
}
native_object!(TeeData; it, values, next);

struct Tee {
    data: Opt,
    index: Cell<usize>,
}
native_object!(Tee; data);

const TEE_M: &[MethodDef] = &[staticmethod("__new__", tee_new), method("__next__", tee_next), method("__copy__", tee_copy)];

fn new_tee_data(it: Value) -> Value {
    alloc_native(&native_type("itertools._tee_dataobject"), TeeData { it: opt(Some(it)), values: RefCell::new(Vec::new()), next: opt(None), running: Cell::new(false) })
}

fn tee_from_iterable(vm: &mut Vm, iterable: &Value) -> PyResult {
    let it = vm.iter(iterable)?;
    if it.native::<Tee>().is_some() {
        return tee_copy_of(&it);
    }
    Ok(alloc_native(&native_type("itertools._tee"), Tee { data: opt(Some(new_tee_data(it))), index: Cell::new(0) }))
}

fn tee_copy_of(t: &Value) -> PyResult {
    let src = t.native::<Tee>().ok_or_else(|| type_error("expected a tee"))?;
    Ok(alloc_native(&native_type("itertools._tee"), Tee { data: opt(get(&src.data)), index: Cell::new(src.index.get()) }))
}

fn tee_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = pos_args(&args, "_tee", 1, 1)?;
    tee_from_iterable(vm, &pos[0])
}

fn tee_copy(_vm: &mut Vm, args: Args) -> PyResult {
    tee_copy_of(args.self_())
}

fn tee_next(vm: &mut Vm, args: Args) -> PyResult {
    let t = this::<Tee>(&args, "_tee")?;
    let Some(mut link) = get(&t.data) else { return Err(crate::error::stop_iteration()) };
    if t.index.get() >= LINKCELLS {
        let d = link.native::<TeeData>().ok_or_else(|| type_error("bad tee"))?;
        let next = match get(&d.next) {
            Some(n) => n,
            None => {
                let n = new_tee_data(get(&d.it).unwrap_or_else(Value::none));
                put(&d.next, Some(n.clone()));
                n
            }
        };
        put(&t.data, Some(next.clone()));
        t.index.set(0);
        link = next;
    }
    let d = link.native::<TeeData>().ok_or_else(|| type_error("bad tee"))?;
    let i = t.index.get();
    let have = d.values.borrow().get(i).cloned();
    let v = match have {
        Some(v) => v,
        None => {
            if d.running.get() {
                return Err(runtime_error("cannot re-enter the tee iterator"));
            }
            let it = get(&d.it).unwrap_or_else(Value::none);
            d.running.set(true);
            let r = vm.next(&it);
            d.running.set(false);
            let Some(v) = r? else { return Err(crate::error::stop_iteration()) };
            d.values.borrow_mut().push(v.clone());
            v
        }
    };
    t.index.set(i + 1);
    Ok(v)
}

fn tee(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("tee")?;
    let pos = args.pos();
    check_positional("tee", pos.len(), 1, 2)?;
    let n = match pos.get(1) {
        Some(n) => vm.to_isize(n)?,
        None => 2,
    };
    if n < 0 {
        return Err(value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(Value::tuple(vec![]));
    }
    let it = vm.iter(&pos[0])?;
    let first = match vm.getattr_opt(&it, &Value::intern("__copy__"))? {
        Some(_) => it,
        None => tee_from_iterable(vm, &it)?,
    };
    let mut out = vec![first.clone()];
    for _ in 1..n {
        out.push(vm.call_method(&first, "__copy__", &[])?);
    }
    Ok(Value::tuple(out))
}

// ---- zip_longest ------------------------------------------------------------------------------

struct ZipLongest {
    its: RefCell<Vec<Value>>,
    /// Which inputs are still active.
    active: RefCell<Vec<bool>>,
    numactive: Cell<usize>,
    fill: Opt,
}
native_object!(ZipLongest; its, fill);

fn zip_longest_new(vm: &mut Vm, args: Args) -> PyResult {
    let mut fill = Value::none();
    for (k, v) in args.kwargs() {
        if k.as_str() == Some("fillvalue") {
            fill = v.clone();
        } else {
            return Err(type_error("zip_longest() got an unexpected keyword argument"));
        }
    }
    let mut its = Vec::new();
    for a in &args.pos()[1..] {
        its.push(vm.iter(a)?);
    }
    let n = its.len();
    Ok(alloc_native(cls_of(&args), ZipLongest { its: RefCell::new(its), active: RefCell::new(vec![true; n]), numactive: Cell::new(n), fill: opt(Some(fill)) }))
}

fn zip_longest_next(vm: &mut Vm, args: Args) -> PyResult {
    let z = this::<ZipLongest>(&args, "zip_longest")?;
    let n = z.its.borrow().len();
    if n == 0 || z.numactive.get() == 0 {
        return Err(crate::error::stop_iteration());
    }
    let fill = get(&z.fill).unwrap_or_else(Value::none);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        if !z.active.borrow()[i] {
            out.push(fill.clone());
            continue;
        }
        let it = z.its.borrow()[i].clone();
        match vm.next(&it) {
            Ok(Some(v)) => out.push(v),
            Ok(None) => {
                z.numactive.set(z.numactive.get() - 1);
                if z.numactive.get() == 0 {
                    return Err(crate::error::stop_iteration());
                }
                z.active.borrow_mut()[i] = false;
                out.push(fill.clone());
            }
            Err(e) => {
                z.numactive.set(0);
                return Err(e);
            }
        }
    }
    Ok(Value::tuple(out))
}

// ---- combinatorics ----------------------------------------------------------------------------

/// Shared state of product / permutations / combinations / combinations_with_replacement.
struct Combo {
    /// product: every pool flattened, with `sizes` giving each pool's length.
    pool: RefCell<Vec<Value>>,
    sizes: Vec<usize>,
    indices: RefCell<Vec<usize>>,
    cycles: RefCell<Vec<usize>>,
    r: usize,
    started: Cell<bool>,
    stopped: Cell<bool>,
}
native_object!(Combo; pool);

impl Combo {
    fn new(pool: Vec<Value>, sizes: Vec<usize>, r: usize) -> Combo {
        Combo { pool: RefCell::new(pool), sizes, indices: RefCell::new(Vec::new()), cycles: RefCell::new(Vec::new()), r, started: Cell::new(false), stopped: Cell::new(false) }
    }
    fn n(&self) -> usize {
        self.pool.borrow().len()
    }
    fn pick(&self, idx: &[usize]) -> Value {
        let pool = self.pool.borrow();
        Value::tuple(idx.iter().map(|&i| pool[i].clone()).collect())
    }
    fn stop(&self) -> PyResult {
        self.stopped.set(true);
        Err(crate::error::stop_iteration())
    }
}

fn r_arg(vm: &mut Vm, r: Option<Value>, perm: bool) -> PyResult<Option<usize>> {
    match r {
        None => Ok(None),
        Some(r) if r.is_none() && perm => Ok(None),
        Some(r) => {
            if perm && r.as_int().is_none() {
                return Err(type_error("Expected int as r"));
            }
            let r = vm.to_isize(&r)?;
            if r < 0 {
                return Err(value_error("r must be non-negative"));
            }
            Ok(Some(r as usize))
        }
    }
}

fn product_new(vm: &mut Vm, args: Args) -> PyResult {
    let mut repeat = 1isize;
    for (k, v) in args.kwargs() {
        if k.as_str() == Some("repeat") {
            repeat = vm.to_isize(v)?;
        } else {
            return Err(type_error(format!("'{}' is an invalid keyword argument for product()", k.as_str().unwrap_or(""))));
        }
    }
    if repeat < 0 {
        return Err(value_error("repeat argument cannot be negative"));
    }
    let mut pools = Vec::new();
    for a in &args.pos()[1..] {
        pools.push(vm.collect_iter(a)?);
    }
    let mut flat = Vec::new();
    let mut sizes = Vec::new();
    for _ in 0..repeat {
        for p in &pools {
            flat.extend(p.iter().cloned());
            sizes.push(p.len());
        }
    }
    Ok(alloc_native(cls_of(&args), Combo::new(flat, sizes, 0)))
}

fn product_next(_vm: &mut Vm, args: Args) -> PyResult {
    let c = this::<Combo>(&args, "product")?;
    if c.stopped.get() {
        return Err(crate::error::stop_iteration());
    }
    let np = c.sizes.len();
    let offsets: Vec<usize> = c.sizes.iter().scan(0, |acc, s| {
        let o = *acc;
        *acc += s;
        Some(o)
    }).collect();
    let mut idx = c.indices.borrow_mut();
    if !c.started.get() {
        c.started.set(true);
        if c.sizes.iter().any(|&s| s == 0) {
            drop(idx);
            return c.stop();
        }
        *idx = vec![0; np];
    } else {
        let mut i = np;
        loop {
            if i == 0 {
                drop(idx);
                return c.stop();
            }
            i -= 1;
            idx[i] += 1;
            if idx[i] < c.sizes[i] {
                break;
            }
            idx[i] = 0;
        }
    }
    let pick: Vec<usize> = idx.iter().zip(&offsets).map(|(i, o)| i + o).collect();
    drop(idx);
    Ok(c.pick(&pick))
}

fn permutations_new(vm: &mut Vm, args: Args) -> PyResult {
    let [iterable, r] = bind_new(&args, "permutations", ["iterable", "r"], 1, 0)?;
    let pool = vm.collect_iter(&iterable.unwrap_or_else(Value::none))?;
    let n = pool.len();
    let r = r_arg(vm, r, true)?.unwrap_or(n);
    Ok(alloc_native(cls_of(&args), Combo::new(pool, vec![], r)))
}

fn permutations_next(_vm: &mut Vm, args: Args) -> PyResult {
    let c = this::<Combo>(&args, "permutations")?;
    if c.stopped.get() {
        return Err(crate::error::stop_iteration());
    }
    let (n, r) = (c.n(), c.r);
    let mut idx = c.indices.borrow_mut();
    let mut cyc = c.cycles.borrow_mut();
    if !c.started.get() {
        c.started.set(true);
        if r > n {
            drop((idx, cyc));
            return c.stop();
        }
        *idx = (0..n).collect();
        *cyc = (0..r).map(|i| n - i).collect();
    } else {
        if n == 0 {
            drop((idx, cyc));
            return c.stop();
        }
        let mut i = r;
        loop {
            if i == 0 {
                drop((idx, cyc));
                return c.stop();
            }
            i -= 1;
            cyc[i] -= 1;
            if cyc[i] == 0 {
                let x = idx.remove(i);
                idx.push(x);
                cyc[i] = n - i;
            } else {
                let j = cyc[i];
                idx.swap(i, n - j);
                break;
            }
        }
    }
    let pick: Vec<usize> = idx[..r].to_vec();
    drop((idx, cyc));
    Ok(c.pick(&pick))
}

fn combinations_new(vm: &mut Vm, args: Args) -> PyResult {
    let [iterable, r] = bind_new(&args, "combinations", ["iterable", "r"], 2, 0)?;
    let pool = vm.collect_iter(&iterable.unwrap_or_else(Value::none))?;
    let r = r_arg(vm, r, false)?.unwrap_or(0);
    Ok(alloc_native(cls_of(&args), Combo::new(pool, vec![], r)))
}

fn combinations_next(_vm: &mut Vm, args: Args) -> PyResult {
    let c = this::<Combo>(&args, "combinations")?;
    if c.stopped.get() {
        return Err(crate::error::stop_iteration());
    }
    let (n, r) = (c.n(), c.r);
    let mut idx = c.indices.borrow_mut();
    if !c.started.get() {
        c.started.set(true);
        if r > n {
            drop(idx);
            return c.stop();
        }
        *idx = (0..r).collect();
    } else {
        let Some(i) = (0..r).rev().find(|&i| idx[i] != i + n - r) else {
            drop(idx);
            return c.stop();
        };
        idx[i] += 1;
        for j in i + 1..r {
            idx[j] = idx[j - 1] + 1;
        }
    }
    let pick = idx.clone();
    drop(idx);
    Ok(c.pick(&pick))
}

fn cwr_new(vm: &mut Vm, args: Args) -> PyResult {
    let [iterable, r] = bind_new(&args, "combinations_with_replacement", ["iterable", "r"], 2, 0)?;
    let pool = vm.collect_iter(&iterable.unwrap_or_else(Value::none))?;
    let r = r_arg(vm, r, false)?.unwrap_or(0);
    Ok(alloc_native(cls_of(&args), Combo::new(pool, vec![], r)))
}

fn cwr_next(_vm: &mut Vm, args: Args) -> PyResult {
    let c = this::<Combo>(&args, "combinations_with_replacement")?;
    if c.stopped.get() {
        return Err(crate::error::stop_iteration());
    }
    let (n, r) = (c.n(), c.r);
    let mut idx = c.indices.borrow_mut();
    if !c.started.get() {
        c.started.set(true);
        if n == 0 && r > 0 {
            drop(idx);
            return c.stop();
        }
        *idx = vec![0; r];
    } else {
        let Some(i) = (0..r).rev().find(|&i| idx[i] != n - 1) else {
            drop(idx);
            return c.stop();
        };
        let v = idx[i] + 1;
        for j in i..r {
            idx[j] = v;
        }
    }
    let pick = idx.clone();
    drop(idx);
    Ok(c.pick(&pick))
}
