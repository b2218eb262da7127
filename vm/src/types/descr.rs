//! Descriptors: `property`, `classmethod`, `staticmethod`, native getset descriptors,
//! `__slots__` member descriptors, and `super`.

use crate::error::{attribute_error, runtime_error, type_error, PyResult};
use crate::object::{alloc_obj, CellValue, Kind, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::typeobj::{is_subtype_ptr, tdata, type_name};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

pub struct PropertyData {
    pub fget: Cell<Option<Value>>,
    pub fset: Cell<Option<Value>>,
    pub fdel: Cell<Option<Value>>,
    pub doc: Cell<Option<Value>>,
    pub name: Cell<Option<Value>>,
}

impl Trace for PropertyData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc, &self.name] {
            c.trace(visit);
        }
    }
    fn clear(&self) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc] {
            drop(c.take());
        }
    }
}

pub struct ClassMethodData {
    pub func: Cell<Option<Value>>,
    pub dict: Cell<Option<Value>>,
}

impl Trace for ClassMethodData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        self.func.trace(visit);
        self.dict.trace(visit);
    }
    fn clear(&self) {
        drop(self.func.take());
        drop(self.dict.take());
    }
}

pub struct StaticMethodData {
    pub func: Cell<Option<Value>>,
    pub dict: Cell<Option<Value>>,
}

// The JIT's class ways read a classmethod's or a staticmethod's callable at one offset.
const _: () = assert!(
    std::mem::offset_of!(crate::object::Obj<ClassMethodData>, data.func) == std::mem::offset_of!(crate::object::Obj<StaticMethodData>, data.func)
);

impl Trace for StaticMethodData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        self.func.trace(visit);
        self.dict.trace(visit);
    }
    fn clear(&self) {
        drop(self.func.take());
        drop(self.dict.take());
    }
}

pub type Getter = fn(&mut Vm, &Value) -> PyResult;
pub type Setter = fn(&mut Vm, &Value, Option<Value>) -> PyResult<()>;

/// A native attribute of a builtin type (`function.__name__`, `BaseException.args`...).
pub struct GetSetData {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
    pub owner: &'static str,
    /// The owner type (`__objclass__`): counted, since a class's `__dict__` descriptor
    /// may outlive it.
    pub objclass: Cell<Option<Value>>,
}

impl Trace for GetSetData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(v) = self.objclass.get_value() {
            visit(&v)
        }
    }
    fn clear(&self) {
        drop(self.objclass.take());
    }
}

/// A `__slots__` member: the value lives in ext slot `index` of instances.
pub struct MemberData {
    pub name: Value,
    pub index: usize,
    pub owner: Value,
}

impl Trace for MemberData {}

pub struct SuperData {
    pub type_: Value,
    pub obj: Option<Value>,
    pub obj_type: Option<Value>,
}

impl Trace for SuperData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.type_);
        if let Some(v) = &self.obj {
            visit(v);
        }
        if let Some(v) = &self.obj_type {
            visit(v);
        }
    }
}

pub fn new_classmethod(f: Value) -> Value {
    alloc_obj(&rt().ty_borrowed(BT::ClassMethod), ClassMethodData { func: Cell::new(Some(f)), dict: Cell::new(None) }, 0)
}

pub fn new_staticmethod(f: Value) -> Value {
    alloc_obj(&rt().ty_borrowed(BT::StaticMethod), StaticMethodData { func: Cell::new(Some(f)), dict: Cell::new(None) }, 0)
}

pub fn new_member(owner: &Value, name: Value, index: usize) -> Value {
    alloc_obj(&rt().ty_borrowed(BT::MemberDescriptor), MemberData { name, index, owner: owner.clone() }, 0)
}

pub fn new_getset(name: &'static str, owner: &'static str, objclass: &Value, get: Getter, set: Option<Setter>) -> Value {
    alloc_obj(&rt().ty_borrowed(BT::GetSetDescriptor), GetSetData { name, get, set, owner, objclass: Cell::new(Some(objclass.clone())) }, 0)
}

// ---- member descriptor access ----------------------------------------------------------------

pub fn member_get(m: &MemberData, obj: &Value) -> PyResult {
    let Some(h) = obj.header() else { return Err(type_error("bad member access")) };
    if !is_subtype_ptr(obj.class_ptr(), m.owner.as_ptr()) || m.index >= h.ext_len as usize {
        return Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.name.as_str().unwrap_or(""),
            tdata(&m.owner).name_str(),
            type_name(obj)
        )));
    }
    match h.ext_slot(m.index).get_value() {
        Some(v) => Ok(v),
        None => Err(attribute_error(format!("'{}' object has no attribute '{}'", type_name(obj), m.name.as_str().unwrap_or("")))),
    }
}

pub fn member_set(m: &MemberData, obj: &Value, v: Option<Value>) -> PyResult<()> {
    let Some(h) = obj.header() else { return Err(type_error("bad member access")) };
    if !is_subtype_ptr(obj.class_ptr(), m.owner.as_ptr()) || m.index >= h.ext_len as usize {
        return Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.name.as_str().unwrap_or(""),
            tdata(&m.owner).name_str(),
            type_name(obj)
        )));
    }
    let slot = h.ext_slot(m.index);
    if v.is_none() && slot.get_value().is_none() {
        // CPython's member delete of an unset slot: the message is just the name.
        return Err(attribute_error(m.name.as_str().unwrap_or("").to_owned()));
    }
    let old = slot.replace(v);
    drop(old);
    Ok(())
}

// ---- property ----------------------------------------------------------------------------------

pub const PROPERTY_METHODS: &[MethodDef] = &[
    staticmethod("__new__", property_new),
    method("__init__", property_init),
    method("__get__", property_get),
    method("__set__", property_set),
    method("__delete__", property_delete),
    method("getter", property_getter),
    method("setter", property_setter),
    method("deleter", property_deleter),
    method("__set_name__", property_set_name),
];

fn prop<'a>(args: &Args<'a>) -> PyResult<&'a PropertyData> {
    args.all.first().and_then(|v| v.downcast::<PropertyData>()).ok_or_else(|| type_error("expected a property"))
}

fn property_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let p = PropertyData {
        fget: Cell::new(None),
        fset: Cell::new(None),
        fdel: Cell::new(None),
        doc: Cell::new(None),
        name: Cell::new(None),
    };
    Ok(crate::types::typeobj::alloc_instance(cls, p))
}

fn non_none(v: Option<Value>) -> Option<Value> {
    v.filter(|v| v.kind() != Kind::NoneType)
}

fn property_init(vm: &mut Vm, args: Args) -> PyResult {
    let [fget, fset, fdel, doc] = args.rest().bind("property", ["fget", "fset", "fdel", "doc"], 0, 0)?;
    let p = prop(&args)?;
    let fget = non_none(fget);
    let mut doc = non_none(doc);
    if doc.is_none() {
        if let Some(g) = &fget {
            doc = vm.getattr_opt(g, &Value::intern("__doc__"))?.filter(|d| d.kind() != Kind::NoneType);
        }
    }
    p.fget.set(fget);
    p.fset.set(non_none(fset));
    p.fdel.set(non_none(fdel));
    p.doc.set(doc);
    Ok(Value::none())
}

fn property_get(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__get__", 1, 2)?;
    let p = prop(&args)?;
    if pos[1].kind() == Kind::NoneType {
        return Ok(pos[0].clone());
    }
    match p.fget.get_value() {
        Some(f) => vm.call(&f, &[pos[1].clone()]),
        None => Err(attribute_error(property_err(vm, p, &pos[1], "getter"))),
    }
}

fn property_err(vm: &mut Vm, p: &PropertyData, obj: &Value, what: &str) -> String {
    let _ = vm;
    match p.name.get_value().and_then(|n| n.as_str().map(|s| s.to_owned())) {
        Some(n) => format!("property '{n}' of '{}' object has no {what}", type_name(obj)),
        None => format!("property of '{}' object has no {what}", type_name(obj)),
    }
}

fn property_set(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__set__", 2, 2)?;
    let p = prop(&args)?;
    match p.fset.get_value() {
        Some(f) => vm.call(&f, &[pos[1].clone(), pos[2].clone()]),
        None => Err(attribute_error(property_err(vm, p, &pos[1], "setter"))),
    }
}

fn property_delete(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__delete__", 1, 1)?;
    let p = prop(&args)?;
    match p.fdel.get_value() {
        Some(f) => vm.call(&f, &[pos[1].clone()]),
        None => Err(attribute_error(property_err(vm, p, &pos[1], "deleter"))),
    }
}

fn property_copy(vm: &mut Vm, args: &Args, which: usize) -> PyResult {
    let pos = args.check_method("property", 1, 1)?;
    let p = prop(args)?;
    let mut parts = [p.fget.get_value(), p.fset.get_value(), p.fdel.get_value()];
    parts[which] = Some(pos[1].clone());
    let doc = p.doc.get_value();
    let cls = pos[0].class();
    let none = Value::none();
    let new = vm.call(
        &cls,
        &[
            parts[0].clone().unwrap_or_else(|| none.clone()),
            parts[1].clone().unwrap_or_else(|| none.clone()),
            parts[2].clone().unwrap_or_else(|| none.clone()),
            doc.unwrap_or(none),
        ],
    )?;
    if let Some(np) = new.downcast::<PropertyData>() {
        np.name.set(p.name.get_value());
    }
    Ok(new)
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult {
    property_copy(vm, &args, 0)
}
fn property_setter(vm: &mut Vm, args: Args) -> PyResult {
    property_copy(vm, &args, 1)
}
fn property_deleter(vm: &mut Vm, args: Args) -> PyResult {
    property_copy(vm, &args, 2)
}

fn property_set_name(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__set_name__", 2, 2)?;
    prop(&args)?.name.set(Some(pos[2].clone()));
    Ok(Value::none())
}

pub fn property_getset_fget(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.downcast::<PropertyData>().and_then(|p| p.fget.get_value()).unwrap_or_else(Value::none))
}
pub fn property_getset_fset(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.downcast::<PropertyData>().and_then(|p| p.fset.get_value()).unwrap_or_else(Value::none))
}
pub fn property_getset_fdel(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.downcast::<PropertyData>().and_then(|p| p.fdel.get_value()).unwrap_or_else(Value::none))
}
pub fn property_getset_doc(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.downcast::<PropertyData>().and_then(|p| p.doc.get_value()).unwrap_or_else(Value::none))
}
pub fn property_set_doc(_vm: &mut Vm, v: &Value, d: Option<Value>) -> PyResult<()> {
    if let Some(p) = v.downcast::<PropertyData>() {
        p.doc.set(d);
    }
    Ok(())
}

// ---- classmethod / staticmethod ------------------------------------------------------------------

pub const CLASSMETHOD_METHODS: &[MethodDef] = &[
    staticmethod("__new__", classmethod_new),
    method("__init__", wrapper_init),
    method("__get__", classmethod_get),
    method("__repr__", wrapper_repr),
];

pub const STATICMETHOD_METHODS: &[MethodDef] = &[
    staticmethod("__new__", staticmethod_new),
    method("__init__", wrapper_init),
    method("__get__", staticmethod_get),
    method("__call__", staticmethod_call),
    method("__repr__", wrapper_repr),
];

fn classmethod_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    Ok(crate::types::typeobj::alloc_instance(cls, ClassMethodData { func: Cell::new(None), dict: Cell::new(None) }))
}

fn staticmethod_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    Ok(crate::types::typeobj::alloc_instance(cls, StaticMethodData { func: Cell::new(None), dict: Cell::new(None) }))
}

/// The wrapped callable of a classmethod/staticmethod.
pub fn wrapped(v: &Value) -> Option<Value> {
    match v.kind() {
        Kind::ClassMethod => v.downcast::<ClassMethodData>().and_then(|c| c.func.get_value()),
        Kind::StaticMethod => v.downcast::<StaticMethodData>().and_then(|c| c.func.get_value()),
        _ => None,
    }
}

fn wrapper_init(vm: &mut Vm, args: Args) -> PyResult {
    let what = if args.all.first().map(|v| v.kind() == Kind::ClassMethod).unwrap_or(false) { "classmethod" } else { "staticmethod" };
    args.no_kwargs(what)?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(type_error(format!("{what} expected 1 argument, got {}", pos.len().saturating_sub(1))));
    }
    let me = &pos[0];
    let f = pos[1].clone();
    match me.kind() {
        Kind::ClassMethod => me.downcast::<ClassMethodData>().map(|c| c.func.set(Some(f.clone()))),
        _ => me.downcast::<StaticMethodData>().map(|c| c.func.set(Some(f.clone()))),
    };
    // Copy __doc__/__name__/__qualname__/__module__/__wrapped__ like functools.wraps (3.10+).
    let d = Value::dict();
    for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
        if let Some(v) = vm.getattr_opt(&f, &Value::intern(name))? {
            vm.setitem(&d, &Value::intern(name), &v)?;
        }
    }
    vm.setitem(&d, &Value::intern("__wrapped__"), &f)?;
    match me.kind() {
        Kind::ClassMethod => me.downcast::<ClassMethodData>().map(|c| c.dict.set(Some(d))),
        _ => me.downcast::<StaticMethodData>().map(|c| c.dict.set(Some(d))),
    };
    Ok(Value::none())
}

fn classmethod_get(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__get__", 1, 2)?;
    let f = wrapped(&pos[0]).ok_or_else(|| runtime_error("uninitialized classmethod object"))?;
    let cls = match pos.get(2) {
        Some(c) if c.kind() != Kind::NoneType => c.clone(),
        _ => pos[1].class(),
    };
    // 3.9-3.12: chain through the wrapped object's __get__ when it has one.
    if f.kind() != Kind::Function {
        if let Some(get) = crate::types::typeobj::lookup_str(&f.class(), "__get__") {
            return vm.call(&get, &[f.clone(), cls.clone(), cls]);
        }
    }
    Ok(crate::types::function::new_bound_method(f, cls))
}

fn staticmethod_get(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__get__", 1, 2)?;
    wrapped(&pos[0]).ok_or_else(|| runtime_error("uninitialized staticmethod object"))
}

fn staticmethod_call(vm: &mut Vm, args: Args) -> PyResult {
    let f = wrapped(args.self_()).ok_or_else(|| runtime_error("uninitialized staticmethod object"))?;
    vm.call_args(&f, Args { all: &args.all[1..], kwnames: args.kwnames })
}

fn wrapper_repr(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let f = wrapped(me).unwrap_or_else(Value::none);
    let name = if me.kind() == Kind::ClassMethod { "classmethod" } else { "staticmethod" };
    Ok(Value::string(format!("<{name}({})>", vm.repr_string(&f)?)))
}

pub fn wrapper_dict(_vm: &mut Vm, v: &Value) -> PyResult {
    let c = match v.kind() {
        Kind::ClassMethod => v.downcast::<ClassMethodData>().map(|c| &c.dict),
        _ => v.downcast::<StaticMethodData>().map(|c| &c.dict),
    };
    let Some(c) = c else { return Ok(Value::none()) };
    if let Some(d) = c.get_value() {
        return Ok(d);
    }
    let d = Value::dict();
    c.set(Some(d.clone()));
    Ok(d)
}

pub fn wrapper_func(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(wrapped(v).unwrap_or_else(Value::none))
}

pub fn wrapper_isabstract(vm: &mut Vm, v: &Value) -> PyResult {
    let f = wrapped(v).unwrap_or_else(Value::none);
    match vm.getattr_opt(&f, &Value::intern("__isabstractmethod__"))? {
        Some(x) => Ok(Value::bool(vm.truthy(&x)?)),
        None => Ok(Value::bool(false)),
    }
}

// ---- getset / member descriptors --------------------------------------------------------------

pub const GETSET_METHODS: &[MethodDef] = &[
    method("__get__", introspect::getset_get),
    method("__set__", introspect::getset_set),
    method("__delete__", introspect::getset_delete),
    method("__repr__", introspect::getset_repr),
];

/// `__name__`, `__qualname__`, `__objclass__` (inspect.getattr_static checks a class's
/// `__dict__` descriptor by them) and `__doc__`.
pub const GETSET_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("__name__", introspect::getset_name, None),
    ("__qualname__", introspect::getset_qualname, None),
    ("__objclass__", introspect::getset_objclass, None),
    ("__doc__", introspect::no_doc, None),
];
pub const MEMBER_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("__name__", introspect::member_name, None),
    ("__qualname__", introspect::member_qualname, None),
    ("__objclass__", introspect::member_objclass, None),
    ("__doc__", introspect::no_doc, None),
];

/// What introspection (inspect, pydoc) and explicit descriptor calls (`d.__get__(obj)`)
/// use and ordinary attribute access does not (attr.rs handles getsets and members
/// itself): the wasm build keeps it in the "cold" chunk (packer/src/split.rs).
pub mod introspect {
    use super::{member_get, member_set, GetSetData, MemberData};
    use crate::error::{attribute_error, type_error, PyResult};
    use crate::object::{CellValue, Kind};
    use crate::runtime::{rt, BT};
    use crate::types::builtin::Args;
    use crate::types::typeobj::{is_subtype_ptr, tdata, tflag, type_name};
    use crate::value::Value;
    use crate::vm::Vm;

    pub fn getset_get(vm: &mut Vm, args: Args) -> PyResult {
        let pos = args.check_method("__get__", 1, 2)?;
        let g = pos[0].downcast::<GetSetData>().ok_or_else(|| type_error("expected getset_descriptor"))?;
        if pos[1].kind() == Kind::NoneType {
            return Ok(pos[0].clone());
        }
        getset_check(g, &pos[1])?;
        (g.get)(vm, &pos[1])
    }

    /// CPython's `descr_check`: a descriptor called explicitly applies only to its class.
    fn getset_check(g: &GetSetData, obj: &Value) -> PyResult<()> {
        match g.objclass.get_value() {
            Some(t) if !is_subtype_ptr(obj.class_ptr(), t.as_ptr()) => {
                Err(type_error(format!("descriptor '{}' for '{}' objects doesn't apply to a '{}' object", g.name, tdata(&t).name_str(), type_name(obj))))
            }
            _ => Ok(()),
        }
    }

    pub fn getset_set(vm: &mut Vm, args: Args) -> PyResult {
        let pos = args.check_method("__set__", 2, 2)?;
        let g = pos[0].downcast::<GetSetData>().ok_or_else(|| type_error("expected getset_descriptor"))?;
        getset_check(g, &pos[1])?;
        match g.set {
            Some(s) => s(vm, &pos[1], Some(pos[2].clone())).map(|_| Value::none()),
            None => Err(attribute_error(format!("attribute '{}' of '{}' objects is not writable", g.name, g.owner))),
        }
    }

    pub fn getset_delete(vm: &mut Vm, args: Args) -> PyResult {
        let pos = args.check_method("__delete__", 1, 1)?;
        let g = pos[0].downcast::<GetSetData>().ok_or_else(|| type_error("expected getset_descriptor"))?;
        getset_check(g, &pos[1])?;
        match g.set {
            Some(s) => s(vm, &pos[1], None).map(|_| Value::none()),
            None => Err(attribute_error(format!("attribute '{}' of '{}' objects is not writable", g.name, g.owner))),
        }
    }

    pub fn getset_repr(_vm: &mut Vm, args: Args) -> PyResult {
        let g = args.self_().downcast::<GetSetData>().ok_or_else(|| type_error("expected getset_descriptor"))?;
        Ok(Value::string(format!("<attribute '{}' of '{}' objects>", g.name, g.owner)))
    }

    pub fn member_get_m(_vm: &mut Vm, args: Args) -> PyResult {
        let pos = args.check_method("__get__", 1, 2)?;
        let m = pos[0].downcast::<MemberData>().ok_or_else(|| type_error("expected member_descriptor"))?;
        if pos[1].kind() == Kind::NoneType {
            return Ok(pos[0].clone());
        }
        member_get(m, &pos[1])
    }

    pub fn member_set_m(_vm: &mut Vm, args: Args) -> PyResult {
        let pos = args.check_method("__set__", 2, 2)?;
        let m = pos[0].downcast::<MemberData>().ok_or_else(|| type_error("expected member_descriptor"))?;
        member_set(m, &pos[1], Some(pos[2].clone()))?;
        Ok(Value::none())
    }

    pub fn member_delete_m(_vm: &mut Vm, args: Args) -> PyResult {
        let pos = args.check_method("__delete__", 1, 1)?;
        let m = pos[0].downcast::<MemberData>().ok_or_else(|| type_error("expected member_descriptor"))?;
        member_set(m, &pos[1], None)?;
        Ok(Value::none())
    }

    pub fn member_repr(_vm: &mut Vm, args: Args) -> PyResult {
        let m = args.self_().downcast::<MemberData>().ok_or_else(|| type_error("expected member_descriptor"))?;
        Ok(Value::string(format!(
            "<member '{}' of '{}' objects>",
            m.name.as_str().unwrap_or(""),
            tdata(&m.owner).name_str()
        )))
    }


    fn gs(v: &Value) -> PyResult<&GetSetData> {
        v.downcast::<GetSetData>().ok_or_else(|| type_error("expected getset_descriptor"))
    }
    pub fn getset_name(_vm: &mut Vm, v: &Value) -> PyResult {
        Ok(Value::intern(gs(v)?.name))
    }
    pub fn getset_qualname(_vm: &mut Vm, v: &Value) -> PyResult {
        let g = gs(v)?;
        let owner = g.objclass.get_value().map_or_else(|| g.owner.to_owned(), |t| type_qualname(&t));
        Ok(Value::string(format!("{owner}.{}", g.name)))
    }
    pub fn getset_objclass(_vm: &mut Vm, v: &Value) -> PyResult {
        Ok(gs(v)?.objclass.get_value().unwrap_or_else(Value::none))
    }
    pub fn no_doc(_vm: &mut Vm, _v: &Value) -> PyResult {
        Ok(Value::none())
    }
    fn mem(v: &Value) -> PyResult<&MemberData> {
        v.downcast::<MemberData>().ok_or_else(|| type_error("expected member_descriptor"))
    }
    pub fn member_name(_vm: &mut Vm, v: &Value) -> PyResult {
        Ok(mem(v)?.name.clone())
    }
    pub fn member_qualname(_vm: &mut Vm, v: &Value) -> PyResult {
        let m = mem(v)?;
        Ok(Value::string(format!("{}.{}", type_qualname(&m.owner), m.name.as_str().unwrap_or(""))))
    }
    fn type_qualname(t: &Value) -> String {
        tdata(t).qualname.get_value().and_then(|q| q.as_str().map(str::to_owned)).unwrap_or_default()
    }
    pub fn member_objclass(_vm: &mut Vm, v: &Value) -> PyResult {
        Ok(mem(v)?.owner.clone())
    }

    /// `type.__flags__`: CPython's `tp_flags` bits that Python code tests
    /// (`inspect.isabstract`): heap type, base type, abstract, GC, ready, version tag,
    /// immutable (static types), and the fast subclass bits.
    pub fn type_flags(_vm: &mut Vm, v: &Value) -> PyResult {
        let f = tdata(v).flags.get();
        let mut bits: i64 = (1 << 12) | (1 << 18);
        for (ours, theirs) in [(tflag::HEAPTYPE, 9), (tflag::BASETYPE, 10), (tflag::ABSTRACT, 20)] {
            if f & ours != 0 {
                bits |= 1 << theirs;
            }
        }
        bits |= if f & tflag::HEAPTYPE != 0 { 1 << 14 } else { 1 << 8 };
        for (t, bit) in [(BT::Int, 24), (BT::List, 25), (BT::Tuple, 26), (BT::Bytes, 27), (BT::Str, 28), (BT::Dict, 29), (BT::BaseException, 30), (BT::Type, 31)] {
            if is_subtype_ptr(v.as_ptr(), rt().ty_ptr(t)) {
                bits |= 1 << bit;
            }
        }
        Ok(Value::int(bits))
    }
}

pub const MEMBER_METHODS: &[MethodDef] = &[
    method("__get__", introspect::member_get_m),
    method("__set__", introspect::member_set_m),
    method("__delete__", introspect::member_delete_m),
    method("__repr__", introspect::member_repr),
];

// ---- super ----------------------------------------------------------------------------------

pub const SUPER_METHODS: &[MethodDef] = &[
    staticmethod("__new__", super_new),
    method("__init__", super_init),
    method("__getattribute__", super_getattribute),
    method("__get__", super_get),
    method("__repr__", super_repr),
];

fn super_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    Ok(crate::types::typeobj::alloc_instance(cls, SuperData { type_: Value::none(), obj: None, obj_type: None }))
}

fn super_init(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    args.no_kwargs("super")?;
    crate::types::builtin::check_positional("super()", pos.len() - 1, 0, 2)?;
    let me = &pos[0];
    let (t, obj) = match pos.len() {
        1 => vm.super_implicit_args()?,
        2 => (pos[1].clone(), None),
        _ => (pos[1].clone(), Some(pos[2].clone())),
    };
    let s = vm.make_super_data(&t, obj.as_ref())?;
    // SAFETY: the super object is freshly created by __new__ and not shared yet; fields are
    // written once here (matching CPython's super_init semantics).
    let sd = me.downcast::<SuperData>().ok_or_else(|| type_error("expected super"))?;
    let p = sd as *const SuperData as *mut SuperData;
    unsafe {
        (*p).type_ = s.type_;
        (*p).obj = s.obj;
        (*p).obj_type = s.obj_type;
    }
    Ok(Value::none())
}

fn super_getattribute(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__getattribute__", 1, 1)?;
    vm.super_getattr(&pos[0], &pos[1])
}

fn super_get(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__get__", 1, 2)?;
    let s = pos[0].downcast::<SuperData>().ok_or_else(|| type_error("expected super"))?;
    if pos[1].kind() == Kind::NoneType || s.obj.is_some() {
        return Ok(pos[0].clone());
    }
    let t = s.type_.clone();
    vm.new_super(&t, &pos[1])
}

fn super_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let s = args.self_().downcast::<SuperData>().ok_or_else(|| type_error("expected super"))?;
    let tn = if s.type_.kind() == Kind::Type { tdata(&s.type_).name_str() } else { "NULL".into() };
    Ok(Value::string(match &s.obj_type {
        Some(ot) => format!("<super: <class '{tn}'>, <{} object>>", tdata(ot).name_str()),
        None => format!("<super: <class '{tn}'>, NULL>"),
    }))
}
