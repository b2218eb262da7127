//! Generators, coroutines and async generators. A generator owns its suspended `Frame`; the
//! interpreter moves the frame onto the frame stack to resume it (stackless: `FOR_ITER` and
//! `SEND` resume inline; `send()`/`next()` from Rust re-enter the loop).

use crate::error::{runtime_error, stop_iteration, type_error, value_error, ExcType, PyErr, PyResult};
use crate::frame::Frame;
use crate::object::{alloc_obj, CellValue, Header, Kind, Obj, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, Args, MethodDef};
use crate::types::native::{NativeData, NativeObject};
use crate::types::typeobj::type_name;
use crate::value::Value;
use crate::vm::Vm;
use std::any::Any;
use std::cell::{Cell, UnsafeCell};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The kind of object a code object with these `co_flags` makes when it is called
    /// (callers check first that one of the three flags is set).
    pub fn of_flags(flags: u32) -> GenKind {
        use pygmy_bytecode::code::flags as co;
        if flags & co::COROUTINE != 0 {
            GenKind::Coroutine
        } else if flags & co::ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        }
    }
}

pub struct GenData {
    pub frame: UnsafeCell<Option<Box<Frame>>>,
    pub state: Cell<GenState>,
    pub kind: GenKind,
    pub name: Cell<Option<Value>>,
    pub qualname: Cell<Option<Value>>,
    pub code: Value,
    /// The handled exception (sys.exc_info) saved while suspended.
    pub exc_state: Cell<Option<Value>>,
    /// Async generators: an asend/athrow is in progress.
    pub ag_running: Cell<bool>,
    /// Async generators: aclose() was called / it finished.
    pub ag_closed: Cell<bool>,
    /// Async generators: sys.set_asyncgen_hooks' hooks were consulted (first iteration).
    pub ag_hooks_inited: Cell<bool>,
    /// Async generators: the finalizer hook in effect at the first iteration, called
    /// instead of closing it when it is collected unfinished (how asyncio closes them).
    pub ag_finalizer: Cell<Option<Value>>,
}

impl Trace for GenData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        // SAFETY: the frame box is not mutated during tracing.
        if let Some(f) = unsafe { &*self.frame.get() } {
            visit(&f.code);
            if let Some(func) = &f.func {
                visit(func);
            }
            visit(&f.globals);
            visit(&f.builtins);
            if let Some(l) = &f.locals {
                visit(l);
            }
            for v in f.slots.iter().flatten() {
                visit(v);
            }
            if let Some(fo) = &f.frame_obj {
                visit(fo);
            }
        }
        self.name.trace(visit);
        self.qualname.trace(visit);
        visit(&self.code);
        self.exc_state.trace(visit);
        self.ag_finalizer.trace(visit);
    }
    fn clear(&self) {
        // SAFETY: called by the collector when nothing runs the frame.
        let f = unsafe { (*self.frame.get()).take() };
        drop(f);
        drop(self.exc_state.take());
        drop(self.ag_finalizer.take());
    }
}

impl GenData {
    /// Takes the suspended frame out (to run it).
    pub fn take_frame(&self) -> Option<Box<Frame>> {
        // SAFETY: single-threaded; no borrow of the frame is live.
        unsafe { (*self.frame.get()).take() }
    }

    pub fn put_frame(&self, f: Box<Frame>) {
        // SAFETY: as above.
        unsafe { *self.frame.get() = Some(f) };
    }

    pub fn frame_ref(&self) -> Option<&Frame> {
        // SAFETY: as above; read-only peek.
        unsafe { (*self.frame.get()).as_deref() }
    }

    pub fn type_word(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

/// Whether a dying generator must be closed first (it is suspended inside its body).
pub fn needs_close(h: &Header) -> bool {
    // SAFETY: called with a Generator-kind header.
    let g = unsafe { &(*(h as *const Header as *const Obj<GenData>)).data };
    g.state.get() == GenState::Suspended
}

pub fn new_generator(frame: Box<Frame>, kind: GenKind, name: Value, qualname: Value) -> Value {
    let code = frame.code.clone();
    let t = match kind {
        GenKind::Generator => BT::Generator,
        GenKind::Coroutine => BT::Coroutine,
        GenKind::AsyncGenerator => BT::AsyncGenerator,
    };
    alloc_obj(
        &rt().ty(t),
        GenData {
            frame: UnsafeCell::new(Some(frame)),
            state: Cell::new(GenState::Created),
            kind,
            name: Cell::new(Some(name)),
            qualname: Cell::new(Some(qualname)),
            code,
            exc_state: Cell::new(None),
            ag_running: Cell::new(false),
            ag_closed: Cell::new(false),
            ag_hooks_inited: Cell::new(false),
            ag_finalizer: Cell::new(None),
        },
        0,
    )
}

/// Outcome of resuming a generator frame.
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

fn gen<'a>(args: &Args<'a>) -> PyResult<&'a GenData> {
    args.all.first().and_then(|v| v.downcast::<GenData>()).ok_or_else(|| type_error("expected a generator"))
}

/// The iterator a generator is delegating to (`yield from` / `await`), if suspended in one.
pub fn yield_from(g: &GenData) -> Option<Value> {
    if g.state.get() != GenState::Suspended {
        return None;
    }
    let f = g.frame_ref()?;
    let code = f.code_data();
    // Suspended right after a YIELD_VALUE that follows a SEND: the receiver is on top.
    let ip = f.ip;
    if ip < 2 {
        return None;
    }
    // SAFETY: instruction words are valid for the code's length.
    let instrs = unsafe { &*code.instrs.get() };
    let (send_op, _) = pygmy_bytecode::opcode::decode(instrs[ip - 2]);
    let (yield_op, _) = pygmy_bytecode::opcode::decode(instrs[ip - 1]);
    if send_op != pygmy_bytecode::Opcode::SEND as u8 || yield_op != pygmy_bytecode::Opcode::YIELD_VALUE as u8 {
        return None;
    }
    if f.sp == 0 {
        return None;
    }
    f.slots[f.nlocalsplus + f.sp - 1].clone()
}

/// `gen.send(v)` / `next(gen)`: yields → Ok(Some(v)); returns → Err(StopIteration(v)).
pub fn gen_send(vm: &mut Vm, g: &Value, v: Value) -> PyResult {
    match vm.gen_resume(g, Some(v), None)? {
        GenStep::Yield(x) => Ok(x),
        GenStep::Return(r) => Err(stop_iteration_with(g, r)),
    }
}

/// StopIteration (or StopAsyncIteration for async generators finishing) carrying `value`.
pub fn stop_iteration_with(g: &Value, value: Value) -> PyErr {
    let is_async = g.downcast::<GenData>().map(|d| d.kind == GenKind::AsyncGenerator).unwrap_or(false);
    if is_async {
        return PyErr::with_args(ExcType::StopAsyncIteration, vec![]);
    }
    if value.kind() == Kind::NoneType {
        stop_iteration()
    } else {
        PyErr::with_args(ExcType::StopIteration, vec![value])
    }
}

/// Builds the exception for `throw(typ[, val[, tb]])`.
pub fn make_throw_exc(vm: &mut Vm, pos: &[Value]) -> PyResult<PyErr> {
    let typ = &pos[0];
    let val = pos.get(1).filter(|v| v.kind() != Kind::NoneType);
    let tb = pos.get(2).filter(|v| v.kind() != Kind::NoneType);
    if let Some(tb) = tb {
        if tb.kind() != Kind::Traceback {
            return Err(type_error("throw() third argument must be a traceback object"));
        }
    }
    let exc = if typ.kind() == Kind::Type && crate::types::typeobj::is_exception_type(typ) {
        match val {
            Some(v) if v.kind() == Kind::Exception && crate::types::typeobj::is_subtype_ptr(v.class_ptr(), typ.as_ptr()) => v.clone(),
            Some(v) => {
                let args = if let Some(t) = v.as_tuple() { t.to_vec() } else { vec![v.clone()] };
                vm.call(typ, &args)?
            }
            None => vm.call(typ, &[])?,
        }
    } else if typ.kind() == Kind::Exception {
        if val.is_some() {
            return Err(type_error("instance exception may not have a separate value"));
        }
        typ.clone()
    } else {
        return Err(type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            type_name(typ)
        )));
    };
    if let (Some(tb), Some(d)) = (tb, exc.downcast::<crate::types::exception::ExceptionData>()) {
        d.traceback.set(Some(tb.clone()));
    }
    Ok(PyErr(exc))
}

/// `gen.throw(...)`: resumes with an exception raised at the yield point, delegating to a
/// `yield from` target first.
pub fn gen_throw(vm: &mut Vm, g: &Value, exc: PyErr) -> PyResult {
    match vm.gen_resume(g, None, Some(exc))? {
        GenStep::Yield(x) => Ok(x),
        GenStep::Return(r) => Err(stop_iteration_with(g, r)),
    }
}

/// `gen.close()`.
pub fn gen_close(vm: &mut Vm, g: &Value) -> PyResult<()> {
    let d = g.downcast::<GenData>().ok_or_else(|| type_error("expected a generator"))?;
    match d.state.get() {
        GenState::Created => {
            d.state.set(GenState::Finished);
            drop(d.take_frame());
            return Ok(());
        }
        GenState::Finished => return Ok(()),
        GenState::Running => return Err(value_error(format!("{} already executing", d.type_word()))),
        GenState::Suspended => {}
    }
    let exc = PyErr::with_args(ExcType::GeneratorExit, vec![]);
    match vm.gen_resume(g, None, Some(exc)) {
        Ok(GenStep::Yield(_)) => Err(runtime_error(format!("{} ignored GeneratorExit", d.type_word()))),
        Ok(GenStep::Return(_)) => Ok(()),
        Err(e) if e.matches(ExcType::GeneratorExit) || e.matches(ExcType::StopIteration) => Ok(()),
        Err(e) => Err(e),
    }
}

pub const GENERATOR_METHODS: &[MethodDef] = &[
    method("__iter__", gen_iter),
    method("__next__", gen_next),
    method("send", gen_send_m),
    method("throw", gen_throw_m),
    method("close", gen_close_m),
    method("__repr__", gen_repr),
];

pub const COROUTINE_METHODS: &[MethodDef] = &[
    method("send", gen_send_m),
    method("throw", gen_throw_m),
    method("close", gen_close_m),
    method("__await__", coro_await),
    method("__repr__", gen_repr),
];

fn gen_iter(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(args.self_().clone())
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult {
    gen_send(vm, args.self_(), Value::none())
}

fn gen_send_m(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("send", 1, 1)?;
    gen_send(vm, &pos[0], pos[1].clone())
}

fn gen_throw_m(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("throw", 1, 3)?;
    let exc = make_throw_exc(vm, &pos[1..])?;
    gen_throw(vm, &pos[0], exc)
}

fn gen_close_m(vm: &mut Vm, args: Args) -> PyResult {
    gen_close(vm, args.self_())?;
    Ok(Value::none())
}

fn gen_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let g = gen(&args)?;
    let q = g.qualname.get_value().and_then(|q| q.as_str().map(|s| s.to_owned())).unwrap_or_default();
    let word = match g.kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async_generator",
    };
    Ok(Value::string(format!("<{word} object {q} at {:#x}>", args.self_().bits())))
}

// ---- getters ------------------------------------------------------------------------------

pub fn get_running(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(v.downcast::<GenData>().map(|g| g.state.get() == GenState::Running).unwrap_or(false)))
}

pub fn get_suspended(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(v.downcast::<GenData>().map(|g| g.state.get() == GenState::Suspended).unwrap_or(false)))
}

pub fn get_code(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.downcast::<GenData>().map(|g| g.code.clone()).unwrap_or_else(Value::none))
}

pub fn get_frame(vm: &mut Vm, v: &Value) -> PyResult {
    let Some(g) = v.downcast::<GenData>() else { return Ok(Value::none()) };
    if g.state.get() == GenState::Finished {
        return Ok(Value::none());
    }
    // SAFETY: the frame is owned by the generator while suspended.
    match unsafe { (*g.frame.get()).as_mut() } {
        Some(f) => vm.frame_object(f),
        None => Ok(Value::none()),
    }
}

pub fn get_yieldfrom(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.downcast::<GenData>().and_then(yield_from).unwrap_or_else(Value::none))
}

pub fn get_name(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.downcast::<GenData>().and_then(|g| g.name.get_value()).unwrap_or_else(Value::none))
}

pub fn set_name(_vm: &mut Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.filter(|n| n.as_str().is_some()).ok_or_else(|| type_error("__name__ must be set to a string object"))?;
    if let Some(g) = v.downcast::<GenData>() {
        g.name.set(Some(n));
    }
    Ok(())
}

pub fn get_qualname(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.downcast::<GenData>().and_then(|g| g.qualname.get_value()).unwrap_or_else(Value::none))
}

pub fn set_qualname(_vm: &mut Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.filter(|n| n.as_str().is_some()).ok_or_else(|| type_error("__qualname__ must be set to a string object"))?;
    if let Some(g) = v.downcast::<GenData>() {
        g.qualname.set(Some(n));
    }
    Ok(())
}

// ---- coroutine.__await__ wrapper, async generator asend/athrow ---------------------------------

/// The iterator returned by `coroutine.__await__()` and the awaitables of async generators.
pub enum AwaitKind {
    /// Wraps a coroutine: next/send/throw forward to it.
    CoroWrapper,
    /// `agen.asend(v)` / `agen.__anext__()`.
    ASend { value: Option<Value> },
    /// `agen.athrow(...)` / `agen.aclose()` (exc None = aclose).
    AThrow { exc: Option<Value>, close: bool },
    /// `anext(ait, default)`: drives the awaitable `target` through the iterator its `__await__`
    /// gave (`inner`, fetched on the first step) and turns StopAsyncIteration into
    /// StopIteration(default).
    AnextDefault { default: Value, inner: Option<Value> },
}

pub struct AwaitObj {
    pub target: Value,
    pub kind: UnsafeCell<AwaitKind>,
    /// 0 = not started, 1 = running/suspended, 2 = done.
    pub state: Cell<u8>,
}

impl NativeObject for AwaitObj {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.target);
        // SAFETY: not mutated during tracing.
        match unsafe { &*self.kind.get() } {
            AwaitKind::ASend { value: Some(v) } => visit(v),
            AwaitKind::AThrow { exc: Some(v), .. } => visit(v),
            AwaitKind::AnextDefault { default, inner } => {
                visit(default);
                if let Some(i) = inner {
                    visit(i)
                }
            }
            _ => {}
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn new_await_obj(t: BT, target: Value, kind: AwaitKind) -> Value {
    alloc_obj(&rt().ty_borrowed(t), NativeData(Box::new(AwaitObj { target, kind: UnsafeCell::new(kind), state: Cell::new(0) })), 0)
}

fn coro_await(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(new_await_obj(BT::CoroutineWrapper, args.self_().clone(), AwaitKind::CoroWrapper))
}

pub const AWAIT_METHODS: &[MethodDef] = &[
    method("__iter__", gen_iter),
    method("__await__", gen_iter),
    method("__next__", await_next),
    method("send", await_send),
    method("throw", await_throw),
    method("close", await_close),
];

fn await_obj<'a>(args: &Args<'a>) -> PyResult<&'a AwaitObj> {
    args.all.first().and_then(|v| v.native::<AwaitObj>()).ok_or_else(|| type_error("expected an awaitable"))
}

/// A wrapped value yielded by an async generator's `yield` (vs. an `await` inside it).
pub struct AsyncGenWrapped(pub Value);

impl NativeObject for AsyncGenWrapped {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.0)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn wrap_async_gen_value(v: Value) -> Value {
    alloc_obj(&rt().ty_borrowed(BT::AsyncGenWrappedValue), NativeData(Box::new(AsyncGenWrapped(v))), 0)
}

/// Interprets one step of an async generator driven by asend/athrow: a wrapped value means the
/// generator yielded (→ StopIteration(value) to the awaiting coroutine); a plain value is an
/// await inside the generator (→ pass it up to the event loop).
fn agen_step(vm: &mut Vm, ao: &AwaitObj, r: PyResult<GenStep>) -> PyResult {
    let g = ao.target.downcast::<GenData>().ok_or_else(|| type_error("expected an async generator"))?;
    let _ = vm;
    match r {
        Ok(GenStep::Yield(v)) => {
            if let Some(w) = v.native::<AsyncGenWrapped>() {
                ao.state.set(2);
                g.ag_running.set(false);
                if matches!(unsafe { &*ao.kind.get() }, AwaitKind::AThrow { close: true, .. }) {
                    return Err(runtime_error("async generator ignored GeneratorExit"));
                }
                return Err(PyErr::with_args(ExcType::StopIteration, vec![w.0.clone()]));
            }
            Ok(v)
        }
        Ok(GenStep::Return(_)) => {
            ao.state.set(2);
            g.ag_running.set(false);
            g.ag_closed.set(true);
            if matches!(unsafe { &*ao.kind.get() }, AwaitKind::AThrow { close: true, .. }) {
                return Err(stop_iteration());
            }
            Err(PyErr::with_args(ExcType::StopAsyncIteration, vec![]))
        }
        Err(e) => {
            ao.state.set(2);
            g.ag_running.set(false);
            if matches!(unsafe { &*ao.kind.get() }, AwaitKind::AThrow { close: true, .. })
                && (e.matches(ExcType::StopAsyncIteration) || e.matches(ExcType::GeneratorExit))
            {
                g.ag_closed.set(true);
                return Err(stop_iteration());
            }
            if e.matches(ExcType::StopAsyncIteration) || e.matches(ExcType::GeneratorExit) {
                g.ag_closed.set(true);
            }
            Err(e)
        }
    }
}

/// `anext(ait, default)`'s awaitable.
pub fn new_anext_default(awaitable: Value, default: Value) -> Value {
    new_await_obj(BT::AnextAwaitable, awaitable, AwaitKind::AnextDefault { default, inner: None })
}

/// One step of an AnextDefault awaitable: `exc` thrown in, else `v` sent (None = `__next__`).
fn anext_default_step(vm: &mut Vm, ao: &AwaitObj, v: Value, exc: Option<PyErr>) -> PyResult {
    // SAFETY: the cell is only touched here, and no borrow is held across the calls below.
    let AwaitKind::AnextDefault { default, inner } = (unsafe { &mut *ao.kind.get() }) else { unreachable!() };
    let default = default.clone();
    let it = match inner {
        Some(i) => i.clone(),
        None => {
            let i = vm.get_awaitable(&ao.target, 0)?;
            *inner = Some(i.clone());
            i
        }
    };
    let r = match (exc, it.downcast::<GenData>().is_some()) {
        (Some(e), true) => gen_throw(vm, &it, e),
        (Some(e), false) => vm.call_method(&it, "throw", &[e.0]),
        (None, true) => gen_send(vm, &it, v),
        (None, false) if v.is_none() => vm.call_method(&it, "__next__", &[]),
        (None, false) => vm.call_method(&it, "send", &[v]),
    };
    match r {
        Err(e) if e.matches(ExcType::StopAsyncIteration) => Err(PyErr::with_args(ExcType::StopIteration, vec![default])),
        r => r,
    }
}

fn await_send_impl(vm: &mut Vm, me: &Value, v: Value) -> PyResult {
    let ao = me.native::<AwaitObj>().ok_or_else(|| type_error("expected an awaitable"))?;
    // SAFETY: kind is only read here.
    match unsafe { &*ao.kind.get() } {
        AwaitKind::CoroWrapper => gen_send(vm, &ao.target, v),
        AwaitKind::AnextDefault { .. } => anext_default_step(vm, ao, v, None),
        AwaitKind::ASend { value } => {
            if ao.state.get() == 2 {
                return Err(runtime_error("cannot reuse already awaited __anext__()/asend()"));
            }
            let g = ao.target.downcast::<GenData>().ok_or_else(|| type_error("expected an async generator"))?;
            let send = if ao.state.get() == 0 {
                if g.ag_running.get() {
                    return Err(runtime_error("anext(): asynchronous generator is already running"));
                }
                g.ag_running.set(true);
                ao.state.set(1);
                value.clone().unwrap_or_else(Value::none)
            } else {
                v
            };
            if g.state.get() == GenState::Finished || g.ag_closed.get() {
                ao.state.set(2);
                g.ag_running.set(false);
                return Err(PyErr::with_args(ExcType::StopAsyncIteration, vec![]));
            }
            let r = vm.gen_resume(&ao.target, Some(send), None);
            agen_step(vm, ao, r)
        }
        AwaitKind::AThrow { exc, close } => {
            if ao.state.get() == 2 {
                return Err(runtime_error("cannot reuse already awaited aclose()/athrow()"));
            }
            let g = ao.target.downcast::<GenData>().ok_or_else(|| type_error("expected an async generator"))?;
            if ao.state.get() == 0 {
                if g.ag_running.get() {
                    return Err(runtime_error(if *close { "aclose(): asynchronous generator is already running" } else { "athrow(): asynchronous generator is already running" }));
                }
                if g.state.get() == GenState::Finished || g.ag_closed.get() || (*close && g.state.get() == GenState::Created) {
                    ao.state.set(2);
                    g.ag_closed.set(true);
                    if g.state.get() == GenState::Created {
                        g.state.set(GenState::Finished);
                    }
                    return Err(if *close { stop_iteration() } else { PyErr::with_args(ExcType::StopAsyncIteration, vec![]) });
                }
                g.ag_running.set(true);
                ao.state.set(1);
                let e = if *close { PyErr::with_args(ExcType::GeneratorExit, vec![]) } else { PyErr(exc.clone().unwrap_or_else(Value::none)) };
                let r = vm.gen_resume(&ao.target, None, Some(e));
                return agen_step(vm, ao, r);
            }
            let r = vm.gen_resume(&ao.target, Some(v), None);
            agen_step(vm, ao, r)
        }
    }
}

fn await_next(vm: &mut Vm, args: Args) -> PyResult {
    await_send_impl(vm, args.self_(), Value::none())
}

fn await_send(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("send", 1, 1)?;
    await_send_impl(vm, &pos[0], pos[1].clone())
}

fn await_throw(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("throw", 1, 3)?;
    let ao = await_obj(&args)?;
    let exc = make_throw_exc(vm, &pos[1..])?;
    match unsafe { &*ao.kind.get() } {
        AwaitKind::CoroWrapper => gen_throw(vm, &ao.target, exc),
        AwaitKind::AnextDefault { .. } => anext_default_step(vm, ao, Value::none(), Some(exc)),
        _ => {
            if ao.state.get() == 2 {
                return Err(runtime_error("cannot reuse already awaited __anext__()/asend()"));
            }
            let r = vm.gen_resume(&ao.target, None, Some(exc));
            agen_step(vm, ao, r)
        }
    }
}

fn await_close(vm: &mut Vm, args: Args) -> PyResult {
    let ao = await_obj(&args)?;
    if let AwaitKind::CoroWrapper = unsafe { &*ao.kind.get() } {
        gen_close(vm, &ao.target)?;
    }
    ao.state.set(2);
    Ok(Value::none())
}

pub const ASYNC_GENERATOR_METHODS: &[MethodDef] = &[
    method("__aiter__", gen_iter),
    method("__anext__", agen_anext),
    method("asend", agen_asend),
    method("athrow", agen_athrow),
    method("aclose", agen_aclose),
    method("__repr__", gen_repr),
];

/// CPython's `async_gen_init_hooks`: on the first `__anext__`/`asend`/`athrow`/`aclose`,
/// remember the finalizer hook and call the firstiter hook with the generator.
fn agen_init_hooks(vm: &mut Vm, agen: &Value) -> PyResult<()> {
    let Some(g) = agen.downcast::<GenData>() else { return Ok(()) };
    if g.ag_hooks_inited.replace(true) {
        return Ok(());
    }
    let (firstiter, finalizer) = crate::modules::sys::asyncgen_hooks();
    if let Some(f) = finalizer {
        drop(g.ag_finalizer.replace(Some(f)));
    }
    if let Some(f) = firstiter {
        vm.call(&f, std::slice::from_ref(agen))?;
    }
    Ok(())
}

/// Finalizes a collected generator: an unfinished async generator with a finalizer hook is
/// handed to it (asyncio schedules its aclose()); anything else is closed.
pub fn finalize(vm: &mut Vm, g: &Value) -> PyResult<()> {
    if let Some(d) = g.downcast::<GenData>() {
        if d.kind == GenKind::AsyncGenerator && !d.ag_closed.get() {
            if let Some(f) = d.ag_finalizer.take() {
                vm.call(&f, std::slice::from_ref(g))?;
                return Ok(());
            }
        }
    }
    gen_close(vm, g)
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult {
    agen_init_hooks(vm, args.self_())?;
    Ok(new_await_obj(BT::AsyncGenASend, args.self_().clone(), AwaitKind::ASend { value: None }))
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("asend", 1, 1)?;
    agen_init_hooks(vm, &pos[0])?;
    Ok(new_await_obj(BT::AsyncGenASend, pos[0].clone(), AwaitKind::ASend { value: Some(pos[1].clone()) }))
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("athrow", 1, 3)?;
    agen_init_hooks(vm, &pos[0])?;
    let exc = make_throw_exc(vm, &pos[1..])?;
    Ok(new_await_obj(BT::AsyncGenAThrow, pos[0].clone(), AwaitKind::AThrow { exc: Some(exc.0), close: false }))
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult {
    agen_init_hooks(vm, args.self_())?;
    Ok(new_await_obj(BT::AsyncGenAThrow, args.self_().clone(), AwaitKind::AThrow { exc: None, close: true }))
}
