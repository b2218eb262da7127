//! Attribute access: `getattr`/`setattr`/`delattr` with the descriptor protocol, instance
//! dicts, type and module attribute rules, the method-lookup fast path used by LOAD_METHOD,
//! and `super`.

use crate::error::{attribute_error, type_error, ExcType, PyErr, PyResult};
use crate::object::{CellValue, Kind};
use crate::runtime::{rt, BT};
use crate::types::descr::{member_get, member_set, GetSetData, MemberData, SuperData};
use crate::types::dict::DictData;
use crate::types::typeobj::{is_subtype_ptr, lookup, sflag, tdata, tflag, type_name, type_set_attr};
use crate::value::Value;
use crate::vm::Vm;

/// Whether a descriptor found on a type is a data descriptor (defines `__set__`/`__delete__`).
fn is_data_descr(d: &Value) -> bool {
    match d.kind() {
        Kind::Property | Kind::GetSet | Kind::Member => true,
        Kind::Function | Kind::MethodDescr | Kind::Builtin | Kind::ClassMethod | Kind::StaticMethod | Kind::Int | Kind::Str | Kind::NoneType | Kind::Float | Kind::Tuple | Kind::List | Kind::Dict | Kind::Bool => false,
        _ => {
            let c = d.class();
            crate::types::typeobj::lookup_str(&c, "__set__").is_some() || crate::types::typeobj::lookup_str(&c, "__delete__").is_some()
        }
    }
}

impl Vm {
    /// The instance `__dict__` of `v`, if it has one (without creating it).
    pub fn instance_dict(&mut self, v: &Value) -> Option<Value> {
        match v.kind() {
            Kind::Module => crate::types::module::module_dict(v),
            Kind::Function => v.downcast::<crate::types::function::FunctionData>().and_then(|f| f.dict.get_value()),
            Kind::Exception => v.downcast::<crate::types::exception::ExceptionData>().and_then(|e| e.dict.get_value()),
            Kind::Type => Some(tdata(v).dict()),
            Kind::ClassMethod => v.downcast::<crate::types::descr::ClassMethodData>().and_then(|c| c.dict.get_value()),
            Kind::StaticMethod => v.downcast::<crate::types::descr::StaticMethodData>().and_then(|c| c.dict.get_value()),
            _ => v.ext_dict_slot().and_then(|s| s.get_value()),
        }
    }

    /// The instance `__dict__`, created on first use.
    pub fn instance_dict_create(&mut self, v: &Value) -> Option<Value> {
        if let Some(d) = self.instance_dict(v) {
            return Some(d);
        }
        let cell = match v.kind() {
            Kind::Function => v.downcast::<crate::types::function::FunctionData>().map(|f| &f.dict),
            Kind::ClassMethod => v.downcast::<crate::types::descr::ClassMethodData>().map(|c| &c.dict),
            Kind::StaticMethod => v.downcast::<crate::types::descr::StaticMethodData>().map(|c| &c.dict),
            Kind::Exception => v.downcast::<crate::types::exception::ExceptionData>().map(|e| &e.dict),
            _ => v.ext_dict_slot(),
        }?;
        let d = Value::dict();
        cell.set(Some(d.clone()));
        Some(d)
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult {
        let slots = crate::types::typeobj::tdata_ptr(obj.class_ptr()).slots.get();
        let r = if slots & sflag::GETATTRIBUTE != 0 {
            match lookup(&obj.class(), &crate::runtime::intern_static("__getattribute__")) {
                Some(f) => self.call_unbound(&f, obj, &[name.clone()]),
                None => self.generic_getattr(obj, name),
            }
        } else if obj.kind() == Kind::Super {
            self.super_getattr(obj, name)
        } else if obj.kind() == Kind::BoundMethod {
            // method_getattro: the method's own attributes, then the function's.
            match self.generic_getattr(obj, name) {
                Err(e) if e.matches(ExcType::AttributeError) => {
                    let f = obj.downcast::<crate::types::function::BoundMethodData>().map(|m| m.func.clone()).unwrap_or_else(Value::none);
                    self.getattr(&f, name)
                }
                r => r,
            }
        } else {
            self.generic_getattr(obj, name)
        };
        match r {
            Err(e) if slots & sflag::GETATTR != 0 && obj.kind() != Kind::Module && e.matches(ExcType::AttributeError) => {
                match lookup(&obj.class(), &crate::runtime::intern_static("__getattr__")) {
                    Some(ga) => self.call_unbound(&ga, obj, &[name.clone()]),
                    None => Err(e),
                }
            }
            r => r,
        }
    }

    /// `getattr(obj, name, None)`-like: AttributeError becomes `None`.
    pub fn getattr_opt(&mut self, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
        match self.getattr(obj, name) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(ExcType::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Calls a descriptor's `__get__(obj, cls)` (native kinds handled directly).
    pub fn descr_get(&mut self, d: &Value, obj: Option<&Value>, cls: &Value) -> PyResult {
        match d.kind() {
            Kind::Function => match obj {
                Some(o) => Ok(crate::types::function::new_bound_method(d.clone(), o.clone())),
                None => Ok(d.clone()),
            },
            Kind::MethodDescr => {
                let md = d.downcast::<crate::types::builtin::MethodDescrData>().ok_or_else(|| type_error("bad descriptor"))?;
                let owner = crate::types::typeobj::static_type_name(md.owner);
                if md.def.kind == crate::types::builtin::MethodKind::Class {
                    let c = match obj {
                        Some(o) => o.class(),
                        None => cls.clone(),
                    };
                    return Ok(crate::types::new_bound_builtin(&md.def, c, owner));
                }
                match obj {
                    Some(o) => {
                        if !is_subtype_ptr(o.class_ptr(), md.owner) {
                            return Err(type_error(format!(
                                "descriptor '{}' for '{owner}' objects doesn't apply to a '{}' object",
                                md.def.name,
                                type_name(o)
                            )));
                        }
                        Ok(crate::types::new_bound_builtin(&md.def, o.clone(), owner))
                    }
                    None => Ok(d.clone()),
                }
            }
            Kind::StaticMethod => Ok(crate::types::descr::wrapped(d).unwrap_or_else(Value::none)),
            Kind::ClassMethod => {
                let f = crate::types::descr::wrapped(d).unwrap_or_else(Value::none);
                let c = match obj {
                    Some(o) if cls.kind() == Kind::NoneType => o.class(),
                    _ => cls.clone(),
                };
                if f.kind() != Kind::Function {
                    if let Some(get) = crate::types::typeobj::lookup_str(&f.class(), "__get__") {
                        return self.call(&get, &[f.clone(), c.clone(), c]);
                    }
                }
                Ok(crate::types::function::new_bound_method(f, c))
            }
            Kind::Property if d.class_ptr() == rt().ty_ptr(BT::Property) => match obj {
                Some(o) => {
                    let p = d.downcast::<crate::types::descr::PropertyData>().ok_or_else(|| type_error("bad property"))?;
                    match p.fget.get_value() {
                        Some(f) => self.call(&f, std::slice::from_ref(o)),
                        None => {
                            let n = p.name.get_value().and_then(|n| n.as_str().map(|s| s.to_owned()));
                            Err(attribute_error(match n {
                                Some(n) => format!("property '{n}' of '{}' object has no getter", type_name(o)),
                                None => format!("property of '{}' object has no getter", type_name(o)),
                            }))
                        }
                    }
                }
                None => Ok(d.clone()),
            },
            Kind::GetSet => match obj {
                Some(o) => {
                    let g = d.downcast::<GetSetData>().ok_or_else(|| type_error("bad getset"))?;
                    (g.get)(self, o)
                }
                None => Ok(d.clone()),
            },
            Kind::Member => match obj {
                Some(o) => member_get(d.downcast::<MemberData>().ok_or_else(|| type_error("bad member"))?, o),
                None => Ok(d.clone()),
            },
            _ => match crate::types::typeobj::lookup_str(&d.class(), "__get__") {
                Some(get) => {
                    let o = obj.cloned().unwrap_or_else(Value::none);
                    self.call(&get, &[d.clone(), o, cls.clone()])
                }
                None => Ok(d.clone()),
            },
        }
    }

    /// `object.__getattribute__` (and `type.__getattribute__` for type objects).
    pub fn generic_getattr(&mut self, obj: &Value, name: &Value) -> PyResult {
        if obj.kind() == Kind::Type {
            return self.type_getattr(obj, name);
        }
        let cls = obj.class();
        let descr = lookup(&cls, name);
        if let Some(d) = &descr {
            if is_data_descr(d) && has_get(d) {
                return self.descr_get(d, Some(obj), &cls);
            }
        }
        if let Some(dict) = self.instance_dict(obj) {
            let found = match dict.downcast::<DictData>() {
                Some(dd) if dict.class_ptr() == rt().ty_ptr(BT::Dict) && name.as_str().is_some() => dd.get_str(name),
                _ => match self.getitem(&dict, name) {
                    Ok(v) => Some(v),
                    Err(e) if e.matches(ExcType::KeyError) => None,
                    Err(e) => return Err(e),
                },
            };
            if let Some(v) = found {
                return Ok(v);
            }
        }
        if let Some(d) = descr {
            return self.descr_get(&d, Some(obj), &cls);
        }
        if obj.kind() == Kind::Module {
            // PEP 562 module __getattr__.
            if let Some(dict) = crate::types::module::module_dict(obj) {
                if let Some(f) = dict.downcast::<DictData>().and_then(|d| d.get_item_str("__getattr__")) {
                    return self.call(&f, std::slice::from_ref(name));
                }
                let mname = dict.downcast::<DictData>().and_then(|d| d.get_item_str("__name__")).and_then(|n| n.as_str().map(|s| s.to_owned()));
                let n = name.as_str().unwrap_or("");
                let initializing = match dict.downcast::<DictData>().and_then(|d| d.get_item_str("__spec__")) {
                    Some(spec) if !spec.is_none() => {
                        self.getattr_opt(&spec, &Value::intern("_initializing"))?.is_some_and(|v| v.is(&Value::bool(true)))
                    }
                    _ => false,
                };
                return Err(attr_err(
                    match mname {
                        Some(m) if initializing => {
                            format!("partially initialized module '{m}' has no attribute '{n}' (most likely due to a circular import)")
                        }
                        Some(m) => format!("module '{m}' has no attribute '{n}'"),
                        None => format!("module has no attribute '{n}'"),
                    },
                    obj,
                    name,
                ));
            }
        }
        Err(attr_err(format!("'{}' object has no attribute '{}'", type_name(obj), name.as_str().unwrap_or("")), obj, name))
    }

    /// `type.__getattribute__`.
    fn type_getattr(&mut self, cls: &Value, name: &Value) -> PyResult {
        let meta = cls.class();
        let meta_attr = lookup(&meta, name);
        if let Some(m) = &meta_attr {
            if is_data_descr(m) {
                return self.descr_get(m, Some(cls), &meta);
            }
        }
        if let Some(a) = lookup(cls, name) {
            return match a.kind() {
                Kind::Function | Kind::MethodDescr if a.kind() == Kind::Function => Ok(a),
                Kind::MethodDescr => self.descr_get(&a, None, cls),
                _ => self.descr_get(&a, None, cls),
            };
        }
        if let Some(m) = meta_attr {
            return self.descr_get(&m, Some(cls), &meta);
        }
        Err(attr_err(
            format!("type object '{}' has no attribute '{}'", tdata(cls).name_str(), name.as_str().unwrap_or("")),
            cls,
            name,
        ))
    }

    /// `setattr(obj, name, value)`; `value` None means `delattr`.
    pub fn setattr(&mut self, obj: &Value, name: &Value, value: &Value) -> PyResult<()> {
        self.setattr_opt(obj, name, Some(value))
    }

    pub fn delattr(&mut self, obj: &Value, name: &Value) -> PyResult<()> {
        self.setattr_opt(obj, name, None)
    }

    fn setattr_opt(&mut self, obj: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
        let slots = crate::types::typeobj::tdata_ptr(obj.class_ptr()).slots.get();
        let (bit, hook) = if value.is_some() { (sflag::SETATTR, "__setattr__") } else { (sflag::DELATTR, "__delattr__") };
        if slots & bit != 0 {
            if let Some(f) = lookup(&obj.class(), &crate::runtime::intern_static(hook)) {
                let mut args = vec![name.clone()];
                if let Some(v) = value {
                    args.push(v.clone());
                }
                self.call_unbound(&f, obj, &args)?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, value)
    }

    /// `object.__setattr__` / `object.__delattr__` (and type/module variants).
    pub fn generic_setattr(&mut self, obj: &Value, name: &Value, value: Option<&Value>) -> PyResult<()> {
        if name.as_str().is_none() {
            return Err(type_error(format!("attribute name must be string, not '{}'", type_name(name))));
        }
        let name = crate::types::str::intern_value(name);
        let cls = obj.class();
        if let Some(d) = lookup(&cls, &name) {
            match d.kind() {
                Kind::Member => return member_set(d.downcast::<MemberData>().ok_or_else(|| type_error("bad member"))?, obj, value.cloned()),
                Kind::GetSet => {
                    let g = d.downcast::<GetSetData>().ok_or_else(|| type_error("bad getset"))?;
                    return match g.set {
                        Some(s) => s(self, obj, value.cloned()),
                        None => Err(attribute_error(format!("attribute '{}' of '{}' objects is not writable", g.name, g.owner))),
                    };
                }
                Kind::Property if d.class_ptr() == rt().ty_ptr(BT::Property) => {
                    let p = d.downcast::<crate::types::descr::PropertyData>().ok_or_else(|| type_error("bad property"))?;
                    let f = if value.is_some() { p.fset.get_value() } else { p.fdel.get_value() };
                    return match f {
                        Some(f) => {
                            let mut args = vec![obj.clone()];
                            if let Some(v) = value {
                                args.push(v.clone());
                            }
                            self.call(&f, &args).map(|_| ())
                        }
                        None => {
                            let n = p.name.get_value().and_then(|n| n.as_str().map(|s| s.to_owned()));
                            let what = if value.is_some() { "setter" } else { "deleter" };
                            Err(attribute_error(match n {
                                Some(n) => format!("property '{n}' of '{}' object has no {what}", type_name(obj)),
                                None => format!("property of '{}' object has no {what}", type_name(obj)),
                            }))
                        }
                    };
                }
                Kind::Function | Kind::MethodDescr | Kind::Builtin | Kind::ClassMethod | Kind::StaticMethod => {}
                _ => {
                    let dc = d.class();
                    let hook = if value.is_some() { "__set__" } else { "__delete__" };
                    if let Some(f) = crate::types::typeobj::lookup_str(&dc, hook) {
                        let mut args = vec![d.clone(), obj.clone()];
                        if let Some(v) = value {
                            args.push(v.clone());
                        }
                        self.call(&f, &args)?;
                        return Ok(());
                    }
                    // A data descriptor missing the hook for this direction (CPython's
                    // slot_tp_descr_set looks it up and fails with its name).
                    let other = if value.is_some() { "__delete__" } else { "__set__" };
                    if crate::types::typeobj::lookup_str(&dc, other).is_some() {
                        return Err(attribute_error(hook));
                    }
                }
            }
        }
        if obj.kind() == Kind::Type {
            if tdata(obj).flags.get() & tflag::HEAPTYPE == 0 {
                return Err(type_error(format!(
                    "cannot set '{}' attribute of immutable type '{}'",
                    name.as_str().unwrap_or(""),
                    tdata(obj).name_str()
                )));
            }
            return type_set_attr(obj, &name, value.cloned());
        }
        match self.instance_dict_create(obj) {
            Some(dict) => {
                match value {
                    Some(v) => {
                        if let Some(dd) = dict.downcast::<DictData>() {
                            if dict.class_ptr() == rt().ty_ptr(BT::Dict) {
                                dd.set_str(name, v.clone());
                                return Ok(());
                            }
                        }
                        self.setitem(&dict, &name, v)?;
                    }
                    None => {
                        let removed = match dict.downcast::<DictData>() {
                            Some(dd) => dd.del_str(&name).is_some(),
                            None => false,
                        };
                        if !removed {
                            return Err(attr_err(
                                format!("'{}' object has no attribute '{}'", type_name(obj), name.as_str().unwrap_or("")),
                                obj,
                                &name,
                            ));
                        }
                    }
                }
                Ok(())
            }
            None => {
                let n = name.as_str().unwrap_or("");
                if lookup(&cls, &name).is_some() && value.is_some() {
                    return Err(attribute_error(format!("'{}' object attribute '{n}' is read-only", type_name(obj))));
                }
                Err(attr_err(format!("'{}' object has no attribute '{n}'", type_name(obj)), obj, &name))
            }
        }
    }

    /// For LOAD_METHOD: the unbound callable and `true` when `obj.name(...)` can call
    /// `callable(obj, ...)` directly; else the bound attribute and `false`.
    pub fn get_method(&mut self, obj: &Value, name: &Value) -> PyResult<(Value, bool)> {
        let cls = obj.class();
        if obj.kind() != Kind::Type && obj.kind() != Kind::Super && !crate::ops::has_custom_getattribute(&cls) {
            if let Some(d) = lookup(&cls, name) {
                if matches!(d.kind(), Kind::Function | Kind::MethodDescr) {
                    let is_class_md = d
                        .downcast::<crate::types::builtin::MethodDescrData>()
                        .map(|m| m.def.kind == crate::types::builtin::MethodKind::Class)
                        .unwrap_or(false);
                    if !is_class_md {
                        let shadowed = match self.instance_dict(obj) {
                            Some(dict) => dict.downcast::<DictData>().and_then(|dd| dd.get_str(name)),
                            None => None,
                        };
                        match shadowed {
                            Some(v) => return Ok((v, false)),
                            None => return Ok((d, true)),
                        }
                    }
                }
            }
        }
        Ok((self.getattr(obj, name)?, false))
    }

    // ---- super ----------------------------------------------------------------------------

    /// Validates and builds the fields of `super(type, obj)`.
    pub fn make_super_data(&mut self, t: &Value, obj: Option<&Value>) -> PyResult<SuperData> {
        if t.kind() != Kind::Type {
            return Err(type_error(format!("super() argument 1 must be a type, not {}", type_name(t))));
        }
        let obj_type = match obj {
            None => None,
            Some(o) => {
                if o.kind() == Kind::Type && is_subtype_ptr(o.as_ptr(), t.as_ptr()) {
                    Some(o.clone())
                } else if is_subtype_ptr(o.class_ptr(), t.as_ptr()) {
                    Some(o.class())
                } else {
                    match self.getattr_opt(o, &Value::intern("__class__"))? {
                        Some(c) if c.kind() == Kind::Type && is_subtype_ptr(c.as_ptr(), t.as_ptr()) => Some(c),
                        _ => return Err(type_error("super(type, obj): obj must be an instance or subtype of type")),
                    }
                }
            }
        };
        Ok(SuperData { type_: t.clone(), obj: obj.cloned(), obj_type })
    }

    /// `super(t, obj)` as a value.
    pub fn new_super(&mut self, t: &Value, obj: &Value) -> PyResult {
        let d = self.make_super_data(t, Some(obj))?;
        Ok(crate::object::alloc_obj(&rt().ty_borrowed(BT::Super), d, 0))
    }

    /// Zero-argument `super()`: the enclosing method's `__class__` cell and first argument.
    pub fn super_implicit_args(&mut self) -> PyResult<(Value, Option<Value>)> {
        let Some(f) = self.frames.last() else { return Err(PyErr::new(ExcType::RuntimeError, "super(): no current frame")) };
        let code = f.code_data();
        if code.code.argcount == 0 && code.code.flags & pygmy_bytecode::code::flags::VARARGS == 0 {
            return Err(PyErr::new(ExcType::RuntimeError, "super(): no arguments"));
        }
        let first = f.slots.first().cloned().flatten();
        // The first argument may live in a cell (if captured).
        let first = match first {
            Some(v) if code.code.localsplus_kinds.first().map(|k| k & pygmy_bytecode::code::local_kind::CELL != 0).unwrap_or(false) => {
                v.downcast::<crate::types::function::CellData>().and_then(|c| c.get())
            }
            other => other,
        };
        let Some(first) = first else { return Err(PyErr::new(ExcType::RuntimeError, "super(): arg[0] deleted")) };
        for (i, n) in code.varnames.iter().enumerate() {
            if n.as_str() == Some("__class__") && code.code.localsplus_kinds[i] & pygmy_bytecode::code::local_kind::FREE != 0 {
                let cell = f.slots[i].clone();
                let cls = cell.and_then(|c| c.downcast::<crate::types::function::CellData>().and_then(|c| c.get()));
                return match cls {
                    Some(c) if c.kind() == Kind::Type => Ok((c, Some(first))),
                    Some(_) => Err(PyErr::new(ExcType::RuntimeError, "super(): __class__ is not a type")),
                    None => Err(PyErr::new(ExcType::RuntimeError, "super(): empty __class__ cell")),
                };
            }
        }
        Err(PyErr::new(ExcType::RuntimeError, "super(): __class__ cell not found"))
    }

    /// Attribute lookup through a super object.
    pub fn super_getattr(&mut self, sup: &Value, name: &Value) -> PyResult {
        let s = sup.downcast::<SuperData>().ok_or_else(|| type_error("expected super"))?;
        let (t, obj, obj_type) = (s.type_.clone(), s.obj.clone(), s.obj_type.clone());
        let skip = name.as_str() == Some("__class__");
        if let (Some(ot), false) = (&obj_type, skip) {
            let mro = tdata(ot).mro_values();
            let mut found_t = false;
            for c in mro {
                if !found_t {
                    if c.is(&t) {
                        found_t = true;
                    }
                    continue;
                }
                let d = tdata(&c).dict();
                if let Some(v) = d.downcast::<DictData>().and_then(|d| d.get_str(name)) {
                    let inst = obj.as_ref().filter(|o| !o.is(ot));
                    return self.descr_get(&v, inst, ot);
                }
            }
        }
        self.generic_getattr(sup, name)
    }
}

/// Whether a descriptor has `__get__` (data descriptors without one yield to the instance dict).
fn has_get(d: &Value) -> bool {
    match d.kind() {
        Kind::Property | Kind::GetSet | Kind::Member | Kind::Function | Kind::MethodDescr | Kind::ClassMethod | Kind::StaticMethod => true,
        _ => crate::types::typeobj::lookup_str(&d.class(), "__get__").is_some(),
    }
}

/// An AttributeError with `name` and `obj` set (used for suggestions in tracebacks).
fn attr_err(msg: String, obj: &Value, name: &Value) -> PyErr {
    let e = PyErr::new(ExcType::AttributeError, msg);
    if let Some(d) = crate::types::exception::exc_data(&e.0) {
        d.set_extra("name", name.clone());
        d.set_extra("obj", obj.clone());
    }
    e
}
