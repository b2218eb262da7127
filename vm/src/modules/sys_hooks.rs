//! The `sys` functions few programs call, kept off the core VM (they load with the "cold"
//! wasm chunk): the switch interval, trace/profile hooks (accepted, never called), the
//! async generator hooks (stored in sys.rs, where the generator code reads them) and the
//! coroutine origin tracking depth.

use crate::error::{type_error, value_error, PyResult};
use crate::modules::structseq::Spec;
use crate::types::builtin::Args;
use crate::value::Value;
use crate::vm::Vm;

pub(crate) fn sys_none(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::none())
}

pub(crate) fn sys_zero(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::int(0))
}

thread_local! {
    /// `sys.setswitchinterval` (there is one thread, so it only has to read back).
    static SWITCH_INTERVAL: std::cell::Cell<f64> = const { std::cell::Cell::new(0.005) };
    static ASYNCGEN_HOOKS_TYPE: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
    /// `sys.set_coroutine_origin_tracking_depth` (recorded, no origins are tracked).
    static CORO_DEPTH: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

pub(crate) fn sys_getswitchinterval(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::float(SWITCH_INTERVAL.with(|c| c.get())))
}

pub(crate) fn sys_setswitchinterval(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("setswitchinterval", 1, 1)?;
    let f = vm.to_f64(&pos[0])?;
    if f <= 0.0 {
        return Err(value_error("switch interval must be strictly positive"));
    }
    SWITCH_INTERVAL.with(|c| c.set(f));
    Ok(Value::none())
}

/// `sys.settrace` / `sys.setprofile`: accepted, but pygmy calls no trace functions.
pub(crate) fn sys_set_hook(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("settrace", 1, 1)?;
    Ok(Value::none())
}

pub(crate) fn sys_call_tracing(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("call_tracing", 2, 2)?;
    let Some(a) = pos[1].as_tuple() else {
        return Err(type_error(format!("call_tracing() argument 2 must be tuple, not {}", crate::types::typeobj::type_name(&pos[1]))));
    };
    let a = a.to_vec();
    vm.call(&pos[0], &a)
}

static ASYNCGEN_HOOKS_SPEC: Spec = Spec { name: "asyncgen_hooks", fields: &["firstiter", "finalizer"], n_seq: 2 };

pub(crate) fn sys_get_asyncgen_hooks(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("get_asyncgen_hooks", 0, 0)?;
    let (first, fin) = super::sys::asyncgen_hooks();
    let t = ASYNCGEN_HOOKS_TYPE.with(|t| t.borrow_mut().get_or_insert_with(|| crate::modules::structseq::new_type(&ASYNCGEN_HOOKS_SPEC)).clone());
    crate::modules::structseq::new(&t, vec![first.unwrap_or_else(Value::none), fin.unwrap_or_else(Value::none)])
}

pub(crate) fn sys_set_asyncgen_hooks(_vm: &mut Vm, args: Args) -> PyResult {
    // PyArg_ParseTupleAndKeywords without a function name: "... for this function".
    if let Some((k, _)) = args.kwargs().find(|(k, _)| !matches!(k.as_str(), Some("firstiter" | "finalizer"))) {
        return Err(type_error(format!("'{}' is an invalid keyword argument for this function", k.as_str().unwrap_or(""))));
    }
    let [first, fin] = args.bind("set_asyncgen_hooks", ["firstiter", "finalizer"], 0, 0)?;
    // CPython checks the finalizer first; a hook left out keeps its value.
    for (v, what) in [(&fin, "finalizer"), (&first, "firstiter")] {
        if let Some(v) = v {
            if !v.is_none() && !crate::builtins::is_callable(v) {
                return Err(type_error(format!("callable {what} expected, got {}", crate::types::typeobj::type_name(v))));
            }
        }
    }
    let some = |v: Value| if v.is_none() { None } else { Some(v) };
    super::sys::ASYNCGEN_HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        let old = (
            fin.map(|v| std::mem::replace(&mut h.1, some(v))),
            first.map(|v| std::mem::replace(&mut h.0, some(v))),
        );
        drop(h);
        drop(old);
    });
    Ok(Value::none())
}

pub(crate) fn sys_get_coro_depth(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::int(CORO_DEPTH.with(|c| c.get())))
}

pub(crate) fn sys_set_coro_depth(vm: &mut Vm, args: Args) -> PyResult {
    let [d] = args.bind("set_coroutine_origin_tracking_depth", ["depth"], 1, 0)?;
    let d = vm.to_ssize(&d.unwrap_or_else(Value::none))?;
    if d < 0 {
        return Err(value_error("depth must be >= 0"));
    }
    CORO_DEPTH.with(|c| c.set(d));
    Ok(Value::none())
}

