//! Native (Rust) modules, one file each. `register_all` makes them importable.

pub mod abc;
pub mod array;
pub mod asyncio;
pub mod ast;
pub mod atexit;
pub mod binascii;
pub mod bisect;
pub mod cmath;
pub mod codecs;
pub mod collections;
pub mod contextvars;
pub mod csv;
pub mod datetime;
pub mod errno;
pub mod functools;
pub mod gc;
pub mod hashes;
pub mod heapq;
pub mod imp;
pub mod io;
pub mod itertools;
#[cfg(target_arch = "wasm32")]
pub mod js;
pub mod json;
pub mod locale;
pub mod marshal;
pub mod math;
pub mod operator;
pub mod posix;
pub mod random;
pub mod select;
pub mod signal;
pub mod socket;
pub mod sre;
pub mod string_;
pub mod struct_;
pub mod structseq;
pub mod support;
pub mod sys;
pub mod sys_hooks;
pub mod thread;
pub mod time;
pub mod unicodedata;
pub mod util;
pub mod uuid;
pub mod warnings;
pub mod weakref;
pub mod zlib;

use crate::vm::Vm;

/// Registers every native module's initializer with the VM.
pub fn register_all(vm: &mut Vm) {
    vm.register_native_module("time", time::init);
    vm.register_native_module("math", math::init);
    vm.register_native_module("cmath", cmath::init);
    vm.register_native_module("_statistics", math::statistics_init);
    vm.register_native_module("gc", gc::init);
    vm.register_native_module("errno", errno::init);
    vm.register_native_module("posix", posix::init);
    vm.register_native_module("_thread", thread::init);
    vm.register_native_module("_io", io::init);
    vm.register_native_module("_weakref", weakref::init);
    vm.register_native_module("_abc", abc::init);
    vm.register_native_module("atexit", atexit::init);
    vm.register_native_module("_signal", signal::init);
    vm.register_native_module("_locale", locale::init);
    vm.register_native_module("select", select::init);
    vm.register_native_module("_socket", socket::init);
    vm.register_native_module("_uuid", uuid::init);
    vm.register_native_module("_posixsubprocess", posix::init_posixsubprocess);
    vm.register_native_module("itertools", itertools::init);
    vm.register_native_module("_collections", collections::init);
    vm.register_native_module("_functools", functools::init);
    vm.register_native_module("_heapq", heapq::init);
    vm.register_native_module("_bisect", bisect::init);
    vm.register_native_module("_struct", struct_::init);
    vm.register_native_module("array", array::init);
    vm.register_native_module("_random", random::init);
    vm.register_native_module("_warnings", warnings::init);
    vm.register_native_module("_contextvars", contextvars::init);
    vm.register_native_module("_csv", csv::init);
    vm.register_native_module("_datetime", datetime::init);
    vm.register_native_module("_json", json::init);
    vm.register_native_module("_asyncio", asyncio::init);
    vm.register_native_module("_operator", operator::init);
    vm.register_native_module("_codecs", codecs::init);
    vm.register_native_module("binascii", binascii::init);
    vm.register_native_module("_sre", sre::init);
    vm.register_native_module("_string", string_::init);
    vm.register_native_module("_md5", hashes::init_md5);
    vm.register_native_module("_sha1", hashes::init_sha1);
    vm.register_native_module("_sha256", hashes::init_sha256);
    vm.register_native_module("_sha512", hashes::init_sha512);
    vm.register_native_module("_sha3", hashes::init_sha3);
    vm.register_native_module("_blake2", hashes::init_blake2);
    vm.register_native_module("zlib", zlib::init);
    vm.register_native_module("_ast", ast::init);
    vm.register_native_module("_imp", imp::init);
    vm.register_native_module("marshal", marshal::init);
    vm.register_native_module("unicodedata", unicodedata::init);
    #[cfg(target_arch = "wasm32")]
    vm.register_native_module("js", js::init);
    #[cfg(not(target_arch = "wasm32"))]
    vm.register_native_module("js", no_js);
}

/// `import js` natively: there is no JS host to talk to.
#[cfg(not(target_arch = "wasm32"))]
fn no_js(_vm: &mut Vm) -> crate::error::PyResult {
    Err(crate::error::PyErr::new(
        crate::error::ExcType::ModuleNotFoundError,
        "No module named 'js': the js module exists only under a JavaScript host (node dist/pygmy.mjs, or a page)",
    ))
}
