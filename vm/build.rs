//! Link settings of the wasm module (the shipped VM, linked as a cdylib by `cargo xtask dist`);
//! nothing for native builds.
//! The function table is exported and growable so JIT modules can be installed into it;
//! the stack is large because native calls back into Python (`__init__`, sort keys, repr)
//! nest Rust frames. Measured in ARCHITECTURE.md ("wasm stack").

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=PYGMY_WASM_STACK");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        let stack = std::env::var("PYGMY_WASM_STACK").unwrap_or_else(|_| (8u32 << 20).to_string());
        println!("cargo:rustc-link-arg=--export-table");
        println!("cargo:rustc-link-arg=--growable-table");
        println!("cargo:rustc-link-arg=-zstack-size={stack}");
    }
}
