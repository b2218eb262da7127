//! The `js` module (wasm only): JS values as Python proxies (`JsProxy`) and Python objects
//! handed to JS (functions become JS functions, exceptions `PythonError`s, anything else an
//! opaque `PyProxy`). Conversion rules and the API are in js/README.md ("The js module").
//!
//! A `JsProxy` owns one handle of the loader's table (js/pygmy-js.mjs); dropping the proxy
//! releases it. A Python object given to JS is kept in this module's registry under an id
//! until JS lets go of its wrapper (FinalizationRegistry) or it is destroyed explicitly.
//! Every call out to JS goes through [`out`], which lets JS call back into this VM.

use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::modules::util::{new_module, set};
use crate::object::{alloc_obj, Kind};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, Args, MethodDef, NativeFn};
use crate::types::native::{NativeData, NativeObject};
use crate::value::Value;
use crate::vm::Vm;
use crate::wasm_host::{
    js_call, js_error, js_from_bytes, js_from_num, js_get, js_kind, js_num, js_op, js_pyobj, js_release, js_set, js_text, take_pending,
    JsEntry, CURRENT_VM, JS_ENTRY,
};
use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;

// Handles with a fixed meaning (js/pygmy-js.mjs).
const UNDEFINED: i32 = 0;
const NULL: i32 = 1;
const FALSE: i32 = 2;
const TRUE: i32 = 3;
const GLOBAL: i32 = 4;
/// Returned by an operation that did not apply (no such attribute, not iterable, done).
const MISSING: i32 = -3;

// `js_kind` answers.
const K_NUMBER: i32 = 4;
const K_STRING: i32 = 5;
const K_BIGINT: i32 = 6;
const K_PYOBJ: i32 = 7;
const K_FUNCTION: i32 = 8;
const K_ARRAY: i32 = 9;

// `js_op` operations.
const OP_DUP: i32 = 0;
const OP_CONTAINS: i32 = 1;
const OP_LEN: i32 = 2;
const OP_TRUTHY: i32 = 3;
const OP_ITER: i32 = 4;
const OP_NEXT: i32 = 5;
const OP_NEW_ARRAY: i32 = 6;
const OP_NEW_OBJECT: i32 = 7;
const OP_PUSH: i32 = 8;
const OP_ENTRIES: i32 = 9;
const OP_STATS: i32 = 10;
const OP_PYID: i32 = 11;
const OP_DESTROY: i32 = 12;

// `js_text` modes.
const T_STRING: i32 = 0;
const T_REPR: i32 = 1;
const T_BIGINT: i32 = 2;
const T_ERROR: i32 = 3;
const T_TYPEOF: i32 = 4;
const T_BYTES: i32 = 5;

// `js_from_bytes` modes.
const B_STRING: i32 = 0;
const B_BIGINT: i32 = 1;
const B_UINT8ARRAY: i32 = 2;

/// Nesting limit of `to_js`/`to_py` copies (a self-containing list would never end).
const MAX_DEPTH: u32 = 200;

/// A JS value seen from Python: a handle, and for a function read as an attribute, the
/// object it was read from (its `this` when called).
struct JsProxy {
    h: i32,
    this: i32,
}

impl NativeObject for JsProxy {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Drop for JsProxy {
    fn drop(&mut self) {
        // SAFETY: plain calls; releasing a fixed handle does nothing.
        unsafe {
            js_release(self.h);
            js_release(self.this);
        }
    }
}

struct State {
    proxy_type: Value,
    exc_type: Value,
    null: Value,
    /// Python objects JS holds wrappers of, by id; `by_obj` finds an object's id again.
    registry: Vec<Option<Value>>,
    free: Vec<i32>,
    by_obj: HashMap<usize, i32>,
}

thread_local! {
    static STATE: RefCell<Option<State>> = const { RefCell::new(None) };
}

fn with_state<R>(f: impl FnOnce(&mut State) -> R) -> R {
    STATE.with_borrow_mut(|s| f(s.as_mut().expect("js module initialized")))
}

/// Runs a call out to JS with `vm` reachable by JS callbacks (`wasm_host::py_call`).
fn out<R>(vm: &mut Vm, f: impl FnOnce() -> R) -> R {
    let prev = CURRENT_VM.with(|c| c.replace(vm as *mut Vm));
    let r = f();
    CURRENT_VM.with(|c| c.set(prev));
    r
}

fn release(h: i32) {
    // SAFETY: plain call.
    unsafe { js_release(h) }
}

/// The text `js_text` gives for handle `h` in `mode` (None when it has none).
fn text(vm: &mut Vm, h: i32, mode: i32) -> Option<String> {
    // SAFETY: plain call; the result is pending for `take_pending`.
    let len = out(vm, || unsafe { js_text(h, mode) });
    take_pending(len).map(|b| String::from_utf8_lossy(&b).into_owned())
}

fn new_str(s: &str, mode: i32) -> i32 {
    // SAFETY: `s` is valid for the call.
    unsafe { js_from_bytes(s.as_ptr(), s.len(), mode) }
}

fn proxy(h: i32, this: i32) -> Value {
    let t = with_state(|s| s.proxy_type.clone());
    alloc_obj(&t, NativeData(Box::new(JsProxy { h, this })), 0)
}

/// The exception for the JS value thrown by the last operation that returned -1: the Python
/// exception itself when it is a `PythonError` of ours coming back, else `JsException`.
fn js_err(vm: &mut Vm) -> PyErr {
    // SAFETY: plain call.
    let h = unsafe { js_error() };
    exception_of(vm, h)
}

/// The exception for thrown (or rejected) JS value `h`, whose handle it takes.
fn exception_of(vm: &mut Vm, h: i32) -> PyErr {
    // SAFETY: plain call.
    if unsafe { js_kind(h) } == K_PYOBJ {
        if let Ok(v) = from_js(vm, h) {
            if crate::types::typeobj::is_subtype_ptr(v.class_ptr(), ExcType::BaseException.type_ptr()) {
                return PyErr(v);
            }
        }
        return type_error("a JS operation threw a Python object");
    }
    let msg = text(vm, h, T_ERROR).unwrap_or_default();
    let cls = with_state(|s| s.exc_type.clone());
    let exc = match vm.call(&cls, &[Value::str(&msg)]) {
        Ok(e) => e,
        Err(e) => return e,
    };
    let err = from_js(vm, h).unwrap_or_else(|_| Value::none());
    let _ = vm.setattr(&exc, &Value::intern("js_error"), &err);
    for attr in ["name", "message"] {
        let v = if err.native::<JsProxy>().is_some() { vm.getattr_opt(&err, &Value::intern(attr)).ok().flatten() } else { None };
        let _ = vm.setattr(&exc, &Value::intern(attr), &v.unwrap_or_else(Value::none));
    }
    PyErr(exc)
}

/// Checks an operation's result handle.
fn ok(vm: &mut Vm, h: i32) -> PyResult<i32> {
    if h == -1 {
        Err(js_err(vm))
    } else {
        Ok(h)
    }
}

/// Converts a JS value to Python, taking ownership of handle `h` (module doc, README rules).
fn from_js(vm: &mut Vm, h: i32) -> PyResult {
    // SAFETY: plain calls.
    let kind = unsafe { js_kind(h) };
    let v = match kind {
        UNDEFINED => Value::none(),
        NULL => with_state(|s| s.null.clone()),
        FALSE => Value::bool(false),
        TRUE => Value::bool(true),
        K_NUMBER => {
            // SAFETY: plain call.
            let x = unsafe { js_num(h) };
            release(h);
            if x.fract() == 0.0 && x.abs() <= 9007199254740992.0 && !(x == 0.0 && x.is_sign_negative()) {
                Value::int(x as i64)
            } else {
                Value::float(x)
            }
        }
        K_STRING | K_BIGINT => {
            let s = text(vm, h, if kind == K_STRING { T_STRING } else { T_BIGINT }).unwrap_or_default();
            release(h);
            if kind == K_STRING {
                Value::str(&s)
            } else {
                num_bigint::BigInt::parse_bytes(s.as_bytes(), 10).map(Value::from_bigint).unwrap_or_else(|| Value::int(0))
            }
        }
        K_PYOBJ => {
            // SAFETY: plain call.
            let id = unsafe { js_op(OP_PYID, h, 0) };
            release(h);
            let v = with_state(|s| s.registry.get(id as usize).cloned().flatten());
            v.ok_or_else(|| PyErr::new(ExcType::RuntimeError, "this Python object was destroyed"))?
        }
        _ => proxy(h, UNDEFINED),
    };
    Ok(v)
}

/// The registry id of `v`, adding it if JS holds no wrapper of it yet.
fn register(v: &Value) -> i32 {
    with_state(|s| {
        if let Some(&id) = s.by_obj.get(&v.bits()) {
            return id;
        }
        let id = match s.free.pop() {
            Some(id) => {
                s.registry[id as usize] = Some(v.clone());
                id
            }
            None => {
                s.registry.push(Some(v.clone()));
                (s.registry.len() - 1) as i32
            }
        };
        s.by_obj.insert(v.bits(), id);
        id
    })
}

/// JS dropped or destroyed its wrapper of registry entry `id`.
fn py_release(_vm: &mut Vm, id: i32) {
    let old = with_state(|s| {
        let old = s.registry.get_mut(id as usize).and_then(|slot| slot.take());
        if let Some(v) = &old {
            s.by_obj.remove(&v.bits());
            s.free.push(id);
        }
        old
    });
    drop(old);
}

/// A JS wrapper of a Python object: a function for callables, a `PythonError` for
/// exceptions (its message the formatted traceback), else an opaque `PyProxy`.
fn wrap_py(vm: &mut Vm, v: &Value) -> i32 {
    let is_exc = crate::types::typeobj::is_subtype_ptr(v.class_ptr(), ExcType::BaseException.type_ptr());
    let msg = if is_exc { crate::traceback::format_exception(vm, v) } else { String::new() };
    let kind = if is_exc { 2 } else if crate::builtins::is_callable(v) { 0 } else { 1 };
    let id = register(v);
    // SAFETY: `msg` is valid for the call.
    unsafe { js_pyobj(id, kind, msg.as_ptr(), msg.len()) }
}

/// Converts a Python value to JS; the returned handle is owned by the caller.
fn to_js(vm: &mut Vm, v: &Value, depth: u32) -> PyResult<i32> {
    if depth > MAX_DEPTH {
        return Err(PyErr::new(ExcType::RecursionError, "maximum recursion depth exceeded while converting to JS"));
    }
    if v.is_none() {
        return Ok(UNDEFINED);
    }
    if let Some(p) = v.native::<JsProxy>() {
        // SAFETY: plain call.
        return Ok(unsafe { js_op(OP_DUP, p.h, 0) });
    }
    let h = match v.kind() {
        Kind::Bool => {
            if v.downcast::<bool>().copied().unwrap_or(false) {
                TRUE
            } else {
                FALSE
            }
        }
        Kind::Int => match v.as_i64().filter(|i| i.unsigned_abs() <= 1 << 53) {
            // SAFETY: plain call.
            Some(i) => unsafe { js_from_num(i as f64) },
            None => {
                let s = v.as_int().map(|i| crate::types::int::int_to_string(&i)).unwrap_or_default();
                new_str(&s, B_BIGINT)
            }
        },
        // SAFETY: plain call.
        Kind::Float => unsafe { js_from_num(v.downcast::<f64>().copied().unwrap_or(0.0)) },
        Kind::Str => new_str(v.as_str().unwrap_or(""), B_STRING),
        Kind::Bytes | Kind::ByteArray => {
            let b = crate::types::bytes::buffer(v).unwrap_or_default();
            // SAFETY: `b` is valid for the call.
            unsafe { js_from_bytes(b.as_ptr(), b.len(), B_UINT8ARRAY) }
        }
        Kind::List | Kind::Tuple => {
            let items = match v.as_tuple() {
                Some(t) => t.to_vec(),
                None => v.as_list().map(|l| l.snapshot()).unwrap_or_default(),
            };
            // SAFETY: plain call.
            let arr = unsafe { js_op(OP_NEW_ARRAY, 0, 0) };
            for item in &items {
                let h = to_js(vm, item, depth + 1).inspect_err(|_| release(arr))?;
                // SAFETY: plain call.
                unsafe { js_op(OP_PUSH, arr, h) };
                release(h);
            }
            arr
        }
        Kind::Dict => {
            let items = v.downcast::<crate::types::dict::DictData>().map(|d| d.items()).unwrap_or_default();
            // SAFETY: plain call.
            let obj = unsafe { js_op(OP_NEW_OBJECT, 0, 0) };
            for (k, val) in &items {
                let kh = to_js(vm, k, depth + 1).inspect_err(|_| release(obj))?;
                let vh = to_js(vm, val, depth + 1).inspect_err(|_| {
                    release(kh);
                    release(obj)
                })?;
                // SAFETY: plain call; setting a property of a fresh plain object.
                let r = out(vm, || unsafe { js_set(obj, kh, vh) });
                release(kh);
                release(vh);
                if r == -1 {
                    release(obj);
                    return Err(js_err(vm));
                }
            }
            obj
        }
        _ if is_awaitable_task(vm, v) => return promise_of(vm, v),
        _ => wrap_py(vm, v),
    };
    Ok(h)
}

/// A coroutine object, or an asyncio Future or Task (`asyncio.isfuture`): what JS gets
/// as a Promise.
fn is_awaitable_task(vm: &mut Vm, v: &Value) -> bool {
    if v.downcast::<crate::types::generator::GenData>().is_some_and(|g| g.kind == crate::types::generator::GenKind::Coroutine) {
        return true;
    }
    // As `asyncio.isfuture`: the class says `_asyncio_future_blocking` (not None).
    let cls = v.class();
    crate::types::typeobj::lookup(&cls, &Value::intern("_asyncio_future_blocking")).is_some_and(|b| !b.is_none())
        && vm.getattr_opt(v, &Value::intern("add_done_callback")).ok().flatten().is_some()
}

/// `v` (a coroutine, scheduled as a task of the running loop, or a future) as a new JS
/// Promise that settles with it: `new Promise(executor)`, where the executor (Python, called
/// at once by JS) adds a done callback to the future that resolves or rejects the promise.
fn promise_of(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let fut = if v.kind() == Kind::Generator {
        let aio = vm.import_module("asyncio")?;
        let lp = vm.call_method(&aio, "get_running_loop", &[])?;
        vm.call_method(&lp, "create_task", std::slice::from_ref(v))?
    } else {
        v.clone()
    };
    let executor = partial(vm, "_promise_executor", &[fut])?;
    let ctor = getattr_of(vm, GLOBAL, "Promise")?;
    let ctor_h = ctor.native::<JsProxy>().map(|p| p.h).ok_or_else(|| type_error("globalThis.Promise is not a constructor"))?;
    let p = call_out(vm, ctor_h, UNDEFINED, &Args::new(&[executor]), true)?;
    to_js(vm, &p, 0)
}

/// `functools.partial(js.NAME, *args)`: a Python callable for JS that carries Python state.
fn partial(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult {
    let m = vm.import_module("js")?;
    let f = vm.getattr(&m, &Value::intern(name))?;
    let ft = vm.import_module("_functools")?;
    let partial = vm.getattr(&ft, &Value::intern("partial"))?;
    let mut all = vec![f];
    all.extend_from_slice(args);
    vm.call(&partial, &all)
}

/// `js._promise_executor(fut, resolve, reject)`: the executor of `promise_of`'s Promise.
fn promise_executor(vm: &mut Vm, args: Args) -> PyResult {
    let [fut, resolve, reject] = args.bind("_promise_executor", ["fut", "resolve", "reject"], 3, 3)?.map(|v| v.unwrap_or_else(Value::none));
    let done = partial(vm, "_promise_done", &[resolve, reject])?;
    vm.call_method(&fut, "add_done_callback", &[done])
}

/// `js._promise_done(resolve, reject, fut)`: settles the Promise with the finished future
/// (its result, else its exception, a cancellation included, as a `PythonError`).
fn promise_done(vm: &mut Vm, args: Args) -> PyResult {
    let [resolve, reject, fut] = args.bind("_promise_done", ["resolve", "reject", "fut"], 3, 3)?.map(|v| v.unwrap_or_else(Value::none));
    match vm.call_method(&fut, "result", &[]) {
        Ok(r) => vm.call(&resolve, &[r]),
        Err(e) => vm.call(&reject, &[e.0]),
    }
}

/// `await proxy`: a JS thenable awaited by a coroutine of the running asyncio loop. A
/// future of that loop is settled by the thenable's `then` callbacks (JS calls them from its
/// event loop, which ends the loop's wait in `select`: `Suspension::Wait`); a rejection
/// raises `JsException` (or the Python exception a `PythonError` carried).
fn proxy_await(vm: &mut Vm, args: Args) -> PyResult {
    let p = this(&args)?;
    let then = {
        let key = new_str("then", B_STRING);
        // SAFETY: plain call.
        let h = out(vm, || unsafe { js_get(p.h, key, 0) });
        release(key);
        ok(vm, h)?
    };
    // SAFETY: plain call.
    if unsafe { js_kind(then) } != K_FUNCTION {
        release(then);
        return Err(type_error("object JsProxy can't be used in 'await' expression (it has no then method)"));
    }
    let this_h = p.h;
    let aio = vm.import_module("asyncio").inspect_err(|_| release(then))?;
    let lp = vm.call_method(&aio, "get_running_loop", &[]).inspect_err(|_| release(then))?;
    let fut = vm.call_method(&lp, "create_future", &[]).inspect_err(|_| release(then))?;
    let on_ok = partial(vm, "_settle", &[fut.clone(), Value::bool(true)]).inspect_err(|_| release(then))?;
    let on_err = partial(vm, "_settle", &[fut.clone(), Value::bool(false)]).inspect_err(|_| release(then))?;
    let r = call_out(vm, then, this_h, &Args::new(&[on_ok, on_err]), false);
    release(then);
    r?;
    vm.call_method(&fut, "__await__", &[])
}

/// `js._settle(fut, ok, value)`: a thenable settled; `fut` gets its value or exception
/// unless it was cancelled meanwhile.
fn settle(vm: &mut Vm, args: Args) -> PyResult {
    let [fut, ok_, value] = args.bind("_settle", ["fut", "ok", "value"], 3, 3)?.map(|v| v.unwrap_or_else(Value::none));
    let done = vm.call_method(&fut, "done", &[])?;
    if vm.truthy(&done)? {
        return Ok(Value::none());
    }
    if vm.truthy(&ok_)? {
        return vm.call_method(&fut, "set_result", &[value]);
    }
    let exc = if crate::types::typeobj::is_subtype_ptr(value.class_ptr(), ExcType::BaseException.type_ptr()) {
        value
    } else {
        let h = to_js(vm, &value, 0)?;
        exception_of(vm, h).0
    };
    vm.call_method(&fut, "set_exception", &[exc])
}

/// Converts arguments (keyword arguments as one trailing object), calls, releases them.
fn call_out(vm: &mut Vm, f: i32, this: i32, args: &Args, construct: bool) -> PyResult {
    let mut argv = Vec::new();
    let r = (|| {
        for a in args.pos() {
            argv.push(to_js(vm, a, 0)?);
        }
        if args.has_kwargs() {
            // SAFETY: plain call.
            let obj = unsafe { js_op(OP_NEW_OBJECT, 0, 0) };
            argv.push(obj);
            for (k, v) in args.kwargs() {
                let kh = to_js(vm, k, 0)?;
                let vh = to_js(vm, v, 0).inspect_err(|_| release(kh))?;
                // SAFETY: plain call.
                unsafe { js_set(obj, kh, vh) };
                release(kh);
                release(vh);
            }
        }
        // SAFETY: `argv` is valid for the call.
        let h = out(vm, || unsafe { js_call(f, this, argv.as_ptr(), argv.len(), construct as i32) });
        ok(vm, h)
    })();
    argv.into_iter().for_each(release);
    from_js(vm, r?)
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a JsProxy> {
    args.all.first().and_then(|v| v.native::<JsProxy>()).ok_or_else(|| type_error("descriptor requires a 'JsProxy' object"))
}

fn name_arg<'a>(args: &Args<'a>, what: &str) -> PyResult<&'a str> {
    args.all.get(1).and_then(|n| n.as_str()).ok_or_else(|| type_error(format!("{what}: attribute name must be string")))
}

fn proxy_getattr(vm: &mut Vm, args: Args) -> PyResult {
    let p = this(&args)?;
    let name = name_arg(&args, "__getattr__")?;
    getattr_of(vm, p.h, name)
}

/// `obj.name`: AttributeError when the property is absent, a method bound to `obj`.
fn getattr_of(vm: &mut Vm, obj: i32, name: &str) -> PyResult {
    let key = new_str(name, B_STRING);
    // SAFETY: plain call.
    let h = out(vm, || unsafe { js_get(obj, key, 1) });
    release(key);
    if h == MISSING {
        return Err(PyErr::new(ExcType::AttributeError, format!("'JsProxy' object has no attribute '{name}'")));
    }
    let h = ok(vm, h)?;
    // SAFETY: plain calls.
    if unsafe { js_kind(h) } == K_FUNCTION {
        return Ok(proxy(h, unsafe { js_op(OP_DUP, obj, 0) }));
    }
    from_js(vm, h)
}

fn set_prop(vm: &mut Vm, obj: i32, key: i32, val: Option<&Value>) -> PyResult {
    let vh = match val {
        Some(v) => to_js(vm, v, 0).inspect_err(|_| release(key))?,
        None => -1,
    };
    // SAFETY: plain call.
    let r = out(vm, || unsafe { js_set(obj, key, vh) });
    release(key);
    release(vh);
    ok(vm, r)?;
    Ok(Value::none())
}

fn proxy_setattr(vm: &mut Vm, args: Args) -> PyResult {
    let p = this(&args)?;
    let name = name_arg(&args, "__setattr__")?;
    let v = args.all.get(2).ok_or_else(|| type_error("__setattr__ expected 2 arguments"))?;
    set_prop(vm, p.h, new_str(name, B_STRING), Some(v))
}

fn proxy_delattr(vm: &mut Vm, args: Args) -> PyResult {
    let p = this(&args)?;
    let name = name_arg(&args, "__delattr__")?;
    set_prop(vm, p.h, new_str(name, B_STRING), None)
}

fn key_arg(vm: &mut Vm, args: &Args, what: &str) -> PyResult<i32> {
    let k = args.all.get(1).ok_or_else(|| type_error(format!("{what} expected an argument")))?;
    to_js(vm, k, 0)
}

fn proxy_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let p = this(&args)?;
    let key = key_arg(vm, &args, "__getitem__")?;
    // SAFETY: plain call.
    let h = out(vm, || unsafe { js_get(p.h, key, 0) });
    release(key);
    let h = ok(vm, h)?;
    from_js(vm, h)
}

fn proxy_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let p = this(&args)?;
    let v = args.all.get(2).ok_or_else(|| type_error("__setitem__ expected 2 arguments"))?;
    let key = key_arg(vm, &args, "__setitem__")?;
    set_prop(vm, p.h, key, Some(v))
}

fn proxy_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let p = this(&args)?;
    let key = key_arg(vm, &args, "__delitem__")?;
    set_prop(vm, p.h, key, None)
}

fn proxy_call(vm: &mut Vm, args: Args) -> PyResult {
    let p = this(&args)?;
    call_out(vm, p.h, p.this, &args.rest(), false)
}

fn proxy_new(vm: &mut Vm, args: Args) -> PyResult {
    let p = this(&args)?;
    call_out(vm, p.h, UNDEFINED, &args.rest(), true)
}

/// `js_op(op, self)` with -1 raised as JsException.
fn op(vm: &mut Vm, args: &Args, op: i32, b: i32) -> PyResult<i32> {
    let p = this(args)?;
    // SAFETY: plain call.
    let r = out(vm, || unsafe { js_op(op, p.h, b) });
    ok(vm, r)
}

fn proxy_iter(vm: &mut Vm, args: Args) -> PyResult {
    match op(vm, &args, OP_ITER, 0)? {
        MISSING => Err(type_error("'JsProxy' object is not iterable")),
        h => Ok(proxy(h, UNDEFINED)),
    }
}

fn proxy_next(vm: &mut Vm, args: Args) -> PyResult {
    match op(vm, &args, OP_NEXT, 0)? {
        MISSING => Err(crate::error::stop_iteration()),
        h => from_js(vm, h),
    }
}

fn proxy_len(vm: &mut Vm, args: Args) -> PyResult {
    match op(vm, &args, OP_LEN, 0)? {
        MISSING => Err(type_error("object of type 'JsProxy' has no len()")),
        n => Ok(Value::int(n as i64)),
    }
}

fn proxy_contains(vm: &mut Vm, args: Args) -> PyResult {
    let key = key_arg(vm, &args, "__contains__")?;
    let r = op(vm, &args, OP_CONTAINS, key);
    release(key);
    Ok(Value::bool(r? == 1))
}

fn proxy_bool(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(op(vm, &args, OP_TRUTHY, 0)? == 1))
}

fn proxy_eq(_vm: &mut Vm, args: Args) -> PyResult {
    let p = this(&args)?;
    match args.all.get(1).and_then(|o| o.native::<JsProxy>()) {
        Some(o) => Ok(Value::bool(o.h == p.h)),
        None => Ok(Value::not_implemented()),
    }
}

fn proxy_ne(vm: &mut Vm, args: Args) -> PyResult {
    let r = proxy_eq(vm, args)?;
    match r.kind() {
        Kind::Bool => Ok(Value::bool(!r.downcast::<bool>().copied().unwrap_or(false))),
        _ => Ok(r),
    }
}

fn proxy_hash(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(this(&args)?.h as i64))
}

fn proxy_repr(vm: &mut Vm, args: Args) -> PyResult {
    let h = this(&args)?.h;
    Ok(Value::str(&text(vm, h, T_REPR).unwrap_or_default()))
}

fn proxy_typeof(vm: &mut Vm, args: Args) -> PyResult {
    let h = this(&args)?.h;
    Ok(Value::str(&text(vm, h, T_TYPEOF).unwrap_or_default()))
}

fn proxy_destroy(vm: &mut Vm, args: Args) -> PyResult {
    if op(vm, &args, OP_DESTROY, 0)? == MISSING {
        return Err(type_error("destroy(): this JsProxy is not a Python callable given to JS"));
    }
    Ok(Value::none())
}

fn proxy_enter(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(args.self_().clone())
}

fn proxy_to_py(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_().clone();
    to_py(vm, &me, 0)
}

/// Deep conversion: arrays to lists, plain objects and Maps to dicts, Uint8Arrays and
/// ArrayBuffers to bytes; other objects stay proxies.
fn to_py(vm: &mut Vm, v: &Value, depth: u32) -> PyResult {
    let Some(p) = v.native::<JsProxy>() else { return Ok(v.clone()) };
    if depth > MAX_DEPTH {
        return Err(PyErr::new(ExcType::RecursionError, "maximum recursion depth exceeded while converting from JS"));
    }
    let h = p.h;
    // SAFETY: plain calls.
    if unsafe { js_kind(h) } == K_ARRAY {
        let n = out(vm, || unsafe { js_op(OP_LEN, h, 0) }).max(0);
        let mut items = Vec::with_capacity(n as usize);
        for i in 0..n {
            // SAFETY: plain calls.
            let key = unsafe { js_from_num(i as f64) };
            let r = out(vm, || unsafe { js_get(h, key, 0) });
            release(key);
            let r = ok(vm, r)?;
            let item = from_js(vm, r)?;
            items.push(to_py(vm, &item, depth + 1)?);
        }
        return Ok(Value::list(items));
    }
    // SAFETY: plain call.
    let len = out(vm, || unsafe { js_text(h, T_BYTES) });
    if let Some(b) = take_pending(len) {
        return Ok(Value::bytes(b));
    }
    // SAFETY: plain call.
    let entries = out(vm, || unsafe { js_op(OP_ENTRIES, h, 0) });
    if entries == MISSING {
        return Ok(v.clone());
    }
    let entries = ok(vm, entries)?;
    let pairs = to_py(vm, &proxy(entries, UNDEFINED), depth + 1)?;
    let d = Value::dict();
    for pair in pairs.as_list().map(|l| l.snapshot()).unwrap_or_default() {
        let kv = pair.as_list().map(|l| l.snapshot()).unwrap_or_default();
        if let [k, val] = &kv[..] {
            vm.setitem(&d, k, val).map_err(|_| type_error("to_py(): a key is not hashable"))?;
        }
    }
    Ok(d)
}

const PROXY_METHODS: &[MethodDef] = &[
    method("__getattr__", proxy_getattr),
    method("__setattr__", proxy_setattr),
    method("__delattr__", proxy_delattr),
    method("__getitem__", proxy_getitem),
    method("__setitem__", proxy_setitem),
    method("__delitem__", proxy_delitem),
    method("__call__", proxy_call),
    method("__iter__", proxy_iter),
    method("__next__", proxy_next),
    method("__len__", proxy_len),
    method("__contains__", proxy_contains),
    method("__bool__", proxy_bool),
    method("__eq__", proxy_eq),
    method("__ne__", proxy_ne),
    method("__hash__", proxy_hash),
    method("__repr__", proxy_repr),
    method("__enter__", proxy_enter),
    method("__exit__", proxy_destroy_exit),
    method("__await__", proxy_await),
    method("new", proxy_new),
    method("to_py", proxy_to_py),
    method("typeof", proxy_typeof),
    method("destroy", proxy_destroy),
];

fn proxy_destroy_exit(vm: &mut Vm, args: Args) -> PyResult {
    let me = [args.self_().clone()];
    proxy_destroy(vm, Args::new(&me))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("__getattr__", js_getattr),
    ("create_proxy", create_proxy),
    ("to_js", js_to_js),
    ("_stats", js_stats),
    ("_settle", settle),
    ("_promise_executor", promise_executor),
    ("_promise_done", promise_done),
];

/// `js.NAME`: a property of globalThis (PEP 562 module `__getattr__`).
fn js_getattr(vm: &mut Vm, args: Args) -> PyResult {
    let name = args.all.first().and_then(|n| n.as_str()).ok_or_else(|| type_error("attribute name must be string"))?;
    getattr_of(vm, GLOBAL, name)
        .map_err(|e| if e.matches(ExcType::AttributeError) { PyErr::new(ExcType::AttributeError, format!("module 'js' has no attribute '{name}'")) } else { e })
}

/// `js.create_proxy(f)`: the JS function for callable `f` as a JsProxy, to pass to JS and
/// release deterministically with `destroy()` or a `with` block.
fn create_proxy(vm: &mut Vm, args: Args) -> PyResult {
    let [f] = args.bind("create_proxy", ["obj"], 1, 1)?;
    let f = f.unwrap_or_else(Value::none);
    if !crate::builtins::is_callable(&f) {
        return Err(type_error(format!("create_proxy() argument must be callable, not '{}'", crate::types::typeobj::type_name(&f))));
    }
    if f.native::<JsProxy>().is_some() {
        return Ok(f);
    }
    Ok(proxy(wrap_py(vm, &f), UNDEFINED))
}

/// `js.to_js(v)`: `v` converted by the rules (lists and dicts copied): a JsProxy of the copy.
fn js_to_js(vm: &mut Vm, args: Args) -> PyResult {
    let [v] = args.bind("to_js", ["obj"], 1, 1)?;
    let h = to_js(vm, &v.unwrap_or_else(Value::none), 0)?;
    from_js(vm, h)
}

/// `js._stats()`: (live handles in the loader's table, Python objects held for JS): the
/// leak tests' probe.
fn js_stats(_vm: &mut Vm, _args: Args) -> PyResult {
    // SAFETY: plain call.
    let handles = unsafe { js_op(OP_STATS, 0, 0) };
    let held = with_state(|s| s.registry.iter().filter(|v| v.is_some()).count());
    Ok(Value::tuple(vec![Value::int(handles as i64), Value::int(held as i64)]))
}

/// JS calls registry entry `id` (`wasm_host::py_call`): the result's handle, or -2-handle
/// of the `PythonError` to throw.
fn py_call(vm: &mut Vm, id: i32, this: i32, argv: &[i32]) -> i32 {
    // Called from the event loop (not from inside a call out to JS): flush what it printed.
    let idle = CURRENT_VM.with(|c| c.get().is_null());
    let r = py_call_inner(vm, id, this, argv);
    if idle {
        vm.flush();
    }
    r
}

fn py_call_inner(vm: &mut Vm, id: i32, this: i32, argv: &[i32]) -> i32 {
    release(this);
    let f = with_state(|s| s.registry.get(id as usize).cloned().flatten());
    let r = (|| {
        let mut args = Vec::with_capacity(argv.len());
        for &h in argv {
            args.push(from_js(vm, h)?);
        }
        let f = f.ok_or_else(|| PyErr::new(ExcType::RuntimeError, "this Python callable was destroyed"))?;
        let v = vm.call(&f, &args)?;
        to_js(vm, &v, 0)
    })();
    match r {
        Ok(h) => h,
        Err(e) => -2 - wrap_py(vm, &e.0),
    }
}

pub fn init(vm: &mut Vm) -> PyResult {
    let m = new_module("js", FUNCTIONS);
    let proxy_type = crate::types::new_native_type("JsProxy", "js", None, &[PROXY_METHODS], &[], false);
    // Every attribute access goes to JS (native types get no slot flags from their methods).
    let td = crate::types::typeobj::tdata(&proxy_type);
    use crate::types::typeobj::sflag;
    td.slots.set(td.slots.get() | sflag::GETATTR | sflag::SETATTR | sflag::DELATTR);
    let ns = Value::dict();
    vm.setitem(&ns, &Value::intern("__module__"), &Value::intern("js"))?;
    let exc_type =
        crate::types::typeobj::new_class(vm, &rt().ty(BT::Type), &Value::intern("JsException"), &[ExcType::Exception.type_value()], &ns, &[])?;
    let null = alloc_obj(&proxy_type, NativeData(Box::new(JsProxy { h: NULL, this: UNDEFINED })), 0);
    set(&m, "JsProxy", proxy_type.clone());
    set(&m, "JsException", exc_type.clone());
    set(&m, "null", null.clone());
    set(&m, "undefined", Value::none());
    STATE.with_borrow_mut(|s| {
        s.get_or_insert_with(|| State {
            proxy_type,
            exc_type,
            null,
            registry: Vec::new(),
            free: Vec::new(),
            by_obj: HashMap::new(),
        });
    });
    set(&m, "globalThis", proxy(GLOBAL, UNDEFINED));
    JS_ENTRY.with(|e| e.set(Some(JsEntry { call: py_call, release: py_release })));
    Ok(m)
}
