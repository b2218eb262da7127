//! Native (Rust) modules, one file each. `register_all` makes them importable.

pub mod sys;

use crate::vm::Vm;

/// Registers every native module's initializer with the VM.
pub fn register_all(vm: &mut Vm) {
    let _ = vm;
}
