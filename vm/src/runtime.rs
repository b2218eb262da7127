//! Process-wide (per-thread) runtime state that code without a `&mut Vm` needs: builtin type
//! and singleton pointers (so `Value::str("x")` needs no VM), the collector's generation lists,
//! the queue of objects awaiting `__del__` and weakref callbacks, the weakref table, and the
//! eval-breaker flag the interpreter polls. One VM per thread.

use crate::object::{flag, free_obj, Header, Kind, Obj};
use crate::types::typeobj::TypeData;
use crate::value::Value;
use std::cell::{Cell, UnsafeCell};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

macro_rules! builtin_types {
    ($($name:ident,)*) => {
        /// Builtin types the VM refers to directly (`rt().ty(BT::List)`).
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[repr(u8)]
        pub enum BT { $($name,)* }
        impl BT {
            pub const COUNT: usize = [$(BT::$name,)*].len();
            pub const ALL: [BT; BT::COUNT] = [$(BT::$name,)*];
        }
    };
}

builtin_types! {
    Object, Type, Int, Bool, Float, Complex, Str, Bytes, ByteArray, MemoryView, List, Tuple, Dict,
    Set, FrozenSet, Range, Slice, NoneType, NotImplementedType, Ellipsis, Function, Code, Cell,
    Module, BuiltinFunction, MethodDescriptor, ClassMethodDescriptor, WrapperDescriptor, Method,
    Property, ClassMethod, StaticMethod, GetSetDescriptor, MemberDescriptor, Super, Generator,
    Coroutine, AsyncGenerator, CoroutineWrapper, AsyncGenASend, AsyncGenAThrow, AsyncGenWrappedValue, AnextAwaitable,
    Frame, Traceback, ListIterator, ListReverseIterator, TupleIterator, RangeIterator,
    LongRangeIterator, StrAsciiIterator, StrIterator, BytesIterator, ByteArrayIterator,
    DictKeyIterator, DictValueIterator, DictItemIterator, DictRevKeyIterator, DictRevValueIterator,
    DictRevItemIterator, SetIterator, SeqIterator, CallableIterator, Enumerate, Zip, Map, Filter,
    Reversed, DictKeys, DictValues, DictItems, MappingProxy, WeakRef, WeakProxy,
    WeakCallableProxy, GenericAlias, UnionType, BaseException,
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<crate::hash::FxHasher>>;

/// Per-thread runtime state.
pub struct Runtime {
    types: [Cell<*const Header>; BT::COUNT],
    pub(crate) none: Cell<*const Header>,
    pub(crate) true_: Cell<*const Header>,
    pub(crate) false_: Cell<*const Header>,
    pub(crate) not_implemented: Cell<*const Header>,
    pub(crate) ellipsis: Cell<*const Header>,
    pub(crate) empty_tuple: Cell<*const Header>,
    pub(crate) empty_str: Cell<*const Header>,
    /// Exception types by `ExcType` index.
    pub(crate) exc_types: UnsafeCell<Vec<*const Header>>,
    /// Interned strings (immortal), by content.
    pub(crate) interned: UnsafeCell<FxMap<&'static str, *const Header>>,
    /// Generation lists of tracked objects.
    pub(crate) gens: UnsafeCell<[Vec<*const Header>; 3]>,
    pub(crate) gc_enabled: Cell<bool>,
    pub(crate) gc_thresholds: Cell<[usize; 3]>,
    /// Collections of each generation since the next older one was collected.
    pub(crate) gc_counts: Cell<[usize; 3]>,
    /// Allocations of tracked objects minus deallocations since the last gen-0 collection.
    pub(crate) gc_allocs: Cell<isize>,
    pub(crate) gc_pending: Cell<bool>,
    pub(crate) gc_collecting: Cell<bool>,
    /// Objects resurrected for `__del__` (or generator close) to run at the next safe point.
    pub(crate) pending_del: UnsafeCell<Vec<Value>>,
    /// Weakref callbacks to call: (callback, weakref).
    pub(crate) pending_callbacks: UnsafeCell<Vec<(Value, Value)>>,
    /// object address -> weakref objects pointing at it (not counted references).
    pub(crate) weakrefs: UnsafeCell<FxMap<usize, Vec<*const Header>>>,
    /// Set when the interpreter must stop at the next instruction boundary.
    pub(crate) eval_breaker: Cell<bool>,
    dealloc_depth: Cell<u32>,
    deferred_frees: UnsafeCell<Vec<*const Header>>,
    /// The interned one-character strings for ASCII, filled on first use.
    ascii_strs: [Cell<*const Header>; 128],
    /// MRO lookups, direct-mapped by (type version tag, interned name address).
    method_cache: UnsafeCell<Vec<MethodCacheEntry>>,
    /// The last version tag handed out (types and dict key sets share the sequence).
    last_version: Cell<u32>,
    /// (address, length) of a `&'static str` -> its interned string (no hashing of bytes).
    static_names: UnsafeCell<FxMap<(usize, usize), *const Header>>,
    /// Direct-mapped front of `static_names`: (address, length, interned string).
    static_names_front: [Cell<(usize, usize, *const Header)>; STATIC_FRONT],
}

const STATIC_FRONT: usize = 512;

thread_local! {
    static RT: Runtime = const { Runtime::new() };
}

impl Runtime {
    const fn new() -> Runtime {
        const NULL: Cell<*const Header> = Cell::new(std::ptr::null());
        Runtime {
            types: [NULL; BT::COUNT],
            none: NULL,
            true_: NULL,
            false_: NULL,
            not_implemented: NULL,
            ellipsis: NULL,
            empty_tuple: NULL,
            empty_str: NULL,
            exc_types: UnsafeCell::new(Vec::new()),
            interned: UnsafeCell::new(HashMap::with_hasher(BuildHasherDefault::new())),
            gens: UnsafeCell::new([Vec::new(), Vec::new(), Vec::new()]),
            gc_enabled: Cell::new(true),
            gc_thresholds: Cell::new([700, 10, 10]),
            gc_counts: Cell::new([0, 0, 0]),
            gc_allocs: Cell::new(0),
            gc_pending: Cell::new(false),
            gc_collecting: Cell::new(false),
            pending_del: UnsafeCell::new(Vec::new()),
            pending_callbacks: UnsafeCell::new(Vec::new()),
            weakrefs: UnsafeCell::new(HashMap::with_hasher(BuildHasherDefault::new())),
            eval_breaker: Cell::new(false),
            dealloc_depth: Cell::new(0),
            deferred_frees: UnsafeCell::new(Vec::new()),
            ascii_strs: [NULL; 128],
            method_cache: UnsafeCell::new(Vec::new()),
            last_version: Cell::new(0),
            static_names: UnsafeCell::new(HashMap::with_hasher(BuildHasherDefault::new())),
            static_names_front: [const { Cell::new((0, 0, std::ptr::null())) }; STATIC_FRONT],
        }
    }

    #[inline(always)]
    pub fn ty_ptr(&self, t: BT) -> *const Header {
        self.types[t as usize].get()
    }

    /// A builtin type, borrowed: no count added (and none dropped again), for the class of an
    /// object allocated on a hot path.
    #[inline(always)]
    pub fn ty_borrowed(&self, t: BT) -> std::mem::ManuallyDrop<Value> {
        // SAFETY: builtin types live as long as the runtime; the value is never dropped.
        std::mem::ManuallyDrop::new(unsafe { Value::from_raw(self.ty_ptr(t) as usize) })
    }

    /// A builtin type (new reference).
    #[inline(always)]
    pub fn ty(&self, t: BT) -> Value {
        // SAFETY: builtin types are immortal once the VM is initialized.
        unsafe { Value::from_ptr(self.ty_ptr(t)) }
    }

    pub(crate) fn set_ty(&self, t: BT, v: &Value) {
        self.types[t as usize].set(v.as_ptr());
    }

    #[allow(clippy::mut_from_ref)]
    pub(crate) fn gens(&self) -> &mut [Vec<*const Header>; 3] {
        // SAFETY: single-threaded; callers do not hold the borrow across calls that touch it.
        unsafe { &mut *self.gens.get() }
    }

    #[allow(clippy::mut_from_ref)]
    pub(crate) fn weakref_table(&self) -> &mut FxMap<usize, Vec<*const Header>> {
        // SAFETY: as above.
        unsafe { &mut *self.weakrefs.get() }
    }

    pub(crate) fn push_pending_del(&self, v: Value) {
        // SAFETY: as above.
        unsafe { (*self.pending_del.get()).push(v) };
        self.eval_breaker.set(true);
    }

    pub(crate) fn take_pending_del(&self) -> Vec<Value> {
        // SAFETY: as above.
        unsafe { std::mem::take(&mut *self.pending_del.get()) }
    }

    pub(crate) fn push_pending_callback(&self, cb: Value, wr: Value) {
        // SAFETY: as above.
        unsafe { (*self.pending_callbacks.get()).push((cb, wr)) };
        self.eval_breaker.set(true);
    }

    pub(crate) fn take_pending_callbacks(&self) -> Vec<(Value, Value)> {
        // SAFETY: as above.
        unsafe { std::mem::take(&mut *self.pending_callbacks.get()) }
    }

    pub(crate) fn has_pending(&self) -> bool {
        // SAFETY: as above.
        unsafe { !(*self.pending_del.get()).is_empty() || !(*self.pending_callbacks.get()).is_empty() }
    }
}

/// The runtime of the current thread.
#[inline(always)]
pub fn rt() -> &'static Runtime {
    // SAFETY: the thread-local lives as long as the thread; Values never cross threads.
    RT.with(|r| unsafe { &*(r as *const Runtime) })
}

#[inline(always)]
pub fn builtin_type_ptr(t: BT) -> *const Header {
    rt().ty_ptr(t)
}

/// Adds a new container object to generation 0.
pub(crate) fn gc_track(ptr: *const Header) {
    let r = rt();
    let h = unsafe { &*ptr };
    let g0 = &mut r.gens()[0];
    h.gc_index.set(g0.len() as u32);
    g0.push(ptr);
    h.set_flag(flag::TRACKED);
    h.flags.set(h.flags.get() & !flag::GEN_MASK);
    let n = r.gc_allocs.get() + 1;
    r.gc_allocs.set(n);
    if n > r.gc_thresholds.get()[0] as isize && r.gc_enabled.get() && r.gc_thresholds.get()[0] > 0 && !r.gc_collecting.get() {
        r.gc_pending.set(true);
        r.eval_breaker.set(true);
    }
}

/// Removes an object from its generation list.
pub(crate) fn gc_untrack(ptr: *const Header) {
    let r = rt();
    let h = unsafe { &*ptr };
    let gen = ((h.flags.get() & flag::GEN_MASK) >> flag::GEN_SHIFT) as usize;
    let list = &mut r.gens()[gen];
    let i = h.gc_index.get() as usize;
    debug_assert!(list[i] == ptr);
    list.swap_remove(i);
    if let Some(&moved) = list.get(i) {
        unsafe { (*moved).gc_index.set(i as u32) };
    }
    h.clear_flag(flag::TRACKED);
    if gen == 0 {
        r.gc_allocs.set(r.gc_allocs.get() - 1);
    }
}

/// Whether the class of `h` defines `__del__` (or is a generator needing close()).
fn needs_finalizer(h: &Header) -> bool {
    if h.has_flag(flag::FINALIZED) {
        return false;
    }
    if h.kind == Kind::Generator {
        return crate::types::generator::needs_close(h);
    }
    // SAFETY: the class of a live object is a live Type object.
    let cls = unsafe { &*(h.class_ptr() as *const Obj<TypeData>) };
    cls.data.has_del.get()
}

/// Called when an object's count reaches zero: queue it for `__del__`, or clear weakrefs
/// pointing at it and free it. Deep chains (a long linked list) are freed iteratively.
///
/// # Safety
/// `ptr` is an object whose count just reached zero.
pub(crate) unsafe fn release(ptr: *const Header) {
    let h = &*ptr;
    // An exact float (every float result is a new one): no flags, so no finalizer, weak
    // references or GC tracking, and nothing in its payload to drop.
    if h.kind == Kind::Float && h.flags.get() == 0 && h.class_ptr() == rt().ty_ptr(BT::Float) && h.ext_len == 0 {
        crate::object::free_float(ptr);
        return;
    }
    let r = rt();
    if h.has_flag(flag::IMMORTAL) {
        h.make_immortal();
        return;
    }
    if needs_finalizer(h) {
        h.set_flag(flag::FINALIZED);
        h.set_refcount(1);
        r.push_pending_del(Value::from_owned_ptr(ptr));
        return;
    }
    if h.has_flag(flag::HAS_WEAKREFS) {
        crate::types::weakref::clear_weakrefs(ptr, true);
    }
    let depth = r.dealloc_depth.get();
    if depth >= 200 {
        (*r.deferred_frees.get()).push(ptr);
        return;
    }
    r.dealloc_depth.set(depth + 1);
    free_obj(ptr);
    if depth == 0 {
        while let Some(p) = (*r.deferred_frees.get()).pop() {
            free_obj(p);
        }
    }
    r.dealloc_depth.set(depth);
}

/// One slot of the method cache. `value` is borrowed: while the type's version tag is
/// unchanged, the namespace along its MRO that holds it is unchanged too.
#[derive(Clone, Copy)]
struct MethodCacheEntry {
    version: u32,
    name: usize,
    /// The value's bits (`Value::bits`; small ints included), 0 for "not found".
    value: usize,
}

const METHOD_CACHE_SIZE: usize = 2048;

#[inline(always)]
fn method_cache_slot(version: u32, name: usize) -> usize {
    ((version as usize).wrapping_mul(0x9E37_79B9) ^ (name >> 3)) & (METHOD_CACHE_SIZE - 1)
}

/// A new version tag for a type or a dict's key set; 0 once the tags ran out (never cached).
pub(crate) fn next_version() -> u32 {
    let r = rt();
    let v = r.last_version.get();
    if v == u32::MAX {
        return 0;
    }
    r.last_version.set(v + 1);
    v + 1
}

/// A cached MRO lookup as the found value's bits (0: not found), without taking a
/// reference: valid while the type's version tag is unchanged. Always inlined: a call here
/// cost every MRO lookup (`lookup_ptr`) a fifth of its time.
#[inline(always)]
pub(crate) fn method_cache_bits(cls: *const Header, name: &Value) -> Option<usize> {
    let version = crate::types::typeobj::tdata_ptr(cls).version.get();
    if version == 0 {
        return None;
    }
    // SAFETY: single-threaded; the borrow ends before returning.
    let cache = unsafe { &*rt().method_cache.get() };
    let e = cache.get(method_cache_slot(version, name.bits()))?;
    (e.version == version && e.name == name.bits()).then_some(e.value)
}

/// A cached MRO lookup: `Some(result)` on a hit.
#[inline]
pub(crate) fn method_cache_get(cls: *const Header, name: &Value) -> Option<Option<Value>> {
    let bits = method_cache_bits(cls, name)?;
    if bits == 0 {
        return Some(None);
    }
    // SAFETY: the version tag matches, so the namespace holding the value still holds it;
    // we only borrow it to take a new reference.
    let borrowed = std::mem::ManuallyDrop::new(unsafe { Value::from_raw(bits) });
    Some(Some((*borrowed).clone()))
}

/// Remembers the result of an MRO lookup of `name` (interned) on `cls`.
pub(crate) fn method_cache_put(cls: *const Header, name: &Value, v: &Option<Value>) {
    let version = crate::types::typeobj::type_version(crate::types::typeobj::tdata_ptr(cls));
    if version == 0 {
        return;
    }
    // SAFETY: as above.
    let cache = unsafe { &mut *rt().method_cache.get() };
    if cache.is_empty() {
        cache.resize(METHOD_CACHE_SIZE, MethodCacheEntry { version: 0, name: 0, value: 0 });
    }
    cache[method_cache_slot(version, name.bits())] = MethodCacheEntry {
        version,
        name: name.bits(),
        value: v.as_ref().map(|v| v.bits()).unwrap_or(0),
    };
}

/// The interned one-character string for an ASCII byte (no hashing after the first time).
#[inline]
pub fn ascii_str(b: u8) -> Value {
    let slot = &rt().ascii_strs[(b & 0x7f) as usize];
    let p = slot.get();
    if !p.is_null() {
        // SAFETY: interned strings are immortal.
        return unsafe { Value::from_ptr(p) };
    }
    let v = Value::intern(std::str::from_utf8(&[b & 0x7f]).unwrap_or(""));
    slot.set(v.as_ptr());
    v
}

/// The interned string for a string literal, found by the literal's address (cheap: no
/// hashing of the text). Only for `&'static str`, whose address identifies its content.
#[inline]
pub fn intern_static(s: &'static str) -> Value {
    let r = rt();
    let key = (s.as_ptr() as usize, s.len());
    let front = &r.static_names_front[((key.0 >> 2) ^ key.1) % STATIC_FRONT];
    let (a, n, p) = front.get();
    if a == key.0 && n == key.1 {
        // SAFETY: interned strings are immortal.
        return unsafe { Value::from_ptr(p) };
    }
    intern_static_slow(key, front, s)
}

#[cold]
fn intern_static_slow(key: (usize, usize), front: &Cell<(usize, usize, *const Header)>, s: &'static str) -> Value {
    // SAFETY: single-threaded; the borrow ends before interning (which may allocate).
    let map = unsafe { &mut *rt().static_names.get() };
    let v = match map.get(&key) {
        // SAFETY: interned strings are immortal.
        Some(&p) => unsafe { Value::from_ptr(p) },
        None => {
            let v = Value::intern(s);
            // SAFETY: as above.
            unsafe { (*rt().static_names.get()).insert(key, v.as_ptr()) };
            v
        }
    };
    front.set((key.0, key.1, v.as_ptr()));
    v
}
