//! The pygmy VM: object model, bytecode interpreter, cycle collector, builtins and native
//! modules. Builds natively and for `wasm32-unknown-unknown`; the host (stdout, files,
//! compiler, clock) is behind the `Host` trait. See ARCHITECTURE.md.

// The shipped wasm is built at opt-level "z" by a nightly; the interpreter loop is optimized for
// speed there (`#[optimize(speed)]`), which stable builds, already at opt-level 3, leave out.
#![cfg_attr(pygmy_nightly, feature(optimize_attribute))]

pub mod attr;
pub mod builtins;
pub mod call;
pub mod error;
pub mod format;
pub mod frame;
pub mod gc;
pub mod hash;
pub mod host;
pub mod import;
pub mod inline_cache;
pub mod interp;
pub mod jit;
pub mod main_module;
pub mod modules;
pub mod num;
pub mod object;
pub mod ops;
pub mod runtime;
pub mod strings;
pub mod text;
pub mod traceback;
pub mod types;
pub mod value;
pub mod vm;
#[cfg(target_arch = "wasm32")]
pub mod wasm_host;

pub use error::{ExcType, PyErr, PyResult};
pub use host::Host;
pub use value::Value;
pub use vm::Vm;
