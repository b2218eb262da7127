//! Inline caches: the cache words that follow LOAD_GLOBAL, LOAD_ATTR, STORE_ATTR, LOAD_METHOD
//! and CALL in `CodeData::instrs` remember what the instruction found last time, keyed by
//! version tags (a type's `TypeData::version`, a dict's `DictInner::keys_version`), so the next
//! execution can skip the lookups while the guards hold.
//!
//! Architecture invariant: a fast path is taken only when its guard proves the generic path
//! would do exactly the same thing; any failed guard falls back to the generic path, which
//! then re-fills the cache. Filling a cache never runs Python code and never changes what a
//! program can observe. The cache words are also the type feedback the JIT will read.
//!
//! Layouts (32-bit words; all zero in fresh code, and a zero kind means "not cached"):
//! - `LOAD_GLOBAL`: `[globals keys version, builtins keys version or 0 when the name is a
//!   global, entry index]`.
//! - `LOAD_ATTR`, `STORE_ATTR`, `LOAD_METHOD`: `[version, kind << 24 | operand]` where the
//!   version is a type version tag (kinds `INSTANCE`, `SLOT`, `METHOD`) or a module dict's keys
//!   version (`MODULE`).
//!   A `CLASS` entry (an attribute of a class object) keys on the class's own version.
//! - `CALL`: `[type version, INIT << 24 | location of __init__]` for class calls that run
//!   `__init__` as an inline frame.

use crate::object::{Header, Kind};
use crate::runtime::{rt, BT};
use crate::types::builtin::{MethodDescrData, MethodKind};
use crate::types::descr::MemberData;
use crate::types::dict::DictData;
use crate::types::module::ModuleData;
use crate::types::tuple::TupleData;
use crate::types::typeobj::{is_subtype_ptr, lookup_ptr, sflag, tdata, tdata_ptr, tflag, type_version, TypeData};
use crate::value::{discard, Value};

/// Cache kinds (top byte of the second word).
pub mod kind {
    /// The attribute lives in the instance `__dict__` (ext slot 0); operand: entry index hint.
    /// The type version proves the MRO has no data descriptor for the name.
    pub const INSTANCE: u32 = 1;
    /// A module attribute; operand: entry index in the module dict.
    pub const MODULE: u32 = 2;
    /// LOAD_METHOD: a function found on the type; operand: its location (`MRO index << 16 |
    /// entry index`). The type version proves the location still holds it.
    pub const METHOD: u32 = 3;
    /// CALL of a class whose `__init__` runs inline; operand: location of `__init__`.
    pub const INIT: u32 = 4;
    /// A `__slots__` member (the instance's ext slot); operand: the slot index. The type
    /// version proves the MRO still finds that member descriptor first and no attribute hook.
    pub const SLOT: u32 = 5;
    /// LOAD_ATTR, STORE_ATTR, LOAD_METHOD: a filled cache missed, or the site cannot be
    /// cached; operand: generic executions left before the next refill (see [`super::refill`]).
    pub const BACKOFF: u32 = 6;
    /// LOAD_ATTR, STORE_ATTR, LOAD_METHOD at a site that sees several types: the per-type
    /// kind (`INSTANCE`, `METHOD`) checked against the runtime's method cache instead of one
    /// type's version; operand: the instance dict entry hint (`INSTANCE`'s).
    pub const POLY: u32 = 7;
    /// LOAD_ATTR, LOAD_METHOD on a class whose metatype is exactly `type` (which has nothing
    /// of the name): the attribute found along the class's own MRO; operand: its location
    /// (`MRO index << 16 | entry index`), proven by the class's version tag. LOAD_ATTR caches
    /// values that class access returns as they are ([`class_inert`]), LOAD_METHOD functions
    /// (called as they are), classmethods of functions (called with the class first) and
    /// staticmethods.
    pub const CLASS: u32 = 8;
}

/// Generic executions of an attribute instruction between a miss of its filled cache (or a
/// fill that found nothing cacheable) and the next fill: a site that sees several types
/// (richards' `t.fn(...)` over four task classes) pays the fill once per this many runs, not
/// on every run.
const BACKOFF_RUNS: u32 = 32;

/// Refills the cache words of the attribute instruction at `ip` after its generic path ran
/// on `obj` (`specialize`: the instruction's fill), or counts down its backoff.
///
/// # Safety
/// As for [`word`], for an instruction with two cache words.
#[inline(never)]
pub unsafe fn refill(code: *mut u32, ip: usize, obj: &Value, name: &Value, specialize: fn(&Value, &Value) -> [u32; 2]) {
    let w1 = word(code, ip, 1);
    let backoff = [0, kind::BACKOFF << 24 | BACKOFF_RUNS];
    let [n0, n1] = match cache_kind(w1) {
        kind::BACKOFF if operand(w1) > 0 => [0, w1 - 1],
        0 | kind::BACKOFF => match specialize(obj, name) {
            [_, 0] => backoff,
            words => words,
        },
        // A per-type entry missed on a type the same kind fits: the site sees several types.
        k @ (kind::INSTANCE | kind::METHOD) => match specialize(obj, name) {
            [_, n1] if cache_kind(n1) == k => [0, kind::POLY << 24 | if k == kind::INSTANCE { operand(n1) as u32 } else { 0 }],
            _ => backoff,
        },
        _ => backoff,
    };
    set_word(code, ip, 0, n0);
    set_word(code, ip, 1, n1);
}

const OPERAND_MASK: u32 = 0x00FF_FFFF;

#[inline(always)]
pub fn cache_kind(w1: u32) -> u32 {
    w1 >> 24
}

#[inline(always)]
fn operand(w1: u32) -> usize {
    (w1 & OPERAND_MASK) as usize
}

/// The instance dict entry an `INSTANCE` cache word names.
#[inline(always)]
pub fn entry_hint(w1: u32) -> u32 {
    w1 & OPERAND_MASK
}

/// Reads cache word `i` of the instruction at `ip`.
///
/// # Safety
/// `code` is the instruction array of a validated code object and the instruction at `ip`
/// has more than `i` cache words.
#[inline(always)]
pub unsafe fn word(code: *mut u32, ip: usize, i: usize) -> u32 {
    *code.add(ip + 1 + i)
}

/// # Safety
/// As for [`word`].
#[inline(always)]
pub unsafe fn set_word(code: *mut u32, ip: usize, i: usize, v: u32) {
    *code.add(ip + 1 + i) = v;
}

/// The DictData of a dict value (any dict subclass payload).
#[inline(always)]
fn dict_of(v: &Value) -> Option<&DictData> {
    v.downcast::<DictData>()
}

/// Whether instances of this type keep their `__dict__` in ext slot 0, where the attribute
/// caches look (the layout `Value::ext_dict_slot` uses).
#[inline(always)]
fn dict_in_slot0(td: &TypeData) -> bool {
    td.has_dict_slot.get() && td.dict_index.get() == 0 && !matches!(td.instance_kind.get(), Kind::Module | Kind::Function | Kind::Exception | Kind::Type)
}

/// Whether the instance dict of an object with header `h` can serve an attribute cache: no
/// `hook` (`sflag::GETATTRIBUTE` or `SETATTR`) on its type and the dict kept in ext slot 0.
/// What the MRO has of the name is the caller's to check.
#[inline(always)]
fn dict_site(h: &Header, hook: u16) -> bool {
    let td = tdata_ptr(h.class_ptr());
    td.slots.get() & hook == 0 && dict_in_slot0(td) && h.ext_len != 0
}

/// The instance dict in ext slot 0 (borrowed; no code may run while it is used).
#[inline(always)]
fn slot0_dict(h: &Header) -> Option<&Value> {
    if h.ext_len == 0 {
        return None;
    }
    // SAFETY: nothing replaces the slot while the borrow is used.
    unsafe { (*h.ext_slot(0).as_ptr()).as_ref() }
}

/// Whether an attribute found on the type cannot act as a data descriptor now or later: the
/// instance dict decides. Values of immutable builtin types qualify (their types cannot gain
/// `__set__`/`__delete__`).
fn inert_class_attr(d: &Value) -> bool {
    let immutable_type = tdata_ptr(d.class_ptr()).flags.get() & tflag::HEAPTYPE == 0;
    immutable_type
        && matches!(
            d.kind(),
            Kind::Function | Kind::Int | Kind::Bool | Kind::Float | Kind::Str | Kind::NoneType | Kind::Tuple | Kind::Bytes | Kind::FrozenSet | Kind::MethodDescr | Kind::Builtin
        )
}

/// The value at a cached location along the MRO of `td` (`MRO index << 16 | entry index`).
/// Valid only while the type's version tag matches the one the location was cached with.
#[inline(always)]
pub fn type_attr_at(td: &TypeData, loc: usize) -> Option<&Value> {
    let k = loc >> 16;
    let e = loc & 0xFFFF;
    let owner: &TypeData = if k == 0 {
        td
    } else {
        // SAFETY: the MRO tuple is not replaced while the borrow is used.
        let mro = unsafe { (*td.mro.as_ptr()).as_ref()? };
        tdata(mro.downcast::<TupleData>()?.items.get(k)?)
    };
    // SAFETY: as above, for the namespace.
    let d = unsafe { (*owner.dict.as_ptr()).as_ref()? };
    dict_of(d)?.value_at(e)
}

/// Where along the MRO of `cls` the attribute `name` is defined, as `type_attr_at` reads it.
fn type_attr_location(cls: *const Header, name: &Value) -> Option<usize> {
    let td = tdata_ptr(cls);
    let mro = td.mro.get_value_ref()?;
    for (k, c) in mro.downcast::<TupleData>()?.items.iter().enumerate() {
        let d = tdata(c).dict.get_value_ref();
        if let Some(e) = d.and_then(dict_of).and_then(|d| d.index_of_str(name)) {
            return (k < 256 && e < 0x1_0000).then_some(k << 16 | e);
        }
    }
    None
}

/// Borrowed access to a `Cell<Option<Value>>`'s contents.
trait CellRef {
    fn get_value_ref(&self) -> Option<&Value>;
}

impl CellRef for std::cell::Cell<Option<Value>> {
    #[inline(always)]
    fn get_value_ref(&self) -> Option<&Value> {
        // SAFETY: callers do not replace the cell's contents while the borrow is used.
        unsafe { (*self.as_ptr()).as_ref() }
    }
}

/// A module's dict (borrowed) if `obj` is exactly a module.
#[inline(always)]
fn module_dict(obj: &Value) -> Option<&DictData> {
    let h = obj.header()?;
    if h.class_ptr() != rt().ty_ptr(BT::Module) {
        return None;
    }
    // SAFETY: a `module`-class object has a module payload.
    let md = unsafe { obj.payload_unchecked::<ModuleData>() };
    dict_of(md.dict.get_value_ref()?)
}

// ---- LOAD_GLOBAL ---------------------------------------------------------------------------

/// The cached global/builtin, if the cache is valid for these dicts.
#[inline(always)]
pub fn load_global(globals: &Value, builtins: &Value, w: [u32; 3]) -> Option<Value> {
    if w[0] == 0 {
        return None;
    }
    let g = dict_of(globals)?;
    if g.keys_version_now() != w[0] {
        return None;
    }
    if w[1] == 0 {
        return clone_ref(g.value_at(w[2] as usize));
    }
    let b = dict_of(builtins)?;
    if b.keys_version_now() != w[1] {
        return None;
    }
    clone_ref(b.value_at(w[2] as usize))
}

/// Fills the LOAD_GLOBAL cache after a generic lookup of `name`. Inlined: the JIT's generator
/// (in the lazy `jit` chunk) calls it too, and a shared copy would leave the interpreter loop
/// and grow the core.
#[inline(always)]
pub fn specialize_load_global(globals: &Value, builtins: &Value, name: &Value) -> Option<[u32; 3]> {
    let g = dict_of(globals)?;
    if let Some(i) = g.index_of_str(name) {
        let gv = g.keys_version();
        return (gv != 0).then_some([gv, 0, i as u32]);
    }
    let b = dict_of(builtins)?;
    let i = b.index_of_str(name)?;
    let gv = g.keys_version();
    let bv = b.keys_version();
    (gv != 0 && bv != 0).then_some([gv, bv, i as u32])
}

// ---- LOAD_ATTR -----------------------------------------------------------------------------

/// The cached attribute of `obj`, if the guards hold.
#[inline(always)]
pub fn load_attr(obj: &Value, name: &Value, w0: u32, w1: u32) -> Option<Value> {
    match cache_kind(w1) {
        kind::INSTANCE => {
            let h = obj.header()?;
            if tdata_ptr(h.class_ptr()).version.get() != w0 {
                return None;
            }
            let dict = slot0_dict(h)?;
            if dict.class_ptr() != rt().ty_ptr(BT::Dict) {
                return None;
            }
            // SAFETY: an exact dict has a dict payload.
            let dd = unsafe { dict.payload_unchecked::<DictData>() };
            match dd.value_at_if_key(operand(w1), name) {
                Some(v) => Some(v.clone()),
                None => dd.get_str(name),
            }
        }
        kind::MODULE => {
            let dd = module_dict(obj)?;
            if dd.keys_version_now() != w0 {
                return None;
            }
            clone_ref(dd.value_at(operand(w1)))
        }
        // An unset slot misses: the generic lookup raises (or asks `__getattr__`).
        kind::SLOT => clone_ref(member_slot(obj, w0, w1)?.get_value_ref()),
        kind::POLY => poly_load_attr(obj, name, operand(w1)),
        kind::CLASS => clone_ref(class_attr(obj, w0, w1)),
        _ => None,
    }
}

/// The attribute a `CLASS` entry names, if `obj` is a class of metatype `type` whose version
/// is the cached one.
#[inline(never)]
fn class_attr(obj: &Value, w0: u32, w1: u32) -> Option<&Value> {
    if obj.class_ptr() != rt().ty_ptr(BT::Type) {
        return None;
    }
    let td = tdata(obj);
    if td.version.get() != w0 {
        return None;
    }
    type_attr_at(td, operand(w1))
}

/// Whether class access (`type.__getattribute__`) returns the class attribute `d` as it is:
/// no `__get__` now or later (an immutable builtin type), or a function or instance method
/// descriptor, whose `__get__` gives itself back without an instance.
fn class_inert(d: &Value) -> bool {
    inert_class_attr(d) && (d.kind() != Kind::MethodDescr || plain_method(d))
}

/// The `CLASS` cache words for `name` on `obj` (a class) if its metatype is exactly `type`,
/// `type` has nothing of that name (so no metatype descriptor takes part) and `fits` accepts
/// what the class's MRO has.
fn class_words(obj: &Value, name: &Value, fits: fn(&Value) -> bool) -> Option<[u32; 2]> {
    if obj.class_ptr() != rt().ty_ptr(BT::Type) || lookup_ptr(rt().ty_ptr(BT::Type), name).is_some() {
        return None;
    }
    let loc = type_attr_location(obj.as_ptr(), name)?;
    let td = tdata(obj);
    if !type_attr_at(td, loc).is_some_and(fits) {
        return None;
    }
    let v = type_version(td);
    (v != 0).then_some([v, kind::CLASS << 24 | loc as u32])
}

/// The header of `obj` if its instance dict decides attribute `name` the way `INSTANCE`'s
/// guards prove it for one type: no `hook` on its type, the dict in ext slot 0, and the
/// method cache's entry for the type saying the MRO has nothing of that name that could
/// act as a data descriptor (no entry: not known, a miss).
#[inline(always)]
fn poly_instance_header<'a>(obj: &'a Value, name: &Value, hook: u16) -> Option<&'a Header> {
    let h = obj.header()?;
    if !dict_site(h, hook) {
        return None;
    }
    match crate::runtime::method_cache_bits(h.class_ptr(), name)? {
        0 => Some(h),
        // SAFETY: the entry is valid (its version matched); borrowed for the check only.
        bits => inert_class_attr(&std::mem::ManuallyDrop::new(unsafe { Value::from_raw(bits) })).then_some(h),
    }
}

/// LOAD_ATTR's `POLY` hit: the instance dict's value (`hint`: the entry to try first).
#[inline(never)]
fn poly_load_attr(obj: &Value, name: &Value, hint: usize) -> Option<Value> {
    let dict = slot0_dict(poly_instance_header(obj, name, sflag::GETATTRIBUTE)?)?;
    if dict.class_ptr() != rt().ty_ptr(BT::Dict) {
        return None;
    }
    // SAFETY: an exact dict has a dict payload.
    let dd = unsafe { dict.payload_unchecked::<DictData>() };
    // The hint is one type's entry order; the others' are found without hashing.
    match dd.value_at_if_key(hint, name).or_else(|| dd.value_of_identical_key(name)) {
        Some(v) => Some(v.clone()),
        None => dd.get_str(name),
    }
}

/// The ext slot a `SLOT` cache entry names, if the guards hold (the length check covers an
/// object whose `__class__` was assigned from a type of another layout).
#[inline(always)]
fn member_slot(obj: &Value, w0: u32, w1: u32) -> Option<&std::cell::Cell<Option<Value>>> {
    let h = obj.header()?;
    if tdata_ptr(h.class_ptr()).version.get() != w0 || operand(w1) >= h.ext_len as usize {
        return None;
    }
    Some(h.ext_slot(operand(w1)))
}

/// The `SLOT` cache words for `name` on `obj` if the type finds a `__slots__` member of that
/// name first and has no custom attribute hook (`hook`).
fn slot_words(obj: &Value, name: &Value, hook: u16) -> Option<[u32; 2]> {
    let h = obj.header()?;
    let cls = h.class_ptr();
    let td = tdata_ptr(cls);
    if td.slots.get() & hook != 0 {
        return None;
    }
    let d = lookup_ptr(cls, name)?;
    let m = d.downcast::<MemberData>()?;
    if !is_subtype_ptr(cls, m.owner.as_ptr()) || m.index >= h.ext_len as usize || m.index > OPERAND_MASK as usize {
        return None;
    }
    let v = type_version(td);
    (v != 0).then_some([v, kind::SLOT << 24 | m.index as u32])
}

/// The instance-dict cache words for `name` on `obj`, if its type qualifies: no custom
/// `__getattribute__`/`__setattr__` (as `hook` says), the dict in ext slot 0, and nothing on
/// the type that could take precedence over the instance dict.
pub fn instance_words(obj: &Value, name: &Value, hook: u16) -> Option<[u32; 2]> {
    let h = obj.header()?;
    let cls = h.class_ptr();
    let td = tdata_ptr(cls);
    if !dict_site(h, hook) {
        return None;
    }
    match lookup_ptr(cls, name) {
        None => {}
        Some(d) if inert_class_attr(&d) => {}
        Some(_) => return None,
    }
    let dict = slot0_dict(h)?;
    if dict.class_ptr() != rt().ty_ptr(BT::Dict) {
        return None;
    }
    let i = dict_of(dict)?.index_of_str(name)?;
    let v = type_version(td);
    (v != 0 && i <= OPERAND_MASK as usize).then_some([v, kind::INSTANCE << 24 | i as u32])
}

/// The LOAD_ATTR cache words after a successful generic lookup (`[0, 0]`: not cacheable).
pub fn specialize_load_attr(obj: &Value, name: &Value) -> [u32; 2] {
    if let Some(dd) = module_dict(obj) {
        // The module dict decides unless the module type has a data descriptor of this name
        // (`module` is immutable, so checking once is enough).
        let shadowed = lookup_ptr(rt().ty_ptr(BT::Module), name).is_some_and(|d| !inert_class_attr(&d));
        if let (Some(i), false) = (dd.index_of_str(name), shadowed) {
            let v = dd.keys_version();
            if v != 0 && i <= OPERAND_MASK as usize {
                return [v, kind::MODULE << 24 | i as u32];
            }
        }
        return [0, 0];
    }
    if obj.kind() == Kind::Type {
        return class_words(obj, name, class_inert).unwrap_or([0, 0]);
    }
    instance_words(obj, name, sflag::GETATTRIBUTE).or_else(|| slot_words(obj, name, sflag::GETATTRIBUTE)).unwrap_or([0, 0])
}

// ---- STORE_ATTR ----------------------------------------------------------------------------

/// Stores through the cache if the guards hold; gives the value back otherwise.
#[inline(always)]
pub fn store_attr(obj: &Value, name: &Value, value: Value, w0: u32, w1: u32) -> Result<(), Value> {
    match cache_kind(w1) {
        kind::INSTANCE => match obj.header() {
            Some(h) if tdata_ptr(h.class_ptr()).version.get() == w0 && h.ext_len != 0 => store_in_dict(h, name, value, w1),
            _ => Err(value),
        },
        kind::SLOT => match member_slot(obj, w0, w1) {
            Some(slot) => {
                discard(slot.replace(Some(value)));
                Ok(())
            }
            None => Err(value),
        },
        kind::POLY => poly_store_attr(obj, name, value, w1),
        _ => Err(value),
    }
}

/// STORE_ATTR's `POLY` hit.
#[inline(never)]
fn poly_store_attr(obj: &Value, name: &Value, value: Value, w1: u32) -> Result<(), Value> {
    match poly_instance_header(obj, name, sflag::SETATTR) {
        Some(h) => store_in_dict(h, name, value, w1),
        None => Err(value),
    }
}

/// The instance-dict store of a cache hit (`w1`'s operand: the entry to try first), the
/// dict made if the object has none yet.
#[inline(always)]
fn store_in_dict(h: &Header, name: &Value, value: Value, w1: u32) -> Result<(), Value> {
    let td = tdata_ptr(h.class_ptr());
    let dict = match slot0_dict(h) {
        Some(d) => d,
        None => {
            // First attribute: what `instance_dict_create` does, with room for what earlier
            // instances of the type needed.
            h.ext_slot(0).set(Some(new_instance_dict(td)));
            match slot0_dict(h) {
                Some(d) => d,
                None => return Err(value),
            }
        }
    };
    if dict.class_ptr() != rt().ty_ptr(BT::Dict) {
        return Err(value);
    }
    // SAFETY: an exact dict has a dict payload.
    let dd = unsafe { dict.payload_unchecked::<DictData>() };
    match dd.replace_at_if_key(operand(w1), name, value).or_else(|value| dd.replace_identical_key(name, value)) {
        Ok(old) => {
            discard(old);
            Ok(())
        }
        Err(value) => {
            // Same type, another entry order (or a new attribute): probe, insert if absent.
            dd.set_str_index(name.clone(), value);
            note_dict_size(td, dd.len());
            Ok(())
        }
    }
}

/// Remembers how big instance dicts of a type get, so new ones start with room.
#[inline]
fn note_dict_size(td: &TypeData, n: usize) {
    if n > td.dict_hint.get() as usize {
        td.dict_hint.set(n.min(16) as u16);
    }
}

/// The STORE_ATTR cache words after a successful generic store (`[0, 0]`: not cacheable).
pub fn specialize_store_attr(obj: &Value, name: &Value) -> [u32; 2] {
    let words = instance_words(obj, name, sflag::SETATTR);
    if let (Some(_), Some(h)) = (&words, obj.header()) {
        if let Some(d) = slot0_dict(h).and_then(dict_of) {
            note_dict_size(tdata_ptr(h.class_ptr()), d.len());
        }
    }
    words.or_else(|| slot_words(obj, name, sflag::SETATTR)).unwrap_or([0, 0])
}

/// A new instance dict for an object of type `td`, sized by what earlier instances needed.
pub fn new_instance_dict(td: &TypeData) -> Value {
    Value::from_dict(DictData::with_capacity(td.dict_hint.get() as usize))
}

// ---- LOAD_METHOD ---------------------------------------------------------------------------

/// What a cached LOAD_METHOD found.
pub enum Method {
    /// An unbound function to call with `obj` prepended.
    Unbound(Value),
    /// A plain attribute (module function): call it as is.
    Attr(Value),
}

/// The cached method of `obj`, if the guards hold.
#[inline(always)]
pub fn load_method(obj: &Value, name: &Value, w0: u32, w1: u32) -> Option<Method> {
    match cache_kind(w1) {
        kind::METHOD => {
            let td = tdata_ptr(obj.class_ptr());
            if td.version.get() != w0 {
                return None;
            }
            if td.has_dict_slot.get() {
                // An instance attribute of the same name would shadow the method.
                if let Some(d) = obj.header().and_then(slot0_dict) {
                    if dict_of(d)?.contains_str(name) {
                        return None;
                    }
                }
            }
            type_attr_at(td, operand(w1)).map(|m| Method::Unbound(m.clone()))
        }
        kind::POLY => poly_load_method(obj, name),
        kind::MODULE => {
            let dd = module_dict(obj)?;
            if dd.keys_version_now() != w0 {
                return None;
            }
            dd.value_at(operand(w1)).map(|v| Method::Attr(v.clone()))
        }
        kind::CLASS => class_method(class_attr(obj, w0, w1)?),
        _ => None,
    }
}

/// What calling a class's attribute `d` (as `cls.name(...)`) calls: a function as it is, a
/// classmethod's function with the class first, a staticmethod's callable as it is; `None`
/// for anything else (its `__get__` decides).
fn class_method(d: &Value) -> Option<Method> {
    match d.kind() {
        Kind::Function => Some(Method::Attr(d.clone())),
        Kind::ClassMethod => crate::types::descr::wrapped(d).filter(|f| f.kind() == Kind::Function).map(Method::Unbound),
        Kind::StaticMethod => crate::types::descr::wrapped(d).map(Method::Attr),
        _ => None,
    }
}

/// LOAD_METHOD's `POLY` hit: a plain method the method cache has for `obj`'s type, under
/// `specialize_load_method`'s conditions, not shadowed by the instance dict.
#[inline(never)]
fn poly_load_method(obj: &Value, name: &Value) -> Option<Method> {
    let cls = obj.class_ptr();
    let td = tdata_ptr(cls);
    if !method_site_ok(obj, td) {
        return None;
    }
    let bits = crate::runtime::method_cache_bits(cls, name)?;
    if bits == 0 {
        return None;
    }
    // SAFETY: the entry is valid (its version matched); borrowed until cloned below.
    let m = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(bits) });
    if !plain_method(&m) {
        return None;
    }
    if td.has_dict_slot.get() {
        if let Some(d) = obj.header().and_then(slot0_dict) {
            if dict_of(d)?.contains_str(name) {
                return None;
            }
        }
    }
    Some(Method::Unbound((*m).clone()))
}

/// A LOAD_METHOD way of the JIT's attribute caches for `obj`'s type (`METHOD`'s conditions):
/// the type's version tag and the method it has for `name` (its address: the version proves
/// the type still holds it), bit 0 set when instances have a dict that could shadow it.
pub fn method_way(obj: &Value, name: &Value) -> Option<(u32, u32)> {
    let [version, w1] = specialize_load_method(obj, name);
    if cache_kind(w1) != kind::METHOD {
        return None;
    }
    let td = tdata_ptr(obj.class_ptr());
    let m = type_attr_at(td, operand(w1))?;
    Some((version, m.bits() as u32 | td.has_dict_slot.get() as u32))
}

/// The class way of the JIT's attribute caches for `obj`, a class of metatype `type`
/// (`CLASS`'s conditions): the class's own version tag and, for LOAD_ATTR, the address of the
/// value class access returns as it is; for LOAD_METHOD (`method`), the address of what the
/// class holds with what [`class_method`] makes of it in the low bits: 0 a function (called
/// as it is), 1 a classmethod (its function called with the class first), 2 a staticmethod
/// (its callable called as it is). The version proves the class still holds it, which keeps
/// it alive; a wrapper's callable is read from it on each use (`__init__` can replace it,
/// and a classmethod's is then checked to be a function still).
pub fn class_way(obj: &Value, name: &Value, method: bool) -> Option<(u32, u32)> {
    let [version, w1] = if method { class_words(obj, name, |d| class_method(d).is_some()) } else { class_words(obj, name, class_inert) }?;
    let d = type_attr_at(tdata(obj), operand(w1))?;
    let low = match d.kind() {
        _ if !method => 0,
        Kind::ClassMethod => 1,
        Kind::StaticMethod => 2,
        _ => 0,
    };
    Some((version, d.bits() as u32 | low))
}

/// Whether LOAD_METHOD's caches may serve `obj` (of type `td`) at all.
#[inline(always)]
fn method_site_ok(obj: &Value, td: &TypeData) -> bool {
    !matches!(obj.kind(), Kind::Type | Kind::Super | Kind::Module | Kind::Function | Kind::Exception)
        && td.slots.get() & sflag::GETATTRIBUTE == 0
        && (!td.has_dict_slot.get() || dict_in_slot0(td))
}

/// A function or an instance method descriptor: what LOAD_METHOD calls with `self` first.
#[inline(always)]
fn plain_method(m: &Value) -> bool {
    match m.kind() {
        Kind::Function => true,
        Kind::MethodDescr => m.downcast::<MethodDescrData>().map(|d| d.def.kind != MethodKind::Class).unwrap_or(false),
        _ => false,
    }
}

/// The LOAD_METHOD cache words after a generic `get_method` (`[0, 0]`: not cacheable).
pub fn specialize_load_method(obj: &Value, name: &Value) -> [u32; 2] {
    if module_dict(obj).is_some() {
        return specialize_load_attr(obj, name);
    }
    if obj.kind() == Kind::Type {
        return class_words(obj, name, |d| class_method(d).is_some()).unwrap_or([0, 0]);
    }
    let cls = obj.class_ptr();
    let td = tdata_ptr(cls);
    if !method_site_ok(obj, td) {
        return [0, 0];
    }
    let Some(m) = lookup_ptr(cls, name) else { return [0, 0] };
    if !plain_method(&m) {
        return [0, 0];
    }
    let Some(loc) = type_attr_location(cls, name) else { return [0, 0] };
    if !type_attr_at(td, loc).is_some_and(|v| v.is(&m)) {
        return [0, 0];
    }
    let v = type_version(td);
    if v == 0 {
        return [0, 0];
    }
    [v, kind::METHOD << 24 | loc as u32]
}

// ---- CALL ----------------------------------------------------------------------------------

/// The cached `__init__` of class `cls` (a type whose calls run `__init__` inline).
#[inline(always)]
pub fn class_init(cls: &Value, w0: u32, w1: u32) -> Option<&Value> {
    if cache_kind(w1) != kind::INIT {
        return None;
    }
    let td = tdata(cls);
    if td.version.get() != w0 {
        return None;
    }
    type_attr_at(td, operand(w1))
}

/// The CALL cache words for a class call running `__init__` inline (`[0, 0]`: none).
pub fn specialize_class_init(cls: &Value) -> [u32; 2] {
    let init = crate::runtime::intern_static("__init__");
    let Some(loc) = type_attr_location(cls.as_ptr(), &init) else { return [0, 0] };
    let v = type_version(tdata(cls));
    if v == 0 {
        return [0, 0];
    }
    [v, kind::INIT << 24 | loc as u32]
}

/// `Option<&Value>::cloned` written out: at opt-level z LLVM keeps `cloned` out of line even
/// in the interpreter loop these cache hits are inlined into.
#[inline(always)]
#[allow(clippy::manual_map)] // `map` is the out-of-line call this avoids
fn clone_ref(v: Option<&Value>) -> Option<Value> {
    match v {
        Some(v) => Some(v.clone()),
        None => None,
    }
}
