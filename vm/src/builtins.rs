//! The `builtins` module: builtin functions, types and constants.

use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::object::{CellValue, Kind};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, Args, MethodDef, NativeFn};
use crate::types::dict::DictData;
use crate::types::typeobj::{lookup_str, tdata, type_name};
use crate::value::Value;
use crate::vm::Vm;
use pygmy_bytecode::BinaryOp;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("abs", b_abs),
    ("aiter", b_aiter),
    ("all", b_all),
    ("anext", b_anext),
    ("any", b_any),
    ("ascii", b_ascii),
    ("bin", b_bin),
    ("breakpoint", b_breakpoint),
    ("callable", b_callable),
    ("chr", b_chr),
    ("compile", b_compile),
    ("delattr", b_delattr),
    ("dir", b_dir),
    ("divmod", b_divmod),
    ("exit", b_exit),
    ("eval", b_eval),
    ("exec", b_exec),
    ("format", b_format),
    ("getattr", b_getattr),
    ("globals", b_globals),
    ("hasattr", b_hasattr),
    ("hash", b_hash),
    ("hex", b_hex),
    ("id", b_id),
    ("input", b_input),
    ("isinstance", b_isinstance),
    ("issubclass", b_issubclass),
    ("iter", b_iter),
    ("len", b_len),
    ("locals", b_locals),
    ("max", b_max),
    ("min", b_min),
    ("next", b_next),
    ("oct", b_oct),
    ("open", crate::modules::io::io_open),
    ("ord", b_ord),
    ("pow", b_pow),
    ("quit", b_exit),
    ("print", b_print),
    ("repr", b_repr),
    ("round", b_round),
    ("setattr", b_setattr),
    ("sorted", b_sorted),
    ("sum", b_sum),
    ("vars", b_vars),
    ("__build_class__", b_build_class),
    ("__import__", b_import),
];

/// Fills the builtins module.
pub fn init(vm: &mut Vm) {
    let d = vm.builtins.clone();
    let dd = d.downcast::<DictData>().expect("builtins dict");
    let module = vm.builtins_mod.clone();
    for (name, f) in FUNCTIONS {
        dd.set_str(Value::intern(name), crate::types::new_builtin_function(name, *f, Some(module.clone())));
    }
    let r = rt();
    let types: &[(&str, BT)] = &[
        ("object", BT::Object),
        ("type", BT::Type),
        ("int", BT::Int),
        ("bool", BT::Bool),
        ("float", BT::Float),
        ("complex", BT::Complex),
        ("str", BT::Str),
        ("bytes", BT::Bytes),
        ("bytearray", BT::ByteArray),
        ("memoryview", BT::MemoryView),
        ("list", BT::List),
        ("tuple", BT::Tuple),
        ("dict", BT::Dict),
        ("set", BT::Set),
        ("frozenset", BT::FrozenSet),
        ("range", BT::Range),
        ("slice", BT::Slice),
        ("property", BT::Property),
        ("classmethod", BT::ClassMethod),
        ("staticmethod", BT::StaticMethod),
        ("super", BT::Super),
        ("enumerate", BT::Enumerate),
        ("zip", BT::Zip),
        ("map", BT::Map),
        ("filter", BT::Filter),
        ("reversed", BT::Reversed),
    ];
    for (name, t) in types {
        dd.set_str(Value::intern(name), r.ty(*t));
    }
    dd.set_str(Value::intern("None"), Value::none());
    dd.set_str(Value::intern("True"), Value::bool(true));
    dd.set_str(Value::intern("False"), Value::bool(false));
    dd.set_str(Value::intern("Ellipsis"), Value::ellipsis());
    dd.set_str(Value::intern("NotImplemented"), Value::not_implemented());
    dd.set_str(Value::intern("__debug__"), Value::bool(true));
    dd.set_str(Value::intern("__name__"), Value::intern("builtins"));
    dd.set_str(Value::intern("__doc__"), Value::none());
    for &e in ExcType::ALL {
        dd.set_str(Value::intern(e.name()), e.type_value());
    }
    dd.set_str(Value::intern("EnvironmentError"), ExcType::OSError.type_value());
    dd.set_str(Value::intern("IOError"), ExcType::OSError.type_value());
}

/// `ascii()`-style escaping of a repr (non-ASCII → \x, \u, \U escapes).
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u <= 0xff {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u <= 0xffff {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

fn b_abs(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.check("abs", 1, 1)? else { unreachable!() };
    if let Some(i) = x.as_small() {
        return Ok(Value::int_i128((i as i128).abs()));
    }
    match lookup_str(&x.class(), "__abs__") {
        Some(f) => vm.call_unbound(&f, x, &[]),
        None => Err(type_error(format!("bad operand type for abs(): '{}'", type_name(x)))),
    }
}

fn b_aiter(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.check("aiter", 1, 1)? else { unreachable!() };
    match lookup_str(&x.class(), "__aiter__") {
        Some(f) => vm.call_unbound(&f, x, &[]),
        None => Err(type_error(format!("'{}' object is not an async iterable", type_name(x)))),
    }
}

fn b_anext(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("anext", 1, 2)?;
    let x = &pos[0];
    match lookup_str(&x.class(), "__anext__") {
        Some(f) => {
            let aw = vm.call_unbound(&f, x, &[])?;
            Ok(if pos.len() == 2 { crate::types::generator::new_anext_default(aw, pos[1].clone()) } else { aw })
        }
        None => Err(type_error(format!("'{}' object is not an async iterator", type_name(x)))),
    }
}

fn b_all(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.check("all", 1, 1)? else { unreachable!() };
    let it = vm.iter(x)?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn b_any(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.check("any", 1, 1)? else { unreachable!() };
    let it = vm.iter(x)?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn b_ascii(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.check("ascii", 1, 1)? else { unreachable!() };
    let r = vm.repr_string(x)?;
    Ok(Value::string(ascii_escape(&r)))
}

fn radix_str(vm: &mut Vm, x: &Value, radix: u32, prefix: &str) -> PyResult {
    let i = vm.index(x)?;
    let b = crate::types::int::to_bigint(&i).unwrap_or_default();
    let sign = if b.sign() == num_bigint::Sign::Minus { "-" } else { "" };
    Ok(Value::string(format!("{sign}{prefix}{}", b.magnitude().to_str_radix(radix))))
}

fn b_bin(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.check("bin", 1, 1)? else { unreachable!() };
    radix_str(vm, x, 2, "0b")
}

fn b_oct(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.check("oct", 1, 1)? else { unreachable!() };
    radix_str(vm, x, 8, "0o")
}

fn b_hex(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.check("hex", 1, 1)? else { unreachable!() };
    radix_str(vm, x, 16, "0x")
}

fn b_breakpoint(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::none())
}

/// Whether `v` can be called.
pub fn is_callable(v: &Value) -> bool {
    match v.kind() {
        Kind::Function | Kind::Builtin | Kind::MethodDescr | Kind::BoundMethod | Kind::Type => true,
        _ => lookup_str(&v.class(), "__call__").is_some(),
    }
}

fn b_callable(_vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.check("callable", 1, 1)? else { unreachable!() };
    Ok(Value::bool(is_callable(x)))
}

fn b_chr(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.check("chr", 1, 1)? else { unreachable!() };
    let n = match x.as_small() {
        Some(n) => n as i64,
        None => vm.index(x)?.as_i64().ok_or_else(|| PyErr::new(ExcType::OverflowError, "Python int too large to convert to C int"))?,
    };
    if !(0..=0x10ffff).contains(&n) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(n as u32) {
        Some(c) => {
            let mut b = [0u8; 4];
            Ok(Value::str(c.encode_utf8(&mut b)))
        }
        None => Err(value_error("surrogate code points are not supported")),
    }
}

fn b_ord(_vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.check("ord", 1, 1)? else { unreachable!() };
    if let Some(s) = x.as_str() {
        if let [b] = s.as_bytes() {
            return Ok(Value::int(*b as i64));
        }
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(Value::int(c as i64)),
            _ => Err(type_error(format!("ord() expected a character, but string of length {} found", s.chars().count()))),
        };
    }
    if let Some(b) = crate::types::bytes::bytes_like(x) {
        if x.kind() != Kind::MemoryView {
            return match b.len() {
                1 => Ok(Value::int(b[0] as i64)),
                n => Err(type_error(format!("ord() expected a character, but string of length {n} found"))),
            };
        }
    }
    Err(type_error(format!("ord() expected string of length 1, but {} found", type_name(x))))
}

/// `compile()` flag: only parse, return the AST (`ast.parse`).
const PYCF_ONLY_AST: i64 = 0x400;

fn b_compile(vm: &mut Vm, args: Args) -> PyResult {
    let [source, filename, mode, flags, dont_inherit, optimize, _fv] =
        args.bind("compile", ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 3, 0)?;
    let source = source.unwrap_or_else(Value::none);
    let filename = filename.unwrap_or_else(Value::none);
    let mode = mode.unwrap_or_else(Value::none);
    let flags = match &flags {
        Some(f) => vm.to_isize(f)?,
        None => 0,
    };
    if let Some(d) = &dont_inherit {
        vm.truthy(d)?;
    }
    if let Some(o) = &optimize {
        vm.to_isize(o)?;
    }
    if source.kind() == Kind::Code {
        return Ok(source);
    }
    let m = mode.as_str().unwrap_or("").to_owned();
    let src = match source_text(&source, "compile") {
        Ok(s) => s,
        Err(e) => match ast_source(vm, &source, &m)? {
            Some(_) if flags as i64 & PYCF_ONLY_AST != 0 => return Ok(source),
            Some(text) => text,
            None => return Err(e),
        },
    };
    let fname = vm.str_string(&filename)?;
    if !matches!(m.as_str(), "exec" | "eval" | "single") {
        return Err(value_error("compile() mode must be 'exec', 'eval' or 'single'"));
    }
    if flags as i64 & PYCF_ONLY_AST != 0 {
        let blob = vm.host.compile(&src, &fname, &m, flags as u32).map_err(|f| crate::error::syntax_error_from(&f))?;
        return crate::modules::ast::decode(vm, &blob);
    }
    vm.compile_source(&src, &fname, &m, flags as u32)
}

/// An `ast` tree given to `compile()` as source code: pygmy compiles `ast.unparse(tree)`,
/// after CPython's check that the root suits `mode`. None if `v` is not an AST node.
fn ast_source(vm: &mut Vm, v: &Value, mode: &str) -> PyResult<Option<String>> {
    let Some(ast) = vm.loaded_module("ast") else { return Ok(None) };
    let base = vm.getattr(&ast, &Value::intern("AST"))?;
    if !vm.isinstance(v, &base)? {
        return Ok(None);
    }
    let want = match mode {
        "exec" => "Module",
        "eval" => "Expression",
        "single" => "Interactive",
        _ => return Err(value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let cls = vm.getattr(&ast, &Value::intern(want))?;
    if !vm.isinstance(v, &cls)? {
        return Err(type_error(format!("expected {want} node, got {}", type_name(v))));
    }
    crate::modules::ast::check_tree(vm, v, 0)?;
    let unparse = vm.getattr(&ast, &Value::intern("unparse"))?;
    let text = vm.call(&unparse, std::slice::from_ref(v))?;
    Ok(Some(vm.str_string(&text)?))
}

fn source_text(v: &Value, who: &str) -> PyResult<String> {
    if let Some(s) = v.as_str() {
        if s.contains('\0') {
            return Err(PyErr::new(ExcType::SyntaxError, "source code string cannot contain null bytes"));
        }
        return Ok(s.to_owned());
    }
    if let Some(b) = crate::types::bytes::bytes_like(v) {
        return Ok(String::from_utf8_lossy(&b).into_owned());
    }
    Err(type_error(format!("{who}() arg 1 must be a string, bytes or {} object", if who == "compile" { "AST" } else { "code" })))
}

fn b_delattr(vm: &mut Vm, args: Args) -> PyResult {
    let [o, n] = args.check("delattr", 2, 2)? else { unreachable!() };
    if n.as_str().is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", type_name(n))));
    }
    vm.delattr(o, n)?;
    Ok(Value::none())
}

fn b_dir(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("dir", 0, 1)?;
    let names = match pos.first() {
        None => {
            let l = b_locals(vm, Args::new(&[]))?;
            vm.collect_iter(&l)?
        }
        Some(o) => {
            let f = lookup_str(&o.class(), "__dir__").ok_or_else(|| type_error("object does not provide __dir__"))?;
            let r = vm.call_unbound(&f, o, &[])?;
            vm.collect_iter(&r)?
        }
    };
    let l = Value::list(names);
    let sorted = crate::types::list::sort_values(vm, l.as_list().map(|l| l.snapshot()).unwrap_or_default(), None, false).map_err(|(e, _)| e)?;
    Ok(Value::list(sorted))
}

fn b_divmod(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.check("divmod", 2, 2)? else { unreachable!() };
    let (ta, tb) = (a.class(), b.class());
    let fa = lookup_str(&ta, "__divmod__");
    let fb = if ta.is(&tb) { None } else { lookup_str(&tb, "__rdivmod__") };
    if let Some(fb) = &fb {
        if crate::types::typeobj::is_subtype_ptr(tb.as_ptr(), ta.as_ptr()) {
            let r = vm.call(fb, &[b.clone(), a.clone()])?;
            if r.kind() != Kind::NotImplemented {
                return Ok(r);
            }
        }
    }
    if let Some(fa) = fa {
        let r = vm.call_unbound(&fa, a, &[b.clone()])?;
        if r.kind() != Kind::NotImplemented {
            return Ok(r);
        }
    }
    if let Some(fb) = fb {
        let r = vm.call_unbound(&fb, b, &[a.clone()])?;
        if r.kind() != Kind::NotImplemented {
            return Ok(r);
        }
    }
    Err(type_error(format!("unsupported operand type(s) for divmod(): '{}' and '{}'", type_name(a), type_name(b))))
}

/// Globals/locals for eval/exec: defaults are the caller's.
fn eval_namespaces(vm: &mut Vm, globals: Option<Value>, locals: Option<Value>, who: &str) -> PyResult<(Value, Option<Value>)> {
    let globals = globals.filter(|g| !g.is_none());
    let locals = locals.filter(|l| !l.is_none());
    match globals {
        Some(g) => {
            if g.kind() != Kind::Dict {
                return Err(type_error(if who == "exec" { format!("exec() globals must be a dict, not {}", type_name(&g)) } else { "globals must be a dict".into() }));
            }
            if let Some(l) = &locals {
                if lookup_str(&l.class(), "__getitem__").is_none() {
                    return Err(type_error(if who == "exec" { format!("locals must be a mapping or None, not {}", type_name(l)) } else { "locals must be a mapping".into() }));
                }
            }
            Ok((g.clone(), Some(locals.unwrap_or(g))))
        }
        None => {
            let g = vm.current_globals().unwrap_or_else(Value::dict);
            let l = match locals {
                Some(l) => l,
                None => match vm.frames.last_mut() {
                    Some(f) => {
                        let fp: *mut crate::frame::Frame = &mut **f;
                        // SAFETY: the frame stays on the stack during this call.
                        vm.frame_locals_dict(unsafe { &mut *fp })?
                    }
                    None => g.clone(),
                },
            };
            Ok((g, Some(l)))
        }
    }
}

fn b_eval(vm: &mut Vm, args: Args) -> PyResult {
    let [source, globals, locals] = args.bind("eval", ["source", "globals", "locals"], 1, 3)?;
    let source = source.unwrap_or_else(Value::none);
    let (g, l) = eval_namespaces(vm, globals, locals, "eval")?;
    let code = if source.kind() == Kind::Code {
        source
    } else {
        let src = source_text(&source, "eval")?;
        let src = src.trim_start_matches([' ', '\t']).to_owned();
        vm.compile_source(&src, "<string>", "eval", 0)?
    };
    vm.run_code(&code, &g, l.as_ref())
}

fn b_exec(vm: &mut Vm, args: Args) -> PyResult {
    let [source, globals, locals, _closure] = args.bind("exec", ["source", "globals", "locals", "closure"], 1, 3)?;
    let source = source.unwrap_or_else(Value::none);
    let (g, l) = eval_namespaces(vm, globals, locals, "exec")?;
    let code = if source.kind() == Kind::Code {
        source
    } else {
        let src = source_text(&source, "exec")?;
        vm.compile_source(&src, "<string>", "exec", 0)?
    };
    vm.run_code(&code, &g, l.as_ref())?;
    Ok(Value::none())
}

fn b_format(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("format", 1, 2)?;
    let spec = pos.get(1).cloned().unwrap_or_else(|| Value::str(""));
    if spec.as_str().is_none() {
        return Err(type_error(format!("format() argument 2 must be str, not {}", type_name(&spec))));
    }
    vm.format(&pos[0], &spec)
}

fn b_getattr(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("getattr", 2, 3)?;
    if pos[1].as_str().is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", type_name(&pos[1]))));
    }
    let name = crate::types::str::intern_value(&pos[1]);
    match pos.get(2) {
        None => vm.getattr(&pos[0], &name),
        Some(d) => Ok(vm.getattr_opt(&pos[0], &name)?.unwrap_or_else(|| d.clone())),
    }
}

fn b_globals(vm: &mut Vm, args: Args) -> PyResult {
    args.check("globals", 0, 0)?;
    Ok(vm.current_globals().unwrap_or_else(Value::dict))
}

fn b_hasattr(vm: &mut Vm, args: Args) -> PyResult {
    let [o, n] = args.check("hasattr", 2, 2)? else { unreachable!() };
    if n.as_str().is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", type_name(n))));
    }
    let name = crate::types::str::intern_value(n);
    Ok(Value::bool(vm.getattr_opt(o, &name)?.is_some()))
}

fn b_hash(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.check("hash", 1, 1)? else { unreachable!() };
    Ok(Value::int(vm.hash(x)?))
}

fn b_id(_vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.check("id", 1, 1)? else { unreachable!() };
    Ok(Value::int(x.bits() as i64))
}

fn b_input(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("input", 0, 1)?;
    let mut prompt = String::new();
    if let Some(p) = pos.first() {
        prompt = vm.str_string(p)?;
        let out = vm.sys_attr("stdout")?;
        vm.call_method(&out, "write", &[Value::string(prompt.clone())])?;
    }
    vm.flush();
    if vm.suspend_for_input(&prompt) {
        // The host gets the line once the loop has stopped; `take_input` puts it in place
        // of this placeholder before the next instruction.
        crate::runtime::rt().eval_breaker.set(true);
        return Ok(Value::none());
    }
    input_line(vm.host.read_line())
}

/// `input()`'s result for a line read from the host (`None`: end of file).
pub(crate) fn input_line(line: Option<Vec<u8>>) -> PyResult {
    match line {
        Some(line) => {
            let mut s = String::from_utf8_lossy(&line).into_owned();
            if s.ends_with('\n') {
                s.pop();
                if s.ends_with('\r') {
                    s.pop();
                }
            }
            Ok(Value::string(s))
        }
        None => Err(PyErr::new(ExcType::EOFError, "EOF when reading a line")),
    }
}

fn b_isinstance(vm: &mut Vm, args: Args) -> PyResult {
    let [o, c] = args.check("isinstance", 2, 2)? else { unreachable!() };
    Ok(Value::bool(vm.isinstance(o, c)?))
}

fn b_issubclass(vm: &mut Vm, args: Args) -> PyResult {
    let [o, c] = args.check("issubclass", 2, 2)? else { unreachable!() };
    if o.kind() != Kind::Type && vm.getattr_opt(o, &Value::intern("__bases__"))?.is_none() {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    Ok(Value::bool(vm.issubclass(o, c)?))
}

fn b_iter(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("iter", 1, 2)?;
    if pos.len() == 2 {
        if !is_callable(&pos[0]) {
            return Err(type_error("iter(v, w): v must be callable"));
        }
        return Ok(crate::types::iter::new_callable_iter(pos[0].clone(), pos[1].clone()));
    }
    vm.iter(&pos[0])
}

fn b_len(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.check("len", 1, 1)? else { unreachable!() };
    Ok(Value::int(vm.len_ssize(x)?))
}

fn b_locals(vm: &mut Vm, args: Args) -> PyResult {
    args.check("locals", 0, 0)?;
    match vm.frames.last_mut() {
        Some(f) => {
            let fp: *mut crate::frame::Frame = &mut **f;
            // SAFETY: the frame stays on the stack during this call.
            vm.frame_locals_dict(unsafe { &mut *fp })
        }
        None => Ok(Value::dict()),
    }
}

fn minmax(vm: &mut Vm, args: Args, name: &str, want_max: bool) -> PyResult {
    let pos = args.pos();
    let mut key = None;
    let mut default = None;
    for (k, v) in args.kwargs() {
        match k.as_str() {
            Some("key") => key = if v.is_none() { None } else { Some(v.clone()) },
            Some("default") => default = Some(v.clone()),
            Some(o) => return Err(type_error(format!("'{o}' is an invalid keyword argument for {name}()"))),
            None => {}
        }
    }
    let items = match pos.len() {
        0 => return Err(type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect_iter(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&it))?,
            None => it.clone(),
        };
        match &best {
            None => best = Some((k, it)),
            Some((bk, _)) => {
                let op = if want_max { pygmy_bytecode::CompareOp::Gt } else { pygmy_bytecode::CompareOp::Lt };
                let r = vm.rich_compare(&k, bk, op)?;
                let better = vm.truthy(&r)?;
                if better {
                    best = Some((k, it));
                }
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn b_max(vm: &mut Vm, args: Args) -> PyResult {
    minmax(vm, args, "max", true)
}

fn b_min(vm: &mut Vm, args: Args) -> PyResult {
    minmax(vm, args, "min", false)
}

fn b_next(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("next", 1, 2)?;
    let it = &pos[0];
    if lookup_str(&it.class(), "__next__").is_none() {
        return Err(type_error(format!("'{}' object is not an iterator", type_name(it))));
    }
    if it.kind() == Kind::Generator && it.class_ptr() == rt().ty_ptr(BT::Generator) {
        return match crate::types::generator::gen_send(vm, it, Value::none()) {
            Err(e) if e.matches(ExcType::StopIteration) && pos.len() == 2 => Ok(pos[1].clone()),
            r => r,
        };
    }
    if it.kind() == Kind::Iter {
        return match vm.next(it) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => match pos.get(1) {
                Some(d) => Ok(d.clone()),
                None => {
                    if let Some(g) = it.downcast::<crate::types::generator::GenData>() {
                        let _ = g;
                    }
                    Err(crate::error::stop_iteration())
                }
            },
            Err(e) => Err(e),
        };
    }
    let f = lookup_str(&it.class(), "__next__").unwrap_or_else(Value::none);
    match vm.call_unbound(&f, it, &[]) {
        Ok(v) => Ok(v),
        Err(e) if e.matches(ExcType::StopIteration) && pos.len() == 2 => Ok(pos[1].clone()),
        Err(e) => Err(e),
    }
}

fn b_pow(vm: &mut Vm, args: Args) -> PyResult {
    let [base, exp, m] = args.bind("pow", ["base", "exp", "mod"], 2, 0)?;
    let base = base.unwrap_or_else(Value::none);
    let exp = exp.unwrap_or_else(Value::none);
    match m.filter(|m| !m.is_none()) {
        None => vm.binary_op(&base, &exp, BinaryOp::Power),
        Some(m) => {
            if let (Some(b), Some(e), Some(md)) = (base.as_int(), exp.as_int(), m.as_int()) {
                return crate::types::int::int_pow_mod(&b, &e, &md);
            }
            match lookup_str(&base.class(), "__pow__") {
                Some(f) => {
                    let r = vm.call_unbound(&f, &base, &[exp.clone(), m.clone()])?;
                    if r.kind() != Kind::NotImplemented {
                        return Ok(r);
                    }
                    Err(type_error(format!(
                        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                        type_name(&base),
                        type_name(&exp),
                        type_name(&m)
                    )))
                }
                None => Err(type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    type_name(&base),
                    type_name(&exp),
                    type_name(&m)
                ))),
            }
        }
    }
}

fn b_print(vm: &mut Vm, args: Args) -> PyResult {
    let mut sep: Option<Value> = None;
    let mut end: Option<Value> = None;
    let mut file: Option<Value> = None;
    let mut flush = false;
    for (k, v) in args.kwargs() {
        match k.as_str() {
            Some("sep") => sep = Some(v.clone()),
            Some("end") => end = Some(v.clone()),
            Some("file") => file = Some(v.clone()),
            Some("flush") => flush = vm.truthy(v)?,
            Some(o) => return Err(type_error(format!("'{o}' is an invalid keyword argument for print()"))),
            None => {}
        }
    }
    let text_of = |v: &Option<Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_owned()),
            Some(x) if x.is_none() => Ok(default.to_owned()),
            Some(x) => x.as_str().map(|s| s.to_owned()).ok_or_else(|| type_error(format!("{what} must be None or a string, not {}", type_name(x)))),
        }
    };
    let sep = text_of(&sep, " ", "sep")?;
    let end = text_of(&end, "\n", "end")?;
    let file = match file.filter(|f| !f.is_none()) {
        Some(f) => f,
        None => {
            let s = vm.sys_attr("stdout")?;
            if s.is_none() {
                return Ok(Value::none());
            }
            s
        }
    };
    if let Some(fd) = crate::modules::sys::std_stream_fd(&file) {
        let mut out = String::new();
        for (i, a) in args.pos().iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            if a.class_ptr() == rt().ty_ptr(BT::Str) {
                out.push_str(a.as_str().unwrap_or(""));
            } else {
                match vm.str_string(a) {
                    Ok(s) => out.push_str(&s),
                    Err(e) => {
                        vm.write_stream(fd, &out);
                        return Err(e);
                    }
                }
            }
        }
        out.push_str(&end);
        vm.write_stream(fd, &out);
        if flush {
            vm.host.flush();
        }
        return Ok(Value::none());
    }
    // Other files get one write() per piece, as CPython does.
    let write = vm.getattr(&file, &Value::intern("write"))?;
    for (i, a) in args.pos().iter().enumerate() {
        if i > 0 {
            vm.call(&write, &[Value::str(&sep)])?;
        }
        let s = vm.str(a)?;
        vm.call(&write, &[s])?;
    }
    vm.call(&write, &[Value::str(&end)])?;
    if flush {
        vm.call_method(&file, "flush", &[])?;
    }
    Ok(Value::none())
}

fn b_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.check("repr", 1, 1)? else { unreachable!() };
    vm.repr(x)
}

fn b_round(vm: &mut Vm, args: Args) -> PyResult {
    let [x, nd] = args.bind("round", ["number", "ndigits"], 1, 0)?;
    let x = x.unwrap_or_else(Value::none);
    let f = lookup_str(&x.class(), "__round__").ok_or_else(|| type_error(format!("type {} doesn't define __round__ method", type_name(&x))))?;
    match nd.filter(|n| !n.is_none()) {
        None => vm.call(&f, std::slice::from_ref(&x)),
        Some(n) => vm.call_unbound(&f, &x, &[n]),
    }
}

fn b_setattr(vm: &mut Vm, args: Args) -> PyResult {
    let [o, n, v] = args.check("setattr", 3, 3)? else { unreachable!() };
    if n.as_str().is_none() {
        return Err(type_error(format!("attribute name must be string, not '{}'", type_name(n))));
    }
    vm.setattr(o, n, v)?;
    Ok(Value::none())
}

fn b_sorted(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let items = vm.collect_iter(&pos[0])?;
    let l = Value::list(items);
    let mut all = vec![l.clone()];
    let mut names = Vec::new();
    for (k, v) in args.kwargs() {
        names.push(k.clone());
        all.push(v.clone());
    }
    let sort = lookup_str(&rt().ty(BT::List), "sort").unwrap_or_else(Value::none);
    vm.call_args(&sort, Args { all: &all, kwnames: &names })?;
    Ok(l)
}

fn b_sum(vm: &mut Vm, args: Args) -> PyResult {
    let [iterable, start] = args.bind("sum", ["iterable", "start"], 1, 1)?;
    let start = start.unwrap_or_else(|| Value::int(0));
    if start.as_str().is_some() {
        return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if start.kind() == Kind::Bytes {
        return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    if start.kind() == Kind::ByteArray {
        return Err(type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
    }
    let it = vm.iter(&iterable.unwrap_or_else(Value::none))?;
    let mut acc = start;
    while let Some(v) = vm.next(&it)? {
        acc = vm.binary_op(&acc, &v, BinaryOp::Add)?;
    }
    Ok(acc)
}

fn b_vars(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("vars", 0, 1)?;
    match pos.first() {
        None => b_locals(vm, Args::new(&[])),
        Some(o) => match vm.getattr_opt(o, &Value::intern("__dict__"))? {
            Some(d) => Ok(d),
            None => Err(type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn b_import(vm: &mut Vm, args: Args) -> PyResult {
    let [name, globals, _locals, fromlist, level] = args.bind("__import__", ["name", "globals", "locals", "fromlist", "level"], 1, 0)?;
    let name = name.unwrap_or_else(Value::none);
    if name.as_str().is_none() {
        return Err(type_error("module name must be a string"));
    }
    let globals = globals.filter(|g| !g.is_none()).unwrap_or_else(Value::dict);
    let fromlist = fromlist.unwrap_or_else(Value::none);
    let level = match level {
        Some(l) => vm.to_isize(&l)?,
        None => 0,
    };
    if level < 0 {
        return Err(value_error("level must be >= 0"));
    }
    vm.import_name(&name, &globals, &fromlist, level as usize)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
fn b_build_class(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let func = &pos[0];
    if func.kind() != Kind::Function {
        return Err(type_error("__build_class__: func must be a function"));
    }
    let name = &pos[1];
    if name.as_str().is_none() {
        return Err(type_error("__build_class__: name is not a string"));
    }
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    // PEP 560: __mro_entries__.
    let mut bases: Vec<Value> = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if b.kind() != Kind::Type {
            if let Some(me) = vm.getattr_opt(b, &Value::intern("__mro_entries__"))? {
                let r = vm.call(&me, &[Value::tuple(orig_bases.clone())])?;
                let items = r.as_tuple().ok_or_else(|| type_error("__mro_entries__ must return a tuple"))?.to_vec();
                bases.extend(items);
                changed = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let mut meta: Option<Value> = None;
    let mut kwds: Vec<(Value, Value)> = Vec::new();
    for (k, v) in args.kwargs() {
        if k.as_str() == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kwds.push((k.clone(), v.clone()));
        }
    }
    let is_class = meta.as_ref().map(|m| m.kind() == Kind::Type).unwrap_or(true);
    let mut meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => b.class(),
            None => rt().ty(BT::Type),
        },
    };
    if is_class {
        meta = crate::types::typeobj::calculate_metaclass(&meta, &bases)?;
    }
    let bases_t = Value::tuple(bases.clone());
    let ns = match vm.getattr_opt(&meta, &Value::intern("__prepare__"))? {
        Some(p) => vm.call_kw(&p, &[name.clone(), bases_t.clone()], &kwds)?,
        None => Value::dict(),
    };
    if lookup_str(&ns.class(), "__getitem__").is_none() {
        return Err(type_error(format!(
            "{}.__prepare__() must return a mapping, not {}",
            if meta.kind() == Kind::Type { tdata(&meta).name_str() } else { "<metaclass>".into() },
            type_name(&ns)
        )));
    }
    // Run the class body with the namespace as locals.
    let fd = func.downcast::<crate::types::function::FunctionData>().ok_or_else(|| type_error("bad function"))?;
    let code = crate::types::code::body_of(vm, &fd.code_value().clone())?;
    let mut frame = vm.new_frame(code.clone(), Some(func.clone()), fd.globals.clone(), Some(ns.clone()))?;
    if let Some(cl) = fd.closure.as_ref().and_then(|c| c.as_tuple()) {
        let cd = code.downcast::<crate::types::code::CodeData>().ok_or_else(|| type_error("bad code"))?;
        let base = cd.nlocalsplus() - cd.nfree;
        for (i, c) in cl.iter().enumerate() {
            frame.slots[base + i] = Some(c.clone());
        }
    }
    let cell = vm.run_frame(frame)?;
    if changed {
        vm.setitem(&ns, &Value::intern("__orig_bases__"), &Value::tuple(orig_bases))?;
    }
    let cls = vm.call_kw(&meta, &[name.clone(), bases_t, ns], &kwds)?;
    if let Some(c) = cell.downcast::<crate::types::function::CellData>() {
        match c.get() {
            Some(v) if !v.is(&cls) => {
                return Err(type_error(format!(
                    "__class__ set to {} defining {} as {}",
                    vm.repr_string(&v)?,
                    name.as_str().unwrap_or(""),
                    vm.repr_string(&cls)?
                )))
            }
            None => {
                return Err(PyErr::new(
                    ExcType::RuntimeError,
                    format!("__class__ not set defining {} as {}. Was __classcell__ propagated to type.__new__?", vm.repr_string(name)?, vm.repr_string(&cls)?),
                ))
            }
            _ => {}
        }
    }
    Ok(cls)
}

// ---- types.SimpleNamespace ----------------------------------------------------------------------

const NAMESPACE_METHODS: &[MethodDef] = &[method("__init__", ns_init), method("__repr__", ns_repr), method("__eq__", ns_eq)];

/// A new empty `types.SimpleNamespace`.
pub fn simple_namespace(vm: &mut Vm) -> PyResult {
    let t = simple_namespace_type(vm)?;
    vm.call(&t, &[])
}

/// The `types.SimpleNamespace` class (created once, cached in builtins' hidden slot).
pub fn simple_namespace_type(vm: &mut Vm) -> PyResult {
    let key = Value::intern("__pygmy_SimpleNamespace__");
    let bd = vm.builtins.clone();
    if let Some(t) = bd.downcast::<DictData>().and_then(|d| d.get_str(&key)) {
        return Ok(t);
    }
    let ns = Value::dict();
    if let Some(d) = ns.downcast::<DictData>() {
        d.set_str(Value::intern("__module__"), Value::intern("types"));
        d.set_str(Value::intern("__qualname__"), Value::intern("SimpleNamespace"));
        for m in NAMESPACE_METHODS {
            d.set_str(Value::intern(m.name), crate::types::new_builtin_function(m.name, m.func, None));
        }
    }
    let t = crate::types::typeobj::new_class(vm, &rt().ty(BT::Type), &Value::intern("SimpleNamespace"), &[], &ns, &[])?;
    // Methods stored as plain builtins would not bind: wrap them as method descriptors.
    for m in NAMESPACE_METHODS {
        let d = crate::types::make_method(&t, *m, "SimpleNamespace");
        crate::types::typeobj::type_set_attr(&t, &Value::intern(m.name), Some(d))?;
    }
    if let Some(d) = bd.downcast::<DictData>() {
        d.set_str(key, t.clone());
    }
    Ok(t)
}

fn ns_init(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(type_error(format!("SimpleNamespace expected at most 1 argument, got {}", pos.len() - 1)));
    }
    if let Some(m) = pos.get(1) {
        let items = vm.call_method(m, "items", &[])?;
        for pair in vm.collect_iter(&items)? {
            let kv = vm.collect_iter(&pair)?;
            vm.setattr(&pos[0], &kv[0], &kv[1])?;
        }
    }
    for (k, v) in args.kwargs() {
        vm.setattr(&pos[0], k, v)?;
    }
    Ok(Value::none())
}

fn ns_repr(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let name = if me.class_ptr() == simple_namespace_type(vm)?.as_ptr() { "namespace".to_owned() } else { crate::types::typeobj::type_qualname(&me.class()) };
    if !vm.repr_enter(me) {
        return Ok(Value::string(format!("{name}(...)")));
    }
    let d = vm.instance_dict(me).unwrap_or_else(Value::dict);
    let mut parts = Vec::new();
    for (k, v) in d.downcast::<DictData>().map(|d| d.items()).unwrap_or_default() {
        match vm.repr_string(&v) {
            Ok(r) => parts.push(format!("{}={r}", k.as_str().unwrap_or(""))),
            Err(e) => {
                vm.repr_leave(me);
                return Err(e);
            }
        }
    }
    vm.repr_leave(me);
    Ok(Value::string(format!("{name}({})", parts.join(", "))))
}

fn ns_eq(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__eq__", 2, 2)?;
    let t = simple_namespace_type(vm)?;
    if !crate::types::typeobj::is_subtype_ptr(pos[1].class_ptr(), t.as_ptr()) {
        return Ok(Value::not_implemented());
    }
    let a = vm.instance_dict(&pos[0]).unwrap_or_else(Value::dict);
    let b = vm.instance_dict(&pos[1]).unwrap_or_else(Value::dict);
    Ok(Value::bool(vm.eq(&a, &b)?))
}

#[allow(dead_code)]
fn _c(c: &std::cell::Cell<Option<Value>>) -> Option<Value> {
    c.get_value()
}

/// `exit(code=None)` and `quit(code=None)`: what CPython's `site` adds to builtins
/// (`_sitebuiltins.Quitter`): raise SystemExit(code).
fn b_exit(_vm: &mut Vm, args: Args) -> PyResult {
    let [code] = args.bind("exit", ["code"], 0, 0)?;
    Err(PyErr::with_args(ExcType::SystemExit, vec![code.unwrap_or_else(Value::none)]))
}
