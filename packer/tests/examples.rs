//! The README's first command runs `examples/hello.py`; keep that promise true.

mod common;

use std::process::Command;

#[test]
fn hello_example_runs() {
    let root = common::repo_root();
    let out = Command::new(env!("CARGO_BIN_EXE_pygmy"))
        .args(["run", "examples/hello.py"])
        .current_dir(&root)
        .output()
        .expect("running pygmy");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "pygmy run examples/hello.py: {}\n{}", out.status, String::from_utf8_lossy(&out.stderr));
    assert_eq!(stdout, "Hello, world!\nsquares: [1, 4, 9, 16, 25, 36, 49] sum: 140\n");
}
