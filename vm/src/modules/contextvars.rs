//! The `_contextvars` module with single-threaded semantics: `ContextVar`, `Token`,
//! `Context` (a read-only mapping; `run` enters it) and `copy_context`. A context holds a
//! dict from variables to values; `set` writes the current context's dict and
//! `copy_context` copies it (CPython shares a HAMT instead; contexts are small).

use crate::error::{key_error, runtime_error, type_error, value_error, ExcType, PyErr, PyResult};
use crate::modules::support::{add_type, alloc_native, get, native_object, native_type, new_module, opt, set_attr, this, Opt};
use crate::types::builtin::{classmethod, method, staticmethod, Args, MethodDef, NativeFn};
use crate::types::descr::{Getter, Setter};
use crate::types::dict::DictData;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;

const FUNCTIONS: &[(&str, NativeFn)] = &[("copy_context", copy_context)];

thread_local! {
    /// Entered contexts, innermost last; the first is the thread's base context. Never
    /// dropped (it may outlive the runtime at thread exit).
    static STACK: RefCell<ManuallyDrop<Vec<Value>>> = RefCell::new(ManuallyDrop::new(Vec::new()));
}

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("_contextvars", FUNCTIONS);
    add_type(Some(&m), "_contextvars", "Context", None, &[CONTEXT_METHODS], &[], false);
    add_type(Some(&m), "_contextvars", "ContextVar", None, &[VAR_METHODS], VAR_GETSETS, false);
    let tok = add_type(Some(&m), "_contextvars", "Token", None, &[TOKEN_METHODS], TOKEN_GETSETS, false);
    let missing = add_type(None, "_contextvars", "Token.MISSING", None, &[&[method("__repr__", missing_repr)]], &[], false);
    if let Some(d) = crate::types::typeobj::tdata(&tok).dict().downcast::<DictData>() {
        d.set_str(Value::intern("MISSING"), alloc_native(&missing, Missing));
    }
    if let Some(d) = crate::types::typeobj::tdata(&native_type("_contextvars.Context")).dict().downcast::<DictData>() {
        d.set_str(Value::intern("__hash__"), Value::none());
    }
    set_attr(&m, "__doc__", Value::none());
    Ok(m)
}

struct Missing;
native_object!(Missing;);

fn missing_repr(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::str("<Token.MISSING>"))
}

fn missing() -> Value {
    let tok = native_type("_contextvars.Token");
    crate::types::typeobj::tdata(&tok).dict().downcast::<DictData>().and_then(|d| d.get_item_str("MISSING")).unwrap_or_else(Value::none)
}

// ---- Context ----------------------------------------------------------------------------------

struct Context {
    /// ContextVar -> value.
    vars: Opt,
    entered: Cell<bool>,
}
native_object!(Context; vars);

fn new_context(vars: Value) -> Value {
    alloc_native(&native_type("_contextvars.Context"), Context { vars: opt(Some(vars)), entered: Cell::new(false) })
}

/// The current context (creating the base context on first use).
fn current() -> Value {
    STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.is_empty() {
            s.push(new_context(Value::dict()));
        }
        s.last().cloned().unwrap_or_else(Value::none)
    })
}

fn vars_of(ctx: &Value) -> Value {
    ctx.native::<Context>().and_then(|c| get(&c.vars)).unwrap_or_else(Value::dict)
}

fn dict_copy(d: &Value) -> Value {
    Value::from_dict(d.downcast::<DictData>().map(|d| d.copy()).unwrap_or_default())
}

fn copy_context(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("copy_context", 0, 0)?;
    Ok(new_context(dict_copy(&vars_of(&current()))))
}

const CONTEXT_METHODS: &[MethodDef] = &[
    staticmethod("__new__", context_new),
    method("run", context_run),
    method("copy", context_copy),
    method("get", context_get),
    method("keys", context_keys),
    method("values", context_values),
    method("items", context_items),
    method("__getitem__", context_getitem),
    method("__contains__", context_contains),
    method("__len__", context_len),
    method("__iter__", context_iter),
    method("__eq__", context_eq),
];

fn context_new(_vm: &mut Vm, args: Args) -> PyResult {
    if args.all.len() > 1 {
        return Err(type_error("Context() does not accept any arguments"));
    }
    Ok(new_context(Value::dict()))
}

fn ctx<'a>(args: &Args<'a>) -> PyResult<&'a Context> {
    this::<Context>(args, "_contextvars.Context")
}

fn context_run(vm: &mut Vm, args: Args) -> PyResult {
    let c = ctx(&args)?;
    let me = args.self_().clone();
    let pos = args.pos();
    let Some(f) = pos.get(1) else { return Err(type_error("run() missing 1 required positional argument")) };
    if c.entered.get() {
        return Err(runtime_error(format!("cannot enter context: {} is already entered", vm.repr_string(&me)?)));
    }
    current();
    c.entered.set(true);
    STACK.with(|s| s.borrow_mut().push(me.clone()));
    let r = vm.call_args(f, Args { all: &args.all[2..], kwnames: args.kwnames });
    STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.last().map(|x| x.is(&me)).unwrap_or(false) {
            s.pop();
        }
    });
    c.entered.set(false);
    r
}

fn context_copy(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(new_context(dict_copy(&vars_of(args.self_()))))
}

fn key_check(vm: &mut Vm, k: &Value) -> PyResult<()> {
    if k.native::<Var>().is_none() {
        return Err(type_error(format!("a ContextVar key was expected, got {}", vm.repr_string(k)?)));
    }
    Ok(())
}

fn context_get(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("get", 1, 2)?;
    key_check(vm, &pos[1])?;
    let d = vars_of(&pos[0]);
    let found = d.downcast::<DictData>().map(|d| d.get(vm, &pos[1])).transpose()?.flatten();
    Ok(found.or_else(|| pos.get(2).cloned()).unwrap_or_else(Value::none))
}

fn context_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__getitem__", 1, 1)?;
    key_check(vm, &pos[1])?;
    let d = vars_of(&pos[0]);
    let found = d.downcast::<DictData>().map(|d| d.get(vm, &pos[1])).transpose()?.flatten();
    found.ok_or_else(|| key_error(pos[1].clone()))
}

fn context_contains(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__contains__", 1, 1)?;
    key_check(vm, &pos[1])?;
    let d = vars_of(&pos[0]);
    Ok(Value::bool(d.downcast::<DictData>().map(|d| d.contains(vm, &pos[1])).transpose()?.unwrap_or(false)))
}

fn context_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(vars_of(args.self_()).downcast::<DictData>().map(|d| d.len()).unwrap_or(0) as i64))
}

fn context_iter(vm: &mut Vm, args: Args) -> PyResult {
    let keys = Value::list(vars_of(args.self_()).downcast::<DictData>().map(|d| d.keys()).unwrap_or_default());
    vm.iter(&keys)
}

fn context_keys(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::list(vars_of(args.self_()).downcast::<DictData>().map(|d| d.keys()).unwrap_or_default()))
}

fn context_values(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::list(vars_of(args.self_()).downcast::<DictData>().map(|d| d.values()).unwrap_or_default()))
}

fn context_items(_vm: &mut Vm, args: Args) -> PyResult {
    let items = vars_of(args.self_()).downcast::<DictData>().map(|d| d.items()).unwrap_or_default();
    Ok(Value::list(items.into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect()))
}

fn context_eq(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__eq__", 1, 1)?;
    if pos[1].native::<Context>().is_none() {
        return Ok(Value::not_implemented());
    }
    let (a, b) = (vars_of(&pos[0]), vars_of(&pos[1]));
    Ok(Value::bool(vm.eq(&a, &b)?))
}

// ---- ContextVar -------------------------------------------------------------------------------

struct Var {
    name: Opt,
    default: Opt,
}
native_object!(Var; name, default);

const VAR_METHODS: &[MethodDef] = &[
    staticmethod("__new__", var_new),
    method("get", var_get),
    method("set", var_set),
    method("reset", var_reset),
    method("__repr__", var_repr),
    classmethod("__class_getitem__", crate::types::generic_alias_new),
];

const VAR_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("name", var_name, None)];

fn var_new(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = &args.pos()[1..];
    if pos.len() != 1 {
        return Err(type_error(format!("ContextVar() takes exactly 1 positional argument ({} given)", pos.len())));
    }
    let mut default = None;
    for (k, v) in args.kwargs() {
        if k.as_str() == Some("default") {
            default = Some(v.clone());
        } else {
            return Err(type_error(format!("'{}' is an invalid keyword argument for ContextVar()", k.as_str().unwrap_or(""))));
        }
    }
    if pos[0].as_str().is_none() {
        return Err(type_error("context variable name must be a str"));
    }
    Ok(alloc_native(&args.all[0], Var { name: opt(Some(pos[0].clone())), default: opt(default) }))
}

fn var<'a>(args: &Args<'a>) -> PyResult<&'a Var> {
    this::<Var>(args, "_contextvars.ContextVar")
}

fn var_get(vm: &mut Vm, args: Args) -> PyResult {
    let v = var(&args)?;
    let pos = args.check_method("ContextVar.get", 0, 1)?;
    let d = vars_of(&current());
    if let Some(x) = d.downcast::<DictData>().map(|d| d.get(vm, &pos[0])).transpose()?.flatten() {
        return Ok(x);
    }
    if let Some(x) = pos.get(1) {
        return Ok(x.clone());
    }
    if let Some(x) = get(&v.default) {
        return Ok(x);
    }
    Err(PyErr::with_args(ExcType::LookupError, vec![pos[0].clone()]))
}

fn var_set(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("set", 1, 1)?;
    let c = current();
    let d = vars_of(&c);
    let dd = d.downcast::<DictData>().ok_or_else(|| type_error("bad context"))?;
    let old = dd.get(vm, &pos[0])?;
    dd.set(vm, pos[0].clone(), pos[1].clone())?;
    Ok(alloc_native(
        &native_type("_contextvars.Token"),
        Token { var: opt(Some(pos[0].clone())), old: opt(old), ctx: opt(Some(c)), used: Cell::new(false) },
    ))
}

fn var_reset(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("reset", 1, 1)?;
    let Some(t) = pos[1].native::<Token>() else {
        return Err(type_error(format!("expected an instance of Token, got {}", vm.repr_string(&pos[1])?)));
    };
    if t.used.get() {
        return Err(runtime_error(format!("{} has already been used once", vm.repr_string(&pos[1])?)));
    }
    if !get(&t.var).map(|v| v.is(&pos[0])).unwrap_or(false) {
        return Err(value_error(format!("{} was created by a different ContextVar", vm.repr_string(&pos[1])?)));
    }
    let c = current();
    if !get(&t.ctx).map(|x| x.is(&c)).unwrap_or(false) {
        return Err(value_error(format!("{} was created in a different Context", vm.repr_string(&pos[1])?)));
    }
    t.used.set(true);
    let d = vars_of(&c);
    let dd = d.downcast::<DictData>().ok_or_else(|| type_error("bad context"))?;
    match get(&t.old) {
        Some(old) => dd.set(vm, pos[0].clone(), old)?,
        None => {
            dd.del(vm, &pos[0])?;
        }
    }
    Ok(Value::none())
}

fn var_repr(vm: &mut Vm, args: Args) -> PyResult {
    let v = var(&args)?;
    let name = vm.repr_string(&get(&v.name).unwrap_or_else(Value::none))?;
    let default = match get(&v.default) {
        Some(d) => format!(" default={}", vm.repr_string(&d)?),
        None => String::new(),
    };
    Ok(Value::string(format!("<ContextVar name={name}{default} at {:#x}>", args.self_().bits())))
}

fn var_name(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.native::<Var>().and_then(|v| get(&v.name)).unwrap_or_else(Value::none))
}

// ---- Token ------------------------------------------------------------------------------------

struct Token {
    var: Opt,
    /// None = the variable had no value (Token.MISSING).
    old: Opt,
    ctx: Opt,
    used: Cell<bool>,
}
native_object!(Token; var, old, ctx);

const TOKEN_METHODS: &[MethodDef] = &[
    staticmethod("__new__", token_new),
    method("__repr__", token_repr),
    classmethod("__class_getitem__", crate::types::generic_alias_new),
];

const TOKEN_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("var", token_var, None), ("old_value", token_old, None)];

fn token_new(_vm: &mut Vm, _args: Args) -> PyResult {
    Err(runtime_error("Tokens can only be created by ContextVars"))
}

fn token_repr(vm: &mut Vm, args: Args) -> PyResult {
    let t = this::<Token>(&args, "_contextvars.Token")?;
    let v = vm.repr_string(&get(&t.var).unwrap_or_else(Value::none))?;
    Ok(Value::string(format!("<Token{} var={v} at {:#x}>", if t.used.get() { " used" } else { "" }, args.self_().bits())))
}

fn token_var(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.native::<Token>().and_then(|t| get(&t.var)).unwrap_or_else(Value::none))
}

fn token_old(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.native::<Token>().and_then(|t| get(&t.old)).unwrap_or_else(missing))
}
