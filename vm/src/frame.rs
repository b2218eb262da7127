//! Execution frames. A `Frame` lives in a `Box` on the VM's frame stack (or inside a suspended
//! generator); its `slots` hold the locals-plus array followed by the value stack.

use crate::types::code::CodeData;
use crate::value::{discard, Value};

/// How control returns from a frame whose code finished or yielded.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Entry {
    /// Called from Python bytecode: push the result on the caller's stack and continue.
    Inline,
    /// Entered from Rust (a native re-entry): the interpreter loop returns the result.
    Native,
    /// A generator resumed by `FOR_ITER`: yield pushes the value, return jumps past the loop.
    ForIter,
    /// A generator resumed by `SEND` (yield from / await): yield pushes the value, return
    /// pushes the result and jumps to SEND's target.
    Send,
    /// `__init__` run for a class call from bytecode: the return value must be None, and the
    /// new instance (kept in `Frame::init_self`) is what the caller gets.
    Init,
}

pub struct Frame {
    /// The code object (`Kind::Code`).
    pub code: Value,
    /// The function being run (None for module and class bodies and exec()).
    pub func: Option<Value>,
    pub globals: Value,
    pub builtins: Value,
    /// The locals mapping for module-level, class-body and exec() code (`LOAD_NAME`).
    pub locals: Option<Value>,
    /// Word offset of the next instruction.
    pub ip: usize,
    /// Word offset of the instruction being executed (for tracebacks and `f_lineno`).
    pub lasti: usize,
    /// Number of live values in `slots` above `nlocalsplus` (stack pointer, as an index).
    pub sp: usize,
    /// Locals-plus (locals, cells, free vars) then the value stack.
    pub slots: Box<[Option<Value>]>,
    pub nlocalsplus: usize,
    /// Keyword names set by `KW_NAMES` for the next `CALL`.
    pub kwnames: Option<Value>,
    /// The Python frame object, once something asked for it (tracebacks, sys._getframe).
    pub frame_obj: Option<Value>,
    /// The generator/coroutine owning this frame, if any (borrowed pointer).
    pub gen: Option<*const crate::object::Header>,
    pub entry: Entry,
    /// For a generator frame resumed by FOR_ITER/SEND: the caller's jump target used when
    /// the generator returns.
    pub ret_target: usize,
    /// For `Entry::Init` frames: the instance being initialized.
    pub init_self: Option<Value>,
}

impl Frame {
    /// The code payload.
    #[inline(always)]
    pub fn code_data(&self) -> &CodeData {
        // SAFETY: `code` is always a Kind::Code object.
        unsafe { self.code.payload_unchecked::<CodeData>() }
    }

    /// Pushes onto the value stack. The code object was validated, so the stack never
    /// exceeds `stacksize` and the slot is in bounds.
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        let i = self.nlocalsplus + self.sp;
        debug_assert!(i < self.slots.len());
        // SAFETY: in bounds (validated stack depth); the slot above the top is empty.
        unsafe { std::ptr::write(self.slots.as_mut_ptr().add(i), Some(v)) };
        self.sp += 1;
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        self.sp -= 1;
        let i = self.nlocalsplus + self.sp;
        debug_assert!(i < self.slots.len());
        // SAFETY: in bounds (validated stack depth).
        match unsafe { std::ptr::replace(self.slots.as_mut_ptr().add(i), None) } {
            Some(v) => v,
            None => unreachable_null(),
        }
    }

    /// The local at `i` (validated in range).
    #[inline(always)]
    pub fn local(&self, i: usize) -> &Option<Value> {
        debug_assert!(i < self.slots.len());
        // SAFETY: local indices are validated against the code object.
        unsafe { self.slots.get_unchecked(i) }
    }

    #[inline(always)]
    pub fn local_mut(&mut self, i: usize) -> &mut Option<Value> {
        debug_assert!(i < self.slots.len());
        // SAFETY: as above.
        unsafe { self.slots.get_unchecked_mut(i) }
    }

    /// Drops stack values until the stack holds `depth` items.
    pub fn truncate_stack(&mut self, depth: usize) {
        while self.sp > depth {
            self.sp -= 1;
            let i = self.nlocalsplus + self.sp;
            self.slots[i] = None;
        }
    }

    /// Releases every value the frame holds (when it finishes), keeping the allocation.
    #[inline]
    pub fn clear_values(&mut self) {
        self.clear_values_inline()
    }

    /// [`Frame::clear_values`] written out at the call site (the JIT's call helper, whose
    /// bytes are in a lazy chunk).
    #[inline(always)]
    pub fn clear_values_inline(&mut self) {
        // Slots past the stack top are already empty.
        let used = (self.nlocalsplus + self.sp).min(self.slots.len());
        for s in self.slots[..used].iter_mut() {
            discard(s.take());
        }
        self.sp = 0;
        discard(self.kwnames.take());
        discard(self.locals.take());
        discard(self.func.take());
        discard(self.init_self.take());
    }
}

/// `Vec::push` with the common case (room left) written out at the call site: at opt-level z
/// the push is a call, four of them on every Python call (frame stack and pool).
#[inline(always)]
pub(crate) fn push_fast<T>(v: &mut Vec<T>, x: T) {
    let n = v.len();
    if n < v.capacity() {
        // SAFETY: in capacity; the slot past the length is uninitialized and becomes element n.
        unsafe {
            v.as_mut_ptr().add(n).write(x);
            v.set_len(n + 1);
        }
    } else {
        v.push(x);
    }
}

/// `Vec::pop`, written out at the call site (see [`push_fast`]).
#[inline(always)]
pub(crate) fn pop_fast<T>(v: &mut Vec<T>) -> Option<T> {
    let n = v.len();
    if n == 0 {
        return None;
    }
    // SAFETY: element n - 1 is initialized; shrinking the length first moves it out.
    unsafe {
        v.set_len(n - 1);
        Some(v.as_ptr().add(n - 1).read())
    }
}

#[cold]
fn unreachable_null() -> Value {
    // A NULL where a value was required: only reachable through a VM bug; report as None
    // rather than crash.
    Value::none()
}
