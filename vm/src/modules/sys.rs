//! The `sys` module, and the standard streams (`sys.stdout`/`stderr`/`stdin`) over the host.

use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::object::Kind;
use crate::runtime::rt;
use crate::types::builtin::{Args, NativeFn};
use crate::types::dict::DictData;
use crate::value::Value;
use crate::vm::Vm;

/// The fd of a host-backed standard stream object (fast path for `print`).
pub fn std_stream_fd(v: &Value) -> Option<u32> {
    crate::modules::io::std_stream_fd(v)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("exit", sys_exit),
    ("getrecursionlimit", sys_getrecursionlimit),
    ("setrecursionlimit", sys_setrecursionlimit),
    ("exc_info", sys_exc_info),
    ("exception", sys_exception),
    ("_getframe", sys_getframe),
    ("intern", sys_intern),
    ("getsizeof", sys_getsizeof),
    ("getrefcount", sys_getrefcount),
    ("displayhook", sys_displayhook),
    ("excepthook", sys_excepthook),
    ("get_int_max_str_digits", sys_get_int_max_str_digits),
    ("set_int_max_str_digits", sys_set_int_max_str_digits),
    ("getdefaultencoding", sys_getdefaultencoding),
    ("getfilesystemencoding", sys_getdefaultencoding),
    ("getfilesystemencodeerrors", sys_getfilesystemencodeerrors),
    ("audit", sys_audit),
    ("addaudithook", sys_audit),
    ("is_finalizing", sys_is_finalizing),
    ("getswitchinterval", super::sys_hooks::sys_getswitchinterval),
    ("setswitchinterval", super::sys_hooks::sys_setswitchinterval),
    ("gettrace", super::sys_hooks::sys_none),
    ("getprofile", super::sys_hooks::sys_none),
    ("settrace", super::sys_hooks::sys_set_hook),
    ("setprofile", super::sys_hooks::sys_set_hook),
    ("call_tracing", super::sys_hooks::sys_call_tracing),
    ("get_asyncgen_hooks", super::sys_hooks::sys_get_asyncgen_hooks),
    ("set_asyncgen_hooks", super::sys_hooks::sys_set_asyncgen_hooks),
    ("get_coroutine_origin_tracking_depth", super::sys_hooks::sys_get_coro_depth),
    ("set_coroutine_origin_tracking_depth", super::sys_hooks::sys_set_coro_depth),
    ("getallocatedblocks", super::sys_hooks::sys_zero),
    ("_clear_type_cache", super::sys_hooks::sys_none),
    ("breakpointhook", super::sys_hooks::sys_none),
];

/// String attributes of `sys`.
const STR_ATTRS: [(&str, &str); 10] = [
    ("prefix", "/usr"),
    ("exec_prefix", "/usr"),
    ("base_prefix", "/usr"),
    ("base_exec_prefix", "/usr"),
    ("executable", "pygmy"),
    ("_base_executable", "pygmy"),
    ("platlibdir", "lib"),
    ("abiflags", ""),
    ("_framework", ""),
    ("copyright", "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."),
];

/// Builds the `sys` module.
pub fn init(vm: &mut Vm) {
    let m = vm.sys_mod.clone();
    let d = crate::types::module::module_dict(&m).expect("sys dict");
    let dd = d.downcast::<DictData>().expect("dict");
    for (name, f) in FUNCTIONS {
        dd.set_str(Value::intern(name), crate::types::new_builtin_function(name, *f, Some(m.clone())));
    }
    // The standard streams are _io.TextIOWrapper objects over the host's descriptors.
    let mut stream = |fd: i32| crate::modules::io::new_std_stream(vm, fd).unwrap_or_else(|_| Value::none());
    let stdin = stream(0);
    let stdout = stream(1);
    let stderr = stream(2);
    for (k, v) in [("stdout", &stdout), ("stderr", &stderr), ("stdin", &stdin), ("__stdout__", &stdout), ("__stderr__", &stderr), ("__stdin__", &stdin)] {
        dd.set_str(Value::intern(k), v.clone());
    }
    dd.set_str(Value::intern("modules"), vm.modules.clone());
    dd.set_str(Value::intern("path"), Value::list(vec![]));
    dd.set_str(Value::intern("argv"), Value::list(vec![]));
    dd.set_str(Value::intern("maxsize"), Value::int(i64::MAX));
    dd.set_str(Value::intern("maxunicode"), Value::int(0x10ffff));
    dd.set_str(Value::intern("byteorder"), Value::intern("little"));
    dd.set_str(Value::intern("platform"), Value::intern(if cfg!(target_arch = "wasm32") { "emscripten" } else { "linux" }));
    // CPython's shape, "VERSION (BUILD) [COMPILER]": platform._sys_version() parses it (asyncio's
    // test support calls platform.python_implementation() at import).
    dd.set_str(Value::intern("version"), Value::str("3.11.7 (pygmy) [Rust]"));
    dd.set_str(Value::intern("hexversion"), Value::int(0x030b07f0));
    for (name, spec, values) in info_values() {
        let t = crate::modules::structseq::new_type(spec);
        if let Ok(v) = crate::modules::structseq::new(&t, values) {
            dd.set_str(Value::intern(name), v);
        }
    }
    // A types.SimpleNamespace like CPython's (types.py takes SimpleNamespace from its type).
    // cache_tag None: pygmy caches its own bytecode, never .pyc files.
    if let Ok(imp) = crate::builtins::simple_namespace(vm) {
        let version = dd.get_str(&Value::intern("version_info")).unwrap_or_else(Value::none);
        for (k, v) in [("name", Value::intern("pygmy")), ("cache_tag", Value::none()), ("version", version), ("hexversion", Value::int(0x030b07f0)), ("_multiarch", Value::intern("x86_64-linux-gnu"))] {
            let _ = vm.setattr(&imp, &Value::intern(k), &v);
        }
        dd.set_str(Value::intern("implementation"), imp);
    }
    let mut names: Vec<&str> = vm.native_modules.iter().map(|(n, _)| *n).chain(["builtins", "sys"]).collect();
    names.sort_unstable();
    dd.set_str(Value::intern("builtin_module_names"), Value::tuple(names.into_iter().map(Value::intern).collect()));
    // base_* equal the prefixes: pygmy never runs in a virtual environment. One loop over a
    // table keeps this startup code small.
    for (k, v) in STR_ATTRS {
        dd.set_str(Value::intern(k), Value::str(v));
    }
    dd.set_str(Value::intern("orig_argv"), Value::list(vec![]));
    dd.set_str(Value::intern("api_version"), Value::int(1013));
    dd.set_str(Value::intern("pycache_prefix"), Value::none());
    dd.set_str(Value::intern("_xoptions"), Value::dict());
    // The original hooks, as CPython keeps them for code that restores them.
    for name in ["displayhook", "excepthook", "breakpointhook"] {
        if let Some(f) = dd.get_str(&Value::intern(name)) {
            dd.set_str(Value::intern(&format!("__{name}__")), f);
        }
    }
    dd.set_str(Value::intern("dont_write_bytecode"), Value::bool(true));
    let importer = crate::import::native_importer(vm).unwrap_or_else(|_| Value::none());
    dd.set_str(Value::intern("meta_path"), Value::list(if importer.is_none() { vec![] } else { vec![importer] }));
    dd.set_str(Value::intern("path_hooks"), Value::list(vec![]));
    dd.set_str(Value::intern("path_importer_cache"), Value::dict());
    dd.set_str(Value::intern("warnoptions"), Value::list(vec![]));
    dd.set_str(Value::intern("float_repr_style"), Value::intern("short"));
    let _ = rt();
}

fn sys_exit(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("exit", 0, 1)?;
    // Like PyErr_SetObject: None gives no args, a tuple is spread into the args.
    let a: Vec<Value> = match pos.first() {
        None => vec![],
        Some(v) if v.is_none() => vec![],
        Some(v) if v.class_ptr() == crate::runtime::rt().ty_ptr(crate::runtime::BT::Tuple) => v.as_tuple().map(|t| t.to_vec()).unwrap_or_default(),
        Some(v) => vec![v.clone()],
    };
    Err(PyErr::with_args(ExcType::SystemExit, a))
}

fn sys_getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("setrecursionlimit", 1, 1)?;
    if pos[0].as_float().is_some() {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = vm.to_isize(&pos[0])?;
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.frames.len() + vm.native_depth;
    if (n as usize) <= depth {
        return Err(PyErr::new(
            ExcType::RecursionError,
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::none())
}

fn current_exc(vm: &Vm) -> Option<Value> {
    vm.exc_stack.iter().rev().flatten().next().cloned()
}

fn sys_exc_info(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(match current_exc(vm) {
        Some(e) => {
            let tb = crate::types::exception::exc_data(&e).and_then(|d| {
                use crate::object::CellValue;
                d.traceback.get_value()
            });
            Value::tuple(vec![e.class(), e.clone(), tb.unwrap_or_else(Value::none)])
        }
        None => Value::tuple(vec![Value::none(), Value::none(), Value::none()]),
    })
}

fn sys_exception(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(current_exc(vm).unwrap_or_else(Value::none))
}

fn sys_getframe(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("_getframe", 0, 1)?;
    let depth = match pos.first() {
        Some(d) => vm.to_isize(d)? as usize,
        None => 0,
    };
    let n = vm.frames.len();
    if depth >= n {
        return Err(value_error("call stack is not deep enough"));
    }
    // Materialize frame objects with their f_back links.
    let mut prev: Option<Value> = None;
    let mut result = None;
    for i in 0..n {
        let fp: *mut crate::frame::Frame = &mut *vm.frames[i];
        // SAFETY: frames stay on the stack during this call.
        let fo = vm.frame_object(unsafe { &mut *fp })?;
        if let Some(fd) = fo.downcast::<crate::types::frameobj::FrameObjData>() {
            fd.back.set(prev.clone());
        }
        if i == n - 1 - depth {
            result = Some(fo.clone());
        }
        prev = Some(fo);
    }
    Ok(result.unwrap_or_else(Value::none))
}

fn sys_intern(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("intern", 1, 1)?;
    if pos[0].kind() != Kind::Str {
        return Err(type_error(format!("intern() argument must be str, not {}", crate::types::typeobj::type_name(&pos[0]))));
    }
    Ok(crate::types::str::intern_value(&pos[0]))
}

fn sys_getsizeof(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("getsizeof", 1, 2)?;
    let r = vm.call_method(&pos[0], "__sizeof__", &[])?;
    Ok(r)
}

fn sys_getrefcount(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("getrefcount", 1, 1)?;
    Ok(Value::int(pos[0].header().map(|h| h.refcount() as i64).unwrap_or(1)))
}

fn sys_displayhook(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("displayhook", 1, 1)?;
    let v = &pos[0];
    if v.is_none() {
        return Ok(Value::none());
    }
    let b = vm.builtins.clone();
    if let Some(d) = b.downcast::<DictData>() {
        d.set_str(Value::intern("_"), Value::none());
    }
    let r = vm.repr_string(v)?;
    let out = vm.sys_attr("stdout")?;
    vm.call_method(&out, "write", &[Value::string(format!("{r}\n"))])?;
    if let Some(d) = b.downcast::<DictData>() {
        d.set_str(Value::intern("_"), v.clone());
    }
    Ok(Value::none())
}

fn sys_excepthook(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("excepthook", 3, 3)?;
    crate::traceback::print_exception(vm, &pos[1]);
    Ok(Value::none())
}

fn sys_get_int_max_str_digits(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::int(vm.int_max_str_digits as i64))
}

fn sys_set_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult {
    let [maxdigits] = args.bind("set_int_max_str_digits", ["maxdigits"], 1, 0)?;
    let n = vm.to_isize(&maxdigits.unwrap_or_else(Value::none))?;
    if n != 0 && n < 640 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits = n as usize;
    Ok(Value::none())
}

fn sys_getdefaultencoding(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::intern("utf-8"))
}

fn sys_getfilesystemencodeerrors(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::intern("surrogateescape"))
}

/// No audit hooks run in pygmy: `sys.audit` (called by os.walk, open...) does nothing.
fn sys_audit(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::none())
}

fn sys_is_finalizing(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::bool(false))
}

thread_local! {
    /// `sys.set_asyncgen_hooks(firstiter, finalizer)` (the functions are in sys_hooks.rs).
    pub(crate) static ASYNCGEN_HOOKS: std::cell::RefCell<(Option<Value>, Option<Value>)> = const { std::cell::RefCell::new((None, None)) };
}

/// The current async generator hooks (firstiter, finalizer), for the generator code.
pub fn asyncgen_hooks() -> (Option<Value>, Option<Value>) {
    ASYNCGEN_HOOKS.with(|h| h.borrow().clone())
}

use crate::modules::structseq::Spec;

static VERSION_INFO: Spec = Spec { name: "sys.version_info", fields: &["major", "minor", "micro", "releaselevel", "serial"], n_seq: 5 };
static FLAGS: Spec = Spec {
    name: "sys.flags",
    fields: &[
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose",
        "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
    ],
    n_seq: 17,
};
static FLOAT_INFO: Spec = Spec {
    name: "sys.float_info",
    fields: &["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"],
    n_seq: 11,
};
static INT_INFO: Spec = Spec {
    name: "sys.int_info",
    fields: &["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
    n_seq: 4,
};
static HASH_INFO: Spec = Spec {
    name: "sys.hash_info",
    fields: &["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
    n_seq: 9,
};

/// The struct-sequence attributes of `sys`, with CPython 3.11's values on a 64-bit build
/// (pygmy's numbers are 64-bit on every target). str hashing is pygmy's own fixed function
/// (see hash.rs), named as such in hash_info.algorithm.
fn info_values() -> [(&'static str, &'static Spec, Vec<Value>); 5] {
    let i = Value::int;
    let flags = vec![i(0), i(0), i(0), i(0), i(1), i(1), i(0), i(0), i(0), i(0), i(0), i(0), i(0), Value::bool(false), i(0), i(0), Value::bool(false)];
    let float_info = vec![
        Value::float(f64::MAX),
        i(f64::MAX_EXP as i64),
        i(f64::MAX_10_EXP as i64),
        Value::float(f64::MIN_POSITIVE),
        i(f64::MIN_EXP as i64),
        i(f64::MIN_10_EXP as i64),
        i(f64::DIGITS as i64),
        i(f64::MANTISSA_DIGITS as i64),
        Value::float(f64::EPSILON),
        i(2),
        i(1),
    ];
    let hash_info = vec![i(64), i((1 << 61) - 1), i(314159), i(0), i(1000003), Value::intern("pygmy-fx"), i(64), i(0), i(0)];
    [
        ("version_info", &VERSION_INFO, vec![i(3), i(11), i(7), Value::intern("final"), i(0)]),
        ("flags", &FLAGS, flags),
        ("float_info", &FLOAT_INFO, float_info),
        ("int_info", &INT_INFO, vec![i(30), i(4), i(4300), i(640)]),
        ("hash_info", &HASH_INFO, hash_info),
    ]
}
