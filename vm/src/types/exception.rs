//! Exception objects (`BaseException` and the builtin hierarchy): args, traceback, chaining,
//! notes, and the attributes of the specialized builtin exceptions.

use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::object::{CellValue, Kind, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::dict::DictData;
use crate::types::typeobj::{alloc_instance, is_subtype_ptr, tdata, type_name};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

pub struct ExceptionData {
    pub args: Cell<Option<Value>>,
    pub traceback: Cell<Option<Value>>,
    pub cause: Cell<Option<Value>>,
    pub context: Cell<Option<Value>>,
    pub suppress_context: Cell<bool>,
    pub dict: Cell<Option<Value>>,
    /// Attributes of specialized builtin exceptions (StopIteration.value, OSError.errno...),
    /// kept out of `__dict__` as CPython keeps them in C struct members.
    pub extra: Cell<Option<Value>>,
}

impl Trace for ExceptionData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for c in [&self.args, &self.traceback, &self.cause, &self.context, &self.dict, &self.extra] {
            c.trace(visit);
        }
    }
    fn clear(&self) {
        for c in [&self.args, &self.traceback, &self.cause, &self.context, &self.dict, &self.extra] {
            drop(c.take());
        }
    }
}

impl ExceptionData {
    pub fn new(args: Vec<Value>) -> ExceptionData {
        ExceptionData {
            args: Cell::new(Some(Value::tuple(args))),
            traceback: Cell::new(None),
            cause: Cell::new(None),
            context: Cell::new(None),
            suppress_context: Cell::new(false),
            dict: Cell::new(None),
            extra: Cell::new(None),
        }
    }

    pub fn args_vec(&self) -> Vec<Value> {
        self.args.get_value().and_then(|a| a.as_tuple().map(|t| t.to_vec())).unwrap_or_default()
    }

    pub fn get_extra(&self, name: &str) -> Option<Value> {
        self.extra.get_value()?.downcast::<DictData>()?.get_item_str(name)
    }

    pub fn set_extra(&self, name: &str, v: Value) {
        let d = match self.extra.get_value() {
            Some(d) => d,
            None => {
                let d = Value::dict();
                self.extra.set(Some(d.clone()));
                d
            }
        };
        if let Some(dd) = d.downcast::<DictData>() {
            dd.set_str(Value::intern(name), v);
        }
    }
}

/// Creates an exception instance of class `cls` with `args`, and sets the specialized
/// attributes builtin subclasses derive from their args.
pub fn new_exception(cls: &Value, args: Vec<Value>) -> Value {
    let e = alloc_instance(cls, ExceptionData::new(args.clone()));
    init_extras(&e, &args);
    e
}

/// Sets StopIteration.value, SystemExit.code, OSError fields... from args.
fn init_extras(e: &Value, args: &[Value]) {
    let Some(d) = e.downcast::<ExceptionData>() else { return };
    let cls = e.class_ptr();
    let is = |t: ExcType| is_subtype_ptr(cls, t.type_ptr());
    if is(ExcType::StopIteration) || is(ExcType::StopAsyncIteration) {
        d.set_extra("value", args.first().cloned().unwrap_or_else(Value::none));
    } else if is(ExcType::SystemExit) {
        let code = match args.len() {
            0 => Value::none(),
            1 => args[0].clone(),
            _ => Value::tuple(args.to_vec()),
        };
        d.set_extra("code", code);
    } else if is(ExcType::OSError) {
        let none = Value::none();
        let (errno, strerror, mut filename, mut filename2) = if (2..=5).contains(&args.len()) {
            (args[0].clone(), args[1].clone(), args.get(2).cloned().unwrap_or_else(Value::none), args.get(4).cloned().unwrap_or_else(Value::none))
        } else {
            (none.clone(), none.clone(), none.clone(), none.clone())
        };
        if !filename.is_none() {
            if cls == ExcType::BlockingIOError.type_ptr() && (filename.as_small().is_some() || filename.kind() == Kind::Int) {
                // BlockingIOError's third argument is the number of characters written.
                d.set_extra("characters_written", std::mem::replace(&mut filename, none.clone()));
                filename2 = none;
            } else {
                // args is truncated to (errno, strerror) when a filename is given.
                d.args.set(Some(Value::tuple(args[..2].to_vec())));
            }
        }
        d.set_extra("errno", errno);
        d.set_extra("strerror", strerror);
        d.set_extra("filename", filename);
        d.set_extra("filename2", filename2);
    } else if is(ExcType::SyntaxError) {
        d.set_extra("msg", args.first().cloned().unwrap_or_else(Value::none));
        let details = args.get(1).and_then(|v| v.as_tuple().map(|t| t.to_vec())).unwrap_or_default();
        let names = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];
        for (i, n) in names.iter().enumerate() {
            d.set_extra(n, details.get(i).cloned().unwrap_or_else(Value::none));
        }
        d.set_extra("print_file_and_line", Value::none());
    } else if is(ExcType::ImportError) {
        d.set_extra("msg", if args.len() == 1 { args[0].clone() } else { Value::none() });
        d.set_extra("name", Value::none());
        d.set_extra("path", Value::none());
    } else if is(ExcType::AttributeError) {
        d.set_extra("name", Value::none());
        d.set_extra("obj", Value::none());
    } else if is(ExcType::NameError) {
        d.set_extra("name", Value::none());
    } else if is(ExcType::UnicodeDecodeError) || is(ExcType::UnicodeEncodeError) {
        let names = ["encoding", "object", "start", "end", "reason"];
        for (i, n) in names.iter().enumerate() {
            d.set_extra(n, args.get(i).cloned().unwrap_or_else(Value::none));
        }
    } else if is(ExcType::BaseExceptionGroup) {
        d.set_extra("message", args.first().cloned().unwrap_or_else(Value::none));
        d.set_extra("exceptions", args.get(1).map(|e| Value::tuple(e.as_tuple().map(|t| t.to_vec()).or_else(|| e.as_list().map(|l| l.snapshot())).unwrap_or_default())).unwrap_or_else(|| Value::tuple(vec![])));
    }
}

pub fn exc_data(v: &Value) -> Option<&ExceptionData> {
    v.downcast::<ExceptionData>()
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a ExceptionData> {
    args.all.first().and_then(|v| v.downcast::<ExceptionData>()).ok_or_else(|| type_error("descriptor requires a 'BaseException' object"))
}

pub const EXCEPTION_METHODS: &[MethodDef] = &[
    staticmethod("__new__", exc_new),
    method("__init__", exc_init),
    method("__str__", exc_str),
    method("__repr__", exc_repr),
    method("with_traceback", exc_with_traceback),
    method("add_note", exc_add_note),
    method("__reduce__", exc_reduce),
    method("__setstate__", exc_setstate),
];

fn exc_new(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let cls = &pos[0];
    if cls.kind() != Kind::Type || !is_subtype_ptr(cls.as_ptr(), ExcType::BaseException.type_ptr()) {
        return Err(type_error("BaseException.__new__(X): X is not a subtype of BaseException"));
    }
    let a = pos[1..].to_vec();
    // OSError(errno, strerror, ...) picks the subclass for the errno, as CPython does.
    if cls.as_ptr() == ExcType::OSError.type_ptr() && (2..=5).contains(&a.len()) {
        if let Some(sub) = a[0].as_i64().and_then(oserror_subclass) {
            return Ok(new_exception(&sub.type_value(), a));
        }
    }
    Ok(new_exception(cls, a))
}

/// The OSError subclass CPython uses for an errno value.
fn oserror_subclass(errno: i64) -> Option<ExcType> {
    Some(match errno {
        11 | 114 | 115 => ExcType::BlockingIOError,
        10 => ExcType::ChildProcessError,
        32 | 108 => ExcType::BrokenPipeError,
        103 => ExcType::ConnectionAbortedError,
        111 => ExcType::ConnectionRefusedError,
        104 => ExcType::ConnectionResetError,
        17 => ExcType::FileExistsError,
        2 => ExcType::FileNotFoundError,
        21 => ExcType::IsADirectoryError,
        20 => ExcType::NotADirectoryError,
        4 => ExcType::InterruptedError,
        1 | 13 => ExcType::PermissionError,
        3 => ExcType::ProcessLookupError,
        110 => ExcType::TimeoutError,
        _ => return None,
    })
}

fn exc_init(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let d = this(&args)?;
    let e = &pos[0];
    let cls = e.class_ptr();
    // Builtin exceptions reject keyword arguments unless they define them.
    if args.has_kwargs() {
        let is = |t: ExcType| is_subtype_ptr(cls, t.type_ptr());
        for (k, v) in args.kwargs() {
            let key = k.as_str().unwrap_or("");
            let ok = (is(ExcType::ImportError) && (key == "name" || key == "path"))
                || (is(ExcType::AttributeError) && (key == "name" || key == "obj"))
                || (is(ExcType::NameError) && key == "name");
            if ok {
                d.set_extra(key, v.clone());
            } else if tdata(&e.class()).flags.get() & crate::types::typeobj::tflag::HEAPTYPE == 0 {
                return Err(type_error(format!("{}() takes no keyword arguments", type_name(e))));
            }
        }
    }
    d.args.set(Some(Value::tuple(pos[1..].to_vec())));
    init_extras(e, &pos[1..]);
    for (k, v) in args.kwargs() {
        let key = k.as_str().unwrap_or("");
        if matches!(key, "name" | "path" | "obj") {
            d.set_extra(key, v.clone());
        }
    }
    let _ = vm;
    Ok(Value::none())
}

/// `str(exc)` for builtin exceptions.
pub fn exc_str_impl(vm: &mut Vm, e: &Value) -> PyResult<String> {
    let d = exc_data(e).ok_or_else(|| type_error("expected an exception"))?;
    let args = d.args_vec();
    let cls = e.class_ptr();
    let is = |t: ExcType| is_subtype_ptr(cls, t.type_ptr());
    if is(ExcType::KeyError) && args.len() == 1 {
        return vm.repr_string(&args[0]);
    }
    if is(ExcType::OSError) {
        let errno = d.get_extra("errno").unwrap_or_else(Value::none);
        let strerror = d.get_extra("strerror").unwrap_or_else(Value::none);
        let filename = d.get_extra("filename").unwrap_or_else(Value::none);
        let filename2 = d.get_extra("filename2").unwrap_or_else(Value::none);
        if filename.kind() != Kind::NoneType {
            if filename2.kind() != Kind::NoneType {
                return Ok(format!(
                    "[Errno {}] {}: {} -> {}",
                    vm.str_string(&errno)?,
                    vm.str_string(&strerror)?,
                    vm.repr_string(&filename)?,
                    vm.repr_string(&filename2)?
                ));
            }
            return Ok(format!("[Errno {}] {}: {}", vm.str_string(&errno)?, vm.str_string(&strerror)?, vm.repr_string(&filename)?));
        }
        if errno.kind() != Kind::NoneType && strerror.kind() != Kind::NoneType {
            return Ok(format!("[Errno {}] {}", vm.str_string(&errno)?, vm.str_string(&strerror)?));
        }
    }
    if is(ExcType::SyntaxError) {
        let msg = d.get_extra("msg").unwrap_or_else(Value::none);
        let msg_s = if msg.kind() == Kind::NoneType && !args.is_empty() { vm.str_string(&args[0])? } else { vm.str_string(&msg)? };
        let filename = d.get_extra("filename").unwrap_or_else(Value::none);
        let lineno = d.get_extra("lineno").unwrap_or_else(Value::none);
        let fname = filename.as_str().map(|f| f.rsplit('/').next().unwrap_or(f).to_owned());
        let has_line = lineno.as_i64().is_some();
        return Ok(match (fname, has_line) {
            (Some(f), true) => format!("{msg_s} ({f}, line {})", lineno.as_i64().unwrap_or(0)),
            (Some(f), false) => format!("{msg_s} ({f})"),
            (None, true) => format!("{msg_s} (line {})", lineno.as_i64().unwrap_or(0)),
            (None, false) => msg_s,
        });
    }
    if is(ExcType::UnicodeDecodeError) || is(ExcType::UnicodeEncodeError) {
        let enc = d.get_extra("encoding").and_then(|v| v.as_str().map(|s| s.to_owned())).unwrap_or_default();
        let start = d.get_extra("start").and_then(|v| v.as_i64()).unwrap_or(0);
        let end = d.get_extra("end").and_then(|v| v.as_i64()).unwrap_or(0);
        let reason = d.get_extra("reason").and_then(|v| v.as_str().map(|s| s.to_owned())).unwrap_or_default();
        let obj = d.get_extra("object").unwrap_or_else(Value::none);
        if is(ExcType::UnicodeDecodeError) {
            let bytes = crate::types::bytes::bytes_like(&obj).unwrap_or_default();
            if end == start + 1 {
                let b = bytes.get(start as usize).copied().unwrap_or(0);
                return Ok(format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"));
            }
            return Ok(format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1));
        }
        let s = obj.as_str().unwrap_or("").to_owned();
        if end == start + 1 {
            let c = s.chars().nth(start as usize).unwrap_or('\0') as u32;
            let cs = if c <= 0xff { format!("\\x{c:02x}") } else if c <= 0xffff { format!("\\u{c:04x}") } else { format!("\\U{c:08x}") };
            return Ok(format!("'{enc}' codec can't encode character '{cs}' in position {start}: {reason}"));
        }
        return Ok(format!("'{enc}' codec can't encode characters in position {start}-{}: {reason}", end - 1));
    }
    if is(ExcType::BaseExceptionGroup) {
        let msg = d.get_extra("message").unwrap_or_else(Value::none);
        let n = d.get_extra("exceptions").and_then(|e| e.as_tuple().map(|t| t.len())).unwrap_or(0);
        return Ok(format!("{} ({n} sub-exception{})", vm.str_string(&msg)?, if n == 1 { "" } else { "s" }));
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => vm.str_string(&args[0]),
        _ => vm.repr_string(&Value::tuple(args)),
    }
}

fn exc_str(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::string(exc_str_impl(vm, args.self_())?))
}

fn exc_repr(vm: &mut Vm, args: Args) -> PyResult {
    let e = args.self_();
    let d = this(&args)?;
    let name = type_name(e);
    let a = d.args_vec();
    if is_subtype_ptr(e.class_ptr(), ExcType::BaseExceptionGroup.type_ptr()) {
        let msg = d.get_extra("message").unwrap_or_else(Value::none);
        let excs = d.get_extra("exceptions").map(|t| Value::list(t.as_tuple().map(|t| t.to_vec()).unwrap_or_default())).unwrap_or_else(|| Value::list(vec![]));
        return Ok(Value::string(format!("{name}({}, {})", vm.repr_string(&msg)?, vm.repr_string(&excs)?)));
    }
    Ok(Value::string(match a.len() {
        1 => format!("{name}({})", vm.repr_string(&a[0])?),
        _ => {
            let t = vm.repr_string(&Value::tuple(a))?;
            format!("{name}{}", if t == "()" { "()".to_owned() } else { t })
        }
    }))
}

fn exc_with_traceback(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("with_traceback", 1, 1)?;
    let d = this(&args)?;
    let tb = &pos[1];
    if tb.kind() != Kind::NoneType && tb.kind() != Kind::Traceback {
        return Err(type_error("__traceback__ must be a traceback or None"));
    }
    d.traceback.set(if tb.kind() == Kind::NoneType { None } else { Some(tb.clone()) });
    Ok(pos[0].clone())
}

fn exc_add_note(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("add_note", 1, 1)?;
    let note = &pos[1];
    if note.as_str().is_none() {
        return Err(type_error(format!("note must be a str, not '{}'", type_name(note))));
    }
    let e = &pos[0];
    let notes = match vm.getattr_opt(e, &Value::intern("__notes__"))? {
        Some(n) => n,
        None => {
            let l = Value::list(vec![]);
            vm.setattr(e, &Value::intern("__notes__"), &l)?;
            l
        }
    };
    match notes.as_list() {
        Some(l) => l.push(note.clone()),
        None => return Err(type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::none())
}

fn exc_reduce(_vm: &mut Vm, args: Args) -> PyResult {
    let d = this(&args)?;
    let e = args.self_();
    let mut parts = vec![e.class(), Value::tuple(d.args_vec())];
    if let Some(dict) = d.dict.get_value() {
        parts.push(dict);
    }
    Ok(Value::tuple(parts))
}

fn exc_setstate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__setstate__", 1, 1)?;
    if let Some(d) = pos[1].downcast::<DictData>() {
        for (k, v) in d.items() {
            vm.setattr(&pos[0], &k, &v)?;
        }
    }
    Ok(Value::none())
}

// ---- getsets ------------------------------------------------------------------------------------

pub fn get_args(_vm: &mut Vm, e: &Value) -> PyResult {
    Ok(exc_data(e).and_then(|d| d.args.get_value()).unwrap_or_else(|| Value::tuple(vec![])))
}

pub fn set_args(vm: &mut Vm, e: &Value, v: Option<Value>) -> PyResult<()> {
    let v = v.ok_or_else(|| type_error("args may not be deleted"))?;
    let items = vm.collect_iter(&v)?;
    if let Some(d) = exc_data(e) {
        d.args.set(Some(Value::tuple(items)));
    }
    Ok(())
}

pub fn get_traceback(_vm: &mut Vm, e: &Value) -> PyResult {
    Ok(exc_data(e).and_then(|d| d.traceback.get_value()).unwrap_or_else(Value::none))
}

pub fn set_traceback(_vm: &mut Vm, e: &Value, v: Option<Value>) -> PyResult<()> {
    let v = v.ok_or_else(|| type_error("__traceback__ may not be deleted"))?;
    if v.kind() != Kind::NoneType && v.kind() != Kind::Traceback {
        return Err(type_error("__traceback__ must be a traceback or None"));
    }
    if let Some(d) = exc_data(e) {
        d.traceback.set(if v.kind() == Kind::NoneType { None } else { Some(v) });
    }
    Ok(())
}

pub fn get_cause(_vm: &mut Vm, e: &Value) -> PyResult {
    Ok(exc_data(e).and_then(|d| d.cause.get_value()).unwrap_or_else(Value::none))
}

pub fn set_cause(_vm: &mut Vm, e: &Value, v: Option<Value>) -> PyResult<()> {
    let v = v.ok_or_else(|| type_error("__cause__ may not be deleted"))?;
    if v.kind() != Kind::NoneType && v.kind() != Kind::Exception {
        return Err(type_error("exception cause must be None or derive from BaseException"));
    }
    if let Some(d) = exc_data(e) {
        d.cause.set(if v.kind() == Kind::NoneType { None } else { Some(v) });
        d.suppress_context.set(true);
    }
    Ok(())
}

pub fn get_context(_vm: &mut Vm, e: &Value) -> PyResult {
    Ok(exc_data(e).and_then(|d| d.context.get_value()).unwrap_or_else(Value::none))
}

pub fn set_context(_vm: &mut Vm, e: &Value, v: Option<Value>) -> PyResult<()> {
    let v = v.ok_or_else(|| type_error("__context__ may not be deleted"))?;
    if v.kind() != Kind::NoneType && v.kind() != Kind::Exception {
        return Err(type_error("exception context must be None or derive from BaseException"));
    }
    if let Some(d) = exc_data(e) {
        d.context.set(if v.kind() == Kind::NoneType { None } else { Some(v) });
    }
    Ok(())
}

pub fn get_suppress_context(_vm: &mut Vm, e: &Value) -> PyResult {
    Ok(Value::bool(exc_data(e).map(|d| d.suppress_context.get()).unwrap_or(false)))
}

pub fn set_suppress_context(vm: &mut Vm, e: &Value, v: Option<Value>) -> PyResult<()> {
    let b = match v {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if let Some(d) = exc_data(e) {
        d.suppress_context.set(b);
    }
    Ok(())
}

pub fn get_dict(_vm: &mut Vm, e: &Value) -> PyResult {
    let d = exc_data(e).ok_or_else(|| type_error("expected an exception"))?;
    if let Some(x) = d.dict.get_value() {
        return Ok(x);
    }
    let x = Value::dict();
    d.dict.set(Some(x.clone()));
    Ok(x)
}

/// Getter/setter pairs for the specialized attributes (one function per name).
macro_rules! extra_attr {
    ($get:ident, $set:ident, $name:literal) => {
        pub fn $get(_vm: &mut Vm, e: &Value) -> PyResult {
            Ok(exc_data(e).and_then(|d| d.get_extra($name)).unwrap_or_else(Value::none))
        }
        pub fn $set(_vm: &mut Vm, e: &Value, v: Option<Value>) -> PyResult<()> {
            if let Some(d) = exc_data(e) {
                d.set_extra($name, v.unwrap_or_else(Value::none));
            }
            Ok(())
        }
    };
}
extra_attr!(get_value, set_value, "value");
extra_attr!(get_code, set_code, "code");
extra_attr!(get_errno, set_errno, "errno");
extra_attr!(get_strerror, set_strerror, "strerror");
extra_attr!(get_filename, set_filename, "filename");
extra_attr!(get_filename2, set_filename2, "filename2");
extra_attr!(get_msg, set_msg, "msg");

/// `OSError.characters_written`: set by BlockingIOError(errno, strerror, n); reading it
/// unset is an AttributeError, as is deleting it unset.
pub fn get_characters_written(_vm: &mut Vm, e: &Value) -> PyResult {
    match exc_data(e).and_then(|d| d.get_extra("characters_written")) {
        Some(v) if !v.is_none() => Ok(v),
        _ => Err(crate::error::attribute_error("characters_written")),
    }
}

pub fn set_characters_written(vm: &mut Vm, e: &Value, v: Option<Value>) -> PyResult<()> {
    let Some(d) = exc_data(e) else { return Ok(()) };
    match v {
        Some(v) => {
            let n = vm.to_isize(&v)?;
            d.set_extra("characters_written", Value::int(n as i64));
        }
        None => {
            get_characters_written(vm, e)?;
            d.set_extra("characters_written", Value::none());
        }
    }
    Ok(())
}
extra_attr!(get_lineno, set_lineno, "lineno");
extra_attr!(get_offset, set_offset, "offset");
extra_attr!(get_text, set_text, "text");
extra_attr!(get_end_lineno, set_end_lineno, "end_lineno");
extra_attr!(get_end_offset, set_end_offset, "end_offset");
extra_attr!(get_print_file_and_line, set_print_file_and_line, "print_file_and_line");
extra_attr!(get_name, set_name, "name");
extra_attr!(get_path, set_path, "path");
extra_attr!(get_obj, set_obj, "obj");
extra_attr!(get_encoding, set_encoding, "encoding");
extra_attr!(get_object, set_object, "object");
extra_attr!(get_start, set_start, "start");
extra_attr!(get_end, set_end, "end");
extra_attr!(get_reason, set_reason, "reason");
extra_attr!(get_message, set_message, "message");
extra_attr!(get_exceptions, set_exceptions, "exceptions");

/// Sets `__context__` of `exc` to `ctx`, avoiding cycles (CPython's _PyErr_SetObject logic).
pub fn chain_context(exc: &Value, ctx: &Value) {
    if exc.is(ctx) {
        return;
    }
    // Break a cycle: walk ctx's context chain; if it reaches exc, cut it there.
    let mut o = ctx.clone();
    loop {
        let Some(d) = exc_data(&o) else { break };
        let Some(next) = d.context.get_value() else { break };
        if next.is(exc) {
            d.context.set(None);
            break;
        }
        o = next;
    }
    if let Some(d) = exc_data(exc) {
        d.context.set(Some(ctx.clone()));
    }
}

/// BaseExceptionGroup.__new__ validation and derive/split/subgroup.
pub const EXCEPTION_GROUP_METHODS: &[MethodDef] = &[
    staticmethod("__new__", eg_new),
    method("__init__", eg_init),
    method("derive", eg_derive),
    method("split", eg_split),
    method("subgroup", eg_subgroup),
    crate::types::builtin::classmethod("__class_getitem__", crate::types::generic_alias_new),
];

fn eg_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() != 3 {
        return Err(type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", pos.len() - 1)));
    }
    let cls = &pos[0];
    let msg = &pos[1];
    if msg.as_str().is_none() {
        return Err(type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", type_name(msg))));
    }
    let excs = vm.collect_iter(&pos[2]).map_err(|_| type_error("second argument (exceptions) must be a sequence"))?;
    if excs.is_empty() {
        return Err(PyErr::new(ExcType::ValueError, "second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exception = true;
    for (i, e) in excs.iter().enumerate() {
        if e.kind() != Kind::Exception {
            return Err(PyErr::new(ExcType::ValueError, format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        if !is_subtype_ptr(e.class_ptr(), ExcType::Exception.type_ptr()) {
            all_exception = false;
        }
    }
    let mut cls = cls.clone();
    if cls.as_ptr() == ExcType::BaseExceptionGroup.type_ptr() {
        if all_exception {
            cls = ExcType::ExceptionGroup.type_value();
        }
    } else if cls.as_ptr() == ExcType::ExceptionGroup.type_ptr() {
        if !all_exception {
            return Err(type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if !all_exception && is_subtype_ptr(cls.as_ptr(), ExcType::Exception.type_ptr()) {
        return Err(type_error(format!("Cannot nest BaseExceptions in '{}'", tdata(&cls).name_str())));
    }
    let e = new_exception(&cls, vec![msg.clone(), pos[2].clone()]);
    if let Some(d) = exc_data(&e) {
        d.set_extra("exceptions", Value::tuple(excs));
    }
    Ok(e)
}

fn eg_init(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::none())
}

fn eg_derive(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("derive", 1, 1)?;
    let d = this(&args)?;
    let msg = d.get_extra("message").unwrap_or_else(Value::none);
    vm.call(&ExcType::BaseExceptionGroup.type_value(), &[msg, pos[1].clone()])
}

/// Builds a matcher from a type, tuple of types, or predicate.
fn eg_matches(vm: &mut Vm, cond: &Value, e: &Value) -> PyResult<bool> {
    if cond.kind() == Kind::Type || cond.as_tuple().is_some() {
        return vm.isinstance(e, cond);
    }
    let r = vm.call(cond, &[e.clone()])?;
    vm.truthy(&r)
}

fn copy_meta(vm: &mut Vm, from: &Value, to: &Value) -> PyResult<()> {
    if let (Some(a), Some(b)) = (exc_data(from), exc_data(to)) {
        b.traceback.set(a.traceback.get_value());
        b.cause.set(a.cause.get_value());
        b.context.set(a.context.get_value());
        b.suppress_context.set(a.suppress_context.get());
    }
    if let Some(n) = vm.getattr_opt(from, &Value::intern("__notes__"))? {
        vm.setattr(to, &Value::intern("__notes__"), &n)?;
    }
    Ok(())
}

/// Returns (matching, rest) as optional groups.
fn eg_split_impl(vm: &mut Vm, eg: &Value, cond: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
    if eg_matches(vm, cond, eg)? {
        return Ok((Some(eg.clone()), None));
    }
    let d = exc_data(eg).ok_or_else(|| type_error("expected an exception group"))?;
    let excs = d.get_extra("exceptions").and_then(|t| t.as_tuple().map(|t| t.to_vec())).unwrap_or_default();
    let mut m = Vec::new();
    let mut r = Vec::new();
    for e in excs {
        if is_subtype_ptr(e.class_ptr(), ExcType::BaseExceptionGroup.type_ptr()) {
            let (a, b) = eg_split_impl(vm, &e, cond)?;
            if let Some(a) = a {
                m.push(a);
            }
            if let Some(b) = b {
                r.push(b);
            }
        } else if eg_matches(vm, cond, &e)? {
            m.push(e);
        } else {
            r.push(e);
        }
    }
    let mk = |vm: &mut Vm, items: Vec<Value>| -> PyResult<Option<Value>> {
        if items.is_empty() {
            return Ok(None);
        }
        let g = vm.call_method(eg, "derive", &[Value::list(items)])?;
        copy_meta(vm, eg, &g)?;
        Ok(Some(g))
    };
    let a = mk(vm, m)?;
    let b = mk(vm, r)?;
    Ok((a, b))
}

fn eg_split(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("split", 1, 1)?;
    let (a, b) = eg_split_impl(vm, &pos[0], &pos[1])?;
    Ok(Value::tuple(vec![a.unwrap_or_else(Value::none), b.unwrap_or_else(Value::none)]))
}

fn eg_subgroup(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("subgroup", 1, 1)?;
    let (a, _) = eg_split_impl(vm, &pos[0], &pos[1])?;
    Ok(a.unwrap_or_else(Value::none))
}

pub fn is_exception_instance(v: &Value) -> bool {
    v.kind() == Kind::Exception
}

#[allow(dead_code)]
fn _rt() -> Value {
    rt().ty(BT::BaseException)
}
