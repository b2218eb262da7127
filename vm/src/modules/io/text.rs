//! `TextIOWrapper` (text over a buffered binary stream, and the standard streams) and
//! `IncrementalNewlineDecoder`.
//!
//! Reading keeps a decoded but untranslated chunk: newline translation happens as text is
//! consumed, so `tell()` is the buffer position minus the bytes of what is left (exact for
//! the codecs pygmy implements).

use super::file::{buffered_read_chunk, buffered_write_bytes, std_fileio, BufKind};
use super::memory::{find_line_end, newlines_value, translate_newlines};
use super::{closed_error, newline_arg, size_arg, types, unsupported, GetSets};
use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::object::CellValue;
use crate::strings::codecs::Codec;
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::native::{NativeData, NativeObject};
use crate::types::typeobj::{alloc_instance, type_name};
use crate::value::Value;
use crate::vm::Vm;
use std::any::Any;
use std::cell::{Cell, RefCell};

const BOM_UTF8: &[u8] = b"\xef\xbb\xbf";

/// How text is encoded: natively for UTF-8 and Latin-1, otherwise through `bytes.decode`/
/// `str.encode` with the codec's name (decoding whole streams at once).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Enc {
    Utf8,
    Utf8Sig,
    Latin1,
    Ascii,
    Other,
}

struct TextState {
    ok: bool,
    encoding: String,
    enc: Enc,
    errors: String,
    universal: bool,
    translate: bool,
    readnl: Option<String>,
    writetranslate: bool,
    writenl: String,
    line_buffering: bool,
    write_through: bool,
    readable: bool,
    writable: bool,
    chunk_size: usize,
    /// Decoded, untranslated text and the byte offset consumed so far.
    chunk: String,
    cpos: usize,
    /// Bytes of `chunk` whose newlines were recorded in `seennl`.
    scanned: usize,
    /// Undecoded bytes after `chunk` (an incomplete character).
    pending: Vec<u8>,
    eof: bool,
    seennl: u8,
    /// A BOM was read or written (UTF-8-sig, UTF-16/32): later writes omit it.
    bom_done: bool,
    /// `tell()` is disabled while iterating with next(), as in CPython.
    telling: bool,
    /// 0, 1 or 2 for the standard streams (fast paths straight to the host).
    std_fd: Option<i32>,
}

impl TextState {
    fn new() -> TextState {
        TextState {
            ok: false,
            encoding: "UTF-8".into(),
            enc: Enc::Utf8,
            errors: "strict".into(),
            universal: true,
            translate: true,
            readnl: None,
            writetranslate: true,
            writenl: "\n".into(),
            line_buffering: false,
            write_through: false,
            readable: false,
            writable: false,
            chunk_size: 8192,
            chunk: String::new(),
            cpos: 0,
            scanned: 0,
            pending: Vec::new(),
            eof: false,
            seennl: 0,
            bom_done: false,
            telling: true,
            std_fd: None,
        }
    }

    fn reset_read(&mut self) {
        self.chunk.clear();
        self.cpos = 0;
        self.scanned = 0;
        self.pending.clear();
        self.eof = false;
    }

    fn set_newline(&mut self, newline: Option<String>) {
        self.universal = newline.as_deref().map(|n| n.is_empty()).unwrap_or(true);
        self.translate = newline.is_none();
        self.writetranslate = newline.as_deref() != Some("");
        self.writenl = match newline.as_deref() {
            None | Some("") => "\n".into(),
            Some(n) => n.into(),
        };
        self.readnl = newline;
    }

    /// Records the newline kinds of newly decoded text (holding back a trailing \r that may
    /// start a \r\n).
    fn scan_newlines(&mut self) {
        if !self.universal {
            self.scanned = self.chunk.len();
            return;
        }
        let mut end = self.chunk.len();
        if !self.eof && self.chunk.ends_with('\r') {
            end -= 1;
        }
        if end > self.scanned {
            let mut seen = self.seennl;
            translate_newlines(&self.chunk[self.scanned..end], false, &mut seen);
            self.seennl = seen;
            self.scanned = end;
        }
    }

    /// Encoded size of `s` in this encoding (for tell()).
    fn encoded_len(&self, s: &str) -> usize {
        match self.enc {
            Enc::Utf8 | Enc::Utf8Sig | Enc::Other => s.len(),
            Enc::Latin1 | Enc::Ascii => s.chars().count(),
        }
    }
}

pub(super) struct TextIOWrapper {
    buffer: Cell<Option<Value>>,
    st: RefCell<TextState>,
}

impl NativeObject for TextIOWrapper {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        crate::object::trace_cell(&self.buffer, visit)
    }
    fn clear(&self) {
        drop(self.buffer.take())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub(super) const TEXTIOWRAPPER_METHODS: &[MethodDef] = &[
    staticmethod("__new__", text_new),
    method("__init__", text_init),
    method("read", text_read),
    method("readline", text_readline),
    method("write", text_write),
    method("flush", text_flush),
    method("close", text_close),
    method("seek", text_seek),
    method("tell", text_tell),
    method("truncate", text_truncate),
    method("detach", text_detach),
    method("fileno", |vm, a| to_buffer(vm, a, "fileno")),
    method("isatty", |vm, a| to_buffer(vm, a, "isatty")),
    method("readable", |vm, a| to_buffer(vm, a, "readable")),
    method("writable", |vm, a| to_buffer(vm, a, "writable")),
    method("seekable", |vm, a| to_buffer(vm, a, "seekable")),
    method("reconfigure", text_reconfigure),
    method("__next__", text_next),
    method("__repr__", text_repr),
    method("__getstate__", text_getstate),
];

pub(super) const TEXTIOWRAPPER_GETSETS: GetSets = &[
    ("encoding", text_encoding, None),
    ("errors", text_errors, None),
    ("newlines", text_newlines, None),
    ("buffer", text_buffer, None),
    ("line_buffering", text_line_buffering, None),
    ("write_through", text_write_through, None),
    ("closed", text_closed, None),
    ("name", text_name, None),
    ("_CHUNK_SIZE", text_chunk_size, Some(text_set_chunk_size)),
];

fn tw_any(v: &Value) -> PyResult<&TextIOWrapper> {
    v.native::<TextIOWrapper>().ok_or_else(|| type_error(format!("descriptor requires a '_io.TextIOWrapper' object but received a '{}'", type_name(v))))
}

/// The wrapper and its buffer (ValueError when detached or uninitialized).
fn tw<'a>(args: &Args<'a>) -> PyResult<(&'a TextIOWrapper, Value)> {
    tw_value(args.self_())
}

fn tw_value(v: &Value) -> PyResult<(&TextIOWrapper, Value)> {
    let t = tw_any(v)?;
    if !t.st.borrow().ok {
        return Err(value_error(if t.st.borrow().encoding.is_empty() { "underlying buffer has been detached" } else { "I/O operation on uninitialized object" }));
    }
    let b = t.buffer.get_value().ok_or_else(|| value_error("underlying buffer has been detached"))?;
    Ok((t, b))
}

/// Whether the buffer is closed (natively for the module's own buffered objects).
fn buffer_closed(vm: &mut Vm, buffer: &Value) -> PyResult<bool> {
    if let Some(c) = super::file::native_closed(buffer) {
        return Ok(c);
    }
    super::is_closed(vm, buffer)
}

/// `tw` plus ValueError when closed.
fn tw_open<'a>(vm: &mut Vm, args: &Args<'a>) -> PyResult<(&'a TextIOWrapper, Value)> {
    let (t, b) = tw(args)?;
    if buffer_closed(vm, &b)? {
        return Err(closed_error());
    }
    Ok((t, b))
}

fn text_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.pos().first().ok_or_else(|| type_error("TextIOWrapper.__new__(): not enough arguments"))?;
    Ok(alloc_instance(cls, NativeData(Box::new(TextIOWrapper { buffer: Cell::new(None), st: RefCell::new(TextState::new()) }))))
}

/// The encoding name for `None`/"locale" (the C.UTF-8 locale's) and its kind.
fn resolve_encoding(name: Option<&str>) -> PyResult<(String, Enc)> {
    let name = match name {
        None | Some("locale") => "UTF-8",
        Some(n) => n,
    };
    let enc = match Codec::lookup(name) {
        Some(Codec::Utf8) => Enc::Utf8,
        Some(Codec::Utf8Sig) => Enc::Utf8Sig,
        Some(Codec::Latin1) => Enc::Latin1,
        Some(Codec::Ascii) => Enc::Ascii,
        Some(_) => Enc::Other,
        None => return Err(PyErr::new(ExcType::LookupError, format!("unknown encoding: {name}"))),
    };
    Ok((name.to_owned(), enc))
}

fn opt_str(v: &Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => v.as_str().map(|s| Some(s.to_owned())).ok_or_else(|| type_error(format!("TextIOWrapper() argument '{what}' must be str or None, not {}", type_name(v)))),
    }
}

fn text_init(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let [buffer, encoding, errors, newline, line_buffering, write_through] =
        args.rest().bind("TextIOWrapper", ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], 1, 0)?;
    let buffer = buffer.unwrap_or_else(Value::none);
    let (encoding, enc) = resolve_encoding(opt_str(&encoding, "encoding")?.as_deref())?;
    let errors = opt_str(&errors, "errors")?.unwrap_or_else(|| "strict".into());
    let newline = newline_arg(newline.as_ref(), None)?;
    let line_buffering = match line_buffering {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let write_through = match write_through {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let r = vm.call_method(&buffer, "readable", &[])?;
    let readable = vm.truthy(&r)?;
    let w = vm.call_method(&buffer, "writable", &[])?;
    let writable = vm.truthy(&w)?;
    let t = tw_any(me)?;
    t.buffer.set(Some(buffer));
    let mut st = t.st.borrow_mut();
    *st = TextState::new();
    st.encoding = encoding;
    st.enc = enc;
    st.errors = errors;
    st.set_newline(newline);
    st.line_buffering = line_buffering;
    st.write_through = write_through;
    st.readable = readable;
    st.writable = writable;
    st.ok = true;
    Ok(Value::none())
}

/// A standard stream (`sys.stdin`/`stdout`/`stderr`): UTF-8, strict (stderr:
/// backslashreplace), stderr line-buffered, stdout when it is a terminal.
pub(super) fn new_std_stream(vm: &mut Vm, fd: i32) -> PyResult {
    let t = types(vm);
    let raw = std_fileio(vm, fd)?;
    let bcls = if fd == 0 { &t.buffered_reader } else { &t.buffered_writer };
    let buffer = super::file::new_buffered(bcls, raw, if fd == 0 { BufKind::Reader } else { BufKind::Writer });
    let w = alloc_instance(&t.text_wrapper, NativeData(Box::new(TextIOWrapper { buffer: Cell::new(Some(buffer)), st: RefCell::new(TextState::new()) })));
    let tty = vm.host.isatty(fd);
    if let Some(tw) = w.native::<TextIOWrapper>() {
        let mut st = tw.st.borrow_mut();
        st.ok = true;
        st.encoding = "utf-8".into();
        st.errors = if fd == 2 { "backslashreplace" } else { "strict" }.into();
        st.line_buffering = fd == 2 || (fd == 1 && tty);
        st.readable = fd == 0;
        st.writable = fd != 0;
        st.std_fd = Some(fd);
    }
    vm.setattr(&w, &Value::intern("mode"), &Value::str(if fd == 0 { "r" } else { "w" }))?;
    Ok(w)
}

/// The host fd of an open standard output stream (the `print` fast path).
pub fn std_stream_fd(v: &Value) -> Option<u32> {
    let t = v.native::<TextIOWrapper>()?;
    let fd = t.st.try_borrow().ok()?.std_fd?;
    if fd == 0 {
        return None;
    }
    let b = t.buffer.get_value()?;
    if super::file::native_closed(&b) != Some(false) {
        return None;
    }
    Some(fd as u32)
}

// ---- decoding and reading ---------------------------------------------------------------------

/// Decodes `data` (after the pending bytes), keeping an incomplete trailing character pending
/// unless `last`.
fn decode_into(vm: &mut Vm, t: &TextIOWrapper, data: &[u8], last: bool) -> PyResult<()> {
    let (enc, errors, mut bytes, bom_done, name) = {
        let mut st = t.st.borrow_mut();
        let mut b = std::mem::take(&mut st.pending);
        b.extend_from_slice(data);
        (st.enc, st.errors.clone(), b, st.bom_done, st.encoding.clone())
    };
    if enc == Enc::Utf8Sig && !bom_done {
        if !last && bytes.len() < 3 && BOM_UTF8.starts_with(&bytes) {
            t.st.borrow_mut().pending = bytes;
            return Ok(());
        }
        if bytes.starts_with(BOM_UTF8) {
            bytes.drain(..3);
        }
        t.st.borrow_mut().bom_done = true;
    }
    let text: String = match enc {
        Enc::Utf8 | Enc::Utf8Sig => {
            let mut keep = 0;
            if !last {
                if let Err(e) = std::str::from_utf8(&bytes) {
                    if e.error_len().is_none() {
                        keep = bytes.len() - e.valid_up_to();
                    }
                }
            }
            let body = &bytes[..bytes.len() - keep];
            let s = match std::str::from_utf8(body) {
                Ok(s) => s.to_owned(),
                Err(_) => crate::types::bytes::decode(vm, body, "utf-8", &errors)?.as_str().unwrap_or("").to_owned(),
            };
            t.st.borrow_mut().pending = bytes[bytes.len() - keep..].to_vec();
            s
        }
        Enc::Latin1 => bytes.iter().map(|&b| b as char).collect(),
        Enc::Ascii => crate::types::bytes::decode(vm, &bytes, "ascii", &errors)?.as_str().unwrap_or("").to_owned(),
        Enc::Other => {
            if !last {
                t.st.borrow_mut().pending = bytes;
                return Ok(());
            }
            crate::types::bytes::decode(vm, &bytes, &name, &errors)?.as_str().unwrap_or("").to_owned()
        }
    };
    let mut st = t.st.borrow_mut();
    if st.cpos > 0 {
        // Drop what was consumed.
        let c = st.cpos;
        st.chunk.drain(..c);
        st.scanned = st.scanned.saturating_sub(c);
        st.cpos = 0;
    }
    st.chunk.push_str(&text);
    if last {
        st.eof = true;
    }
    st.scan_newlines();
    Ok(())
}

/// Reads more text into the chunk; false at end of file.
fn fill(vm: &mut Vm, t: &TextIOWrapper, buffer: &Value) -> PyResult<bool> {
    let (std_fd, size, enc) = {
        let st = t.st.borrow();
        (st.std_fd, st.chunk_size, st.enc)
    };
    let data = if std_fd == Some(0) {
        vm.flush();
        vm.host.read_line().unwrap_or_default()
    } else if enc == Enc::Other {
        let r = vm.call_method(buffer, "read", &[])?;
        let d = crate::types::bytes::bytes_like(&r).unwrap_or_default();
        decode_into(vm, t, &d, true)?;
        return Ok(false);
    } else {
        buffered_read_chunk(vm, buffer, size)?
    };
    let last = data.is_empty();
    decode_into(vm, t, &data, last)?;
    Ok(!last)
}

/// What `walk` found.
enum Walk {
    /// The text to return and the chunk bytes it used.
    Done(String, usize),
    NeedMore,
}

/// Takes up to `max` chars (translated) from the chunk, stopping after a line end when
/// `line`; `NeedMore` when the chunk runs out (or ends in a newline that might continue)
/// before end of file.
fn walk(st: &TextState, max: usize, line: bool) -> Walk {
    let rest = &st.chunk[st.cpos..];
    let translate = st.translate;
    if !st.universal && !line {
        // No translation: count chars only.
        return match rest.char_indices().nth(max) {
            Some((b, _)) => Walk::Done(rest[..b].to_owned(), b),
            None if st.eof => Walk::Done(rest.to_owned(), rest.len()),
            None => Walk::NeedMore,
        };
    }
    if line && !st.universal {
        let end = find_line_end(rest, false, false, st.readnl.as_deref(), st.eof);
        let end = match end {
            Some(e) => e,
            None if st.eof => rest.len(),
            None => match rest.char_indices().nth(max) {
                Some((b, _)) => b,
                None => return Walk::NeedMore,
            },
        };
        let s = &rest[..end];
        return match s.char_indices().nth(max) {
            Some((b, _)) => Walk::Done(s[..b].to_owned(), b),
            None => Walk::Done(s.to_owned(), end),
        };
    }
    let mut out = String::new();
    let mut count = 0;
    let b = rest.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if count >= max {
            return Walk::Done(out, i);
        }
        let c = b[i];
        if c == b'\r' {
            if i + 1 == b.len() && !st.eof {
                return Walk::NeedMore;
            }
            if b.get(i + 1) == Some(&b'\n') {
                if translate {
                    out.push('\n');
                    count += 1;
                } else {
                    if count + 2 > max {
                        out.push('\r');
                        return Walk::Done(out, i + 1);
                    }
                    out.push_str("\r\n");
                    count += 2;
                }
                i += 2;
            } else {
                out.push(if translate { '\n' } else { '\r' });
                count += 1;
                i += 1;
            }
            if line {
                return Walk::Done(out, i);
            }
            continue;
        }
        let ch_len = utf8_len(c);
        out.push_str(&rest[i..i + ch_len]);
        count += 1;
        i += ch_len;
        if c == b'\n' && line {
            return Walk::Done(out, i);
        }
    }
    if st.eof || count >= max {
        Walk::Done(out, b.len())
    } else {
        Walk::NeedMore
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// Reads `max` chars (all when usize::MAX), or one line when `line`.
fn read_text(vm: &mut Vm, t: &TextIOWrapper, buffer: &Value, max: usize, line: bool) -> PyResult<String> {
    {
        let st = t.st.borrow();
        if !st.readable {
            drop(st);
            return Err(unsupported(vm, "not readable"));
        }
    }
    if max == usize::MAX && !line {
        // Everything: one read of the rest.
        let std = t.st.borrow().std_fd == Some(0);
        if !std && t.st.borrow().enc != Enc::Other && !t.st.borrow().eof {
            let r = vm.call_method(buffer, "read", &[])?;
            let d = crate::types::bytes::bytes_like(&r).unwrap_or_default();
            decode_into(vm, t, &d, true)?;
        }
    }
    loop {
        let w = walk(&t.st.borrow(), max, line);
        match w {
            Walk::Done(s, used) => {
                let mut st = t.st.borrow_mut();
                st.cpos += used;
                return Ok(s);
            }
            Walk::NeedMore => {
                if !fill(vm, t, buffer)? {
                    t.st.borrow_mut().eof = true;
                }
            }
        }
    }
}

fn text_read(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("read", 0, 1)?;
    let n = size_arg(vm, pos.get(1))?;
    let (t, b) = tw_open(vm, &args)?;
    let max = if n < 0 { usize::MAX } else { n as usize };
    Ok(Value::string(read_text(vm, t, &b, max, false)?))
}

fn text_readline(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("readline", 0, 1)?;
    let n = size_arg(vm, pos.get(1))?;
    let (t, b) = tw_open(vm, &args)?;
    let max = if n < 0 { usize::MAX } else { n as usize };
    Ok(Value::string(read_text(vm, t, &b, max, true)?))
}

fn text_next(vm: &mut Vm, args: Args) -> PyResult {
    let (t, b) = tw_open(vm, &args)?;
    t.st.borrow_mut().telling = false;
    let line = read_text(vm, t, &b, usize::MAX, true)?;
    if line.is_empty() {
        t.st.borrow_mut().telling = true;
        return Err(crate::error::stop_iteration());
    }
    Ok(Value::string(line))
}

// ---- writing ----------------------------------------------------------------------------------

fn encode(vm: &mut Vm, t: &TextIOWrapper, s: &str) -> PyResult<Vec<u8>> {
    let (enc, errors, name, bom_done) = {
        let st = t.st.borrow();
        (st.enc, st.errors.clone(), st.encoding.clone(), st.bom_done)
    };
    Ok(match enc {
        Enc::Utf8 => s.as_bytes().to_vec(),
        Enc::Utf8Sig => {
            t.st.borrow_mut().bom_done = true;
            let mut v = if bom_done { Vec::new() } else { BOM_UTF8.to_vec() };
            v.extend_from_slice(s.as_bytes());
            v
        }
        Enc::Latin1 | Enc::Ascii | Enc::Other => {
            // Codecs with a BOM write it once: later writes use the BOM-less variant.
            let name = match (Codec::lookup(&name), bom_done) {
                (Some(Codec::Utf16), true) => "utf-16-le".to_owned(),
                (Some(Codec::Utf32), true) => "utf-32-le".to_owned(),
                _ => name,
            };
            let r = crate::types::bytes::encode(vm, s, &name, &errors)?;
            t.st.borrow_mut().bom_done = true;
            r.as_bytes().map(|b| b.to_vec()).unwrap_or_default()
        }
    })
}

fn text_write(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("write", 1, 1)?;
    let (t, b) = tw_open(vm, &args)?;
    let s = pos[1].as_str().ok_or_else(|| type_error(format!("write() argument must be str, not {}", type_name(&pos[1]))))?;
    let n = s.chars().count();
    let (writable, std_fd, line_buffering, nl) = {
        let st = t.st.borrow();
        (st.writable, st.std_fd, st.line_buffering, if st.writetranslate && st.writenl != "\n" { Some(st.writenl.clone()) } else { None })
    };
    if !writable {
        return Err(unsupported(vm, "not writable"));
    }
    let translated = match &nl {
        Some(nl) if s.contains('\n') => Some(s.replace('\n', nl)),
        _ => None,
    };
    let text = translated.as_deref().unwrap_or(s);
    let has_nl = line_buffering && (text.contains('\n') || text.contains('\r'));
    if let Some(fd) = std_fd {
        vm.write_stream(fd as u32, text);
        if has_nl && fd == 1 {
            vm.host.flush();
        }
        return Ok(Value::int(n as i64));
    }
    t.st.borrow_mut().reset_read();
    let data = encode(vm, t, text)?;
    buffered_write_bytes(vm, &b, &data)?;
    if has_nl {
        vm.call_method(&b, "flush", &[])?;
    }
    Ok(Value::int(n as i64))
}

fn text_flush(vm: &mut Vm, args: Args) -> PyResult {
    let (t, b) = tw_open(vm, &args)?;
    t.st.borrow_mut().telling = true;
    if t.st.borrow().std_fd.is_some() {
        vm.host.flush();
        return Ok(Value::none());
    }
    vm.call_method(&b, "flush", &[])
}

fn text_close(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_().clone();
    let (_, b) = tw(&args)?;
    if buffer_closed(vm, &b)? {
        return Ok(Value::none());
    }
    let flushed = vm.call_method(&me, "flush", &[]);
    let closed = vm.call_method(&b, "close", &[]);
    closed?;
    flushed?;
    Ok(Value::none())
}

// ---- positioning ------------------------------------------------------------------------------

fn check_seekable(vm: &mut Vm, b: &Value) -> PyResult<()> {
    let r = vm.call_method(b, "seekable", &[])?;
    if !vm.truthy(&r)? {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    Ok(())
}

fn text_seek(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("seek", 1, 2)?;
    let (t, b) = tw_open(vm, &args)?;
    let whence = match pos.get(2) {
        Some(w) => vm.to_isize(w)?,
        None => 0,
    };
    check_seekable(vm, &b)?;
    let cookie = vm.to_isize(&pos[1])?;
    match whence {
        1 if cookie != 0 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
        2 if cookie != 0 => return Err(unsupported(vm, "can't do nonzero end-relative seeks")),
        0 if cookie < 0 => return Err(value_error(format!("negative seek position {cookie}"))),
        0..=2 => {}
        _ => return Err(value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
    if whence == 1 {
        // Seeking to the current position: the position tell() reports.
        let p = text_tell(vm, args)?;
        return text_seek(vm, Args::new(&[pos[0].clone(), p]));
    }
    vm.call_method(&b, "flush", &[])?;
    {
        let mut st = t.st.borrow_mut();
        st.reset_read();
        st.telling = true;
    }
    let r = if whence == 2 { vm.call_method(&b, "seek", &[Value::int(0), Value::int(2)])? } else { vm.call_method(&b, "seek", &[Value::int(cookie as i64)])? };
    let at = vm.to_isize(&r)?;
    t.st.borrow_mut().bom_done = at > 0;
    Ok(r)
}

fn text_tell(vm: &mut Vm, args: Args) -> PyResult {
    let (t, b) = tw_open(vm, &args)?;
    check_seekable(vm, &b)?;
    if !t.st.borrow().telling {
        return Err(PyErr::new(ExcType::OSError, "telling position disabled by next() call"));
    }
    vm.call_method(&b, "flush", &[])?;
    let r = vm.call_method(&b, "tell", &[])?;
    let p = vm.to_isize(&r)? as i64;
    let mut st = t.st.borrow_mut();
    let left = st.encoded_len(&st.chunk[st.cpos..]) + st.pending.len();
    if st.universal && st.cpos > 0 && p - left as i64 == st.encoded_len(&st.chunk[..st.cpos]) as i64 {
        // CPython rebuilds the decoder from the start of the stream here, so `newlines`
        // then reports only what was consumed (plus what later chunks bring).
        let mut upto = &st.chunk[..st.cpos];
        if upto.ends_with('\r') {
            upto = &upto[..upto.len() - 1];
        }
        let mut seen = 0;
        translate_newlines(upto, false, &mut seen);
        st.seennl = seen;
    }
    Ok(Value::int(p - left as i64))
}

fn text_truncate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("truncate", 0, 1)?;
    let me = args.self_().clone();
    let (_, b) = tw_open(vm, &args)?;
    vm.call_method(&me, "flush", &[])?;
    let p = match pos.get(1).filter(|v| !v.is_none()) {
        Some(p) => p.clone(),
        None => vm.call_method(&me, "tell", &[])?,
    };
    vm.call_method(&b, "truncate", &[p])
}

fn text_detach(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_().clone();
    tw(&args)?;
    vm.call_method(&me, "flush", &[])?;
    let t = tw_any(&me)?;
    let mut st = t.st.borrow_mut();
    st.ok = false;
    st.encoding.clear();
    Ok(t.buffer.take().unwrap_or_else(Value::none))
}

fn to_buffer(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    let (_, b) = tw(&args)?;
    vm.call_method(&b, name, &[])
}

fn text_reconfigure(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_().clone();
    let [encoding, errors, newline, line_buffering, write_through] =
        args.rest().bind("reconfigure", ["encoding", "errors", "newline", "line_buffering", "write_through"], 0, 0)?;
    if !args.rest().pos().is_empty() {
        return Err(type_error("reconfigure() takes no positional arguments"));
    }
    let (t, _) = tw(&args)?;
    let encoding = opt_str(&encoding, "encoding")?;
    let errors = opt_str(&errors, "errors")?;
    let newline_given = newline.is_some();
    let newline = newline_arg(newline.as_ref(), None)?;
    vm.call_method(&me, "flush", &[])?;
    let lb = match line_buffering.filter(|v| !v.is_none()) {
        Some(v) => Some(vm.truthy(&v)?),
        None => None,
    };
    let wt = match write_through.filter(|v| !v.is_none()) {
        Some(v) => Some(vm.truthy(&v)?),
        None => None,
    };
    let enc = match &encoding {
        Some(e) => Some(resolve_encoding(Some(e))?),
        None => None,
    };
    let mut st = t.st.borrow_mut();
    if let Some((name, kind)) = enc {
        st.encoding = name;
        st.enc = kind;
        st.errors = errors.clone().unwrap_or_else(|| "strict".into());
    } else if let Some(e) = errors {
        st.errors = e;
    }
    if newline_given {
        st.set_newline(newline);
    }
    if let Some(l) = lb {
        st.line_buffering = l;
    }
    if let Some(w) = wt {
        st.write_through = w;
    }
    Ok(Value::none())
}

fn text_repr(vm: &mut Vm, args: Args) -> PyResult {
    let me = args.self_();
    let cls = me.class();
    let mut out = format!("<{}.{}", crate::types::typeobj::type_module(&cls).unwrap_or_default(), crate::types::typeobj::type_qualname(&cls));
    let t = tw_any(me)?;
    if !t.st.borrow().ok {
        out.push('>');
        return Ok(Value::string(out));
    }
    for attr in ["name", "mode"] {
        match vm.getattr(me, &Value::intern(attr)) {
            Ok(v) => {
                let r = vm.repr_string(&v)?;
                out.push_str(&format!(" {attr}={r}"));
            }
            Err(e) if e.matches(ExcType::AttributeError) || e.matches(ExcType::ValueError) => {}
            Err(e) => return Err(e),
        }
    }
    let enc = t.st.borrow().encoding.clone();
    out.push_str(&format!(" encoding={}>", crate::types::str::repr_str(&enc)));
    Ok(Value::string(out))
}

fn text_getstate(_vm: &mut Vm, args: Args) -> PyResult {
    Err(type_error(format!("cannot pickle '{}' object", type_name(args.self_()))))
}

fn text_encoding(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::str(&tw_value(v)?.0.st.borrow().encoding))
}

fn text_errors(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::str(&tw_value(v)?.0.st.borrow().errors))
}

fn text_newlines(_vm: &mut Vm, v: &Value) -> PyResult {
    let (t, _) = tw_value(v)?;
    let st = t.st.borrow();
    Ok(if st.universal && st.readable { newlines_value(st.seennl) } else { Value::none() })
}

fn text_buffer(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(tw_value(v)?.1)
}

fn text_line_buffering(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(tw_value(v)?.0.st.borrow().line_buffering))
}

fn text_write_through(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(tw_value(v)?.0.st.borrow().write_through))
}

fn text_closed(vm: &mut Vm, v: &Value) -> PyResult {
    let (_, b) = tw_value(v)?;
    Ok(Value::bool(buffer_closed(vm, &b)?))
}

fn text_name(vm: &mut Vm, v: &Value) -> PyResult {
    let (_, b) = tw_value(v)?;
    vm.getattr(&b, &Value::intern("name"))
}

fn text_chunk_size(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(tw_value(v)?.0.st.borrow().chunk_size as i64))
}

fn text_set_chunk_size(vm: &mut Vm, v: &Value, n: Option<Value>) -> PyResult<()> {
    let n = n.ok_or_else(|| crate::error::attribute_error("cannot delete attribute"))?;
    let n = vm.to_isize(&n)?;
    if n <= 0 {
        return Err(value_error("a strictly positive integer is required"));
    }
    tw_value(v)?.0.st.borrow_mut().chunk_size = n as usize;
    Ok(())
}

// ---- IncrementalNewlineDecoder ----------------------------------------------------------------

pub(super) struct NewlineDecoder {
    decoder: Cell<Option<Value>>,
    st: Cell<(bool, bool, u8)>,
}

impl NativeObject for NewlineDecoder {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        crate::object::trace_cell(&self.decoder, visit)
    }
    fn clear(&self) {
        drop(self.decoder.take())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub(super) const NLDECODER_METHODS: &[MethodDef] = &[
    staticmethod("__new__", nl_new),
    method("__init__", nl_init),
    method("decode", nl_decode),
    method("getstate", nl_getstate),
    method("setstate", nl_setstate),
    method("reset", nl_reset),
];

pub(super) const NLDECODER_GETSETS: GetSets = &[("newlines", nl_newlines, None)];

fn nl_any(v: &Value) -> PyResult<&NewlineDecoder> {
    v.native::<NewlineDecoder>().ok_or_else(|| type_error("expected an IncrementalNewlineDecoder"))
}

fn nl_new(_vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.pos().first().ok_or_else(|| type_error("IncrementalNewlineDecoder.__new__(): not enough arguments"))?;
    Ok(alloc_instance(cls, NativeData(Box::new(NewlineDecoder { decoder: Cell::new(None), st: Cell::new((false, false, 0)) }))))
}

fn nl_init(vm: &mut Vm, args: Args) -> PyResult {
    let [decoder, translate, _errors] = args.rest().bind("IncrementalNewlineDecoder", ["decoder", "translate", "errors"], 2, 0)?;
    let translate = vm.truthy(&translate.unwrap_or_else(Value::none))?;
    let d = nl_any(args.self_())?;
    d.decoder.set(decoder.filter(|v| !v.is_none()));
    d.st.set((translate, false, 0));
    Ok(Value::none())
}

fn nl_decode(vm: &mut Vm, args: Args) -> PyResult {
    let [input, final_] = args.rest().bind("decode", ["input", "final"], 1, 0)?;
    let d = nl_any(args.self_())?;
    let final_ = match final_ {
        Some(f) => vm.truthy(&f)?,
        None => false,
    };
    let input = input.unwrap_or_else(Value::none);
    let out = match d.decoder.get_value() {
        Some(dec) => {
            let f = vm.getattr(&dec, &Value::intern("decode"))?;
            vm.call_kw(&f, &[input], &[(Value::intern("final"), Value::bool(final_))])?
        }
        None => input,
    };
    let s = out.as_str().ok_or_else(|| type_error(format!("decoder should return a string result, not '{}'", type_name(&out))))?;
    let (translate, mut pendingcr, mut seen) = d.st.get();
    let mut text = String::with_capacity(s.len() + 1);
    if pendingcr && (!s.is_empty() || final_) {
        text.push('\r');
        pendingcr = false;
    }
    text.push_str(s);
    if text.ends_with('\r') && !final_ {
        text.pop();
        pendingcr = true;
    }
    let t = translate_newlines(&text, translate, &mut seen).unwrap_or(text);
    d.st.set((translate, pendingcr, seen));
    Ok(Value::string(t))
}

fn nl_getstate(vm: &mut Vm, args: Args) -> PyResult {
    let d = nl_any(args.self_())?;
    let (buf, mut flag) = match d.decoder.get_value() {
        Some(dec) => {
            let st = vm.call_method(&dec, "getstate", &[])?;
            let items = st.as_tuple().filter(|t| t.len() == 2).map(|t| t.to_vec()).ok_or_else(|| type_error("illegal decoder state"))?;
            let f = vm.to_isize(&items[1])? as i64;
            (items[0].clone(), f << 1)
        }
        None => (Value::bytes(vec![]), 0),
    };
    if d.st.get().1 {
        flag |= 1;
    }
    Ok(Value::tuple(vec![buf, Value::int(flag)]))
}

fn nl_setstate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("setstate", 1, 1)?;
    let d = nl_any(args.self_())?;
    let items = pos[1].as_tuple().filter(|t| t.len() == 2).map(|t| t.to_vec()).ok_or_else(|| type_error("state argument must be a tuple"))?;
    let flag = vm.to_isize(&items[1])? as i64;
    let (translate, _, seen) = d.st.get();
    d.st.set((translate, flag & 1 != 0, seen));
    if let Some(dec) = d.decoder.get_value() {
        vm.call_method(&dec, "setstate", &[Value::tuple(vec![items[0].clone(), Value::int(flag >> 1)])])?;
    }
    Ok(Value::none())
}

fn nl_reset(vm: &mut Vm, args: Args) -> PyResult {
    let d = nl_any(args.self_())?;
    let (translate, _, _) = d.st.get();
    d.st.set((translate, false, 0));
    if let Some(dec) = d.decoder.get_value() {
        vm.call_method(&dec, "reset", &[])?;
    }
    Ok(Value::none())
}

fn nl_newlines(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(newlines_value(nl_any(v)?.st.get().2))
}
