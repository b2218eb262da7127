//! Native (Rust) modules, one file each. `register_all` makes them importable.

pub mod atexit;
pub mod cmath;
pub mod gc;
pub mod errno;
pub mod io;
pub mod locale;
pub mod math;
pub mod posix;
pub mod select;
pub mod signal;
pub mod structseq;
pub mod sys;
pub mod thread;
pub mod time;
pub mod util;
pub mod weakref;

use crate::vm::Vm;

/// Registers every native module's initializer with the VM.
pub fn register_all(vm: &mut Vm) {
    vm.register_native_module("time", time::init);
    vm.register_native_module("math", math::init);
    vm.register_native_module("cmath", cmath::init);
    vm.register_native_module("gc", gc::init);
    vm.register_native_module("errno", errno::init);
    vm.register_native_module("posix", posix::init);
    vm.register_native_module("_thread", thread::init);
    vm.register_native_module("_io", io::init);
    vm.register_native_module("_weakref", weakref::init);
    vm.register_native_module("atexit", atexit::init);
    vm.register_native_module("_signal", signal::init);
    vm.register_native_module("_locale", locale::init);
    vm.register_native_module("select", select::init);
}
