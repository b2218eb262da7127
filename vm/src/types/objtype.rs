//! `object` (the root of every class), and the singletons' types: `NoneType`,
//! `NotImplementedType`, `ellipsis` and `bool`.

use crate::error::{type_error, PyResult};
use crate::object::{alloc_obj, CellValue, Kind};
use crate::runtime::{rt, BT};
use crate::types::builtin::{classmethod, method, staticmethod, Args, MethodDef};
use crate::types::typeobj::{abstract_error, lookup_str, tdata, tflag, type_module, type_name, type_qualname};
use crate::value::Value;
use crate::vm::Vm;

impl Value {
    #[inline(always)]
    pub fn none() -> Value {
        // SAFETY: the singletons are immortal after init.
        unsafe { Value::from_ptr(rt().none.get()) }
    }
    #[inline(always)]
    pub fn bool(b: bool) -> Value {
        // SAFETY: as above.
        unsafe { Value::from_ptr(if b { rt().true_.get() } else { rt().false_.get() }) }
    }
    #[inline(always)]
    pub fn not_implemented() -> Value {
        // SAFETY: as above.
        unsafe { Value::from_ptr(rt().not_implemented.get()) }
    }
    #[inline(always)]
    pub fn ellipsis() -> Value {
        // SAFETY: as above.
        unsafe { Value::from_ptr(rt().ellipsis.get()) }
    }
    #[inline(always)]
    pub fn is_none(&self) -> bool {
        self.as_ptr() == rt().none.get()
    }
    pub fn dict() -> Value {
        alloc_obj(&rt().ty_borrowed(BT::Dict), crate::types::dict::DictData::new(), 0)
    }
    pub fn from_dict(d: crate::types::dict::DictData) -> Value {
        alloc_obj(&rt().ty_borrowed(BT::Dict), d, 0)
    }
}

pub const OBJECT_METHODS: &[MethodDef] = &[
    staticmethod("__new__", object_new),
    method("__init__", object_init),
    method("__repr__", object_repr),
    method("__str__", object_str),
    method("__eq__", object_eq),
    method("__ne__", object_ne),
    method("__lt__", object_richcmp_ni),
    method("__le__", object_richcmp_ni),
    method("__gt__", object_richcmp_ni),
    method("__ge__", object_richcmp_ni),
    method("__hash__", object_hash),
    method("__getattribute__", object_getattribute),
    method("__setattr__", object_setattr),
    method("__delattr__", object_delattr),
    method("__format__", object_format),
    method("__dir__", object_dir),
    method("__reduce_ex__", object_reduce_ex),
    method("__reduce__", object_reduce),
    method("__sizeof__", object_sizeof),
    method("__getstate__", object_getstate),
    classmethod("__init_subclass__", object_init_subclass),
    classmethod("__subclasshook__", object_subclasshook),
];

/// Whether `cls` overrides `name` relative to `object`.
fn overrides(cls: &Value, name: &'static str) -> bool {
    let object = rt().ty(BT::Object);
    match (lookup_str(cls, name), lookup_str(&object, name)) {
        (Some(a), Some(b)) => !a.is(&b),
        _ => true,
    }
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let Some(cls) = pos.first() else { return Err(type_error("object.__new__(): not enough arguments")) };
    if cls.kind() != Kind::Type {
        return Err(type_error(format!("object.__new__(X): X is not a type object ({})", type_name(cls))));
    }
    let excess = pos.len() > 1 || args.has_kwargs();
    if excess {
        if overrides(cls, "__new__") {
            return Err(type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if !overrides(cls, "__init__") {
            return Err(type_error(format!("{}() takes no arguments", tdata(cls).name_str())));
        }
    }
    let td = tdata(cls);
    if td.flags.get() & tflag::ABSTRACT != 0 {
        return Err(abstract_error(vm, cls));
    }
    if td.instance_kind.get() != Kind::Object {
        return Err(type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            td.name_str(),
            type_name(&Value::none()).replace("NoneType", &td.name_str())
        )));
    }
    Ok(crate::types::typeobj::alloc_instance(cls, ()))
}

fn object_init(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let excess = pos.len() > 1 || args.has_kwargs();
    if excess {
        let cls = pos[0].class();
        if overrides(&cls, "__init__") {
            return Err(type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if !overrides(&cls, "__new__") {
            return Err(type_error(format!("{}() takes no arguments", tdata(&cls).name_str())));
        }
    }
    Ok(Value::none())
}

/// `<module.Qualname object at 0x...>`.
pub fn default_repr(v: &Value) -> String {
    let cls = v.class();
    let q = type_qualname(&cls);
    match type_module(&cls) {
        Some(m) if m != "builtins" => format!("<{m}.{q} object at {:#x}>", v.bits()),
        _ => format!("<{q} object at {:#x}>", v.bits()),
    }
}

fn object_repr(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::string(default_repr(args.self_())))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult {
    vm.repr(args.self_())
}

fn object_eq(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__eq__", 1, 1)?;
    Ok(if pos[0].is(&pos[1]) { Value::bool(true) } else { Value::not_implemented() })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__ne__", 1, 1)?;
    // Delegate to __eq__ and invert, unless NotImplemented.
    let eq = lookup_str(&pos[0].class(), "__eq__");
    let r = match eq {
        Some(f) => vm.call(&f, &[pos[0].clone(), pos[1].clone()])?,
        None => Value::not_implemented(),
    };
    if r.kind() == Kind::NotImplemented {
        return Ok(r);
    }
    Ok(Value::bool(!vm.truthy(&r)?))
}

fn object_richcmp_ni(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::not_implemented())
}

fn object_hash(_vm: &mut Vm, args: Args) -> PyResult {
    let v = args.self_();
    let b = v.bits() as u64;
    let h = (b >> 4 | b << 60) as i64;
    Ok(Value::int(if h == -1 { -2 } else { h }))
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__getattribute__", 1, 1)?;
    if pos[1].as_str().is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", type_name(&pos[1]))));
    }
    vm.generic_getattr(&pos[0], &pos[1])
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__setattr__", 2, 2)?;
    if pos[0].kind() == Kind::Type {
        return Err(type_error("can't apply this __setattr__ to type object"));
    }
    if pos[1].as_str().is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", type_name(&pos[1]))));
    }
    vm.generic_setattr(&pos[0], &pos[1], Some(&pos[2]))?;
    Ok(Value::none())
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__delattr__", 1, 1)?;
    if pos[0].kind() == Kind::Type {
        return Err(type_error("can't apply this __delattr__ to type object"));
    }
    if pos[1].as_str().is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", type_name(&pos[1]))));
    }
    vm.generic_setattr(&pos[0], &pos[1], None)?;
    Ok(Value::none())
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__format__", 1, 1)?;
    let spec = pos[1].as_str().ok_or_else(|| type_error(format!("__format__() argument must be str, not {}", type_name(&pos[1]))))?;
    if !spec.is_empty() {
        return Err(type_error(format!("unsupported format string passed to {}.__format__", type_name(&pos[0]))));
    }
    vm.str(&pos[0])
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult {
    let v = args.self_();
    let d = Value::dict();
    if let Some(inst) = vm.instance_dict(v) {
        if let Some(dd) = inst.downcast::<crate::types::dict::DictData>() {
            for k in dd.keys() {
                vm.setitem(&d, &k, &Value::none())?;
            }
        }
    }
    let cls = v.class();
    for c in tdata(&cls).mro_values() {
        let cd = tdata(&c).dict();
        if let Some(dd) = cd.downcast::<crate::types::dict::DictData>() {
            for k in dd.keys() {
                vm.setitem(&d, &k, &Value::none())?;
            }
        }
    }
    let keys = d.downcast::<crate::types::dict::DictData>().map(|d| d.keys()).unwrap_or_default();
    Ok(Value::list(keys))
}

fn object_reduce_ex(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__reduce_ex__", 1, 1)?;
    let v = &pos[0];
    let cls = v.class();
    if let Some(r) = lookup_str(&cls, "__reduce__") {
        let object_reduce_fn = lookup_str(&rt().ty(BT::Object), "__reduce__");
        if object_reduce_fn.map(|o| !o.is(&r)).unwrap_or(true) {
            return vm.call_unbound(&r, v, &[]);
        }
    }
    let proto = vm.to_isize(&pos[1])?;
    common_reduce(vm, v, proto)
}

fn object_reduce(vm: &mut Vm, args: Args) -> PyResult {
    common_reduce(vm, args.self_(), 0)
}

/// CPython's `_common_reduce`: protocol 2+ builds `copyreg.__newobj__(cls, *args)` with the
/// state and list/dict items (reduce_newobj); older protocols go through `copyreg._reduce_ex`.
fn common_reduce(vm: &mut Vm, v: &Value, proto: isize) -> PyResult {
    let copyreg = vm.import_module("copyreg")?;
    if proto < 2 {
        let f = vm.getattr(&copyreg, &Value::intern("_reduce_ex"))?;
        return vm.call(&f, &[v.clone(), Value::int(proto as i64)]);
    }
    let cls = v.class();
    let (mut newargs, mut kwargs) = (None, None);
    if let Some(f) = vm.getattr_opt(v, &Value::intern("__getnewargs_ex__"))? {
        let r = vm.call(&f, &[])?;
        match r.as_tuple() {
            Some([a, k]) if a.as_tuple().is_some() && k.kind() == Kind::Dict => {
                newargs = Some(a.clone());
                kwargs = Some(k.clone());
            }
            _ => return Err(type_error(format!("__getnewargs_ex__ should return a tuple of length 2, not '{}'", type_name(&r)))),
        }
    } else if let Some(f) = vm.getattr_opt(v, &Value::intern("__getnewargs__"))? {
        let r = vm.call(&f, &[])?;
        if r.as_tuple().is_none() {
            return Err(type_error(format!("__getnewargs__ should return a tuple, not '{}'", type_name(&r))));
        }
        newargs = Some(r);
    }
    let hasargs = newargs.is_some();
    let args = newargs.unwrap_or_else(|| Value::tuple(vec![]));
    let kw_empty = kwargs.as_ref().and_then(|k| k.downcast::<crate::types::dict::DictData>().map(|d| d.is_empty())).unwrap_or(true);
    let (newobj, newobj_args) = if kw_empty {
        let mut a = vec![cls.clone()];
        a.extend(args.as_tuple().unwrap_or(&[]).iter().cloned());
        (vm.getattr(&copyreg, &Value::intern("__newobj__"))?, Value::tuple(a))
    } else {
        (vm.getattr(&copyreg, &Value::intern("__newobj_ex__"))?, Value::tuple(vec![cls.clone(), args, kwargs.unwrap_or_else(Value::none)]))
    };
    let is_list = crate::types::typeobj::is_instance_bt(v, BT::List);
    let is_dict = crate::types::typeobj::is_instance_bt(v, BT::Dict);
    let required = !(hasargs || is_list || is_dict);
    let getstate = vm.getattr(v, &Value::intern("__getstate__"))?;
    let default_getstate = lookup_str(&rt().ty(BT::Object), "__getstate__");
    let is_default = matches!((getstate.downcast::<crate::types::builtin::BuiltinData>(), &default_getstate), (Some(b), Some(d)) if d.downcast::<crate::types::builtin::MethodDescrData>().map(|m| m.def.func as usize == b.func as usize).unwrap_or(false));
    let state = if is_default { default_state(vm, v, required)? } else { vm.call(&getstate, &[])? };
    let listitems = if is_list { vm.iter(v)? } else { Value::none() };
    let dictitems = if is_dict {
        let items = vm.call_method(v, "items", &[])?;
        vm.iter(&items)?
    } else {
        Value::none()
    };
    Ok(Value::tuple(vec![newobj, newobj_args, state, listitems, dictitems]))
}

/// `object.__getstate__()`: the instance dict (None if empty), plus a dict of set `__slots__`
/// values as `(state, slots)`. Native payloads cannot be rebuilt from that.
fn default_state(vm: &mut Vm, v: &Value, required: bool) -> PyResult {
    if required && v.kind() == Kind::Native {
        return Err(type_error(format!("cannot pickle '{}' object", type_name(v))));
    }
    let mut state = match vm.instance_dict(v) {
        Some(d) if d.downcast::<crate::types::dict::DictData>().map(|d| !d.is_empty()).unwrap_or(false) => {
            let c = d.downcast::<crate::types::dict::DictData>().map(|d| d.copy()).unwrap_or_default();
            Value::from_dict(c)
        }
        _ => Value::none(),
    };
    if v.header().map(|h| h.ext_len > 0).unwrap_or(false) {
        let copyreg = vm.import_module("copyreg")?;
        let f = vm.getattr(&copyreg, &Value::intern("_slotnames"))?;
        let names = vm.call(&f, &[v.class()])?;
        let names = vm.collect_iter(&names)?;
        if !names.is_empty() {
            let slots = Value::dict();
            for n in names {
                if let Some(x) = vm.getattr_opt(v, &n)? {
                    vm.setitem(&slots, &n, &x)?;
                }
            }
            if slots.downcast::<crate::types::dict::DictData>().map(|d| !d.is_empty()).unwrap_or(false) {
                state = Value::tuple(vec![state, slots]);
            }
        }
    }
    Ok(state)
}

fn object_getstate(vm: &mut Vm, args: Args) -> PyResult {
    default_state(vm, args.self_(), false)
}

fn object_sizeof(_vm: &mut Vm, args: Args) -> PyResult {
    let h = args.self_().header().map(|h| h.kind.layout().size()).unwrap_or(8);
    Ok(Value::int(h as i64))
}

fn object_init_subclass(_vm: &mut Vm, args: Args) -> PyResult {
    if args.has_kwargs() {
        let (k, _) = args.kwargs().next().expect("has kwargs");
        return Err(type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            args.all.first().map(|c| tdata(c).name_str()).unwrap_or_default()
        )))
        .map_err(|e| {
            let _ = k;
            e
        });
    }
    Ok(Value::none())
}

fn object_subclasshook(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::not_implemented())
}

/// `obj.__class__` getter.
pub fn get_class(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.class())
}

/// `obj.__class__ = cls`: only between compatible heap types.
pub fn set_class(_vm: &mut Vm, v: &Value, cls: Option<Value>) -> PyResult<()> {
    let cls = cls.ok_or_else(|| type_error("can't delete __class__ attribute"))?;
    if cls.kind() != Kind::Type {
        return Err(type_error(format!("__class__ must be set to a class, not '{}' object", type_name(&cls))));
    }
    let old = v.class();
    let (ot, nt) = (tdata(&old), tdata(&cls));
    if ot.flags.get() & tflag::HEAPTYPE == 0 || nt.flags.get() & tflag::HEAPTYPE == 0 {
        return Err(type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    if ot.instance_kind.get() != nt.instance_kind.get() || ot.ext_len.get() != nt.ext_len.get() || ot.dict_index.get() != nt.dict_index.get() {
        return Err(type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            nt.name_str(),
            ot.name_str()
        )));
    }
    if let Some(h) = v.header() {
        h.set_class(cls);
    }
    Ok(())
}

/// `obj.__dict__` getter for objects with an instance dict.
pub fn get_dict(vm: &mut Vm, v: &Value) -> PyResult {
    match vm.instance_dict_create(v) {
        Some(d) => Ok(d),
        None => Err(crate::error::attribute_error(format!("'{}' object has no attribute '__dict__'", type_name(v)))),
    }
}

pub fn set_dict(_vm: &mut Vm, v: &Value, d: Option<Value>) -> PyResult<()> {
    let d = d.ok_or_else(|| type_error("cannot delete __dict__"))?;
    if d.kind() != Kind::Dict {
        return Err(type_error(format!("__dict__ must be set to a dictionary, not a '{}'", type_name(&d))));
    }
    match v.ext_dict_slot() {
        Some(slot) => {
            let old = slot.replace(Some(d));
            drop(old);
            Ok(())
        }
        None => match v.kind() {
            Kind::Function => {
                if let Some(f) = v.downcast::<crate::types::function::FunctionData>() {
                    f.dict.set(Some(d));
                }
                Ok(())
            }
            Kind::Exception => {
                if let Some(e) = v.downcast::<crate::types::exception::ExceptionData>() {
                    e.dict.set(Some(d));
                }
                Ok(())
            }
            _ => Err(crate::error::attribute_error(format!("'{}' object has no attribute '__dict__'", type_name(v)))),
        },
    }
}

// ---- NoneType, NotImplementedType, ellipsis, bool ---------------------------------------------

pub const NONE_METHODS: &[MethodDef] = &[
    staticmethod("__new__", none_new),
    method("__repr__", none_repr),
    method("__bool__", false_m),
    method("__hash__", singleton_hash),
];
pub const NOTIMPL_METHODS: &[MethodDef] = &[
    staticmethod("__new__", notimpl_new),
    method("__repr__", notimpl_repr),
    method("__bool__", notimpl_bool),
    method("__reduce__", notimpl_repr),
];
pub const ELLIPSIS_METHODS: &[MethodDef] = &[
    staticmethod("__new__", ellipsis_new),
    method("__repr__", ellipsis_repr),
    method("__reduce__", ellipsis_repr),
];
pub const BOOL_METHODS: &[MethodDef] = &[
    staticmethod("__new__", bool_new),
    method("__repr__", bool_repr),
    method("__and__", bool_and),
    method("__rand__", bool_and),
    method("__or__", bool_or),
    method("__ror__", bool_or),
    method("__xor__", bool_xor),
    method("__rxor__", bool_xor),
];

fn none_new(_vm: &mut Vm, args: Args) -> PyResult {
    if args.all.len() > 1 {
        return Err(type_error("NoneType takes no arguments"));
    }
    Ok(Value::none())
}
fn none_repr(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::intern("None"))
}
fn false_m(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::bool(false))
}
fn singleton_hash(_vm: &mut Vm, args: Args) -> PyResult {
    let b = args.self_().bits() as u64;
    Ok(Value::int((b >> 4 | b << 60) as i64))
}
fn notimpl_new(_vm: &mut Vm, args: Args) -> PyResult {
    if args.all.len() > 1 {
        return Err(type_error("NotImplementedType takes no arguments"));
    }
    Ok(Value::not_implemented())
}
fn notimpl_repr(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::intern("NotImplemented"))
}
fn notimpl_bool(vm: &mut Vm, _args: Args) -> PyResult {
    vm.warn(
        crate::error::ExcType::DeprecationWarning,
        "NotImplemented should not be used in a boolean context",
    )?;
    Ok(Value::bool(true))
}
fn ellipsis_new(_vm: &mut Vm, args: Args) -> PyResult {
    if args.all.len() > 1 {
        return Err(type_error("ellipsis takes no arguments"));
    }
    Ok(Value::ellipsis())
}
fn ellipsis_repr(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::intern("Ellipsis"))
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs("bool")?;
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(type_error(format!("bool expected at most 1 argument, got {}", pos.len() - 1)));
    }
    match pos.get(1) {
        None => Ok(Value::bool(false)),
        Some(x) => Ok(Value::bool(vm.truthy(x)?)),
    }
}

fn bool_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let b = *args.self_().downcast::<bool>().unwrap_or(&false);
    Ok(Value::intern(if b { "True" } else { "False" }))
}

fn bool_bitop(vm: &mut Vm, args: &Args, op: u8) -> PyResult {
    let pos = args.check_method("bool op", 1, 1)?;
    match (pos[0].downcast::<bool>(), pos[1].downcast::<bool>()) {
        (Some(a), Some(b)) => Ok(Value::bool(match op {
            b'&' => *a & *b,
            b'|' => *a | *b,
            _ => *a ^ *b,
        })),
        _ => {
            let (Some(a), Some(b)) = (pos[0].as_int(), pos[1].as_int()) else { return Ok(Value::not_implemented()) };
            let _ = vm;
            Ok(crate::types::int::int_bitop(&a, &b, op))
        }
    }
}

fn bool_and(vm: &mut Vm, args: Args) -> PyResult {
    bool_bitop(vm, &args, b'&')
}
fn bool_or(vm: &mut Vm, args: Args) -> PyResult {
    bool_bitop(vm, &args, b'|')
}
fn bool_xor(vm: &mut Vm, args: Args) -> PyResult {
    bool_bitop(vm, &args, b'^')
}

#[allow(dead_code)]
fn _unused(c: &std::cell::Cell<Option<Value>>) -> Option<Value> {
    c.get_value()
}
