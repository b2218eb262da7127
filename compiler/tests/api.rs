//! The contract the VM relies on: modes, options, flags, docstrings, locals-plus layout,
//! qualnames, class cells, annotations.

use pygmy_bytecode::code::{flags, local_kind, CodeObject, Constant};
use pygmy_bytecode::Opcode;
use pygmy_compiler::{compile, future, CompileOptions, ErrorKind, Mode};

fn exec(src: &str) -> CodeObject {
    compile(src, "t.py", Mode::Exec, &CompileOptions::default()).unwrap_or_else(|e| panic!("{}", e.format()))
}

fn child<'a>(code: &'a CodeObject, name: &str) -> &'a CodeObject {
    code.consts
        .iter()
        .find_map(|c| match c {
            Constant::Code(c) if c.name == name => Some(&**c),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no code object {name}"))
}

fn ops(code: &CodeObject) -> Vec<Opcode> {
    code.instructions().map(|(_, op, _)| op).collect()
}

#[test]
fn modes() {
    let e = compile("1 + x", "e", Mode::Eval, &CompileOptions::default()).unwrap();
    assert_eq!(*ops(&e).last().unwrap(), Opcode::RETURN_VALUE);
    assert!(!ops(&e).contains(&Opcode::POP_TOP));
    let s = compile("x = 1; x", "s", Mode::Single, &CompileOptions::default()).unwrap();
    assert!(ops(&s).contains(&Opcode::PRINT_EXPR));
    let m = compile("x", "m", Mode::Exec, &CompileOptions::default()).unwrap();
    assert!(!ops(&m).contains(&Opcode::PRINT_EXPR));
    let err = compile("x = 1\ny = 2\n", "s", Mode::Single, &CompileOptions::default()).unwrap_err();
    assert_eq!(err.message, "multiple statements found while compiling a single statement");
    let err = compile("  1", "e", Mode::Eval, &CompileOptions::default()).unwrap_err();
    assert_eq!((err.kind, err.message.as_str()), (ErrorKind::IndentationError, "unexpected indent"));
}

#[test]
fn optimize_levels() {
    let src = "\"\"\"mod doc\"\"\"\ndef f():\n    \"f doc\"\n    assert x, 'm'\n    return __debug__\n";
    let o0 = exec(src);
    assert_eq!(o0.consts[0], Constant::Str("mod doc".into()));
    assert!(o0.flags & flags::HAS_DOCSTRING != 0);
    let f0 = child(&o0, "f");
    assert_eq!(f0.consts[0], Constant::Str("f doc".into()));
    assert!(f0.flags & flags::HAS_DOCSTRING != 0);
    assert!(ops(f0).contains(&Opcode::LOAD_ASSERTION_ERROR));
    assert!(f0.consts.contains(&Constant::Bool(true)));

    let o1 = compile(src, "t.py", Mode::Exec, &CompileOptions { optimize: 1, flags: 0, ..Default::default() }).unwrap();
    let f1 = child(&o1, "f");
    assert!(!ops(f1).contains(&Opcode::LOAD_ASSERTION_ERROR));
    assert!(f1.consts.contains(&Constant::Bool(false)));
    assert_eq!(f1.consts[0], Constant::Str("f doc".into()));

    let o2 = compile(src, "t.py", Mode::Exec, &CompileOptions { optimize: 2, flags: 0, ..Default::default() }).unwrap();
    assert!(o2.flags & flags::HAS_DOCSTRING == 0);
    let f2 = child(&o2, "f");
    assert_eq!(f2.consts[0], Constant::None);
    assert!(f2.flags & flags::HAS_DOCSTRING == 0);
    assert!(!o2.consts.contains(&Constant::Str("mod doc".into())));

    // The packer's option: docstrings out, asserts and __debug__ kept.
    let s = compile(src, "t.py", Mode::Exec, &CompileOptions { strip_docstrings: true, ..Default::default() }).unwrap();
    assert!(s.flags & flags::HAS_DOCSTRING == 0);
    assert!(!s.consts.contains(&Constant::Str("mod doc".into())));
    let fs = child(&s, "f");
    assert_eq!(fs.consts[0], Constant::None);
    assert!(ops(fs).contains(&Opcode::LOAD_ASSERTION_ERROR));
    assert!(fs.consts.contains(&Constant::Bool(true)));
}

#[test]
fn class_docstring_is_first_constant() {
    let m = exec("class C:\n    'C doc'\n    x = 1\n");
    let c = child(&m, "C");
    assert_eq!(c.consts[0], Constant::Str("C doc".into()));
    assert!(c.flags & flags::HAS_DOCSTRING != 0);
}

#[test]
fn code_flags() {
    let m = exec(
        "def g(*a, **k):\n    yield 1\nasync def c():\n    await x\nasync def ag():\n    yield 1\ndef outer():\n    def inner(): pass\n    return inner\n",
    );
    let g = child(&m, "g");
    assert_eq!(g.flags & 0xffff, flags::OPTIMIZED | flags::NEWLOCALS | flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR);
    assert_eq!(child(&m, "c").flags & 0xffff, flags::OPTIMIZED | flags::NEWLOCALS | flags::COROUTINE);
    assert_eq!(child(&m, "ag").flags & 0xffff, flags::OPTIMIZED | flags::NEWLOCALS | flags::ASYNC_GENERATOR);
    let inner = child(child(&m, "outer"), "inner");
    assert_eq!(inner.flags & 0xffff, flags::OPTIMIZED | flags::NEWLOCALS | flags::NESTED);
    assert_eq!(inner.qualname, "outer.<locals>.inner");
    assert_eq!(m.flags, 0);
}

#[test]
fn localsplus_layout() {
    // Arguments first: posonly, positional, kwonly, *args, **kwargs; then other locals; then
    // cells that are not arguments; then free variables.
    let m = exec("def f(a, /, b, *c, d, **e):\n    x = 1\n    y = 2\n    def g(): return a + y\n    return g\n");
    let f = child(&m, "f");
    assert_eq!(f.localsplus_names, ["a", "b", "d", "c", "e", "x", "g", "y"]);
    assert_eq!(f.localsplus_kinds[0], local_kind::LOCAL | local_kind::CELL);
    assert_eq!(f.localsplus_kinds[7], local_kind::CELL);
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 1, 1));
    let first: Vec<Opcode> = ops(f).into_iter().take(2).collect();
    assert_eq!(first, [Opcode::MAKE_CELL, Opcode::MAKE_CELL]);
    let g = child(f, "g");
    assert_eq!(g.localsplus_names, ["a", "y"]);
    assert_eq!(g.localsplus_kinds, [local_kind::FREE, local_kind::FREE]);
    assert_eq!(ops(g)[0], Opcode::COPY_FREE_VARS);
    assert_eq!(g.qualname, "f.<locals>.g");
}

#[test]
fn class_cell_and_namespace() {
    let m = exec("class C:\n    def m(self):\n        return super().m()\n");
    let c = child(&m, "C");
    assert_eq!(c.localsplus_names, ["__class__"]);
    assert!(c.names.contains(&"__classcell__".to_string()));
    assert!(c.names.contains(&"__module__".to_string()));
    assert!(c.names.contains(&"__qualname__".to_string()));
    let m_ = child(c, "m");
    assert_eq!(m_.qualname, "C.m");
    assert_eq!(m_.localsplus_names, ["self", "__class__"]);
}

#[test]
fn future_annotations_flag_and_strings() {
    let src = "def f(a: List[int]) -> 'x': pass\n";
    let opts = CompileOptions { optimize: 0, flags: future::CO_FUTURE_ANNOTATIONS, ..Default::default() };
    let m = compile(src, "t.py", Mode::Exec, &opts).unwrap();
    assert!(m.consts.contains(&Constant::Str("List[int]".into())));
    assert!(m.consts.contains(&Constant::Str("'x'".into())));
    assert!(m.flags & future::CO_FUTURE_ANNOTATIONS != 0);
    assert!(child(&m, "f").flags & future::CO_FUTURE_ANNOTATIONS != 0);
    let m = exec("from __future__ import annotations\nx: a.b[c, d] | None = 1\n");
    assert!(m.consts.contains(&Constant::Str("a.b[c, d] | None".into())));
}

#[test]
fn top_level_await() {
    let src = "await x\nasync for y in z: pass\n";
    assert!(compile(src, "t.py", Mode::Exec, &CompileOptions::default()).is_err());
    let opts = CompileOptions { optimize: 0, flags: future::PYCF_ALLOW_TOP_LEVEL_AWAIT, ..Default::default() };
    let m = compile(src, "t.py", Mode::Exec, &opts).unwrap();
    assert!(m.flags & flags::COROUTINE != 0);
}

#[test]
fn every_backward_jump_is_jump_backward() {
    let m = exec("def f(x, y):\n    while x and y:\n        x -= 1\n        if x == 3:\n            continue\n    return x\n");
    let f = child(&m, "f");
    for (at, op, arg) in f.instructions() {
        if op.is_jump() && arg <= at {
            assert!(
                matches!(op, Opcode::JUMP_BACKWARD | Opcode::JUMP_BACKWARD_NO_INTERRUPT),
                "{} at {at} jumps back to {arg}",
                op.name()
            );
        }
    }
}

#[test]
fn yield_value_argument_tells_where_it_resumes() {
    let m = exec("def g(x):\n    yield 1\n    yield from x\nasync def a(x):\n    await x\n");
    let args = |c: &CodeObject| -> Vec<u32> { c.instructions().filter(|(_, op, _)| *op == Opcode::YIELD_VALUE).map(|(_, _, a)| a).collect() };
    assert_eq!(args(child(&m, "g")), [1, 2]);
    assert_eq!(args(child(&m, "a")), [3]);
}

#[test]
fn decode_and_compile() {
    let src = pygmy_compiler::decode_source(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n", "l.py").unwrap();
    let m = compile(&src, "l.py", Mode::Exec, &CompileOptions::default()).unwrap();
    assert!(m.consts.contains(&Constant::Str("\u{e9}".into())));
    let err = pygmy_compiler::decode_source(b"# coding: klingon\n", "k.py").unwrap_err();
    assert_eq!(err.message, "unknown encoding: klingon");
}

#[test]
fn big_int_constants() {
    let m = exec("x = 123456789012345678901234567890\ny = -0x8000000000000000\n");
    let big: Vec<&Constant> = m.consts.iter().filter(|c| matches!(c, Constant::BigInt(_))).collect();
    assert_eq!(big.len(), 1);
    // -2**63 fits in an i64 after folding the unary minus.
    assert!(m.consts.contains(&Constant::Int(i64::MIN)));
    if let Constant::BigInt(bytes) = big[0] {
        let v = num_bigint::BigInt::from_signed_bytes_le(bytes);
        assert_eq!(v.to_string(), "123456789012345678901234567890");
    }
}

#[test]
fn incomplete_input_for_the_console() {
    // codeop's flags: PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT.
    let opts = CompileOptions { optimize: 0, flags: future::PYCF_DONT_IMPLY_DEDENT | future::PYCF_ALLOW_INCOMPLETE_INPUT, ..Default::default() };
    let cases = [
        ("if x:", false),
        ("if x:\n  pass", false),
        ("if x:\n  pass\n", true),
        ("(1,", false),
        ("\"\"\"abc", false),
        ("x = 1", true),
        ("def f():", false),
        ("x = (1,\n2)", true),
        ("@d", false),
        ("class C:\n  pass\n\n", true),
    ];
    for (src, complete) in cases {
        match compile(src, "<input>", Mode::Single, &opts) {
            Ok(_) => assert!(complete, "{src:?} compiled"),
            Err(e) => {
                assert!(!complete, "{src:?}: {}", e.message);
                assert_eq!(e.message, "incomplete input", "{src:?}");
            }
        }
    }
    let e = compile("\\", "<input>", Mode::Single, &opts).unwrap_err();
    assert_eq!(e.message, "unexpected character after line continuation character");
}
