//! The `_functools` module: `reduce`, `partial` and `cmp_to_key` natively, with CPython's
//! reprs, attribute rules and error messages (functools.py's pure versions word errors
//! differently). `_lru_cache_wrapper` is not provided: functools.py's pure-Python LRU
//! cache is used (decision and figures in the stdlib notes of this module's commit).

use crate::error::{type_error, PyResult};
use crate::modules::support::{add_type, alloc_native, get, native_object, native_type, new_module, opt, put, this, Opt};
use crate::object::Kind;
use crate::types::builtin::{classmethod, method, staticmethod, Args, MethodDef, NativeFn};
use crate::types::descr::{Getter, Setter};
use crate::types::dict::DictData;
use crate::types::typeobj::{is_subtype_ptr, tdata, type_name};
use crate::value::Value;
use crate::vm::Vm;
use pygmy_bytecode::CompareOp;

const FUNCTIONS: &[(&str, NativeFn)] = &[("reduce", reduce), ("cmp_to_key", cmp_to_key)];

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("_functools", FUNCTIONS);
    let p = add_type(Some(&m), "functools", "partial", None, &[PARTIAL_METHODS], PARTIAL_GETSETS, true);
    // Instances have a __dict__ (ext slot 0), as CPython's partial.
    let td = tdata(&p);
    td.ext_len.set(1);
    td.dict_index.set(0);
    td.has_dict_slot.set(true);
    let k = add_type(None, "functools", "KeyWrapper", None, &[KEY_METHODS], KEY_GETSETS, false);
    if let Some(d) = tdata(&k).dict().downcast::<DictData>() {
        d.set_str(Value::intern("__hash__"), Value::none());
    }
    Ok(m)
}

// ---- reduce -----------------------------------------------------------------------------------

fn reduce(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("reduce")?;
    let pos = args.pos();
    crate::modules::support::check_positional("reduce", pos.len(), 2, 3)?;
    let it = vm.iter(&pos[1]).map_err(|e| if e.matches(crate::error::ExcType::TypeError) { type_error("reduce() arg 2 must support iteration") } else { e })?;
    let mut acc = pos.get(2).cloned();
    while let Some(x) = vm.next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(a) => vm.call(&pos[0], &[a, x])?,
        });
    }
    acc.ok_or_else(|| type_error("reduce() of empty iterable with no initial value"))
}

// ---- partial ----------------------------------------------------------------------------------

struct Partial {
    func: Opt,
    /// A tuple.
    args: Opt,
    /// A dict.
    kw: Opt,
}
native_object!(Partial; func, args, kw);

const PARTIAL_METHODS: &[MethodDef] = &[
    staticmethod("__new__", partial_new),
    method("__call__", partial_call),
    method("__repr__", partial_repr),
    method("__reduce__", partial_reduce),
    method("__setstate__", partial_setstate),
    classmethod("__class_getitem__", crate::types::generic_alias_new),
];

const PARTIAL_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("func", partial_func, Some(readonly)),
    ("args", partial_args, Some(readonly)),
    ("keywords", partial_keywords, Some(readonly)),
    ("__dict__", crate::types::objtype::get_dict, Some(crate::types::objtype::set_dict)),
];

fn readonly(_vm: &mut Vm, _v: &Value, _x: Option<Value>) -> PyResult<()> {
    Err(crate::error::attribute_error("readonly attribute"))
}

fn parts(v: &Value) -> PyResult<(Value, Vec<Value>, Value)> {
    let p = v.native::<Partial>().ok_or_else(|| type_error("expected a partial"))?;
    Ok((
        get(&p.func).unwrap_or_else(Value::none),
        get(&p.args).and_then(|a| a.as_tuple().map(|t| t.to_vec())).unwrap_or_default(),
        get(&p.kw).unwrap_or_else(Value::dict),
    ))
}

fn dict_copy(d: &Value) -> Value {
    Value::from_dict(d.downcast::<DictData>().map(|d| d.copy()).unwrap_or_default())
}

fn partial_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = &args.all[0];
    let pos = &args.pos()[1..];
    let Some(first) = pos.first() else { return Err(type_error("type 'partial' takes at least one argument")) };
    let (mut func, mut pargs, mut pkw) = (first.clone(), Vec::new(), Value::dict());
    // Flatten partial(partial(f, a), b) when the inner one has no instance attributes.
    if is_subtype_ptr(func.class_ptr(), native_type("functools.partial").as_ptr()) && func.native::<Partial>().is_some() {
        let has_dict = vm.instance_dict(&func).and_then(|d| d.downcast::<DictData>().map(|d| !d.is_empty())).unwrap_or(false);
        let plain_call = crate::types::typeobj::lookup_str(&func.class(), "__call__").map(|c| c.kind() == Kind::MethodDescr).unwrap_or(false);
        if !has_dict && plain_call {
            let (f, a, k) = parts(&func)?;
            func = f;
            pargs = a;
            pkw = dict_copy(&k);
        }
    }
    if !crate::builtins::is_callable(&func) {
        return Err(type_error("the first argument must be callable"));
    }
    pargs.extend(pos[1..].iter().cloned());
    if let Some(d) = pkw.downcast::<DictData>() {
        for (k, v) in args.kwargs() {
            d.set(vm, k.clone(), v.clone())?;
        }
    }
    Ok(alloc_native(cls, Partial { func: opt(Some(func)), args: opt(Some(Value::tuple(pargs))), kw: opt(Some(pkw)) }))
}

fn partial_call(vm: &mut Vm, args: Args) -> PyResult {
    let (func, mut all, kw) = parts(args.self_())?;
    all.extend(args.pos()[1..].iter().cloned());
    let mut names = Vec::new();
    let mut vals = Vec::new();
    if let Some(d) = kw.downcast::<DictData>() {
        for (k, v) in d.items() {
            if args.kwnames.iter().any(|n| vm.eq(n, &k).unwrap_or(false)) {
                continue;
            }
            names.push(k);
            vals.push(v);
        }
    }
    for (k, v) in args.kwargs() {
        names.push(k.clone());
        vals.push(v.clone());
    }
    all.extend(vals);
    vm.call_args(&func, Args { all: &all, kwnames: &names })
}

fn partial_repr(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    if !vm.repr_enter(me) {
        return Ok(Value::str("..."));
    }
    let r = (|| -> PyResult<String> {
        let (func, a, kw) = parts(me)?;
        let mut s = format!("{}({}", type_name(me), vm.repr_string(&func)?);
        for x in &a {
            s.push_str(", ");
            s.push_str(&vm.repr_string(x)?);
        }
        if let Some(d) = kw.downcast::<DictData>() {
            for (k, v) in d.items() {
                s.push_str(&format!(", {}={}", vm.str_string(&k)?, vm.repr_string(&v)?));
            }
        }
        s.push(')');
        Ok(s)
    })();
    vm.repr_leave(me);
    Ok(Value::string(r?))
}

fn partial_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let (func, a, kw) = parts(me)?;
    let d = vm.instance_dict(me).filter(|d| d.downcast::<DictData>().map(|d| !d.is_empty()).unwrap_or(false)).unwrap_or_else(Value::none);
    Ok(Value::tuple(vec![me.class(), Value::tuple(vec![func.clone()]), Value::tuple(vec![func, Value::tuple(a), kw, d])]))
}

fn partial_setstate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__setstate__", 1, 1)?;
    let p = this::<Partial>(&args, "functools.partial")?;
    let st = pos[1].as_tuple().filter(|t| t.len() == 4).ok_or_else(|| type_error("argument to __setstate__ must be a tuple"))?.to_vec();
    if !crate::builtins::is_callable(&st[0]) || st[1].as_tuple().is_none() || !(st[2].is_none() || st[2].kind() == Kind::Dict) {
        return Err(type_error("invalid partial state"));
    }
    put(&p.func, Some(st[0].clone()));
    put(&p.args, Some(Value::tuple(st[1].as_tuple().unwrap_or(&[]).to_vec())));
    put(&p.kw, Some(if st[2].is_none() { Value::dict() } else { dict_copy(&st[2]) }));
    if !st[3].is_none() {
        if let Some(slot) = pos[0].ext_dict_slot() {
            slot.set(Some(dict_copy(&st[3])));
        }
    }
    let _ = vm;
    Ok(Value::none())
}

fn partial_func(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(parts(v)?.0)
}

fn partial_args(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::tuple(parts(v)?.1))
}

fn partial_keywords(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(parts(v)?.2)
}

// ---- cmp_to_key -------------------------------------------------------------------------------

struct KeyWrapper {
    cmp: Opt,
    obj: Opt,
}
native_object!(KeyWrapper; cmp, obj);

const KEY_METHODS: &[MethodDef] = &[
    method("__call__", key_call),
    method("__lt__", key_lt),
    method("__le__", key_le),
    method("__eq__", key_eq),
    method("__ne__", key_ne),
    method("__gt__", key_gt),
    method("__ge__", key_ge),
];

const KEY_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("obj", key_obj, Some(key_set_obj))];

fn new_key(cmp: Value, obj: Option<Value>) -> Value {
    alloc_native(&native_type("functools.KeyWrapper"), KeyWrapper { cmp: opt(Some(cmp)), obj: opt(obj) })
}

fn cmp_to_key(_vm: &mut Vm, args: Args) -> PyResult {
    let [cmp] = args.bind("cmp_to_key", ["mycmp"], 1, 0)?;
    Ok(new_key(cmp.unwrap_or_else(Value::none), None))
}

fn key_call(_vm: &mut Vm, args: Args) -> PyResult {
    let k = this::<KeyWrapper>(&args, "functools.KeyWrapper")?;
    let [obj] = args.rest().bind("K", ["obj"], 1, 0)?;
    Ok(new_key(get(&k.cmp).unwrap_or_else(Value::none), obj))
}

fn key_compare(vm: &mut Vm, args: &Args, op: CompareOp) -> PyResult {
    let pos = args.check_method(op.dunder(), 1, 1)?;
    let a = this::<KeyWrapper>(args, "functools.KeyWrapper")?;
    let Some(b) = pos[1].native::<KeyWrapper>() else { return Err(type_error("other argument must be K instance")) };
    let (Some(x), Some(y)) = (get(&a.obj), get(&b.obj)) else { return Err(crate::error::attribute_error("object")) };
    let cmp = get(&a.cmp).unwrap_or_else(Value::none);
    let r = vm.call(&cmp, &[x, y])?;
    vm.rich_compare(&r, &Value::int(0), op)
}

fn key_lt(vm: &mut Vm, args: Args) -> PyResult {
    key_compare(vm, &args, CompareOp::Lt)
}
fn key_le(vm: &mut Vm, args: Args) -> PyResult {
    key_compare(vm, &args, CompareOp::Le)
}
fn key_eq(vm: &mut Vm, args: Args) -> PyResult {
    key_compare(vm, &args, CompareOp::Eq)
}
fn key_ne(vm: &mut Vm, args: Args) -> PyResult {
    key_compare(vm, &args, CompareOp::Ne)
}
fn key_gt(vm: &mut Vm, args: Args) -> PyResult {
    key_compare(vm, &args, CompareOp::Gt)
}
fn key_ge(vm: &mut Vm, args: Args) -> PyResult {
    key_compare(vm, &args, CompareOp::Ge)
}

fn key_obj(_vm: &mut Vm, v: &Value) -> PyResult {
    v.native::<KeyWrapper>().and_then(|k| get(&k.obj)).ok_or_else(|| crate::error::attribute_error("obj"))
}

fn key_set_obj(_vm: &mut Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    if let Some(k) = v.native::<KeyWrapper>() {
        put(&k.obj, x);
    }
    Ok(())
}
