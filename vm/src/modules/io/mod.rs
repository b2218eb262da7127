//! The `_io` module natively: the I/O base classes, `StringIO`/`BytesIO`, `FileIO` over host
//! file descriptors, the buffered classes, `TextIOWrapper` (also behind `sys.stdout`,
//! `sys.stderr` and `sys.stdin`) and `open()`. CPython's `io.py` runs on top of it.
//!
//! Writes go straight through `BufferedWriter` to the host, which buffers them (the native host
//! flushes before reads, seeks and at exit), so data is never stranded in a VM object.

mod base;
mod file;
mod memory;
mod text;

use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::modules::util::{new_module, set};
use crate::runtime::{rt, BT};
use crate::types::builtin::{Args, MethodDef, NativeFn};
use crate::types::descr::{Getter, Setter};
use crate::types::typeobj::{tdata, type_name};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

pub use text::std_stream_fd;

/// `io.DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

type GetSets = &'static [(&'static str, Getter, Option<Setter>)];

/// The module's classes, created once per thread (the standard streams need them before
/// `_io` is imported).
pub(crate) struct IoTypes {
    pub iobase: Value,
    pub rawiobase: Value,
    pub bufferediobase: Value,
    pub textiobase: Value,
    pub stringio: Value,
    pub bytesio: Value,
    pub fileio: Value,
    pub buffered_reader: Value,
    pub buffered_writer: Value,
    pub buffered_random: Value,
    pub buffered_rwpair: Value,
    pub text_wrapper: Value,
    pub nl_decoder: Value,
    pub unsupported: Value,
}

thread_local! {
    static TYPES: RefCell<Option<Rc<IoTypes>>> = const { RefCell::new(None) };
}

/// A class of the module; `dict` gives instances a `__dict__` (as CPython's I/O objects have),
/// `del` makes instances close themselves when they die.
fn io_type(name: &str, base: Option<&Value>, methods: &[&[MethodDef]], getsets: GetSets, del: bool) -> Value {
    let t = crate::types::new_native_type(name, "_io", base.cloned(), methods, getsets, true);
    let td = tdata(&t);
    if td.dict_index.get() == crate::types::typeobj::NO_DICT {
        td.ext_len.set(td.ext_len.get() + 1);
        td.dict_index.set(td.ext_len.get() - 1);
        td.has_dict_slot.set(true);
        if let Some(d) = td.dict().downcast::<crate::types::dict::DictData>() {
            d.set_str(
                Value::intern("__dict__"),
                crate::types::descr::new_getset("__dict__", "_IOBase", &t, crate::types::objtype::get_dict, Some(crate::types::objtype::set_dict)),
            );
        }
    }
    td.has_del.set(del);
    t
}

pub(crate) fn types(vm: &mut Vm) -> Rc<IoTypes> {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let iobase = io_type("_IOBase", None, &[base::IOBASE_METHODS], base::IOBASE_GETSETS, false);
    // The abstract bases are plain objects (pure-Python subclasses use object.__new__).
    tdata(&iobase).instance_kind.set(crate::object::Kind::Object);
    let rawiobase = io_type("_RawIOBase", Some(&iobase), &[base::RAWIOBASE_METHODS], &[], false);
    let bufferediobase = io_type("_BufferedIOBase", Some(&iobase), &[base::BUFFEREDIOBASE_METHODS], &[], false);
    let textiobase = io_type("_TextIOBase", Some(&iobase), &[base::TEXTIOBASE_METHODS], base::TEXTIOBASE_GETSETS, false);
    for t in [&rawiobase, &bufferediobase, &textiobase] {
        tdata(t).instance_kind.set(crate::object::Kind::Object);
    }
    let stringio = io_type("StringIO", Some(&textiobase), &[memory::STRINGIO_METHODS], memory::STRINGIO_GETSETS, false);
    let bytesio = io_type("BytesIO", Some(&bufferediobase), &[memory::BYTESIO_METHODS], memory::BYTESIO_GETSETS, false);
    let fileio = io_type("FileIO", Some(&rawiobase), &[file::FILEIO_METHODS], file::FILEIO_GETSETS, true);
    let buffered_reader = io_type("BufferedReader", Some(&bufferediobase), file::BUFFERED_READER_METHODS, file::BUFFERED_GETSETS, true);
    let buffered_writer = io_type("BufferedWriter", Some(&bufferediobase), file::BUFFERED_WRITER_METHODS, file::BUFFERED_GETSETS, true);
    let buffered_random = io_type("BufferedRandom", Some(&bufferediobase), file::BUFFERED_RANDOM_METHODS, file::BUFFERED_GETSETS, true);
    let buffered_rwpair = io_type("BufferedRWPair", Some(&bufferediobase), &[file::RWPAIR_METHODS], file::RWPAIR_GETSETS, true);
    let text_wrapper = io_type("TextIOWrapper", Some(&textiobase), &[text::TEXTIOWRAPPER_METHODS], text::TEXTIOWRAPPER_GETSETS, true);
    let nl_decoder = io_type("IncrementalNewlineDecoder", None, &[text::NLDECODER_METHODS], text::NLDECODER_GETSETS, false);
    // UnsupportedOperation(OSError, ValueError), as io.py expects.
    let ns = Value::dict();
    if let Some(d) = ns.downcast::<crate::types::dict::DictData>() {
        d.set_str(Value::intern("__module__"), Value::intern("io"));
    }
    let bases = [ExcType::OSError.type_value(), ExcType::ValueError.type_value()];
    let unsupported = crate::types::typeobj::new_class(vm, &rt().ty(BT::Type), &Value::intern("UnsupportedOperation"), &bases, &ns, &[])
        .unwrap_or_else(|_| ExcType::OSError.type_value());
    let t = Rc::new(IoTypes {
        iobase,
        rawiobase,
        bufferediobase,
        textiobase,
        stringio,
        bytesio,
        fileio,
        buffered_reader,
        buffered_writer,
        buffered_random,
        buffered_rwpair,
        text_wrapper,
        nl_decoder,
        unsupported,
    });
    TYPES.with(|s| *s.borrow_mut() = Some(t.clone()));
    t
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("open", io_open), ("open_code", io_open_code), ("text_encoding", io_text_encoding)];

pub fn init(vm: &mut Vm) -> PyResult {
    let m = new_module("_io", FUNCTIONS);
    // `builtins.open is io.open`, as in CPython.
    if let Some(o) = vm.builtins.downcast::<crate::types::dict::DictData>().and_then(|d| d.get_item_str("open")) {
        set(&m, "open", o);
    }
    let t = types(vm);
    for (name, v) in [
        ("_IOBase", &t.iobase),
        ("_RawIOBase", &t.rawiobase),
        ("_BufferedIOBase", &t.bufferediobase),
        ("_TextIOBase", &t.textiobase),
        ("StringIO", &t.stringio),
        ("BytesIO", &t.bytesio),
        ("FileIO", &t.fileio),
        ("BufferedReader", &t.buffered_reader),
        ("BufferedWriter", &t.buffered_writer),
        ("BufferedRandom", &t.buffered_random),
        ("BufferedRWPair", &t.buffered_rwpair),
        ("TextIOWrapper", &t.text_wrapper),
        ("IncrementalNewlineDecoder", &t.nl_decoder),
        ("UnsupportedOperation", &t.unsupported),
    ] {
        set(&m, name, v.clone());
    }
    set(&m, "DEFAULT_BUFFER_SIZE", Value::int(DEFAULT_BUFFER_SIZE as i64));
    set(&m, "BlockingIOError", ExcType::BlockingIOError.type_value());
    Ok(m)
}

// ---- shared helpers ---------------------------------------------------------------------------

/// `io.UnsupportedOperation(msg)`.
pub(crate) fn unsupported(vm: &mut Vm, msg: &str) -> PyErr {
    let t = types(vm).unsupported.clone();
    match vm.call(&t, &[Value::str(msg)]) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// ValueError("I/O operation on closed file.").
pub(crate) fn closed_error() -> PyErr {
    value_error("I/O operation on closed file.")
}

/// An optional size argument: None or missing is -1 (everything).
pub(crate) fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<isize> {
    match v {
        None => Ok(-1),
        Some(v) if v.is_none() => Ok(-1),
        Some(v) => {
            if v.as_int().is_none() && crate::types::typeobj::lookup_str(&v.class(), "__index__").is_none() {
                return Err(type_error(format!("argument should be integer or None, not '{}'", type_name(v))));
            }
            vm.to_isize(v)
        }
    }
}

/// `getattr(obj, "closed")` as a bool.
pub(crate) fn is_closed(vm: &mut Vm, obj: &Value) -> PyResult<bool> {
    let c = vm.getattr(obj, &Value::intern("closed"))?;
    vm.truthy(&c)
}

/// The checked `newline` argument of StringIO/TextIOWrapper/open.
pub(crate) fn newline_arg(v: Option<&Value>, default: Option<&'static str>) -> PyResult<Option<String>> {
    match v {
        None => Ok(default.map(|s| s.to_owned())),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => {
            let s = v.as_str().ok_or_else(|| type_error(format!("newline must be str or None, not {}", type_name(v))))?;
            match s {
                "" | "\n" | "\r" | "\r\n" => Ok(Some(s.to_owned())),
                _ => Err(value_error(format!("illegal newline value: {}", crate::types::str::repr_str(s)))),
            }
        }
    }
}

fn io_text_encoding(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("text_encoding", 1, 2)?;
    if pos[0].is_none() {
        return Ok(Value::intern("locale"));
    }
    Ok(pos[0].clone())
}

fn io_open_code(vm: &mut Vm, args: Args) -> PyResult {
    let [path] = args.bind("open_code", ["path"], 1, 0)?;
    let path = path.unwrap_or_else(Value::none);
    if path.as_str().is_none() {
        return Err(type_error(format!("open_code() argument 'path' must be str, not {}", type_name(&path))));
    }
    open_impl(vm, &path, "rb", -1, None, None, None, true, None)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
/// opener=None)`: the builtin and `io.open`.
pub fn io_open(vm: &mut Vm, args: Args) -> PyResult {
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] =
        args.bind("open", ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1, 0)?;
    let file = file.unwrap_or_else(Value::none);
    let mode = match &mode {
        None => "r".to_owned(),
        Some(m) => m.as_str().ok_or_else(|| type_error(format!("open() argument 'mode' must be str, not {}", type_name(m))))?.to_owned(),
    };
    let buffering = match &buffering {
        None => -1,
        Some(b) => {
            if b.as_float().is_some() {
                return Err(type_error("'float' object cannot be interpreted as an integer"));
            }
            vm.to_isize(b)?
        }
    };
    let str_opt = |v: &Option<Value>, what: &str| -> PyResult<Option<String>> {
        match v {
            None => Ok(None),
            Some(v) if v.is_none() => Ok(None),
            Some(v) => v.as_str().map(|s| Some(s.to_owned())).ok_or_else(|| type_error(format!("open() argument '{what}' must be str or None, not {}", type_name(v)))),
        }
    };
    let encoding = str_opt(&encoding, "encoding")?;
    let errors = str_opt(&errors, "errors")?;
    let newline = match &newline {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(v.as_str().ok_or_else(|| type_error(format!("open() argument 'newline' must be str or None, not {}", type_name(v))))?.to_owned()),
    };
    let closefd = match &closefd {
        None => true,
        Some(c) => vm.truthy(c)?,
    };
    let opener = opener.filter(|o| !o.is_none());
    open_impl(vm, &file, &mode, buffering, encoding, errors, newline, closefd, opener)
}

#[allow(clippy::too_many_arguments)]
fn open_impl(
    vm: &mut Vm,
    file: &Value,
    mode: &str,
    buffering: isize,
    encoding: Option<String>,
    errors: Option<String>,
    newline: Option<String>,
    closefd: bool,
    opener: Option<Value>,
) -> PyResult {
    if file.as_int().is_none() && file.as_str().is_none() && file.as_bytes().is_none() {
        crate::modules::util::fspath(vm, file)?;
    }
    let (mut creating, mut reading, mut writing, mut appending, mut updating, mut text, mut binary) = (false, false, false, false, false, false, false);
    let invalid = || value_error(format!("invalid mode: '{mode}'"));
    for c in mode.chars() {
        if !"axrwb+t".contains(c) || mode.matches(c).count() > 1 {
            return Err(invalid());
        }
        match c {
            'x' => creating = true,
            'r' => reading = true,
            'w' => writing = true,
            'a' => appending = true,
            '+' => updating = true,
            't' => text = true,
            'b' => binary = true,
            _ => {}
        }
    }
    if text && binary {
        return Err(value_error("can't have text and binary mode at once"));
    }
    if creating as u8 + reading as u8 + writing as u8 + appending as u8 > 1 {
        return Err(value_error("must have exactly one of create/read/write/append mode"));
    }
    if !(creating || reading || writing || appending) {
        return Err(value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
    }
    if binary && encoding.is_some() {
        return Err(value_error("binary mode doesn't take an encoding argument"));
    }
    if binary && errors.is_some() {
        return Err(value_error("binary mode doesn't take an errors argument"));
    }
    if binary && newline.is_some() {
        return Err(value_error("binary mode doesn't take a newline argument"));
    }
    if binary && buffering == 1 {
        vm.warn(ExcType::RuntimeWarning, "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used")?;
    }
    let newline_v = newline.as_ref().map(|s| Value::str(s));
    if let Some(n) = &newline {
        if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(value_error(format!("illegal newline value: {n}")));
        }
    }
    let mut rawmode = String::new();
    for (flag, ch) in [(creating, 'x'), (reading, 'r'), (writing, 'w'), (appending, 'a'), (updating, '+')] {
        if flag {
            rawmode.push(ch);
        }
    }
    let t = types(vm);
    let mut kw = vec![(Value::intern("closefd"), Value::bool(closefd))];
    if let Some(o) = &opener {
        kw.push((Value::intern("opener"), o.clone()));
    }
    let raw = vm.call_kw(&t.fileio, &[file.clone(), Value::string(rawmode)], &kw)?;
    let result = (|| -> PyResult {
        let mut line_buffering = false;
        let mut buffering = buffering;
        if buffering == 1 || (buffering < 0 && file::fileio_isatty(vm, &raw)) {
            buffering = -1;
            line_buffering = true;
        }
        if buffering < 0 {
            buffering = DEFAULT_BUFFER_SIZE as isize;
        }
        if buffering == 0 {
            if binary {
                return Ok(raw.clone());
            }
            return Err(value_error("can't have unbuffered text I/O"));
        }
        let cls = if updating {
            &t.buffered_random
        } else if creating || writing || appending {
            &t.buffered_writer
        } else {
            &t.buffered_reader
        };
        let buffer = vm.call(cls, &[raw.clone(), Value::int(buffering as i64)])?;
        if binary {
            return Ok(buffer);
        }
        let none = Value::none;
        let wrapper = vm.call(
            &t.text_wrapper,
            &[
                buffer.clone(),
                encoding.as_ref().map(|e| Value::str(e)).unwrap_or_else(none),
                errors.as_ref().map(|e| Value::str(e)).unwrap_or_else(none),
                newline_v.clone().unwrap_or_else(none),
                Value::bool(line_buffering),
            ],
        );
        let wrapper = match wrapper {
            Ok(w) => w,
            Err(e) => {
                let _ = vm.call_method(&buffer, "close", &[]);
                return Err(e);
            }
        };
        vm.setattr(&wrapper, &Value::intern("mode"), &Value::str(mode))?;
        Ok(wrapper)
    })();
    if result.is_err() {
        let _ = vm.call_method(&raw, "close", &[]);
    }
    result
}

/// A standard stream for `sys` (fd 0, 1 or 2): a TextIOWrapper over a BufferedReader or
/// BufferedWriter over a FileIO that does not close the descriptor.
pub fn new_std_stream(vm: &mut Vm, fd: i32) -> PyResult {
    text::new_std_stream(vm, fd)
}
