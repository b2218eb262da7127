//! `StringIO` and `BytesIO`: in-memory streams.

use super::{newline_arg, size_arg, GetSets};
use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::native::{NativeData, NativeObject};
use crate::types::typeobj::{alloc_instance, type_name};
use crate::value::Value;
use crate::vm::Vm;
use std::any::Any;
use std::cell::RefCell;

// ---- StringIO ---------------------------------------------------------------------------------

/// The text (UTF-8) with the position as a char index and its byte offset.
struct StringState {
    buf: String,
    /// Chars in `buf`.
    len: usize,
    /// Position in chars (may be past the end).
    pos: usize,
    /// Byte offset of `pos` (`buf.len()` when past the end).
    bpos: usize,
    closed: bool,
    /// newline=None or '': lines end at \r, \n or \r\n; a decoder records what was seen.
    universal: bool,
    /// newline=None: \r\n and \r are stored as \n.
    translate: bool,
    /// The newline lines end at (when not universal), and what \n is written as.
    readnl: Option<String>,
    writenl: Option<String>,
    /// Newline kinds seen (bit 1 \r, 2 \n, 4 \r\n) when universal.
    seennl: u8,
}

impl StringState {
    fn new() -> StringState {
        StringState { buf: String::new(), len: 0, pos: 0, bpos: 0, closed: false, universal: false, translate: false, readnl: Some("\n".into()), writenl: None, seennl: 0 }
    }

    fn set_pos(&mut self, pos: usize) {
        self.pos = pos;
        self.bpos = if pos >= self.len { self.buf.len() } else { self.buf.char_indices().nth(pos).map(|(b, _)| b).unwrap_or(self.buf.len()) };
    }

    /// Writes `s` at the position (padding with NULs past the end); returns nothing.
    fn write_at(&mut self, s: &str) {
        let n = s.chars().count();
        if self.pos > self.len {
            let pad = self.pos - self.len;
            self.buf.extend(std::iter::repeat('\0').take(pad));
            self.len = self.pos;
            self.bpos = self.buf.len();
        }
        if self.bpos == self.buf.len() {
            self.buf.push_str(s);
            self.len += n;
        } else {
            // Overwrite up to n chars.
            let rest = &self.buf[self.bpos..];
            let end = rest.char_indices().nth(n).map(|(b, _)| self.bpos + b).unwrap_or(self.buf.len());
            let replaced = self.buf[self.bpos..end].chars().count();
            self.buf.replace_range(self.bpos..end, s);
            self.len = self.len - replaced + n;
        }
        self.pos += n;
        self.bpos += s.len();
    }

    /// Takes up to `n` chars (all when negative) from the position.
    fn read(&mut self, n: isize) -> String {
        if self.pos >= self.len {
            return String::new();
        }
        let rest = &self.buf[self.bpos..];
        let (bytes, chars) = if n < 0 {
            (rest.len(), self.len - self.pos)
        } else {
            match rest.char_indices().nth(n as usize) {
                Some((b, _)) => (b, n as usize),
                None => (rest.len(), self.len - self.pos),
            }
        };
        let out = rest[..bytes].to_owned();
        self.pos += chars;
        self.bpos += bytes;
        out
    }

    /// The next line (up to `limit` chars when non-negative).
    fn readline(&mut self, limit: isize) -> String {
        if self.pos >= self.len {
            return String::new();
        }
        let rest = &self.buf[self.bpos..];
        let end = find_line_end(rest, self.translate, self.universal, self.readnl.as_deref(), true).unwrap_or(rest.len());
        let mut line = &rest[..end];
        if limit >= 0 {
            if let Some((b, _)) = line.char_indices().nth(limit as usize) {
                line = &line[..b];
            }
        }
        let line = line.to_owned();
        self.pos += line.chars().count();
        self.bpos += line.len();
        line
    }
}

/// The byte offset just past the first line ending in `s`, as CPython's
/// `_PyIO_find_line_ending`. With `at_eof` false a trailing \r in universal mode is not yet
/// a line end (a \n may follow).
pub(super) fn find_line_end(s: &str, translated: bool, universal: bool, readnl: Option<&str>, at_eof: bool) -> Option<usize> {
    if translated {
        return s.find('\n').map(|i| i + 1);
    }
    if universal {
        let b = s.as_bytes();
        let i = b.iter().position(|&c| c == b'\n' || c == b'\r')?;
        if b[i] == b'\n' {
            return Some(i + 1);
        }
        return match b.get(i + 1) {
            Some(b'\n') => Some(i + 2),
            Some(_) => Some(i + 1),
            None if at_eof => Some(i + 1),
            None => None,
        };
    }
    let nl = readnl.unwrap_or("\n");
    s.find(nl).map(|i| i + nl.len())
}

/// Translates universal newlines to \n (when `translate`) and records the kinds seen.
pub(super) fn translate_newlines(s: &str, translate: bool, seen: &mut u8) -> Option<String> {
    let b = s.as_bytes();
    if !b.iter().any(|&c| c == b'\r') {
        if b.contains(&b'\n') {
            *seen |= 2;
        }
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {
                chars.next();
                *seen |= 4;
                out.push_str(if translate { "\n" } else { "\r\n" });
            }
            '\r' => {
                *seen |= 1;
                out.push(if translate { '\n' } else { '\r' });
            }
            '\n' => {
                *seen |= 2;
                out.push('\n');
            }
            c => out.push(c),
        }
    }
    Some(out)
}

/// The `newlines` attribute for the kinds seen.
pub(super) fn newlines_value(seen: u8) -> Value {
    let kinds: Vec<&str> = [(1u8, "\r"), (2, "\n"), (4, "\r\n")].iter().filter(|(bit, _)| seen & bit != 0).map(|(_, s)| *s).collect();
    match kinds.len() {
        0 => Value::none(),
        1 => Value::str(kinds[0]),
        _ => Value::tuple(kinds.into_iter().map(Value::str).collect()),
    }
}

pub(super) struct StringIO(RefCell<StringState>);

impl NativeObject for StringIO {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub(super) const STRINGIO_METHODS: &[MethodDef] = &[
    staticmethod("__new__", stringio_new),
    method("__init__", stringio_init),
    method("getvalue", stringio_getvalue),
    method("read", stringio_read),
    method("readline", stringio_readline),
    method("write", stringio_write),
    method("seek", stringio_seek),
    method("tell", stringio_tell),
    method("truncate", stringio_truncate),
    method("readable", stringio_true),
    method("writable", stringio_true),
    method("seekable", stringio_true),
    method("close", stringio_close),
    method("__next__", stringio_next),
    method("__getstate__", stringio_getstate),
    method("__setstate__", stringio_setstate),
];

pub(super) const STRINGIO_GETSETS: GetSets = &[("closed", stringio_closed, None), ("line_buffering", stringio_line_buffering, None), ("newlines", stringio_newlines, None)];

/// The state of an open StringIO (ValueError when closed).
fn sio<'a>(args: &Args<'a>) -> PyResult<&'a RefCell<StringState>> {
    let s = sio_any(args.self_())?;
    if s.borrow().closed {
        return Err(value_error("I/O operation on closed file"));
    }
    Ok(s)
}

fn sio_any(v: &Value) -> PyResult<&RefCell<StringState>> {
    v.native::<StringIO>().map(|s| &s.0).ok_or_else(|| type_error(format!("descriptor requires a '_io.StringIO' object but received a '{}'", type_name(v))))
}

fn stringio_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.pos().first().ok_or_else(|| type_error("StringIO.__new__(): not enough arguments"))?;
    Ok(alloc_instance(cls, NativeData(Box::new(StringIO(RefCell::new(StringState::new()))))))
}

fn stringio_init(_vm: &mut Vm, args: Args) -> PyResult {
    let [value, newline] = args.rest().bind("StringIO", ["initial_value", "newline"], 0, 0)?;
    let newline = newline_arg(newline.as_ref(), Some("\n"))?;
    let value = value.filter(|v| !v.is_none());
    if let Some(v) = &value {
        if v.as_str().is_none() {
            return Err(type_error(format!("initial_value must be str or None, not {}", type_name(v))));
        }
    }
    let s = sio_any(args.self_())?;
    {
        let mut st = s.borrow_mut();
        *st = StringState::new();
        st.universal = newline.as_deref().map(|n| n.is_empty()).unwrap_or(true);
        st.translate = newline.is_none();
        st.writenl = newline.clone().filter(|n| n.starts_with('\r'));
        st.readnl = newline;
    }
    if let Some(v) = value {
        write_str(s, v.as_str().unwrap_or(""));
        s.borrow_mut().set_pos(0);
    }
    Ok(Value::none())
}

/// Stores text as StringIO.write does: newline translation, then at the position.
fn write_str(s: &RefCell<StringState>, text: &str) {
    let mut st = s.borrow_mut();
    let mut owned: Option<String> = None;
    if st.universal {
        let (translate, mut seen) = (st.translate, st.seennl);
        owned = translate_newlines(text, translate, &mut seen);
        st.seennl = seen;
    }
    if let Some(nl) = st.writenl.clone() {
        let t = owned.as_deref().unwrap_or(text);
        if t.contains('\n') {
            owned = Some(t.replace('\n', &nl));
        }
    }
    st.write_at(owned.as_deref().unwrap_or(text));
}

fn stringio_getvalue(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::str(&sio(&args)?.borrow().buf))
}

fn stringio_read(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("read", 0, 1)?;
    let s = sio(&args)?;
    let n = size_arg(vm, pos.get(1))?;
    let out = s.borrow_mut().read(n);
    Ok(Value::string(out))
}

fn stringio_readline(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("readline", 0, 1)?;
    let s = sio(&args)?;
    let n = size_arg(vm, pos.get(1))?;
    let out = s.borrow_mut().readline(n);
    Ok(Value::string(out))
}

fn stringio_next(_vm: &mut Vm, args: Args) -> PyResult {
    let s = sio(&args)?;
    let line = s.borrow_mut().readline(-1);
    if line.is_empty() {
        return Err(crate::error::stop_iteration());
    }
    Ok(Value::string(line))
}

fn stringio_write(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("write", 1, 1)?;
    let text = pos[1].as_str().ok_or_else(|| type_error(format!("string argument expected, got '{}'", type_name(&pos[1]))))?;
    let s = sio(&args)?;
    write_str(s, text);
    Ok(Value::int(text.chars().count() as i64))
}

fn stringio_seek(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("seek", 1, 2)?;
    let s = sio(&args)?;
    let off = vm.to_isize(&pos[1])?;
    let whence = match pos.get(2) {
        Some(w) => vm.to_isize(w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return Err(value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if off < 0 && whence == 0 {
        return Err(value_error(format!("Negative seek position {off}")));
    }
    if whence != 0 && off != 0 {
        return Err(PyErr::new(ExcType::OSError, "Can't do nonzero cur-relative seeks"));
    }
    let mut st = s.borrow_mut();
    let to = match whence {
        0 => off as usize,
        1 => st.pos,
        _ => st.len,
    };
    st.set_pos(to);
    Ok(Value::int(to as i64))
}

fn stringio_tell(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(sio(&args)?.borrow().pos as i64))
}

fn stringio_truncate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("truncate", 0, 1)?;
    let s = sio(&args)?;
    let size = match pos.get(1) {
        Some(v) if !v.is_none() => {
            let n = size_arg(vm, Some(v))?;
            if n < 0 {
                return Err(value_error(format!("Negative size value {n}")));
            }
            n as usize
        }
        _ => s.borrow().pos,
    };
    let mut st = s.borrow_mut();
    if size < st.len {
        let b = st.buf.char_indices().nth(size).map(|(b, _)| b).unwrap_or(st.buf.len());
        st.buf.truncate(b);
        st.len = size;
        let p = st.pos;
        st.set_pos(p);
    }
    Ok(Value::int(size as i64))
}

fn stringio_true(_vm: &mut Vm, args: Args) -> PyResult {
    sio(&args)?;
    Ok(Value::bool(true))
}

fn stringio_close(_vm: &mut Vm, args: Args) -> PyResult {
    let s = sio_any(args.self_())?;
    let mut st = s.borrow_mut();
    st.closed = true;
    st.buf = String::new();
    Ok(Value::none())
}

fn stringio_closed(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(sio_any(v)?.borrow().closed))
}

fn stringio_line_buffering(_vm: &mut Vm, v: &Value) -> PyResult {
    if sio_any(v)?.borrow().closed {
        return Err(value_error("I/O operation on closed file"));
    }
    Ok(Value::bool(false))
}

fn stringio_newlines(_vm: &mut Vm, v: &Value) -> PyResult {
    let st = sio_any(v)?.borrow();
    if st.closed {
        return Err(value_error("I/O operation on closed file"));
    }
    Ok(if st.universal { newlines_value(st.seennl) } else { Value::none() })
}

fn stringio_getstate(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let s = sio(&args)?;
    let (value, nl, pos) = {
        let st = s.borrow();
        let nl = match (&st.readnl, st.translate) {
            (_, true) => Value::none(),
            (Some(n), _) => Value::str(n),
            (None, _) => Value::none(),
        };
        (Value::str(&st.buf), nl, st.pos)
    };
    let dict = match vm.instance_dict(me) {
        Some(d) => vm.call_method(&d, "copy", &[])?,
        None => Value::none(),
    };
    Ok(Value::tuple(vec![value, nl, Value::int(pos as i64), dict]))
}

fn stringio_setstate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__setstate__", 1, 1)?;
    let state = pos[1].as_tuple().filter(|t| t.len() >= 4).map(|t| t.to_vec()).ok_or_else(|| type_error("__setstate__ argument should be 4-tuple"))?;
    let me = args.self_();
    stringio_init(vm, Args::new(&[me.clone(), Value::none(), state[1].clone()]))?;
    let s = sio(&args)?;
    {
        let mut st = s.borrow_mut();
        st.buf = state[0].as_str().unwrap_or("").to_owned();
        st.len = st.buf.chars().count();
    }
    let p = vm.to_isize(&state[2])?;
    if p < 0 {
        return Err(value_error("position value cannot be negative"));
    }
    s.borrow_mut().set_pos(p as usize);
    if !state[3].is_none() {
        if let Some(d) = vm.instance_dict_create(me) {
            crate::types::dict::update_from(vm, &d, &state[3])?;
        }
    }
    Ok(Value::none())
}

// ---- BytesIO ----------------------------------------------------------------------------------

struct BytesState {
    buf: Vec<u8>,
    pos: usize,
    closed: bool,
}

pub(super) struct BytesIO(RefCell<BytesState>);

impl NativeObject for BytesIO {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub(super) const BYTESIO_METHODS: &[MethodDef] = &[
    staticmethod("__new__", bytesio_new),
    method("__init__", bytesio_init),
    method("getvalue", bytesio_getvalue),
    method("getbuffer", bytesio_getbuffer),
    method("read", bytesio_read),
    method("read1", bytesio_read),
    method("readline", bytesio_readline),
    method("readinto", bytesio_readinto),
    method("readinto1", bytesio_readinto),
    method("write", bytesio_write),
    method("seek", bytesio_seek),
    method("tell", bytesio_tell),
    method("truncate", bytesio_truncate),
    method("readable", bytesio_true),
    method("writable", bytesio_true),
    method("seekable", bytesio_true),
    method("isatty", bytesio_false),
    method("flush", bytesio_flush),
    method("close", bytesio_close),
    method("__next__", bytesio_next),
    method("__getstate__", bytesio_getstate),
    method("__setstate__", bytesio_setstate),
];

pub(super) const BYTESIO_GETSETS: GetSets = &[("closed", bytesio_closed, None)];

fn bio<'a>(args: &Args<'a>) -> PyResult<&'a RefCell<BytesState>> {
    let b = bio_any(args.self_())?;
    if b.borrow().closed {
        return Err(super::closed_error());
    }
    Ok(b)
}

fn bio_any(v: &Value) -> PyResult<&RefCell<BytesState>> {
    v.native::<BytesIO>().map(|s| &s.0).ok_or_else(|| type_error(format!("descriptor requires a '_io.BytesIO' object but received a '{}'", type_name(v))))
}

fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    if v.as_str().is_some() || crate::types::bytes::bytes_like(v).is_none() {
        return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(v))));
    }
    Ok(crate::types::bytes::bytes_like(v).unwrap_or_default())
}

fn bytesio_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.pos().first().ok_or_else(|| type_error("BytesIO.__new__(): not enough arguments"))?;
    Ok(alloc_instance(cls, NativeData(Box::new(BytesIO(RefCell::new(BytesState { buf: Vec::new(), pos: 0, closed: false }))))))
}

fn bytesio_init(_vm: &mut Vm, args: Args) -> PyResult {
    let [init] = args.rest().bind("BytesIO", ["initial_bytes"], 0, 0)?;
    let data = match init.filter(|v| !v.is_none()) {
        Some(v) => bytes_arg(&v)?,
        None => Vec::new(),
    };
    let b = bio_any(args.self_())?;
    *b.borrow_mut() = BytesState { buf: data, pos: 0, closed: false };
    Ok(Value::none())
}

fn bytesio_getvalue(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bytes(bio(&args)?.borrow().buf.clone()))
}

/// A view of the contents. It is a copy: writes through it do not reach the BytesIO.
fn bytesio_getbuffer(vm: &mut Vm, args: Args) -> PyResult {
    let data = bio(&args)?.borrow().buf.clone();
    let mv = vm.builtin("memoryview")?;
    vm.call(&mv, &[Value::bytearray(data)])
}

fn take(st: &mut BytesState, n: isize) -> Vec<u8> {
    let avail = st.buf.len().saturating_sub(st.pos);
    let n = if n < 0 { avail } else { (n as usize).min(avail) };
    let out = st.buf[st.pos.min(st.buf.len())..][..n].to_vec();
    st.pos += n;
    out
}

fn bytesio_read(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("read", 0, 1)?;
    let b = bio(&args)?;
    let n = size_arg(vm, pos.get(1))?;
    let out = take(&mut b.borrow_mut(), n);
    Ok(Value::bytes(out))
}

fn readline_bytes(st: &mut BytesState, limit: isize) -> Vec<u8> {
    let start = st.pos.min(st.buf.len());
    let rest = &st.buf[start..];
    let mut n = rest.iter().position(|&c| c == b'\n').map(|i| i + 1).unwrap_or(rest.len());
    if limit >= 0 {
        n = n.min(limit as usize);
    }
    take(st, n as isize)
}

fn bytesio_readline(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("readline", 0, 1)?;
    let b = bio(&args)?;
    let n = size_arg(vm, pos.get(1))?;
    let out = readline_bytes(&mut b.borrow_mut(), n);
    Ok(Value::bytes(out))
}

fn bytesio_next(_vm: &mut Vm, args: Args) -> PyResult {
    let b = bio(&args)?;
    let line = readline_bytes(&mut b.borrow_mut(), -1);
    if line.is_empty() {
        return Err(crate::error::stop_iteration());
    }
    Ok(Value::bytes(line))
}

fn bytesio_readinto(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("readinto", 1, 1)?;
    let b = bio(&args)?;
    let n = vm.len(&pos[1])?;
    let data = take(&mut b.borrow_mut(), n as isize);
    let k = data.len();
    vm.setitem(&pos[1], &Value::slice(Value::int(0), Value::int(k as i64), Value::none()), &Value::bytes(data))?;
    Ok(Value::int(k as i64))
}

fn bytesio_write(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("write", 1, 1)?;
    let b = bio(&args)?;
    let data = bytes_arg(&pos[1])?;
    let mut st = b.borrow_mut();
    let p = st.pos;
    if p > st.buf.len() {
        st.buf.resize(p, 0);
    }
    let end = (p + data.len()).min(st.buf.len());
    st.buf.splice(p..end, data.iter().copied());
    st.pos = p + data.len();
    Ok(Value::int(data.len() as i64))
}

fn bytesio_seek(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("seek", 1, 2)?;
    let b = bio(&args)?;
    let off = vm.to_isize(&pos[1])?;
    let whence = match pos.get(2) {
        Some(w) => vm.to_isize(w)?,
        None => 0,
    };
    let mut st = b.borrow_mut();
    let to = match whence {
        0 if off < 0 => return Err(value_error(format!("negative seek value {off}"))),
        0 => off,
        1 => (st.pos as isize).saturating_add(off).max(0),
        2 => (st.buf.len() as isize).saturating_add(off).max(0),
        _ => return Err(value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    st.pos = to as usize;
    Ok(Value::int(to as i64))
}

fn bytesio_tell(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(bio(&args)?.borrow().pos as i64))
}

fn bytesio_truncate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("truncate", 0, 1)?;
    let b = bio(&args)?;
    let size = match pos.get(1) {
        Some(v) if !v.is_none() => {
            let n = size_arg(vm, Some(v))?;
            if n < 0 {
                return Err(value_error(format!("negative size value {n}")));
            }
            n as usize
        }
        _ => b.borrow().pos,
    };
    let mut st = b.borrow_mut();
    if size < st.buf.len() {
        st.buf.truncate(size);
    }
    Ok(Value::int(size as i64))
}

fn bytesio_true(_vm: &mut Vm, args: Args) -> PyResult {
    bio(&args)?;
    Ok(Value::bool(true))
}

fn bytesio_false(_vm: &mut Vm, args: Args) -> PyResult {
    bio(&args)?;
    Ok(Value::bool(false))
}

fn bytesio_flush(_vm: &mut Vm, args: Args) -> PyResult {
    bio(&args)?;
    Ok(Value::none())
}

fn bytesio_close(_vm: &mut Vm, args: Args) -> PyResult {
    let b = bio_any(args.self_())?;
    let mut st = b.borrow_mut();
    st.closed = true;
    st.buf = Vec::new();
    Ok(Value::none())
}

fn bytesio_closed(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(bio_any(v)?.borrow().closed))
}

fn bytesio_getstate(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let (data, pos) = {
        let st = bio(&args)?.borrow();
        (st.buf.clone(), st.pos)
    };
    let dict = match vm.instance_dict(me) {
        Some(d) => vm.call_method(&d, "copy", &[])?,
        None => Value::none(),
    };
    Ok(Value::tuple(vec![Value::bytes(data), Value::int(pos as i64), dict]))
}

fn bytesio_setstate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__setstate__", 1, 1)?;
    let state = pos[1].as_tuple().filter(|t| t.len() >= 3).map(|t| t.to_vec()).ok_or_else(|| type_error("__setstate__ argument should be 3-tuple"))?;
    let data = bytes_arg(&state[0])?;
    let p = vm.to_isize(&state[1])?;
    if p < 0 {
        return Err(value_error("position value cannot be negative"));
    }
    let b = bio_any(args.self_())?;
    *b.borrow_mut() = BytesState { buf: data, pos: p as usize, closed: false };
    if !state[2].is_none() {
        if let Some(d) = vm.instance_dict_create(args.self_()) {
            crate::types::dict::update_from(vm, &d, &state[2])?;
        }
    }
    Ok(Value::none())
}
