//! Objects of native-module types (deque, StringIO, ...): a boxed Rust value behind a trait,
//! so modules add types without touching the kind table.

use crate::object::Trace;
use crate::value::Value;
use std::any::Any;

/// A Rust payload of a native-module type.
pub trait NativeObject: Any {
    /// Visits owned values (for the cycle collector).
    fn trace(&self, _visit: &mut dyn FnMut(&Value)) {}
    /// Drops owned values (breaking a cycle).
    fn clear(&self) {}
    fn as_any(&self) -> &dyn Any;
    /// The buffer a buffer exporter (`array.array`) shows the buffer protocol: its bytes in
    /// memory order, the struct format character of an item and the item size.
    fn buffer(&self) -> Option<(&[u8], u8, usize)> {
        None
    }
    /// Writes `bytes` at byte offset `off` of the exported buffer (a memoryview's item
    /// assignment); the range is within the buffer.
    fn buffer_store(&self, _off: usize, _bytes: &[u8]) {}
    /// Counts memoryview exports (`delta` is +1 or -1): an exporter refuses to change its size
    /// while it has any, as CPython's do.
    fn buffer_export(&self, _delta: isize) {}
}

pub struct NativeData(pub Box<dyn NativeObject>);

impl Trace for NativeData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        self.0.trace(visit)
    }
    fn clear(&self) {
        self.0.clear()
    }
}

impl Value {
    /// The native payload, if this is a native object.
    pub fn native_object(&self) -> Option<&dyn NativeObject> {
        self.downcast::<NativeData>().map(|n| &*n.0)
    }

    /// The native payload of type `T`, if this is a native object holding one.
    pub fn native<T: 'static>(&self) -> Option<&T> {
        self.downcast::<NativeData>()?.0.as_any().downcast_ref::<T>()
    }
}
