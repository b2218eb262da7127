//! Writes seed corpora for both targets from the test programs: tests/py sources into
//! corpus/compile_source, and their compiled bytecode into corpus/load_bytecode.
//! Run from the repository root: `cargo +nightly run --manifest-path fuzz/Cargo.toml --example seeds`.

use pygmy_compiler::{compile, decode_source, CompileOptions, Mode};
use std::path::Path;

fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

fn main() -> std::io::Result<()> {
    let mut files = Vec::new();
    walk(Path::new("tests/py"), &mut files);
    files.sort();
    let (src_dir, bc_dir) = (Path::new("fuzz/corpus/compile_source"), Path::new("fuzz/corpus/load_bytecode"));
    std::fs::create_dir_all(src_dir)?;
    std::fs::create_dir_all(bc_dir)?;
    let mut compiled = 0;
    for (i, f) in files.iter().enumerate() {
        let bytes = std::fs::read(f)?;
        std::fs::write(src_dir.join(format!("{i:04}.py")), &bytes)?;
        let name = f.to_string_lossy();
        let Ok(src) = decode_source(&bytes, &name) else { continue };
        if let Ok(code) = compile(&src, &name, Mode::Exec, &CompileOptions::default()) {
            std::fs::write(bc_dir.join(format!("{i:04}.pyb")), pygmy_bytecode::marshal::dumps(&code))?;
            compiled += 1;
        }
    }
    println!("{} sources, {compiled} bytecode files", files.len());
    Ok(())
}
