//! The `_thread` module with single-threaded semantics: locks that work (and time out instead
//! of blocking forever when nothing could ever release them), `RLock`, `get_ident`, `_local`.
//! Starting a thread fails with RuntimeError, as CPython does when it cannot start one.

use crate::error::{runtime_error, type_error, value_error, ExcType, PyErr, PyResult};
use crate::modules::util::{new_module, set};
use crate::object::alloc_obj;
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, staticmethod, Args, MethodDef, NativeFn};
use crate::types::native::{NativeData, NativeObject};
use crate::types::typeobj::{alloc_instance, type_qualname};
use crate::value::Value;
use crate::vm::Vm;
use std::any::Any;
use std::cell::{Cell, RefCell};

/// The one thread's identifier.
const IDENT: i64 = 1;
/// `_thread.TIMEOUT_MAX` on Linux.
const TIMEOUT_MAX: f64 = 9223372036.0;

/// A `lock` (count 0/1) or an `RLock` (recursion count, owned by the one thread).
struct Lock {
    count: Cell<u64>,
}

impl NativeObject for Lock {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("allocate_lock", thread_allocate_lock),
    ("allocate", thread_allocate_lock),
    ("_set_sentinel", thread_allocate_lock),
    ("get_ident", thread_get_ident),
    ("get_native_id", thread_get_native_id),
    ("start_new_thread", thread_start_new_thread),
    ("start_new", thread_start_new_thread),
    ("stack_size", thread_stack_size),
    ("_count", thread_count),
    ("daemon_threads_allowed", thread_true),
    ("exit", thread_exit),
    ("exit_thread", thread_exit),
    ("interrupt_main", thread_interrupt_main),
    ("_excepthook", thread_excepthook),
];

static EXCEPTHOOK_ARGS: crate::modules::structseq::Spec =
    crate::modules::structseq::Spec { name: "_thread._ExceptHookArgs", fields: &["exc_type", "exc_value", "exc_traceback", "thread"], n_seq: 4 };

const LOCK_METHODS: &[MethodDef] = &[
    method("acquire", lock_acquire),
    method("acquire_lock", lock_acquire),
    method("__enter__", lock_acquire),
    method("release", lock_release),
    method("release_lock", lock_release),
    method("__exit__", lock_exit),
    method("locked", lock_locked),
    method("locked_lock", lock_locked),
    method("_at_fork_reinit", lock_reinit),
    method("__repr__", lock_repr),
];

const RLOCK_METHODS: &[MethodDef] = &[
    staticmethod("__new__", rlock_new),
    method("acquire", lock_acquire),
    method("__enter__", lock_acquire),
    method("release", lock_release),
    method("__exit__", lock_exit),
    method("_is_owned", rlock_is_owned),
    method("_release_save", rlock_release_save),
    method("_acquire_restore", rlock_acquire_restore),
    method("_recursion_count", rlock_recursion_count),
    method("_at_fork_reinit", lock_reinit),
    method("__repr__", lock_repr),
];

thread_local! {
    static TYPES: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
}

/// (lock, RLock) types.
fn types() -> (Value, Value) {
    TYPES.with(|t| {
        t.borrow_mut()
            .get_or_insert_with(|| {
                let lock = crate::types::new_native_type("lock", "_thread", None, &[LOCK_METHODS], &[], false);
                let rlock = crate::types::new_native_type("RLock", "_thread", None, &[RLOCK_METHODS], &[], true);
                (lock, rlock)
            })
            .clone()
    })
}

/// A new unlocked `_thread.lock`.
pub fn new_lock() -> Value {
    alloc_obj(&types().0, NativeData(Box::new(Lock { count: Cell::new(0) })), 0)
}

pub fn init(vm: &mut Vm) -> PyResult {
    let m = new_module("_thread", FUNCTIONS);
    let (lock, rlock) = types();
    set(&m, "LockType", lock);
    set(&m, "RLock", rlock);
    set(&m, "error", ExcType::RuntimeError.type_value());
    set(&m, "TIMEOUT_MAX", Value::float(TIMEOUT_MAX));
    set(&m, "_ExceptHookArgs", crate::modules::structseq::new_type(&EXCEPTHOOK_ARGS));
    // _local: one thread, so a thread-local object is an ordinary object with a __dict__.
    let ns = Value::dict();
    vm.setitem(&ns, &Value::intern("__module__"), &Value::intern("_thread"))?;
    vm.setitem(&ns, &Value::intern("__slots__"), &Value::tuple(vec![Value::intern("__dict__"), Value::intern("__weakref__")]))?;
    let ty = rt().ty(BT::Type);
    let local = crate::types::typeobj::new_class(vm, &ty, &Value::intern("_local"), &[], &ns, &[])?;
    set(&m, "_local", local);
    Ok(m)
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Lock> {
    args.all.first().and_then(|v| v.native::<Lock>()).ok_or_else(|| type_error("expected a lock"))
}

fn is_rlock(v: &Value) -> bool {
    crate::types::typeobj::is_subtype_ptr(v.class_ptr(), types().1.as_ptr())
}

fn thread_allocate_lock(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(new_lock())
}

fn rlock_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.pos().first().ok_or_else(|| type_error("RLock.__new__(): not enough arguments"))?;
    Ok(alloc_instance(cls, NativeData(Box::new(Lock { count: Cell::new(0) }))))
}

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let l = this(&args)?;
    let [blocking, timeout] = args.rest().bind("acquire", ["blocking", "timeout"], 0, 0)?;
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
        return Err(value_error("timeout value must be positive"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(PyErr::new(ExcType::OverflowError, "timeout value is too large"));
    }
    let n = l.count.get();
    if n == 0 || is_rlock(me) {
        l.count.set(n + 1);
        return Ok(Value::bool(true));
    }
    if !blocking {
        return Ok(Value::bool(false));
    }
    if timeout < 0.0 {
        // Only this thread could release it: waiting would never end.
        return Err(runtime_error("deadlock: acquiring a held lock with no other thread to release it"));
    }
    vm.host.sleep(timeout);
    Ok(Value::bool(false))
}

fn lock_release(_vm: &mut Vm, args: Args) -> PyResult {
    let l = this(&args)?;
    let n = l.count.get();
    if n == 0 {
        return Err(runtime_error(if is_rlock(args.self_()) { "cannot release un-acquired lock" } else { "release unlocked lock" }));
    }
    l.count.set(n - 1);
    Ok(Value::none())
}

fn lock_exit(vm: &mut Vm, args: Args) -> PyResult {
    lock_release(vm, Args::new(&args.all[..1]))
}

fn lock_locked(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(this(&args)?.count.get() > 0))
}

fn lock_reinit(_vm: &mut Vm, args: Args) -> PyResult {
    this(&args)?.count.set(0);
    Ok(Value::none())
}

fn lock_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let n = this(&args)?.count.get();
    let state = if n > 0 { "locked" } else { "unlocked" };
    let cls = me.class();
    let module = crate::types::typeobj::type_module(&cls).unwrap_or_else(|| "_thread".into());
    let name = format!("{module}.{}", type_qualname(&cls));
    Ok(Value::string(if is_rlock(me) {
        format!("<{state} {name} object owner={} count={n} at {:#x}>", if n > 0 { IDENT } else { 0 }, me.bits())
    } else {
        format!("<{state} {name} object at {:#x}>", me.bits())
    }))
}

fn rlock_is_owned(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(this(&args)?.count.get() > 0))
}

fn rlock_release_save(_vm: &mut Vm, args: Args) -> PyResult {
    let l = this(&args)?;
    let n = l.count.get();
    if n == 0 {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    l.count.set(0);
    Ok(Value::tuple(vec![Value::int(n as i64), Value::int(IDENT)]))
}

fn rlock_acquire_restore(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("_acquire_restore", 1, 1)?;
    let state = vm.collect_iter(&pos[1])?;
    let n = match state.first() {
        Some(c) => vm.to_isize(c)?.max(0) as u64,
        None => return Err(type_error("_acquire_restore expects (count, owner)")),
    };
    this(&args)?.count.set(n);
    Ok(Value::none())
}

fn rlock_recursion_count(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(this(&args)?.count.get() as i64))
}

fn thread_get_ident(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::int(IDENT))
}

fn thread_get_native_id(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::int(vm.host.getpid() as i64))
}

fn thread_start_new_thread(_vm: &mut Vm, _args: Args) -> PyResult {
    Err(runtime_error("can't start new thread"))
}

fn thread_stack_size(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("stack_size", 0, 1)?;
    Ok(Value::int(0))
}

fn thread_count(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::int(0))
}

fn thread_true(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::bool(true))
}

fn thread_exit(_vm: &mut Vm, _args: Args) -> PyResult {
    Err(PyErr::with_args(ExcType::SystemExit, vec![]))
}

fn thread_interrupt_main(_vm: &mut Vm, _args: Args) -> PyResult {
    Err(PyErr::with_args(ExcType::KeyboardInterrupt, vec![]))
}

/// `threading.excepthook`'s default: "Exception in thread NAME:" and the traceback on stderr
/// (silent for SystemExit).
fn thread_excepthook(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("_excepthook", 1, 1)?;
    let items = pos[0].as_tuple().filter(|t| t.len() == 4).map(|t| t.to_vec()).ok_or_else(|| type_error("_thread._excepthook argument type must be ExceptHookArgs"))?;
    if items[0].is(&ExcType::SystemExit.type_value()) {
        return Ok(Value::none());
    }
    let name = if items[3].is_none() {
        IDENT.to_string()
    } else {
        let n = vm.getattr(&items[3], &Value::intern("name"))?;
        vm.str_string(&n)?
    };
    vm.write_stream(2, &format!("Exception in thread {name}:\n"));
    if !items[1].is_none() {
        crate::traceback::print_exception(vm, &items[1]);
    }
    Ok(Value::none())
}
