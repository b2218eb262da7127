//! The `atexit` module: callbacks kept in a list on the module, run last-in first-out by
//! `run_exitfuncs` when the main program ends (weakref.finalize relies on it).

use crate::error::{type_error, PyResult};
use crate::modules::support::{new_module, set_attr};
use crate::types::builtin::{Args, NativeFn};
use crate::types::dict::DictData;
use crate::value::Value;
use crate::vm::Vm;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("register", register),
    ("unregister", unregister),
    ("_run_exitfuncs", run),
    ("_clear", clear),
    ("_ncallbacks", ncallbacks),
];

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("atexit", FUNCTIONS);
    set_attr(&m, "_exithandlers", Value::list(vec![]));
    Ok(m)
}

/// The handler list of the imported `atexit` module, if any.
fn handlers(vm: &mut Vm) -> Option<Value> {
    let m = vm.modules.downcast::<DictData>()?.get_item_str("atexit")?;
    let d = crate::types::module::module_dict(&m)?;
    d.downcast::<DictData>()?.get_item_str("_exithandlers").filter(|l| l.as_list().is_some())
}

fn register(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let Some(func) = pos.first() else { return Err(type_error("register() takes at least 1 argument (0 given)")) };
    if !crate::builtins::is_callable(func) {
        return Err(type_error("the first argument must be callable"));
    }
    let kw = Value::dict();
    if let Some(d) = kw.downcast::<DictData>() {
        for (k, v) in args.kwargs() {
            d.set(vm, k.clone(), v.clone())?;
        }
    }
    if let Some(l) = handlers(vm) {
        l.as_list().map(|l| l.push(Value::tuple(vec![func.clone(), Value::tuple(pos[1..].to_vec()), kw])));
    }
    Ok(func.clone())
}

fn unregister(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("unregister", 1, 1)?;
    let Some(l) = handlers(vm) else { return Ok(Value::none()) };
    let mut keep = Vec::new();
    for h in l.as_list().map(|l| l.snapshot()).unwrap_or_default() {
        let f = h.as_tuple().and_then(|t| t.first().cloned()).unwrap_or_else(Value::none);
        if !vm.eq(&f, &pos[0])? {
            keep.push(h);
        }
    }
    if let Some(l) = l.as_list() {
        l.replace(keep);
    }
    Ok(Value::none())
}

/// Runs and clears the registered callbacks, newest first; errors are reported, not raised.
pub fn run_exitfuncs(vm: &mut Vm) {
    let Some(l) = handlers(vm) else { return };
    let items = l.as_list().map(|l| l.snapshot()).unwrap_or_default();
    if let Some(l) = l.as_list() {
        l.replace(vec![]);
    }
    for h in items.into_iter().rev() {
        let Some([f, a, kw]) = h.as_tuple().map(|t| t.to_vec()).and_then(|t| <[Value; 3]>::try_from(t).ok()) else { continue };
        let pos = a.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
        let kwargs: Vec<(Value, Value)> = kw.downcast::<DictData>().map(|d| d.items()).unwrap_or_default();
        if let Err(e) = vm.call_kw(&f, &pos, &kwargs) {
            if e.matches(crate::error::ExcType::SystemExit) {
                continue;
            }
            vm.report_unraisable(&e, Some(&f), "Exception ignored in atexit callback: ");
        }
    }
}

fn run(vm: &mut Vm, _args: Args) -> PyResult {
    run_exitfuncs(vm);
    Ok(Value::none())
}

fn clear(vm: &mut Vm, _args: Args) -> PyResult {
    if let Some(l) = handlers(vm).and_then(|l| l.as_list().map(|_| l.clone())) {
        if let Some(l) = l.as_list() {
            l.replace(vec![]);
        }
    }
    Ok(Value::none())
}

fn ncallbacks(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::int(handlers(vm).and_then(|l| l.as_list().map(|l| l.len())).unwrap_or(0) as i64))
}
