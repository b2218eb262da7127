//! Heap objects: the header every object starts with, the table of payload kinds, allocation,
//! reference counting, deallocation and downcasting.
//!
//! Memory layout of one object: `[ext slots][Header][payload]`. The optional *ext slots* sit
//! before the header (like CPython's pre-header): instances of user-defined classes keep their
//! `__dict__` and `__slots__` values there, whatever the payload kind (so `class L(list)`
//! instances are `Kind::List` objects with a dict slot). The header records how many.

use crate::value::Value;
use std::alloc::{handle_alloc_error, Layout};
use std::cell::Cell;

/// Object flag bits (`Header::flags`).
pub mod flag {
    /// In a GC generation list (container objects only).
    pub const TRACKED: u8 = 1;
    /// Generation number (0..=2) in bits 1-2.
    pub const GEN_SHIFT: u8 = 1;
    pub const GEN_MASK: u8 = 0b110;
    /// `__del__` already ran (PEP 442: at most once).
    pub const FINALIZED: u8 = 8;
    /// Some weak reference points here (see `weakref` table in the runtime).
    pub const HAS_WEAKREFS: u8 = 16;
    /// Never freed (None, True, types, interned strings...).
    pub const IMMORTAL: u8 = 32;
    // 64 is free (the collector keeps its marks beside the object list).
    /// An interned string.
    pub const INTERNED: u8 = 128;
}

/// Reference count of immortal objects; decrements never reach zero.
const IMMORTAL_RC: u32 = 1 << 30;

/// Offset of the class pointer in a [`Header`] (the JIT's inline attribute paths read it).
pub const HEADER_CLASS: usize = std::mem::offset_of!(Header, cls);

/// The header at the start of every heap object.
#[repr(C)]
pub struct Header {
    rc: Cell<u32>,
    pub kind: Kind,
    pub flags: Cell<u8>,
    /// Number of ext slots before the header.
    pub ext_len: u16,
    /// Index in the GC generation list (valid when TRACKED).
    pub gc_index: Cell<u32>,
    /// The object's class: a `Kind::Type` object (a counted reference).
    cls: Cell<*const Header>,
}

impl Header {
    #[inline(always)]
    pub fn incref(&self) {
        self.rc.set(self.rc.get().wrapping_add(1));
    }

    /// # Safety
    /// `ptr` must be a live object and the caller must own one reference to it.
    #[inline(always)]
    pub unsafe fn decref(ptr: *const Header) {
        let h = &*ptr;
        let rc = h.rc.get() - 1;
        h.rc.set(rc);
        if rc == 0 {
            crate::runtime::release(ptr);
        }
    }

    #[inline(always)]
    pub fn refcount(&self) -> u32 {
        self.rc.get()
    }

    pub(crate) fn set_refcount(&self, rc: u32) {
        self.rc.set(rc);
    }

    #[inline(always)]
    pub fn has_flag(&self, f: u8) -> bool {
        self.flags.get() & f != 0
    }

    #[inline(always)]
    pub fn set_flag(&self, f: u8) {
        self.flags.set(self.flags.get() | f);
    }

    #[inline(always)]
    pub fn clear_flag(&self, f: u8) {
        self.flags.set(self.flags.get() & !f);
    }

    /// The class as a raw pointer (borrowed).
    #[inline(always)]
    pub fn class_ptr(&self) -> *const Header {
        self.cls.get()
    }

    /// Replaces the class (for `__class__` assignment); the caller checked layouts agree.
    pub fn set_class(&self, cls: Value) {
        let old = self.cls.replace(cls.into_raw() as *const Header);
        // SAFETY: the header owned a reference to the old class.
        unsafe { drop(Value::from_raw(old as usize)) };
    }

    /// Pointer to ext slot `i` (0-based, `i < ext_len`).
    #[inline(always)]
    pub fn ext_slot(&self, i: usize) -> &Cell<Option<Value>> {
        debug_assert!(i < self.ext_len as usize);
        // SAFETY: ext slots are laid out right before the header, last slot adjacent to it.
        unsafe {
            let base = (self as *const Header as *const Cell<Option<Value>>).sub(self.ext_len as usize);
            &*base.add(i)
        }
    }

    /// Sets the class of an object created without one (bootstrap of `type` only).
    ///
    /// # Safety
    /// The class pointer must currently be null.
    pub(crate) unsafe fn init_class(&self, cls: Value) {
        debug_assert!(self.cls.get().is_null());
        self.cls.set(cls.into_raw() as *const Header);
    }

    pub fn make_immortal(&self) {
        self.rc.set(IMMORTAL_RC);
        self.set_flag(flag::IMMORTAL);
    }
}

/// A heap object with payload `T`.
#[repr(C)]
pub struct Obj<T> {
    pub header: Header,
    pub data: T,
}

/// Payload types name their kind; `Value::downcast` uses it.
pub trait Payload: Sized + 'static {
    const KIND: Kind;
}

/// Reachability for the cycle collector: report every `Value` this payload owns, and drop
/// them all on `clear` (to break a cycle). Payloads that own no values use the defaults.
pub trait Trace {
    fn trace(&self, _visit: &mut dyn FnMut(&Value)) {}
    fn clear(&self) {}
}

/// Calls `$m!` with the table of kinds: `Name => payload type, tracked-by-GC;`.
macro_rules! for_each_kind {
    ($m:ident) => {
        $m! {
            Object => (), false;
            Type => crate::types::typeobj::TypeData, true;
            Int => crate::types::int::BigIntData, false;
            Bool => bool, false;
            Float => f64, false;
            Complex => crate::types::complex::ComplexData, false;
            Str => crate::types::str::StrData, false;
            Bytes => crate::types::bytes::BytesData, false;
            ByteArray => crate::types::bytes::ByteArrayData, false;
            MemoryView => crate::types::memoryview::MemoryViewData, true;
            List => crate::types::list::ListData, true;
            Tuple => crate::types::tuple::TupleData, true;
            Dict => crate::types::dict::DictData, true;
            Set => crate::types::set::SetData, true;
            FrozenSet => crate::types::set::FrozenSetData, true;
            Range => crate::types::range::RangeData, false;
            Slice => crate::types::slice::SliceData, false;
            NoneType => crate::object::NoneData, false;
            NotImplemented => crate::object::NotImplementedData, false;
            Ellipsis => crate::object::EllipsisData, false;
            Function => crate::types::function::FunctionData, true;
            Code => crate::types::code::CodeData, false;
            Cell => crate::types::function::CellData, true;
            Module => crate::types::module::ModuleData, true;
            Builtin => crate::types::builtin::BuiltinData, true;
            MethodDescr => crate::types::builtin::MethodDescrData, false;
            BoundMethod => crate::types::function::BoundMethodData, true;
            Property => crate::types::descr::PropertyData, true;
            ClassMethod => crate::types::descr::ClassMethodData, true;
            StaticMethod => crate::types::descr::StaticMethodData, true;
            GetSet => crate::types::descr::GetSetData, true;
            Member => crate::types::descr::MemberData, false;
            Super => crate::types::descr::SuperData, true;
            Generator => crate::types::generator::GenData, true;
            Frame => crate::types::frameobj::FrameObjData, true;
            Traceback => crate::types::frameobj::TracebackData, true;
            Exception => crate::types::exception::ExceptionData, true;
            Iter => crate::types::iter::IterData, true;
            DictView => crate::types::dict::DictViewData, true;
            MappingProxy => crate::types::dict::MappingProxyData, true;
            WeakRef => crate::types::weakref::WeakRefData, true;
            GenericAlias => crate::types::typeobj::GenericAliasData, true;
            Native => crate::types::native::NativeData, true;
        }
    };
}

macro_rules! define_kinds {
    ($($name:ident => $ty:ty, $tracked:expr;)*) => {
        /// What payload follows the header.
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        #[repr(u8)]
        pub enum Kind { $($name,)* }

        impl Kind {
            pub const COUNT: usize = [$(Kind::$name,)*].len();
            pub const ALL: [Kind; Kind::COUNT] = [$(Kind::$name,)*];

            /// Whether objects of this kind are tracked by the cycle collector.
            #[inline]
            pub fn tracked(self) -> bool {
                match self { $(Kind::$name => $tracked,)* }
            }

            /// Size and alignment of `Obj<payload>`.
            pub fn layout(self) -> Layout {
                match self { $(Kind::$name => Layout::new::<Obj<$ty>>(),)* }
            }
        }

        $(impl Payload for $ty { const KIND: Kind = Kind::$name; })*

        /// Drops the payload in place.
        ///
        /// # Safety
        /// `ptr` is an object of its kind whose payload was not dropped yet.
        pub(crate) unsafe fn drop_payload(ptr: *const Header) {
            match (*ptr).kind {
                $(Kind::$name => std::ptr::drop_in_place(std::ptr::addr_of_mut!((*(ptr as *mut Obj<$ty>)).data)),)*
            }
        }

        /// Visits the values the payload owns.
        pub(crate) fn trace_payload(h: &Header, visit: &mut dyn FnMut(&Value)) {
            // SAFETY: the kind tag says which payload follows.
            unsafe {
                match h.kind {
                    $(Kind::$name => Trace::trace(&(*(h as *const Header as *const Obj<$ty>)).data, visit),)*
                }
            }
        }

        /// Drops the values the payload owns (breaking a cycle).
        pub(crate) fn clear_payload(h: &Header) {
            // SAFETY: as above.
            unsafe {
                match h.kind {
                    $(Kind::$name => Trace::clear(&(*(h as *const Header as *const Obj<$ty>)).data),)*
                }
            }
        }
    };
}
for_each_kind!(define_kinds);

impl Trace for () {}

/// Payloads of the singletons (distinct types so each names its kind).
pub struct NoneData;
pub struct NotImplementedData;
pub struct EllipsisData;
impl Trace for NoneData {}
impl Trace for NotImplementedData {}
impl Trace for EllipsisData {}
impl Trace for bool {}
impl Trace for f64 {}

/// The layout of a whole allocation with `ext_len` slots, and the header's offset in it.
#[inline(always)]
fn full_layout(kind: Kind, ext_len: usize) -> (Layout, usize) {
    let obj = kind.layout();
    let align = obj.align().max(std::mem::align_of::<usize>());
    // Alignments are powers of two: round with a mask (a division on wasm32 otherwise).
    let pre = (ext_len * std::mem::size_of::<usize>() + align - 1) & !(align - 1);
    // header offset `pre` keeps the object aligned; slots end exactly at the header only when
    // `pre == ext_len * word`, so compute slot addresses from the header backwards.
    // SAFETY: `align` is a power of two and the size (a payload plus at most 2**16 words)
    // cannot overflow isize.
    (unsafe { Layout::from_size_align_unchecked(pre + obj.size(), align) }, pre)
}

/// Free lists of small object blocks, by size in words of `SMALL_GRAIN` bytes: objects are
/// allocated and freed at interpreter speed (an instance, its dict, a bound method, an
/// iterator per call or loop), and the system allocator's bookkeeping (dlmalloc on wasm32)
/// cost more than the work around it. A block is reused only for the same size class; each
/// list keeps at most `SMALL_KEEP` blocks and gives the rest back.
mod small {
    use std::alloc::{alloc, dealloc, Layout};
    use std::cell::Cell;

    pub const GRAIN: usize = 8;
    const CLASSES: usize = 16;
    const KEEP: u32 = 256;

    struct Lists {
        head: [Cell<*mut u8>; CLASSES],
        len: [Cell<u32>; CLASSES],
    }

    thread_local! {
        static LISTS: Lists = const {
            Lists { head: [const { Cell::new(std::ptr::null_mut()) }; CLASSES], len: [const { Cell::new(0) }; CLASSES] }
        };
    }

    /// The lists of this thread, borrowed outside `with` (its closure stays out of line at
    /// opt-level z).
    #[inline(always)]
    fn lists() -> &'static Lists {
        // SAFETY: the thread-local lives as long as the thread; blocks never cross threads.
        LISTS.with(|l| unsafe { &*(l as *const Lists) })
    }

    /// The size class of `layout`, if small blocks serve it.
    #[inline(always)]
    fn class_of(layout: Layout) -> Option<usize> {
        let c = layout.size().wrapping_sub(1) / GRAIN;
        (c < CLASSES && layout.align() <= GRAIN).then_some(c)
    }

    /// The block a size class allocates (every block of a class has this layout).
    #[inline(always)]
    fn block(c: usize) -> Layout {
        // SAFETY: GRAIN is a power of two; the size is small.
        unsafe { Layout::from_size_align_unchecked((c + 1) * GRAIN, GRAIN) }
    }

    /// # Safety
    /// As `std::alloc::alloc` (a null result means out of memory).
    #[inline]
    pub unsafe fn get(layout: Layout) -> *mut u8 {
        let Some(c) = class_of(layout) else { return alloc(layout) };
        let l = lists();
        let p = l.head[c].get();
        if p.is_null() {
            return alloc(block(c));
        }
        // A free block's first word links the next one.
        l.head[c].set(*(p as *mut *mut u8));
        l.len[c].set(l.len[c].get() - 1);
        p
    }

    /// # Safety
    /// `p` came from [`get`] with the same `layout` and is no longer used.
    #[inline]
    pub unsafe fn put(p: *mut u8, layout: Layout) {
        let Some(c) = class_of(layout) else { return dealloc(p, layout) };
        let l = lists();
        let n = l.len[c].get();
        if n >= KEEP {
            return dealloc(p, block(c));
        }
        *(p as *mut *mut u8) = l.head[c].get();
        l.head[c].set(p);
        l.len[c].set(n + 1);
    }
}

/// Allocates an object of class `cls` with payload `data` and `ext_len` empty ext slots.
/// Container kinds are tracked by the collector.
pub fn alloc_obj<T: Payload + Trace>(cls: &Value, data: T, ext_len: usize) -> Value {
    let (layout, pre) = full_layout(T::KIND, ext_len);
    // SAFETY: layout has non-zero size; we initialize every byte we later read.
    unsafe {
        let base = small::get(layout);
        if base.is_null() {
            handle_alloc_error(layout);
        }
        let hp = base.add(pre) as *mut Obj<T>;
        let slots = (hp as *mut Option<Value>).sub(ext_len);
        for i in 0..ext_len {
            slots.add(i).write(None);
        }
        hp.write(Obj {
            header: Header {
                rc: Cell::new(1),
                kind: T::KIND,
                flags: Cell::new(0),
                ext_len: ext_len as u16,
                gc_index: Cell::new(u32::MAX),
                cls: Cell::new(cls.clone().into_raw() as *const Header),
            },
            data,
        });
        let ptr = hp as *const Header;
        if T::KIND.tracked() || ext_len > 0 {
            crate::runtime::gc_track(ptr);
        }
        Value::from_owned_ptr(ptr)
    }
}

/// Frees an object whose count reached zero and that needs no finalization: untracks it,
/// drops its payload, ext slots and class reference, and returns the memory.
///
/// # Safety
/// `ptr` is a dead object (count zero, finalization handled) not reachable from anywhere.
pub(crate) unsafe fn free_obj(ptr: *const Header) {
    let h = &*ptr;
    if h.has_flag(flag::TRACKED) {
        crate::runtime::gc_untrack(ptr);
    }
    drop_payload(ptr);
    let ext_len = h.ext_len as usize;
    for i in 0..ext_len {
        h.ext_slot(i).take();
    }
    free_block(ptr, h.kind, ext_len);
}

/// The last step of freeing an object of `kind` with `ext_len` ext slots: its memory back
/// to the small-block lists, then its class reference dropped (the decrement written out:
/// the drop glue is a call).
///
/// # Safety
/// `ptr` is a dead object whose payload and ext slots hold nothing any more.
#[inline(always)]
unsafe fn free_block(ptr: *const Header, kind: Kind, ext_len: usize) {
    let cls = (*ptr).class_ptr();
    let (layout, pre) = full_layout(kind, ext_len);
    small::put((ptr as *mut u8).sub(pre), layout);
    Header::decref(cls);
}

/// Freed exact floats kept whole for the next float result (CPython keeps such a free list
/// too): the header stays as it was (kind, no flags, untracked, the class reference held),
/// the payload word links the next one. Taking one back writes its count and value, where a
/// new float costs a block, a header and a class count, and freeing it again costs as much:
/// most float arithmetic makes a float and drops one.
mod float_pool {
    use super::{Header, Obj};
    use std::cell::Cell;

    /// Floats kept at most (a float is 24 bytes on wasm32).
    pub const KEEP: u32 = 256;

    pub struct Pool {
        pub head: Cell<*mut Obj<f64>>,
        pub len: Cell<u32>,
    }

    thread_local! {
        static POOL: Pool = const { Pool { head: Cell::new(std::ptr::null_mut()), len: Cell::new(0) } };
    }

    /// This thread's pool, borrowed outside `with` (as `small::lists`).
    #[inline(always)]
    pub fn pool() -> &'static Pool {
        // SAFETY: the thread-local lives as long as the thread; floats never cross threads.
        POOL.with(|p| unsafe { &*(p as *const Pool) })
    }

    /// The payload word of a pooled float, which links the next one.
    #[inline(always)]
    pub unsafe fn link(o: *mut Obj<f64>) -> *mut *mut Obj<f64> {
        std::ptr::addr_of_mut!((*o).data) as *mut *mut Obj<f64>
    }

    const _: () = assert!(std::mem::size_of::<f64>() >= std::mem::size_of::<*mut Header>());
}

/// Byte offsets, in a `Vec<T>`, of its pointer and length words (the JIT's inline paths read
/// them). `Vec`'s field order is unspecified: the words are found on a probe vector, whose
/// pointer, capacity (2) and length (0) differ.
pub fn vec_words<T>() -> Option<(usize, usize)> {
    let probe: Vec<T> = Vec::with_capacity(2);
    if std::mem::size_of::<Vec<T>>() != 3 * std::mem::size_of::<usize>() || std::mem::size_of::<T>() == 0 {
        return None;
    }
    // SAFETY: a Vec is three plain words (checked above); this only reads them.
    let words: [usize; 3] = unsafe { std::mem::transmute_copy(&probe) };
    word_offsets(&words, probe.as_ptr() as usize, 0)
}

/// Byte offsets, in a boxed slice of words (`Box<[Value]>`), of its pointer and length words
/// (found on a probe, as [`vec_words`]).
pub fn boxed_slice_words() -> Option<(usize, usize)> {
    let probe: Box<[usize]> = vec![0; 3].into_boxed_slice();
    if std::mem::size_of::<Box<[Value]>>() != std::mem::size_of::<Box<[usize]>>() || std::mem::size_of::<Value>() != std::mem::size_of::<usize>() {
        return None;
    }
    // SAFETY: a boxed slice is two plain words (checked above); this only reads them.
    let words: [usize; 2] = unsafe { std::mem::transmute_copy(&probe) };
    word_offsets(&words, probe.as_ptr() as usize, 3)
}

/// The byte offsets, in a probe's plain `words`, of the word holding its pointer `ptr` and of
/// the one holding its length `len`.
pub(crate) fn word_offsets(words: &[usize], ptr: usize, len: usize) -> Option<(usize, usize)> {
    let p = words.iter().position(|&w| w == ptr)?;
    let l = words.iter().position(|&w| w == len)?;
    let word = std::mem::size_of::<usize>();
    Some((p * word, l * word))
}

/// Addresses of the float pool's head pointer and length words, and the offset of a float's
/// value: the JIT's inline float arithmetic takes its results from the pool as
/// [`new_float`] does.
pub fn float_pool_layout() -> (usize, usize, usize) {
    let p = float_pool::pool();
    (p.head.as_ptr() as usize, p.len.as_ptr() as usize, std::mem::offset_of!(Obj<f64>, data))
}

/// A new exact float: one from the pool of freed floats, else a new object.
#[inline]
pub(crate) fn new_float(cls: &Value, f: f64) -> Value {
    let p = float_pool::pool();
    let o = p.head.get();
    if o.is_null() {
        return alloc_obj(cls, f, 0);
    }
    // SAFETY: a pooled float is a whole, dead exact float (see `float_pool`): its count is
    // set from zero to one and its value written, which makes it a live float again.
    unsafe {
        p.head.set(*float_pool::link(o));
        p.len.set(p.len.get() - 1);
        (*o).header.rc.set(1);
        (*o).data = f;
        Value::from_owned_ptr(o as *const Header)
    }
}

/// [`free_obj`] for an exact float with no flags and no ext slots: into the float pool, or
/// (the pool full) its memory back to the small-block lists and its class reference dropped.
///
/// # Safety
/// As for [`free_obj`], and `ptr` is such a float.
#[inline(always)]
pub(crate) unsafe fn free_float(ptr: *const Header) {
    let p = float_pool::pool();
    let n = p.len.get();
    if n >= float_pool::KEEP {
        return free_block(ptr, Kind::Float, 0);
    }
    let o = ptr as *mut Obj<f64>;
    *float_pool::link(o) = p.head.get();
    p.head.set(o);
    p.len.set(n + 1);
}

impl Value {
    /// The payload, if this object has kind `T::KIND`.
    #[inline(always)]
    pub fn downcast<T: Payload>(&self) -> Option<&T> {
        let h = self.header()?;
        if h.kind == T::KIND {
            // SAFETY: the kind tag matches the payload type.
            Some(unsafe { &(*(h as *const Header as *const Obj<T>)).data })
        } else {
            None
        }
    }

    /// The payload of an object known to have kind `T::KIND`.
    ///
    /// # Safety
    /// The caller checked the kind.
    #[inline(always)]
    pub unsafe fn payload_unchecked<T: Payload>(&self) -> &T {
        debug_assert_eq!(self.kind(), T::KIND);
        &(*(self.as_ptr() as *const Obj<T>)).data
    }

    /// The class of this value as a borrowed pointer (small ints: `int`).
    #[inline(always)]
    pub fn class_ptr(&self) -> *const Header {
        match self.header() {
            Some(h) => h.class_ptr(),
            None => crate::runtime::builtin_type_ptr(crate::runtime::BT::Int),
        }
    }

    /// The class of this value (`type(x)`).
    #[inline(always)]
    pub fn class(&self) -> Value {
        // SAFETY: classes are live while any instance is.
        unsafe { Value::from_ptr(self.class_ptr()) }
    }

    /// The ext slot holding the instance `__dict__`, if the object has ext slots and its class
    /// gives instances a dict (slot 0 by convention).
    pub fn ext_dict_slot(&self) -> Option<&Cell<Option<Value>>> {
        let h = self.header()?;
        if h.ext_len == 0 {
            return None;
        }
        // SAFETY: the class is a Type object.
        let cls = unsafe { &*(h.class_ptr() as *const Obj<crate::types::typeobj::TypeData>) };
        let i = cls.data.dict_index.get();
        if i != crate::types::typeobj::NO_DICT && (i as usize) < h.ext_len as usize {
            Some(h.ext_slot(i as usize))
        } else {
            None
        }
    }
}

/// Helpers for `Cell<Option<Value>>`, the usual field type for a mutable reference.
pub trait CellValue {
    /// A new reference to the contents.
    fn get_value(&self) -> Option<Value>;
}

impl CellValue for Cell<Option<Value>> {
    #[inline]
    fn get_value(&self) -> Option<Value> {
        let v = self.take();
        let r = v.clone();
        self.set(v);
        r
    }
}

impl Trace for Cell<Option<Value>> {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        // SAFETY: no other borrow of the cell's contents is alive during tracing.
        if let Some(v) = unsafe { &*self.as_ptr() } {
            visit(v);
        }
    }
    fn clear(&self) {
        drop(self.take());
    }
}

/// Visits a value inside a `Cell<Option<Value>>` without moving it.
#[inline]
pub fn trace_cell(c: &Cell<Option<Value>>, visit: &mut dyn FnMut(&Value)) {
    c.trace(visit)
}
