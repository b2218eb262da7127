//! Writes the compiler chunk's result blob for a file, compiled natively (for comparing the
//! wasm chunk's output with the native compiler's): `cargo run --example blob FILE > out`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: blob FILE.py");
    let src = std::fs::read(&path).expect("readable file");
    let blob = pygmy_compiler_wasm::compile_to_blob(&src, &path, 0, pygmy_compiler_wasm::SOURCE_IS_BYTES);
    std::io::Write::write_all(&mut std::io::stdout(), &blob).unwrap();
}
