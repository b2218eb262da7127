//! `type`: type objects, C3 MRO, attribute lookup along the MRO (with a cache), class
//! creation (`type.__new__`), instance creation (`type.__call__`), isinstance/issubclass,
//! and `types.GenericAlias` / `types.UnionType`.

use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::object::{alloc_obj, CellValue, Header, Kind, Obj, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::dict::DictData;
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::{Cell, UnsafeCell};

pub mod tflag {
    /// Defined by a class statement or type(); attributes can be set.
    pub const HEAPTYPE: u32 = 1;
    /// Can be subclassed.
    pub const BASETYPE: u32 = 2;
    /// Has `__abstractmethods__` (instantiation fails).
    pub const ABSTRACT: u32 = 4;
    /// Is a subclass of BaseException.
    pub const EXCEPTION: u32 = 8;
}

/// Which attribute hooks a type overrides (`TypeData::slots`), kept in sync with the MRO so
/// attribute access needs no lookup to know.
pub mod sflag {
    pub const GETATTRIBUTE: u16 = 1;
    pub const GETATTR: u16 = 2;
    pub const SETATTR: u16 = 4;
    pub const DELATTR: u16 = 8;
    /// `__new__` is `object.__new__` and `__init__` is a Python function: a call can allocate
    /// directly and run `__init__` as an inline frame.
    pub const SIMPLE_INIT: u16 = 16;
}

/// Ext slot index meaning "instances have no `__dict__` slot".
pub const NO_DICT: u16 = u16::MAX;

pub struct TypeData {
    pub name: Cell<Option<Value>>,
    pub qualname: Cell<Option<Value>>,
    /// The namespace (a dict). Mutate only through `type_set_attr` so caches stay valid.
    pub dict: Cell<Option<Value>>,
    pub bases: Cell<Option<Value>>,
    /// The "solid" base whose layout instances share (`__base__`); None for `object`.
    pub base: Cell<Option<Value>>,
    pub mro: Cell<Option<Value>>,
    /// Payload kind of instances.
    pub instance_kind: Cell<Kind>,
    /// Ext slots instances carry (dict slot + `__slots__` members, inherited ones first).
    pub ext_len: Cell<u16>,
    /// Which ext slot holds `__dict__` (NO_DICT: none).
    pub dict_index: Cell<u16>,
    pub has_dict_slot: Cell<bool>,
    pub flags: Cell<u32>,
    /// The class or a base defines `__del__`.
    pub has_del: Cell<bool>,
    /// Direct subclasses (borrowed pointers; a subclass removes itself when freed).
    pub subclasses: UnsafeCell<Vec<*const Header>>,
    /// The bases whose `subclasses` list holds this type (borrowed; a base removes itself
    /// from here when freed), so unlinking never touches a freed type.
    pub linked_bases: UnsafeCell<Vec<*const Header>>,
    /// `sflag` bits.
    pub slots: Cell<u16>,
    /// Version tag for inline caches (0: none assigned). Reset, for the type and its
    /// subclasses, whenever a namespace along the MRO or the MRO itself changes.
    pub version: Cell<u32>,
    /// Largest instance `__dict__` seen by the attribute-store cache: new instance dicts
    /// start with room for this many entries.
    pub dict_hint: Cell<u16>,
}

impl TypeData {
    pub fn new(kind: Kind, flags: u32) -> TypeData {
        TypeData {
            name: Cell::new(None),
            qualname: Cell::new(None),
            dict: Cell::new(None),
            bases: Cell::new(None),
            base: Cell::new(None),
            mro: Cell::new(None),
            instance_kind: Cell::new(kind),
            ext_len: Cell::new(0),
            dict_index: Cell::new(NO_DICT),
            has_dict_slot: Cell::new(false),
            flags: Cell::new(flags),
            has_del: Cell::new(false),
            subclasses: UnsafeCell::new(Vec::new()),
            linked_bases: UnsafeCell::new(Vec::new()),
            slots: Cell::new(0),
            version: Cell::new(0),
            dict_hint: Cell::new(0),
        }
    }

    pub fn name_str(&self) -> String {
        self.name.get_value().and_then(|n| n.downcast::<StrData>().map(|s| s.as_str().to_owned())).unwrap_or_default()
    }

    pub fn dict(&self) -> Value {
        self.dict.get_value().unwrap_or_else(Value::none)
    }

    pub fn mro_values(&self) -> Vec<Value> {
        match self.mro.get_value() {
            Some(m) => m.downcast::<TupleData>().map(|t| t.items.to_vec()).unwrap_or_default(),
            None => Vec::new(),
        }
    }

    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }
}

impl Trace for TypeData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for c in [&self.name, &self.qualname, &self.dict, &self.bases, &self.base, &self.mro] {
            c.trace(visit);
        }
    }
    fn clear(&self) {
        for c in [&self.dict, &self.bases, &self.base, &self.mro] {
            drop(c.take());
        }
    }
}

impl Drop for TypeData {
    fn drop(&mut self) {
        // Cached lookups need no clearing: a type reusing this address gets a new version tag.
        // SAFETY: the payload sits at a fixed offset after the header of its object.
        let me = unsafe { (self as *const TypeData as *const u8).sub(std::mem::offset_of!(Obj<TypeData>, data)) as *const Header };
        unlink_subclass(me);
        // SAFETY: every type listed here is alive (it unlinks itself when freed).
        for &s in unsafe { &*self.subclasses.get() } {
            unsafe { (*tdata_ptr(s).linked_bases.get()).retain(|&b| b != me) };
        }
    }
}

/// The name of a type as a `&'static str`, for bound builtins that carry their owner's name.
/// Each distinct name is leaked once and reused: method descriptors belong to native types,
/// so the set stays as small as the set of native type names.
pub fn static_type_name(t: *const Header) -> &'static str {
    thread_local! {
        static NAMES: std::cell::RefCell<std::collections::HashSet<&'static str>> = Default::default();
    }
    let name = tdata_ptr(t).name_str();
    NAMES.with(|n| {
        let mut n = n.borrow_mut();
        match n.get(name.as_str()) {
            Some(s) => s,
            None => {
                let s: &'static str = Box::leak(name.into_boxed_str());
                n.insert(s);
                s
            }
        }
    })
}

/// Records `cls` as a direct subclass of each of `bases`.
pub fn link_subclass(cls: &Value, bases: &[Value]) {
    let me = cls.as_ptr();
    for b in bases {
        // SAFETY: single-threaded; no iteration of these lists is live.
        unsafe {
            let subs = &mut *tdata(b).subclasses.get();
            if !subs.contains(&me) {
                subs.push(me);
                (*tdata(cls).linked_bases.get()).push(b.as_ptr());
            }
        }
    }
}

/// Removes the type at `me` from the subclass lists of the bases it was linked to.
pub fn unlink_subclass(me: *const Header) {
    // SAFETY: linked bases are alive (a freed base removes itself from this list first).
    unsafe {
        let bases = std::mem::take(&mut *tdata_ptr(me).linked_bases.get());
        for b in bases {
            (*tdata_ptr(b).subclasses.get()).retain(|&s| s != me);
        }
    }
}

/// The version tag of a type for inline caches, assigned on first use (0 when the tags ran
/// out: such types are never cached).
#[inline]
pub fn type_version(td: &TypeData) -> u32 {
    let v = td.version.get();
    if v != 0 {
        return v;
    }
    let v = crate::runtime::next_version();
    td.version.set(v);
    v
}

/// Invalidates the version tags of `cls` and its subclasses: something along their MRO changed.
pub fn type_modified(cls: *const Header) {
    let td = tdata_ptr(cls);
    td.version.set(0);
    // SAFETY: subclasses are alive (they unlink themselves when freed); copy the list since
    // nothing here runs Python but keep the borrow short anyway.
    let subs: Vec<*const Header> = unsafe { (*td.subclasses.get()).clone() };
    for s in subs {
        type_modified(s);
    }
}

/// The TypeData of a type object (unchecked: callers know `v` is a type).
#[inline(always)]
pub fn tdata(v: &Value) -> &TypeData {
    debug_assert_eq!(v.kind(), Kind::Type);
    // SAFETY: callers pass type objects only.
    unsafe { v.payload_unchecked::<TypeData>() }
}

/// The TypeData behind a type pointer.
#[inline(always)]
pub fn tdata_ptr<'a>(p: *const Header) -> &'a TypeData {
    // SAFETY: `p` is a live type object.
    unsafe { &(*(p as *const Obj<TypeData>)).data }
}

/// Whether `a` is `b` or a subclass of it (by MRO).
pub fn is_subtype_ptr(a: *const Header, b: *const Header) -> bool {
    if a == b {
        return true;
    }
    let ta = tdata_ptr(a);
    // SAFETY: borrow of the mro tuple while no code runs.
    let mro = unsafe { &*ta.mro.as_ptr() };
    match mro.as_ref().and_then(|m| m.downcast::<TupleData>()) {
        Some(t) => t.items.iter().any(|c| c.as_ptr() == b),
        None => false,
    }
}

/// Whether `v` is an instance of builtin type `t` (or a subclass), without `__instancecheck__`.
#[inline]
pub fn is_instance_bt(v: &Value, t: BT) -> bool {
    let tp = rt().ty_ptr(t);
    let c = v.class_ptr();
    c == tp || is_subtype_ptr(c, tp)
}

/// Looks `name` (an interned str for cache hits) up along the MRO of `cls`.
pub fn lookup(cls: &Value, name: &Value) -> Option<Value> {
    lookup_ptr(cls.as_ptr(), name)
}

pub fn lookup_ptr(cls: *const Header, name: &Value) -> Option<Value> {
    let interned = name.header().map(|h| h.has_flag(crate::object::flag::INTERNED)).unwrap_or(false);
    if interned {
        if let Some(hit) = crate::runtime::method_cache_get(cls, name) {
            return hit;
        }
    }
    let found = lookup_uncached(cls, name);
    if interned {
        crate::runtime::method_cache_put(cls, name, &found);
    }
    found
}

fn lookup_uncached(cls: *const Header, name: &Value) -> Option<Value> {
    let td = tdata_ptr(cls);
    let mro = td.mro.get_value();
    match mro.as_ref().and_then(|m| m.downcast::<TupleData>()) {
        Some(t) => {
            for c in t.items.iter() {
                if let Some(d) = tdata(c).dict.get_value() {
                    if let Some(v) = d.downcast::<DictData>().and_then(|d| d.get_str(name)) {
                        return Some(v);
                    }
                }
            }
            None
        }
        None => td.dict.get_value().and_then(|d| d.downcast::<DictData>().and_then(|d| d.get_str(name))),
    }
}

/// Lookup by a name literal.
#[inline]
pub fn lookup_str(cls: &Value, name: &'static str) -> Option<Value> {
    lookup(cls, &crate::runtime::intern_static(name))
}

/// C3 linearization of `cls` given its bases. Errors like CPython when no order exists.
pub fn compute_mro(cls: &Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = Vec::new();
    for b in bases {
        seqs.push(tdata(b).mro_values());
    }
    seqs.push(bases.to_vec());
    let mut result = vec![cls.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs.iter().any(|t| t[1..].iter().any(|x| x.is(head)));
            if !in_tail {
                candidate = Some(head.clone());
                break;
            }
        }
        let Some(c) = candidate else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = tdata(&s[0]).name_str();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        result.push(c);
    }
}

/// Sets an attribute in a type's namespace, keeping caches and derived flags valid.
pub fn type_set_attr(cls: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    let td = tdata(cls);
    let d = td.dict();
    let dd = d.downcast::<DictData>().ok_or_else(|| type_error("type has no namespace"))?;
    match value {
        Some(v) => dd.set_str(name.clone(), v),
        None => {
            if dd.del_str(name).is_none() {
                return Err(PyErr::new(
                    ExcType::AttributeError,
                    format!("type object '{}' has no attribute '{}'", td.name_str(), name.downcast::<StrData>().map(|s| s.as_str()).unwrap_or("")),
                ));
            }
        }
    }
    type_modified(cls.as_ptr());
    if name.downcast::<StrData>().map(|s| s.as_str().starts_with("__")).unwrap_or(false) {
        refresh_flags_recursive(cls);
    }
    Ok(())
}

/// Recomputes the `sflag` bits of a type from its MRO.
pub fn refresh_slots(cls: &Value) {
    let custom = |name: &'static str| lookup_str(cls, name).map(|f| f.kind() != Kind::MethodDescr).unwrap_or(false);
    let mut f = 0;
    if custom("__getattribute__") {
        f |= sflag::GETATTRIBUTE;
    }
    if lookup_str(cls, "__getattr__").is_some() {
        f |= sflag::GETATTR;
    }
    if custom("__setattr__") {
        f |= sflag::SETATTR;
    }
    if custom("__delattr__") {
        f |= sflag::DELATTR;
    }
    let object = rt().ty(BT::Object);
    let object_new = lookup_str(&object, "__new__");
    let new_is_object = match (lookup_str(cls, "__new__"), object_new) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    };
    let init_is_py = lookup_str(cls, "__init__").map(|f| f.kind() == Kind::Function).unwrap_or(false);
    let td = tdata(cls);
    if new_is_object && init_is_py && td.instance_kind.get() == Kind::Object && td.flags.get() & tflag::ABSTRACT == 0 {
        f |= sflag::SIMPLE_INIT;
    }
    td.slots.set(f);
}

fn refresh_flags_recursive(cls: &Value) {
    let td = tdata(cls);
    td.has_del.set(lookup_str(cls, "__del__").is_some());
    refresh_slots(cls);
    // SAFETY: the list is not mutated while we iterate a copy.
    let subs: Vec<*const Header> = unsafe { (*td.subclasses.get()).clone() };
    for s in subs {
        // SAFETY: subclasses remove themselves from this list when freed.
        let v = unsafe { Value::from_ptr(s) };
        refresh_flags_recursive(&v);
    }
}

/// Allocates a type object whose metatype is `meta`.
pub fn alloc_type(meta: &Value, data: TypeData) -> Value {
    let ext = if meta.as_ptr() == rt().ty_ptr(BT::Type) { 0 } else { tdata(meta).ext_len.get() as usize };
    alloc_obj(meta, data, ext)
}

/// Allocates an instance of `cls` with payload `data` (and the ext slots `cls` requires).
pub fn alloc_instance<T: crate::object::Payload + Trace>(cls: &Value, data: T) -> Value {
    alloc_obj(cls, data, tdata(cls).ext_len.get() as usize)
}

/// The name of a value's type, for error messages.
/// Like CPython's `tp_name`: static types outside builtins are module-qualified
/// (`'collections.deque' object ...`), heap types (classes) use their bare name.
pub fn type_name(v: &Value) -> String {
    tp_name(tdata_ptr(v.class_ptr()))
}

/// CPython's `tp_name` of a type (see `type_name`).
pub fn tp_name(td: &TypeData) -> String {
    if td.flags.get() & tflag::HEAPTYPE == 0 {
        if let Some(m) = td.dict().downcast::<DictData>().and_then(|d| d.get_str(&crate::runtime::intern_static("__module__"))) {
            if let Some(m) = m.as_str().filter(|m| *m != "builtins") {
                return format!("{m}.{}", td.name_str());
            }
        }
    }
    td.name_str()
}

/// `__qualname__`-style name of a type value.
pub fn type_qualname(cls: &Value) -> String {
    let td = tdata(cls);
    td.qualname.get_value().and_then(|n| n.downcast::<StrData>().map(|s| s.as_str().to_owned())).unwrap_or_else(|| td.name_str())
}

/// The `__module__` of a type, if it has one (builtin types keep "builtins" out of their dict, as CPython).
pub fn type_module(cls: &Value) -> Option<String> {
    let td = tdata(cls);
    let d = td.dict();
    // `type`'s own dict holds the `__module__` getset for classes, not a name: builtins.
    match d.downcast::<DictData>()?.get_str(&Value::intern("__module__")) {
        Some(m) if cls.is(&rt().ty(BT::Type)) && m.downcast::<StrData>().is_none() => Some("builtins".into()),
        Some(m) => m.downcast::<StrData>().map(|s| s.as_str().to_owned()),
        None => Some("builtins".into()),
    }
}

/// Whether instances of `cls` are exceptions.
pub fn is_exception_type(cls: &Value) -> bool {
    cls.kind() == Kind::Type && is_subtype_ptr(cls.as_ptr(), ExcType::BaseException.type_ptr())
}

/// Generic alias (`list[int]`) and union (`int | str`) payload.
pub struct GenericAliasData {
    pub origin: Value,
    pub args: Value,
    /// Union types have no origin call semantics; `origin` is None for them.
    pub is_union: bool,
    /// `*tuple[int]`: what iterating an alias yields (PEP 646 unpacking).
    pub starred: bool,
}

impl Trace for GenericAliasData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.origin);
        visit(&self.args);
    }
}

// ---- type's methods -------------------------------------------------------------------------

pub const TYPE_METHODS: &[MethodDef] = &[
    staticmethod("__new__", type_new),
    method("__init__", type_init),
    method("__call__", type_call_method),
    method("__repr__", type_repr),
    method("mro", type_mro),
    method("__subclasses__", type_subclasses),
    method("__instancecheck__", type_instancecheck),
    method("__subclasscheck__", type_subclasscheck),
    method("__or__", type_or),
    method("__ror__", type_ror),
    method("__dir__", type_dir),
    method("__sizeof__", type_sizeof),
    method("__getattribute__", type_getattribute),
    method("__setattr__", type_setattr),
    method("__delattr__", type_delattr),
    crate::types::builtin::classmethod("__prepare__", type_prepare),
];

fn attr_name_arg(v: &Value) -> PyResult<()> {
    match v.as_str() {
        Some(_) => Ok(()),
        None => Err(type_error(format!("attribute name must be string, not '{}'", type_name(v)))),
    }
}

fn type_getattribute(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__getattribute__", 1, 1)?;
    attr_name_arg(&pos[1])?;
    vm.generic_getattr(&pos[0], &pos[1])
}

fn type_setattr(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__setattr__", 2, 2)?;
    attr_name_arg(&pos[1])?;
    vm.generic_setattr(&pos[0], &pos[1], Some(&pos[2]))?;
    Ok(Value::none())
}

fn type_delattr(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__delattr__", 1, 1)?;
    attr_name_arg(&pos[1])?;
    vm.generic_setattr(&pos[0], &pos[1], None)?;
    Ok(Value::none())
}

fn type_prepare(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::dict())
}

fn type_sizeof(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::int(std::mem::size_of::<Obj<TypeData>>() as i64))
}

fn type_init(_vm: &mut Vm, args: Args) -> PyResult {
    let n = args.pos().len();
    if n != 2 && n != 4 {
        return Err(type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::none())
}

fn type_call_method(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.self_().clone();
    if cls.kind() != Kind::Type {
        return Err(type_error("descriptor '__call__' requires a 'type' object"));
    }
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    vm.call_type(&cls, rest)
}

fn type_repr(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.self_();
    let q = type_qualname(cls);
    Ok(Value::string(match type_module(cls) {
        Some(m) if m != "builtins" => format!("<class '{m}.{q}'>"),
        _ => format!("<class '{q}'>"),
    }))
}

fn type_mro(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.self_();
    Ok(Value::list(tdata(cls).mro_values()))
}

fn type_subclasses(_vm: &mut Vm, args: Args) -> PyResult {
    let td = tdata(args.self_());
    // SAFETY: subclasses unregister themselves when freed.
    let subs: Vec<Value> = unsafe { (*td.subclasses.get()).iter().map(|p| Value::from_ptr(*p)).collect() };
    Ok(Value::list(subs))
}

fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult {
    let [cls, obj] = args.check_method("__instancecheck__", 1, 1)? else { unreachable!() };
    Ok(Value::bool(vm.isinstance_default(obj, cls)?))
}

fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult {
    let [cls, sub] = args.check_method("__subclasscheck__", 1, 1)? else { unreachable!() };
    Ok(Value::bool(vm.issubclass_default(sub, cls)?))
}

fn type_or(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.check_method("__or__", 1, 1)? else { unreachable!() };
    make_union(vm, a, b)
}

fn type_ror(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.check_method("__ror__", 1, 1)? else { unreachable!() };
    make_union(vm, b, a)
}

/// `X | Y` for types, None, unions and generic aliases.
pub fn make_union(_vm: &mut Vm, a: &Value, b: &Value) -> PyResult {
    fn ok(v: &Value) -> bool {
        v.kind() == Kind::Type || v.kind() == Kind::NoneType || v.kind() == Kind::GenericAlias
    }
    if !ok(a) || !ok(b) {
        return Ok(Value::not_implemented());
    }
    let mut items: Vec<Value> = Vec::new();
    for v in [a, b] {
        let v = if v.kind() == Kind::NoneType { rt().ty(BT::NoneType) } else { v.clone() };
        match v.downcast::<GenericAliasData>() {
            Some(g) if g.is_union => {
                for x in g.args.downcast::<TupleData>().map(|t| t.items.to_vec()).unwrap_or_default() {
                    if !items.iter().any(|y| y.is(&x)) {
                        items.push(x);
                    }
                }
            }
            _ => {
                if !items.iter().any(|y| y.is(&v)) {
                    items.push(v);
                }
            }
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or_else(Value::none));
    }
    Ok(alloc_obj(&rt().ty_borrowed(BT::UnionType), GenericAliasData { origin: Value::none(), args: Value::tuple(items), is_union: true, starred: false }, 0))
}

fn type_dir(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.self_();
    let mut names: Vec<Value> = Vec::new();
    let d = Value::dict();
    for c in tdata(cls).mro_values() {
        let cd = tdata(&c).dict();
        for (k, _) in cd.downcast::<DictData>().map(|d| d.items()).unwrap_or_default() {
            vm.setitem(&d, &k, &Value::none())?;
        }
    }
    for (k, _) in d.downcast::<DictData>().map(|d| d.items()).unwrap_or_default() {
        names.push(k);
    }
    Ok(Value::list(names))
}

/// `type(x)` / `type(name, bases, ns)` / `Meta.__new__(Meta, name, bases, ns, **kw)`.
fn type_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.is_empty() || pos[0].kind() != Kind::Type {
        return Err(type_error("type.__new__(X): X is not a type object"));
    }
    let meta = &pos[0];
    if pos.len() == 2 && meta.as_ptr() == rt().ty_ptr(BT::Type) && !args.has_kwargs() {
        return Ok(pos[1].class());
    }
    if pos.len() != 4 {
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    let name = &pos[1];
    let bases = &pos[2];
    let ns = &pos[3];
    if name.downcast::<StrData>().is_none() {
        return Err(type_error(format!("type.__new__() argument 1 must be str, not {}", type_name(name))));
    }
    let Some(bases_t) = bases.downcast::<TupleData>() else {
        return Err(type_error(format!("type.__new__() argument 2 must be tuple, not {}", type_name(bases))));
    };
    if ns.downcast::<DictData>().is_none() {
        return Err(type_error(format!("type.__new__() argument 3 must be dict, not {}", type_name(ns))));
    }
    let kwargs: Vec<(Value, Value)> = args.kwargs().map(|(k, v)| (k.clone(), v.clone())).collect();
    // Like CPython: a more derived metaclass of the bases with its own __new__ takes over
    // (`type(name, (SomeEnum,), ns, boundary=...)` reaches EnumType.__new__).
    let bases_v = bases_t.items.to_vec();
    let winner = calculate_metaclass(meta, &bases_v)?;
    if !winner.is(meta) {
        if let Some(wnew) = lookup_str(&winner, "__new__") {
            let type_new_fn = lookup_str(&rt().ty(BT::Type), "__new__");
            if !type_new_fn.map(|t| t.is(&wnew)).unwrap_or(false) {
                let f = vm.descr_get(&wnew, None, &winner)?;
                return vm.call_kw(&f, &[winner.clone(), name.clone(), bases.clone(), ns.clone()], &kwargs);
            }
        }
    }
    new_class(vm, meta, name, &bases_v, ns, &kwargs)
}

/// Picks the most derived metaclass among `meta` and the bases' metaclasses.
pub fn calculate_metaclass(meta: &Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta.clone();
    for b in bases {
        let bm = b.class();
        if is_subtype_ptr(winner.as_ptr(), bm.as_ptr()) {
            continue;
        }
        if is_subtype_ptr(bm.as_ptr(), winner.as_ptr()) {
            winner = bm;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// The layout-defining ("solid") base of a type.
fn solid_base(t: &Value) -> Value {
    let td = tdata(t);
    // Like CPython's extra_ivars: a class whose __slots__ add members to its base's layout
    // (`__slots__ = ()` or only `__dict__` adds none).
    let members = |td: &TypeData| td.ext_len.get() - u16::from(td.has_dict_slot.get());
    let own_slots = td.flags.get() & tflag::HEAPTYPE != 0
        && match td.base.get_value() {
            Some(b) if b.kind() == Kind::Type => members(td) > members(tdata(&b)),
            _ => members(td) > 0,
        };
    if own_slots {
        return t.clone();
    }
    match td.base.get_value() {
        Some(b) if b.kind() == Kind::Type => {
            let sb = solid_base(&b);
            // A builtin type with its own payload kind is solid.
            if td.flags.get() & tflag::HEAPTYPE == 0 && td.instance_kind.get() != tdata(&sb).instance_kind.get() {
                t.clone()
            } else {
                sb
            }
        }
        _ => t.clone(),
    }
}

/// Creates a class: the body of `type.__new__`.
pub fn new_class(vm: &mut Vm, meta: &Value, name: &Value, bases: &[Value], ns: &Value, kwargs: &[(Value, Value)]) -> PyResult {
    let object = rt().ty(BT::Object);
    let bases: Vec<Value> = if bases.is_empty() { vec![object.clone()] } else { bases.to_vec() };
    let meta = calculate_metaclass(meta, &bases)?;
    for b in &bases {
        if b.kind() != Kind::Type {
            return Err(type_error("bases must be types"));
        }
        if tdata(b).flags.get() & tflag::BASETYPE == 0 {
            return Err(type_error(format!("type '{}' is not an acceptable base type", tp_name(tdata(b)))));
        }
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            return Err(type_error(format!("duplicate base class {}", tdata(b).name_str())));
        }
    }
    // Best base: the solid base that is most derived.
    let mut best: Option<(Value, Value)> = None; // (base, its solid base)
    for b in &bases {
        let sb = solid_base(b);
        match &best {
            None => best = Some((b.clone(), sb)),
            Some((_, bsb)) => {
                if is_subtype_ptr(sb.as_ptr(), bsb.as_ptr()) {
                    best = Some((b.clone(), sb));
                } else if !is_subtype_ptr(bsb.as_ptr(), sb.as_ptr()) {
                    return Err(type_error("multiple bases have instance lay-out conflict"));
                }
            }
        }
    }
    let (base, _) = best.unwrap_or((object.clone(), object.clone()));
    let base_td = tdata(&base);

    // Copy the namespace.
    let dict = Value::dict();
    let nsd = ns.downcast::<DictData>().ok_or_else(|| type_error("namespace must be a dict"))?;
    for (k, v) in nsd.items() {
        vm.setitem(&dict, &k, &v)?;
    }
    let dd = dict.downcast::<DictData>().ok_or_else(|| type_error("namespace must be a dict"))?;

    // Layout: inherit the base's ext slots, then add __slots__ members and maybe a dict.
    let mut ext_len = base_td.ext_len.get() as usize;
    let mut dict_index = base_td.dict_index.get();
    let kind = base_td.instance_kind.get();
    let payload_has_dict = matches!(kind, Kind::Exception | Kind::Function | Kind::Module | Kind::Type);
    let any_base_has_dict = bases.iter().any(|b| tdata(b).dict_index.get() != NO_DICT);
    if any_base_has_dict && dict_index == NO_DICT && !payload_has_dict {
        // A secondary base provides a dict: give instances one too.
        dict_index = ext_len as u16;
        ext_len += 1;
    }
    let mut slot_members: Vec<(Value, usize)> = Vec::new();
    let mut weakref_slot = false;
    match dd.get_str(&Value::intern("__slots__")) {
        Some(slots) => {
            let names: Vec<Value> = if slots.downcast::<StrData>().is_some() { vec![slots] } else { vm.collect_iter(&slots)? };
            for n in names {
                let Some(s) = n.downcast::<StrData>() else {
                    return Err(type_error(format!("__slots__ items must be strings, not '{}'", type_name(&n))));
                };
                let sname = s.as_str().to_owned();
                if sname == "__dict__" {
                    if dict_index != NO_DICT || payload_has_dict {
                        return Err(type_error("__dict__ slot disallowed: we already got one"));
                    }
                    dict_index = ext_len as u16;
                    ext_len += 1;
                    continue;
                }
                if sname == "__weakref__" {
                    if weakref_slot || bases.iter().any(|b| lookup_str(b, "__weakref__").is_some()) {
                        return Err(type_error("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"));
                    }
                    weakref_slot = true;
                    continue;
                }
                if !crate::types::str::is_identifier(&sname) {
                    return Err(type_error("__slots__ must be identifiers"));
                }
                let mangled = mangle(&type_str(name), &sname);
                let key = Value::intern(&mangled);
                if dd.get_str(&key).is_some() {
                    return Err(PyErr::new(
                        ExcType::ValueError,
                        format!("'{mangled}' in __slots__ conflicts with class variable"),
                    ));
                }
                slot_members.push((key, ext_len));
                ext_len += 1;
            }
        }
        None => {
            if dict_index == NO_DICT && !payload_has_dict {
                dict_index = ext_len as u16;
                ext_len += 1;
            }
        }
    }
    if ext_len > u16::MAX as usize - 1 {
        return Err(type_error("too many slots"));
    }

    let mut flags = tflag::HEAPTYPE | tflag::BASETYPE;
    if base_td.flags.get() & tflag::EXCEPTION != 0 {
        flags |= tflag::EXCEPTION;
    }
    let td = TypeData::new(kind, flags);
    td.name.set(Some(Value::intern(&type_str(name))));
    td.ext_len.set(ext_len as u16);
    td.dict_index.set(dict_index);
    td.has_dict_slot.set(dict_index != NO_DICT);
    td.bases.set(Some(Value::tuple(bases.clone())));
    td.base.set(Some(base.clone()));
    // __qualname__ from the namespace, else the name.
    let qual_key = Value::intern("__qualname__");
    match dd.get_str(&qual_key) {
        Some(q) => {
            if q.downcast::<StrData>().is_none() {
                return Err(type_error(format!("type __qualname__ must be a str, not {}", type_name(&q))));
            }
            td.qualname.set(Some(q));
            dd.del_str(&qual_key);
        }
        None => td.qualname.set(Some(name.clone())),
    }
    let cls = alloc_type(&meta, td);
    let ctd = tdata(&cls);
    let mro = compute_mro(&cls, &bases)?;
    ctd.mro.set(Some(Value::tuple(mro)));

    // Namespace fixups: __module__, __doc__, implicit staticmethod/classmethod wrappers.
    let module_key = Value::intern("__module__");
    if dd.get_str(&module_key).is_none() {
        if let Some(g) = vm.current_globals() {
            if let Some(m) = g.downcast::<DictData>().and_then(|g| g.get_str(&Value::intern("__name__"))) {
                dd.set_str(module_key, m);
            }
        }
    }
    let doc_key = Value::intern("__doc__");
    if dd.get_str(&doc_key).is_none() {
        dd.set_str(doc_key, Value::none());
    }
    for (name, wrap_class) in [("__new__", false), ("__init_subclass__", true), ("__class_getitem__", true)] {
        let k = Value::intern(name);
        if let Some(f) = dd.get_str(&k) {
            if f.kind() == Kind::Function {
                let w = if wrap_class {
                    crate::types::descr::new_classmethod(f)
                } else {
                    crate::types::descr::new_staticmethod(f)
                };
                dd.set_str(k, w);
            }
        }
    }
    for (key, index) in slot_members {
        let m = crate::types::descr::new_member(&cls, key.clone(), index);
        dd.set_str(key, m);
    }
    // The class that introduces the instance dict gets `__dict__`/`__weakref__` descriptors;
    // `__weakref__` in `__slots__` asks for the second alone.
    let introduces_dict = dict_index != NO_DICT && !any_base_has_dict && !payload_has_dict;
    if introduces_dict || weakref_slot {
        let name = leak_type_name(&type_str(name));
        if introduces_dict {
            dd.set_str(Value::intern("__dict__"), crate::types::descr::new_getset("__dict__", name, &cls, crate::types::objtype::get_dict, Some(crate::types::objtype::set_dict)));
        }
        if dd.get_str(&Value::intern("__weakref__")).is_none() {
            dd.set_str(Value::intern("__weakref__"), crate::types::descr::new_getset("__weakref__", name, &cls, get_weakref, None));
        }
    }
    // Defining __eq__ without __hash__ makes instances unhashable.
    if dd.get_str(&Value::intern("__eq__")).is_some() && dd.get_str(&Value::intern("__hash__")).is_none() {
        dd.set_str(Value::intern("__hash__"), Value::none());
    }
    ctd.dict.set(Some(dict.clone()));
    link_subclass(&cls, &bases);
    ctd.has_del.set(lookup_str(&cls, "__del__").is_some());
    refresh_slots(&cls);

    // The `__class__` cell first: `__set_name__` may run methods that call `super()` (enum
    // creates its members there), as CPython sets it before.
    if let Some(cell) = dd.get_str(&Value::intern("__classcell__")) {
        if let Some(c) = cell.downcast::<crate::types::function::CellData>() {
            c.set(Some(cls.clone()));
        } else {
            return Err(type_error(format!("__classcell__ must be a nonlocal cell, not {}", type_name(&cell))));
        }
        dd.del_str(&Value::intern("__classcell__"));
        type_modified(cls.as_ptr());
    }
    // __set_name__ on attributes, then __init_subclass__ on the parent.
    for (k, v) in dd.items() {
        let vt = v.class();
        if let Some(set_name) = lookup_str(&vt, "__set_name__") {
            if let Err(e) = vm.call_unbound(&set_name, &v, &[cls.clone(), k.clone()]) {
                // 3.11 wraps the error (3.12 stopped doing so).
                let msg = format!(
                    "Error calling __set_name__ on '{}' instance {} in '{}'",
                    type_name(&v),
                    vm.repr_string(&k)?,
                    tdata(&cls).name_str()
                );
                let new = PyErr::new(ExcType::RuntimeError, msg);
                if let Some(d) = crate::types::exception::exc_data(&new.0) {
                    d.cause.set(Some(e.0.clone()));
                    d.context.set(Some(e.0.clone()));
                    d.suppress_context.set(true);
                }
                return Err(new);
            }
        }
    }
    let sup = vm.new_super(&cls, &cls)?;
    let init_sub = vm.getattr(&sup, &Value::intern("__init_subclass__"))?;
    let kw_names: Vec<Value> = kwargs.iter().map(|(k, _)| k.clone()).collect();
    let kw_vals: Vec<Value> = kwargs.iter().map(|(_, v)| v.clone()).collect();
    vm.call_args(&init_sub, Args { all: &kw_vals, kwnames: &kw_names })?;
    Ok(cls)
}

fn type_str(v: &Value) -> String {
    v.downcast::<StrData>().map(|s| s.as_str().to_owned()).unwrap_or_default()
}

/// Private name mangling (`__x` in class `C` → `_C__x`).
pub fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_owned();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_owned();
    }
    format!("_{stripped}{name}")
}

/// Marks `cls` as having __abstractmethods__ (set by abc) so instantiation fails.
pub fn refresh_abstract(cls: &Value) {
    let td = tdata(cls);
    let d = td.dict();
    let abstract_ = d
        .downcast::<DictData>()
        .and_then(|d| d.get_str(&Value::intern("__abstractmethods__")))
        .is_some();
    let f = td.flags.get();
    td.flags.set(if abstract_ { f | tflag::ABSTRACT } else { f & !tflag::ABSTRACT });
}

// Used by `object.__new__` to report abstract classes.
pub fn abstract_error(vm: &mut Vm, cls: &Value) -> PyErr {
    let td = tdata(cls);
    let d = td.dict();
    let methods = d.downcast::<DictData>().and_then(|d| d.get_str(&Value::intern("__abstractmethods__")));
    let mut names: Vec<String> = Vec::new();
    if let Some(m) = methods {
        if let Ok(items) = vm.collect_iter(&m) {
            for i in items {
                if let Some(s) = i.downcast::<StrData>() {
                    names.push(s.as_str().to_owned());
                }
            }
        }
    }
    names.sort();
    let n = names.len();
    let joined = names.join(", "); // 3.11 does not quote the names (3.12 does)
    type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        td.name_str(),
        if n == 1 { "" } else { "s" },
        joined
    ))
}

/// Unused-import guard for Header in some builds.
#[allow(dead_code)]
fn _header_size() -> usize {
    std::mem::size_of::<Header>()
}

fn leak_type_name(s: &str) -> &'static str {
    match Value::intern(s).as_str() {
        // SAFETY: interned strings are immortal.
        Some(x) => unsafe { &*(x as *const str) },
        None => "",
    }
}

fn get_weakref(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(crate::types::weakref::weakrefs_to(v).into_iter().next().unwrap_or_else(Value::none))
}
