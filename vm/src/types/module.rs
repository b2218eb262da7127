//! `module` objects: a namespace dict with a name.

use crate::error::{attribute_error, type_error, PyResult};
use crate::object::{alloc_obj, CellValue, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::dict::DictData;
use crate::types::typeobj::alloc_instance;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

pub struct ModuleData {
    pub dict: Cell<Option<Value>>,
}

impl Trace for ModuleData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        self.dict.trace(visit)
    }
    fn clear(&self) {
        drop(self.dict.take());
    }
}

impl ModuleData {
    pub fn dict(&self) -> Value {
        self.dict.get_value().unwrap_or_else(Value::none)
    }
}

/// A new module named `name` with `__name__`, `__doc__`, `__package__`, `__loader__`, `__spec__`.
pub fn new_module(name: &str) -> Value {
    let d = Value::dict();
    if let Some(dd) = d.downcast::<DictData>() {
        dd.set_str(Value::intern("__name__"), Value::str(name));
        dd.set_str(Value::intern("__doc__"), Value::none());
        dd.set_str(Value::intern("__package__"), Value::none());
        dd.set_str(Value::intern("__loader__"), Value::none());
        dd.set_str(Value::intern("__spec__"), Value::none());
    }
    alloc_obj(&rt().ty_borrowed(BT::Module), ModuleData { dict: Cell::new(Some(d)) }, 0)
}

/// The namespace dict of a module value.
pub fn module_dict(m: &Value) -> Option<Value> {
    m.downcast::<ModuleData>().map(|d| d.dict())
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a ModuleData> {
    args.all.first().and_then(|v| v.downcast::<ModuleData>()).ok_or_else(|| type_error("expected a module"))
}

pub const MODULE_METHODS: &[MethodDef] = &[
    staticmethod("__new__", module_new),
    method("__init__", module_init),
    method("__repr__", module_repr),
    method("__dir__", module_dir),
    method("__getattr__", module_getattr_fallback),
];

fn module_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    Ok(alloc_instance(cls, ModuleData { dict: Cell::new(Some(Value::dict())) }))
}

fn module_init(vm: &mut Vm, args: Args) -> PyResult {
    let m = args.all[0].clone();
    let [name, doc] = args.rest().bind("module", ["name", "doc"], 1, 0)?;
    let d = module_dict(&m).unwrap_or_else(Value::none);
    vm.setitem(&d, &Value::intern("__name__"), &name.unwrap_or_else(Value::none))?;
    vm.setitem(&d, &Value::intern("__doc__"), &doc.unwrap_or_else(Value::none))?;
    for k in ["__package__", "__loader__", "__spec__"] {
        if d.downcast::<DictData>().and_then(|dd| dd.get_item_str(k)).is_none() {
            vm.setitem(&d, &Value::intern(k), &Value::none())?;
        }
    }
    Ok(Value::none())
}

fn module_repr(vm: &mut Vm, args: Args) -> PyResult {
    let m = this(&args)?;
    let d = m.dict();
    let dd = d.downcast::<DictData>();
    let name = dd.and_then(|d| d.get_item_str("__name__")).map(|n| vm.str_string(&n)).transpose()?.unwrap_or_else(|| "?".into());
    if let Some(f) = dd.and_then(|d| d.get_item_str("__file__")) {
        return Ok(Value::string(format!("<module '{name}' from '{}'>", vm.str_string(&f)?)));
    }
    // importlib's _module_repr: built-in modules say so; a bare ModuleType(...) has no origin.
    let builtin = name == "sys" || name == "builtins" || vm.native_modules.iter().any(|(n, _)| *n == name);
    if builtin {
        return Ok(Value::string(format!("<module '{name}' (built-in)>")));
    }
    Ok(Value::string(format!("<module '{name}'>")))
}

fn module_dir(vm: &mut Vm, args: Args) -> PyResult {
    let m = this(&args)?;
    let d = m.dict();
    if let Some(f) = d.downcast::<DictData>().and_then(|d| d.get_item_str("__dir__")) {
        return vm.call(&f, &[]);
    }
    Ok(Value::list(d.downcast::<DictData>().map(|d| d.keys()).unwrap_or_default()))
}

/// Called by attribute lookup when the module dict lacks a name: module `__getattr__` (PEP 562).
fn module_getattr_fallback(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__getattr__", 1, 1)?;
    let m = this(&args)?;
    let d = m.dict();
    let dd = d.downcast::<DictData>();
    if let Some(f) = dd.and_then(|d| d.get_item_str("__getattr__")) {
        return vm.call(&f, &[pos[1].clone()]);
    }
    let name = dd.and_then(|d| d.get_item_str("__name__")).and_then(|n| n.as_str().map(|s| s.to_owned()));
    let attr = pos[1].as_str().unwrap_or("?");
    Err(match name {
        Some(n) => attribute_error(format!("module '{n}' has no attribute '{attr}'")),
        None => attribute_error(format!("module has no attribute '{attr}'")),
    })
}
