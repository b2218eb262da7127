//! Link settings of the wasm module (the shipped VM, linked as a cdylib by `cargo xtask dist`);
//! nothing for native builds.
//! The function table is exported and growable so JIT modules can be installed into it;
//! the stack is large because native calls back into Python (`__init__`, sort keys, repr)
//! nest Rust frames. Measured in ARCHITECTURE.md ("wasm stack").

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=PYGMY_WASM_STACK");
    // `pygmy_nightly`: the compiler takes unstable attributes (`cargo xtask dist` builds the
    // shipped wasm with a pinned nightly); stable builds ignore what it gates.
    println!("cargo:rustc-check-cfg=cfg(pygmy_nightly)");
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let version = std::process::Command::new(rustc).arg("-V").output().map(|o| String::from_utf8_lossy(&o.stdout).into_owned()).unwrap_or_default();
    if version.contains("-nightly") {
        println!("cargo:rustc-cfg=pygmy_nightly");
    }
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        let stack = std::env::var("PYGMY_WASM_STACK").unwrap_or_else(|_| (8u32 << 20).to_string());
        println!("cargo:rustc-link-arg=--export-table");
        println!("cargo:rustc-link-arg=--growable-table");
        println!("cargo:rustc-link-arg=-zstack-size={stack}");
    }
}
