//! The `atexit` module: callbacks run last-in first-out when the program ends
//! (`Vm::run_main` calls `run_exitfuncs`).

use crate::error::{type_error, PyResult};
use crate::modules::util::new_module;
use crate::types::builtin::{Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

/// (function, args tuple, kwargs pairs).
type Callback = (Value, Vec<Value>, Vec<(Value, Value)>);

thread_local! {
    static CALLBACKS: RefCell<Vec<Callback>> = const { RefCell::new(Vec::new()) };
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("register", atexit_register),
    ("unregister", atexit_unregister),
    ("_run_exitfuncs", atexit_run),
    ("_clear", atexit_clear),
    ("_ncallbacks", atexit_ncallbacks),
];

pub fn init(_vm: &mut Vm) -> PyResult {
    Ok(new_module("atexit", FUNCTIONS))
}

fn atexit_register(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let Some(f) = pos.first() else {
        return Err(type_error("register() takes at least 1 argument (0 given)"));
    };
    if !crate::builtins::is_callable(f) {
        return Err(type_error("the first argument must be callable"));
    }
    let kw = args.kwargs().map(|(k, v)| (k.clone(), v.clone())).collect();
    CALLBACKS.with(|c| c.borrow_mut().push((f.clone(), pos[1..].to_vec(), kw)));
    Ok(f.clone())
}

fn atexit_unregister(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("unregister", 1, 1)?;
    let all = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
    let mut keep = Vec::with_capacity(all.len());
    let mut err = None;
    for cb in all {
        match vm.eq(&cb.0, &pos[0]) {
            Ok(true) => {}
            Ok(false) => keep.push(cb),
            Err(e) => {
                keep.push(cb);
                err.get_or_insert(e);
            }
        }
    }
    CALLBACKS.with(|c| {
        let mut c = c.borrow_mut();
        keep.append(&mut c);
        *c = keep;
    });
    match err {
        Some(e) => Err(e),
        None => Ok(Value::none()),
    }
}

/// Runs and clears the callbacks, newest first; errors are reported and skipped.
pub fn run_exitfuncs(vm: &mut Vm) {
    while let Some((f, a, kw)) = CALLBACKS.with(|c| c.borrow_mut().pop()) {
        if let Err(e) = vm.call_kw(&f, &a, &kw) {
            vm.report_unraisable(&e, Some(&f), "Exception ignored in atexit callback: ");
        }
    }
}

fn atexit_run(vm: &mut Vm, _args: Args) -> PyResult {
    run_exitfuncs(vm);
    Ok(Value::none())
}

fn atexit_clear(_vm: &mut Vm, _args: Args) -> PyResult {
    let old = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
    drop(old);
    Ok(Value::none())
}

fn atexit_ncallbacks(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::int(CALLBACKS.with(|c| c.borrow().len()) as i64))
}
