//! The interpreter loop. Stackless: calling a Python function pushes a frame on `vm.frames`
//! and continues the same loop; generators resumed by FOR_ITER/SEND are pushed the same way.
//! Only calls from Rust into Python (a native re-entry) nest `run_loop` on the Rust stack.
//!
//! Error handling uses the code object's exception table: on an error the stack is cut to the
//! handler's depth (optionally pushing the instruction offset) and the exception is pushed;
//! without a handler the frame is popped, a traceback entry added, and the caller continues
//! unwinding from its current instruction.

use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::frame::{Entry, Frame};
use crate::inline_cache as ic;
use crate::object::{CellValue, Kind};
use crate::runtime::{rt, BT};
use crate::types::code::CodeData;
use crate::types::dict::DictData;
use crate::types::exception::{chain_context, exc_data};
use crate::types::function::CellData;
use crate::types::generator::{GenData, GenKind, GenState, GenStep};
use crate::types::typeobj::{is_subtype_ptr, lookup_str, type_name};
use crate::value::{discard, discard2, Value};
use crate::vm::Vm;
use pygmy_bytecode::code::flags as co;
use pygmy_bytecode::code::local_kind;
use pygmy_bytecode::opcode::{format_value, make_function};
use pygmy_bytecode::{BinaryOp, CompareOp, Opcode};

/// The stack macros of the interpreter loop, for `run_frames` and the out-of-line
/// instructions (`cold.rs`): `tri!` (an error breaks out of the instruction to `$l` with the
/// `PyErr`), `push!`, `pop!`, `slot!`, `peek!`, `top!`, `truncate!` and `pop_n!` over the
/// locals `$sl` (the frame's slots), `$sp` (the stack top, an absolute slot index) and `$nlp`.
/// `$d` is a `$` token, for the generated macros' own metavariables.
macro_rules! stack_ops {
    ($d:tt $f:ident $sl:ident $sp:ident $nlp:ident $l:lifetime) => {
        #[allow(unused_macros)]
        macro_rules! tri {
            ($d e:expr) => {
                match $d e {
                    Ok(v) => v,
                    Err(e) => break $l e,
                }
            };
        }
        // SAFETY (all): validated code keeps the stack depth within the frame's slots; slots
        // above the top are empty.
        #[allow(unused_macros)]
        macro_rules! push {
            ($d v:expr) => {{
                let v: Value = $d v;
                debug_assert!($sp < $f.slots.len());
                unsafe { $sl.add($sp).write(Some(v)) };
                $sp += 1;
            }};
        }
        #[allow(unused_macros)]
        macro_rules! pop {
            () => {{
                $sp -= 1;
                debug_assert!($sp >= $nlp);
                match unsafe { $sl.add($sp).replace(None) } {
                    Some(v) => v,
                    None => Value::none(),
                }
            }};
        }
        #[allow(unused_macros)]
        macro_rules! slot {
            ($d i:expr) => {
                (unsafe { &mut *$sl.add($d i) })
            };
        }
        #[allow(unused_macros)]
        macro_rules! peek {
            ($d n:expr) => {
                clone_slot(slot!($sp - $d n)).unwrap_or_else(Value::none)
            };
        }
        #[allow(unused_macros)]
        macro_rules! top {
            () => {
                slot!($sp - 1).as_ref()
            };
        }
        #[allow(unused_macros)]
        macro_rules! truncate {
            ($d abs:expr) => {{
                let to = $d abs;
                while $sp > to {
                    $sp -= 1;
                    discard(slot!($sp).take());
                }
            }};
        }
        #[allow(unused_macros)]
        macro_rules! pop_n {
            ($d n:expr) => {{
                let n = $d n;
                let start = $sp - n;
                let items: Vec<Value> = (start..$sp).map(|i| slot!(i).take().unwrap_or_else(Value::none)).collect();
                $sp = start;
                items
            }};
        }
    };
}

mod cold;

/// `Option<Value>::clone` inlined (LLVM keeps it out of line at opt-level z).
#[inline(always)]
#[allow(clippy::manual_map)] // `map` is the out-of-line call this avoids
fn clone_slot(s: &Option<Value>) -> Option<Value> {
    match s {
        Some(v) => Some(v.clone()),
        None => None,
    }
}

/// Frame entries plus backward jumps between two returns of `run_frames` to `run_loop`.
pub(crate) const REENTRY_PERIOD: u32 = 8192;

impl Vm {
    /// Pushes `frame` and runs it to completion (a native re-entry into Python).
    pub(crate) fn run_frame(&mut self, mut frame: Box<Frame>) -> PyResult {
        if self.frames.len() + self.native_depth >= self.recursion_limit {
            self.recycle_frame(frame);
            return Err(PyErr::new(ExcType::RecursionError, "maximum recursion depth exceeded"));
        }
        frame.entry = Entry::Native;
        self.frames.push(frame);
        let base = self.frames.len();
        self.run_loop(base, None)
    }

    /// Resumes a generator/coroutine with a sent value or a thrown exception.
    pub fn gen_resume(&mut self, gen: &Value, send: Option<Value>, throw: Option<PyErr>) -> PyResult<GenStep> {
        let g = gen.downcast::<GenData>().ok_or_else(|| type_error("expected a generator"))?;
        match g.state.get() {
            GenState::Running => {
                return Err(PyErr::new(ExcType::ValueError, format!("{} already executing", g.type_word())));
            }
            GenState::Finished => {
                if let Some(e) = throw {
                    return Err(e);
                }
                if g.kind == GenKind::Coroutine {
                    return Err(PyErr::new(ExcType::RuntimeError, "cannot reuse already awaited coroutine"));
                }
                return Ok(GenStep::Return(Value::none()));
            }
            GenState::Created => {
                if let Some(v) = &send {
                    if !v.is_none() {
                        return Err(type_error(format!("can't send non-None value to a just-started {}", g.type_word())));
                    }
                }
                if let Some(e) = throw {
                    g.state.set(GenState::Finished);
                    if let Some(f) = g.take_frame() {
                        self.recycle_frame(f);
                    }
                    return Err(e);
                }
            }
            GenState::Suspended => {}
        }
        let mut skip_push = false;
        let mut throw = throw;
        // Delegate a throw to the iterator we are suspended in (yield from / await).
        if let Some(exc) = throw.take() {
            match crate::types::generator::yield_from(g) {
                Some(yf) if exc.matches(ExcType::GeneratorExit) => {
                    self.close_iter(&yf)?;
                    throw = Some(exc);
                }
                Some(yf) => {
                    let r: PyResult<GenStep> = if yf.kind() == Kind::Generator {
                        g.state.set(GenState::Running);
                        let r = self.gen_resume(&yf, None, Some(exc));
                        g.state.set(GenState::Suspended);
                        r
                    } else {
                        match self.getattr_opt(&yf, &Value::intern("throw"))? {
                            Some(t) => {
                                g.state.set(GenState::Running);
                                let r = self.call(&t, &[exc.0.clone()]);
                                g.state.set(GenState::Suspended);
                                match r {
                                    Ok(v) => Ok(GenStep::Yield(v)),
                                    Err(e) if e.matches(ExcType::StopIteration) => {
                                        let v = exc_data(&e.0).and_then(|d| d.get_extra("value")).unwrap_or_else(Value::none);
                                        Ok(GenStep::Return(v))
                                    }
                                    Err(e) => Err(e),
                                }
                            }
                            None => Err(exc),
                        }
                    };
                    match r {
                        Ok(GenStep::Yield(v)) => return Ok(GenStep::Yield(v)),
                        Ok(GenStep::Return(v)) => {
                            // The delegation finished: continue after the SEND loop with its result.
                            if let Some(mut f) = g.take_frame() {
                                let _recv = f.pop();
                                f.push(v);
                                // SAFETY: yield_from() checked instrs[ip-2] is SEND.
                                let instrs = unsafe { &*f.code_data().instrs.get() };
                                let (_, target) = pygmy_bytecode::opcode::decode(instrs[f.ip - 2]);
                                f.ip = target as usize;
                                g.put_frame(f);
                            }
                            skip_push = true;
                        }
                        Err(e) => throw = Some(e),
                    }
                }
                None => throw = Some(exc),
            }
        }
        let Some(mut frame) = g.take_frame() else {
            return Err(PyErr::new(ExcType::SystemError, "generator has no frame"));
        };
        if g.state.get() == GenState::Suspended && throw.is_none() && !skip_push {
            frame.push(send.unwrap_or_else(Value::none));
        }
        frame.entry = Entry::Native;
        frame.gen = Some(gen.as_ptr());
        g.state.set(GenState::Running);
        self.exc_stack.push(g.exc_state.take());
        self.frames.push(frame);
        let base = self.frames.len();
        // Generated code runs the frame to its next yield without the interpreter loop.
        #[cfg(all(target_arch = "wasm32", feature = "jit"))]
        if throw.is_none() && unsafe { g.code.payload_unchecked::<CodeData>() }.jit.entry.get() > crate::jit::NEVER {
            // SAFETY: the frame just pushed at `base` is this generator's, with generated code.
            if let Some(v) = unsafe { crate::jit::jit_resume_gen(self, base) } {
                return Ok(GenStep::Yield(v));
            }
        }
        let r = self.run_loop(base, throw);
        let finished = g.state.get() == GenState::Finished;
        match r {
            Ok(v) if finished => Ok(GenStep::Return(v)),
            Ok(v) => Ok(GenStep::Yield(v)),
            Err(e) => Err(e),
        }
    }

    /// Calls `close()` on an iterator we delegated to, if it has one.
    fn close_iter(&mut self, it: &Value) -> PyResult<()> {
        if it.kind() == Kind::Generator {
            return crate::types::generator::gen_close(self, it);
        }
        if let Some(c) = self.getattr_opt(it, &Value::intern("close"))? {
            self.call(&c, &[])?;
        }
        Ok(())
    }

    /// Moves a suspended generator frame back into its generator (yield) or retires it.
    pub(crate) fn leave_gen_frame(&mut self, frame: Box<Frame>, finished: bool) {
        let Some(gp) = frame.gen else {
            self.recycle_frame(frame);
            return;
        };
        // SAFETY: the generator owns the frame and is alive while it runs.
        let gen = unsafe { Value::from_ptr(gp) };
        let Some(g) = gen.downcast::<GenData>() else { return };
        let saved = self.exc_stack.pop().flatten();
        if finished {
            g.state.set(GenState::Finished);
            drop(saved);
            self.recycle_frame(frame);
        } else {
            g.state.set(GenState::Suspended);
            g.exc_state.set(saved);
            g.put_frame(frame);
        }
    }

    /// Handles the eval breaker: cyclic GC, `__del__`, weakref callbacks. Returns true when
    /// the loop with `base` must stop for a pending suspension.
    #[cold]
    pub(crate) fn handle_eval_breaker(&mut self, base: usize) -> PyResult<bool> {
        let r = rt();
        r.eval_breaker.set(false);
        if r.gc_pending.get() {
            r.gc_pending.set(false);
            crate::gc::collect_scheduled(self);
        }
        if r.has_pending() {
            self.run_finalizers();
        }
        Ok(self.suspension.is_some() && base == self.suspend_base)
    }

    /// Runs queued `__del__` methods and weakref callbacks; errors are reported, not raised.
    pub(crate) fn run_finalizers(&mut self) {
        let r = rt();
        for _ in 0..100 {
            let dels = r.take_pending_del();
            let cbs = r.take_pending_callbacks();
            if dels.is_empty() && cbs.is_empty() {
                break;
            }
            for obj in dels {
                if obj.kind() == Kind::Generator {
                    if let Err(e) = crate::types::generator::finalize(self, &obj) {
                        self.report_unraisable(&e, Some(&obj), "Exception ignored in: ");
                    }
                    continue;
                }
                if let Some(f) = lookup_str(&obj.class(), "__del__") {
                    if let Err(e) = self.call(&f, std::slice::from_ref(&obj)) {
                        self.report_unraisable(&e, Some(&f), "Exception ignored in: ");
                    }
                }
                drop(obj);
            }
            for (cb, wr) in cbs {
                if let Err(e) = self.call(&cb, &[wr]) {
                    self.report_unraisable(&e, Some(&cb), "Exception ignored in: ");
                }
            }
        }
    }

    /// Prints an exception that cannot propagate (in `__del__`, callbacks), as CPython does.
    pub fn report_unraisable(&mut self, e: &PyErr, obj: Option<&Value>, prefix: &str) {
        let mut text = String::new();
        if let Some(o) = obj {
            let r = self.repr_string(o).unwrap_or_else(|_| "<object>".into());
            text.push_str(&format!("{prefix}{r}\n"));
        }
        text.push_str(&crate::traceback::format_exception(self, &e.0));
        self.write_stream(2, &text);
    }

    /// The Python frame object for a live frame (created on demand).
    pub fn frame_object(&mut self, f: &mut Frame) -> PyResult {
        if let Some(fo) = &f.frame_obj {
            return Ok(fo.clone());
        }
        let fo = crate::types::frameobj::new_frame_obj(f.code.clone(), f.globals.clone(), f.builtins.clone(), f as *mut Frame);
        f.frame_obj = Some(fo.clone());
        Ok(fo)
    }

    /// A dict snapshot of a frame's variables (`locals()` in a function).
    pub fn frame_locals_dict(&mut self, f: &mut Frame) -> PyResult {
        if let Some(l) = &f.locals {
            return Ok(l.clone());
        }
        let d = Value::dict();
        let dd = d.downcast::<DictData>().ok_or_else(|| type_error("dict"))?;
        let cd = f.code_data();
        for (i, name) in cd.varnames.iter().enumerate() {
            let kind = cd.code.localsplus_kinds[i];
            let v = f.slots[i].clone();
            let v = if kind & (local_kind::CELL | local_kind::FREE) != 0 {
                v.and_then(|c| c.downcast::<CellData>().and_then(|c| c.get()).or(if c.kind() == Kind::Cell { None } else { Some(c) }))
            } else {
                v
            };
            if let Some(v) = v {
                dd.set_str(name.clone(), v);
            }
        }
        Ok(d)
    }

    /// Adds a traceback entry for frame `f` to `exc`.
    fn add_traceback(&mut self, exc: &Value, f: &mut Frame) {
        let Some(d) = exc_data(exc) else { return };
        let Ok(fo) = self.frame_object(f) else { return };
        let tb = crate::types::frameobj::new_traceback(d.traceback.get_value(), fo, f.lasti as u32);
        d.traceback.set(Some(tb));
    }

    /// Unwinds after an error. Returns `Ok(())` when a handler in some frame above `base`
    /// took it (execution continues there), or the error when the entry frame was left.
    fn unwind(&mut self, mut err: PyErr, base: usize, mut reraise: bool, mut lookup_at: Option<usize>, chain: bool) -> Result<(), PyErr> {
        if !reraise && chain {
            // Implicit chaining: the exception being handled (looking through generator
            // frames, as sys.exc_info does) becomes __context__ — set once, when raised.
            let handled = self.exc_stack.iter().rev().flatten().next().cloned();
            if let Some(h) = handled {
                let has_ctx = exc_data(&err.0).map(|d| d.context.get_value().is_some()).unwrap_or(true);
                if !h.is(&err.0) && !has_ctx {
                    chain_context(&err.0, &h);
                }
            }
        }
        loop {
            let fp: *mut Frame = match self.frames.last_mut() {
                Some(f) => &mut **f,
                None => return Err(err),
            };
            // SAFETY: the box stays in place while we use it here.
            let f = unsafe { &mut *fp };
            if !reraise {
                self.add_traceback(&err.0, f);
            }
            reraise = false;
            // RERAISE restores f.lasti for tracebacks, but the handler is looked up at the
            // RERAISE itself (CPython uses the instruction pointer, not f_lasti).
            let at = lookup_at.take().unwrap_or(f.lasti);
            let handler = f.code_data().code.handler_at(at as u32).copied();
            if let Some(h) = handler {
                if f.sp >= h.depth as usize {
                    f.truncate_stack(h.depth as usize);
                    if h.push_lasti {
                        f.push(Value::int(f.lasti as i64));
                    }
                    f.push(err.0);
                    f.ip = h.target as usize;
                    return Ok(());
                }
            }
            // No handler: leave the frame.
            let Some(mut frame) = self.frames.pop() else { return Err(err) };
            if let Some(fo) = &frame.frame_obj {
                if let Some(fd) = fo.downcast::<crate::types::frameobj::FrameObjData>() {
                    fd.lasti.set(frame.lasti as u32);
                    fd.live.set(std::ptr::null_mut());
                }
            }
            let entry = frame.entry;
            if let Some(gp) = frame.gen {
                // PEP 479: StopIteration leaking out of a generator becomes RuntimeError.
                // SAFETY: the generator is alive while its frame runs.
                let gen = unsafe { Value::from_ptr(gp) };
                if let Some(g) = gen.downcast::<GenData>() {
                    let conv = match g.kind {
                        GenKind::Generator if err.matches(ExcType::StopIteration) => Some("generator raised StopIteration"),
                        GenKind::Coroutine if err.matches(ExcType::StopIteration) => Some("coroutine raised StopIteration"),
                        GenKind::AsyncGenerator if err.matches(ExcType::StopIteration) => Some("async generator raised StopIteration"),
                        GenKind::AsyncGenerator if err.matches(ExcType::StopAsyncIteration) => Some("async generator raised StopAsyncIteration"),
                        _ => None,
                    };
                    if let Some(msg) = conv {
                        let new = PyErr::new(ExcType::RuntimeError, msg);
                        if let Some(d) = exc_data(&new.0) {
                            d.cause.set(Some(err.0.clone()));
                            d.context.set(Some(err.0.clone()));
                            d.suppress_context.set(true);
                            // Keep the traceback so far.
                            d.traceback.set(exc_data(&err.0).and_then(|x| x.traceback.get_value()));
                        }
                        err = new;
                    }
                }
                frame.ip = frame.lasti;
                self.leave_gen_frame(frame, true);
            } else {
                self.recycle_frame(frame);
            }
            if entry == Entry::Native || self.frames.len() < base {
                return Err(err);
            }
        }
    }

    /// The interpreter loop: runs the top frame (and frames it calls) until the frame at
    /// index `base - 1` returns or yields (its result) or raises (the error).
    ///
    /// `run_frames` leaves every `REENTRY_PERIOD` frame entries and backward jumps, with
    /// the frames synced, and is called again. A wasm engine has no on-stack replacement: an
    /// activation that never returns runs its first-tier code forever, and the stackless
    /// interpreter's main loop would otherwise be one activation for the whole program (V8
    /// runs it in Liftoff, about 3× slower than its TurboFan code). Native cost: a decrement.
    ///
    /// The loop whose `base` is `suspend_base` also returns when a suspension is pending
    /// (`Vm::suspend`), its frames synced; `start_main`/`resume` see `suspension` set. A
    /// nested loop that consumed the eval breaker re-arms it on leaving, so the request
    /// reaches the suspendable loop at its next instruction.
    pub(crate) fn run_loop(&mut self, base: usize, pending: Option<PyErr>) -> PyResult {
        let outer = std::mem::replace(&mut self.loop_base, base);
        let mut r = self.run_frames(base, pending);
        while std::mem::replace(&mut self.reenter, false) {
            r = self.run_frames(base, None);
        }
        self.loop_base = outer;
        if self.suspension.is_some() {
            rt().eval_breaker.set(true);
        }
        r
    }

    /// Asks the host to take `why` asynchronously: true when it will, and the suspendable
    /// loop then stops (a sleep: at its next instruction boundary; an import: IMPORT_NAME
    /// puts its operands back and stops before itself). Possible only when no other run loop
    /// sits between that loop and the caller on the Rust stack (a module or class body, a
    /// call from native code nest one): elsewhere the caller blocks as before.
    pub(crate) fn suspend(&mut self, why: crate::host::Suspension) -> bool {
        use crate::host::Suspension;
        if self.suspend_base == 0 || self.loop_base != self.suspend_base {
            return false;
        }
        let merged = match (&self.suspension, &why) {
            (None, _) => why.clone(),
            (Some(Suspension::Sleep(a)), Suspension::Sleep(b)) => Suspension::Sleep(a + b),
            (Some(_), _) => return false,
        };
        if !self.host.suspend(&why) {
            return false;
        }
        self.suspension = Some(merged);
        true
    }

    /// Whether a CALL of `callable` stops the suspendable loop until the host has fetched the
    /// body chunk it needs: a Python function (or bound method, or the `__init__` a class
    /// call runs) whose code is a stub not loaded yet (`types::code::missing_body`).
    #[inline(never)]
    fn stop_for_body(&mut self, callable: &Value) -> bool {
        use crate::types::code::missing_body;
        let at = match callable.kind() {
            Kind::Function => missing_body(callable),
            Kind::BoundMethod => callable.downcast::<crate::types::function::BoundMethodData>().and_then(|m| missing_body(&m.func)),
            Kind::Type if callable.class_ptr() == rt().ty_ptr(BT::Type) => lookup_str(callable, "__init__").and_then(|i| missing_body(&i)),
            _ => None,
        };
        match at {
            Some(at) => self.suspend(crate::host::Suspension::Body(at.chunk)),
            None => false,
        }
    }

    /// `input()` asks to stop for its line: only when called by a CALL (or CALL_FUNCTION_EX)
    /// of the suspendable loop's running frame with no native call in between, so the
    /// placeholder it returns is the value that instruction pushes, which `take_input`
    /// replaces before the next instruction runs. `map(input, …)` or a special method
    /// reads synchronously.
    pub(crate) fn suspend_for_input(&mut self, prompt: &str) -> bool {
        let at_call = self.frames.last().is_some_and(|f| {
            let cd = f.code_data();
            // SAFETY: `lasti` is the instruction being executed, in range of the code.
            let op = unsafe { *cd.instrs_ptr().add(f.lasti) } as u8;
            op == Opcode::CALL as u8 || op == Opcode::CALL_FUNCTION_EX as u8
        });
        at_call && self.native_depth == 1 && self.suspend(crate::host::Suspension::Input(prompt.to_owned()))
    }

    /// On resuming after `Suspension::Input`: the host's line becomes the result `input()`
    /// pushed, or the EOFError to raise at that call (chained as a raise there would be).
    pub(crate) fn take_input(&mut self) -> Option<PyErr> {
        let r = crate::builtins::input_line(self.host.read_line());
        let f = self.frames.last_mut()?;
        match r {
            Ok(v) => {
                let top = f.nlocalsplus + f.sp - 1;
                f.slots[top] = Some(v);
                None
            }
            Err(e) => {
                if let Some(h) = self.exc_stack.iter().rev().flatten().next() {
                    chain_context(&e.0, h);
                }
                Some(e)
            }
        }
    }

    /// The body of `run_loop`; never inlined into it, or re-entering would be a jump.
    #[inline(never)]
    #[cfg_attr(pygmy_nightly, optimize(speed))]
    fn run_frames(&mut self, base: usize, pending: Option<PyErr>) -> PyResult {
        let mut pending = pending;
        let mut reraise = false;
        let mut reraise_at: Option<usize> = None;
        let mut thrown = false;
        'frame: loop {
            let fp: *mut Frame = match self.frames.last_mut() {
                Some(f) => &mut **f,
                None => return Err(PyErr::new(ExcType::SystemError, "no frame to run")),
            };
            // SAFETY: frames are boxed; the box outlives this iteration (it is only popped by
            // code that then `continue`s or returns).
            let f: &mut Frame = unsafe { &mut *fp };
            let cd: &CodeData = unsafe { &*(f.code_data() as *const CodeData) };
            let code: *mut u32 = cd.instrs_ptr();
            // The instruction pointer and the stack top (an absolute slot index) live in locals
            // while this frame runs; `sync!` writes them back before anything that reads the
            // frame's own `ip`/`sp` (switching frames, yielding, unwinding).
            let nlp = f.nlocalsplus;
            let sl: *mut Option<Value> = f.slots.as_mut_ptr();
            let mut sp: usize = nlp + f.sp;
            let mut ip: usize = f.ip;
            macro_rules! sync {
                () => {
                    f.sp = sp - nlp;
                    f.ip = ip;
                };
            }
            let err: PyErr = 'dispatch: {
                stack_ops!($ f sl sp nlp 'dispatch);
                if let Some(e) = pending.take() {
                    // A thrown exception (gen.throw) is not chained to the handled one.
                    thrown = true;
                    break 'dispatch e;
                }
                // A builtin generated code called (in this frame) raised.
                #[cfg(all(target_arch = "wasm32", feature = "jit"))]
                if let Some(e) = self.jit_raised.take() {
                    break 'dispatch e;
                }
                // A frame entry (call, return, resumed handler): a safe point to re-enter.
                self.reentry_ticks -= 1;
                if self.reentry_ticks == 0 {
                    self.reentry_ticks = REENTRY_PERIOD;
                    self.reenter = true;
                    return Ok(Value::none());
                }
                let breaker = &rt().eval_breaker;
                // The JIT (wasm only, `jit` module): enter this code's generated function at
                // `ip`, or count towards compiling it. The function returns before an
                // instruction it has no fast path for; when it asks (`ARM`), the eval breaker
                // brings the loop back here right after that instruction.
                macro_rules! jit_enter {
                    () => {
                        #[cfg(all(target_arch = "wasm32", feature = "jit"))]
                        {
                            let e = cd.jit.entry.get();
                            // Its inline LOAD_GLOBALs read the dicts it was compiled for.
                            if e > crate::jit::NEVER && cd.jit.dicts.get() == (f.globals.bits(), f.builtins.bits()) {
                                if breaker.get() {
                                    // What is pending (finalizers, GC) runs before the next
                                    // instruction, as without the JIT; enter right after it.
                                    self.jit_resume = (code as usize, usize::MAX);
                                } else {
                                    // SAFETY: `e` is the function generated for this code;
                                    // `sl` are the slots of the frame running it.
                                    let r = unsafe { crate::jit::enter_from(self, e, sl, ip, sp - nlp) };
                                    ip = (r >> 32) as usize;
                                    sp = nlp + (r as u32 & crate::jit::codegen::DEPTH_MASK) as usize;
                                    if r & (crate::jit::codegen::CALLED | crate::jit::codegen::PENDING) != 0 {
                                        if r & crate::jit::codegen::CALLED != 0 {
                                            // A CALL pushed its callee's frame: run that (or
                                            // a builtin it called raised: raise that).
                                            sync!();
                                            continue 'frame;
                                        }
                                        // A drop queued a finalizer: it runs where the frame
                                        // is at the instruction that dropped, then the code
                                        // enters again here (as at an entry with the breaker set).
                                        f.lasti = crate::jit::codegen::pending_lasti(r);
                                        self.jit_resume = (code as usize, usize::MAX);
                                    }
                                    // Not when a drop queued a finalizer: it runs first.
                                    if r & crate::jit::codegen::ARM != 0 && !breaker.get() {
                                        self.jit_resume = (code as usize, ip);
                                        breaker.set(true);
                                    }
                                    // Generated code makes calls and takes backward jumps
                                    // without this loop: its returns count towards leaving
                                    // and re-entering (see `run_loop`).
                                    self.reentry_ticks -= 1;
                                    if self.reentry_ticks == 0 {
                                        self.reentry_ticks = REENTRY_PERIOD;
                                        self.reenter = true;
                                        sync!();
                                        return Ok(Value::none());
                                    }
                                }
                            } else if e == crate::jit::NOT_YET {
                                let c = cd.jit.countdown.get() - 1;
                                cd.jit.countdown.set(c);
                                if c < 0 {
                                    crate::jit::compile(cd, nlp, &f.globals, &f.builtins);
                                }
                            }
                        }
                    };
                }
                jit_enter!();
                loop {
                    if breaker.get() {
                        // The instruction generated code left before runs first.
                        #[cfg(all(target_arch = "wasm32", feature = "jit"))]
                        let held = self.jit_resume == (code as usize, ip);
                        #[cfg(not(all(target_arch = "wasm32", feature = "jit")))]
                        let held = false;
                        if !held {
                            if tri!(self.handle_eval_breaker(base)) {
                                sync!();
                                return Ok(Value::none());
                            }
                            #[cfg(all(target_arch = "wasm32", feature = "jit"))]
                            if self.jit_resume.0 != 0 {
                                self.jit_resume = (0, 0);
                                jit_enter!();
                                continue;
                            }
                        }
                    }
                    // SAFETY: validated code: ip is always an instruction boundary in range.
                    let word = unsafe { *code.add(ip) };
                    f.lasti = ip;
                    // SAFETY: validated opcodes only.
                    let op: Opcode = unsafe { std::mem::transmute::<u8, Opcode>(word as u8) };
                    let arg = (word >> 8) as usize;
                    let this_ip = ip;
                    // Instructions with inline cache words skip them in their own arm, where
                    // the count is a constant (a table lookup here cost every instruction).
                    ip += 1;
                    match op {
                        Opcode::NOP => {}
                        Opcode::POP_TOP => {
                            sp -= 1;
                            discard(slot!(sp).take());
                        }
                        Opcode::PUSH_NULL => {
                            // The slot above the top is already empty.
                            sp += 1;
                        }
                        Opcode::COPY => {
                            let v = clone_slot(slot!(sp - arg));
                            // SAFETY: in bounds (validated depth); the slot is empty.
                            unsafe { sl.add(sp).write(v) };
                            sp += 1;
                        }
                        Opcode::SWAP => {
                            // SAFETY: both in bounds (validated depth).
                            unsafe { std::ptr::swap(sl.add(sp - 1), sl.add(sp - arg)) };
                        }
                        Opcode::UNARY_NEGATIVE => {
                            let v = pop!();
                            push!(tri!(self.unary_op(&v, "__neg__", "-")));
                        }
                        Opcode::UNARY_NOT => {
                            let v = pop!();
                            let b = tri!(self.truthy(&v));
                            push!(Value::bool(!b));
                            discard(Some(v));
                        }
                        Opcode::BINARY_OP => {
                            ip += Opcode::BINARY_OP.cache_words();
                            let b = pop!();
                            let a = pop!();
                            let bop = BinaryOp::from_arg(arg as u32).unwrap_or(BinaryOp::Add);
                            if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
                                if let Some(r) = small_int_binop(bop, x as i64, y as i64) {
                                    // Small ints own nothing: no drop glue to call.
                                    std::mem::forget(a);
                                    std::mem::forget(b);
                                    // Value::int's small case written out: the call stayed out of line.
                                    push!(match Value::try_small(r) {
                                        Some(v) => v,
                                        None => Value::int(r),
                                    });
                                    continue;
                                }
                            } else if let Some(r) = float_binop(bop, &a, &b) {
                                push!(Value::float(r));
                                discard2(a, b);
                                continue;
                            }
                            push!(tri!(self.binary_op(&a, &b, bop)));
                            discard2(a, b);
                        }
                        Opcode::COMPARE_OP => {
                            ip += Opcode::COMPARE_OP.cache_words();
                            let b = pop!();
                            let a = pop!();
                            let cop = CompareOp::from_arg(arg as u32).unwrap_or(CompareOp::Eq);
                            // `if`/`while` compile to COMPARE_OP then POP_JUMP_IF_FALSE/TRUE:
                            // when the comparison cannot run Python code, branch here instead of
                            // pushing a bool for the next instruction (CPython's
                            // COMPARE_OP_*_JUMP). Dropping small ints and strs runs no finalizer,
                            // so skipping one eval-breaker check is unobservable.
                            macro_rules! push_cond {
                                ($b:expr) => {{
                                    let b: bool = $b;
                                    // SAFETY: validated code never ends with COMPARE_OP (a
                                    // return always follows), so the next word is in range.
                                    let next = unsafe { *code.add(ip) };
                                    if next as u8 == Opcode::POP_JUMP_IF_FALSE as u8 {
                                        ip = if b { ip + 1 } else { (next >> 8) as usize };
                                    } else if next as u8 == Opcode::POP_JUMP_IF_TRUE as u8 {
                                        ip = if b { (next >> 8) as usize } else { ip + 1 };
                                    } else {
                                        push!(Value::bool(b));
                                    }
                                }};
                            }
                            if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
                                push_cond!(cop.holds(&x, &y));
                                // Small ints own nothing: no drop glue to call.
                                std::mem::forget(a);
                                std::mem::forget(b);
                                continue;
                            }
                            if let Some(r) = str_compare(&a, &b, cop) {
                                push_cond!(r);
                                discard2(a, b);
                                continue;
                            }
                            push!(tri!(self.rich_compare(&a, &b, cop)));
                            discard2(a, b);
                        }
                        Opcode::IS_OP => {
                            let b = pop!();
                            let a = pop!();
                            push!(Value::bool(a.is(&b) != (arg != 0)));
                            discard2(a, b);
                        }
                        Opcode::CONTAINS_OP => {
                            let container = pop!();
                            let item = pop!();
                            let r = tri!(self.contains(&container, &item));
                            push!(Value::bool(r != (arg != 0)));
                            discard2(item, container);
                        }
                        Opcode::BINARY_SUBSCR => {
                            ip += Opcode::BINARY_SUBSCR.cache_words();
                            let k = pop!();
                            let o = pop!();
                            if let Some(v) = subscr_fast(&o, &k) {
                                push!(v);
                                discard2(o, k);
                                continue;
                            }
                            push!(tri!(self.getitem(&o, &k)));
                            discard2(o, k);
                        }
                        Opcode::STORE_SUBSCR => {
                            ip += Opcode::STORE_SUBSCR.cache_words();
                            let k = pop!();
                            let o = pop!();
                            let v = pop!();
                            if let Err(v) = store_subscr_fast(&o, &k, v) {
                                tri!(self.setitem(&o, &k, &v));
                                discard(Some(v));
                            }
                            discard2(o, k);
                        }
                        Opcode::RERAISE => {
                            let exc = pop!();
                            if arg != 0 {
                                let l = peek!(arg);
                                if let Some(i) = l.as_small() {
                                    reraise_at = Some(this_ip);
                                    f.lasti = i as usize;
                                }
                            }
                            reraise = true;
                            break 'dispatch PyErr(exc);
                        }
                        Opcode::END_ASYNC_FOR => {
                            let exc = pop!();
                            if exc.kind() == Kind::Exception && is_subtype_ptr(exc.class_ptr(), ExcType::StopAsyncIteration.type_ptr()) {
                                let _aiter = pop!();
                            } else {
                                reraise = true;
                                break 'dispatch PyErr(exc);
                            }
                        }
                        Opcode::GET_ITER => {
                            let v = pop!();
                            if let Some(it) = small_range_iter(&v) {
                                push!(it);
                                discard(Some(v));
                                continue;
                            }
                            let it = self.iter(&v);
                            discard(Some(v));
                            push!(tri!(it));
                        }
                        Opcode::FOR_ITER => {
                            ip += Opcode::FOR_ITER.cache_words();
                            match top!().map(builtin_iter_next) {
                                Some(IterStep::Next(v)) => {
                                    push!(v);
                                    continue;
                                }
                                Some(IterStep::Done) => {
                                    discard(Some(pop!()));
                                    ip = arg;
                                    continue;
                                }
                                _ => {}
                            }
                            let it = peek!(1);
                            if it.class_ptr() == rt().ty_ptr(BT::Generator) {
                                if let Some(g) = it.downcast::<GenData>() {
                                    if matches!(g.state.get(), GenState::Created | GenState::Suspended) {
                                        // Stackless resume.
                                        if let Some(mut gf) = g.take_frame() {
                                            if g.state.get() == GenState::Suspended {
                                                gf.push(Value::none());
                                            }
                                            gf.entry = Entry::ForIter;
                                            gf.ret_target = arg;
                                            gf.gen = Some(it.as_ptr());
                                            g.state.set(GenState::Running);
                                            self.exc_stack.push(g.exc_state.take());
                                            if self.frames.len() + self.native_depth >= self.recursion_limit {
                                                self.leave_gen_frame(gf, false);
                                                break 'dispatch PyErr::new(ExcType::RecursionError, "maximum recursion depth exceeded");
                                            }
                                            sync!();
                                            self.frames.push(gf);
                                            continue 'frame;
                                        }
                                    }
                                }
                            }
                            match tri!(self.next(&it)) {
                                Some(v) => push!(v),
                                None => {
                                    discard(Some(pop!()));
                                    ip = arg;
                                }
                            }
                        }
                        Opcode::SEND => {
                            let v = pop!();
                            let recv = peek!(1);
                            if let Some(g) = recv.downcast::<GenData>() {
                                if matches!(g.state.get(), GenState::Created | GenState::Suspended) && g.kind != GenKind::AsyncGenerator {
                                    if g.state.get() == GenState::Created && !v.is_none() {
                                        break 'dispatch type_error(format!("can't send non-None value to a just-started {}", g.type_word()));
                                    }
                                    if let Some(mut gf) = g.take_frame() {
                                        if g.state.get() == GenState::Suspended {
                                            gf.push(v);
                                        }
                                        gf.entry = Entry::Send;
                                        gf.ret_target = arg;
                                        gf.gen = Some(recv.as_ptr());
                                        g.state.set(GenState::Running);
                                        self.exc_stack.push(g.exc_state.take());
                                        if self.frames.len() + self.native_depth >= self.recursion_limit {
                                            self.leave_gen_frame(gf, false);
                                            break 'dispatch PyErr::new(ExcType::RecursionError, "maximum recursion depth exceeded");
                                        }
                                        sync!();
                                        self.frames.push(gf);
                                        continue 'frame;
                                    }
                                }
                            }
                            let r = if v.is_none() && recv.kind() != Kind::Generator {
                                // Call __next__ directly: StopIteration's value is the result.
                                match lookup_str(&recv.class(), "__next__") {
                                    Some(nx) => self.call_unbound(&nx, &recv, &[]),
                                    None => Err(type_error(format!("'{}' object is not an iterator", type_name(&recv)))),
                                }
                            } else {
                                self.call_method(&recv, "send", std::slice::from_ref(&v))
                            };
                            match r {
                                Ok(x) => push!(x),
                                Err(e) if e.matches(ExcType::StopIteration) => {
                                    let val = exc_data(&e.0).and_then(|d| d.get_extra("value")).unwrap_or_else(Value::none);
                                    discard(Some(pop!()));
                                    push!(val);
                                    ip = arg;
                                }
                                Err(e) => break 'dispatch e,
                            }
                        }
                        Opcode::YIELD_VALUE => {
                            let v = pop!();
                            sync!();
                            let Some(mut frame) = self.frames.pop() else { break 'dispatch PyErr::new(ExcType::SystemError, "yield outside a frame") };
                            let entry = frame.entry;
                            if let Some(fo) = &frame.frame_obj {
                                if let Some(fd) = fo.downcast::<crate::types::frameobj::FrameObjData>() {
                                    fd.lasti.set(frame.lasti as u32);
                                }
                            }
                            frame.entry = Entry::Native;
                            self.leave_gen_frame(frame, false);
                            match entry {
                                Entry::Native => return Ok(v),
                                Entry::ForIter => {
                                    if let Some(caller) = self.frames.last_mut() {
                                        caller.push(v);
                                    }
                                    continue 'frame;
                                }
                                Entry::Send => {
                                    if let Some(caller) = self.frames.last_mut() {
                                        caller.push(v);
                                    }
                                    continue 'frame;
                                }
                                Entry::Inline | Entry::Init => return Err(PyErr::new(ExcType::SystemError, "yield from an inline frame")),
                            }
                        }
                        Opcode::RETURN_VALUE => {
                            let v = pop!();
                            sync!();
                            let Some(mut frame) = crate::frame::pop_fast(&mut self.frames) else { return Ok(v) };
                            if let Some(fo) = frame.frame_obj.take() {
                                if let Some(fd) = fo.downcast::<crate::types::frameobj::FrameObjData>() {
                                    fd.lasti.set(frame.lasti as u32);
                                    fd.live.set(std::ptr::null_mut());
                                }
                            }
                            let entry = frame.entry;
                            let target = frame.ret_target;
                            let init_self = frame.init_self.take();
                            if frame.gen.is_some() {
                                self.leave_gen_frame(frame, true);
                            } else {
                                self.recycle_returned(frame);
                            }
                            match entry {
                                Entry::Native => return Ok(v),
                                Entry::Inline => {
                                    // Only Init frames keep an instance: nothing to drop.
                                    debug_assert!(init_self.is_none());
                                    std::mem::forget(init_self);
                                    if let Some(caller) = self.frames.last_mut() {
                                        caller.push(v);
                                    }
                                    continue 'frame;
                                }
                                Entry::Init => {
                                    if !v.is_none() {
                                        pending = Some(type_error(format!("__init__() should return None, not '{}'", type_name(&v))));
                                        continue 'frame;
                                    }
                                    discard(Some(v));
                                    if let Some(caller) = self.frames.last_mut() {
                                        caller.push(init_self.unwrap_or_else(Value::none));
                                    }
                                    continue 'frame;
                                }
                                Entry::ForIter => {
                                    if let Some(caller) = self.frames.last_mut() {
                                        discard(Some(caller.pop()));
                                        caller.ip = target;
                                    }
                                    continue 'frame;
                                }
                                Entry::Send => {
                                    if let Some(caller) = self.frames.last_mut() {
                                        discard(Some(caller.pop()));
                                        caller.push(v);
                                        caller.ip = target;
                                    }
                                    continue 'frame;
                                }
                            }
                        }
                        Opcode::UNPACK_SEQUENCE => {
                            ip += Opcode::UNPACK_SEQUENCE.cache_words();
                            let seq = pop!();
                            // SAFETY: the `arg` slots from the top up are empty and in the
                            // frame (validated depth).
                            tri!(unsafe { self.unpack_to(&seq, arg, sl.add(sp)) });
                            sp += arg;
                            discard(Some(seq));
                        }
                        Opcode::STORE_ATTR => {
                            ip += Opcode::STORE_ATTR.cache_words();
                            let obj = pop!();
                            let v = pop!();
                            let name = &cd.names[arg];
                            // SAFETY: STORE_ATTR has two cache words.
                            let (w0, w1) = unsafe { (ic::word(code, this_ip, 0), ic::word(code, this_ip, 1)) };
                            if let Err(v) = ic::store_attr(&obj, name, v, w0, w1) {
                                tri!(self.setattr(&obj, name, &v));
                                // SAFETY: as above.
                                unsafe { ic::refill(code, this_ip, &obj, name, ic::specialize_store_attr) };
                                discard(Some(v));
                            }
                            discard(Some(obj));
                        }
                        Opcode::STORE_GLOBAL => {
                            let v = pop!();
                            let name = cd.names[arg].clone();
                            match f.globals.downcast::<DictData>() {
                                Some(g) => set_str_hinted(g, &cd.name_hints[arg], name, v),
                                None => break 'dispatch PyErr::new(ExcType::SystemError, "globals is not a dict"),
                            }
                        }
                        Opcode::LOAD_CONST => {
                            // SAFETY: const indices are validated.
                            let v = unsafe { cd.consts.get_unchecked(arg) }.clone();
                            push!(v);
                        }
                        Opcode::LOAD_ATTR => {
                            ip += Opcode::LOAD_ATTR.cache_words();
                            let name = &cd.names[arg];
                            // SAFETY: LOAD_ATTR has two cache words.
                            let (w0, w1) = unsafe { (ic::word(code, this_ip, 0), ic::word(code, this_ip, 1)) };
                            if let Some(v) = top!().and_then(|o| ic::load_attr(o, name, w0, w1)) {
                                discard(slot!(sp - 1).replace(v));
                                continue;
                            }
                            let obj = pop!();
                            let v = tri!(self.getattr(&obj, name));
                            // SAFETY: as above.
                            unsafe { ic::refill(code, this_ip, &obj, name, ic::specialize_load_attr) };
                            push!(v);
                        }
                        Opcode::LOAD_METHOD => {
                            ip += Opcode::LOAD_METHOD.cache_words();
                            let obj = pop!();
                            let name = &cd.names[arg];
                            // SAFETY: LOAD_METHOD has two cache words.
                            let (w0, w1) = unsafe { (ic::word(code, this_ip, 0), ic::word(code, this_ip, 1)) };
                            let (m, unbound) = match ic::load_method(&obj, name, w0, w1) {
                                Some(ic::Method::Unbound(m)) => (m, true),
                                Some(ic::Method::Attr(a)) => (a, false),
                                None => {
                                    let r = tri!(self.get_method(&obj, name));
                                    // SAFETY: as above.
                                    unsafe { ic::refill(code, this_ip, &obj, name, ic::specialize_load_method) };
                                    r
                                }
                            };
                            if unbound {
                                push!(m);
                                push!(obj);
                            } else {
                                sp += 1; // NULL
                                push!(m);
                            }
                        }
                        Opcode::LOAD_GLOBAL => {
                            ip += Opcode::LOAD_GLOBAL.cache_words();
                            if arg & 1 != 0 {
                                sp += 1; // NULL (the slot above the top is empty)
                            }
                            // SAFETY: LOAD_GLOBAL has three cache words.
                            let w = unsafe { [ic::word(code, this_ip, 0), ic::word(code, this_ip, 1), ic::word(code, this_ip, 2)] };
                            let v = match ic::load_global(&f.globals, &f.builtins, w) {
                                Some(v) => v,
                                None => {
                                    let name = &cd.names[arg >> 1];
                                    let v = match f.globals.downcast::<DictData>().and_then(|g| g.get_str(name)) {
                                        Some(v) => v,
                                        None => match f.builtins.downcast::<DictData>().and_then(|b| b.get_str(name)) {
                                            Some(v) => v,
                                            None => break 'dispatch name_error(name),
                                        },
                                    };
                                    let nw = ic::specialize_load_global(&f.globals, &f.builtins, name).unwrap_or([0; 3]);
                                    for (i, x) in nw.into_iter().enumerate() {
                                        // SAFETY: as above.
                                        unsafe { ic::set_word(code, this_ip, i, x) };
                                    }
                                    v
                                }
                            };
                            push!(v);
                        }
                        Opcode::BUILD_TUPLE => {
                            let items = pop_n!(arg);
                            push!(Value::tuple(items));
                        }
                        Opcode::BUILD_LIST => {
                            let items = pop_n!(arg);
                            push!(Value::list(items));
                        }
                        Opcode::BUILD_SLICE => {
                            let step = if arg == 3 { pop!() } else { Value::none() };
                            let stop = pop!();
                            let start = pop!();
                            push!(Value::slice(start, stop, step));
                        }
                        Opcode::LIST_APPEND => {
                            let v = pop!();
                            let l = peek!(arg);
                            if let Some(l) = l.as_list() {
                                l.push(v);
                            }
                        }
                        Opcode::JUMP_FORWARD | Opcode::JUMP_BACKWARD_NO_INTERRUPT => {
                            ip = arg;
                        }
                        Opcode::JUMP_BACKWARD => {
                            ip = arg;
                            self.reentry_ticks -= 1;
                            if self.reentry_ticks == 0 {
                                self.reentry_ticks = REENTRY_PERIOD;
                                self.reenter = true;
                                sync!();
                                return Ok(Value::none());
                            }
                            jit_enter!();
                        }
                        Opcode::POP_JUMP_IF_FALSE => {
                            let v = pop!();
                            let t = match v.kind() {
                                Kind::Bool => *v.downcast::<bool>().unwrap_or(&false),
                                _ => tri!(self.truthy(&v)),
                            };
                            discard(Some(v));
                            if !t {
                                ip = arg;
                            }
                        }
                        Opcode::POP_JUMP_IF_TRUE => {
                            let v = pop!();
                            let t = match v.kind() {
                                Kind::Bool => *v.downcast::<bool>().unwrap_or(&false),
                                _ => tri!(self.truthy(&v)),
                            };
                            discard(Some(v));
                            if t {
                                ip = arg;
                            }
                        }
                        Opcode::POP_JUMP_IF_NONE => {
                            let v = pop!();
                            if v.is_none() {
                                ip = arg;
                            }
                        }
                        Opcode::POP_JUMP_IF_NOT_NONE => {
                            let v = pop!();
                            if !v.is_none() {
                                ip = arg;
                            }
                        }
                        Opcode::JUMP_IF_FALSE_OR_POP => {
                            let v = peek!(1);
                            if !tri!(self.truthy(&v)) {
                                ip = arg;
                            } else {
                                discard(Some(pop!()));
                            }
                        }
                        Opcode::JUMP_IF_TRUE_OR_POP => {
                            let v = peek!(1);
                            if tri!(self.truthy(&v)) {
                                ip = arg;
                            } else {
                                discard(Some(pop!()));
                            }
                        }
                        Opcode::LOAD_FAST => match f.local(arg) {
                            Some(v) => {
                                let v = v.clone();
                                push!(v);
                            }
                            None => break 'dispatch unbound_local(&cd.varnames[arg]),
                        },
                        Opcode::STORE_FAST => {
                            let v = pop!();
                            let old = f.local_mut(arg).replace(v);
                            discard(old);
                        }
                        Opcode::LOAD_CLOSURE => {
                            let v = slot!(arg).clone().unwrap_or_else(|| crate::types::function::new_cell(None));
                            push!(v);
                        }
                        Opcode::LOAD_DEREF => {
                            let v = slot!(arg).as_ref().and_then(|c| c.downcast::<CellData>().and_then(|c| c.get()));
                            match v {
                                Some(v) => push!(v),
                                None => break 'dispatch deref_error(cd, arg),
                            }
                        }
                        Opcode::STORE_DEREF => {
                            let v = pop!();
                            if let Some(c) = slot!(arg).as_ref().and_then(|c| c.downcast::<CellData>()) {
                                c.set(Some(v));
                            }
                        }
                        Opcode::RAISE_VARARGS => {
                            let err = match arg {
                                0 => match self.exc_stack.iter().rev().flatten().next() {
                                    Some(e) => {
                                        reraise = true;
                                        PyErr(e.clone())
                                    }
                                    None => PyErr::new(ExcType::RuntimeError, "No active exception to reraise"),
                                },
                                1 => {
                                    let e = pop!();
                                    tri!(self.make_raise(&e, None))
                                }
                                _ => {
                                    let cause = pop!();
                                    let e = pop!();
                                    tri!(self.make_raise(&e, Some(&cause)))
                                }
                            };
                            break 'dispatch err;
                        }
                        Opcode::KW_NAMES => {
                            f.kwnames = Some(cd.consts[arg].clone());
                        }
                        Opcode::CALL => {
                            ip += Opcode::CALL.cache_words();
                            let top = sp;
                            let meth_slot = top - arg - 2;
                            if f.kwnames.is_none() {
                                // Fast paths: positional calls of Python functions and of classes
                                // whose __init__ runs inline, binding straight from this stack.
                                if slot!(meth_slot).is_none() {
                                    let bm = slot!(meth_slot + 1).as_ref().and_then(|c| c.downcast::<crate::types::function::BoundMethodData>());
                                    if let Some(m) = bm {
                                        let (func, self_) = (m.func.clone(), m.self_.clone());
                                        *slot!(meth_slot) = Some(func);
                                        *slot!(meth_slot + 1) = Some(self_);
                                    }
                                }
                                let is_meth = slot!(meth_slot).is_some();
                                let ci = if is_meth { meth_slot } else { meth_slot + 1 };
                                let args_start = ci + 1;
                                let depth_ok = self.frames.len() + self.native_depth < self.recursion_limit;
                                // SAFETY: the argument slots are in bounds and disjoint from the
                                // callable's slot.
                                let args = unsafe { std::slice::from_raw_parts_mut(sl.add(args_start), top - args_start) };
                                match &*slot!(ci) {
                                    Some(callable) if depth_ok && callable.kind() == Kind::Function => {
                                        if let Some(mut nf) = self.simple_call_frame(callable, None, args) {
                                            discard(slot!(meth_slot).take());
                                            discard(slot!(meth_slot + 1).take());
                                            sp = meth_slot;
                                            sync!();
                                            nf.entry = Entry::Inline;
                                            crate::frame::push_fast(&mut self.frames, nf);
                                            continue 'frame;
                                        }
                                    }
                                    Some(callable) if matches!(callable.kind(), Kind::Builtin | Kind::MethodDescr) => {
                                        // SAFETY: the argument slots hold pushed values, and
                                        // Option<Value> has Value's layout for Some. Callees do
                                        // not touch this frame's slots.
                                        let all: &[Value] = unsafe { std::slice::from_raw_parts(args.as_ptr() as *const Value, args.len()) };
                                        let a = crate::types::builtin::Args { all, kwnames: &[] };
                                        let r = match callable.kind() {
                                            // SAFETY: kinds checked.
                                            Kind::Builtin => self.call_builtin(unsafe { callable.payload_unchecked() }, a),
                                            _ => self.call_method_descr(unsafe { callable.payload_unchecked() }, a),
                                        };
                                        truncate!(meth_slot);
                                        push!(tri!(r));
                                        continue;
                                    }
                                    Some(cls) if depth_ok && simple_init_class(cls) => {
                                        // SAFETY: `this_ip` is this CALL.
                                        if let Some(init) = unsafe { class_init(cls, code, this_ip) } {
                                            if crate::call::simple_call_fits(&init, args.len() + 1) {
                                                let obj = crate::types::typeobj::alloc_instance(cls, ());
                                                if let Some(mut nf) = self.simple_call_frame(&init, Some(&obj), args) {
                                                    discard(slot!(meth_slot).take());
                                                    discard(slot!(meth_slot + 1).take());
                                                    sp = meth_slot;
                                                    sync!();
                                                    nf.entry = Entry::Init;
                                                    discard(nf.init_self.replace(obj));
                                                    self.frames.push(nf);
                                                    continue 'frame;
                                                }
                                            }
                                        }
                                    }
                                    // range(...) on small ints: type.__call__ would only run
                                    // range.__new__ (range has no __init__ of its own).
                                    Some(cls) if cls.as_ptr() == rt().ty_ptr(BT::Range) => {
                                        // SAFETY: as for builtins above.
                                        let all: &[Value] = unsafe { std::slice::from_raw_parts(args.as_ptr() as *const Value, args.len()) };
                                        if let Some(r) = crate::types::range::small_range(all) {
                                            truncate!(meth_slot);
                                            push!(r);
                                            continue;
                                        }
                                    }
                                    _ => {}
                                }
                            }
                            let kwnames = f.kwnames.take();
                            // [NULL|meth, callable|self, args...]
                            if slot!(meth_slot).is_none() {
                                // Plain call: unpack bound methods in place.
                                let callable = slot!(meth_slot + 1).clone().unwrap_or_else(Value::none);
                                if let Some(m) = callable.downcast::<crate::types::function::BoundMethodData>() {
                                    *slot!(meth_slot) = Some(m.func.clone());
                                    *slot!(meth_slot + 1) = Some(m.self_.clone());
                                }
                            }
                            let is_meth = slot!(meth_slot).is_some();
                            let (callable, args_start) = if is_meth {
                                (slot!(meth_slot).clone().unwrap_or_else(Value::none), meth_slot + 1)
                            } else {
                                (slot!(meth_slot + 1).clone().unwrap_or_else(Value::none), meth_slot + 2)
                            };
                            // A function (or the __init__ a class call runs inline) whose body
                            // is in a chunk not here yet: stop, and run this CALL again once the
                            // host has it (where the VM cannot stop, the load blocks).
                            if base == self.suspend_base && self.stop_for_body(&callable) {
                                f.kwnames = kwnames;
                                ip = this_ip;
                                sync!();
                                return Ok(Value::none());
                            }
                            let nargs = top - args_start;
                            // SAFETY: slots args_start..top are all Some (pushed values);
                            // Option<Value> has Value's layout for Some. The frame's slots are
                            // not touched by the callee.
                            let args: &[Value] = unsafe { std::slice::from_raw_parts(sl.add(args_start) as *const Value, nargs) };
                            let kwn: &[Value] = match &kwnames {
                                Some(k) => k.as_tuple().unwrap_or(&[]),
                                None => &[],
                            };
                            let a = crate::types::builtin::Args { all: args, kwnames: kwn };
                            // Class call with object.__new__ and a Python __init__: allocate
                            // here and run __init__ as an inline frame (no Rust recursion).
                            if callable.kind() == Kind::Type
                                && crate::types::typeobj::tdata(&callable).slots.get() & crate::types::typeobj::sflag::SIMPLE_INIT != 0
                                && callable.class_ptr() == rt().ty_ptr(BT::Type)
                            {
                                if let Some(init) = lookup_str(&callable, "__init__") {
                                    let obj = crate::types::typeobj::alloc_instance(&callable, ());
                                    let mut all = Vec::with_capacity(nargs + 1);
                                    all.push(obj.clone());
                                    all.extend_from_slice(args);
                                    let a2 = crate::types::builtin::Args { all: &all, kwnames: kwn };
                                    match self.function_frame(&init, a2) {
                                        Ok(Some(mut nf)) => {
                                            truncate!(meth_slot);
                                            if self.frames.len() + self.native_depth >= self.recursion_limit {
                                                self.recycle_frame(nf);
                                                break 'dispatch PyErr::new(ExcType::RecursionError, "maximum recursion depth exceeded");
                                            }
                                            nf.entry = Entry::Init;
                                            nf.init_self = Some(obj);
                                            sync!();
                                            self.frames.push(nf);
                                            continue 'frame;
                                        }
                                        Ok(None) => break 'dispatch PyErr::new(ExcType::SystemError, "no frame"),
                                        Err(e) => break 'dispatch e,
                                    }
                                }
                            }
                            if callable.kind() == Kind::Function {
                                let res = self.function_frame(&callable, a);
                                match res {
                                    Ok(Some(mut nf)) => {
                                        let gen_flags = nf.code_data().code.flags & (co::GENERATOR | co::COROUTINE | co::ASYNC_GENERATOR);
                                        truncate!(meth_slot);
                                        if gen_flags != 0 {
                                            let g = crate::call::make_generator(&callable, nf);
                                            push!(g);
                                            continue;
                                        }
                                        if self.frames.len() + self.native_depth >= self.recursion_limit {
                                            self.recycle_frame(nf);
                                            break 'dispatch PyErr::new(ExcType::RecursionError, "maximum recursion depth exceeded");
                                        }
                                        nf.entry = Entry::Inline;
                                        sync!();
                                        self.frames.push(nf);
                                        continue 'frame;
                                    }
                                    Ok(None) => break 'dispatch PyErr::new(ExcType::SystemError, "no frame"),
                                    Err(e) => break 'dispatch e,
                                }
                            }
                            let r = match self.prepare_call(&callable, a) {
                                crate::call::CallOutcome::Done(r) => r,
                                crate::call::CallOutcome::Frame(nf) => self.run_frame(nf),
                            };
                            truncate!(meth_slot);
                            push!(tri!(r));
                        }
                        // Rarely executed instructions run out of line, keeping this loop small
                        // for V8's optimizing tier (`cold.rs`).
                        _ => {
                            let step = self.run_cold(f, cd, op, arg, this_ip, base, sp, ip);
                            sp = step.sp;
                            ip = step.ip;
                            match step.flow {
                                Ok(false) => {}
                                Ok(true) => {
                                    sync!();
                                    return Ok(Value::none());
                                }
                                Err(e) => break 'dispatch e,
                            }
                        }
                    }
                }
            };
            // Error path.
            sync!();
            let was_reraise = std::mem::replace(&mut reraise, false);
            let chain = !std::mem::replace(&mut thrown, false);
            match self.unwind(err, base, was_reraise, reraise_at.take(), chain) {
                Ok(()) => continue 'frame,
                Err(e) => return Err(e),
            }
        }
    }

    /// LOAD_NAME: locals, then globals, then builtins. `hint`: where the name was last
    /// found in the locals dict.
    fn load_name(&mut self, f: &Frame, name: &Value, hint: &std::cell::Cell<u32>) -> PyResult {
        if let Some(l) = &f.locals {
            if l.class_ptr() == rt().ty_ptr(BT::Dict) {
                if let Some(d) = l.downcast::<DictData>() {
                    if let Some(v) = d.value_at_if_key(hint.get() as usize, name) {
                        return Ok(v.clone());
                    }
                    if let Some(i) = d.index_of_str(name) {
                        hint.set(i as u32);
                        return Ok(d.value_at(i).cloned().unwrap_or_else(Value::none));
                    }
                }
            } else {
                match self.getitem(l, name) {
                    Ok(v) => return Ok(v),
                    Err(e) if e.matches(ExcType::KeyError) => {}
                    Err(e) => return Err(e),
                }
            }
        }
        if let Some(v) = f.globals.downcast::<DictData>().and_then(|g| g.get_str(name)) {
            return Ok(v);
        }
        if let Some(v) = f.builtins.downcast::<DictData>().and_then(|b| b.get_str(name)) {
            return Ok(v);
        }
        Err(name_error(name))
    }

    /// UNPACK_SEQUENCE: the `n` items of `seq` written to the slots from `to` up, the last
    /// item lowest (the order CPython pushes them in). An exact tuple or list gives its items
    /// straight (cloning runs no Python code); anything else is iterated.
    ///
    /// # Safety
    /// The `n` slots from `to` up are empty slots of a frame.
    pub(crate) unsafe fn unpack_to(&mut self, seq: &Value, n: usize, to: *mut Option<Value>) -> PyResult<()> {
        let cls = seq.class_ptr();
        let exact = if cls == rt().ty_ptr(BT::Tuple) {
            seq.as_tuple()
        } else if cls == rt().ty_ptr(BT::List) {
            seq.as_list().map(|l| l.get().as_slice())
        } else {
            None
        };
        if let Some(items) = exact {
            if items.len() != n {
                return Err(unpack_count_error(items.len(), n));
            }
            for (i, v) in items.iter().rev().enumerate() {
                to.add(i).write(Some(v.clone()));
            }
            return Ok(());
        }
        let items = self.unpack_iterable(seq, n, None)?;
        if items.len() != n {
            return Err(unpack_count_error(items.len(), n));
        }
        for (i, v) in items.into_iter().rev().enumerate() {
            to.add(i).write(Some(v));
        }
        Ok(())
    }

    fn unpack_iterable(&mut self, seq: &Value, expected: usize, star: Option<()>) -> PyResult<Vec<Value>> {
        let it = match self.iter(seq) {
            Ok(it) => it,
            Err(e) if e.matches(ExcType::TypeError) && lookup_str(&seq.class(), "__iter__").is_none() => {
                return Err(type_error(format!("cannot unpack non-iterable {} object", type_name(seq))));
            }
            Err(e) => return Err(e),
        };
        let mut out = Vec::new();
        while let Some(v) = self.next(&it)? {
            out.push(v);
            if star.is_none() && out.len() > expected {
                return Err(PyErr::new(ExcType::ValueError, format!("too many values to unpack (expected {expected})")));
            }
        }
        Ok(out)
    }

    /// Builds the exception to raise from `raise e [from cause]`.
    fn make_raise(&mut self, e: &Value, cause: Option<&Value>) -> PyResult<PyErr> {
        let exc = if e.kind() == Kind::Type && crate::types::typeobj::is_exception_type(e) {
            let v = self.call(e, &[])?;
            if v.kind() != Kind::Exception {
                return Err(type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    self.repr_string(e)?,
                    type_name(&v)
                )));
            }
            v
        } else if e.kind() == Kind::Exception {
            e.clone()
        } else {
            return Err(type_error("exceptions must derive from BaseException"));
        };
        if let Some(c) = cause {
            let cv = if c.kind() == Kind::Type && crate::types::typeobj::is_exception_type(c) {
                Some(self.call(c, &[])?)
            } else if c.kind() == Kind::Exception {
                Some(c.clone())
            } else if c.is_none() {
                None
            } else {
                return Err(type_error("exception causes must derive from BaseException"));
            };
            if let Some(d) = exc_data(&exc) {
                d.cause.set(cv);
                d.suppress_context.set(true);
            }
        }
        Ok(PyErr(exc))
    }

    /// The awaitable iterator for `await v` (GET_AWAITABLE).
    pub fn get_awaitable(&mut self, v: &Value, where_: usize) -> PyResult {
        if let Some(g) = v.downcast::<GenData>() {
            if g.kind == GenKind::Coroutine {
                if crate::types::generator::yield_from(g).is_some() && g.state.get() == GenState::Suspended {
                    return Err(PyErr::new(ExcType::RuntimeError, "coroutine is being awaited already"));
                }
                return Ok(v.clone());
            }
            if g.kind == GenKind::Generator && g.code.downcast::<CodeData>().map(|c| c.code.flags & co::ITERABLE_COROUTINE != 0).unwrap_or(false) {
                return Ok(v.clone());
            }
        }
        let cls = v.class();
        match lookup_str(&cls, "__await__") {
            Some(m) => {
                let it = self.call_unbound(&m, v, &[])?;
                if let Some(g) = it.downcast::<GenData>() {
                    if g.kind == GenKind::Coroutine {
                        return Err(type_error("__await__() returned a coroutine"));
                    }
                }
                if lookup_str(&it.class(), "__next__").is_none() {
                    return Err(type_error(format!("__await__() returned non-iterator of type '{}'", type_name(&it))));
                }
                Ok(it)
            }
            None => Err(type_error(match where_ {
                1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {}", type_name(v)),
                2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {}", type_name(v)),
                _ => format!("object {} can't be used in 'await' expression", type_name(v)),
            })),
        }
    }

    /// DICT_MERGE: `**mapping` in a call, rejecting duplicate keys.
    fn dict_merge(&mut self, d: &Value, other: &Value, func: &Value) -> PyResult<()> {
        let keys: Vec<Value> = match other.downcast::<DictData>() {
            Some(od) => od.keys(),
            None => match self.getattr_opt(other, &Value::intern("keys"))? {
                Some(k) => {
                    let ks = self.call(&k, &[])?;
                    self.collect_iter(&ks)?
                }
                None => {
                    return Err(type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        self.callable_name(func),
                        type_name(other)
                    )))
                }
            },
        };
        let dd = d.downcast::<DictData>().ok_or_else(|| type_error("expected dict"))?;
        for k in keys {
            if k.as_str().is_none() {
                return Err(type_error("keywords must be strings"));
            }
            if dd.get_str(&k).is_some() {
                return Err(type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    self.callable_name(func),
                    k.as_str().unwrap_or("")
                )));
            }
            let v = self.getitem(other, &k)?;
            dd.set_str(k, v);
        }
        Ok(())
    }

    /// "f()" as used in call error messages.
    pub fn callable_name(&mut self, func: &Value) -> String {
        // CPython's _PyObject_FunctionStr: "module.qualname()" unless the module is builtins.
        let qual = match self.getattr_opt(func, &Value::intern("__qualname__")) {
            Ok(Some(q)) if q.as_str().is_some() => q.as_str().unwrap_or("").to_owned(),
            _ => return self.str_string(func).unwrap_or_default(),
        };
        let module = match self.getattr_opt(func, &Value::intern("__module__")) {
            Ok(Some(m)) => m.as_str().map(|s| s.to_owned()),
            _ => None,
        };
        match module {
            Some(m) if m != "builtins" => format!("{m}.{qual}()"),
            _ => format!("{qual}()"),
        }
    }

    /// `sys.<name>`.
    pub fn sys_attr(&mut self, name: &str) -> PyResult {
        let s = self.sys_mod.clone();
        self.getattr(&s, &Value::intern(name)).map_err(|_| PyErr::new(ExcType::RuntimeError, format!("lost sys.{name}")))
    }

    fn match_is_mapping(&mut self, v: &Value) -> PyResult<bool> {
        if matches!(v.kind(), Kind::Dict | Kind::MappingProxy) {
            return Ok(true);
        }
        if matches!(v.kind(), Kind::Str | Kind::List | Kind::Tuple | Kind::Int | Kind::Float | Kind::Bytes) {
            return Ok(false);
        }
        self.isinstance_abc(v, "Mapping")
    }

    fn match_is_sequence(&mut self, v: &Value) -> PyResult<bool> {
        match v.kind() {
            Kind::List | Kind::Tuple | Kind::Range | Kind::MemoryView => return Ok(true),
            Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::Dict | Kind::Int | Kind::Float => return Ok(false),
            _ => {}
        }
        self.isinstance_abc(v, "Sequence")
    }

    /// isinstance against `collections.abc.<name>` if that module is loaded.
    fn isinstance_abc(&mut self, v: &Value, name: &str) -> PyResult<bool> {
        let Some(m) = self.modules.downcast::<DictData>().and_then(|d| d.get_item_str("collections.abc")) else { return Ok(false) };
        let Some(cls) = self.getattr_opt(&m, &Value::intern(name))? else { return Ok(false) };
        self.isinstance(v, &cls)
    }

    fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult {
        let keys = keys.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
        if keys.is_empty() {
            return Ok(Value::tuple(vec![]));
        }
        let get = self.getattr(subject, &Value::intern("get"))?;
        let dummy = Value::new_frozenset();
        let mut values = Vec::with_capacity(keys.len());
        let mut seen: Vec<Value> = Vec::new();
        for k in keys {
            for s in &seen {
                if self.eq(s, &k)? {
                    return Err(PyErr::new(ExcType::ValueError, format!("mapping pattern checks duplicate key ({})", self.repr_string(&k)?)));
                }
            }
            seen.push(k.clone());
            let v = self.call(&get, &[k, dummy.clone()])?;
            if v.is(&dummy) {
                return Ok(Value::none());
            }
            values.push(v);
        }
        Ok(Value::tuple(values))
    }

    fn match_class(&mut self, subject: &Value, cls: &Value, npos: usize, names: &Value) -> PyResult {
        if cls.kind() != Kind::Type {
            return Err(type_error("called match pattern must be a type"));
        }
        if !self.isinstance(subject, cls)? {
            return Ok(Value::none());
        }
        let mut attrs = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        if npos > 0 {
            let match_args = self.getattr_opt(cls, &Value::intern("__match_args__"))?;
            match match_args {
                Some(ma) => {
                    let Some(t) = ma.as_tuple() else {
                        return Err(type_error(format!("{}.__match_args__ must be a tuple (got {})", crate::types::typeobj::tdata(cls).name_str(), type_name(&ma))));
                    };
                    if npos > t.len() {
                        return Err(type_error(format!(
                            "{}() accepts {} positional sub-pattern{} ({npos} given)",
                            crate::types::typeobj::tdata(cls).name_str(),
                            t.len(),
                            if t.len() == 1 { "" } else { "s" }
                        )));
                    }
                    for name in t.iter().take(npos) {
                        let Some(n) = name.as_str() else {
                            return Err(type_error(format!("__match_args__ elements must be strings (got {})", type_name(name))));
                        };
                        seen.push(n.to_owned());
                        match self.getattr_opt(subject, name)? {
                            Some(v) => attrs.push(v),
                            None => return Ok(Value::none()),
                        }
                    }
                }
                None => {
                    let self_matching = [BT::Bool, BT::ByteArray, BT::Bytes, BT::Dict, BT::Float, BT::FrozenSet, BT::Int, BT::List, BT::Set, BT::Str, BT::Tuple]
                        .iter()
                        .any(|t| is_subtype_ptr(cls.as_ptr(), rt().ty_ptr(*t)));
                    if self_matching {
                        if npos > 1 {
                            return Err(type_error(format!(
                                "{}() accepts 1 positional sub-pattern ({npos} given)",
                                crate::types::typeobj::tdata(cls).name_str()
                            )));
                        }
                        attrs.push(subject.clone());
                    } else {
                        return Err(type_error(format!(
                            "{}() accepts 0 positional sub-patterns ({npos} given)",
                            crate::types::typeobj::tdata(cls).name_str()
                        )));
                    }
                }
            }
        }
        for name in names.as_tuple().map(|t| t.to_vec()).unwrap_or_default() {
            let n = name.as_str().unwrap_or("").to_owned();
            if seen.contains(&n) {
                return Err(type_error(format!(
                    "{}() got multiple sub-patterns for attribute '{n}'",
                    crate::types::typeobj::tdata(cls).name_str()
                )));
            }
            seen.push(n);
            match self.getattr_opt(subject, &name)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::none()),
            }
        }
        Ok(Value::tuple(attrs))
    }

    /// CHECK_EG_MATCH: split an exception (group) by a type.
    fn exception_group_match(&mut self, exc: &Value, t: &Value) -> PyResult<(Value, Value)> {
        if exc.is_none() {
            return Ok((Value::none(), Value::none()));
        }
        let is_group = is_subtype_ptr(exc.class_ptr(), ExcType::BaseExceptionGroup.type_ptr());
        if !is_group {
            if self.isinstance(exc, t)? {
                let g = self.call(&ExcType::BaseExceptionGroup.type_value(), &[Value::str(""), Value::list(vec![exc.clone()])])?;
                if let (Some(a), Some(b)) = (exc_data(exc), exc_data(&g)) {
                    b.traceback.set(a.traceback.get_value());
                }
                return Ok((Value::none(), g));
            }
            return Ok((exc.clone(), Value::none()));
        }
        let pair = self.call_method(exc, "split", std::slice::from_ref(t))?;
        let items = pair.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
        if items.len() != 2 {
            return Err(type_error("split() must return a pair"));
        }
        if items[0].is_none() {
            return Ok((exc.clone(), Value::none()));
        }
        Ok((items[1].clone(), items[0].clone()))
    }

    /// PREP_RERAISE_STAR: combine the exceptions raised in except* clauses.
    fn prep_reraise_star(&mut self, orig: &Value, excs: &Value) -> PyResult {
        let items = excs.as_list().map(|l| l.snapshot()).unwrap_or_default();
        let raised: Vec<Value> = items.into_iter().filter(|e| !e.is_none()).collect();
        if raised.is_empty() {
            return Ok(Value::none());
        }
        if !is_subtype_ptr(orig.class_ptr(), ExcType::BaseExceptionGroup.type_ptr()) {
            // A naked exception was caught and wrapped: only one raised value is possible.
            return Ok(raised[0].clone());
        }
        // Separate re-raised parts of the original group from new exceptions.
        let mut reraised = Vec::new();
        let mut new = Vec::new();
        let leaves = self.leaf_ids(orig)?;
        for e in raised {
            let ids = self.leaf_ids(&e)?;
            if !ids.is_empty() && ids.iter().all(|i| leaves.contains(i)) {
                reraised.push(e);
            } else {
                new.push(e);
            }
        }
        // New exceptions first, then what is left of the original group (CPython's order).
        let mut result = new;
        if !reraised.is_empty() {
            let keep: Vec<usize> = reraised.iter().map(|e| self.leaf_ids(e)).collect::<PyResult<Vec<_>>>()?.concat();
            let kept = self.project_group(orig, &keep)?;
            if !kept.is_none() {
                result.push(kept);
            }
        }
        if result.len() == 1 {
            return Ok(result.pop().unwrap_or_else(Value::none));
        }
        self.call(&ExcType::BaseExceptionGroup.type_value(), &[Value::str(""), Value::list(result)])
    }

    fn leaf_ids(&mut self, e: &Value) -> PyResult<Vec<usize>> {
        if is_subtype_ptr(e.class_ptr(), ExcType::BaseExceptionGroup.type_ptr()) {
            let mut out = Vec::new();
            let subs = exc_data(e).and_then(|d| d.get_extra("exceptions")).and_then(|t| t.as_tuple().map(|t| t.to_vec())).unwrap_or_default();
            for s in subs {
                out.extend(self.leaf_ids(&s)?);
            }
            return Ok(out);
        }
        Ok(vec![e.bits()])
    }

    fn project_group(&mut self, g: &Value, keep: &[usize]) -> PyResult {
        if !is_subtype_ptr(g.class_ptr(), ExcType::BaseExceptionGroup.type_ptr()) {
            return Ok(if keep.contains(&g.bits()) { g.clone() } else { Value::none() });
        }
        let subs = exc_data(g).and_then(|d| d.get_extra("exceptions")).and_then(|t| t.as_tuple().map(|t| t.to_vec())).unwrap_or_default();
        let mut kept = Vec::new();
        for s in subs {
            let p = self.project_group(&s, keep)?;
            if !p.is_none() {
                kept.push(p);
            }
        }
        if kept.is_empty() {
            return Ok(Value::none());
        }
        let r = self.call_method(g, "derive", &[Value::list(kept)])?;
        if let (Some(a), Some(b)) = (exc_data(g), exc_data(&r)) {
            b.traceback.set(a.traceback.get_value());
            b.cause.set(a.cause.get_value());
            b.context.set(a.context.get_value());
        }
        Ok(r)
    }
}

/// `d[name] = v` for a str key, trying the entry at `hint` (checked by key identity) first.
#[inline(always)]
fn set_str_hinted(d: &DictData, hint: &std::cell::Cell<u32>, name: Value, v: Value) {
    match d.replace_at_if_key(hint.get() as usize, &name, v) {
        Ok(old) => {
            discard(old);
            discard(Some(name));
        }
        Err(v) => hint.set(d.set_str_index(name, v) as u32),
    }
}

/// A class whose calls run its `__init__` inline: `type` is its metaclass and it has a plain
/// Python `__init__` and the default `__new__` (`sflag::SIMPLE_INIT`).
#[inline(always)]
pub(crate) fn simple_init_class(cls: &Value) -> bool {
    cls.kind() == Kind::Type
        && crate::types::typeobj::tdata(cls).slots.get() & crate::types::typeobj::sflag::SIMPLE_INIT != 0
        && cls.class_ptr() == rt().ty_ptr(BT::Type)
}

/// The `__init__` a CALL of the simple-init class `cls` runs, through the CALL's cache words
/// (filled on a miss).
///
/// # Safety
/// `ip` is a CALL instruction of `code`.
pub(crate) unsafe fn class_init(cls: &Value, code: *mut u32, ip: usize) -> Option<Value> {
    match ic::class_init(cls, ic::word(code, ip, 0), ic::word(code, ip, 1)) {
        Some(i) => Some(i.clone()),
        None => {
            let [n0, n1] = ic::specialize_class_init(cls);
            ic::set_word(code, ip, 0, n0);
            ic::set_word(code, ip, 1, n1);
            lookup_str(cls, "__init__")
        }
    }
}

/// `o[k]` for an exact list, tuple or ASCII str and an in-range small int.
#[inline(always)]
pub(crate) fn subscr_fast(o: &Value, k: &Value) -> Option<Value> {
    let i = k.as_small()?;
    let h = o.header()?;
    let cls = h.class_ptr();
    let r = rt();
    let index = |n: usize| -> Option<usize> {
        let j = if i < 0 { i + n as isize } else { i };
        (j >= 0 && (j as usize) < n).then_some(j as usize)
    };
    if cls == r.ty_ptr(BT::List) {
        let l = o.as_list()?;
        l.item(index(l.len())?)
    } else if cls == r.ty_ptr(BT::Tuple) {
        let t = o.as_tuple()?;
        Some(t[index(t.len())?].clone())
    } else if cls == r.ty_ptr(BT::Str) {
        let s = o.downcast::<crate::types::str::StrData>()?;
        if !s.is_ascii() {
            return None;
        }
        let b = s.as_str().as_bytes();
        Some(crate::runtime::ascii_str(b[index(b.len())?]))
    } else {
        None
    }
}

/// `o[k] = v` for an exact list and an in-range small int; gives `v` back otherwise.
#[inline(always)]
pub(crate) fn store_subscr_fast(o: &Value, k: &Value, v: Value) -> Result<(), Value> {
    let (Some(i), Some(h)) = (k.as_small(), o.header()) else { return Err(v) };
    if h.class_ptr() != rt().ty_ptr(BT::List) {
        return Err(v);
    }
    let Some(l) = o.as_list() else { return Err(v) };
    let items = l.get_mut();
    let n = items.len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(v);
    }
    // `discard`, not `drop`: the drop glue stays out of line at opt-level z.
    discard(Some(std::mem::replace(&mut items[j as usize], v)));
    Ok(())
}

/// An iterator over an exact range whose bounds fit in i64 (as `range.__iter__` makes).
#[inline(always)]
pub(crate) fn small_range_iter(v: &Value) -> Option<Value> {
    if v.class_ptr() != rt().ty_ptr(BT::Range) {
        return None;
    }
    let (start, _, step, len) = v.downcast::<crate::types::range::RangeData>()?.small?;
    if (start as i128 + step as i128 * len as i128).abs() >= i64::MAX as i128 {
        return None;
    }
    let st = crate::types::iter::IterState::Range { next: start, step, remaining: len };
    let data = crate::types::iter::IterData { state: std::cell::UnsafeCell::new(st) };
    Some(crate::object::alloc_obj(&rt().ty_borrowed(BT::RangeIterator), data, 0))
}

pub(crate) enum IterStep {
    Next(Value),
    Done,
    Generic,
}

/// FOR_ITER over the builtin range and list iterators without the generic `next`.
#[inline(always)]
pub(crate) fn builtin_iter_next(it: &Value) -> IterStep {
    use crate::types::iter::{IterData, IterState};
    let r = rt();
    let cls = it.class_ptr();
    if cls != r.ty_ptr(BT::RangeIterator) && cls != r.ty_ptr(BT::ListIterator) {
        return IterStep::Generic;
    }
    let Some(d) = it.downcast::<IterData>() else { return IterStep::Generic };
    // SAFETY: single-threaded; the borrow ends before any code runs.
    match unsafe { &mut *d.state.get() } {
        IterState::Range { next, step, remaining } => {
            if *remaining <= 0 {
                return IterStep::Done;
            }
            let v = *next;
            *remaining -= 1;
            if *remaining > 0 {
                *next += *step;
            }
            IterStep::Next(Value::int(v))
        }
        IterState::Seq { seq, index } => {
            let Some(l) = seq.as_ref().and_then(|s| s.as_list()) else { return IterStep::Generic };
            match l.item(*index) {
                Some(v) => {
                    *index += 1;
                    IterStep::Next(v)
                }
                None => {
                    *seq = None;
                    IterStep::Done
                }
            }
        }
        _ => IterStep::Generic,
    }
}

/// `x op y` on two small ints when the result needs no error or allocation decision beyond
/// `Value::int` (division by zero and shifts go the generic way).
#[inline(always)]
fn small_int_binop(op: BinaryOp, x: i64, y: i64) -> Option<i64> {
    // Small ints have at most 63 bits, so sums and differences cannot overflow i64.
    match op {
        BinaryOp::Add | BinaryOp::InplaceAdd => Some(x + y),
        BinaryOp::Subtract | BinaryOp::InplaceSubtract => Some(x - y),
        BinaryOp::Multiply | BinaryOp::InplaceMultiply => x.checked_mul(y),
        BinaryOp::FloorDivide | BinaryOp::InplaceFloorDivide if y != 0 => {
            let (q, r) = (x.checked_div(y)?, x % y);
            Some(if r != 0 && (r < 0) != (y < 0) { q - 1 } else { q })
        }
        BinaryOp::Remainder | BinaryOp::InplaceRemainder if y != 0 => {
            let r = x.checked_rem(y)?;
            Some(if r != 0 && (r < 0) != (y < 0) { r + y } else { r })
        }
        BinaryOp::And | BinaryOp::InplaceAnd => Some(x & y),
        BinaryOp::Or | BinaryOp::InplaceOr => Some(x | y),
        BinaryOp::Xor | BinaryOp::InplaceXor => Some(x ^ y),
        _ => None,
    }
}

/// The f64 of an exact float.
#[inline(always)]
pub(crate) fn exact_float(v: &Value) -> Option<f64> {
    let h = v.header()?;
    if h.kind == Kind::Float && h.class_ptr() == rt().ty_ptr(BT::Float) {
        v.as_float()
    } else {
        None
    }
}

/// `+ - *` and `/` (non-zero divisor) on two exact floats (IEEE, as CPython).
#[inline(always)]
fn float_binop(op: BinaryOp, a: &Value, b: &Value) -> Option<f64> {
    float_arith(op, exact_float(a)?, exact_float(b)?)
}

/// `x op y` for `+ - *` and `/` with a non-zero divisor (IEEE, as CPython); None for any
/// other operator, and a zero divisor (ZeroDivisionError is the generic path's).
#[inline(always)]
pub(crate) fn float_arith(op: BinaryOp, x: f64, y: f64) -> Option<f64> {
    match op {
        BinaryOp::Add | BinaryOp::InplaceAdd => Some(x + y),
        BinaryOp::Subtract | BinaryOp::InplaceSubtract => Some(x - y),
        BinaryOp::Multiply | BinaryOp::InplaceMultiply => Some(x * y),
        BinaryOp::TrueDivide | BinaryOp::InplaceTrueDivide if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// `a <cop> b` when both are exact strs (which runs no Python code).
#[inline(always)]
pub(crate) fn str_compare(a: &Value, b: &Value, cop: CompareOp) -> Option<bool> {
    let (x, y) = (exact_str(a)?.as_bytes(), exact_str(b)?.as_bytes());
    // UTF-8 orders as code points do, so differing first bytes decide without a call
    // (wasm's memcmp is a byte loop).
    let first = match (x.first(), y.first()) {
        (Some(p), Some(q)) => p.cmp(q),
        _ => std::cmp::Ordering::Equal,
    };
    let eq = a.is(b) || (first.is_eq() && x == y);
    let ord = if eq { std::cmp::Ordering::Equal } else if first.is_ne() { first } else { x.cmp(y) };
    Some(match cop {
        CompareOp::Lt => ord.is_lt(),
        CompareOp::Le => ord.is_le(),
        CompareOp::Eq => eq,
        CompareOp::Ne => !eq,
        CompareOp::Gt => ord.is_gt(),
        CompareOp::Ge => ord.is_ge(),
    })
}

/// The text of an exact str.
#[inline(always)]
pub(crate) fn exact_str(v: &Value) -> Option<&str> {
    let h = v.header()?;
    if h.kind == Kind::Str && h.class_ptr() == rt().ty_ptr(BT::Str) {
        v.as_str()
    } else {
        None
    }
}

fn name_error(name: &Value) -> PyErr {
    let e = PyErr::new(ExcType::NameError, format!("name '{}' is not defined", name.as_str().unwrap_or("")));
    if let Some(d) = exc_data(&e.0) {
        d.set_extra("name", name.clone());
    }
    e
}

fn unbound_local(name: &Value) -> PyErr {
    let e = PyErr::new(
        ExcType::UnboundLocalError,
        format!("cannot access local variable '{}' where it is not associated with a value", name.as_str().unwrap_or("")),
    );
    if let Some(d) = exc_data(&e.0) {
        d.set_extra("name", name.clone());
    }
    e
}

fn deref_error(cd: &CodeData, i: usize) -> PyErr {
    let name = cd.varnames[i].as_str().unwrap_or("");
    if cd.code.localsplus_kinds[i] & local_kind::FREE != 0 {
        PyErr::new(
            ExcType::NameError,
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    } else {
        unbound_local(&cd.varnames[i])
    }
}

fn unpack_count_error(got: usize, expected: usize) -> PyErr {
    if got < expected {
        PyErr::new(ExcType::ValueError, format!("not enough values to unpack (expected {expected}, got {got})"))
    } else {
        PyErr::new(ExcType::ValueError, format!("too many values to unpack (expected {expected})"))
    }
}

/// `except X:` requires X to be an exception class or tuple of them.
fn check_except_type(t: &Value) -> PyResult<()> {
    let ok = |c: &Value| c.kind() == Kind::Type && crate::types::typeobj::is_exception_type(c);
    let valid = match t.as_tuple() {
        Some(items) => items.iter().all(ok),
        None => ok(t),
    };
    if !valid {
        return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
    }
    Ok(())
}

/// `except*` also refuses exception group types (CPython's check_except_star_type_valid).
fn check_except_star_type(t: &Value) -> PyResult<()> {
    check_except_type(t)?;
    let is_group = |c: &Value| is_subtype_ptr(c.as_ptr(), ExcType::BaseExceptionGroup.type_ptr());
    let group = match t.as_tuple() {
        Some(items) => items.iter().any(is_group),
        None => is_group(t),
    };
    if group {
        return Err(type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
    }
    Ok(())
}

/// The instructions whose `run_loop` arm skips inline cache words itself (the dispatch only
/// steps over the instruction word).
#[cfg(test)]
const SKIPS_OWN_CACHE: &[Opcode] = &[
    Opcode::BINARY_OP,
    Opcode::COMPARE_OP,
    Opcode::BINARY_SUBSCR,
    Opcode::STORE_SUBSCR,
    Opcode::FOR_ITER,
    Opcode::UNPACK_SEQUENCE,
    Opcode::STORE_ATTR,
    Opcode::LOAD_ATTR,
    Opcode::LOAD_METHOD,
    Opcode::LOAD_GLOBAL,
    Opcode::CALL,
];

#[cfg(test)]
mod dispatch_tests {
    use super::*;

    /// Architecture invariant: an opcode that gains cache words must also skip them in its arm.
    #[test]
    fn every_cached_opcode_skips_its_cache() {
        let source = include_str!("interp.rs");
        for &op in Opcode::ALL {
            assert_eq!(op.cache_words() != 0, SKIPS_OWN_CACHE.contains(&op), "{op:?}: update SKIPS_OWN_CACHE and its arm in run_loop");
        }
        for &op in SKIPS_OWN_CACHE {
            let arm = format!("Opcode::{op:?} => {{\n                            ip += Opcode::{op:?}.cache_words();");
            assert!(source.contains(&arm), "{op:?}'s arm must start with `ip += Opcode::{op:?}.cache_words();`");
        }
    }
}
