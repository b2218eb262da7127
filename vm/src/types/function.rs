//! Python functions, closure cells and bound methods.

use crate::error::{type_error, PyResult};
use crate::object::{alloc_obj, CellValue, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::code::CodeData;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

pub struct FunctionData {
    pub code: Cell<Option<Value>>,
    pub globals: Value,
    pub builtins: Value,
    pub name: Cell<Option<Value>>,
    pub qualname: Cell<Option<Value>>,
    /// Tuple of positional defaults, or None.
    pub defaults: Cell<Option<Value>>,
    /// Dict of keyword-only defaults, or None.
    pub kwdefaults: Cell<Option<Value>>,
    /// Tuple of cells, or None.
    pub closure: Option<Value>,
    /// `__doc__`; while `doc_in_body` is set it holds instead the stub code object whose body
    /// carries the docstring (packer/src/lazy.rs: stubs leave docstrings in their bodies).
    pub doc: Cell<Option<Value>>,
    pub doc_in_body: Cell<bool>,
    pub annotations: Cell<Option<Value>>,
    pub module: Cell<Option<Value>>,
    pub dict: Cell<Option<Value>>,
}

impl Trace for FunctionData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        self.code.trace(visit);
        visit(&self.globals);
        visit(&self.builtins);
        for c in [&self.name, &self.qualname, &self.defaults, &self.kwdefaults, &self.doc, &self.annotations, &self.module, &self.dict] {
            c.trace(visit);
        }
        if let Some(c) = &self.closure {
            visit(c);
        }
    }
    fn clear(&self) {
        for c in [&self.defaults, &self.kwdefaults, &self.doc, &self.annotations, &self.module, &self.dict] {
            drop(c.take());
        }
    }
}

/// Borrows the value in a cell without touching its count. The caller must not replace the
/// cell's contents while the borrow lives.
#[inline(always)]
pub fn peek(c: &Cell<Option<Value>>) -> Option<&Value> {
    // SAFETY: see above.
    unsafe { (*c.as_ptr()).as_ref() }
}

impl FunctionData {
    #[inline(always)]
    pub fn code_value(&self) -> &Value {
        // A function always has a code object (assignment of __code__ checks the type).
        peek(&self.code).expect("function without code")
    }

    #[inline(always)]
    pub fn code_data(&self) -> &CodeData {
        // SAFETY: `code` is always a Kind::Code object.
        unsafe { self.code_value().payload_unchecked::<CodeData>() }
    }
}

/// A closure cell.
pub struct CellData {
    pub contents: Cell<Option<Value>>,
}

impl Trace for CellData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        self.contents.trace(visit)
    }
    fn clear(&self) {
        drop(self.contents.take());
    }
}

impl CellData {
    pub fn get(&self) -> Option<Value> {
        self.contents.get_value()
    }
    pub fn set(&self, v: Option<Value>) {
        let old = self.contents.replace(v);
        drop(old);
    }
}

pub fn new_cell(v: Option<Value>) -> Value {
    alloc_obj(&rt().ty_borrowed(BT::Cell), CellData { contents: Cell::new(v) }, 0)
}

/// A function bound to an instance (`obj.method`).
pub struct BoundMethodData {
    pub func: Value,
    pub self_: Value,
}

impl Trace for BoundMethodData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.self_);
    }
}

pub fn new_bound_method(func: Value, self_: Value) -> Value {
    alloc_obj(&rt().ty_borrowed(BT::Method), BoundMethodData { func, self_ }, 0)
}

// ---- function methods ------------------------------------------------------------------------

pub const FUNCTION_METHODS: &[MethodDef] = &[
    method("__repr__", function_repr),
    method("__get__", function_get),
    staticmethod("__new__", function_new),
];

fn function_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let f = args.self_().downcast::<FunctionData>().ok_or_else(|| type_error("expected a function"))?;
    let q = f.qualname.get_value().and_then(|q| q.as_str().map(|s| s.to_owned())).unwrap_or_default();
    Ok(Value::string(format!("<function {q} at {:#x}>", args.self_().bits())))
}

fn function_get(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__get__", 1, 2)?;
    if pos[1].kind() == crate::object::Kind::NoneType {
        return Ok(pos[0].clone());
    }
    Ok(new_bound_method(pos[0].clone(), pos[1].clone()))
}

fn function_new(vm: &mut Vm, args: Args) -> PyResult {
    let [code, globals, name, argdefs, closure] = args.rest().bind("function", ["code", "globals", "name", "argdefs", "closure"], 2, 0)?;
    let code = code.unwrap_or_else(Value::none);
    let globals = globals.unwrap_or_else(Value::none);
    if code.downcast::<CodeData>().is_none() {
        return Err(type_error("function() argument 'code' must be code"));
    }
    let f = vm.make_function(code, globals, closure.filter(|c| !c.kind().eq(&crate::object::Kind::NoneType)))?;
    if let Some(fd) = f.downcast::<FunctionData>() {
        if let Some(n) = name.filter(|n| n.as_str().is_some()) {
            fd.name.set(Some(n));
        }
        if let Some(d) = argdefs.filter(|d| d.as_tuple().is_some()) {
            fd.defaults.set(Some(d));
        }
    }
    Ok(f)
}

pub const METHOD_METHODS: &[MethodDef] = &[
    method("__repr__", method_repr),
    method("__eq__", method_eq),
    method("__hash__", method_hash),
    method("__reduce__", method_reduce),
    staticmethod("__new__", method_new),
];

fn method_repr(vm: &mut Vm, args: Args) -> PyResult {
    let m = args.self_().downcast::<BoundMethodData>().ok_or_else(|| type_error("expected a method"))?;
    let fname = match vm.getattr_opt(&m.func, &Value::intern("__qualname__"))? {
        Some(q) => vm.str_string(&q)?,
        None => "?".into(),
    };
    let s = vm.repr_string(&m.self_)?;
    Ok(Value::string(format!("<bound method {fname} of {s}>")))
}

fn method_eq(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__eq__", 1, 1)?;
    match (pos[0].downcast::<BoundMethodData>(), pos[1].downcast::<BoundMethodData>()) {
        (Some(a), Some(b)) => Ok(Value::bool(a.self_.is(&b.self_) && vm.eq(&a.func, &b.func)?)),
        _ => Ok(Value::not_implemented()),
    }
}

fn method_hash(vm: &mut Vm, args: Args) -> PyResult {
    let m = args.self_().downcast::<BoundMethodData>().ok_or_else(|| type_error("expected a method"))?;
    let h = vm.hash(&m.func)? ^ (m.self_.bits() as i64 >> 4);
    Ok(Value::int(if h == -1 { -2 } else { h }))
}

fn method_reduce(vm: &mut Vm, args: Args) -> PyResult {
    let m = args.self_().downcast::<BoundMethodData>().ok_or_else(|| type_error("expected a method"))?;
    let getattr = vm.builtin("getattr")?;
    let name = vm.getattr(&m.func, &Value::intern("__name__"))?;
    Ok(Value::tuple(vec![getattr, Value::tuple(vec![m.self_.clone(), name])]))
}

fn method_new(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("method", 2, 2)?;
    Ok(new_bound_method(pos[1].clone(), pos[2].clone()))
}

pub const CELL_METHODS: &[MethodDef] = &[method("__repr__", cell_repr)];

fn cell_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let c = args.self_().downcast::<CellData>().ok_or_else(|| type_error("expected a cell"))?;
    Ok(Value::string(match c.get() {
        None => format!("<cell at {:#x}: empty>", args.self_().bits()),
        Some(v) => format!("<cell at {:#x}: {} object at {:#x}>", args.self_().bits(), crate::types::typeobj::type_name(&v), v.bits()),
    }))
}
