//! The `_imp` module: what `importlib` asks of the interpreter's import machinery. pygmy
//! imports natively (`import.rs`), so this is enough for `importlib` (and so `inspect`,
//! `dataclasses`, `pprint`) to import and for its `BuiltinImporter` to create native
//! modules; there are no frozen modules and no extension modules.

use crate::error::{ExcType, PyErr, PyResult};
use crate::modules::util::{new_module, set};
use crate::types::builtin::{Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("is_builtin", is_builtin),
    ("create_builtin", create_builtin),
    ("exec_builtin", returns_zero),
    ("exec_dynamic", returns_zero),
    ("is_frozen", returns_false),
    ("is_frozen_package", returns_false),
    ("lock_held", returns_false),
    ("find_frozen", returns_none),
    ("acquire_lock", returns_none),
    ("release_lock", returns_none),
    ("_fix_co_filename", returns_none),
    ("extension_suffixes", extension_suffixes),
    ("get_frozen_object", no_frozen),
    ("init_frozen", no_frozen),
    ("create_dynamic", create_dynamic),
    ("_override_frozen_modules_for_tests", returns_none),
];

pub fn init(vm: &mut Vm) -> PyResult {
    let m = new_module("_imp", FUNCTIONS);
    set(&m, "NativeImporter", crate::import::native_importer(vm)?);
    set(&m, "check_hash_based_pycs", Value::str("default"));
    Ok(m)
}

/// The name argument as a str (`str(name)` for anything else, as `spec.name` always is).
fn name_arg(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<String> {
    let pos = args.check(fname, 1, 1)?;
    vm.str_string(&pos[0])
}

/// 1 for a native module, -1 for those that cannot be initialized twice, else 0.
fn is_builtin(vm: &mut Vm, args: Args) -> PyResult {
    let name = name_arg(vm, &args, "is_builtin")?;
    Ok(Value::int(match name.as_str() {
        "sys" | "builtins" => -1,
        n if vm.native_modules.iter().any(|(m, _)| *m == n) => 1,
        _ => 0,
    }))
}

/// `create_builtin(spec)`: the native module `spec.name`, initialized if it is not loaded.
fn create_builtin(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("create_builtin", 1, 1)?;
    let name = vm.getattr(&pos[0], &Value::intern("name"))?;
    let Some(name) = name.as_str().map(str::to_owned) else {
        return Err(crate::error::type_error("name must be string"));
    };
    if let Some(m) = vm.loaded_module(&name) {
        return Ok(m);
    }
    match vm.init_native_module(&name)? {
        Some(m) => Ok(m),
        None => Err(import_error(format!("no built-in module named {name}"), &name)),
    }
}

fn import_error(msg: String, name: &str) -> PyErr {
    let e = PyErr::new(ExcType::ImportError, msg);
    if let Some(d) = crate::types::exception::exc_data(&e.0) {
        d.set_extra("name", Value::str(name));
    }
    e
}

fn no_frozen(vm: &mut Vm, args: Args) -> PyResult {
    let name = name_arg(vm, &args, "get_frozen_object")?;
    Err(import_error(format!("No such frozen object named '{name}'"), &name))
}

fn create_dynamic(vm: &mut Vm, args: Args) -> PyResult {
    let spec = args.pos().first().cloned().unwrap_or_else(Value::none);
    let name = vm.getattr(&spec, &Value::intern("name"))?;
    let name = vm.str_string(&name)?;
    Err(import_error(format!("pygmy cannot load extension modules ('{name}')"), &name))
}

fn extension_suffixes(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::list(vec![]))
}

fn returns_zero(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::int(0))
}

fn returns_false(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::bool(false))
}

fn returns_none(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::none())
}

