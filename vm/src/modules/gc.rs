//! The `gc` module: control of and introspection into the cycle collector (`crate::gc`).

use crate::error::{type_error, value_error, PyResult};
use crate::gc::{collect, visit_children, STATS};
use crate::object::{flag, Header};
use crate::runtime::rt;
use crate::types::builtin::{Args, NativeFn};
use crate::types::dict::DictData;
use crate::value::Value;
use crate::vm::Vm;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("enable", gc_enable),
    ("disable", gc_disable),
    ("isenabled", gc_isenabled),
    ("collect", gc_collect),
    ("get_count", gc_get_count),
    ("get_threshold", gc_get_threshold),
    ("set_threshold", gc_set_threshold),
    ("get_debug", gc_get_debug),
    ("set_debug", gc_set_debug),
    ("get_objects", gc_get_objects),
    ("get_referents", gc_get_referents),
    ("get_referrers", gc_get_referrers),
    ("is_tracked", gc_is_tracked),
    ("is_finalized", gc_is_finalized),
    ("get_stats", gc_get_stats),
    ("freeze", gc_freeze),
    ("unfreeze", gc_freeze),
    ("get_freeze_count", gc_get_freeze_count),
];

const DEBUG_FLAGS: &[(&str, i64)] =
    &[("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4), ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38)];

thread_local! {
    static DEBUG: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = crate::types::module::new_module("gc");
    let d = crate::types::module::module_dict(&m).unwrap_or_else(Value::dict);
    if let Some(dd) = d.downcast::<DictData>() {
        for (name, f) in FUNCTIONS {
            dd.set_str(Value::intern(name), crate::types::new_builtin_function(name, *f, Some(m.clone())));
        }
        for (name, v) in DEBUG_FLAGS {
            dd.set_str(Value::intern(name), Value::int(*v));
        }
        // Nothing is ever uncollectable here (finalizers run, PEP 442), so `garbage` stays empty.
        dd.set_str(Value::intern("garbage"), Value::list(Vec::new()));
        let callbacks = Value::list(Vec::new());
        STATS.with(|s| *s.callbacks.borrow_mut() = Some(callbacks.clone()));
        dd.set_str(Value::intern("callbacks"), callbacks);
    }
    Ok(m)
}

fn gc_enable(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("enable", 0, 0)?;
    rt().gc_enabled.set(true);
    Ok(Value::none())
}

fn gc_disable(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("disable", 0, 0)?;
    rt().gc_enabled.set(false);
    Ok(Value::none())
}

fn gc_isenabled(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("isenabled", 0, 0)?;
    Ok(Value::bool(rt().gc_enabled.get()))
}

fn gc_collect(vm: &mut Vm, args: Args) -> PyResult {
    let [generation] = args.bind("collect", ["generation"], 0, 0)?;
    let gen = match generation {
        Some(g) => vm.to_isize(&g)?,
        None => 2,
    };
    if !(0..=2).contains(&gen) {
        return Err(value_error("invalid generation"));
    }
    Ok(Value::int(collect(vm, gen as usize) as i64))
}

fn gc_get_count(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("get_count", 0, 0)?;
    let r = rt();
    let c = r.gc_counts.get();
    Ok(Value::tuple(vec![Value::int(r.gc_allocs.get().max(0) as i64), Value::int(c[0] as i64), Value::int(c[1] as i64)]))
}

fn gc_get_threshold(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("get_threshold", 0, 0)?;
    Ok(Value::tuple(rt().gc_thresholds.get().iter().map(|t| Value::int(*t as i64)).collect()))
}

fn gc_set_threshold(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("set_threshold", 1, 3)?;
    let mut th = rt().gc_thresholds.get();
    for (i, v) in pos.iter().enumerate() {
        th[i] = vm.to_isize(v)?.max(0) as usize;
    }
    rt().gc_thresholds.set(th);
    Ok(Value::none())
}

fn gc_get_debug(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("get_debug", 0, 0)?;
    Ok(Value::int(DEBUG.with(|d| d.get())))
}

fn gc_set_debug(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("set_debug", 1, 1)?;
    let f = vm.to_isize(&pos[0])? as i64;
    DEBUG.with(|d| d.set(f));
    Ok(Value::none())
}

/// The tracked objects of generation `gen` (all generations for None).
fn tracked(gen: Option<usize>) -> Vec<Value> {
    let gens = rt().gens();
    let range = match gen {
        Some(g) => g..g + 1,
        None => 0..3,
    };
    // SAFETY: tracked objects are alive; from_ptr takes a new reference.
    range.flat_map(|g| gens[g].clone()).map(|p| unsafe { Value::from_ptr(p) }).collect()
}

fn gc_get_objects(vm: &mut Vm, args: Args) -> PyResult {
    let [generation] = args.bind("get_objects", ["generation"], 0, 0)?;
    let gen = match generation.filter(|g| !g.is_none()) {
        None => None,
        Some(g) => {
            let g = vm.to_isize(&g)?;
            if g >= 3 {
                return Err(value_error(format!("generation parameter must be less than the number of available generations (3)")));
            }
            if g < 0 {
                return Err(value_error("generation parameter cannot be negative"));
            }
            Some(g as usize)
        }
    };
    Ok(Value::list(tracked(gen)))
}

/// The objects `v` refers to, as the collector sees them (containers only).
fn referents(v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    if let Some(h) = v.header() {
        if h.has_flag(flag::TRACKED) {
            visit_children(h, &mut |c: &Value| out.push(c.clone()));
        }
    }
    out
}

fn gc_get_referents(_vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("get_referents")?;
    Ok(Value::list(args.pos().iter().flat_map(referents).collect()))
}

fn gc_get_referrers(_vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("get_referrers")?;
    let targets: Vec<usize> = args.pos().iter().map(|v| v.bits()).collect();
    let mut out = Vec::new();
    for obj in tracked(None) {
        let mut hit = false;
        if let Some(h) = obj.header() {
            visit_children(h, &mut |c: &Value| hit |= targets.contains(&c.bits()));
        }
        if hit {
            out.push(obj);
        }
    }
    Ok(Value::list(out))
}

fn header_flag(args: &Args, name: &str, f: u8) -> PyResult<bool> {
    let pos = args.check(name, 1, 1)?;
    Ok(pos[0].header().is_some_and(|h: &Header| h.has_flag(f)))
}

fn gc_is_tracked(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(header_flag(&args, "is_tracked", flag::TRACKED)?))
}

fn gc_is_finalized(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(header_flag(&args, "is_finalized", flag::FINALIZED)?))
}

fn gc_get_stats(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("get_stats", 0, 0)?;
    let st = STATS.with(|s| s.per_gen.get());
    let mut out = Vec::new();
    for (collections, collected) in st {
        let d = Value::dict();
        if let Some(dd) = d.downcast::<DictData>() {
            dd.set_str(Value::intern("collections"), Value::int(collections as i64));
            dd.set_str(Value::intern("collected"), Value::int(collected as i64));
            dd.set_str(Value::intern("uncollectable"), Value::int(0));
        }
        out.push(d);
    }
    Ok(Value::list(out))
}

/// freeze()/unfreeze(): there is no permanent generation (no fork() to share pages with), so
/// these only check their arguments and the freeze count stays 0.
fn gc_freeze(_vm: &mut Vm, args: Args) -> PyResult {
    if !args.pos().is_empty() || args.has_kwargs() {
        return Err(type_error("freeze() takes no arguments"));
    }
    Ok(Value::none())
}

fn gc_get_freeze_count(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("get_freeze_count", 0, 0)?;
    Ok(Value::int(0))
}
