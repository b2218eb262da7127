//! The `_thread` module with single-threaded semantics: locks that work (a blocking acquire of
//! a held lock cannot be satisfied by another thread, so it fails after its timeout instead of
//! hanging), `RLock`, thread identity, and no thread creation. Enough for `reprlib`,
//! `functools`, `threading`-free code paths and `queue`-style users.

use crate::error::{runtime_error, value_error, ExcType, PyResult};
use crate::modules::support::{add_type, alloc_native, native_type, new_module, set_attr, this};
use crate::types::builtin::{method, staticmethod, Args, MethodDef, NativeFn};
use crate::types::native::NativeObject;
use crate::types::typeobj::type_name;
use crate::value::Value;
use crate::vm::Vm;
use std::any::Any;
use std::cell::Cell;

/// Our one thread's identity.
const IDENT: i64 = 1;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("allocate_lock", allocate_lock),
    ("allocate", allocate_lock),
    ("get_ident", get_ident),
    ("get_native_id", get_ident),
    ("_count", count),
    ("stack_size", stack_size),
    ("start_new_thread", start_new_thread),
    ("start_new", start_new_thread),
    ("interrupt_main", interrupt_main),
    ("daemon_threads_allowed", daemon_threads_allowed),
    ("_set_sentinel", allocate_lock),
    ("exit", exit),
];

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("_thread", FUNCTIONS);
    add_type(Some(&m), "_thread", "lock", None, &[LOCK_METHODS], &[], false);
    set_attr(&m, "LockType", native_type("_thread.lock"));
    add_type(Some(&m), "_thread", "RLock", None, &[RLOCK_METHODS], &[], true);
    set_attr(&m, "error", ExcType::RuntimeError.type_value());
    set_attr(&m, "TIMEOUT_MAX", Value::float(9223372036.0));
    Ok(m)
}

struct Lock {
    /// Lock: 0/1. RLock: recursion count (owner is always us).
    count: Cell<u64>,
}

impl NativeObject for Lock {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn allocate_lock(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("allocate_lock", 0, 0)?;
    Ok(alloc_native(&native_type("_thread.lock"), Lock { count: Cell::new(0) }))
}

fn get_ident(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::int(IDENT))
}

fn count(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::int(0))
}

fn stack_size(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::int(0))
}

fn start_new_thread(_vm: &mut Vm, _args: Args) -> PyResult {
    Err(runtime_error("can't start new thread"))
}

fn interrupt_main(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::none())
}

fn daemon_threads_allowed(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::bool(true))
}

fn exit(_vm: &mut Vm, _args: Args) -> PyResult {
    Err(crate::error::PyErr::with_args(ExcType::SystemExit, vec![]))
}

/// `acquire(blocking=True, timeout=-1)` arguments: whether waiting was requested.
fn acquire_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<bool> {
    let rest = args.rest();
    let [blocking, timeout] = rest.bind(name, ["blocking", "timeout"], 0, 0)?;
    let blocking = match blocking {
        Some(b) => vm.truthy(&b)?,
        None => true,
    };
    let timeout = match timeout {
        Some(t) => vm.to_f64(&t)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(value_error("timeout value must be a non-negative number"));
    }
    if blocking && timeout > 0.0 {
        vm.host.sleep(timeout);
    }
    Ok(blocking)
}

const LOCK_METHODS: &[MethodDef] = &[
    method("acquire", lock_acquire),
    method("acquire_lock", lock_acquire),
    method("__enter__", lock_acquire),
    method("release", lock_release),
    method("release_lock", lock_release),
    method("__exit__", lock_release),
    method("locked", lock_locked),
    method("locked_lock", lock_locked),
    method("_at_fork_reinit", lock_reinit),
    method("__repr__", lock_repr),
];

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult {
    let l = this::<Lock>(&args, "_thread.lock")?;
    let blocking = acquire_args(vm, &args, "acquire")?;
    if l.count.get() == 0 {
        l.count.set(1);
        return Ok(Value::bool(true));
    }
    // Held, and no other thread can release it: a wait without timeout would never end.
    let _ = blocking;
    Ok(Value::bool(false))
}

fn lock_release(_vm: &mut Vm, args: Args) -> PyResult {
    let l = this::<Lock>(&args, "_thread.lock")?;
    if l.count.get() == 0 {
        return Err(runtime_error("release unlocked lock"));
    }
    l.count.set(0);
    Ok(Value::none())
}

fn lock_locked(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(this::<Lock>(&args, "_thread.lock")?.count.get() > 0))
}

fn lock_reinit(_vm: &mut Vm, args: Args) -> PyResult {
    this::<Lock>(&args, "_thread.lock")?.count.set(0);
    Ok(Value::none())
}

fn lock_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let l = this::<Lock>(&args, "_thread.lock")?;
    let s = args.self_();
    Ok(Value::string(format!("<{} _thread.lock object at {:#x}>", if l.count.get() > 0 { "locked" } else { "unlocked" }, s.bits())))
}

const RLOCK_METHODS: &[MethodDef] = &[
    staticmethod("__new__", rlock_new),
    method("acquire", rlock_acquire),
    method("__enter__", rlock_acquire),
    method("release", rlock_release),
    method("__exit__", rlock_release),
    method("_is_owned", rlock_is_owned),
    method("_recursion_count", rlock_recursion_count),
    method("_release_save", rlock_release_save),
    method("_acquire_restore", rlock_acquire_restore),
    method("_at_fork_reinit", lock_reinit),
    method("__repr__", rlock_repr),
];

fn rlock_new(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(alloc_native(&args.all[0], Lock { count: Cell::new(0) }))
}

fn rlock_acquire(vm: &mut Vm, args: Args) -> PyResult {
    let l = this::<Lock>(&args, "_thread.RLock")?;
    acquire_args(vm, &args, "acquire")?;
    l.count.set(l.count.get() + 1);
    Ok(Value::bool(true))
}

fn rlock_release(_vm: &mut Vm, args: Args) -> PyResult {
    let l = this::<Lock>(&args, "_thread.RLock")?;
    if l.count.get() == 0 {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    l.count.set(l.count.get() - 1);
    Ok(Value::none())
}

fn rlock_is_owned(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(this::<Lock>(&args, "_thread.RLock")?.count.get() > 0))
}

fn rlock_recursion_count(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(this::<Lock>(&args, "_thread.RLock")?.count.get() as i64))
}

fn rlock_release_save(_vm: &mut Vm, args: Args) -> PyResult {
    let l = this::<Lock>(&args, "_thread.RLock")?;
    if l.count.get() == 0 {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    let n = l.count.replace(0);
    Ok(Value::tuple(vec![Value::int(n as i64), Value::int(IDENT)]))
}

fn rlock_acquire_restore(vm: &mut Vm, args: Args) -> PyResult {
    let l = this::<Lock>(&args, "_thread.RLock")?;
    let pos = args.check_method("_acquire_restore", 1, 1)?;
    let t = vm.collect_iter(&pos[1])?;
    let n = match t.first() {
        Some(v) => vm.to_isize(v)?,
        None => 0,
    };
    l.count.set(n.max(0) as u64);
    Ok(Value::none())
}

fn rlock_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let l = this::<Lock>(&args, "_thread.RLock")?;
    let s = args.self_();
    let n = l.count.get();
    let cls = s.class();
    let name = match crate::types::typeobj::type_module(&cls) {
        Some(m) if m != "builtins" => format!("{m}.{}", crate::types::typeobj::type_qualname(&cls)),
        _ => type_name(s),
    };
    Ok(Value::string(format!(
        "<{} {name} object owner={} count={n} at {:#x}>",
        if n > 0 { "locked" } else { "unlocked" },
        if n > 0 { IDENT } else { 0 },
        s.bits()
    )))
}
