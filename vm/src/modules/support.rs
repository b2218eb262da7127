//! Helpers shared by the native modules: building a module namespace, defining native types
//! (and finding them again from Rust), reaching a native payload from `self`, and the
//! argument-count messages of CPython's `_PyArg_CheckPositional`.

use crate::error::{type_error, PyErr, PyResult};
use crate::object::Header;
use crate::types::builtin::{Args, MethodDef, NativeFn};
use crate::types::descr::{Getter, Setter};
use crate::types::dict::DictData;
use crate::types::native::{NativeData, NativeObject};
use crate::types::typeobj::alloc_instance;
use crate::value::Value;
use std::cell::RefCell;

/// A new module `name` holding the native functions `funcs`; returns the module.
pub fn new_module(name: &'static str, funcs: &[(&'static str, NativeFn)]) -> Value {
    let m = crate::types::module::new_module(name);
    for (fname, f) in funcs {
        set_attr(&m, fname, crate::types::new_builtin_function(fname, *f, Some(m.clone())));
    }
    m
}

/// Sets `m.name = v` on a module.
pub fn set_attr(m: &Value, name: &str, v: Value) {
    if let Some(d) = crate::types::module::module_dict(m) {
        if let Some(dd) = d.downcast::<DictData>() {
            dd.set_str(Value::intern(name), v);
        }
    }
}

thread_local! {
    /// Native-module types by qualified name (immortal, so raw pointers are enough).
    static TYPES: RefCell<Vec<(&'static str, *const Header)>> = const { RefCell::new(Vec::new()) };
}

/// Defines a native type `module.name`, remembers it for `native_type`, and adds it to the
/// module `m` (when given).
pub fn add_type(
    m: Option<&Value>,
    module: &str,
    name: &'static str,
    base: Option<Value>,
    methods: &[&[MethodDef]],
    getsets: &[(&'static str, Getter, Option<Setter>)],
    subclassable: bool,
) -> Value {
    let t = crate::types::new_native_type(name, module, base, methods, getsets, subclassable);
    let key: &'static str = Box::leak(format!("{module}.{name}").into_boxed_str());
    TYPES.with(|ts| {
        let mut ts = ts.borrow_mut();
        ts.retain(|(k, _)| *k != key);
        ts.push((key, t.as_ptr()));
    });
    if let Some(m) = m {
        set_attr(m, name, t.clone());
    }
    t
}

/// A native type defined by `add_type`, by qualified name (`"itertools._grouper"`).
pub fn native_type(key: &str) -> Value {
    let p = TYPES.with(|ts| ts.borrow().iter().rev().find(|(k, _)| *k == key).map(|(_, p)| *p));
    match p {
        // SAFETY: native types are immortal.
        Some(p) => unsafe { Value::from_ptr(p) },
        None => panic!("native type {key} used before its module was imported"),
    }
}

/// Allocates an instance of native type `cls` (or a subclass) holding `data`.
pub fn alloc_native<T: NativeObject>(cls: &Value, data: T) -> Value {
    alloc_instance(cls, NativeData(Box::new(data)))
}

/// The native payload of `self` (the first argument).
pub fn this<'a, T: 'static>(args: &Args<'a>, what: &str) -> PyResult<&'a T> {
    match args.all.first() {
        Some(v) => v.native::<T>().ok_or_else(|| {
            type_error(format!("descriptor requires a '{what}' object but received a '{}'", crate::types::typeobj::type_name(v)))
        }),
        None => Err(type_error(format!("descriptor requires a '{what}' object"))),
    }
}

/// `_PyArg_CheckPositional`: "name expected at most 2 arguments, got 3".
pub fn check_positional(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        return Err(type_error(format!(
            "{name} expected {}{min} argument{}, got {n}",
            if min == max { "" } else { "at least " },
            if min == 1 { "" } else { "s" }
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name} expected {}{max} argument{}, got {n}",
            if min == max { "" } else { "at most " },
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// Positional arguments after `cls`/`self`, with no keywords allowed, count-checked.
pub fn pos_args<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    args.no_kwargs(name)?;
    let pos = &args.pos()[1..];
    check_positional(name, pos.len(), min, max)?;
    Ok(pos)
}

/// Turns `Ok(None)` (exhausted) into StopIteration, for `__next__` methods.
pub fn next_result(r: PyResult<Option<Value>>) -> PyResult {
    match r {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(crate::error::stop_iteration()),
        Err(e) => Err(e),
    }
}

/// The bare class name of a value (CPython's `_PyType_Name`, used by reprs like `deque([])`).
pub fn short_type_name(v: &Value) -> String {
    crate::types::typeobj::tdata_ptr(v.class_ptr()).name_str()
}

/// `__iter__` returning self.
pub fn iter_self(_vm: &mut crate::vm::Vm, args: Args) -> PyResult {
    Ok(args.self_().clone())
}

/// An error of a builtin exception type with a message.
pub fn err(t: crate::error::ExcType, msg: impl Into<String>) -> PyErr {
    PyErr::new(t, msg)
}

/// Implements `NativeObject` for a struct whose listed fields own values (`Opt` or
/// `RefCell<Vec<Value>>`): trace visits them, clear empties them.
macro_rules! native_object {
    ($t:ty; $($field:ident),*) => {
        impl $crate::types::native::NativeObject for $t {
            // `visit` is unused for a payload that owns no values.
            #[allow(unused_variables)]
            fn trace(&self, visit: &mut dyn FnMut(&Value)) {
                let _ = &visit;
                $( $crate::modules::support::Slot::trace(&self.$field, visit); )*
            }
            fn clear(&self) {
                $( $crate::modules::support::Slot::clear(&self.$field); )*
            }
            fn as_any(&self) -> &dyn std::any::Any {
                self
            }
        }
    };
}
pub(crate) use native_object;

/// Fields that own values, for `native_object!`'s trace/clear.
pub trait Slot {
    fn trace(&self, visit: &mut dyn FnMut(&Value));
    fn clear(&self);
}
impl Slot for RefCell<Option<Value>> {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.try_borrow() {
            if let Some(v) = &*b {
                visit(v)
            }
        }
    }
    fn clear(&self) {
        let old = self.borrow_mut().take();
        drop(old);
    }
}
impl Slot for RefCell<Vec<Value>> {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.try_borrow() {
            b.iter().for_each(|v| visit(v))
        }
    }
    fn clear(&self) {
        let old = std::mem::take(&mut *self.borrow_mut());
        drop(old);
    }
}

pub type Opt = RefCell<Option<Value>>;
pub fn opt(v: Option<Value>) -> Opt {
    RefCell::new(v)
}
pub fn get(c: &Opt) -> Option<Value> {
    c.borrow().clone()
}
pub fn put(c: &Opt, v: Option<Value>) {
    let old = c.replace(v);
    drop(old);
}

