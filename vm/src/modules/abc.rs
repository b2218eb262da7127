//! The `_abc` module: the machinery behind `abc.ABCMeta` that CPython builds in (abc.py imports
//! it and falls back to `_py_abc` without it). Each abstract class holds an `_abc_impl` object
//! (`_abc_data`) with three sets of weak references to classes: the registry (`register`),
//! the positive cache and the negative cache (valid while its version equals the global
//! invalidation counter, which every `register` bumps). Besides the bytes of `_py_abc` and
//! `_weakrefset` an app no longer ships, isinstance/issubclass against an ABC run here
//! instead of in two Python frames.

use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::modules::support::{add_type, alloc_native, get, native_object, native_type, new_module, opt, put, set_attr, Opt};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, staticmethod, Args, MethodDef, NativeFn};
use crate::types::set::set_core;
use crate::types::typeobj::{is_instance_bt, tdata};
use crate::types::weakref::{new_weakref, WeakRefData};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("get_cache_token", get_cache_token),
    ("_abc_init", abc_init),
    ("_abc_register", abc_register),
    ("_abc_instancecheck", abc_instancecheck),
    ("_abc_subclasscheck", abc_subclasscheck),
    ("_get_dump", get_dump),
    ("_reset_registry", reset_registry),
    ("_reset_caches", reset_caches),
];

thread_local! {
    /// Bumped by every `register`: negative caches older than it are stale.
    static INVALIDATION: Cell<u64> = const { Cell::new(0) };
}

fn counter() -> u64 {
    INVALIDATION.with(|c| c.get())
}

/// The `_abc_impl` of an abstract class. The sets are created when first needed.
struct AbcData {
    registry: Opt,
    cache: Opt,
    negative_cache: Opt,
    negative_version: Cell<u64>,
}
native_object!(AbcData; registry, cache, negative_cache);

const DATA_METHODS: &[MethodDef] = &[staticmethod("__new__", data_new)];

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("_abc", FUNCTIONS);
    set_attr(&m, "__doc__", Value::str("Module contains faster C implementation of abc.ABCMeta"));
    add_type(Some(&m), "_abc", "_abc_data", None, &[DATA_METHODS], &[], false);
    Ok(m)
}

fn new_data() -> Value {
    alloc_native(&native_type("_abc._abc_data"), AbcData { registry: opt(None), cache: opt(None), negative_cache: opt(None), negative_version: Cell::new(counter()) })
}

fn data_new(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(new_data())
}

fn get_cache_token(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("_abc.get_cache_token", 0, 0)?;
    Ok(Value::int(counter() as i64))
}

/// The one argument of a module function (`name` qualified, as CPython's message for a
/// one-argument builtin has it).
fn one<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    Ok(&args.check(name, 1, 1)?[0])
}

fn two<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    let pos = args.check(name, 2, 2)?;
    Ok((&pos[0], &pos[1]))
}

/// `cls._abc_impl`, which must be an `_abc_data`.
fn impl_of(vm: &mut Vm, cls: &Value) -> PyResult<Value> {
    let v = vm.getattr(cls, &Value::intern("_abc_impl"))?;
    if v.native::<AbcData>().is_none() || !v.class().is(&native_type("_abc._abc_data")) {
        return Err(type_error("_abc_impl is set to a wrong type"));
    }
    Ok(v)
}

fn data(v: &Value) -> &AbcData {
    // `impl_of` checked the type.
    v.native::<AbcData>().expect("_abc_data")
}

/// Whether a weak reference to `obj` is in `set` (false for objects without weak references).
fn in_weak_set(vm: &mut Vm, set: &Opt, obj: &Value) -> PyResult<bool> {
    let Some(s) = get(set) else { return Ok(false) };
    let Some(core) = set_core(&s) else { return Ok(false) };
    if core.is_empty() {
        return Ok(false);
    }
    let r = match new_weakref(&rt().ty(BT::WeakRef), obj, None) {
        Ok(r) => r,
        Err(e) if e.matches(ExcType::TypeError) => return Ok(false),
        Err(e) => return Err(e),
    };
    core.contains(vm, &r)
}

/// Adds a weak reference to `obj` to `set` (creating it); the reference removes itself from
/// the set when `obj` dies, as long as the set lives.
fn add_to_weak_set(vm: &mut Vm, set: &Opt, obj: &Value) -> PyResult<()> {
    let s = match get(set) {
        Some(s) => s,
        None => {
            let s = Value::new_set();
            put(set, Some(s.clone()));
            s
        }
    };
    let set_ref = new_weakref(&rt().ty(BT::WeakRef), &s, None)?;
    let cb = crate::types::new_bound_builtin(&DESTROY, set_ref, "_abc");
    let r = new_weakref(&rt().ty(BT::WeakRef), obj, Some(cb))?;
    match set_core(&s) {
        Some(core) => core.add(vm, r),
        None => Ok(()),
    }
}

const DESTROY: MethodDef = method("_destroy", destroy);

/// The callback of a dead class's weak reference: `self` is a weak reference to the set.
fn destroy(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if let (Some(set_ref), Some(dead)) = (pos.first(), pos.get(1)) {
        if let Some(s) = set_ref.downcast::<WeakRefData>().and_then(|w| w.get()) {
            if let Some(core) = set_core(&s) {
                core.discard(vm, dead)?;
            }
        }
    }
    Ok(Value::none())
}

/// `getattr(v, "__isabstractmethod__", False)`, truth-tested.
fn is_abstract(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    match vm.getattr_opt(v, &Value::intern("__isabstractmethod__"))? {
        Some(f) => vm.truthy(&f),
        None => Ok(false),
    }
}

/// `_abc_init(cls)`: computes `cls.__abstractmethods__`, gives `cls` its `_abc_impl`, and
/// takes `__abc_tpflags__` out of its namespace.
fn abc_init(vm: &mut Vm, args: Args) -> PyResult {
    let cls = one(&args, "_abc._abc_init")?;
    let abstracts = Value::new_set();
    let core = set_core(&abstracts).expect("a set");
    // Names defined abstract here (a snapshot: the checks may run code that changes it).
    let ns = vm.getattr(cls, &Value::intern("__dict__"))?;
    let items = vm.call_method(&ns, "items", &[])?;
    for item in vm.collect_iter(&items)? {
        let kv = item.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
        let [k, v] = kv.as_slice() else { return Err(type_error("items() returned item which is not a 2-tuple")) };
        if is_abstract(vm, v)? {
            core.add(vm, k.clone())?;
        }
    }
    // Inherited abstract names still abstract here.
    let bases = vm.getattr(cls, &Value::intern("__bases__"))?;
    let Some(bases) = bases.as_tuple().map(|t| t.to_vec()) else { return Err(type_error("__bases__ is not tuple")) };
    for base in bases {
        let Some(names) = vm.getattr_opt(&base, &Value::intern("__abstractmethods__"))? else { continue };
        for name in vm.collect_iter(&names)? {
            let Some(v) = vm.getattr_opt(cls, &name)? else { continue };
            if is_abstract(vm, &v)? {
                core.add(vm, name)?;
            }
        }
    }
    let frozen = crate::types::set::frozenset_from(vm, &abstracts)?;
    vm.setattr(cls, &Value::intern("__abstractmethods__"), &frozen)?;
    vm.setattr(cls, &Value::intern("_abc_impl"), &new_data())?;
    if is_instance_bt(cls, BT::Type) {
        let key = Value::intern("__abc_tpflags__");
        let own = tdata(cls).dict().downcast::<crate::types::dict::DictData>().and_then(|d| d.get_str(&key));
        if own.is_some() {
            // pygmy's pattern matching asks collections.abc directly: the flags go unused.
            vm.delattr(cls, &key)?;
        }
    }
    Ok(Value::none())
}

/// `_abc_register(cls, subclass)`: `cls.register(subclass)`.
fn abc_register(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, sub) = two(&args, "_abc_register")?;
    if !is_instance_bt(sub, BT::Type) {
        return Err(type_error("Can only register classes"));
    }
    if vm.issubclass(sub, cls)? {
        return Ok(sub.clone());
    }
    // Subtle: test for cycles *after* testing for "already a subclass"; this means we allow
    // X.register(X) and interpret it as a no-op.
    if vm.issubclass(cls, sub)? {
        return Err(PyErr::new(ExcType::RuntimeError, "Refusing to create an inheritance cycle"));
    }
    let imp = impl_of(vm, cls)?;
    add_to_weak_set(vm, &data(&imp).registry, sub)?;
    INVALIDATION.with(|c| c.set(c.get() + 1));
    Ok(sub.clone())
}

/// `_abc_instancecheck(cls, instance)`: `isinstance(instance, cls)`.
fn abc_instancecheck(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, inst) = two(&args, "_abc_instancecheck")?;
    let imp = impl_of(vm, cls)?;
    let d = data(&imp);
    let sub = vm.getattr(inst, &Value::intern("__class__"))?;
    if in_weak_set(vm, &d.cache, &sub)? {
        return Ok(Value::bool(true));
    }
    let ty = inst.class();
    if ty.is(&sub) {
        if d.negative_version.get() == counter() && in_weak_set(vm, &d.negative_cache, &sub)? {
            return Ok(Value::bool(false));
        }
        return vm.call_method(cls, "__subclasscheck__", &[sub]);
    }
    let r = vm.call_method(cls, "__subclasscheck__", &[sub])?;
    if vm.truthy(&r)? {
        return Ok(r);
    }
    vm.call_method(cls, "__subclasscheck__", &[ty])
}

/// `_abc_subclasscheck(cls, subclass)`: `issubclass(subclass, cls)`, caching the answer.
fn abc_subclasscheck(vm: &mut Vm, args: Args) -> PyResult {
    let (cls, sub) = two(&args, "_abc_subclasscheck")?;
    if !is_instance_bt(sub, BT::Type) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    let imp = impl_of(vm, cls)?;
    let d = data(&imp);
    // 1. The cache.
    if in_weak_set(vm, &d.cache, sub)? {
        return Ok(Value::bool(true));
    }
    // 2. The negative cache, emptied when some register happened since it was filled.
    if d.negative_version.get() < counter() {
        if let Some(core) = get(&d.negative_cache).as_ref().and_then(set_core) {
            core.clear();
        }
        d.negative_version.set(counter());
    } else if in_weak_set(vm, &d.negative_cache, sub)? {
        return Ok(Value::bool(false));
    }
    // 3. The subclass hook.
    let ok = vm.call_method(cls, "__subclasshook__", &[sub.clone()])?;
    if ok.is(&Value::bool(true)) {
        add_to_weak_set(vm, &d.cache, sub)?;
        return Ok(ok);
    }
    if ok.is(&Value::bool(false)) {
        add_to_weak_set(vm, &d.negative_cache, sub)?;
        return Ok(ok);
    }
    if !ok.is(&Value::not_implemented()) {
        return Err(PyErr::new(ExcType::AssertionError, "__subclasshook__ must return either False, True, or NotImplemented"));
    }
    // 4. A direct subclass.
    if tdata(sub).mro_values().iter().any(|c| c.is(cls)) {
        add_to_weak_set(vm, &d.cache, sub)?;
        return Ok(Value::bool(true));
    }
    // 5. A subclass of a registered class (recursively).
    if in_weak_set(vm, &d.registry, sub)? {
        return Ok(Value::bool(true));
    }
    let registered = get(&d.registry).and_then(|s| set_core(&s).map(|c| c.table().keys())).unwrap_or_default();
    for r in registered {
        let Some(rcls) = r.downcast::<WeakRefData>().and_then(|w| w.get()) else { continue };
        if vm.issubclass(sub, &rcls)? {
            add_to_weak_set(vm, &d.cache, sub)?;
            return Ok(Value::bool(true));
        }
    }
    // 6. A subclass of a subclass (recursively).
    let subclasses = vm.call_method(cls, "__subclasses__", &[])?;
    if !is_instance_bt(&subclasses, BT::List) {
        return Err(type_error("__subclasses__() must return a list"));
    }
    for scls in vm.collect_iter(&subclasses)? {
        if vm.issubclass(sub, &scls)? {
            add_to_weak_set(vm, &d.cache, sub)?;
            return Ok(Value::bool(true));
        }
    }
    // No dice: the negative cache.
    add_to_weak_set(vm, &d.negative_cache, sub)?;
    Ok(Value::bool(false))
}

/// A new set with the members of `set` (empty when it was never created).
fn set_copy(vm: &mut Vm, set: &Opt) -> PyResult {
    match get(set) {
        Some(s) => crate::types::set::set_from(vm, &s),
        None => Ok(Value::new_set()),
    }
}

/// `_get_dump(cls)`: copies of the registry and both caches, and the negative cache's version.
fn get_dump(vm: &mut Vm, args: Args) -> PyResult {
    let cls = one(&args, "_abc._get_dump")?;
    let imp = impl_of(vm, cls)?;
    let d = data(&imp);
    let items = vec![set_copy(vm, &d.registry)?, set_copy(vm, &d.cache)?, set_copy(vm, &d.negative_cache)?, Value::int(d.negative_version.get() as i64)];
    Ok(Value::tuple(items))
}

fn clear(set: &Opt) {
    if let Some(core) = get(set).as_ref().and_then(set_core) {
        core.clear();
    }
}

fn reset_registry(vm: &mut Vm, args: Args) -> PyResult {
    let cls = one(&args, "_abc._reset_registry")?;
    let imp = impl_of(vm, cls)?;
    clear(&data(&imp).registry);
    Ok(Value::none())
}

fn reset_caches(vm: &mut Vm, args: Args) -> PyResult {
    let cls = one(&args, "_abc._reset_caches")?;
    let imp = impl_of(vm, cls)?;
    let d = data(&imp);
    clear(&d.cache);
    clear(&d.negative_cache);
    Ok(Value::none())
}
