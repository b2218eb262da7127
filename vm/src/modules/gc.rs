//! The `gc` module over the VM's cycle collector (`crate::gc`): collect (running the
//! finalizers and weakref callbacks it queued before returning, as CPython does), enable/
//! disable, thresholds and counts. Object enumeration (`get_objects`, `get_referrers`) is not
//! provided.

use crate::error::{value_error, PyResult};
use crate::modules::support::{new_module, set_attr};
use crate::runtime::rt;
use crate::types::builtin::{Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("collect", collect),
    ("enable", enable),
    ("disable", disable),
    ("isenabled", isenabled),
    ("get_count", get_count),
    ("get_threshold", get_threshold),
    ("set_threshold", set_threshold),
    ("is_tracked", is_tracked),
    ("is_finalized", is_finalized),
    ("freeze", noop),
    ("unfreeze", noop),
    ("get_freeze_count", zero),
    ("set_debug", noop),
    ("get_debug", zero),
];

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("gc", FUNCTIONS);
    set_attr(&m, "garbage", Value::list(vec![]));
    set_attr(&m, "callbacks", Value::list(vec![]));
    for (i, n) in ["DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL", "DEBUG_LEAK"].iter().enumerate() {
        set_attr(&m, n, Value::int([1, 2, 4, 32, 38][i]));
    }
    Ok(m)
}

fn collect(vm: &mut Vm, args: Args) -> PyResult {
    let [generation] = args.bind("collect", ["generation"], 0, 0)?;
    let gen = match generation {
        Some(g) => vm.to_isize(&g)?,
        None => 2,
    };
    if !(0..=2).contains(&gen) {
        return Err(value_error("invalid generation"));
    }
    let n = crate::gc::collect(vm, gen as usize);
    vm.run_finalizers();
    Ok(Value::int(n as i64))
}

fn enable(_vm: &mut Vm, _args: Args) -> PyResult {
    rt().gc_enabled.set(true);
    Ok(Value::none())
}

fn disable(_vm: &mut Vm, _args: Args) -> PyResult {
    rt().gc_enabled.set(false);
    Ok(Value::none())
}

fn isenabled(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::bool(rt().gc_enabled.get()))
}

fn get_count(_vm: &mut Vm, _args: Args) -> PyResult {
    let c = rt().gc_counts.get();
    Ok(Value::tuple(vec![Value::int(rt().gc_allocs.get().max(0) as i64), Value::int(c[0] as i64), Value::int(c[1] as i64)]))
}

fn get_threshold(_vm: &mut Vm, _args: Args) -> PyResult {
    let t = rt().gc_thresholds.get();
    Ok(Value::tuple(t.iter().map(|x| Value::int(*x as i64)).collect()))
}

fn set_threshold(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("set_threshold", 1, 3)?;
    let mut t = rt().gc_thresholds.get();
    for (i, v) in pos.iter().enumerate() {
        t[i] = vm.to_isize(v)?.max(0) as usize;
    }
    rt().gc_thresholds.set(t);
    Ok(Value::none())
}

fn is_tracked(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("is_tracked", 1, 1)?;
    Ok(Value::bool(pos[0].header().map(|h| h.has_flag(crate::object::flag::TRACKED)).unwrap_or(false)))
}

fn is_finalized(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("is_finalized", 1, 1)?;
    Ok(Value::bool(pos[0].header().map(|h| h.has_flag(crate::object::flag::FINALIZED)).unwrap_or(false)))
}

fn noop(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::none())
}

fn zero(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::int(0))
}
