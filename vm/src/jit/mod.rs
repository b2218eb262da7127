//! The JIT (wasm host only; issue 8): hot code objects are compiled to small wasm modules
//! that run on the interpreter's own frames (see `codegen.rs` for the execution model and
//! ARCHITECTURE.md, "The JIT").
//!
//! Hotness: a code object counts frame entries (calls and returns into it) and backward
//! jumps; at zero the interpreter asks [`compile`], which generates the module and has the
//! host instantiate it and put its function in the VM's table (`jit_install`). From then on
//! the interpreter enters the function (`call_indirect` through a Rust fn pointer, which on
//! wasm32 is a table index) at those same points, and after an instruction the generated code
//! left for when it asked to be re-entered (the `ARM` bit, through the eval breaker).
//!
//! `PYGMY_JIT=off|on|eager` (eager: threshold 0) selects the mode; natively the interpreter
//! has no hooks and the generator is only compiled for its tests.

#[cfg(feature = "jit")]
pub mod codegen;

use std::cell::Cell;

/// Per code object JIT state (in `CodeData`).
pub struct CodeJit {
    /// Entries and backward jumps left before compiling.
    pub countdown: Cell<i32>,
    /// Table index of the generated function; [`NOT_YET`] or [`NEVER`] otherwise.
    pub entry: Cell<u32>,
}

pub const NOT_YET: u32 = 0;
pub const NEVER: u32 = 1;

/// Frame entries plus backward jumps before a code object is compiled (`PYGMY_JIT=on`).
pub const THRESHOLD: i32 = 200;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Off,
    On,
    Eager,
}

thread_local! {
    static MODE: Cell<Mode> = const { Cell::new(Mode::Off) };
}

pub fn mode() -> Mode {
    MODE.with(|m| m.get())
}

/// Sets the mode from `PYGMY_JIT` (`off`, `on`, `eager`; anything else leaves it).
pub fn set_mode_from(value: &str) {
    let m = match value {
        "off" | "0" => Mode::Off,
        "on" | "1" => Mode::On,
        "eager" => Mode::Eager,
        _ => return,
    };
    MODE.with(|c| c.set(m));
}

impl CodeJit {
    pub fn new() -> CodeJit {
        let countdown = match mode() {
            Mode::Eager => 0,
            _ => THRESHOLD,
        };
        CodeJit { countdown: Cell::new(countdown), entry: Cell::new(NOT_YET) }
    }
}

impl Default for CodeJit {
    fn default() -> CodeJit {
        CodeJit::new()
    }
}

#[cfg(all(target_arch = "wasm32", feature = "jit"))]
pub use wasm::*;

#[cfg(all(target_arch = "wasm32", feature = "jit"))]
mod wasm {
    use super::codegen::{self, Env, Unit};
    use super::*;
    use crate::object::Header;
    use crate::runtime::rt;
    use crate::types::code::CodeData;
    use crate::value::Value;

    #[link(wasm_import_module = "pygmy")]
    extern "C" {
        /// Instantiates the module `ptr..ptr+len` (imports: the VM's memory and `jit_release`)
        /// and puts its exports `"0"..count` in the VM's table: the index of the first, or -1.
        fn jit_install(ptr: *const u8, len: usize, count: u32) -> i32;
    }

    /// What generated code calls when a count it decremented reaches zero.
    ///
    /// # Safety
    /// `ptr` is an object whose count just reached zero.
    #[no_mangle]
    pub unsafe extern "C" fn jit_release(ptr: u32) {
        crate::runtime::release(ptr as *const Header)
    }

    /// Compiles `cd` (its countdown ran out); on any failure it is never tried again.
    #[cold]
    #[inline(never)]
    pub fn compile(cd: &CodeData, nlocalsplus: usize) {
        cd.jit.entry.set(NEVER);
        if mode() == Mode::Off {
            return;
        }
        // Through the table: the generator is in the lazily loaded `jit` chunk
        // (packer/src/split.rs), which only indirect calls reach.
        let f: fn(&CodeData, usize) = std::hint::black_box(compile_now);
        f(cd, nlocalsplus)
    }

    #[inline(never)]
    fn compile_now(cd: &CodeData, nlocalsplus: usize) {
        let m = mode();
        let code = &cd.code;
        let n = code.instructions().count();
        let fast = codegen::fast_path_count(code);
        // Mostly slow-path code gains nothing and pays for the module.
        if fast == 0 || (m == Mode::On && fast * 2 < n) {
            return;
        }
        let consts: Vec<u32> = cd.consts.iter().map(|v| v.bits() as u32).collect();
        let env = Env {
            true_bits: Value::bool(true).bits() as u32,
            false_bits: Value::bool(false).bits() as u32,
            none_bits: Value::none().bits() as u32,
            breaker: &rt().eval_breaker as *const Cell<bool> as u32,
        };
        let unit = Unit { code, consts: &consts, nlocalsplus: nlocalsplus as u32 };
        let Some(bytes) = codegen::compile(&[unit], &env) else { return };
        // SAFETY: the bytes are valid for the call.
        let at = unsafe { jit_install(bytes.as_ptr(), bytes.len(), 1) };
        if at > NEVER as i32 {
            cd.jit.entry.set(at as u32);
        }
    }

    /// Runs generated function `entry` on a frame's slots from instruction `ip` with the
    /// stack `depth` deep; returns where it stopped (`codegen`'s packed word).
    ///
    /// # Safety
    /// `entry` came from [`compile`] for the code the frame runs; `slots` are its slots.
    #[inline(always)]
    pub unsafe fn enter(entry: u32, slots: *mut Option<Value>, ip: usize, depth: usize) -> u64 {
        // A wasm32 fn pointer is a table index: this is a call_indirect.
        let f: extern "C" fn(u32, u32, u32) -> u64 = std::mem::transmute(entry as usize);
        f(slots as u32, ip as u32, depth as u32)
    }
}
