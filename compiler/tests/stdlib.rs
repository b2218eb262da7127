//! Compiles every `.py` file of CPython 3.11's `Lib/` (found with the `python3` on PATH, or
//! `$PYGMY_STDLIB`): each must compile unless CPython rejects it too, validate, and survive a
//! marshal round trip. Prints the count and the time.

use pygmy_bytecode::marshal;
use pygmy_compiler::{compile, decode_source, CompileOptions, Mode};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Files CPython 3.11's `compile()` itself rejects (Python 2 syntax, bad encodings, test
/// data for syntax errors), relative to `Lib/`, with CPython's message and line.
const CPYTHON_REJECTS: &[(&str, &str, u32)] = &[
    ("lib2to3/tests/data/bom.py", "Missing parentheses in call to 'print'. Did you mean print(...)?", 2),
    ("lib2to3/tests/data/crlf.py", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1),
    ("lib2to3/tests/data/different_encoding.py", "Missing parentheses in call to 'print'. Did you mean print(...)?", 3),
    ("lib2to3/tests/data/false_encoding.py", "Missing parentheses in call to 'print'. Did you mean print(...)?", 2),
    (
        "lib2to3/tests/data/py2_test_grammar.py",
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        31,
    ),
    ("test/test_future_stmt/badsyntax_future10.py", "from __future__ imports must occur at the beginning of the file", 3),
    ("test/test_future_stmt/badsyntax_future3.py", "future feature rested_snopes is not defined", 3),
    ("test/test_future_stmt/badsyntax_future4.py", "from __future__ imports must occur at the beginning of the file", 3),
    ("test/test_future_stmt/badsyntax_future5.py", "from __future__ imports must occur at the beginning of the file", 4),
    ("test/test_future_stmt/badsyntax_future6.py", "from __future__ imports must occur at the beginning of the file", 3),
    ("test/test_future_stmt/badsyntax_future7.py", "from __future__ imports must occur at the beginning of the file", 3),
    ("test/test_future_stmt/badsyntax_future8.py", "future feature * is not defined", 3),
    ("test/test_future_stmt/badsyntax_future9.py", "not a chance", 3),
    ("test/tokenizedata/bad_coding.py", "unknown encoding: uft-8", 0),
    ("test/tokenizedata/bad_coding2.py", "encoding problem: utf8 with BOM", 0),
    ("test/tokenizedata/badsyntax_3131.py", "invalid character '\u{20ac}' (U+20AC)", 2),
    (
        "test/tokenizedata/badsyntax_pep3120.py",
        "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte",
        1,
    ),
];

fn stdlib_dir() -> Option<PathBuf> {
    if let Ok(d) = std::env::var("PYGMY_STDLIB") {
        return Some(PathBuf::from(d));
    }
    let out = std::process::Command::new("python3")
        .args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        .output()
        .ok()?;
    let s = String::from_utf8(out.stdout).ok()?;
    let p = PathBuf::from(s.trim());
    p.is_dir().then_some(p)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "site-packages" || n == "__pycache__") {
                continue;
            }
            collect(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

#[test]
fn compile_cpython_stdlib() {
    let Some(lib) = stdlib_dir() else {
        eprintln!("no CPython stdlib found (set PYGMY_STDLIB); skipping");
        return;
    };
    let mut files = Vec::new();
    collect(&lib, &mut files);
    assert!(files.len() > 1000, "only {} files under {}", files.len(), lib.display());
    let start = Instant::now();
    let mut ok = 0;
    let mut bytes = 0usize;
    let mut failures = Vec::new();
    let mut rejected = Vec::new();
    for path in &files {
        let rel = path.strip_prefix(&lib).unwrap().to_string_lossy().replace('\\', "/");
        let expect_error = CPYTHON_REJECTS.iter().find(|(p, _, _)| *p == rel);
        let raw = std::fs::read(path).unwrap();
        bytes += raw.len();
        let name = path.to_string_lossy();
        let result = decode_source(&raw, &name).and_then(|src| compile(&src, &name, Mode::Exec, &CompileOptions::default()));
        match result {
            Ok(code) => {
                if expect_error.is_some() {
                    failures.push(format!("{rel}: compiled, but CPython rejects it"));
                    continue;
                }
                if let Err(e) = code.validate() {
                    failures.push(format!("{rel}: invalid code: {e}"));
                    continue;
                }
                let dumped = marshal::dumps(&code);
                match marshal::loads(&dumped) {
                    Ok(back) => {
                        if marshal::dumps(&back) != dumped {
                            failures.push(format!("{rel}: marshal round trip changed the code"));
                            continue;
                        }
                    }
                    Err(e) => {
                        failures.push(format!("{rel}: marshal: {e}"));
                        continue;
                    }
                }
                ok += 1;
            }
            Err(e) => {
                if let Some((_, msg, line)) = expect_error {
                    if e.message != *msg || e.line != *line {
                        failures.push(format!("{rel}: expected {msg:?} on line {line}, got {:?} on line {}", e.message, e.line));
                    }
                    rejected.push(rel);
                } else {
                    failures.push(format!("{rel}: {}", e.format().trim_end()));
                }
            }
        }
    }
    let elapsed = start.elapsed();
    eprintln!(
        "stdlib: {ok} files compiled, {} rejected as CPython does, {} bytes of source, in {:.2?} (debug build)",
        rejected.len(),
        bytes,
        elapsed
    );
    if !failures.is_empty() {
        panic!("{} failures:\n{}", failures.len(), failures.join("\n"));
    }
}
