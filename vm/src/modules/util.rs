//! Helpers the native modules share: building a module from a function table, OSError from a
//! host error, path arguments.

use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::host::HostResult;
use crate::types::builtin::NativeFn;
use crate::types::dict::DictData;
use crate::types::typeobj::type_name;
use crate::value::Value;
use crate::vm::Vm;

/// A new module `name` holding the functions of `fns`.
pub fn new_module(name: &str, fns: &[(&'static str, NativeFn)]) -> Value {
    let m = crate::types::module::new_module(name);
    for (n, f) in fns {
        set(&m, n, crate::types::new_builtin_function(n, *f, Some(m.clone())));
    }
    m
}

/// Sets a module attribute.
pub fn set(m: &Value, name: &str, v: Value) {
    if let Some(d) = crate::types::module::module_dict(m) {
        if let Some(dd) = d.downcast::<DictData>() {
            dd.set_str(Value::intern(name), v);
        }
    }
}

/// Sets integer module constants.
pub fn set_ints(m: &Value, consts: &[(&str, i64)]) {
    for (n, v) in consts {
        set(m, n, Value::int(*v));
    }
}

/// The OSError subclass CPython raises for a host error (`FileNotFoundError(2, 'No such file
/// or directory')`, with `filename` when given).
pub fn os_error(vm: &mut Vm, err: (i32, String), filename: Option<&Value>) -> PyErr {
    let mut args = vec![Value::int(err.0 as i64), Value::string(err.1)];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    match vm.call(&ExcType::OSError.type_value(), &args) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// Maps a host result to a PyResult, raising the matching OSError.
pub fn host<T>(vm: &mut Vm, r: HostResult<T>, filename: Option<&Value>) -> PyResult<T> {
    r.map_err(|e| os_error(vm, e, filename))
}

/// `os.fspath(v)`: str and bytes as they are, else `__fspath__()`.
pub fn fspath(vm: &mut Vm, v: &Value) -> PyResult {
    if v.as_str().is_some() || v.as_bytes().is_some() {
        return Ok(v.clone());
    }
    let Some(f) = crate::types::typeobj::lookup_str(&v.class(), "__fspath__") else {
        return Err(type_error(format!("expected str, bytes or os.PathLike object, not {}", type_name(v))));
    };
    let r = vm.call(&f, std::slice::from_ref(v))?;
    if r.as_str().is_some() || r.as_bytes().is_some() {
        return Ok(r);
    }
    Err(type_error(format!("expected {}.__fspath__() to return str or bytes, not {}", type_name(v), type_name(&r))))
}

/// A path argument as a Rust string, and whether it was given as bytes.
pub fn path_arg(vm: &mut Vm, fname: &str, arg: &str, v: &Value) -> PyResult<(String, bool)> {
    let p = fspath(vm, v).map_err(|e| {
        if e.matches(ExcType::TypeError) && v.as_str().is_none() {
            type_error(format!("{fname}: {arg} should be string, bytes or os.PathLike, not {}", type_name(v)))
        } else {
            e
        }
    })?;
    let (s, is_bytes) = match p.as_str() {
        Some(s) => (s.to_owned(), false),
        None => (String::from_utf8_lossy(p.as_bytes().unwrap_or(b"")).into_owned(), true),
    };
    if s.contains('\0') {
        return Err(PyErr::new(ExcType::ValueError, format!("{fname}: embedded null character in {arg}")));
    }
    Ok((s, is_bytes))
}

/// A str result, or bytes when the argument was bytes.
pub fn path_result(s: String, as_bytes: bool) -> Value {
    if as_bytes {
        Value::bytes(s.into_bytes())
    } else {
        Value::string(s)
    }
}

/// An instance of the exception class `module.name` (binascii.Error, zlib.error…) carrying
/// `msg`; `fallback` when the module or class is gone (never when the module is imported).
pub fn module_error(vm: &mut Vm, module: &str, name: &str, fallback: ExcType, msg: String) -> PyErr {
    let msg = Value::string(msg);
    let cls = vm
        .modules
        .downcast::<DictData>()
        .and_then(|m| m.get_item_str(module))
        .and_then(|m| crate::types::module::module_dict(&m))
        .and_then(|d| d.downcast::<DictData>().and_then(|d| d.get_item_str(name)));
    match cls.map(|c| vm.call(&c, std::slice::from_ref(&msg))) {
        Some(Ok(e)) => PyErr(e),
        _ => PyErr::with_args(fallback, vec![msg]),
    }
}
