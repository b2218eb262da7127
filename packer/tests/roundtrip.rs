//! Serialization round trip: every Python file in tests/py (helpers included) compiled by
//! `pygmy_compiler::compile`, written with `pygmy_bytecode::marshal::dumps`, read back with
//! `loads`, and compared with the original code object. Programs that CPython itself rejects
//! with a SyntaxError (their blessed `.err` says so) are expected not to compile.

mod common;

use common::{Expected, Program};
use pygmy_compiler::{compile, decode_source, CompileOptions, Mode};
use std::io::Write;
use std::path::Path;

#[test]
fn every_test_program_survives_dumps_and_loads() {
    let root = common::repo_root();
    let programs: Vec<Program> = common::programs(&root);
    let mut problems = Vec::new();
    let (mut round_tripped, mut rejected) = (0, 0);
    for path in common::python_files(&root) {
        let expected = programs
            .iter()
            .find(|p| p.path == path)
            .map(|p| Expected::load(&root, p).unwrap_or_else(|e| panic!("{e}")));
        let syntax_error_expected = expected.as_ref().is_some_and(Expected::is_syntax_error);
        match check(&root, &path) {
            Ok(()) => round_tripped += 1,
            Err(Failure::Compile(_)) if syntax_error_expected => rejected += 1,
            Err(Failure::Compile(msg)) => problems.push(format!("{}: does not compile: {msg}", path.display())),
            Err(Failure::RoundTrip(msg)) => problems.push(format!("{}: {msg}", path.display())),
        }
    }
    // Written past libtest's capture so the count shows in every run.
    let _ = writeln!(std::io::stderr(), "roundtrip: {round_tripped} files survive dumps/loads, {rejected} rejected with a SyntaxError as by CPython");
    assert!(problems.is_empty(), "{} file(s) failed:\n{}", problems.len(), problems.join("\n"));
    assert!(round_tripped > 0, "no Python files found under tests/py");
}

enum Failure {
    Compile(String),
    RoundTrip(String),
}

fn check(root: &Path, path: &Path) -> Result<(), Failure> {
    let bytes = std::fs::read(root.join(path)).map_err(|e| Failure::Compile(format!("cannot read: {e}")))?;
    let file = path.to_string_lossy();
    let source = decode_source(&bytes, &file).map_err(|e| Failure::Compile(e.format()))?;
    let code = compile(&source, &file, Mode::Exec, &CompileOptions::default()).map_err(|e| Failure::Compile(e.format()))?;
    let bytes = pygmy_bytecode::marshal::dumps(&code);
    let loaded = pygmy_bytecode::marshal::loads(&bytes).map_err(|e| Failure::RoundTrip(format!("loads(dumps(code)) failed: {e}")))?;
    if loaded != code {
        return Err(Failure::RoundTrip("loads(dumps(code)) differs from code".into()));
    }
    if pygmy_bytecode::marshal::dumps(&loaded) != bytes {
        return Err(Failure::RoundTrip("dumps(loads(bytes)) differs from bytes".into()));
    }
    Ok(())
}
