//! The `_asyncio` module: CPython 3.11's native `Future`, `Task` and `FutureIter`, the running
//! loop (`_get_running_loop`, `_set_running_loop`, `get_running_loop`, `get_event_loop`,
//! `_get_event_loop`) and the task registry (`_register_task`, `_enter_task`, ...,
//! `_all_tasks`, `_current_tasks`) that `asyncio.futures`, `asyncio.tasks` and
//! `asyncio.events` import when it exists. Behaviour follows `Modules/_asynciomodule.c`: the
//! Python helpers it calls (reprs, stacks, `CancelledError`, ...) are looked up in asyncio's
//! own modules on first use, since `_asyncio` is imported while `asyncio` is half-initialized.
//!
//! A task step is a native call that resumes the coroutine (a native re-entry, like
//! `Context.run` that the loop calls it through), so suspension inside a step works as it does
//! for the pure-Python `Task`: see ARCHITECTURE.md.

use crate::error::{runtime_error, type_error, value_error, ExcType, PyErr, PyResult};
use crate::modules::support::{add_type, alloc_native, get, native_object, native_type, new_module, opt, put, set_attr, Opt};
use crate::types::builtin::{classmethod, method, staticmethod, Args, MethodDef, NativeFn};
use crate::types::descr::{Getter, Setter};
use crate::types::dict::DictData;
use crate::types::generator::{GenData, GenKind, GenStep};
use crate::types::typeobj::is_subtype_ptr;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_get_running_loop", get_running_loop_opt),
    ("_set_running_loop", set_running_loop),
    ("get_running_loop", get_running_loop),
    ("get_event_loop", get_event_loop),
    ("_get_event_loop", get_event_loop_compat),
    ("_register_task", register_task),
    ("_unregister_task", unregister_task),
    ("_enter_task", enter_task),
    ("_leave_task", leave_task),
];

const PENDING: u8 = 0;
const CANCELLED: u8 = 1;
const FINISHED: u8 = 2;

/// The Python helpers the C module imports, by index into `HELPERS`.
const H_CANCELLED: usize = 0;
const H_INVALID_STATE: usize = 1;
const H_FUTURE_REPR: usize = 2;
const H_FUTURE_REPR_INFO: usize = 3;
const H_TASK_REPR: usize = 4;
const H_TASK_REPR_INFO: usize = 5;
const H_TASK_GET_STACK: usize = 6;
const H_TASK_PRINT_STACK: usize = 7;
const H_ISCOROUTINE: usize = 8;
const H_ISGENERATOR: usize = 9;
const H_EXTRACT_STACK: usize = 10;
const H_GET_POLICY: usize = 11;
const H_COPY_CONTEXT: usize = 12;
/// `module:name` pairs, one string (a table of slices would cost the core 8 bytes a row: data
/// segments never move to the chunk).
const HELPER_NAMES: &str = "asyncio.exceptions:CancelledError asyncio.exceptions:InvalidStateError \
    asyncio.base_futures:_future_repr asyncio.base_futures:_future_repr_info asyncio.base_tasks:_task_repr \
    asyncio.base_tasks:_task_repr_info asyncio.base_tasks:_task_get_stack asyncio.base_tasks:_task_print_stack \
    asyncio.coroutines:iscoroutine inspect:isgenerator traceback:extract_stack \
    asyncio.events:get_event_loop_policy _contextvars:copy_context";

thread_local! {
    /// The helpers above once loaded; never dropped (they may outlive the runtime).
    static HELPERS: RefCell<ManuallyDrop<Vec<Value>>> = RefCell::new(ManuallyDrop::new(Vec::new()));
    /// The running loop (`_set_running_loop`), and the registry objects the module exports.
    static RUNNING: RefCell<ManuallyDrop<Option<Value>>> = const { RefCell::new(ManuallyDrop::new(None)) };
    static REGISTRY: RefCell<ManuallyDrop<Option<(Value, Value)>>> = const { RefCell::new(ManuallyDrop::new(None)) };
    static TASK_NAMES: Cell<u64> = const { Cell::new(0) };
}

fn helper(vm: &mut Vm, i: usize) -> PyResult {
    if let Some(v) = HELPERS.with(|h| h.borrow().get(i).cloned()) {
        return Ok(v);
    }
    let mut loaded = Vec::new();
    for pair in HELPER_NAMES.split_whitespace() {
        let (module, name) = pair.split_once(':').unwrap_or((pair, pair));
        let m = vm.import_module(module)?;
        loaded.push(vm.getattr(&m, &Value::intern(name))?);
    }
    let v = loaded.get(i).cloned().unwrap_or_else(Value::none);
    HELPERS.with(|h| **h.borrow_mut() = loaded);
    Ok(v)
}

fn helper_err(vm: &mut Vm, i: usize, msg: String) -> PyErr {
    match helper(vm, i).and_then(|cls| vm.call(&cls, &[Value::str(&msg)])) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

pub fn init(vm: &mut Vm) -> PyResult {
    let m = new_module("_asyncio", FUNCTIONS);
    let fut = add_type(Some(&m), "_asyncio", "Future", None, &[FUTURE_METHODS], FUTURE_GETSETS, true);
    let task = add_type(Some(&m), "_asyncio", "Task", Some(fut.clone()), &[TASK_METHODS], TASK_GETSETS, true);
    // Native types do not look `__del__` up when created; their finalizers must run.
    for t in [&fut, &task] {
        crate::types::typeobj::tdata(t).has_del.set(true);
    }
    add_type(None, "_asyncio", "FutureIter", None, &[ITER_METHODS], &[], false);
    let weakref = vm.import_module("weakref")?;
    let weak_set = vm.getattr(&weakref, &Value::intern("WeakSet"))?;
    let all = vm.call(&weak_set, &[])?;
    let current = Value::dict();
    set_attr(&m, "_all_tasks", all.clone());
    set_attr(&m, "_current_tasks", current.clone());
    // A thread may run several VMs one after another (tests, the REPL's restarts): forget
    // what an earlier one left here (its objects may be gone, so nothing is dropped).
    HELPERS.with(|h| std::mem::forget(std::mem::take(&mut **h.borrow_mut())));
    RUNNING.with(|r| std::mem::forget(r.borrow_mut().take()));
    REGISTRY.with(|r| std::mem::forget(r.borrow_mut().replace((all, current))));
    TASK_NAMES.with(|c| c.set(0));
    set_attr(&m, "__doc__", Value::str("Accelerator module for asyncio"));
    Ok(m)
}

fn registry() -> PyResult<(Value, Value)> {
    REGISTRY.with(|r| (**r.borrow()).clone()).ok_or_else(|| runtime_error("_asyncio is not initialized"))
}

// ---- the running loop and the task registry -----------------------------------------------------

fn running() -> Option<Value> {
    RUNNING.with(|r| (**r.borrow()).clone()).filter(|v| !v.is_none())
}

fn get_running_loop_opt(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("_get_running_loop", 0, 0)?;
    Ok(running().unwrap_or_else(Value::none))
}

fn set_running_loop(_vm: &mut Vm, args: Args) -> PyResult {
    let a = args.check("_set_running_loop", 1, 1)?;
    let old = RUNNING.with(|r| r.borrow_mut().replace(a[0].clone()));
    drop(old);
    Ok(Value::none())
}

fn get_running_loop(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("get_running_loop", 0, 0)?;
    running().ok_or_else(|| runtime_error("no running event loop"))
}

fn event_loop(vm: &mut Vm) -> PyResult {
    if let Some(l) = running() {
        return Ok(l);
    }
    let get_policy = helper(vm, H_GET_POLICY)?;
    let policy = vm.call(&get_policy, &[])?;
    vm.call_method(&policy, "get_event_loop", &[])
}

fn get_event_loop(vm: &mut Vm, args: Args) -> PyResult {
    args.check("get_event_loop", 0, 0)?;
    event_loop(vm)
}

fn get_event_loop_compat(vm: &mut Vm, args: Args) -> PyResult {
    args.bind("_get_event_loop", ["stacklevel"], 0, 0)?;
    event_loop(vm)
}

fn register_task(vm: &mut Vm, args: Args) -> PyResult {
    let [task] = args.bind("_register_task", ["task"], 1, 0)?;
    vm.call_method(&registry()?.0, "add", &[task.unwrap_or_else(Value::none)])?;
    Ok(Value::none())
}

fn unregister_task(vm: &mut Vm, args: Args) -> PyResult {
    let [task] = args.bind("_unregister_task", ["task"], 1, 0)?;
    vm.call_method(&registry()?.0, "discard", &[task.unwrap_or_else(Value::none)])?;
    Ok(Value::none())
}

fn do_enter_task(vm: &mut Vm, lp: &Value, task: &Value) -> PyResult<()> {
    let cur = registry()?.1;
    let d = cur.downcast::<DictData>().ok_or_else(|| runtime_error("_current_tasks is not a dict"))?;
    if let Some(other) = d.get(vm, lp)? {
        let (t, o) = (vm.repr_string(task)?, vm.repr_string(&other)?);
        return Err(runtime_error(format!("Cannot enter into task {t} while another task {o} is being executed.")));
    }
    d.set(vm, lp.clone(), task.clone())
}

fn do_leave_task(vm: &mut Vm, lp: &Value, task: &Value) -> PyResult<()> {
    let cur = registry()?.1;
    let d = cur.downcast::<DictData>().ok_or_else(|| runtime_error("_current_tasks is not a dict"))?;
    let other = d.get(vm, lp)?.unwrap_or_else(Value::none);
    if !other.is(task) {
        let (t, o) = (vm.repr_string(task)?, vm.repr_string(&other)?);
        return Err(runtime_error(format!("Leaving task {t} does not match the current task {o}.")));
    }
    d.del(vm, lp)?;
    Ok(())
}

fn enter_task(vm: &mut Vm, args: Args) -> PyResult {
    let [lp, task] = args.bind("_enter_task", ["loop", "task"], 2, 0)?;
    do_enter_task(vm, &lp.unwrap_or_else(Value::none), &task.unwrap_or_else(Value::none))?;
    Ok(Value::none())
}

fn leave_task(vm: &mut Vm, args: Args) -> PyResult {
    let [lp, task] = args.bind("_leave_task", ["loop", "task"], 2, 0)?;
    do_leave_task(vm, &lp.unwrap_or_else(Value::none), &task.unwrap_or_else(Value::none))?;
    Ok(Value::none())
}

// ---- Future -------------------------------------------------------------------------------------

/// The payload of `Future` and `Task` (a task uses the fields after `callbacks` too).
struct Fut {
    loop_: Opt,
    result: Opt,
    exception: Opt,
    exception_tb: Opt,
    cancel_message: Opt,
    cancelled_exc: Opt,
    source_tb: Opt,
    /// Pending done callbacks as (callback, context) pairs, flattened.
    callbacks: RefCell<Vec<Value>>,
    state: Cell<u8>,
    blocking: Cell<bool>,
    log_tb: Cell<bool>,
    coro: Opt,
    context: Opt,
    name: Opt,
    fut_waiter: Opt,
    must_cancel: Cell<bool>,
    log_destroy_pending: Cell<bool>,
    num_cancels: Cell<i64>,
}
native_object!(Fut; loop_, result, exception, exception_tb, cancel_message, cancelled_exc, source_tb, callbacks, coro, context, name, fut_waiter);

fn new_fut() -> Fut {
    Fut {
        loop_: opt(None),
        result: opt(None),
        exception: opt(None),
        exception_tb: opt(None),
        cancel_message: opt(None),
        cancelled_exc: opt(None),
        source_tb: opt(None),
        callbacks: RefCell::new(Vec::new()),
        state: Cell::new(PENDING),
        blocking: Cell::new(false),
        log_tb: Cell::new(false),
        coro: opt(None),
        context: opt(None),
        name: opt(None),
        fut_waiter: opt(None),
        must_cancel: Cell::new(false),
        log_destroy_pending: Cell::new(true),
        num_cancels: Cell::new(0),
    }
}

fn fut_of<'a>(v: &'a Value) -> PyResult<&'a Fut> {
    v.native::<Fut>().ok_or_else(|| wrong_self("Future", v))
}

fn wrong_self(what: &str, v: &Value) -> PyErr {
    type_error(format!("descriptor requires a '_asyncio.{what}' object but received a '{}'", crate::types::typeobj::type_name(v)))
}

fn fut<'a>(args: &Args<'a>) -> PyResult<&'a Fut> {
    match args.all.first() {
        Some(v) => fut_of(v),
        None => Err(type_error("descriptor requires a '_asyncio.Future' object")),
    }
}

/// The future's loop, or "uninitialized" (CPython's `ENSURE_FUTURE_ALIVE`).
fn alive(f: &Fut) -> PyResult<Value> {
    get(&f.loop_).ok_or_else(|| runtime_error("Future object is not initialized."))
}

fn copy_context(vm: &mut Vm) -> PyResult {
    let f = helper(vm, H_COPY_CONTEXT)?;
    vm.call(&f, &[])
}

fn is_exact(v: &Value, key: &str) -> bool {
    std::ptr::eq(v.class_ptr(), native_type(key).as_ptr())
}

fn is_task(v: &Value) -> bool {
    is_subtype_ptr(v.class_ptr(), native_type("_asyncio.Task").as_ptr())
}

fn state_name(s: u8) -> &'static str {
    match s {
        PENDING => "PENDING",
        CANCELLED => "CANCELLED",
        _ => "FINISHED",
    }
}

fn opt_none(v: Option<Value>) -> Value {
    v.unwrap_or_else(Value::none)
}

const FUTURE_METHODS: &[MethodDef] = &[
    staticmethod("__new__", future_new),
    method("__init__", future_init),
    method("result", future_result),
    method("exception", future_exception),
    method("set_result", future_set_result),
    method("set_exception", future_set_exception),
    method("add_done_callback", future_add_done_callback),
    method("remove_done_callback", future_remove_done_callback),
    method("cancel", future_cancel_m),
    method("cancelled", future_cancelled),
    method("done", future_done),
    method("get_loop", future_get_loop),
    method("_make_cancelled_error", future_make_cancelled_error),
    method("_repr_info", future_repr_info),
    method("__repr__", future_repr),
    method("__iter__", future_iter),
    method("__await__", future_iter),
    method("__del__", future_del),
    classmethod("__class_getitem__", crate::types::generic_alias_new),
];

const FUTURE_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("_state", get_state, None),
    ("_asyncio_future_blocking", get_blocking, Some(set_blocking)),
    ("_loop", get_loop, None),
    ("_callbacks", get_callbacks, None),
    ("_result", get_result, None),
    ("_exception", get_exception, None),
    ("_log_traceback", get_log_tb, Some(set_log_tb)),
    ("_source_traceback", get_source_tb, None),
    ("_cancel_message", get_cancel_message, Some(set_cancel_message)),
];

fn future_new(_vm: &mut Vm, args: Args) -> PyResult {
    match args.all.first() {
        Some(cls) => Ok(alloc_native(cls, new_fut())),
        None => Err(type_error("Future.__new__(): not enough arguments")),
    }
}

/// `Future.__init__(*, loop=None)`: binds the loop and records the creation stack in debug mode.
fn init_future(vm: &mut Vm, me: &Value, lp: Option<Value>) -> PyResult<()> {
    let f = fut_of(me)?;
    if f.loop_.borrow().is_some() {
        // Re-initialization starts over, as CPython's future_init clears the object first.
        put(&f.result, None);
        put(&f.exception, None);
        put(&f.exception_tb, None);
        put(&f.source_tb, None);
        put(&f.cancel_message, None);
        put(&f.cancelled_exc, None);
        drop(std::mem::take(&mut *f.callbacks.borrow_mut()));
        f.state.set(PENDING);
        f.log_tb.set(false);
        f.blocking.set(false);
    }
    let lp = match lp.filter(|l| !l.is_none()) {
        Some(l) => l,
        None => event_loop(vm)?,
    };
    put(&f.loop_, Some(lp.clone()));
    let debug = vm.call_method(&lp, "get_debug", &[])?;
    if vm.truthy(&debug)? {
        let extract = helper(vm, H_EXTRACT_STACK)?;
        let tb = vm.call(&extract, &[])?;
        put(&f.source_tb, Some(tb));
    }
    Ok(())
}

fn future_init(vm: &mut Vm, args: Args) -> PyResult {
    let [lp] = args.rest().bind("Future", ["loop"], 0, 0)?;
    if !args.rest().pos().is_empty() && args.pos().len() > 1 {
        return Err(type_error("Future() takes no positional arguments"));
    }
    init_future(vm, args.self_(), lp)?;
    Ok(Value::none())
}

/// Schedules every pending callback with `loop.call_soon(cb, fut, context=ctx)`.
fn schedule_callbacks(vm: &mut Vm, me: &Value, f: &Fut) -> PyResult<()> {
    let cbs = std::mem::take(&mut *f.callbacks.borrow_mut());
    if cbs.is_empty() {
        return Ok(());
    }
    let lp = alive(f)?;
    for pair in cbs.chunks(2) {
        call_soon(vm, &lp, &pair[0], me, Some(&pair[1]))?;
    }
    Ok(())
}

fn call_soon(vm: &mut Vm, lp: &Value, cb: &Value, arg: &Value, ctx: Option<&Value>) -> PyResult<()> {
    let meth = vm.getattr(lp, &Value::intern("call_soon"))?;
    match ctx {
        Some(c) => vm.call_kw(&meth, &[cb.clone(), arg.clone()], &[(Value::intern("context"), c.clone())])?,
        None => vm.call(&meth, &[cb.clone(), arg.clone()])?,
    };
    Ok(())
}

fn do_set_result(vm: &mut Vm, me: &Value, f: &Fut, v: Value) -> PyResult<()> {
    alive(f)?;
    if f.state.get() != PENDING {
        return Err(helper_err(vm, H_INVALID_STATE, "invalid state".into()));
    }
    put(&f.result, Some(v));
    f.state.set(FINISHED);
    schedule_callbacks(vm, me, f)
}

fn do_set_exception(vm: &mut Vm, me: &Value, f: &Fut, exc: Value) -> PyResult<()> {
    alive(f)?;
    if f.state.get() != PENDING {
        return Err(helper_err(vm, H_INVALID_STATE, "invalid state".into()));
    }
    let exc = if exc.kind() == crate::object::Kind::Type && crate::types::typeobj::is_exception_type(&exc) {
        let e = vm.call(&exc, &[])?;
        if !crate::types::exception::is_exception_instance(&e) {
            return Err(type_error("invalid exception object"));
        }
        e
    } else {
        exc
    };
    if !crate::types::exception::is_exception_instance(&exc) {
        return Err(type_error("invalid exception object"));
    }
    if std::ptr::eq(exc.class_ptr(), ExcType::StopIteration.type_ptr()) {
        return Err(type_error("StopIteration interacts badly with generators and cannot be raised into a Future"));
    }
    let tb = crate::types::exception::exc_data(&exc).and_then(|d| crate::object::CellValue::get_value(&d.traceback));
    put(&f.exception, Some(exc));
    put(&f.exception_tb, tb);
    f.state.set(FINISHED);
    schedule_callbacks(vm, me, f)?;
    f.log_tb.set(true);
    Ok(())
}

fn do_cancel(vm: &mut Vm, me: &Value, f: &Fut, msg: Option<Value>) -> PyResult<bool> {
    alive(f)?;
    f.log_tb.set(false);
    if f.state.get() != PENDING {
        return Ok(false);
    }
    f.state.set(CANCELLED);
    put(&f.cancel_message, msg);
    schedule_callbacks(vm, me, f)?;
    Ok(true)
}

/// `_make_cancelled_error`: the saved CancelledError, else a new one with the cancel message.
fn make_cancelled_error(vm: &mut Vm, f: &Fut) -> PyResult {
    if let Some(e) = f.cancelled_exc.borrow_mut().take() {
        return Ok(e);
    }
    let cls = helper(vm, H_CANCELLED)?;
    match get(&f.cancel_message) {
        Some(m) if !m.is_none() => vm.call(&cls, &[m]),
        _ => vm.call(&cls, &[]),
    }
}

/// The outcome of a done future: its result, or the error `result()` raises.
fn do_result(vm: &mut Vm, f: &Fut) -> PyResult {
    match f.state.get() {
        CANCELLED => Err(PyErr(make_cancelled_error(vm, f)?)),
        PENDING => Err(helper_err(vm, H_INVALID_STATE, "Result is not set.".into())),
        _ => {
            f.log_tb.set(false);
            if let Some(e) = get(&f.exception) {
                if let Some(d) = crate::types::exception::exc_data(&e) {
                    d.traceback.set(get(&f.exception_tb));
                }
                return Err(PyErr(e));
            }
            Ok(opt_none(get(&f.result)))
        }
    }
}

fn future_result(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("result", 0, 0)?;
    do_result(vm, fut(&args)?)
}

fn future_exception(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("exception", 0, 0)?;
    let f = fut(&args)?;
    match f.state.get() {
        CANCELLED => Err(PyErr(make_cancelled_error(vm, f)?)),
        PENDING => Err(helper_err(vm, H_INVALID_STATE, "Exception is not set.".into())),
        _ => {
            f.log_tb.set(false);
            Ok(opt_none(get(&f.exception)))
        }
    }
}

fn future_set_result(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.check_method("set_result", 1, 1)?;
    do_set_result(vm, &a[0], fut(&args)?, a[1].clone())?;
    Ok(Value::none())
}

fn future_set_exception(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.check_method("set_exception", 1, 1)?;
    do_set_exception(vm, &a[0], fut(&args)?, a[1].clone())?;
    Ok(Value::none())
}

fn add_done_callback(vm: &mut Vm, me: &Value, f: &Fut, cb: Value, ctx: Option<Value>) -> PyResult<()> {
    let lp = alive(f)?;
    if f.state.get() != PENDING {
        return call_soon(vm, &lp, &cb, me, ctx.as_ref());
    }
    let ctx = match ctx {
        Some(c) => c,
        None => copy_context(vm)?,
    };
    let mut cbs = f.callbacks.borrow_mut();
    cbs.push(cb);
    cbs.push(ctx);
    Ok(())
}

fn future_add_done_callback(vm: &mut Vm, args: Args) -> PyResult {
    let f = fut(&args)?;
    let [cb, ctx] = args.rest().bind("add_done_callback", ["fn", "context"], 1, 1)?;
    let ctx = ctx.filter(|c| !c.is_none());
    add_done_callback(vm, args.self_(), f, opt_none(cb), ctx)?;
    Ok(Value::none())
}

fn future_remove_done_callback(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.check_method("remove_done_callback", 1, 1)?;
    let f = fut(&args)?;
    alive(f)?;
    let cbs = f.callbacks.borrow().clone();
    let mut keep = Vec::with_capacity(cbs.len());
    let mut removed = 0;
    for pair in cbs.chunks(2) {
        if vm.eq(&pair[0], &a[1])? {
            removed += 1;
        } else {
            keep.extend_from_slice(pair);
        }
    }
    if removed > 0 {
        // A callback's __eq__ may have changed the list meanwhile; CPython keeps the filtered copy too.
        let old = std::mem::replace(&mut *f.callbacks.borrow_mut(), keep);
        drop(old);
    }
    Ok(Value::small(removed))
}

fn future_cancel_m(vm: &mut Vm, args: Args) -> PyResult {
    let f = fut(&args)?;
    let [msg] = args.rest().bind("cancel", ["msg"], 0, 0)?;
    if is_task(args.self_()) {
        return task_cancel(vm, args.self_(), f, msg);
    }
    Ok(Value::bool(do_cancel(vm, args.self_(), f, msg.filter(|m| !m.is_none()))?))
}

fn future_cancelled(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("cancelled", 0, 0)?;
    Ok(Value::bool(fut(&args)?.state.get() == CANCELLED))
}

fn future_done(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("done", 0, 0)?;
    let f = fut(&args)?;
    Ok(Value::bool(f.loop_.borrow().is_some() && f.state.get() != PENDING))
}

fn future_get_loop(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("get_loop", 0, 0)?;
    alive(fut(&args)?)
}

fn future_make_cancelled_error(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("_make_cancelled_error", 0, 0)?;
    make_cancelled_error(vm, fut(&args)?)
}

fn future_repr_info(vm: &mut Vm, args: Args) -> PyResult {
    let h = helper(vm, if is_task(args.self_()) { H_TASK_REPR_INFO } else { H_FUTURE_REPR_INFO })?;
    vm.call(&h, &[args.self_().clone()])
}

fn future_repr(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    fut(&args)?;
    let h = helper(vm, if is_task(me) { H_TASK_REPR } else { H_FUTURE_REPR })?;
    vm.call(&h, &[me.clone()])
}

/// `__del__`: reports an exception nobody retrieved (and, for a task, that it was destroyed
/// while pending) to the loop's exception handler, as CPython's finalizers do.
fn future_del(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let f = fut(&args)?;
    let Some(lp) = get(&f.loop_) else { return Ok(Value::none()) };
    if is_task(me) && f.state.get() == PENDING && f.log_destroy_pending.get() {
        let ctx = Value::dict();
        if let Some(d) = ctx.downcast::<DictData>() {
            d.set_str(Value::intern("task"), me.clone());
            d.set_str(Value::intern("message"), Value::str("Task was destroyed but it is pending!"));
            if let Some(tb) = get(&f.source_tb) {
                d.set_str(Value::intern("source_traceback"), tb);
            }
        }
        report(vm, &lp, ctx);
    }
    if !f.log_tb.get() {
        return Ok(Value::none());
    }
    let Some(exc) = get(&f.exception) else { return Ok(Value::none()) };
    f.log_tb.set(false);
    let ctx = Value::dict();
    if let Some(d) = ctx.downcast::<DictData>() {
        let cls = crate::modules::support::short_type_name(me);
        d.set_str(Value::intern("message"), Value::str(&format!("{cls} exception was never retrieved")));
        d.set_str(Value::intern("exception"), exc);
        d.set_str(Value::intern("future"), me.clone());
        if let Some(tb) = get(&f.source_tb) {
            d.set_str(Value::intern("source_traceback"), tb);
        }
    }
    report(vm, &lp, ctx);
    Ok(Value::none())
}

/// `loop.call_exception_handler(ctx)`; a failure there is unraisable, as in a finalizer.
fn report(vm: &mut Vm, lp: &Value, ctx: Value) {
    if let Err(e) = vm.call_method(lp, "call_exception_handler", &[ctx]) {
        vm.report_unraisable(&e, None, "Exception ignored in");
    }
}

fn get_state(_vm: &mut Vm, v: &Value) -> PyResult {
    let f = fut_of(v)?;
    if f.loop_.borrow().is_none() {
        return Ok(Value::none());
    }
    Ok(Value::str(state_name(f.state.get())))
}
fn get_blocking(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(fut_of(v)?.blocking.get()))
}
fn set_blocking(vm: &mut Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    set_flag(vm, v, x, |f| &f.blocking)
}
/// A bool attribute's setter: the truth of the value, which cannot be deleted.
fn set_flag(vm: &mut Vm, v: &Value, x: Option<Value>, field: fn(&Fut) -> &Cell<bool>) -> PyResult<()> {
    let x = x.ok_or_else(|| crate::error::attribute_error("cannot delete attribute"))?;
    let b = vm.truthy(&x)?;
    field(fut_of(v)?).set(b);
    Ok(())
}
fn get_loop(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(opt_none(get(&fut_of(v)?.loop_)))
}
fn get_callbacks(_vm: &mut Vm, v: &Value) -> PyResult {
    let cbs = fut_of(v)?.callbacks.borrow().clone();
    if cbs.is_empty() {
        return Ok(Value::none());
    }
    Ok(Value::list(cbs.chunks(2).map(|p| Value::tuple(p.to_vec())).collect()))
}
fn get_result(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(opt_none(get(&fut_of(v)?.result)))
}
fn get_exception(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(opt_none(get(&fut_of(v)?.exception)))
}
fn get_log_tb(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(fut_of(v)?.log_tb.get()))
}
fn set_log_tb(vm: &mut Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let x = x.ok_or_else(|| crate::error::attribute_error("cannot delete attribute"))?;
    if vm.truthy(&x)? {
        return Err(value_error("_log_traceback can only be set to False"));
    }
    fut_of(v)?.log_tb.set(false);
    Ok(())
}
fn get_source_tb(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(opt_none(get(&fut_of(v)?.source_tb)))
}
fn get_cancel_message(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(opt_none(get(&fut_of(v)?.cancel_message)))
}
fn set_cancel_message(_vm: &mut Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    let x = x.ok_or_else(|| crate::error::attribute_error("cannot delete attribute"))?;
    put(&fut_of(v)?.cancel_message, Some(x).filter(|m| !m.is_none()));
    Ok(())
}

// ---- FutureIter ---------------------------------------------------------------------------------

/// What `await fut` iterates: yields the future while it is pending, then returns its result.
struct FutIter {
    fut: Opt,
}
native_object!(FutIter; fut);

const ITER_METHODS: &[MethodDef] = &[
    method("__iter__", crate::modules::support::iter_self),
    method("__next__", iter_next),
    method("send", iter_send),
    method("throw", iter_throw),
    method("close", iter_close),
];

fn future_iter(_vm: &mut Vm, args: Args) -> PyResult {
    let f = fut(&args)?;
    alive(f)?;
    Ok(alloc_native(&native_type("_asyncio.FutureIter"), FutIter { fut: opt(Some(args.self_().clone())) }))
}

fn iter_step(vm: &mut Vm, it: &FutIter) -> PyResult {
    let Some(me) = get(&it.fut) else { return Err(crate::error::stop_iteration()) };
    let f = fut_of(&me)?;
    if f.state.get() == PENDING {
        if !f.blocking.get() {
            f.blocking.set(true);
            return Ok(me);
        }
        return Err(runtime_error("await wasn't used with future"));
    }
    put(&it.fut, None);
    let r = do_result(vm, f)?;
    Err(PyErr::with_args(ExcType::StopIteration, vec![r]))
}

fn iter_of<'a>(args: &Args<'a>) -> PyResult<&'a FutIter> {
    crate::modules::support::this::<FutIter>(args, "_asyncio.FutureIter")
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult {
    iter_step(vm, iter_of(&args)?)
}

fn iter_send(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("send", 1, 1)?;
    iter_step(vm, iter_of(&args)?)
}

fn iter_throw(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.check_method("throw", 1, 3)?;
    let it = iter_of(&args)?;
    let e = crate::types::generator::make_throw_exc(vm, &a[1..])?;
    put(&it.fut, None);
    Err(e)
}

fn iter_close(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("close", 0, 0)?;
    put(&iter_of(&args)?.fut, None);
    Ok(Value::none())
}

// ---- Task ---------------------------------------------------------------------------------------

const TASK_METHODS: &[MethodDef] = &[
    method("__init__", task_init),
    method("set_result", task_set_result),
    method("set_exception", task_set_exception),
    method("cancelling", task_cancelling),
    method("uncancel", task_uncancel),
    method("get_stack", task_get_stack),
    method("print_stack", task_print_stack),
    method("get_coro", task_get_coro),
    method("get_name", task_get_name),
    method("set_name", task_set_name),
];

const TASK_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("_log_destroy_pending", get_log_destroy, Some(set_log_destroy)),
    ("_must_cancel", get_must_cancel, None),
    ("_coro", get_coro, None),
    ("_fut_waiter", get_fut_waiter, None),
];

fn is_coroutine(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if v.downcast::<GenData>().map(|g| g.kind == GenKind::Coroutine).unwrap_or(false) {
        return Ok(true);
    }
    let f = helper(vm, H_ISCOROUTINE)?;
    let r = vm.call(&f, &[v.clone()])?;
    vm.truthy(&r)
}

fn task_init(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let [coro, lp, name, context] = args.rest().bind("Task", ["coro", "loop", "name", "context"], 1, 1)?;
    let coro = opt_none(coro);
    init_future(vm, me, lp)?;
    let f = fut_of(me)?;
    if !is_coroutine(vm, &coro)? {
        f.log_destroy_pending.set(false);
        return Err(type_error(format!("a coroutine was expected, got {}", vm.repr_string(&coro)?)));
    }
    let context = match context.filter(|c| !c.is_none()) {
        Some(c) => c,
        None => copy_context(vm)?,
    };
    put(&f.context, Some(context));
    put(&f.fut_waiter, None);
    f.must_cancel.set(false);
    f.log_destroy_pending.set(true);
    f.num_cancels.set(0);
    put(&f.coro, Some(coro));
    let name = match name.filter(|n| !n.is_none()) {
        Some(n) if n.kind() == crate::object::Kind::Str && is_exact_str(&n) => n,
        Some(n) => vm.str(&n)?,
        None => {
            let n = TASK_NAMES.with(|c| {
                c.set(c.get() + 1);
                c.get()
            });
            Value::str(&format!("Task-{n}"))
        }
    };
    put(&f.name, Some(name));
    call_step_soon(vm, me, f, None)?;
    vm.call_method(&registry()?.0, "add", &[me.clone()])?;
    Ok(Value::none())
}

fn is_exact_str(v: &Value) -> bool {
    std::ptr::eq(v.class_ptr(), crate::runtime::rt().ty(crate::runtime::BT::Str).as_ptr())
}

fn task<'a>(args: &Args<'a>) -> PyResult<&'a Fut> {
    match args.all.first() {
        Some(v) if is_task(v) => fut_of(v),
        Some(v) => Err(wrong_self("Task", v)),
        None => Err(type_error("descriptor requires a '_asyncio.Task' object")),
    }
}

fn task_set_result(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("set_result", 1, 1)?;
    task(&args)?;
    Err(runtime_error("Task does not support set_result operation"))
}

fn task_set_exception(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("set_exception", 1, 1)?;
    task(&args)?;
    Err(runtime_error("Task does not support set_exception operation"))
}

fn task_cancel(vm: &mut Vm, _me: &Value, f: &Fut, msg: Option<Value>) -> PyResult {
    f.log_tb.set(false);
    if f.state.get() != PENDING {
        return Ok(Value::bool(false));
    }
    f.num_cancels.set(f.num_cancels.get() + 1);
    if let Some(w) = get(&f.fut_waiter) {
        let r = vm.call_method(&w, "cancel", &[opt_none(msg.clone())])?;
        if vm.truthy(&r)? {
            return Ok(Value::bool(true));
        }
    }
    f.must_cancel.set(true);
    put(&f.cancel_message, msg.filter(|m| !m.is_none()));
    Ok(Value::bool(true))
}

fn task_cancelling(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("cancelling", 0, 0)?;
    Ok(Value::small(task(&args)?.num_cancels.get() as isize))
}

fn task_uncancel(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("uncancel", 0, 0)?;
    let f = task(&args)?;
    if f.num_cancels.get() > 0 {
        f.num_cancels.set(f.num_cancels.get() - 1);
    }
    Ok(Value::small(f.num_cancels.get() as isize))
}

fn task_get_stack(vm: &mut Vm, args: Args) -> PyResult {
    task(&args)?;
    let [limit] = args.rest().bind("get_stack", ["limit"], 0, 0)?;
    let h = helper(vm, H_TASK_GET_STACK)?;
    vm.call(&h, &[args.self_().clone(), opt_none(limit)])
}

fn task_print_stack(vm: &mut Vm, args: Args) -> PyResult {
    task(&args)?;
    let [limit, file] = args.rest().bind("print_stack", ["limit", "file"], 0, 0)?;
    let h = helper(vm, H_TASK_PRINT_STACK)?;
    vm.call(&h, &[args.self_().clone(), opt_none(limit), opt_none(file)])
}

fn task_get_coro(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("get_coro", 0, 0)?;
    Ok(opt_none(get(&task(&args)?.coro)))
}

fn task_get_name(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("get_name", 0, 0)?;
    Ok(opt_none(get(&task(&args)?.name)))
}

fn task_set_name(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.check_method("set_name", 1, 1)?;
    let f = task(&args)?;
    let n = if is_exact_str(&a[1]) { a[1].clone() } else { vm.str(&a[1])? };
    put(&f.name, Some(n));
    Ok(Value::none())
}

fn get_log_destroy(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(fut_of(v)?.log_destroy_pending.get()))
}
fn set_log_destroy(vm: &mut Vm, v: &Value, x: Option<Value>) -> PyResult<()> {
    set_flag(vm, v, x, |f| &f.log_destroy_pending)
}
fn get_must_cancel(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(fut_of(v)?.must_cancel.get()))
}
fn get_coro(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(opt_none(get(&fut_of(v)?.coro)))
}
fn get_fut_waiter(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(opt_none(get(&fut_of(v)?.fut_waiter)))
}

// ---- Task steps ---------------------------------------------------------------------------------

/// The callables a task schedules: a step (bound to the task, or to `(task, exc)`) and the
/// wakeup a future it awaits calls when done.
const STEP: MethodDef = method("task_step", task_step_cb);
const WAKEUP: MethodDef = method("task_wakeup", task_wakeup_cb);

fn call_step_soon(vm: &mut Vm, me: &Value, f: &Fut, exc: Option<Value>) -> PyResult<()> {
    let bound = match exc {
        None => me.clone(),
        Some(e) => Value::tuple(vec![me.clone(), e]),
    };
    let cb = crate::types::new_bound_builtin(&STEP, bound, "TaskStepMethWrapper");
    let lp = alive(f)?;
    let meth = vm.getattr(&lp, &Value::intern("call_soon"))?;
    let ctx = opt_none(get(&f.context));
    vm.call_kw(&meth, &[cb], &[(Value::intern("context"), ctx)])?;
    Ok(())
}

fn task_step_cb(vm: &mut Vm, args: Args) -> PyResult {
    let bound = args.self_();
    let (me, exc) = match bound.as_tuple() {
        Some(t) if t.len() == 2 => (t[0].clone(), Some(t[1].clone())),
        _ => (bound.clone(), None),
    };
    task_step(vm, &me, exc)
}

fn task_wakeup_cb(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.check_method("task_wakeup", 1, 1)?;
    let me = a[0].clone();
    let o = &a[1];
    let outcome = if is_exact(o, "_asyncio.Future") || is_exact(o, "_asyncio.Task") { do_result(vm, fut_of(o)?) } else { vm.call_method(o, "result", &[]) };
    match outcome {
        Ok(_) => task_step(vm, &me, None),
        Err(e) => task_step(vm, &me, Some(e.0)),
    }
}

/// One step: enter the task, resume its coroutine, leave it (chaining a failure to leave
/// behind the step's own error, as CPython does).
fn task_step(vm: &mut Vm, me: &Value, exc: Option<Value>) -> PyResult {
    let f = fut_of(me)?;
    let lp = alive(f)?;
    do_enter_task(vm, &lp, me)?;
    let r = task_step_impl(vm, me, f, exc);
    let left = do_leave_task(vm, &lp, me);
    match (r, left) {
        (Err(e), Err(e2)) => {
            crate::types::exception::chain_context(e2.value(), e.value());
            Err(e2)
        }
        (Err(e), Ok(())) => Err(e),
        (Ok(_), Err(e2)) => Err(e2),
        (Ok(v), Ok(())) => Ok(v),
    }
}

fn task_step_impl(vm: &mut Vm, me: &Value, f: &Fut, exc: Option<Value>) -> PyResult {
    if f.state.get() != PENDING {
        let t = vm.repr_string(me)?;
        let e = vm.repr_string(&opt_none(exc))?;
        return Err(helper_err(vm, H_INVALID_STATE, format!("_step(): already done: {t} {e}")));
    }
    let mut exc = exc;
    if f.must_cancel.get() {
        let cancelled = helper(vm, H_CANCELLED)?;
        if let Some(e) = &exc {
            if !vm.isinstance(e, &cancelled)? {
                exc = None;
            }
        }
        if exc.is_none() {
            exc = Some(make_cancelled_error(vm, f)?);
        }
        f.must_cancel.set(false);
    }
    put(&f.fut_waiter, None);
    let Some(coro) = get(&f.coro) else { return Err(runtime_error("uninitialized Task object")) };
    let step = resume(vm, &coro, exc);
    let result = match step {
        Ok(GenStep::Return(v)) => {
            if f.must_cancel.get() {
                f.must_cancel.set(false);
                do_cancel(vm, me, f, get(&f.cancel_message))?;
            } else {
                do_set_result(vm, me, f, v)?;
            }
            return Ok(Value::none());
        }
        Err(e) => {
            let cancelled = helper(vm, H_CANCELLED)?;
            if is_subtype_ptr(e.value().class_ptr(), cancelled.as_ptr()) {
                put(&f.cancelled_exc, Some(e.0));
                do_cancel(vm, me, f, None)?;
                return Ok(Value::none());
            }
            do_set_exception(vm, me, f, e.value().clone())?;
            if e.matches(ExcType::KeyboardInterrupt) || e.matches(ExcType::SystemExit) {
                return Err(e);
            }
            return Ok(Value::none());
        }
        Ok(GenStep::Yield(v)) => v,
    };
    if result.is(me) {
        let t = vm.repr_string(me)?;
        return error_soon(vm, me, f, format!("Task cannot await on itself: {t}"));
    }
    if is_exact(&result, "_asyncio.Future") || is_exact(&result, "_asyncio.Task") {
        let rf = fut_of(&result)?;
        if !get(&rf.loop_).map(|l| l.is(&alive(f).unwrap_or_else(|_| Value::none()))).unwrap_or(false) {
            return different_loop(vm, me, f, &result);
        }
        if !rf.blocking.get() {
            return yield_instead(vm, me, f, &result);
        }
        rf.blocking.set(false);
        let wakeup = crate::types::new_bound_builtin(&WAKEUP, me.clone(), "Task");
        add_done_callback(vm, &result, rf, wakeup, get(&f.context))?;
        return wait_on(vm, f, result);
    }
    if result.is_none() {
        call_step_soon(vm, me, f, None)?;
        return Ok(Value::none());
    }
    let blocking = vm.getattr_opt(&result, &Value::intern("_asyncio_future_blocking"))?;
    if let Some(b) = blocking.filter(|b| !b.is_none()) {
        let blocking = vm.truthy(&b)?;
        let oloop = future_loop(vm, &result)?;
        if !oloop.is(&alive(f)?) {
            return different_loop(vm, me, f, &result);
        }
        if !blocking {
            return yield_instead(vm, me, f, &result);
        }
        vm.setattr(&result, &Value::intern("_asyncio_future_blocking"), &Value::bool(false))?;
        let wakeup = crate::types::new_bound_builtin(&WAKEUP, me.clone(), "Task");
        let add = vm.getattr(&result, &Value::intern("add_done_callback"))?;
        vm.call_kw(&add, &[wakeup], &[(Value::intern("context"), opt_none(get(&f.context)))])?;
        return wait_on(vm, f, result);
    }
    let isgen = helper(vm, H_ISGENERATOR)?;
    let g = vm.call(&isgen, &[result.clone()])?;
    let (t, r) = (vm.repr_string(me)?, vm.repr_string(&result)?);
    if vm.truthy(&g)? {
        return error_soon(vm, me, f, format!("yield was used instead of yield from for generator in task {t} with {r}"));
    }
    error_soon(vm, me, f, format!("Task got bad yield: {r}"))
}

/// Resumes the coroutine with `send(None)` or `throw(exc)` (the generator fast path for
/// coroutines, else the methods).
fn resume(vm: &mut Vm, coro: &Value, exc: Option<Value>) -> PyResult<GenStep> {
    if coro.downcast::<GenData>().is_some() {
        return match exc {
            None => vm.gen_resume(coro, Some(Value::none()), None),
            Some(e) => {
                let e = crate::types::generator::make_throw_exc(vm, &[e])?;
                vm.gen_resume(coro, None, Some(e))
            }
        };
    }
    let r = match exc {
        None => vm.call_method(coro, "send", &[Value::none()]),
        Some(e) => vm.call_method(coro, "throw", &[e]),
    };
    match r {
        Ok(v) => Ok(GenStep::Yield(v)),
        Err(e) if e.matches(ExcType::StopIteration) => {
            let v = vm.getattr(e.value(), &Value::intern("value"))?;
            Ok(GenStep::Return(v))
        }
        Err(e) => Err(e),
    }
}

/// Records the future the task now waits on, and passes on a cancellation that came first.
fn wait_on(vm: &mut Vm, f: &Fut, result: Value) -> PyResult {
    put(&f.fut_waiter, Some(result.clone()));
    if f.must_cancel.get() {
        let r = vm.call_method(&result, "cancel", &[opt_none(get(&f.cancel_message))])?;
        if vm.truthy(&r)? {
            f.must_cancel.set(false);
        }
    }
    Ok(Value::none())
}

fn future_loop(vm: &mut Vm, fut: &Value) -> PyResult {
    if is_exact(fut, "_asyncio.Future") || is_exact(fut, "_asyncio.Task") {
        return alive(fut_of(fut)?);
    }
    if let Some(m) = vm.getattr_opt(fut, &Value::intern("get_loop"))? {
        return vm.call(&m, &[]);
    }
    vm.getattr(fut, &Value::intern("_loop"))
}

fn error_soon(vm: &mut Vm, me: &Value, f: &Fut, msg: String) -> PyResult {
    let e = PyErr::new(ExcType::RuntimeError, msg);
    call_step_soon(vm, me, f, Some(e.0))?;
    Ok(Value::none())
}

fn different_loop(vm: &mut Vm, me: &Value, f: &Fut, result: &Value) -> PyResult {
    let (t, r) = (vm.repr_string(me)?, vm.repr_string(result)?);
    error_soon(vm, me, f, format!("Task {t} got Future {r} attached to a different loop"))
}

fn yield_instead(vm: &mut Vm, me: &Value, f: &Fut, result: &Value) -> PyResult {
    let (t, r) = (vm.repr_string(me)?, vm.repr_string(result)?);
    error_soon(vm, me, f, format!("yield was used instead of yield from in task {t} with {r}"))
}
