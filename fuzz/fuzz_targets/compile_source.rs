//! Any bytes as a Python source file: decoding, parsing and compiling must return a code
//! object or a SyntaxError, never panic or hang; what compiles must survive the bytecode
//! format (dumps, then loads gives the same code object back). The AST export
//! (`ast.parse`) must not panic either.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pygmy_bytecode::marshal::{dumps, loads};
use pygmy_compiler::{compile, decode_source, parse_ast, CompileOptions, Mode};

fuzz_target!(|data: &[u8]| {
    let Ok(source) = decode_source(data, "fuzz.py") else { return };
    for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
        if let Ok(code) = compile(&source, "fuzz.py", mode, &CompileOptions::default()) {
            let loaded = loads(&dumps(&code)).expect("compiled code must load back");
            assert!(loaded == code, "dumps/loads changed the code object");
        }
        let _ = parse_ast(&source, "fuzz.py", mode);
    }
});
