//! The JIT (wasm host only; issue 8): hot code objects are compiled to small wasm modules
//! that run on the interpreter's own frames (see `codegen.rs` for the execution model and
//! ARCHITECTURE.md, "The JIT").
//!
//! Hotness: a code object counts frame entries (calls and returns into it) and backward
//! jumps; at zero the interpreter asks [`compile`], which generates the module and has the
//! host instantiate it and put its function in the VM's table (`jit_install`). From then on
//! the interpreter enters the function (`call_indirect` through a Rust fn pointer, which on
//! wasm32 is a table index) at those same points, and after an instruction the generated code
//! left for when it asked to be re-entered (the `ARM` bit, through the eval breaker).
//!
//! `PYGMY_JIT=off|on|eager` (eager: threshold 0) selects the mode; natively the interpreter
//! has no hooks and the generator is only compiled for its tests.

#[cfg(feature = "jit")]
pub mod codegen;

use std::cell::Cell;

/// Per code object JIT state (in `CodeData`).
pub struct CodeJit {
    /// Entries and backward jumps left before compiling.
    pub countdown: Cell<i32>,
    /// Table index of the generated function; [`NOT_YET`] or [`NEVER`] otherwise.
    pub entry: Cell<u32>,
    /// The globals and builtins dicts (addresses) the function was compiled for: its inline
    /// LOAD_GLOBALs read them, so frames with others run interpreted.
    pub dicts: Cell<(usize, usize)>,
    /// The attribute caches of the generated code's LOAD_ATTR, STORE_ATTR and LOAD_METHOD
    /// sites (`codegen::PIC_WORDS` words a site, `codegen::pic_sites` order), made when it is
    /// first compiled: the generated code reads them and has `jit_pic_fill` fill them.
    pub pics: std::cell::OnceCell<Box<[Cell<u32>]>>,
}

pub const NOT_YET: u32 = 0;
pub const NEVER: u32 = 1;

/// Frame entries plus backward jumps before a code object is compiled (`PYGMY_JIT=on`).
pub const THRESHOLD: i32 = 200;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Off,
    On,
    Eager,
}

thread_local! {
    static MODE: Cell<Mode> = const { Cell::new(Mode::Off) };
}

pub fn mode() -> Mode {
    MODE.with(|m| m.get())
}

/// Sets the mode from `PYGMY_JIT` (`off`, `on`, `eager`; anything else leaves it).
pub fn set_mode_from(value: &str) {
    let m = match value {
        "off" | "0" => Mode::Off,
        "on" | "1" => Mode::On,
        "eager" => Mode::Eager,
        _ => return,
    };
    MODE.with(|c| c.set(m));
}

impl CodeJit {
    pub fn new() -> CodeJit {
        let countdown = match mode() {
            Mode::Eager => 0,
            _ => THRESHOLD,
        };
        CodeJit { countdown: Cell::new(countdown), entry: Cell::new(NOT_YET), dicts: Cell::new((0, 0)), pics: std::cell::OnceCell::new() }
    }
}

impl Default for CodeJit {
    fn default() -> CodeJit {
        CodeJit::new()
    }
}

#[cfg(all(target_arch = "wasm32", feature = "jit"))]
pub use wasm::*;

#[cfg(all(target_arch = "wasm32", feature = "jit"))]
mod wasm {
    use super::codegen::{self, Env, GlobalFeed, Unit};
    use super::*;
    use crate::inline_cache as ic;
    use crate::object::Header;
    use crate::runtime::{rt, BT};
    use crate::types::code::CodeData;
    use crate::types::dict::DictData;
    use crate::frame::{Entry, Frame};
    use crate::object::Kind;
    use crate::error::{ExcType, PyErr};
    use crate::types::function::{BoundMethodData, FunctionData};
    use crate::value::{discard, Value};
    use crate::vm::Vm;
    use pygmy_bytecode::code::flags as co;
    use pygmy_bytecode::opcode::make_function;
    use pygmy_bytecode::{CompareOp, Opcode};

    #[link(wasm_import_module = "pygmy")]
    extern "C" {
        /// Instantiates the module `ptr..ptr+len` (imports: `env.memory`, the VM's memory, and
        /// `env."i"`, the function in table slot `helpers[i]` for each of the `n` words at
        /// `helpers`) and puts its exports `"0"..count` in the VM's table: the index of the
        /// first, or -1.
        fn jit_install(ptr: *const u8, len: usize, count: u32, helpers: *const u32, n: usize) -> i32;
    }

    /// What generated code calls when a count it decremented reaches zero.
    ///
    /// # Safety
    /// `ptr` is an object whose count just reached zero.
    #[cfg_attr(pygmy_nightly, optimize(speed))]
    pub unsafe extern "C" fn jit_release(ptr: u32) {
        crate::runtime::release(ptr as *const Header)
    }

    /// The attribute helpers generated code calls (`codegen`: `(slot, code, ip) -> answer`).
    /// Each does what the interpreter's arm for the instruction at `ip` does on the frame's
    /// stack slots: the inline cache's hit path, else the generic lookup (which may run
    /// Python code: descriptors, `__getattr__`, `__setattr__`) and a refill of the cache.
    /// Answers 1 when done; 2 when the lookup raised (the instruction's operands popped and
    /// the error in `Vm::jit_raised`, which `run_frames` raises: the code leaves with the
    /// `called` bit).
    ///
    /// # Safety (all three)
    /// `cd` is the code the VM's running frame runs, `ip` one of its instructions of the
    /// helper's opcode, and `slot` the top of the frame's stack (LOAD_ATTR: the object;
    /// LOAD_METHOD: the object, with an empty slot above; STORE_ATTR: the object, with the
    /// value below).
    #[cfg_attr(pygmy_nightly, optimize(speed))]
    pub unsafe extern "C" fn jit_load_attr(slot: *mut Option<Value>, cd: &CodeData, ip: usize) -> u32 {
        let Some((name, w0, w1)) = attr_cache(cd, ip) else { return 0 };
        if let Some(v) = (*slot).as_ref().and_then(|o| ic::load_attr(o, name, w0, w1)) {
            discard((*slot).replace(v));
            return 1;
        }
        let vm = running_vm(ip);
        let Some(obj) = (*slot).take() else { return 0 };
        match vm.getattr(&obj, name) {
            Ok(v) => {
                ic::refill(cd.instrs_ptr(), ip, &obj, name, ic::specialize_load_attr);
                slot.write(Some(v)); // it was emptied
                discard(Some(obj));
                1
            }
            Err(e) => raised(vm, e, Some(obj)),
        }
    }

    /// # Safety
    /// As for [`jit_load_attr`].
    #[cfg_attr(pygmy_nightly, optimize(speed))]
    pub unsafe extern "C" fn jit_store_attr(slot: *mut Option<Value>, cd: &CodeData, ip: usize) -> u32 {
        let Some((name, w0, w1)) = attr_cache(cd, ip) else { return 0 };
        let (Some(obj), Some(v)) = ((*slot).take(), (*slot.sub(1)).take()) else { return 0 };
        let v = match ic::store_attr(&obj, name, v, w0, w1) {
            Ok(()) => {
                discard(Some(obj));
                return 1;
            }
            Err(v) => v,
        };
        let vm = running_vm(ip);
        let r = vm.setattr(&obj, name, &v);
        // The interpreter's order: the value, then the object.
        discard(Some(v));
        match r {
            Ok(()) => {
                ic::refill(cd.instrs_ptr(), ip, &obj, name, ic::specialize_store_attr);
                discard(Some(obj));
                1
            }
            Err(e) => raised(vm, e, Some(obj)),
        }
    }

    /// # Safety
    /// As for [`jit_load_attr`].
    #[cfg_attr(pygmy_nightly, optimize(speed))]
    pub unsafe extern "C" fn jit_load_method(slot: *mut Option<Value>, cd: &CodeData, ip: usize) -> u32 {
        let Some((name, w0, w1)) = attr_cache(cd, ip) else { return 0 };
        let Some(obj) = (*slot).as_ref() else { return 0 };
        // The slot above is empty: writes, not drops.
        let (m, unbound) = match ic::load_method(obj, name, w0, w1) {
            Some(ic::Method::Unbound(m)) => (m, true),
            Some(ic::Method::Attr(a)) => (a, false),
            None => {
                // The object stays in its slot while the lookup runs (nothing reads a running
                // frame's stack); popped if it raises, as the interpreter's arm leaves it.
                let vm = running_vm(ip);
                match vm.get_method(obj, name) {
                    Ok(r) => {
                        ic::refill(cd.instrs_ptr(), ip, obj, name, ic::specialize_load_method);
                        r
                    }
                    Err(e) => return raised(vm, e, (*slot).take()),
                }
            }
        };
        if unbound {
            slot.add(1).write((*slot).replace(m));
        } else {
            slot.add(1).write(Some(m));
            discard((*slot).take());
        }
        1
    }

    /// The VM whose running frame is at the instruction `ip` a helper is about to run
    /// generically: its `lasti` is set, as the interpreter's is, for tracebacks and for code
    /// the lookup runs.
    #[inline(always)]
    unsafe fn running_vm<'a>(ip: usize) -> &'a mut Vm {
        let vm = current_vm();
        if let Some(f) = vm.frames.last_mut() {
            f.lasti = ip;
        }
        vm
    }

    /// The VM whose frame generated code is running.
    #[inline(always)]
    unsafe fn current_vm<'a>() -> &'a mut Vm {
        &mut *VM.with(|v| v.get())
    }

    /// A helper's answer when what it ran raised `e`: the error for `run_frames`, after the
    /// popped operand is dropped (as the interpreter's arm drops it when it raises).
    #[inline(always)]
    fn raised(vm: &mut Vm, e: crate::error::PyErr, popped: Option<Value>) -> u32 {
        discard(popped);
        vm.jit_raised = Some(e);
        2
    }

    /// BINARY_SUBSCR (`slot`: the index, with the container below): the item replaces the
    /// container and the index slot is emptied (1), by the interpreter's list/tuple/str index
    /// fast path, else by the generic `getitem` (which may run Python code: `__getitem__`,
    /// `__class_getitem__`, `__missing__`); 2 when that raised (both slots emptied).
    ///
    /// # Safety
    /// `slot` is the top of the VM's running frame's stack at the BINARY_SUBSCR at `ip`.
    #[cfg_attr(pygmy_nightly, optimize(speed))]
    pub unsafe extern "C" fn jit_subscr(slot: *mut Option<Value>, _cd: &CodeData, ip: usize) -> u32 {
        let (Some(o), Some(k)) = ((*slot.sub(1)).as_ref(), (*slot).as_ref()) else { return 0 };
        let r = match crate::interp::subscr_fast(o, k) {
            Some(v) => Ok(v),
            None => running_vm(ip).getitem(o, k),
        };
        // The interpreter's order: the container, then the index.
        let (o, k) = ((*slot.sub(1)).take(), (*slot).take());
        match r {
            Ok(v) => {
                slot.sub(1).write(Some(v)); // it was emptied
                discard(o);
                discard(k);
                1
            }
            Err(e) => {
                discard(o);
                raised(current_vm(), e, k)
            }
        }
    }

    /// STORE_SUBSCR (`slot`: the index, with the container and then the value below): the
    /// three slots are emptied, by the interpreter's list index fast path, else by the generic
    /// `setitem` (which may run Python code); 1, or 2 when that raised.
    ///
    /// # Safety
    /// `slot` is the top of the VM's running frame's stack at the STORE_SUBSCR at `ip`.
    #[cfg_attr(pygmy_nightly, optimize(speed))]
    pub unsafe extern "C" fn jit_store_subscr(slot: *mut Option<Value>, _cd: &CodeData, ip: usize) -> u32 {
        let (Some(o), Some(k)) = ((*slot.sub(1)).as_ref(), (*slot).as_ref()) else { return 0 };
        let Some(v) = (*slot.sub(2)).take() else { return 0 };
        let r = match crate::interp::store_subscr_fast(o, k, v) {
            Ok(()) => Ok(()),
            Err(v) => {
                let r = running_vm(ip).setitem(o, k, &v);
                discard(Some(v));
                r
            }
        };
        // The interpreter's order: the value (above), the container, then the index.
        discard((*slot.sub(1)).take());
        discard((*slot).take());
        match r {
            Ok(()) => 1,
            Err(e) => raised(current_vm(), e, None),
        }
    }

    /// The instructions that build, take apart or test values, as the interpreter's arms do
    /// them (`slot`: the lowest operand's slot): BUILD_TUPLE, BUILD_LIST and BUILD_SLICE (the
    /// result in `slot`, the slots above emptied; for an empty build `slot` is the empty slot
    /// above the top), LIST_APPEND (the item; the list is `arg` slots below it),
    /// UNPACK_SEQUENCE (the sequence; its items from `slot` up), UNARY_NEGATIVE (the operand,
    /// replaced), CONTAINS_OP (the item, with the container above; the bool in `slot`) and
    /// MAKE_FUNCTION without annotations (its lowest operand; the function in `slot`).
    /// 1: done; 2: what it ran raised (Python code: `__iter__`, `__neg__`, `__contains__`),
    /// the operands popped and the error in `Vm::jit_raised`; 0 (nothing changed) for any
    /// other instruction.
    ///
    /// # Safety
    /// `slot` is as above in the VM's running frame's stack at the instruction at `ip` of `cd`.
    #[cfg_attr(pygmy_nightly, optimize(speed))]
    pub unsafe extern "C" fn jit_op(slot: *mut Option<Value>, cd: &CodeData, ip: usize) -> u32 {
        let word = *cd.instrs_ptr().add(ip);
        let (n, op) = ((word >> 8) as usize, Opcode::from_u8(word as u8));
        let take = |i: usize| (*slot.add(i)).take().unwrap_or_else(Value::none);
        let r = match op {
            Some(Opcode::BUILD_TUPLE | Opcode::BUILD_LIST) => {
                let items: Vec<Value> = (0..n).map(take).collect();
                Ok(if op == Some(Opcode::BUILD_TUPLE) { Value::tuple(items) } else { Value::list(items) })
            }
            Some(Opcode::BUILD_SLICE) => {
                let step = if n == 3 { take(2) } else { Value::none() };
                let (start, stop) = (take(0), take(1));
                Ok(Value::slice(start, stop, step))
            }
            Some(Opcode::LIST_APPEND) => {
                let v = take(0);
                if let Some(l) = (*slot.sub(n)).as_ref().and_then(|l| l.as_list()) {
                    l.push(v);
                }
                return 1;
            }
            Some(Opcode::UNPACK_SEQUENCE) => {
                let seq = take(0);
                let r = running_vm(ip).unpack_to(&seq, n, slot);
                discard(Some(seq));
                return match r {
                    Ok(()) => 1,
                    Err(e) => raised(current_vm(), e, None),
                };
            }
            Some(Opcode::UNARY_NEGATIVE) => {
                let v = take(0);
                let r = running_vm(ip).unary_op(&v, "__neg__", "-");
                discard(Some(v));
                r
            }
            // The keyword names of the CALL that follows, in the running frame (as the
            // interpreter's arm; `slot` is unused).
            Some(Opcode::KW_NAMES) => {
                let Some(f) = current_vm().frames.last_mut() else { return 0 };
                discard(f.kwnames.replace(cd.consts[n].clone()));
                return 1;
            }
            Some(Opcode::CONTAINS_OP) => {
                let (item, container) = (take(0), take(1));
                let r = running_vm(ip).contains(&container, &item).map(|b| Value::bool(b != (n != 0)));
                discard(Some(item));
                discard(Some(container));
                r
            }
            // A function (a genexpr's, a closure's) from its code and, below it, its closure,
            // keyword defaults and defaults, for the running frame's globals (annotations
            // are the interpreter's).
            Some(Opcode::MAKE_FUNCTION) if n as u32 & make_function::ANNOTATIONS == 0 => {
                let mut i = 0;
                let mut next = |flag: u32| {
                    (n as u32 & flag != 0).then(|| {
                        i += 1;
                        take(i - 1)
                    })
                };
                let (defaults, kwdefaults, closure) = (next(make_function::DEFAULTS), next(make_function::KWDEFAULTS), next(make_function::CLOSURE));
                let code = take(i);
                let vm = running_vm(ip);
                let Some(globals) = vm.frames.last().map(|f| f.globals.clone()) else { return 0 };
                let r = vm.make_function(code, globals, closure);
                if let Some(fd) = r.as_ref().ok().and_then(|f| f.downcast::<FunctionData>()) {
                    fd.defaults.set(defaults);
                    fd.kwdefaults.set(kwdefaults);
                }
                r
            }
            _ => return 0,
        };
        match r {
            Ok(v) => {
                slot.write(Some(v)); // emptied above
                1
            }
            Err(e) => raised(current_vm(), e, None),
        }
    }

    /// FOR_ITER's fast path (`slot`: the iterator): 1 when the next item of a range or list
    /// iterator is now in the slot above, 2 when the iterator was exhausted and is popped, 0
    /// (nothing changed) for any other iterator.
    ///
    /// # Safety
    /// `slot` is the top of a frame's stack at a FOR_ITER, with the slot above it empty.
    #[cfg_attr(pygmy_nightly, optimize(speed))]
    pub unsafe extern "C" fn jit_for_iter(slot: *mut Option<Value>, _cd: &CodeData, _ip: usize) -> u32 {
        let Some(it) = (*slot).as_ref() else { return 0 };
        match crate::interp::builtin_iter_next(it) {
            crate::interp::IterStep::Next(v) => {
                slot.add(1).write(Some(v));
                1
            }
            crate::interp::IterStep::Done => {
                crate::value::discard((*slot).take());
                2
            }
            crate::interp::IterStep::Generic => 0,
        }
    }

    thread_local! {
        /// The VM whose frame generated code is running (set by [`enter_from`]), for
        /// [`jit_call`].
        static VM: Cell<*mut Vm> = const { Cell::new(std::ptr::null_mut()) };
        /// Generated functions [`jit_call`] is running inside one another.
        static NESTED: Cell<u32> = const { Cell::new(0) };
    }

    /// Calls run inside one another by [`jit_call`] before it leaves a callee to the
    /// interpreter (each level is a generated function's and the helper's wasm frames on the
    /// engine's own stack, which is not the recursion limit's to exhaust).
    const MAX_NESTED: u32 = 64;

    /// CALL's fast path (`slot`: the first of `[NULL or method, callable or self, args...]`):
    /// `range` of small ints is made here (1); a builtin or method descriptor is called here
    /// (1, or 2 with what it raised left in `Vm::jit_raised`), with the keyword names a
    /// KW_NAMES left in the frame; a call of a Python function or bound method (any binding:
    /// keywords, defaults, `*args`, `**kwargs`; not a generator function or a body still in a
    /// chunk) or a positional call of a simple-init class (`interp::simple_init_class`) gets
    /// its frame as the interpreter's CALL would make it, pushed, and run by its generated
    /// code (a binding error is raised as a builtin's is).
    /// If that returns, the result is left in `slot` and the answer is 1; if it leaves (or
    /// the callee has none yet), the callee's frame is left for the interpreter (its `ip` and
    /// stack synced) and the answer is 2. Any other call changes nothing (0), but for
    /// unpacking a bound method as the interpreter does.
    ///
    /// # Safety
    /// `cd` is the code of the VM's running frame, `ip` one of its CALLs, and `slot` the
    /// frame's stack slot as above.
    #[cfg_attr(pygmy_nightly, optimize(speed))]
    pub unsafe extern "C" fn jit_call(slot: *mut Option<Value>, cd: &CodeData, ip: usize) -> u32 {
        let vm = current_vm();
        let nargs = (*cd.instrs_ptr().add(ip) >> 8) as usize;
        let Some(caller) = vm.frames.last_mut() else { return 0 };
        let caller: *mut Frame = &mut **caller;
        if vm.frames.len() + vm.native_depth >= vm.recursion_limit {
            return 0;
        }
        // The common call first, with nothing else in its way: positional arguments to a
        // Python function (or a method LOAD_METHOD found) that binds them trivially.
        let ci = if (*slot).is_some() { slot } else { slot.add(1) };
        let simple = match &*ci {
            Some(c) if (*caller).kwnames.is_none() && c.kind() == Kind::Function => {
                let args = std::slice::from_raw_parts_mut(ci.add(1), slot.add(nargs + 2).offset_from(ci.add(1)) as usize);
                vm.simple_call_frame(c, None, args)
            }
            _ => None,
        };
        let mut frame = match simple {
            Some(mut f) => {
                f.entry = Entry::Inline;
                f
            }
            None => match call_frame(vm, caller, slot, nargs, cd.instrs_ptr(), ip) {
                Ok(f) => f,
                Err(answer) => return answer,
            },
        };
        discard((*slot).take());
        discard((*slot.add(1)).take());
        (*caller).lasti = ip;
        let fp: *mut Frame = &mut *frame;
        crate::frame::push_fast(&mut vm.frames, frame);
        let f = &mut *fp;
        let callee = &*(f.code_data() as *const CodeData);
        let e = callee.jit.entry.get();
        let nested = NESTED.with(|n| n.get());
        if e <= NEVER || callee.jit.dicts.get() != (f.globals.bits(), f.builtins.bits()) || rt().eval_breaker.get() || nested >= MAX_NESTED {
            return 2;
        }
        NESTED.with(|n| n.set(nested + 1));
        let r = enter(e, f.slots.as_mut_ptr(), 0, 0);
        NESTED.with(|n| n.set(nested));
        let (at, depth) = ((r >> 32) as usize, (r as u32 & codegen::DEPTH_MASK) as usize);
        f.ip = at;
        f.sp = depth;
        if r & codegen::PENDING != 0 {
            f.lasti = codegen::pending_lasti(r);
        }
        // Returning with nothing to run first (finalizers, GC) and no frame object to detach:
        // the interpreter's RETURN_VALUE, here.
        if r & (codegen::CALLED | codegen::PENDING) != 0
            || *callee.instrs_ptr().add(at) as u8 != Opcode::RETURN_VALUE as u8
            || f.frame_obj.is_some()
            || rt().eval_breaker.get()
        {
            return 2;
        }
        let top = f.slots.as_mut_ptr().add(f.nlocalsplus + depth - 1);
        if f.entry == Entry::Init && !(*top).as_ref().is_some_and(|v| v.is_none()) {
            return 2; // the interpreter raises the TypeError
        }
        let Some(v) = (*top).take() else { return 2 };
        f.sp = depth - 1;
        let Some(mut frame) = crate::frame::pop_fast(&mut vm.frames) else { return 2 };
        let init_self = frame.init_self.take();
        frame.clear_values_inline();
        vm.pool_returned(frame);
        // The caller's slots from `slot` up were emptied above: a write, not a drop.
        slot.write(Some(match init_self {
            Some(obj) => {
                discard(Some(v));
                obj
            }
            None => v,
        }));
        1
    }

    /// [`jit_call`]'s other calls: the callee's frame to run, or the call's answer.
    ///
    /// # Safety
    /// As [`jit_call`]'s; `caller` is the VM's running frame.
    #[inline(never)]
    unsafe fn call_frame(vm: &mut Vm, caller: *mut Frame, slot: *mut Option<Value>, nargs: usize, code: *mut u32, ip: usize) -> Result<Box<Frame>, u32> {
        // KW_NAMES's names, taken from the caller once the call is made here.
        let kw: &[Value] = match &(*caller).kwnames {
            Some(k) => k.as_tuple().unwrap_or(&[]),
            None => &[],
        };
        if (*slot).is_none() {
            if let Some(m) = (*slot.add(1)).as_ref().and_then(|c| c.downcast::<BoundMethodData>()) {
                let (func, self_) = (m.func.clone(), m.self_.clone());
                slot.write(Some(func)); // it was empty
                discard((*slot.add(1)).replace(self_));
            }
        }
        let ci = if (*slot).is_some() { slot } else { slot.add(1) };
        let args = std::slice::from_raw_parts_mut(ci.add(1), slot.add(nargs + 2).offset_from(ci.add(1)) as usize);
        let Some(callable) = (*ci).as_ref() else { return Err(0) };
        // range(...) of small ints, as the interpreter's CALL makes it (type.__call__ would
        // only run range.__new__).
        if callable.as_ptr() == rt().ty_ptr(BT::Range) && kw.is_empty() {
            let all: &[Value] = std::slice::from_raw_parts(args.as_ptr() as *const Value, args.len());
            let Some(r) = crate::types::range::small_range(all) else { return Err(0) };
            clear_call(slot, nargs);
            slot.write(Some(r));
            return Err(1);
        }
        if callable.kind() == Kind::MethodDescr && kw.is_empty() && args.len() == 2 {
            // `lst.append(x)`: the item moves into the list (`list.append` cannot raise).
            let d: &crate::types::builtin::MethodDescrData = callable.payload_unchecked();
            if crate::types::list::is_append(d.def.func) {
                let (this, item) = args.split_at_mut(1);
                if let Some(l) = this[0].as_ref().and_then(|v| v.as_list()) {
                    if let Some(x) = item[0].take() {
                        l.push(x);
                        clear_call(slot, nargs);
                        slot.write(Some(Value::none()));
                        return Err(1);
                    }
                }
            }
        }
        if matches!(callable.kind(), Kind::Builtin | Kind::MethodDescr) {
            // As the interpreter's CALL: the arguments stay in their slots while the builtin
            // runs (a builtin that stops for the host sets the eval breaker, which generated
            // code checks before its next instruction).
            (*caller).lasti = ip;
            let all: &[Value] = std::slice::from_raw_parts(args.as_ptr() as *const Value, args.len());
            let a = crate::types::builtin::Args { all, kwnames: kw };
            let r = match callable.kind() {
                Kind::Builtin => vm.call_builtin(callable.payload_unchecked(), a),
                _ => vm.call_method_descr(callable.payload_unchecked(), a),
            };
            return Err(finish_call(vm, caller, slot, nargs, r));
        }
        let frame = if callable.kind() == Kind::Function {
            let simple = if kw.is_empty() { vm.simple_call_frame(callable, None, args) } else { None };
            let mut f = match simple {
                Some(f) => f,
                // Keywords, defaults of keyword-only parameters, `*args`, `**kwargs`, and
                // generator functions: the interpreter's general binding (which leaves the
                // arguments in their slots). Not for bodies still in a chunk.
                None => {
                    let flags = callable.downcast::<FunctionData>().map_or(co::LAZY_BODY, |fd| fd.code_data().code.flags);
                    if flags & co::LAZY_BODY != 0 {
                        return Err(0);
                    }
                    (*caller).lasti = ip;
                    let all: &[Value] = std::slice::from_raw_parts(args.as_ptr() as *const Value, args.len());
                    let r = match vm.function_frame(callable, crate::types::builtin::Args { all, kwnames: kw }) {
                        // A generator function's call makes the generator, as the interpreter's.
                        Ok(Some(f)) if flags & (co::GENERATOR | co::COROUTINE | co::ASYNC_GENERATOR) != 0 => {
                            let g = crate::call::make_generator(callable, f);
                            clear_call(slot, nargs);
                            discard((*caller).kwnames.take());
                            slot.write(Some(g));
                            return Err(1);
                        }
                        r => r,
                    };
                    // The frame has copies: the call's slots are emptied, top first (the
                    // interpreter's order), the names after them.
                    clear_call(slot, nargs);
                    discard((*caller).kwnames.take());
                    match r {
                        Ok(Some(f)) => f,
                        Ok(None) => return Err(raised(vm, PyErr::new(ExcType::SystemError, "no frame"), None)),
                        Err(e) => return Err(raised(vm, e, None)),
                    }
                }
            };
            f.entry = Entry::Inline;
            f
        } else if crate::interp::simple_init_class(callable) && kw.is_empty() {
            let Some(init) = crate::interp::class_init(callable, code, ip) else { return Err(0) };
            if !crate::call::simple_call_fits(&init, args.len() + 1) {
                return Err(0);
            }
            let obj = crate::types::typeobj::alloc_instance(callable, ());
            let Some(mut f) = vm.simple_call_frame(&init, Some(&obj), args) else { return Err(0) };
            f.entry = Entry::Init;
            discard(f.init_self.replace(obj));
            f
        } else if callable.kind() == Kind::Type
            && callable.class_ptr() == rt().ty_ptr(BT::Type)
            && crate::types::typeobj::tdata(callable).flags.get() & crate::types::typeobj::tflag::HEAPTYPE == 0
        {
            // A builtin type (`set(...)`, `tuple(...)`, `reversed(...)`): the interpreter's
            // generic CALL, run here as a builtin is (above).
            (*caller).lasti = ip;
            let all: &[Value] = std::slice::from_raw_parts(args.as_ptr() as *const Value, args.len());
            let r = match vm.prepare_call(callable, crate::types::builtin::Args { all, kwnames: kw }) {
                crate::call::CallOutcome::Done(r) => r,
                crate::call::CallOutcome::Frame(f) => vm.run_frame(f),
            };
            return Err(finish_call(vm, caller, slot, nargs, r));
        } else {
            return Err(0);
        };
        Ok(frame)
    }

    /// A generator's frame, just pushed at `base` by `Vm::gen_resume`, run by its generated
    /// code: when that stops at a YIELD_VALUE with nothing to do first (no call pushed, no
    /// error, no finalizer queued, no eval breaker), the yield happens here as the
    /// interpreter's YIELD_VALUE does it and the value is returned; otherwise None, with the
    /// frame's ip and stack written back for `run_loop` to go on from (as after any return
    /// of generated code). A generator resumed by a builtin (`set(genexpr)`, `next(g)`) then
    /// costs no interpreter loop entry.
    ///
    /// # Safety
    /// The VM's top frame is a generator frame at `base` whose code has generated code.
    #[inline(never)]
    pub(crate) unsafe fn jit_resume_gen(vm: &mut Vm, base: usize) -> Option<Value> {
        let f: *mut Frame = &mut **vm.frames.last_mut()?;
        let f = &mut *f;
        let cd = &*(f.code_data() as *const CodeData);
        let e = cd.jit.entry.get();
        let nested = NESTED.with(|n| n.get());
        if e <= NEVER || cd.jit.dicts.get() != (f.globals.bits(), f.builtins.bits()) || rt().eval_breaker.get() || nested >= MAX_NESTED {
            return None;
        }
        // As `run_loop`: a suspension asked for inside is this loop's (not the caller's).
        let outer = std::mem::replace(&mut vm.loop_base, base);
        NESTED.with(|n| n.set(nested + 1));
        let r = enter_from(vm, e, f.slots.as_mut_ptr(), f.ip, f.sp);
        NESTED.with(|n| n.set(nested));
        vm.loop_base = outer;
        let (at, depth) = ((r >> 32) as usize, (r as u32 & codegen::DEPTH_MASK) as usize);
        f.ip = at;
        f.sp = depth;
        if r & codegen::PENDING != 0 {
            f.lasti = codegen::pending_lasti(r);
        }
        if r & (codegen::CALLED | codegen::PENDING) != 0 || *cd.instrs_ptr().add(at) as u8 != Opcode::YIELD_VALUE as u8 || depth == 0 || rt().eval_breaker.get() {
            return None;
        }
        let v = (*f.slots.as_mut_ptr().add(f.nlocalsplus + depth - 1)).take()?;
        f.sp = depth - 1;
        f.lasti = at;
        f.ip = at + 1;
        if let Some(fd) = f.frame_obj.as_ref().and_then(|fo| fo.downcast::<crate::types::frameobj::FrameObjData>()) {
            fd.lasti.set(at as u32);
        }
        let frame = crate::frame::pop_fast(&mut vm.frames)?;
        vm.leave_gen_frame(frame, false);
        Some(v)
    }

    /// The end of a call `jit_call` made itself (a builtin, a builtin type): the keyword
    /// names and the call's slots emptied, then the result in `slot` (1), or what it raised
    /// left with the `called` bit (2; the call's slots emptied, as for a callee frame:
    /// `run_frames` raises it here).
    ///
    /// # Safety
    /// As for [`clear_call`]; `caller` is the VM's running frame.
    #[inline(always)]
    unsafe fn finish_call(vm: &mut Vm, caller: *mut Frame, slot: *mut Option<Value>, nargs: usize, r: crate::error::PyResult) -> u32 {
        discard((*caller).kwnames.take());
        clear_call(slot, nargs);
        match r {
            Ok(v) => {
                slot.write(Some(v));
                1
            }
            Err(e) => raised(vm, e, None),
        }
    }

    /// Empties a CALL's `nargs + 2` slots from `slot` up, top first (the interpreter's order).
    ///
    /// # Safety
    /// The slots are a frame's stack slots.
    #[inline(always)]
    unsafe fn clear_call(slot: *mut Option<Value>, nargs: usize) {
        let mut top = slot.add(nargs + 2);
        while top > slot {
            top = top.sub(1);
            discard((*top).take());
        }
    }

    /// COMPARE_OP's fast path for two exact strs, two exact floats or a float and a small
    /// int (`slot`: the left operand, the right one above it): 1 + the result, both slots
    /// emptied; 0 (nothing changed) for other operands.
    ///
    /// # Safety
    /// `slot` is the second slot from the top of a frame's stack at the COMPARE_OP at `ip`.
    #[cfg_attr(pygmy_nightly, optimize(speed))]
    pub unsafe extern "C" fn jit_compare(slot: *mut Option<Value>, cd: &CodeData, ip: usize) -> u32 {
        let (Some(a), Some(b)) = ((*slot).as_ref(), (*slot.add(1)).as_ref()) else { return 0 };
        let cop = CompareOp::from_arg(*cd.instrs_ptr().add(ip) >> 8).unwrap_or(CompareOp::Eq);
        let (Some(x), Some(y)) = (crate::interp::exact_str(a), crate::interp::exact_str(b)) else {
            // Two exact floats, or a float and a small int (exact as a double): IEEE compares,
            // as float's own.
            let (Some(x), Some(y)) = (small_or_float(a), small_or_float(b)) else { return 0 };
            let r = cop.holds(&x, &y);
            discard((*slot).take());
            discard((*slot.add(1)).take());
            return 1 + r as u32;
        };
        // As `interp::str_compare` (UTF-8 orders as code points do), 8 bytes at a time: wasm's
        // memcmp, which that calls, is a byte loop.
        let ord = if a.is(b) { std::cmp::Ordering::Equal } else { bytes_cmp(x.as_bytes(), y.as_bytes()) };
        let r = cop.holds(&ord, &std::cmp::Ordering::Equal);
        discard((*slot).take());
        discard((*slot.add(1)).take());
        1 + r as u32
    }

    /// BINARY_OP (`slot`: the left operand, the right one above it) when the generated code's
    /// small-int path does not apply: `+ - * /` of two exact floats or a float and a small int
    /// (or `/` of two small ints) as the interpreter computes them, anything else by the
    /// interpreter's generic `binary_op` (which may run Python code). The result is left in
    /// `slot` and the right slot emptied (1), or the error in `Vm::jit_raised` and both slots
    /// emptied (2).
    ///
    /// # Safety
    /// `slot` is the second slot from the top of the VM's running frame's stack at the
    /// BINARY_OP at `ip` of `cd`.
    #[cfg_attr(pygmy_nightly, optimize(speed))]
    pub unsafe extern "C" fn jit_binary_op(slot: *mut Option<Value>, cd: &CodeData, ip: usize) -> u32 {
        use pygmy_bytecode::BinaryOp::*;
        let (Some(a), Some(b)) = ((*slot).as_ref(), (*slot.add(1)).as_ref()) else { return 0 };
        let bop = pygmy_bytecode::BinaryOp::from_arg(*cd.instrs_ptr().add(ip) >> 8).unwrap_or(Add);
        // The int/int case is only `/` (the generated code does the others), whose quotient of
        // exact doubles is correctly rounded.
        let float = match (small_or_float(a), small_or_float(b)) {
            (Some(x), Some(y)) if !(a.is_small() && b.is_small()) || matches!(bop, TrueDivide | InplaceTrueDivide) => {
                crate::interp::float_arith(bop, x, y)
            }
            _ => None,
        };
        let r = match float {
            Some(r) => Ok(Value::float(r)),
            None => running_vm(ip).binary_op(a, b, bop),
        };
        // The interpreter's order: the left operand, then the right one.
        let (a, b) = ((*slot).take(), (*slot.add(1)).take());
        match r {
            Ok(v) => {
                slot.write(Some(v)); // it was emptied
                discard(a);
                discard(b);
                1
            }
            Err(e) => {
                discard(a);
                raised(current_vm(), e, b)
            }
        }
    }

    /// A small int (exact as a double: 31 bits) or an exact float's value.
    #[inline(always)]
    fn small_or_float(v: &Value) -> Option<f64> {
        match v.as_small() {
            Some(i) => Some(i as f64),
            None => crate::interp::exact_float(v),
        }
    }

    /// The order of two byte strings, compared a word at a time.
    #[inline(always)]
    fn bytes_cmp(x: &[u8], y: &[u8]) -> std::cmp::Ordering {
        let n = x.len().min(y.len());
        let mut i = 0;
        while i + 8 <= n {
            // SAFETY: i + 8 <= the length of both.
            let word = |s: &[u8]| unsafe { (s.as_ptr().add(i) as *const u64).read_unaligned() };
            if word(x) != word(y) {
                break; // the byte loop below finds where
            }
            i += 8;
        }
        while i < n {
            if x[i] != y[i] {
                return x[i].cmp(&y[i]);
            }
            i += 1;
        }
        x.len().cmp(&y.len())
    }

    /// GET_ITER's fast path (`slot`: the iterable): a range, list or tuple is replaced by
    /// its iterator (1); anything else changes nothing (0).
    ///
    /// # Safety
    /// `slot` is the top of a frame's stack at a GET_ITER.
    #[cfg_attr(pygmy_nightly, optimize(speed))]
    pub unsafe extern "C" fn jit_get_iter(slot: *mut Option<Value>, _cd: &CodeData, _ip: usize) -> u32 {
        let Some(v) = (*slot).as_ref() else { return 0 };
        let cls = v.class_ptr();
        let it = if cls == rt().ty_ptr(BT::List) {
            Some(crate::types::iter::new_seq_iter(v, BT::ListIterator))
        } else if cls == rt().ty_ptr(BT::Tuple) {
            Some(crate::types::iter::new_seq_iter(v, BT::TupleIterator))
        } else {
            crate::interp::small_range_iter(v)
        };
        match it {
            Some(it) => {
                discard((*slot).replace(it));
                1
            }
            None => 0,
        }
    }

    /// The name and the two cache words of the attribute instruction at `ip`.
    #[inline(always)]
    unsafe fn attr_cache(cd: &CodeData, ip: usize) -> Option<(&Value, u32, u32)> {
        let code = cd.instrs_ptr();
        let name = cd.names.get((*code.add(ip) >> 8) as usize)?;
        Some((name, ic::word(code, ip, 0), ic::word(code, ip, 1)))
    }

    /// Compiles `cd` (its countdown ran out) for frames with these globals and builtins; on
    /// any failure it is never tried again.
    #[cold]
    #[inline(never)]
    pub fn compile(cd: &CodeData, nlocalsplus: usize, globals: &Value, builtins: &Value) {
        cd.jit.entry.set(NEVER);
        if mode() == Mode::Off {
            return;
        }
        // Through the table: the generator is in the lazily loaded `jit` chunk
        // (packer/src/split.rs), which only indirect calls reach.
        let f: fn(&CodeData, usize, &Value, &Value) = std::hint::black_box(compile_now);
        f(cd, nlocalsplus, globals, builtins)
    }

    /// The LOAD_GLOBALs whose caches hold for these dicts now, and the STORE_GLOBALs of names
    /// the globals have, as addresses (`GlobalFeed`).
    fn global_feedback(cd: &CodeData, globals: &Value, builtins: &Value) -> Vec<(u32, GlobalFeed)> {
        let (Some(g), Some(b)) = (globals.downcast::<DictData>(), builtins.downcast::<DictData>()) else { return Vec::new() };
        let code = cd.instrs_ptr();
        let mut out = Vec::new();
        for (at, op, arg) in cd.code.instructions() {
            if op == Opcode::STORE_GLOBAL {
                // No cache: where the name is now, under a version assigned for the purpose.
                let Some(i) = cd.names.get(arg as usize).and_then(|n| g.index_of_str(n)) else { continue };
                if let (v @ 1.., Some(value)) = (g.keys_version(), g.jit_value_addr(i)) {
                    out.push((at, GlobalFeed { guards: [(g.jit_version_addr() as u32, v), (0, 0)], value: value as u32 }));
                }
                continue;
            }
            if op != Opcode::LOAD_GLOBAL {
                continue;
            }
            // What the interpreter's cache holds, or would after its next lookup (so code
            // compiled before it ran, as with `eager`, gets the fast path too).
            // SAFETY: LOAD_GLOBAL has three cache words.
            let mut w = unsafe { [ic::word(code, at as usize, 0), ic::word(code, at as usize, 1), ic::word(code, at as usize, 2)] };
            if w[0] == 0 || g.keys_version_now() != w[0] || (w[1] != 0 && b.keys_version_now() != w[1]) {
                let Some(fresh) = cd.names.get(arg as usize >> 1).and_then(|n| ic::specialize_load_global(globals, builtins, n)) else { continue };
                w = fresh;
            }
            let gv = (g.jit_version_addr() as u32, w[0]);
            let feed = if w[1] == 0 {
                g.jit_value_addr(w[2] as usize).map(|v| GlobalFeed { guards: [gv, (0, 0)], value: v as u32 })
            } else {
                b.jit_value_addr(w[2] as usize).map(|v| GlobalFeed { guards: [gv, (b.jit_version_addr() as u32, w[1])], value: v as u32 })
            };
            if let Some(feed) = feed {
                out.push((at, feed));
            }
        }
        out
    }

    /// The layout the inline attribute paths read ([`codegen::AttrLayout`]).
    fn attr_layout() -> codegen::AttrLayout {
        use crate::object::Obj;
        use crate::types::dict::DictEntry;
        let dict = std::mem::offset_of!(Obj<DictData>, data);
        let words = DictData::entries_words();
        let (ptr, len) = words.map_or((0, 0), |(p, l)| (dict + p, dict + l));
        codegen::AttrLayout {
            class: crate::object::HEADER_CLASS as u32,
            ext_len: std::mem::offset_of!(Header, ext_len) as u32,
            type_version: std::mem::offset_of!(Obj<crate::types::typeobj::TypeData>, data.version) as u32,
            type_type: rt().ty_ptr(BT::Type) as u32,
            wrapped: std::mem::offset_of!(Obj<crate::types::descr::ClassMethodData>, data.func) as u32,
            function_kind: Kind::Function as u32,
            dict_type: if words.is_some() { rt().ty_ptr(BT::Dict) as u32 } else { u32::MAX },
            entries_ptr: ptr as u32,
            entries_len: len as u32,
            entry_size: std::mem::size_of::<DictEntry>() as u32,
            entry_key: std::mem::offset_of!(DictEntry, key) as u32,
            entry_value: std::mem::offset_of!(DictEntry, value) as u32,
            dict_bloom: (dict + DictData::bloom_offset()) as u32,
        }
    }

    /// The attribute caches of `cd`'s sites, all empty when first made.
    fn pics_of(cd: &CodeData) -> &[Cell<u32>] {
        cd.jit.pics.get_or_init(|| {
            let sites = codegen::pic_sites(&cd.code).len();
            (0..sites * codegen::PIC_WORDS).map(|i| Cell::new(if i % codegen::PIC_WORDS == codegen::PIC_LEFT { PIC_TRIES } else { 0 })).collect()
        })
    }

    /// Fills a site's attribute cache is tried before it is left as it is: a site that sees
    /// more types than the cache has ways, or objects it cannot serve, then pays nothing more
    /// on its misses.
    const PIC_TRIES: u32 = 16;

    /// The generated code's LOAD_ATTR, STORE_ATTR (`name`'s bit 0 set) or LOAD_METHOD (bit 1
    /// set) missed its site's attribute cache `pic` (with tries left) on the object in
    /// `slot`: a way is filled for the object's type if the interpreter's `INSTANCE` (or
    /// `METHOD`) cache entry could serve it (the way that has the type, else an empty one,
    /// else one in turn), or, for a class of metatype `type` at a LOAD_ATTR or LOAD_METHOD,
    /// the class way if its `CLASS` entry could; and a try is used.
    ///
    /// # Safety
    /// `pic` is a site's `codegen::PIC_WORDS` words in a code's [`CodeJit::pics`], `name`
    /// the site's name (an interned str) and `slot` the frame's stack slot of the object.
    #[cfg_attr(pygmy_nightly, optimize(speed))]
    pub unsafe extern "C" fn jit_pic_fill(slot: *mut Option<Value>, pic: *const Cell<u32>, name: usize) -> u32 {
        let w = std::slice::from_raw_parts(pic, codegen::PIC_WORDS);
        let left = w[codegen::PIC_LEFT].get();
        let Some(obj) = (*slot).as_ref().filter(|_| left > 0) else { return 0 };
        w[codegen::PIC_LEFT].set(left - 1);
        // SAFETY: the site's name, borrowed (the code holds it).
        let key = std::mem::ManuallyDrop::new(Value::from_raw(name & !3));
        if name & 1 == 0 && obj.class_ptr() == rt().ty_ptr(BT::Type) {
            let Some((version, word)) = ic::class_way(obj, &key, name & 2 != 0) else { return 0 };
            w[codegen::PIC_CLASS].set(version);
            w[codegen::PIC_CLASS + 1].set(word);
            return 1;
        }
        let found = match name & 3 {
            2 => ic::method_way(obj, &key),
            store => {
                let hook = if store == 1 { crate::types::typeobj::sflag::SETATTR } else { crate::types::typeobj::sflag::GETATTRIBUTE };
                ic::instance_words(obj, &key, hook).map(|[v, word]| (v, ic::entry_hint(word)))
            }
        };
        let Some((version, word)) = found else { return 0 };
        let ways = codegen::PIC_WAYS;
        let way = (0..ways).find(|&i| w[2 * i].get() == version).or_else(|| (0..ways).find(|&i| w[2 * i].get() == 0)).unwrap_or(left as usize % ways);
        w[2 * way].set(version);
        w[2 * way + 1].set(word);
        1
    }

    // The name words' low two bits carry `jit_pic_fill`'s kind of site.
    const _: () = assert!(std::mem::align_of::<Header>() >= 4);

    /// The layout the inline list and tuple subscripts read ([`codegen::SeqLayout`]).
    fn seq_layout() -> codegen::SeqLayout {
        use crate::object::Obj;
        use crate::types::{list::ListData, tuple::TupleData};
        let list = ListData::items_words().map(|(p, l)| (std::mem::offset_of!(Obj<ListData>, data) + p, std::mem::offset_of!(Obj<ListData>, data) + l));
        let base = std::mem::offset_of!(Obj<TupleData>, data) + std::mem::offset_of!(TupleData, items);
        let tuple = crate::object::boxed_slice_words().map(|(p, l)| (base + p, base + l));
        // No layout found: a type address no class has (every subscript takes the helper).
        let ((list_ptr, list_len), list_ty) = list.map_or(((0, 0), u32::MAX), |w| (w, rt().ty_ptr(BT::List) as u32));
        let ((tuple_ptr, tuple_len), tuple_ty) = tuple.map_or(((0, 0), u32::MAX), |w| (w, rt().ty_ptr(BT::Tuple) as u32));
        codegen::SeqLayout {
            list: list_ty,
            list_ptr: list_ptr as u32,
            list_len: list_len as u32,
            tuple: tuple_ty,
            tuple_ptr: tuple_ptr as u32,
            tuple_len: tuple_len as u32,
        }
    }

    #[inline(never)]
    fn compile_now(cd: &CodeData, nlocalsplus: usize, globals: &Value, builtins: &Value) {
        let m = mode();
        let code = &cd.code;
        let n = code.instructions().count();
        let fast = codegen::fast_path_count(code);
        // Mostly slow-path code gains nothing and pays for the module.
        if fast == 0 || (m == Mode::On && fast * 2 < n) {
            return;
        }
        let consts: Vec<u32> = cd.consts.iter().map(|v| v.bits() as u32).collect();
        let env = Env {
            true_bits: Value::bool(true).bits() as u32,
            false_bits: Value::bool(false).bits() as u32,
            none_bits: Value::none().bits() as u32,
            breaker: &rt().eval_breaker as *const Cell<bool> as u32,
            cell: (
                std::mem::offset_of!(Header, kind) as u32,
                Kind::Cell as u8,
                std::mem::offset_of!(crate::object::Obj<crate::types::function::CellData>, data.contents) as u32,
            ),
            attr: attr_layout(),
            seq: seq_layout(),
            iter: match crate::types::iter::IterLayout::get() {
                Some(l) => codegen::IterLayout {
                    range_class: rt().ty_ptr(BT::RangeIterator) as u32,
                    list_class: rt().ty_ptr(BT::ListIterator) as u32,
                    list_kind: Kind::List as u8,
                    tag: l.tag as u32,
                    range_tag: l.range_tag,
                    seq_tag: l.seq_tag,
                    next: l.next as u32,
                    step: l.step as u32,
                    remaining: l.remaining as u32,
                    seq: l.seq as u32,
                    index: l.index as u32,
                },
                None => codegen::IterLayout { range_class: u32::MAX, list_class: u32::MAX, list_kind: 0, tag: 0, range_tag: 0, seq_tag: 0, next: 0, step: 0, remaining: 0, seq: 0, index: 0 },
            },
            str: match crate::types::str::StrData::bytes_words() {
                Some((p, l)) => (rt().ty_ptr(BT::Str) as u32, p as u32, l as u32),
                None => (u32::MAX, 0, 0),
            },
            float: {
                let (pool_head, pool_len, value) = crate::object::float_pool_layout();
                codegen::FloatLayout { class: rt().ty_ptr(BT::Float) as u32, value: value as u32, pool_head: pool_head as u32, pool_len: pool_len as u32 }
            },
        };
        let feedback = global_feedback(cd, globals, builtins);
        let names: Vec<u32> = cd.names.iter().map(|v| v.bits() as u32).collect();
        let name_blooms: Vec<u8> = cd.names.iter().map(|v| v.downcast::<crate::types::str::StrData>().map_or(0, |s| DictData::bloom_bit_of(s.hash()))).collect();
        // Sites whose cache says they see instances (or modules): no class way code.
        let settled: Vec<u32> = code
            .instructions()
            .filter(|&(at, op, _)| {
                // SAFETY: an attribute instruction of the code, with its cache words.
                let kind = || ic::cache_kind(unsafe { ic::word(cd.instrs_ptr(), at as usize, 1) });
                matches!(op, Opcode::LOAD_ATTR | Opcode::LOAD_METHOD)
                    && matches!(kind(), ic::kind::INSTANCE | ic::kind::METHOD | ic::kind::POLY | ic::kind::SLOT | ic::kind::MODULE)
            })
            .map(|i| i.0)
            .collect();
        let unit = Unit {
            code,
            consts: &consts,
            nlocalsplus: nlocalsplus as u32,
            data: cd as *const CodeData as u32,
            names: &names,
            name_blooms: &name_blooms,
            globals: &feedback,
            pics: pics_of(cd).as_ptr() as u32,
            settled: &settled,
        };
        let Some(bytes) = codegen::compile(&[unit], &env) else { return };
        // The helpers in `codegen`'s import order, as table slots (fn pointers): generated
        // code calls them in this chunk directly, not through core exports.
        type Helper = unsafe extern "C" fn(*mut Option<Value>, &CodeData, usize) -> u32;
        let helpers: [u32; codegen::IMPORTED_FUNCS as usize] = [
            jit_release as unsafe extern "C" fn(u32) as usize as u32,
            jit_load_attr as Helper as usize as u32,
            jit_store_attr as Helper as usize as u32,
            jit_load_method as Helper as usize as u32,
            jit_subscr as Helper as usize as u32,
            jit_store_subscr as Helper as usize as u32,
            jit_for_iter as Helper as usize as u32,
            jit_call as Helper as usize as u32,
            jit_compare as Helper as usize as u32,
            jit_get_iter as Helper as usize as u32,
            jit_binary_op as Helper as usize as u32,
            jit_op as Helper as usize as u32,
            jit_pic_fill as unsafe extern "C" fn(*mut Option<Value>, *const Cell<u32>, usize) -> u32 as usize as u32,
        ];
        // SAFETY: the bytes and the helper slots are valid for the call.
        let at = unsafe { jit_install(bytes.as_ptr(), bytes.len(), 1, helpers.as_ptr(), helpers.len()) };
        if at > NEVER as i32 {
            cd.jit.dicts.set((globals.bits(), builtins.bits()));
            cd.jit.entry.set(at as u32);
        }
    }

    /// [`enter`] for the frame `vm` runs (its CALLs reach `vm` through [`jit_call`]).
    ///
    /// # Safety
    /// As for [`enter`], and the frame is `vm`'s running frame.
    #[inline(always)]
    pub unsafe fn enter_from(vm: &mut Vm, entry: u32, slots: *mut Option<Value>, ip: usize, depth: usize) -> u64 {
        VM.with(|v| v.set(vm));
        enter(entry, slots, ip, depth)
    }

    /// Runs generated function `entry` on a frame's slots from instruction `ip` with the
    /// stack `depth` deep; returns where it stopped (`codegen`'s packed word).
    ///
    /// # Safety
    /// `entry` came from [`compile`] for the code the frame runs; `slots` are its slots.
    #[inline(always)]
    pub unsafe fn enter(entry: u32, slots: *mut Option<Value>, ip: usize, depth: usize) -> u64 {
        // A wasm32 fn pointer is a table index: this is a call_indirect.
        let f: extern "C" fn(u32, u32, u32) -> u64 = std::mem::transmute(entry as usize);
        f(slots as u32, ip as u32, depth as u32)
    }
}
