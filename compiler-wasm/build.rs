//! Link settings of the compiler chunk for wasm: a large linear-memory stack, because the
//! parser and the code generator recurse on the AST (nesting limits decide, not the stack).

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-cdylib=-zstack-size={}", 8u32 << 20);
    }
}
