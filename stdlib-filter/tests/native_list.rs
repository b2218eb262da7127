//! `NATIVE_MODULES` is what the VM registers (vm/src/modules/mod.rs) plus `sys` and `builtins`.

#[test]
fn native_modules_match_the_vm() {
    let src = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../vm/src/modules/mod.rs")).expect("vm/src/modules/mod.rs");
    let mut registered: Vec<&str> = src.split("register_native_module(\"").skip(1).filter_map(|s| s.split('"').next()).collect();
    registered.extend(["sys", "builtins"]);
    registered.sort_unstable();
    registered.dedup();
    assert_eq!(stdlib_filter::platform::NATIVE_MODULES, registered.as_slice(), "update NATIVE_MODULES in stdlib-filter/src/platform.rs");
}
