//! `_IOBase`, `_RawIOBase`, `_BufferedIOBase`, `_TextIOBase`: the generic methods, written in
//! terms of the object's own methods (so pure-Python subclasses work), as in CPython's
//! iobase.c. A pure-Python object's closed state is its `__IOBase_closed` attribute.

use super::{closed_error, is_closed, size_arg, unsupported, GetSets};
use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::types::builtin::{method, Args, MethodDef};
use crate::types::typeobj::type_name;
use crate::value::Value;
use crate::vm::Vm;

pub(super) const IOBASE_METHODS: &[MethodDef] = &[
    method("seek", iobase_seek),
    method("tell", iobase_tell),
    method("truncate", iobase_truncate),
    method("flush", iobase_flush),
    method("close", iobase_close),
    method("seekable", iobase_false),
    method("readable", iobase_false),
    method("writable", iobase_false),
    method("_checkClosed", iobase_check_closed),
    method("_checkSeekable", iobase_check_seekable),
    method("_checkReadable", iobase_check_readable),
    method("_checkWritable", iobase_check_writable),
    method("fileno", iobase_fileno),
    method("isatty", iobase_isatty),
    method("__enter__", iobase_enter),
    method("__exit__", iobase_exit),
    method("__iter__", iobase_iter),
    method("__next__", iobase_next),
    method("readline", iobase_readline),
    method("readlines", iobase_readlines),
    method("writelines", iobase_writelines),
    method("__del__", iobase_del),
];

pub(super) const IOBASE_GETSETS: GetSets = &[("closed", iobase_closed, None)];

pub(super) const RAWIOBASE_METHODS: &[MethodDef] = &[method("read", rawiobase_read), method("readall", rawiobase_readall), method("readinto", not_implemented), method("write", not_implemented)];

pub(super) const BUFFEREDIOBASE_METHODS: &[MethodDef] = &[
    method("detach", |vm, _| Err(unsupported(vm, "detach"))),
    method("read", |vm, _| Err(unsupported(vm, "read"))),
    method("read1", |vm, _| Err(unsupported(vm, "read1"))),
    method("write", |vm, _| Err(unsupported(vm, "write"))),
    method("readinto", bufferediobase_readinto),
    method("readinto1", bufferediobase_readinto1),
];

pub(super) const TEXTIOBASE_METHODS: &[MethodDef] = &[
    method("detach", |vm, _| Err(unsupported(vm, "detach"))),
    method("read", |vm, _| Err(unsupported(vm, "read"))),
    method("readline", |vm, _| Err(unsupported(vm, "readline"))),
    method("write", |vm, _| Err(unsupported(vm, "write"))),
];

pub(super) const TEXTIOBASE_GETSETS: GetSets = &[("encoding", none_getter, None), ("newlines", none_getter, None), ("errors", none_getter, None)];

fn none_getter(_vm: &mut Vm, _v: &Value) -> PyResult {
    Ok(Value::none())
}

fn not_implemented(_vm: &mut Vm, _args: Args) -> PyResult {
    Err(PyErr::with_args(ExcType::NotImplementedError, vec![]))
}

const CLOSED_ATTR: &str = "__IOBase_closed";

fn iobase_closed(vm: &mut Vm, v: &Value) -> PyResult {
    let closed = match vm.instance_dict(v) {
        Some(d) => d.downcast::<crate::types::dict::DictData>().and_then(|d| d.get_item_str(CLOSED_ATTR)).is_some(),
        None => false,
    };
    Ok(Value::bool(closed))
}

/// Raises ValueError if `obj.closed`.
pub(crate) fn check_closed(vm: &mut Vm, obj: &Value) -> PyResult<()> {
    if is_closed(vm, obj)? {
        return Err(closed_error());
    }
    Ok(())
}

fn iobase_seek(vm: &mut Vm, _args: Args) -> PyResult {
    Err(unsupported(vm, "seek"))
}

fn iobase_tell(vm: &mut Vm, args: Args) -> PyResult {
    vm.call_method(args.self_(), "seek", &[Value::int(0), Value::int(1)])
}

fn iobase_truncate(vm: &mut Vm, _args: Args) -> PyResult {
    Err(unsupported(vm, "truncate"))
}

fn iobase_flush(vm: &mut Vm, args: Args) -> PyResult {
    check_closed(vm, args.self_())?;
    Ok(Value::none())
}

fn iobase_close(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    if is_closed(vm, me)? {
        return Ok(Value::none());
    }
    let r = vm.call_method(me, "flush", &[]);
    if let Some(d) = vm.instance_dict_create(me) {
        vm.setitem(&d, &Value::intern(CLOSED_ATTR), &Value::bool(true))?;
    }
    r.map(|_| Value::none())
}

fn iobase_false(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::bool(false))
}

fn iobase_check_closed(vm: &mut Vm, args: Args) -> PyResult {
    check_closed(vm, args.self_())?;
    Ok(Value::none())
}

/// `_checkReadable()` and friends: UnsupportedOperation unless `obj.<what>()` is true.
fn check_able(vm: &mut Vm, obj: &Value, what: &str, msg: &str) -> PyResult {
    let r = vm.call_method(obj, what, &[])?;
    if !vm.truthy(&r)? {
        return Err(unsupported(vm, msg));
    }
    Ok(Value::none())
}

fn iobase_check_seekable(vm: &mut Vm, args: Args) -> PyResult {
    check_able(vm, args.self_(), "seekable", "File or stream is not seekable.")
}

fn iobase_check_readable(vm: &mut Vm, args: Args) -> PyResult {
    check_able(vm, args.self_(), "readable", "File or stream is not readable.")
}

fn iobase_check_writable(vm: &mut Vm, args: Args) -> PyResult {
    check_able(vm, args.self_(), "writable", "File or stream is not writable.")
}

fn iobase_fileno(vm: &mut Vm, _args: Args) -> PyResult {
    Err(unsupported(vm, "fileno"))
}

fn iobase_isatty(vm: &mut Vm, args: Args) -> PyResult {
    check_closed(vm, args.self_())?;
    Ok(Value::bool(false))
}

fn iobase_enter(vm: &mut Vm, args: Args) -> PyResult {
    check_closed(vm, args.self_())?;
    Ok(args.self_().clone())
}

fn iobase_exit(vm: &mut Vm, args: Args) -> PyResult {
    vm.call_method(args.self_(), "close", &[])
}

fn iobase_iter(vm: &mut Vm, args: Args) -> PyResult {
    check_closed(vm, args.self_())?;
    Ok(args.self_().clone())
}

fn iobase_next(vm: &mut Vm, args: Args) -> PyResult {
    let line = vm.call_method(args.self_(), "readline", &[])?;
    if vm.len(&line)? == 0 {
        return Err(crate::error::stop_iteration());
    }
    Ok(line)
}

fn iobase_del(vm: &mut Vm, args: Args) -> PyResult {
    // Like iobase_finalize: close, and ignore errors.
    if let Ok(false) = is_closed(vm, args.self_()) {
        let _ = vm.call_method(args.self_(), "close", &[]);
    }
    Ok(Value::none())
}

/// `IOBase.readline(size=-1)`: `peek()` when there is one, else `read(1)` at a time.
fn iobase_readline(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let pos = args.check_method("readline", 0, 1)?;
    let limit = size_arg(vm, pos.get(1))?;
    let peek = vm.getattr_opt(me, &Value::intern("peek"))?;
    let mut out: Vec<u8> = Vec::new();
    while limit < 0 || (out.len() as isize) < limit {
        let mut n = 1;
        if let Some(p) = &peek {
            let ahead = vm.call(p, &[Value::int(1)])?;
            let b = ahead.as_bytes().ok_or_else(|| PyErr::new(ExcType::OSError, format!("peek() should have returned a bytes object, not '{}'", type_name(&ahead))))?;
            if !b.is_empty() {
                n = match b.iter().position(|&c| c == b'\n') {
                    Some(i) => i + 1,
                    None => b.len(),
                };
                if limit >= 0 {
                    n = n.min((limit as usize) - out.len());
                }
            }
        }
        let chunk = vm.call_method(me, "read", &[Value::int(n as i64)])?;
        if chunk.is_none() {
            break;
        }
        let b = chunk.as_bytes().ok_or_else(|| PyErr::new(ExcType::OSError, format!("read() should have returned a bytes object, not '{}'", type_name(&chunk))))?;
        if b.is_empty() {
            break;
        }
        out.extend_from_slice(b);
        if out.ends_with(b"\n") {
            break;
        }
    }
    Ok(Value::bytes(out))
}

/// `readlines(hint=-1)`: lines until their total size reaches `hint`.
pub(super) fn iobase_readlines(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("readlines", 0, 1)?;
    let hint = size_arg(vm, pos.get(1))?;
    let me = args.self_();
    let it = vm.iter(me)?;
    let mut out = Vec::new();
    let mut total = 0usize;
    while let Some(line) = vm.next(&it)? {
        total += vm.len(&line)?;
        out.push(line);
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(Value::list(out))
}

fn iobase_writelines(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("writelines", 1, 1)?;
    let me = args.self_();
    check_closed(vm, me)?;
    let it = vm.iter(&pos[1])?;
    while let Some(line) = vm.next(&it)? {
        vm.call_method(me, "write", &[line])?;
    }
    Ok(Value::none())
}

/// `RawIOBase.read(size=-1)`: `readall()`, or `readinto()` a buffer of `size` bytes.
fn rawiobase_read(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("read", 0, 1)?;
    let n = size_arg(vm, pos.get(1))?;
    let me = args.self_();
    if n < 0 {
        return vm.call_method(me, "readall", &[]);
    }
    let buf = Value::bytearray(vec![0; n as usize]);
    let got = vm.call_method(me, "readinto", &[buf.clone()])?;
    if got.is_none() {
        return Ok(got);
    }
    let got = vm.to_isize(&got)?.clamp(0, n) as usize;
    let data = crate::types::bytes::bytes_like(&buf).unwrap_or_default();
    Ok(Value::bytes(data[..got.min(data.len())].to_vec()))
}

fn rawiobase_readall(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let mut out = Vec::new();
    loop {
        let chunk = vm.call_method(me, "read", &[Value::int(super::DEFAULT_BUFFER_SIZE as i64)])?;
        if chunk.is_none() {
            if out.is_empty() {
                return Ok(chunk);
            }
            break;
        }
        let b = chunk.as_bytes().ok_or_else(|| type_error("read() should return bytes"))?;
        if b.is_empty() {
            break;
        }
        out.extend_from_slice(b);
    }
    Ok(Value::bytes(out))
}

/// `BufferedIOBase.readinto(b)` through `read()` (or `read1()`).
fn readinto_via(vm: &mut Vm, args: Args, read: &str) -> PyResult {
    let pos = args.check_method("readinto", 1, 1)?;
    let target = &pos[1];
    let n = vm.len(target)?;
    let data = vm.call_method(args.self_(), read, &[Value::int(n as i64)])?;
    let b = crate::types::bytes::bytes_like(&data).ok_or_else(|| type_error("read() should return bytes"))?;
    let slice = Value::slice(Value::int(0), Value::int(b.len() as i64), Value::none());
    vm.setitem(target, &slice, &Value::bytes(b.clone()))?;
    Ok(Value::int(b.len() as i64))
}

fn bufferediobase_readinto(vm: &mut Vm, args: Args) -> PyResult {
    readinto_via(vm, args, "read")
}

fn bufferediobase_readinto1(vm: &mut Vm, args: Args) -> PyResult {
    readinto_via(vm, args, "read1")
}
