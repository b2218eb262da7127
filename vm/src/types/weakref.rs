//! Weak references: `weakref.ref` objects register in the runtime's table under the target's
//! address; when the target dies they are cleared and their callbacks queued.

use crate::error::{type_error, PyResult};
use crate::object::{flag, CellValue, Header, Kind, Trace};
use crate::runtime::rt;
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::typeobj::{alloc_instance, type_name};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

pub struct WeakRefData {
    /// The referent (not counted), null once it died.
    pub target: Cell<*const Header>,
    pub callback: Cell<Option<Value>>,
    pub hash: Cell<Option<i64>>,
}

impl Trace for WeakRefData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        self.callback.trace(visit)
    }
    fn clear(&self) {
        drop(self.callback.take());
    }
}

impl Drop for WeakRefData {
    fn drop(&mut self) {
        let t = self.target.get();
        if t.is_null() {
            return;
        }
        let table = rt().weakref_table();
        let me = self as *const WeakRefData as usize;
        if let Some(list) = table.get_mut(&(t as usize)) {
            list.retain(|w| {
                // SAFETY: entries are live weakref objects; compare payload addresses.
                let data = unsafe { &(*(*w as *const crate::object::Obj<WeakRefData>)).data } as *const WeakRefData as usize;
                data != me
            });
            if list.is_empty() {
                table.remove(&(t as usize));
                // SAFETY: the target is alive (we were registered).
                unsafe { (*t).clear_flag(flag::HAS_WEAKREFS) };
            }
        }
    }
}

impl WeakRefData {
    /// The referent, if still alive.
    pub fn get(&self) -> Option<Value> {
        let t = self.target.get();
        if t.is_null() {
            None
        } else {
            // SAFETY: cleared when the target dies.
            Some(unsafe { Value::from_ptr(t) })
        }
    }
}

/// Clears every weakref to `ptr` (which is dying); queues callbacks of live weakrefs.
///
/// # Safety
/// `ptr` is an object being freed or collected.
pub unsafe fn clear_weakrefs(ptr: *const Header, queue_callbacks: bool) {
    let r = rt();
    let Some(list) = r.weakref_table().remove(&(ptr as usize)) else { return };
    (*ptr).clear_flag(flag::HAS_WEAKREFS);
    // Callbacks run newest first, as CPython.
    for w in list.into_iter().rev() {
        let wv = Value::from_ptr(w);
        if let Some(d) = wv.downcast::<WeakRefData>() {
            d.target.set(std::ptr::null());
            if let Some(cb) = d.callback.take() {
                if queue_callbacks {
                    r.push_pending_callback(cb, wv.clone());
                }
            }
        }
    }
}

/// Whether objects of this kind can be weakly referenced.
fn weakrefable(v: &Value) -> bool {
    match v.kind() {
        Kind::Int | Kind::Bool | Kind::Str | Kind::Bytes | Kind::Tuple | Kind::List | Kind::Dict | Kind::NoneType | Kind::Float | Kind::Complex => {
            // Builtin instances are not weakrefable, but instances of subclasses are.
            v.header().map(|h| h.ext_len > 0).unwrap_or(false)
        }
        _ => !v.is_small(),
    }
}

/// Creates a weak reference of class `cls` to `target`.
pub fn new_weakref(cls: &Value, target: &Value, callback: Option<Value>) -> PyResult {
    if !weakrefable(target) {
        return Err(type_error(format!("cannot create weak reference to '{}' object", type_name(target))));
    }
    let w = alloc_instance(cls, WeakRefData { target: Cell::new(target.as_ptr()), callback: Cell::new(callback), hash: Cell::new(None) });
    let table = rt().weakref_table();
    table.entry(target.bits()).or_default().push(w.as_ptr());
    if let Some(h) = target.header() {
        h.set_flag(flag::HAS_WEAKREFS);
    }
    Ok(w)
}

pub const WEAKREF_METHODS: &[MethodDef] = &[
    staticmethod("__new__", weakref_new),
    method("__init__", weakref_init),
    method("__call__", weakref_call),
    method("__repr__", weakref_repr),
    method("__hash__", weakref_hash),
    method("__eq__", weakref_eq),
    method("__ne__", weakref_ne),
    crate::types::builtin::classmethod("__class_getitem__", crate::types::generic_alias_new),
];

fn weakref_new(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() < 2 || pos.len() > 3 {
        return Err(type_error(format!("__new__ expected at most 2 arguments, got {}", pos.len().saturating_sub(1))));
    }
    let cb = pos.get(2).cloned().filter(|c| c.kind() != Kind::NoneType);
    new_weakref(&pos[0], &pos[1], cb)
}

fn weakref_init(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::none())
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a WeakRefData> {
    args.all.first().and_then(|v| v.downcast::<WeakRefData>()).ok_or_else(|| type_error("expected a weakref"))
}

fn weakref_call(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("weakref", 0, 0)?;
    Ok(this(&args)?.get().unwrap_or_else(Value::none))
}

fn weakref_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let w = this(&args)?;
    Ok(Value::string(match w.get() {
        None => format!("<weakref at {:#x}; dead>", args.self_().bits()),
        Some(t) => format!("<weakref at {:#x}; to '{}' at {:#x}>", args.self_().bits(), type_name(&t), t.bits()),
    }))
}

fn weakref_hash(vm: &mut Vm, args: Args) -> PyResult {
    let w = this(&args)?;
    if let Some(h) = w.hash.get() {
        return Ok(Value::int(h));
    }
    match w.get() {
        Some(t) => {
            let h = vm.hash(&t)?;
            w.hash.set(Some(h));
            Ok(Value::int(h))
        }
        None => Err(type_error("weak object has gone away")),
    }
}

fn weakref_eq(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__eq__", 1, 1)?;
    let (Some(a), Some(b)) = (pos[0].downcast::<WeakRefData>(), pos[1].downcast::<WeakRefData>()) else {
        return Ok(Value::not_implemented());
    };
    match (a.get(), b.get()) {
        (Some(x), Some(y)) => Ok(Value::bool(vm.eq(&x, &y)?)),
        _ => Ok(Value::bool(pos[0].is(&pos[1]))),
    }
}

fn weakref_ne(vm: &mut Vm, args: Args) -> PyResult {
    let r = weakref_eq(vm, args)?;
    if r.kind() == Kind::NotImplemented {
        return Ok(r);
    }
    Ok(Value::bool(!vm.truthy(&r)?))
}

/// weakref.getweakrefcount / getweakrefs support.
pub fn weakrefs_to(v: &Value) -> Vec<Value> {
    rt().weakref_table()
        .get(&v.bits())
        // SAFETY: registered weakrefs are live.
        .map(|l| l.iter().map(|p| unsafe { Value::from_ptr(*p) }).collect())
        .unwrap_or_default()
}

#[allow(dead_code)]
fn _cell(c: &Cell<Option<Value>>) -> Option<Value> {
    c.get_value()
}
