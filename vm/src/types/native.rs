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
    /// The native payload of type `T`, if this is a native object holding one.
    pub fn native<T: 'static>(&self) -> Option<&T> {
        self.downcast::<NativeData>()?.0.as_any().downcast_ref::<T>()
    }
}
