//! `Value`: one machine word that is either a small int or a counted reference to a heap object.
//!
//! Encoding (see ARCHITECTURE.md, "Values"):
//! - low bit 1: a small int, `bits >> 1` (31 bits on wasm32, 63 bits on 64-bit hosts);
//! - low bit 0: a non-null pointer to an object [`Header`] (objects are at least 4-aligned).
//!
//! Cloning a pointer value increments the object's reference count and dropping decrements it;
//! an object is freed (or queued for finalization) when its count reaches zero. Reference
//! cycles are found by the collector in `gc.rs`. `Option<Value>` is one word (NULL = `None`).

use crate::object::{Header, Kind};
use std::num::NonZeroUsize;

#[repr(transparent)]
pub struct Value(NonZeroUsize);

/// Smallest and largest ints stored unboxed.
pub const SMALL_MIN: i64 = (isize::MIN >> 1) as i64;
pub const SMALL_MAX: i64 = (isize::MAX >> 1) as i64;

impl Value {
    /// A small int. The caller guarantees `SMALL_MIN <= i <= SMALL_MAX`.
    #[inline(always)]
    pub fn small(i: isize) -> Value {
        debug_assert!((i as i64) >= SMALL_MIN && (i as i64) <= SMALL_MAX);
        // SAFETY: the low bit is set, so the word is non-zero.
        Value(unsafe { NonZeroUsize::new_unchecked(((i << 1) | 1) as usize) })
    }

    /// A small int if `i` fits, else `None`.
    #[inline(always)]
    pub fn try_small(i: i64) -> Option<Value> {
        if (SMALL_MIN..=SMALL_MAX).contains(&i) {
            Some(Value::small(i as isize))
        } else {
            None
        }
    }

    #[inline(always)]
    pub fn is_small(&self) -> bool {
        self.0.get() & 1 != 0
    }

    /// The unboxed int, if this is a small int.
    #[inline(always)]
    pub fn as_small(&self) -> Option<isize> {
        if self.is_small() {
            Some((self.0.get() as isize) >> 1)
        } else {
            None
        }
    }

    /// The raw word (for identity hashing, `id()` and tables keyed by object identity).
    #[inline(always)]
    pub fn bits(&self) -> usize {
        self.0.get()
    }

    /// Identity (`is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.0 == other.0
    }

    /// The object header, if this is a heap object.
    #[inline(always)]
    pub fn header(&self) -> Option<&Header> {
        if self.is_small() {
            None
        } else {
            // SAFETY: a pointer value always points to a live object while the Value exists.
            Some(unsafe { &*(self.0.get() as *const Header) })
        }
    }

    /// The object header of a value known to be a heap object.
    ///
    /// # Safety
    /// `self` must not be a small int.
    #[inline(always)]
    pub unsafe fn header_unchecked(&self) -> &Header {
        &*(self.0.get() as *const Header)
    }

    #[inline(always)]
    pub fn as_ptr(&self) -> *const Header {
        self.0.get() as *const Header
    }

    /// The payload kind (`Kind::Int` for small ints).
    #[inline(always)]
    pub fn kind(&self) -> Kind {
        match self.header() {
            Some(h) => h.kind,
            None => Kind::Int,
        }
    }

    /// Takes a new reference to the object at `ptr`.
    ///
    /// # Safety
    /// `ptr` must point to a live object header.
    #[inline(always)]
    pub unsafe fn from_ptr(ptr: *const Header) -> Value {
        (*ptr).incref();
        Value(NonZeroUsize::new_unchecked(ptr as usize))
    }

    /// Adopts a reference already counted (e.g. from a fresh allocation).
    ///
    /// # Safety
    /// `ptr` must point to a live object header whose count includes this reference.
    #[inline(always)]
    pub unsafe fn from_owned_ptr(ptr: *const Header) -> Value {
        Value(NonZeroUsize::new_unchecked(ptr as usize))
    }

    /// Gives up this reference without decrementing (the inverse of `from_owned_ptr`).
    #[inline(always)]
    pub fn into_raw(self) -> usize {
        let b = self.0.get();
        std::mem::forget(self);
        b
    }

    /// Rebuilds a value from `into_raw`.
    ///
    /// # Safety
    /// `bits` must come from `into_raw` and not have been used since.
    #[inline(always)]
    pub unsafe fn from_raw(bits: usize) -> Value {
        Value(NonZeroUsize::new_unchecked(bits))
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(h) = self.header() {
            h.incref();
        }
        Value(self.0)
    }
}

/// Drops a value with the refcount decrement written out at the call site: at opt-level z
/// LLVM calls the drop glue out of line for each drop, a call per instruction in the
/// interpreter loop.
#[inline(always)]
pub(crate) fn discard(v: Option<Value>) {
    if let Some(v) = v {
        let bits = v.into_raw();
        if bits & 1 == 0 {
            // SAFETY: `v` owned one reference to this live object (not a small int).
            unsafe { Header::decref(bits as *const Header) }
        }
    }
}

/// [`discard`] of two values, in this order (a handler's operands, as their scope would drop
/// them).
#[inline(always)]
pub(crate) fn discard2(a: Value, b: Value) {
    discard(Some(a));
    discard(Some(b));
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if !self.is_small() {
            // SAFETY: pointer values point to live objects.
            unsafe { Header::decref(self.0.get() as *const Header) }
        }
    }
}

impl PartialEq for Value {
    /// Identity, not Python equality (use `Vm::eq` for `==`).
    fn eq(&self, other: &Value) -> bool {
        self.is(other)
    }
}
impl Eq for Value {}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.as_small() {
            Some(i) => write!(f, "Value({i})"),
            None => write!(f, "Value({:?}@{:#x})", self.kind(), self.bits()),
        }
    }
}
