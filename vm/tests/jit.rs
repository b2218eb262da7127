//! The JIT's code generator (`pygmy_vm::jit::codegen`), natively: WAT snapshots of the
//! module generated for small functions (`tests/jit/*.py` → `*.wat`, rewritten with
//! `BLESS=1`), and every code object of the conformance suite compiled and validated.

use pygmy_bytecode::{CodeObject, Constant};
use pygmy_compiler::{compile, CompileOptions, Mode};
use pygmy_bytecode::Opcode;
use pygmy_vm::jit::codegen::{self, AttrLayout, Env, FloatLayout, GlobalFeed, IterLayout, SeqLayout, Unit};
use std::path::{Path, PathBuf};

/// Made-up addresses: snapshots must not depend on a running VM.
const ENV: Env = Env {
    true_bits: 0x1000,
    false_bits: 0x1010,
    none_bits: 0x1020,
    breaker: 0x2000,
    cell: (4, 30, 16),
    attr: AttrLayout {
        class: 12,
        ext_len: 6,
        type_version: 120,
        type_type: 0x2600,
        wrapped: 16,
        function_kind: 12,
        dict_type: 0x2100,
        entries_ptr: 32,
        entries_len: 36,
        entry_size: 16,
        entry_key: 8,
        entry_value: 12,
        dict_bloom: 40,
    },
    float: FloatLayout { class: 0x2200, value: 16, pool_head: 0x2300, pool_len: 0x2304 },
    str: (0x2400, 12, 16),
    iter: IterLayout { range_class: 0x2500, list_class: 0x2600, list_kind: 9, tag: 8, range_tag: 2, seq_tag: 0, next: 16, step: 24, remaining: 32, seq: 16, index: 20 },
    seq: SeqLayout { list: 0x2400, list_ptr: 16, list_len: 20, tuple: 0x2500, tuple_ptr: 12, tuple_len: 16 },
};

/// Constant words as the VM would have them: small ints tagged, objects at made-up addresses.
fn const_words(code: &CodeObject) -> Vec<u32> {
    (code.consts.iter().enumerate())
        .map(|(i, c)| match c {
            Constant::Int(v) if (-(1 << 30)..(1 << 30)).contains(v) => ((*v as i32) << 1 | 1) as u32,
            Constant::None => ENV.none_bits,
            Constant::Bool(true) => ENV.true_bits,
            Constant::Bool(false) => ENV.false_bits,
            _ => 0x3000 + 16 * i as u32,
        })
        .collect()
}

/// Made-up feedback for every LOAD_GLOBAL and STORE_GLOBAL: a global unless the name is a
/// builtin (then a second guard, on the builtins' version word).
fn global_feed(code: &CodeObject) -> Vec<(u32, GlobalFeed)> {
    const BUILTINS: &[&str] = &["len", "range", "print", "isinstance", "ValueError", "object"];
    (code.instructions())
        .filter(|i| matches!(i.1, Opcode::LOAD_GLOBAL | Opcode::STORE_GLOBAL))
        .map(|(at, op, arg)| {
            let name = if op == Opcode::LOAD_GLOBAL { arg >> 1 } else { arg };
            let builtin = BUILTINS.contains(&code.names[name as usize].as_str());
            let second = if builtin { (0x4004, 9) } else { (0, 0) };
            (at, GlobalFeed { guards: [(0x4000, 7), second], value: 0x5000 + 4 * at })
        })
        .collect()
}

/// Made-up addresses of the code's `CodeData` and of its instruction words.
const DATA: u32 = 0x6000;
const PICS: u32 = 0x8000;

/// Name words as the VM would have them: interned strs at made-up addresses.
fn name_words(code: &CodeObject) -> Vec<u32> {
    (0..code.names.len() as u32).map(|i| 0x8000 + 16 * i).collect()
}

fn nested(code: &CodeObject, out: &mut Vec<CodeObject>) {
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push((**inner).clone());
            nested(inner, out);
        }
    }
}

fn code_objects(src: &str, file: &str) -> Vec<CodeObject> {
    let module = compile(src, file, Mode::Exec, &CompileOptions::default()).expect("compiles");
    let mut out = vec![module.clone()];
    nested(&module, &mut out);
    out
}

fn generate(code: &CodeObject) -> Option<Vec<u8>> {
    let consts = const_words(code);
    let nlp = code.localsplus_names.len() as u32;
    let globals = global_feed(code);
    let names = name_words(code);
    // Made-up bloom bits, one per name.
    let blooms: Vec<u8> = (0..names.len()).map(|i| (i * 7 % 64) as u8).collect();
    let unit = Unit { code, consts: &consts, nlocalsplus: nlp, data: DATA, names: &names, name_blooms: &blooms, globals: &globals, pics: PICS, settled: &[] };
    let bytes = codegen::compile(&[unit], &ENV)?;
    if let Err(e) = wasmparser::Validator::new().validate_all(&bytes) {
        panic!("{}: generated module does not validate: {e}\n{}", code.qualname, wasmprinter::print_bytes(&bytes).unwrap_or_default());
    }
    Some(bytes)
}

fn snapshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/jit")
}

#[test]
fn wat_snapshots() {
    let bless = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    let mut seen = 0;
    for entry in std::fs::read_dir(snapshot_dir()).unwrap() {
        let py = entry.unwrap().path();
        if py.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        seen += 1;
        let src = std::fs::read_to_string(&py).unwrap();
        // The snapshot is of the first function the file defines.
        let objs = code_objects(&src, py.to_str().unwrap());
        let f = objs.get(1).expect("the file defines a function");
        let wat = wasmprinter::print_bytes(generate(f).expect("compiles")).unwrap();
        let text = format!(";; {}\n{wat}\n", f.qualname);
        let wat_path = py.with_extension("wat");
        if bless {
            std::fs::write(&wat_path, &text).unwrap();
        } else if std::fs::read_to_string(&wat_path).ok().as_deref() != Some(text.as_str()) {
            failures.push(format!("{} differs from the generated module (BLESS=1 rewrites it):\n{text}", wat_path.display()));
        }
    }
    assert!(seen >= 3, "snapshot inputs missing");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn py_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            py_files(&p, out);
        } else if p.extension().and_then(|e| e.to_str()) == Some("py") {
            out.push(p);
        }
    }
}

/// Every code object of tests/py goes through the generator, and each module validates.
#[test]
fn conformance_suite_code_validates() {
    let mut files = Vec::new();
    py_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/py"), &mut files);
    let (mut compiled, mut total) = (0, 0);
    for file in files {
        let src = std::fs::read_to_string(&file).unwrap();
        let Ok(module) = compile(&src, file.to_str().unwrap(), Mode::Exec, &CompileOptions::default()) else { continue };
        let mut objs = vec![module.clone()];
        nested(&module, &mut objs);
        for c in &objs {
            total += 1;
            if generate(c).is_some() {
                compiled += 1;
            }
        }
    }
    assert!(total > 1000 && compiled * 100 >= total * 99, "{compiled} of {total} code objects compiled");
}

/// A batch of several functions is one valid module with one export each.
#[test]
fn batch_module() {
    let objs = code_objects("def f(a, b):\n    return a + b\ndef g(n):\n    while n > 0:\n        n -= 1\n    return n\n", "batch.py");
    let consts: Vec<Vec<u32>> = objs.iter().map(const_words).collect();
    let names: Vec<Vec<u32>> = objs.iter().map(name_words).collect();
    let blooms: Vec<Vec<u8>> = names.iter().map(|n| vec![7; n.len()]).collect();
    let units: Vec<Unit> = (objs.iter().zip(&consts).zip(&names).zip(&blooms))
        .map(|(((code, c), n), b)| Unit { code, consts: c, nlocalsplus: code.localsplus_names.len() as u32, data: DATA, names: n, name_blooms: b, globals: &[], pics: PICS, settled: &[] })
        .collect();
    let bytes = codegen::compile(&units, &ENV).unwrap();
    wasmparser::Validator::new().validate_all(&bytes).unwrap();
    let wat = wasmprinter::print_bytes(&bytes).unwrap();
    for i in 0..units.len() {
        assert!(wat.contains(&format!("(export \"{i}\" (func {}))", i as u32 + codegen::IMPORTED_FUNCS)), "{wat}");
    }
}
