//! `FileIO` (raw I/O on a host file descriptor), `BufferedReader`/`BufferedWriter`/
//! `BufferedRandom` (a read buffer; writes go through to the raw stream, whose host buffers
//! them) and `BufferedRWPair`.

use super::{closed_error, size_arg, types, unsupported, GetSets};
use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::modules::util::{host, os_error, path_arg};
use crate::object::CellValue;
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::native::{NativeData, NativeObject};
use crate::types::typeobj::{alloc_instance, is_subtype_ptr, type_name};
use crate::value::Value;
use crate::vm::Vm;
use std::any::Any;
use std::cell::{Cell, RefCell};

// ---- FileIO -----------------------------------------------------------------------------------

struct FileState {
    /// -1 once closed.
    fd: i32,
    readable: bool,
    writable: bool,
    appending: bool,
    created: bool,
    closefd: bool,
    seekable: Option<bool>,
}

pub(super) struct FileIO(RefCell<FileState>);

impl NativeObject for FileIO {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub(super) const FILEIO_METHODS: &[MethodDef] = &[
    staticmethod("__new__", fileio_new),
    method("__init__", fileio_init),
    method("read", fileio_read),
    method("readall", fileio_readall),
    method("readinto", fileio_readinto),
    method("write", fileio_write),
    method("seek", fileio_seek),
    method("tell", fileio_tell),
    method("truncate", fileio_truncate),
    method("flush", fileio_flush),
    method("close", fileio_close),
    method("seekable", fileio_seekable),
    method("readable", fileio_readable),
    method("writable", fileio_writable),
    method("fileno", fileio_fileno),
    method("isatty", fileio_isatty_m),
    method("__repr__", fileio_repr),
    method("__getstate__", cannot_pickle),
    method("_dealloc_warn", none_method),
];

pub(super) const FILEIO_GETSETS: GetSets = &[("closed", fileio_closed, None), ("closefd", fileio_closefd, None), ("mode", fileio_mode, None)];

fn fio_any(v: &Value) -> PyResult<&RefCell<FileState>> {
    v.native::<FileIO>().map(|f| &f.0).ok_or_else(|| type_error(format!("descriptor requires a '_io.FileIO' object but received a '{}'", type_name(v))))
}

/// The state of an open FileIO.
fn fio<'a>(args: &Args<'a>) -> PyResult<&'a RefCell<FileState>> {
    let f = fio_any(args.self_())?;
    if f.borrow().fd < 0 {
        return Err(value_error("I/O operation on closed file"));
    }
    Ok(f)
}

fn none_method(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::none())
}

fn cannot_pickle(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.self_().class();
    let module = crate::types::typeobj::type_module(&cls).unwrap_or_default();
    Err(type_error(format!("cannot pickle '{module}.{}' object", crate::types::typeobj::type_qualname(&cls))))
}

fn fileio_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.pos().first().ok_or_else(|| type_error("FileIO.__new__(): not enough arguments"))?;
    let st = FileState { fd: -1, readable: false, writable: false, appending: false, created: false, closefd: true, seekable: None };
    Ok(alloc_instance(cls, NativeData(Box::new(FileIO(RefCell::new(st))))))
}

/// A new FileIO for a standard stream (closefd=False), named like CPython's `<stdout>`.
pub(super) fn std_fileio(vm: &mut Vm, fd: i32) -> PyResult {
    let t = types(vm).fileio.clone();
    let st = FileState { fd, readable: fd == 0, writable: fd != 0, appending: false, created: false, closefd: false, seekable: None };
    let f = alloc_instance(&t, NativeData(Box::new(FileIO(RefCell::new(st)))));
    let name = ["<stdin>", "<stdout>", "<stderr>"][fd as usize];
    vm.setattr(&f, &Value::intern("name"), &Value::str(name))?;
    Ok(f)
}

fn fileio_init(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let [file, mode, closefd, opener] = args.rest().bind("FileIO", ["file", "mode", "closefd", "opener"], 1, 0)?;
    let file = file.unwrap_or_else(Value::none);
    let mode = match &mode {
        None => "r".to_owned(),
        Some(m) => m.as_str().ok_or_else(|| type_error(format!("FileIO() argument 'mode' must be str, not {}", type_name(m))))?.to_owned(),
    };
    let closefd = match &closefd {
        None => true,
        Some(c) => vm.truthy(c)?,
    };
    let (mut readable, mut writable, mut appending, mut created, mut plus) = (false, false, false, false, false);
    let mut rwa = 0;
    for c in mode.chars() {
        match c {
            'x' => {
                rwa += 1;
                created = true;
                writable = true;
            }
            'r' => {
                rwa += 1;
                readable = true;
            }
            'w' => {
                rwa += 1;
                writable = true;
            }
            'a' => {
                rwa += 1;
                writable = true;
                appending = true;
            }
            '+' if !plus => {
                plus = true;
                readable = true;
                writable = true;
            }
            'b' => {}
            _ => return Err(value_error(format!("invalid mode: {mode}"))),
        }
    }
    if rwa != 1 {
        return Err(value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
    }
    const O_WRONLY: i32 = 1;
    const O_RDWR: i32 = 2;
    const O_CREAT: i32 = 0o100;
    const O_EXCL: i32 = 0o200;
    const O_TRUNC: i32 = 0o1000;
    const O_APPEND: i32 = 0o2000;
    const O_CLOEXEC: i32 = 0o2000000;
    let mut flags = if readable && writable {
        O_RDWR
    } else if writable {
        O_WRONLY
    } else {
        0
    };
    if created {
        flags |= O_EXCL | O_CREAT;
    } else if appending {
        flags |= O_APPEND | O_CREAT;
    } else if writable && !readable || (writable && mode.contains('w')) {
        flags |= O_CREAT | O_TRUNC;
    }
    flags |= O_CLOEXEC;
    if file.as_float().is_some() {
        return Err(type_error("integer argument expected, got float"));
    }
    let fd = if file.as_int().is_some() && file.as_str().is_none() {
        let fd = vm.to_isize(&file)?;
        if fd < 0 {
            return Err(value_error("negative file descriptor"));
        }
        fd as i32
    } else {
        if !closefd {
            return Err(value_error("Cannot use closefd=False with file name"));
        }
        let (path, _) = path_arg(vm, "FileIO", "file", &file)?;
        match opener.filter(|o| !o.is_none()) {
            Some(o) => {
                let r = vm.call(&o, &[file.clone(), Value::int(flags as i64)])?;
                let fd = vm.to_isize(&r)?;
                if fd < 0 {
                    return Err(value_error(format!("opener returned {fd}")));
                }
                fd as i32
            }
            None => {
                let r = vm.host.open(&path, flags, 0o666);
                host(vm, r, Some(&file))?
            }
        }
    };
    // Opening a directory for reading succeeds at the OS level; CPython refuses it.
    if let Ok(st) = vm.host.fd_stat(fd) {
        if st.mode & 0o170000 == 0o040000 {
            if closefd {
                let _ = vm.host.fd_close(fd);
            }
            let msg = vm.host.strerror(21);
            return Err(os_error(vm, (21, msg), Some(&file)));
        }
    }
    {
        let f = fio_any(me)?;
        *f.borrow_mut() = FileState { fd, readable, writable, appending, created, closefd, seekable: None };
    }
    vm.setattr(me, &Value::intern("name"), &file)?;
    if appending {
        let _ = vm.host.fd_seek(fd, 0, 2);
    }
    Ok(Value::none())
}

fn fileio_closed(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(fio_any(v)?.borrow().fd < 0))
}

fn fileio_closefd(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(fio_any(v)?.borrow().closefd))
}

fn mode_string(st: &FileState) -> &'static str {
    match (st.created, st.appending, st.readable, st.writable) {
        (true, _, true, _) => "xb+",
        (true, _, false, _) => "xb",
        (_, true, true, _) => "ab+",
        (_, true, false, _) => "ab",
        (_, _, true, true) => "rb+",
        (_, _, true, false) => "rb",
        _ => "wb",
    }
}

fn fileio_mode(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::str(mode_string(&fio_any(v)?.borrow())))
}

fn fileio_repr(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let cls = crate::types::typeobj::type_qualname(&me.class());
    let module = crate::types::typeobj::type_module(&me.class()).unwrap_or_default();
    let tname = if module.is_empty() || module == "builtins" { cls } else { format!("{module}.{cls}") };
    let f = fio_any(me)?;
    let (fd, mode, closefd) = {
        let st = f.borrow();
        (st.fd, mode_string(&st), st.closefd)
    };
    if fd < 0 {
        return Ok(Value::string(format!("<{tname} [closed]>")));
    }
    let closefd = if closefd { "True" } else { "False" };
    match vm.getattr_opt(me, &Value::intern("name"))? {
        Some(n) => {
            let r = vm.repr_string(&n)?;
            Ok(Value::string(format!("<{tname} name={r} mode='{mode}' closefd={closefd}>")))
        }
        None => Ok(Value::string(format!("<{tname} fd={fd} mode='{mode}' closefd={closefd}>"))),
    }
}

/// Reads up to `n` bytes (all when negative) from an open FileIO.
fn fileio_read_n(vm: &mut Vm, f: &RefCell<FileState>, n: isize) -> PyResult<Vec<u8>> {
    let (fd, readable) = {
        let st = f.borrow();
        (st.fd, st.readable)
    };
    if fd < 0 {
        return Err(value_error("I/O operation on closed file"));
    }
    if !readable {
        return Err(unsupported(vm, "File not open for reading"));
    }
    if n >= 0 {
        let r = vm.host.fd_read(fd, n as usize);
        return host(vm, r, None);
    }
    let mut out = Vec::new();
    loop {
        let want = (out.len() / 2).max(super::DEFAULT_BUFFER_SIZE * 8);
        let r = vm.host.fd_read(fd, want);
        let chunk = host(vm, r, None)?;
        if chunk.is_empty() {
            break;
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out)
}

fn fileio_write_all(vm: &mut Vm, f: &RefCell<FileState>, data: &[u8]) -> PyResult<usize> {
    let (fd, writable) = {
        let st = f.borrow();
        (st.fd, st.writable)
    };
    if fd < 0 {
        return Err(value_error("I/O operation on closed file"));
    }
    if !writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    let r = vm.host.fd_write(fd, data);
    host(vm, r, None)
}

fn fileio_read(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("read", 0, 1)?;
    let f = fio(&args)?;
    let n = size_arg(vm, pos.get(1))?;
    Ok(Value::bytes(fileio_read_n(vm, f, n)?))
}

fn fileio_readall(vm: &mut Vm, args: Args) -> PyResult {
    let f = fio(&args)?;
    Ok(Value::bytes(fileio_read_n(vm, f, -1)?))
}

fn fileio_readinto(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("readinto", 1, 1)?;
    let f = fio(&args)?;
    let n = vm.len(&pos[1])?;
    let data = fileio_read_n(vm, f, n as isize)?;
    let k = data.len();
    vm.setitem(&pos[1], &Value::slice(Value::int(0), Value::int(k as i64), Value::none()), &Value::bytes(data))?;
    Ok(Value::int(k as i64))
}

fn fileio_write(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("write", 1, 1)?;
    let f = fio(&args)?;
    let data = crate::types::bytes::bytes_like(&pos[1])
        .filter(|_| pos[1].as_str().is_none())
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(&pos[1]))))?;
    Ok(Value::int(fileio_write_all(vm, f, &data)? as i64))
}

fn fileio_seek(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("seek", 1, 2)?;
    let f = fio(&args)?;
    if pos[1].as_float().is_some() {
        return Err(type_error("an integer is required"));
    }
    let off = vm.to_isize(&pos[1])? as i64;
    let whence = match pos.get(2) {
        Some(w) => vm.to_isize(w)? as u32,
        None => 0,
    };
    let fd = f.borrow().fd;
    let r = vm.host.fd_seek(fd, off, whence);
    Ok(Value::int(host(vm, r, None)? as i64))
}

fn fileio_tell(vm: &mut Vm, args: Args) -> PyResult {
    let f = fio(&args)?;
    let fd = f.borrow().fd;
    let r = vm.host.fd_seek(fd, 0, 1);
    Ok(Value::int(host(vm, r, None)? as i64))
}

fn fileio_truncate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("truncate", 0, 1)?;
    let f = fio(&args)?;
    let (fd, writable) = {
        let st = f.borrow();
        (st.fd, st.writable)
    };
    if !writable {
        return Err(unsupported(vm, "File not open for writing"));
    }
    let size = match pos.get(1).filter(|v| !v.is_none()) {
        Some(v) => vm.to_isize(v)? as i64,
        None => {
            let r = vm.host.fd_seek(fd, 0, 1);
            host(vm, r, None)? as i64
        }
    };
    let r = vm.host.fd_truncate(fd, size.max(0) as u64);
    host(vm, r, None)?;
    Ok(Value::int(size))
}

fn fileio_flush(vm: &mut Vm, args: Args) -> PyResult {
    let f = fio_any(args.self_())?;
    let fd = f.borrow().fd;
    if fd < 0 {
        return Err(value_error("I/O operation on closed file."));
    }
    let r = vm.host.fd_flush(fd);
    host(vm, r, None)?;
    Ok(Value::none())
}

fn fileio_close(vm: &mut Vm, args: Args) -> PyResult {
    let f = fio_any(args.self_())?;
    let (fd, closefd) = {
        let st = f.borrow();
        (st.fd, st.closefd)
    };
    if fd < 0 {
        return Ok(Value::none());
    }
    let flushed = vm.host.fd_flush(fd);
    f.borrow_mut().fd = -1;
    if closefd {
        let r = vm.host.fd_close(fd);
        host(vm, r, None)?;
    }
    host(vm, flushed, None)?;
    Ok(Value::none())
}

fn fileio_seekable(vm: &mut Vm, args: Args) -> PyResult {
    let f = fio(&args)?;
    let (fd, known) = {
        let st = f.borrow();
        (st.fd, st.seekable)
    };
    let s = match known {
        Some(s) => s,
        None => {
            let s = vm.host.fd_seek(fd, 0, 1).is_ok();
            f.borrow_mut().seekable = Some(s);
            s
        }
    };
    Ok(Value::bool(s))
}

fn fileio_readable(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(fio(&args)?.borrow().readable))
}

fn fileio_writable(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(fio(&args)?.borrow().writable))
}

fn fileio_fileno(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(fio(&args)?.borrow().fd as i64))
}

fn fileio_isatty_m(vm: &mut Vm, args: Args) -> PyResult {
    let fd = fio(&args)?.borrow().fd;
    Ok(Value::bool(vm.host.isatty(fd)))
}

/// Whether a raw object is an open FileIO on a terminal (for open()'s line buffering).
pub(super) fn fileio_isatty(vm: &mut Vm, raw: &Value) -> bool {
    match raw.native::<FileIO>() {
        Some(f) => {
            let fd = f.0.borrow().fd;
            fd >= 0 && vm.host.isatty(fd)
        }
        None => false,
    }
}

// ---- raw stream access (native fast path, else the object's methods) --------------------------

/// Reads up to `n` bytes from a raw stream; `None` when it would block.
fn raw_read(vm: &mut Vm, raw: &Value, n: usize) -> PyResult<Option<Vec<u8>>> {
    if let Some(f) = raw.native::<FileIO>() {
        return fileio_read_n(vm, &f.0, n as isize).map(Some);
    }
    let r = vm.call_method(raw, "read", &[Value::int(n as i64)])?;
    if r.is_none() {
        return Ok(None);
    }
    let b = r.as_bytes().ok_or_else(|| type_error(format!("read() should return bytes, not '{}'", type_name(&r))))?;
    if b.len() > n {
        return Err(PyErr::new(ExcType::OSError, format!("raw read() returned invalid length {} (should have been between 0 and {n})", b.len())));
    }
    Ok(Some(b.to_vec()))
}

fn raw_readall(vm: &mut Vm, raw: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(f) = raw.native::<FileIO>() {
        return fileio_read_n(vm, &f.0, -1).map(Some);
    }
    let r = vm.call_method(raw, "readall", &[])?;
    if r.is_none() {
        return Ok(None);
    }
    crate::types::bytes::bytes_like(&r).map(Some).ok_or_else(|| type_error("readall() should return bytes"))
}

fn raw_write(vm: &mut Vm, raw: &Value, data: &[u8]) -> PyResult<()> {
    if let Some(f) = raw.native::<FileIO>() {
        fileio_write_all(vm, &f.0, data)?;
        return Ok(());
    }
    let mut off = 0;
    while off < data.len() {
        let r = vm.call_method(raw, "write", &[Value::bytes(data[off..].to_vec())])?;
        if r.is_none() {
            return Err(PyErr::new(ExcType::BlockingIOError, "write could not complete without blocking"));
        }
        let n = vm.to_isize(&r)?;
        if n < 0 || n as usize > data.len() - off {
            return Err(PyErr::new(ExcType::OSError, format!("raw write() returned invalid length {n} (should have been between 0 and {})", data.len() - off)));
        }
        off += n as usize;
    }
    Ok(())
}

fn raw_seek(vm: &mut Vm, raw: &Value, off: i64, whence: u32) -> PyResult<i64> {
    if let Some(f) = raw.native::<FileIO>() {
        let fd = f.0.borrow().fd;
        if fd < 0 {
            return Err(value_error("I/O operation on closed file"));
        }
        let r = vm.host.fd_seek(fd, off, whence);
        return host(vm, r, None).map(|p| p as i64);
    }
    let r = vm.call_method(raw, "seek", &[Value::int(off), Value::int(whence as i64)])?;
    let p = vm.to_isize(&r)? as i64;
    if p < 0 {
        return Err(PyErr::new(ExcType::OSError, format!("Raw stream returned invalid position {p}")));
    }
    Ok(p)
}

// ---- BufferedReader / BufferedWriter / BufferedRandom -----------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum BufKind {
    Reader,
    Writer,
    Random,
}

struct BufState {
    /// Bytes read ahead from the raw stream, and how many of them were consumed.
    rbuf: Vec<u8>,
    rpos: usize,
    size: usize,
    kind: BufKind,
    /// False until __init__ ran (and after detach()).
    ok: bool,
}

pub(super) struct Buffered {
    raw: Cell<Option<Value>>,
    st: RefCell<BufState>,
}

impl NativeObject for Buffered {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        crate::object::trace_cell(&self.raw, visit)
    }
    fn clear(&self) {
        drop(self.raw.take())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const BUF_COMMON: &[MethodDef] = &[
    staticmethod("__new__", buffered_new),
    method("__init__", buffered_init),
    method("seek", buffered_seek),
    method("tell", buffered_tell),
    method("flush", buffered_flush),
    method("close", buffered_close),
    method("detach", buffered_detach),
    method("seekable", buffered_seekable),
    method("fileno", buffered_fileno),
    method("isatty", buffered_isatty),
    method("__repr__", buffered_repr),
    method("__getstate__", cannot_pickle),
    method("_dealloc_warn", none_method),
];

const BUF_READ: &[MethodDef] = &[
    method("read", buffered_read),
    method("read1", buffered_read1),
    method("peek", buffered_peek),
    method("readline", buffered_readline),
    method("readinto", buffered_readinto),
    method("readinto1", buffered_readinto1),
    method("readable", buffered_readable),
    method("__next__", buffered_next),
];

const BUF_WRITE: &[MethodDef] = &[method("write", buffered_write), method("truncate", buffered_truncate), method("writable", buffered_writable)];

pub(super) const BUFFERED_READER_METHODS: &[&[MethodDef]] = &[BUF_COMMON, BUF_READ];
pub(super) const BUFFERED_WRITER_METHODS: &[&[MethodDef]] = &[BUF_COMMON, BUF_WRITE];
pub(super) const BUFFERED_RANDOM_METHODS: &[&[MethodDef]] = &[BUF_COMMON, BUF_READ, BUF_WRITE];

pub(super) const BUFFERED_GETSETS: GetSets = &[("raw", buffered_raw, None), ("closed", buffered_closed, None), ("name", buffered_name, None), ("mode", buffered_mode, None)];

fn buf_any(v: &Value) -> PyResult<&Buffered> {
    v.native::<Buffered>().ok_or_else(|| type_error(format!("descriptor requires a buffered object but received a '{}'", type_name(v))))
}

/// The buffered object and its raw stream (ValueError when detached or uninitialized).
fn buf<'a>(args: &Args<'a>) -> PyResult<(&'a Buffered, Value)> {
    let b = buf_any(args.self_())?;
    if !b.st.borrow().ok {
        return Err(value_error(if b.raw.get_value().is_none() { "raw stream has been detached" } else { "I/O operation on uninitialized object" }));
    }
    let raw = b.raw.get_value().ok_or_else(|| value_error("raw stream has been detached"))?;
    Ok((b, raw))
}

/// `buf` plus ValueError("<what> of closed file") when the raw stream is closed.
fn buf_open<'a>(vm: &mut Vm, args: &Args<'a>, what: &str) -> PyResult<(&'a Buffered, Value)> {
    let (b, raw) = buf(args)?;
    if raw_closed(vm, &raw)? {
        return Err(value_error(format!("{what} of closed file")));
    }
    Ok((b, raw))
}

fn raw_closed(vm: &mut Vm, raw: &Value) -> PyResult<bool> {
    if let Some(f) = raw.native::<FileIO>() {
        return Ok(f.0.borrow().fd < 0);
    }
    super::is_closed(vm, raw)
}

fn buffered_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.pos().first().ok_or_else(|| type_error("Buffered.__new__(): not enough arguments"))?;
    let t = types(vm);
    let kind = if is_subtype_ptr(cls.as_ptr(), t.buffered_random.as_ptr()) {
        BufKind::Random
    } else if is_subtype_ptr(cls.as_ptr(), t.buffered_writer.as_ptr()) {
        BufKind::Writer
    } else {
        BufKind::Reader
    };
    let st = BufState { rbuf: Vec::new(), rpos: 0, size: super::DEFAULT_BUFFER_SIZE, kind, ok: false };
    Ok(alloc_instance(cls, NativeData(Box::new(Buffered { raw: Cell::new(None), st: RefCell::new(st) }))))
}

fn buffered_init(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let b = buf_any(me)?;
    let kind = b.st.borrow().kind;
    let name = match kind {
        BufKind::Reader => "BufferedReader",
        BufKind::Writer => "BufferedWriter",
        BufKind::Random => "BufferedRandom",
    };
    let [raw, size] = args.rest().bind(name, ["raw", "buffer_size"], 1, 0)?;
    let raw = raw.unwrap_or_else(Value::none);
    if kind == BufKind::Random {
        vm.call_method(&raw, "_checkSeekable", &[])?;
    }
    if kind != BufKind::Writer {
        vm.call_method(&raw, "_checkReadable", &[])?;
    }
    if kind != BufKind::Reader {
        vm.call_method(&raw, "_checkWritable", &[])?;
    }
    let size = match size {
        Some(s) => vm.to_isize(&s)?,
        None => super::DEFAULT_BUFFER_SIZE as isize,
    };
    if size <= 0 {
        return Err(value_error("buffer size must be strictly positive"));
    }
    b.raw.set(Some(raw));
    let mut st = b.st.borrow_mut();
    st.size = size as usize;
    st.rbuf.clear();
    st.rpos = 0;
    st.ok = true;
    Ok(Value::none())
}

/// Bytes read ahead but not consumed.
fn pending(b: &Buffered) -> usize {
    let st = b.st.borrow();
    st.rbuf.len() - st.rpos
}

/// Gives read-ahead bytes back to the raw stream (before writes and seeks).
fn rewind(vm: &mut Vm, b: &Buffered, raw: &Value) -> PyResult<()> {
    let n = pending(b);
    {
        let mut st = b.st.borrow_mut();
        st.rbuf.clear();
        st.rpos = 0;
    }
    if n > 0 {
        raw_seek(vm, raw, -(n as i64), 1)?;
    }
    Ok(())
}

/// Reads one chunk from the raw stream into the read buffer; false at EOF (or would block).
fn fill(vm: &mut Vm, b: &Buffered, raw: &Value) -> PyResult<bool> {
    let size = b.st.borrow().size;
    let chunk = raw_read(vm, raw, size)?;
    let mut st = b.st.borrow_mut();
    if st.rpos > 0 {
        let p = st.rpos;
        st.rbuf.drain(..p);
        st.rpos = 0;
    }
    match chunk {
        Some(c) if !c.is_empty() => {
            st.rbuf.extend_from_slice(&c);
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// Takes up to `n` buffered bytes.
fn take(b: &Buffered, n: usize) -> Vec<u8> {
    let mut st = b.st.borrow_mut();
    let avail = st.rbuf.len() - st.rpos;
    let n = n.min(avail);
    let start = st.rpos;
    st.rpos += n;
    st.rbuf[start..start + n].to_vec()
}

fn buffered_read(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("read", 0, 1)?;
    let n = size_arg(vm, pos.get(1))?;
    if n < -1 {
        return Err(value_error("read length must be non-negative or -1"));
    }
    let (b, raw) = buf_open(vm, &args, "read")?;
    let mut out = take(b, usize::MAX);
    if n < 0 {
        match raw_readall(vm, &raw)? {
            Some(rest) => out.extend_from_slice(&rest),
            None if out.is_empty() => return Ok(Value::none()),
            None => {}
        }
        return Ok(Value::bytes(out));
    }
    let n = n as usize;
    if out.len() > n {
        // Put back what was not asked for.
        let extra = out.split_off(n);
        let mut st = b.st.borrow_mut();
        st.rpos -= extra.len();
    }
    while out.len() < n {
        if !fill(vm, b, &raw)? {
            break;
        }
        let more = take(b, n - out.len());
        out.extend_from_slice(&more);
    }
    Ok(Value::bytes(out))
}

fn buffered_read1(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("read1", 0, 1)?;
    let n = size_arg(vm, pos.get(1))?;
    let (b, raw) = buf_open(vm, &args, "read")?;
    let n = if n < 0 { usize::MAX } else { n as usize };
    if n == 0 {
        return Ok(Value::bytes(vec![]));
    }
    if pending(b) == 0 {
        fill(vm, b, &raw)?;
    }
    Ok(Value::bytes(take(b, n)))
}

fn buffered_peek(vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("peek", 0, 1)?;
    let (b, raw) = buf_open(vm, &args, "peek")?;
    if pending(b) == 0 {
        fill(vm, b, &raw)?;
    }
    let st = b.st.borrow();
    Ok(Value::bytes(st.rbuf[st.rpos..].to_vec()))
}

fn readline_impl(vm: &mut Vm, b: &Buffered, raw: &Value, limit: isize) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let (found, avail) = {
            let st = b.st.borrow();
            let rest = &st.rbuf[st.rpos..];
            (rest.iter().position(|&c| c == b'\n'), rest.len())
        };
        let want = match found {
            Some(i) => i + 1,
            None => avail,
        };
        let want = if limit >= 0 { want.min(limit as usize - out.len()) } else { want };
        out.extend_from_slice(&take(b, want));
        if found.is_some() && (limit < 0 || out.len() <= limit as usize) && out.ends_with(b"\n") {
            break;
        }
        if limit >= 0 && out.len() >= limit as usize {
            break;
        }
        if !fill(vm, b, raw)? {
            break;
        }
    }
    Ok(out)
}

fn buffered_readline(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("readline", 0, 1)?;
    let limit = size_arg(vm, pos.get(1))?;
    let (b, raw) = buf_open(vm, &args, "readline")?;
    Ok(Value::bytes(readline_impl(vm, b, &raw, limit)?))
}

fn buffered_next(vm: &mut Vm, args: Args) -> PyResult {
    let (b, raw) = buf_open(vm, &args, "readline")?;
    let line = readline_impl(vm, b, &raw, -1)?;
    if line.is_empty() {
        return Err(crate::error::stop_iteration());
    }
    Ok(Value::bytes(line))
}

fn readinto_impl(vm: &mut Vm, args: Args, one: bool) -> PyResult {
    let pos = args.check_method("readinto", 1, 1)?;
    let target = pos[1].clone();
    let n = vm.len(&target)?;
    let r = if one { buffered_read1(vm, Args::new(&[pos[0].clone(), Value::int(n as i64)]))? } else { buffered_read(vm, Args::new(&[pos[0].clone(), Value::int(n as i64)]))? };
    let data = crate::types::bytes::bytes_like(&r).unwrap_or_default();
    let k = data.len();
    vm.setitem(&target, &Value::slice(Value::int(0), Value::int(k as i64), Value::none()), &Value::bytes(data))?;
    Ok(Value::int(k as i64))
}

fn buffered_readinto(vm: &mut Vm, args: Args) -> PyResult {
    readinto_impl(vm, args, false)
}

fn buffered_readinto1(vm: &mut Vm, args: Args) -> PyResult {
    readinto_impl(vm, args, true)
}

fn buffered_write(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("write", 1, 1)?;
    let (b, raw) = buf(&args)?;
    let data = crate::types::bytes::bytes_like(&pos[1])
        .filter(|_| pos[1].as_str().is_none())
        .ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(&pos[1]))))?;
    if raw_closed(vm, &raw)? {
        return Err(value_error("write to closed file"));
    }
    if pending(b) > 0 {
        rewind(vm, b, &raw)?;
    }
    raw_write(vm, &raw, &data)?;
    Ok(Value::int(data.len() as i64))
}

/// Writes through a buffered object (the TextIOWrapper fast path).
pub(super) fn buffered_write_bytes(vm: &mut Vm, buffer: &Value, data: &[u8]) -> PyResult<()> {
    if let Some(b) = buffer.native::<Buffered>() {
        if let Some(raw) = b.raw.get_value().filter(|_| b.st.borrow().ok && b.st.borrow().kind != BufKind::Reader) {
            if raw_closed(vm, &raw)? {
                return Err(value_error("write to closed file"));
            }
            if pending(b) > 0 {
                rewind(vm, b, &raw)?;
            }
            return raw_write(vm, &raw, data);
        }
    }
    vm.call_method(buffer, "write", &[Value::bytes(data.to_vec())])?;
    Ok(())
}

fn buffered_truncate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("truncate", 0, 1)?;
    let (b, raw) = buf_open(vm, &args, "truncate")?;
    rewind(vm, b, &raw)?;
    let mut a = vec![];
    if let Some(p) = pos.get(1) {
        a.push(p.clone());
    }
    vm.call_method(&raw, "truncate", &a)
}

fn buffered_seek(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("seek", 1, 2)?;
    let whence = match pos.get(2) {
        Some(w) => vm.to_isize(w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return Err(value_error(format!("whence value {whence} unsupported")));
    }
    if pos[1].as_float().is_some() {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let off = vm.to_isize(&pos[1])? as i64;
    let (b, raw) = buf_open(vm, &args, "seek")?;
    let off = if whence == 1 { off - pending(b) as i64 } else { off };
    {
        let mut st = b.st.borrow_mut();
        st.rbuf.clear();
        st.rpos = 0;
    }
    Ok(Value::int(raw_seek(vm, &raw, off, whence as u32)?))
}

fn buffered_tell(vm: &mut Vm, args: Args) -> PyResult {
    let (b, raw) = buf(&args)?;
    let p = raw_seek(vm, &raw, 0, 1)? - pending(b) as i64;
    Ok(Value::int(p.max(0)))
}

fn buffered_flush(vm: &mut Vm, args: Args) -> PyResult {
    let (b, raw) = buf(&args)?;
    if raw_closed(vm, &raw)? {
        return Err(value_error(if b.st.borrow().kind == BufKind::Reader { "I/O operation on closed file." } else { "flush of closed file" }));
    }
    if b.st.borrow().kind != BufKind::Reader {
        if pending(b) > 0 {
            rewind(vm, b, &raw)?;
        }
        vm.call_method(&raw, "flush", &[])?;
    }
    Ok(Value::none())
}

fn buffered_close(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_().clone();
    let (_, raw) = buf(&args)?;
    if raw_closed(vm, &raw)? {
        return Ok(Value::none());
    }
    let flushed = vm.call_method(&me, "flush", &[]);
    let closed = vm.call_method(&raw, "close", &[]);
    let b = buf_any(&me)?;
    {
        let mut st = b.st.borrow_mut();
        st.rbuf = Vec::new();
        st.rpos = 0;
    }
    closed?;
    flushed?;
    Ok(Value::none())
}

fn buffered_detach(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_().clone();
    buf(&args)?;
    vm.call_method(&me, "flush", &[])?;
    let b = buf_any(&me)?;
    b.st.borrow_mut().ok = false;
    Ok(b.raw.take().unwrap_or_else(Value::none))
}

/// Forwards a no-argument method to the raw stream.
fn to_raw(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    let (_, raw) = buf(&args)?;
    vm.call_method(&raw, name, &[])
}

fn buffered_seekable(vm: &mut Vm, args: Args) -> PyResult {
    to_raw(vm, args, "seekable")
}

fn buffered_readable(vm: &mut Vm, args: Args) -> PyResult {
    to_raw(vm, args, "readable")
}

fn buffered_writable(vm: &mut Vm, args: Args) -> PyResult {
    to_raw(vm, args, "writable")
}

fn buffered_fileno(vm: &mut Vm, args: Args) -> PyResult {
    to_raw(vm, args, "fileno")
}

fn buffered_isatty(vm: &mut Vm, args: Args) -> PyResult {
    to_raw(vm, args, "isatty")
}

fn buffered_raw(_vm: &mut Vm, v: &Value) -> PyResult {
    let b = buf_any(v)?;
    Ok(b.raw.get_value().unwrap_or_else(Value::none))
}

fn raw_attr(vm: &mut Vm, v: &Value, name: &str) -> PyResult {
    let raw = buf_any(v)?.raw.get_value().ok_or_else(|| value_error("raw stream has been detached"))?;
    vm.getattr(&raw, &Value::intern(name))
}

fn buffered_closed(vm: &mut Vm, v: &Value) -> PyResult {
    raw_attr(vm, v, "closed")
}

fn buffered_name(vm: &mut Vm, v: &Value) -> PyResult {
    raw_attr(vm, v, "name")
}

fn buffered_mode(vm: &mut Vm, v: &Value) -> PyResult {
    raw_attr(vm, v, "mode")
}

fn buffered_repr(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let cls = me.class();
    let tname = format!("{}.{}", crate::types::typeobj::type_module(&cls).unwrap_or_default(), crate::types::typeobj::type_qualname(&cls));
    match vm.getattr(me, &Value::intern("name")) {
        Ok(n) => {
            let r = vm.repr_string(&n)?;
            Ok(Value::string(format!("<{tname} name={r}>")))
        }
        Err(e) if e.matches(ExcType::AttributeError) || e.matches(ExcType::ValueError) => Ok(Value::string(format!("<{tname}>"))),
        Err(e) => Err(e),
    }
}

/// A buffered object over `raw`, ready for use (the standard streams).
pub(super) fn new_buffered(cls: &Value, raw: Value, kind: BufKind) -> Value {
    let st = BufState { rbuf: Vec::new(), rpos: 0, size: super::DEFAULT_BUFFER_SIZE, kind, ok: true };
    alloc_instance(cls, NativeData(Box::new(Buffered { raw: Cell::new(Some(raw)), st: RefCell::new(st) })))
}

/// Whether one of the module's own buffered or raw objects is closed (None for others).
pub(super) fn native_closed(v: &Value) -> Option<bool> {
    if let Some(f) = v.native::<FileIO>() {
        return Some(f.0.borrow().fd < 0);
    }
    let b = v.native::<Buffered>()?;
    let raw = b.raw.get_value()?;
    raw.native::<FileIO>().map(|f| f.0.borrow().fd < 0)
}

/// Up to `n` bytes for a text reader: one raw read when the read buffer is empty
/// (`read1()`), natively for the module's own buffered objects.
pub(super) fn buffered_read_chunk(vm: &mut Vm, buffer: &Value, n: usize) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer.native::<Buffered>() {
        if let Some(raw) = b.raw.get_value().filter(|_| b.st.borrow().ok && b.st.borrow().kind != BufKind::Writer) {
            if raw_closed(vm, &raw)? {
                return Err(value_error("read of closed file"));
            }
            if pending(b) == 0 {
                fill(vm, b, &raw)?;
            }
            return Ok(take(b, n));
        }
    }
    let name = if vm.getattr_opt(buffer, &Value::intern("read1"))?.is_some() { "read1" } else { "read" };
    let r = vm.call_method(buffer, name, &[Value::int(n as i64)])?;
    if r.is_none() {
        return Ok(Vec::new());
    }
    crate::types::bytes::bytes_like(&r).ok_or_else(|| type_error(format!("underlying {name}() should have returned a bytes-like object, not '{}'", type_name(&r))))
}

// ---- BufferedRWPair ---------------------------------------------------------------------------

/// A reader and a writer used as one stream.
pub(super) struct RWPair {
    reader: Cell<Option<Value>>,
    writer: Cell<Option<Value>>,
}

impl NativeObject for RWPair {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        crate::object::trace_cell(&self.reader, visit);
        crate::object::trace_cell(&self.writer, visit);
    }
    fn clear(&self) {
        drop(self.reader.take());
        drop(self.writer.take());
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub(super) const RWPAIR_METHODS: &[MethodDef] = &[
    staticmethod("__new__", rwpair_new),
    method("__init__", rwpair_init),
    method("read", |vm, a| pair_call(vm, a, true, "read")),
    method("peek", |vm, a| pair_call(vm, a, true, "peek")),
    method("read1", |vm, a| pair_call(vm, a, true, "read1")),
    method("readinto", |vm, a| pair_call(vm, a, true, "readinto")),
    method("readinto1", |vm, a| pair_call(vm, a, true, "readinto1")),
    method("readable", |vm, a| pair_call(vm, a, true, "readable")),
    method("write", |vm, a| pair_call(vm, a, false, "write")),
    method("flush", |vm, a| pair_call(vm, a, false, "flush")),
    method("writable", |vm, a| pair_call(vm, a, false, "writable")),
    method("isatty", rwpair_isatty),
    method("close", rwpair_close),
];

pub(super) const RWPAIR_GETSETS: GetSets = &[("closed", rwpair_closed, None)];

fn rwpair_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.pos().first().ok_or_else(|| type_error("BufferedRWPair.__new__(): not enough arguments"))?;
    Ok(alloc_instance(cls, NativeData(Box::new(RWPair { reader: Cell::new(None), writer: Cell::new(None) }))))
}

fn rwpair_init(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("BufferedRWPair", 2, 3)?;
    let p = args.self_().native::<RWPair>().ok_or_else(|| type_error("expected BufferedRWPair"))?;
    let t = types(vm);
    let mut rest = vec![pos[1].clone()];
    if let Some(s) = pos.get(3) {
        rest.push(s.clone());
    }
    let r = vm.call(&t.buffered_reader, &rest)?;
    rest[0] = pos[2].clone();
    let w = vm.call(&t.buffered_writer, &rest)?;
    p.reader.set(Some(r));
    p.writer.set(Some(w));
    Ok(Value::none())
}

fn pair_part(args: &Args, reader: bool) -> PyResult<Value> {
    let p = args.self_().native::<RWPair>().ok_or_else(|| type_error("expected BufferedRWPair"))?;
    let v = if reader { p.reader.get_value() } else { p.writer.get_value() };
    v.ok_or_else(|| value_error("I/O operation on uninitialized object"))
}

fn pair_call(vm: &mut Vm, args: Args, reader: bool, name: &str) -> PyResult {
    let target = pair_part(&args, reader)?;
    let f = vm.getattr(&target, &Value::intern(name))?;
    vm.call_args(&f, args.rest())
}

fn rwpair_isatty(vm: &mut Vm, args: Args) -> PyResult {
    let w = pair_part(&args, false)?;
    let r = vm.call_method(&w, "isatty", &[])?;
    if vm.truthy(&r)? {
        return Ok(r);
    }
    let rd = pair_part(&args, true)?;
    vm.call_method(&rd, "isatty", &[])
}

fn rwpair_close(vm: &mut Vm, args: Args) -> PyResult {
    let w = pair_part(&args, false)?;
    let rd = pair_part(&args, true)?;
    let a = vm.call_method(&w, "close", &[]);
    let b = vm.call_method(&rd, "close", &[]);
    a?;
    b
}

fn rwpair_closed(vm: &mut Vm, v: &Value) -> PyResult {
    let p = v.native::<RWPair>().ok_or_else(|| type_error("expected BufferedRWPair"))?;
    let w = p.writer.get_value().ok_or_else(closed_error)?;
    vm.getattr(&w, &Value::intern("closed"))
}
