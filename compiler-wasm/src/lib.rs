//! The compiler chunk: `pygmy_compiler` as its own wasm module with its own memory, fetched
//! only when source must be compiled at run time (the Node CLI, `run(src)` in a page,
//! `eval`/`exec`/`compile`). Architecture invariant: the core VM wasm never links this crate.
//!
//! Exports (wasm32 only): `memory`, `alloc(len)`, `free(ptr, len)`, and
//! `compile(src, src_len, file, file_len, mode, flags) -> ptr`, where `ptr` points at a
//! u32 LE length followed by the result blob that [`encode_result`] writes; the caller frees
//! it with `free(ptr, 4 + length)`. `mode`: 0 exec, 1 eval, 2 single; flag bit
//! [`SOURCE_IS_BYTES`] means the source is a file's bytes (PEP 263 decoding applies),
//! otherwise it is already text (as for `compile(str, …)`).

use pygmy_compiler::{CompileError, CompileOptions, ErrorKind, Mode};

/// Flag bit: the source is undecoded file bytes (apply the BOM/coding cookie), not text.
pub const SOURCE_IS_BYTES: u32 = 1 << 31;

/// Compiles and encodes the result blob (the format `pygmy_vm::wasm_host` decodes):
/// - `0, marshal bytes…` — the code object (with `PyCF_ONLY_AST` in `flags`: `0, AST blob…`,
///   see `pygmy_compiler::parse_ast`);
/// - `1, kind: u8 (0 SyntaxError, 1 IndentationError, 2 TabError), line, col, end_line,
///   end_col: u32 LE (end_col's i32 bits, i32::MIN for no end), then message, filename, text as (u32 LE length, UTF-8 bytes)`, where
///   text's length is `u32::MAX` when there is no source line.
pub fn compile_to_blob(source: &[u8], filename: &str, mode: u32, flags: u32) -> Vec<u8> {
    let mode = match mode {
        1 => Mode::Eval,
        2 => Mode::Single,
        _ => Mode::Exec,
    };
    let text = if flags & SOURCE_IS_BYTES != 0 {
        pygmy_compiler::decode_source(source, filename)
    } else {
        Ok(String::from_utf8_lossy(source).into_owned())
    };
    let flags = flags & !SOURCE_IS_BYTES;
    if flags & pygmy_compiler::future::PYCF_ONLY_AST != 0 {
        return match text.and_then(|src| pygmy_compiler::parse_ast(&src, filename, mode)) {
            Ok(blob) => [&[0u8][..], &blob].concat(),
            Err(e) => encode_error(e),
        };
    }
    let opts = CompileOptions { optimize: 0, flags, ..Default::default() };
    encode_result(text.and_then(|src| pygmy_compiler::compile(&src, filename, mode, &opts)))
}

/// See [`compile_to_blob`] for the format.
pub fn encode_result(r: Result<pygmy_bytecode::CodeObject, CompileError>) -> Vec<u8> {
    match r {
        Ok(code) => {
            let mut out = vec![0u8];
            out.extend_from_slice(&pygmy_bytecode::marshal::dumps(&code));
            out
        }
        Err(e) => encode_error(e),
    }
}

/// The error blob (see [`compile_to_blob`]).
fn encode_error(e: CompileError) -> Vec<u8> {
    let mut out = vec![1u8];
    out.push(match e.kind {
        ErrorKind::SyntaxError => 0,
        ErrorKind::IndentationError => 1,
        ErrorKind::TabError => 2,
    });
    // No end (`None`) travels as i32::MIN.
    for v in [e.line, e.col, e.end_line, e.end_col.unwrap_or(i32::MIN) as u32] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    for s in [Some(&e.message), Some(&e.filename), e.text.as_ref()] {
        match s {
            Some(s) => {
                out.extend_from_slice(&(s.len() as u32).to_le_bytes());
                out.extend_from_slice(s.as_bytes());
            }
            None => out.extend_from_slice(&u32::MAX.to_le_bytes()),
        }
    }
    out
}

#[cfg(target_arch = "wasm32")]
mod exports {
    /// Allocates `len` bytes for JS to fill (align 1).
    #[no_mangle]
    pub extern "C" fn alloc(len: usize) -> *mut u8 {
        match std::alloc::Layout::from_size_align(len.max(1), 1) {
            // SAFETY: non-zero size.
            Ok(layout) => unsafe { std::alloc::alloc(layout) },
            Err(_) => std::ptr::null_mut(),
        }
    }

    /// Frees memory from `alloc` or a `compile` result.
    ///
    /// # Safety
    /// `ptr` must come from `alloc(len)` (or be a `compile` result of total size `len`).
    #[no_mangle]
    pub unsafe extern "C" fn free(ptr: *mut u8, len: usize) {
        if !ptr.is_null() {
            std::alloc::dealloc(ptr, std::alloc::Layout::from_size_align_unchecked(len.max(1), 1));
        }
    }

    /// # Safety
    /// Both ranges must be initialized memory from `alloc`.
    #[no_mangle]
    pub unsafe extern "C" fn compile(src: *const u8, src_len: usize, file: *const u8, file_len: usize, mode: u32, flags: u32) -> *mut u8 {
        let src = if src_len == 0 { &[][..] } else { std::slice::from_raw_parts(src, src_len) };
        let file = if file_len == 0 { &[][..] } else { std::slice::from_raw_parts(file, file_len) };
        let blob = super::compile_to_blob(src, &String::from_utf8_lossy(file), mode, flags);
        let out = alloc(blob.len() + 4);
        if !out.is_null() {
            std::ptr::copy_nonoverlapping((blob.len() as u32).to_le_bytes().as_ptr(), out, 4);
            std::ptr::copy_nonoverlapping(blob.as_ptr(), out.add(4), blob.len());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ok_blob_starts_with_zero_and_round_trips() {
        let blob = compile_to_blob(b"print(1)\n", "x.py", 0, SOURCE_IS_BYTES);
        assert_eq!(blob[0], 0);
        assert!(pygmy_bytecode::marshal::loads(&blob[1..]).is_ok());
    }

    #[test]
    fn only_ast_gives_the_tree_blob() {
        let blob = compile_to_blob(b"x = 1\n", "x.py", 0, pygmy_compiler::future::PYCF_ONLY_AST);
        assert_eq!(blob[..9], *b"\0N\x06Module");
        let bad = compile_to_blob(b"x = (\n", "x.py", 0, pygmy_compiler::future::PYCF_ONLY_AST);
        assert_eq!(bad[..2], [1, 0]);
    }

    #[test]
    fn syntax_error_blob_carries_position_and_text() {
        let blob = compile_to_blob(b"x = (1,\n", "bad.py", 0, 0);
        assert_eq!(blob[..2], [1, 0]);
        let line = u32::from_le_bytes(blob[2..6].try_into().unwrap());
        assert_eq!(line, 1);
    }
}
