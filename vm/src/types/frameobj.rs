//! Python-visible frame and traceback objects. A frame object mirrors a live `Frame` while
//! it runs and keeps a snapshot of what tracebacks need after it returns.

use crate::error::{type_error, PyResult};
use crate::object::{alloc_obj, CellValue, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, Args, MethodDef};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

pub struct FrameObjData {
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    pub locals: Cell<Option<Value>>,
    pub back: Cell<Option<Value>>,
    /// The last instruction once the frame has finished or is suspended (its line is found
    /// from it when asked: line tables may be fetched lazily).
    pub lasti: Cell<u32>,
    /// The live frame while it runs (null afterwards).
    pub live: Cell<*mut crate::frame::Frame>,
}

impl Trace for FrameObjData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.code);
        visit(&self.globals);
        visit(&self.builtins);
        self.locals.trace(visit);
        self.back.trace(visit);
    }
    fn clear(&self) {
        drop(self.locals.take());
        drop(self.back.take());
    }
}

pub struct TracebackData {
    pub next: Cell<Option<Value>>,
    pub frame: Value,
    /// The instruction that raised; its line is found when asked ([`tb_line`]), so an
    /// exception caught before anything reads it never needs a line table.
    pub lasti: u32,
}

impl Trace for TracebackData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        self.next.trace(visit);
        visit(&self.frame);
    }
    fn clear(&self) {
        drop(self.next.take());
    }
}

pub fn new_frame_obj(code: Value, globals: Value, builtins: Value, live: *mut crate::frame::Frame) -> Value {
    alloc_obj(
        &rt().ty(BT::Frame),
        FrameObjData {
            code,
            globals,
            builtins,
            locals: Cell::new(None),
            back: Cell::new(None),
            lasti: Cell::new(0),
            live: Cell::new(live),
        },
        0,
    )
}

pub fn new_traceback(next: Option<Value>, frame: Value, lasti: u32) -> Value {
    alloc_obj(&rt().ty_borrowed(BT::Traceback), TracebackData { next: Cell::new(next), frame, lasti }, 0)
}

/// A traceback entry's line.
pub fn tb_line(vm: &mut Vm, td: &TracebackData) -> u32 {
    match td.frame.downcast::<FrameObjData>() {
        Some(f) => crate::types::code::line_of(vm, &f.code, td.lasti),
        None => 0,
    }
}

/// The line a frame object is at: its live frame's, or where it stopped.
fn current_line(vm: &mut Vm, f: &FrameObjData) -> u32 {
    let live = f.live.get();
    // SAFETY: `live` is cleared when the frame finishes.
    let lasti = if live.is_null() { f.lasti.get() } else { unsafe { (*live).lasti as u32 } };
    crate::types::code::line_of(vm, &f.code, lasti)
}

fn fdata<'a>(v: &'a Value) -> PyResult<&'a FrameObjData> {
    v.downcast::<FrameObjData>().ok_or_else(|| type_error("expected a frame"))
}

pub fn frame_lineno(vm: &mut Vm, v: &Value) -> PyResult {
    let f = fdata(v)?;
    let live = f.live.get();
    if !live.is_null() {
        // SAFETY: `live` is cleared when the frame finishes.
        let fr = unsafe { &*live };
        // A generator or coroutine that has not started reports its `def` line, as CPython's
        // does (its RETURN_GENERATOR sits there). No other frame is observable at index 0.
        let code = &fr.code_data().code;
        use pygmy_bytecode::code::flags as co;
        if fr.lasti == 0 && code.flags & (co::GENERATOR | co::COROUTINE | co::ASYNC_GENERATOR) != 0 {
            return Ok(Value::int(code.firstlineno as i64));
        }
    }
    Ok(Value::int(current_line(vm, f) as i64))
}

pub fn frame_code(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(fdata(v)?.code.clone())
}

pub fn frame_globals(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(fdata(v)?.globals.clone())
}

pub fn frame_builtins(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(fdata(v)?.builtins.clone())
}

pub fn frame_back(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(fdata(v)?.back.get_value().unwrap_or_else(Value::none))
}

/// The last instruction as a byte offset (two bytes per word, like `tb_lasti`).
pub fn frame_lasti(_vm: &mut Vm, v: &Value) -> PyResult {
    let f = fdata(v)?;
    let live = f.live.get();
    // SAFETY: `live` is cleared when the frame finishes (as in frame_lineno).
    let lasti = if live.is_null() { f.lasti.get() as i64 } else { unsafe { (*live).lasti as i64 } };
    Ok(Value::int(lasti * 2))
}

pub fn frame_locals(vm: &mut Vm, v: &Value) -> PyResult {
    let f = fdata(v)?;
    let live = f.live.get();
    if !live.is_null() {
        // SAFETY: as above.
        let d = vm.frame_locals_dict(unsafe { &mut *live })?;
        f.locals.set(Some(d.clone()));
        return Ok(d);
    }
    Ok(f.locals.get_value().unwrap_or_else(Value::dict))
}

pub const FRAME_METHODS: &[MethodDef] = &[method("__repr__", frame_repr), method("clear", frame_clear)];

fn frame_repr(vm: &mut Vm, args: Args) -> PyResult {
    let f = fdata(args.self_())?;
    let code = f.code.downcast::<crate::types::code::CodeData>();
    let (file, name) = code.map(|c| (c.code.filename.clone(), c.code.name.clone())).unwrap_or_default();
    Ok(Value::string(format!("<frame at {:#x}, file '{file}', line {}, code {name}>", args.self_().bits(), current_line(vm, f))))
}

fn frame_clear(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::none())
}

pub fn tb_next(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.downcast::<TracebackData>().and_then(|t| t.next.get_value()).unwrap_or_else(Value::none))
}

pub fn tb_set_next(_vm: &mut Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let t = v.downcast::<TracebackData>().ok_or_else(|| type_error("expected a traceback"))?;
    let n = n.filter(|n| n.kind() != crate::object::Kind::NoneType);
    t.next.set(n);
    Ok(())
}

pub fn tb_frame(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.downcast::<TracebackData>().map(|t| t.frame.clone()).unwrap_or_else(Value::none))
}

pub fn tb_lineno(vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(v.downcast::<TracebackData>().map_or(0, |t| tb_line(vm, t) as i64)))
}

pub fn tb_lasti(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(v.downcast::<TracebackData>().map(|t| t.lasti as i64 * 2).unwrap_or(0)))
}
