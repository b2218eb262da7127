//! The `zlib` module over `miniz_oxide` (pure Rust deflate/inflate): `compress`/`decompress`,
//! `compressobj`/`decompressobj` streams, `crc32`/`adler32` and the constants. wbits selects
//! the container as in zlib: 9..15 zlib, -9..-15 raw deflate, 25..31 gzip, 40..47 zlib or
//! gzip by header. Divergence: compressed bytes come from miniz, not zlib, so they can differ
//! from CPython's (they decompress everywhere); `zdict`, memLevel and strategy are accepted
//! and ignored. miniz consumes input eagerly, so with `max_length` the output still pending
//! comes from later `decompress()`/`flush()` calls while `unconsumed_tail` stays empty.

use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::modules::support::{add_type, alloc_native, native_object, native_type, new_module, set_attr, this};
use crate::types::builtin::{method, Args, MethodDef, NativeFn};
use crate::types::descr::{Getter, Setter};
use crate::types::dict::DictData;
use crate::types::typeobj::type_name;
use crate::value::Value;
use crate::vm::Vm;
use miniz_oxide::deflate::core::CompressorOxide;
use miniz_oxide::inflate::stream::InflateState;
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};
use std::cell::RefCell;

const FUNCTIONS: &[(&str, NativeFn)] =
    &[("compress", compress), ("decompress", decompress), ("compressobj", compressobj), ("decompressobj", decompressobj), ("crc32", crc32), ("adler32", adler32)];

const CONSTS: &[(&str, i64)] = &[
    ("MAX_WBITS", 15),
    ("DEFLATED", 8),
    ("DEF_MEM_LEVEL", 8),
    ("DEF_BUF_SIZE", 16384),
    ("Z_NO_COMPRESSION", 0),
    ("Z_BEST_SPEED", 1),
    ("Z_BEST_COMPRESSION", 9),
    ("Z_DEFAULT_COMPRESSION", -1),
    ("Z_FILTERED", 1),
    ("Z_HUFFMAN_ONLY", 2),
    ("Z_RLE", 3),
    ("Z_FIXED", 4),
    ("Z_DEFAULT_STRATEGY", 0),
    ("Z_NO_FLUSH", 0),
    ("Z_PARTIAL_FLUSH", 1),
    ("Z_SYNC_FLUSH", 2),
    ("Z_FULL_FLUSH", 3),
    ("Z_FINISH", 4),
    ("Z_BLOCK", 5),
    ("Z_TREES", 6),
];

pub fn init(vm: &mut Vm) -> PyResult {
    let m = new_module("zlib", FUNCTIONS);
    for (n, v) in CONSTS {
        set_attr(&m, n, Value::int(*v));
    }
    set_attr(&m, "ZLIB_VERSION", Value::str("1.2.13"));
    set_attr(&m, "ZLIB_RUNTIME_VERSION", Value::str("1.2.13"));
    let ns = Value::dict();
    if let Some(d) = ns.downcast::<DictData>() {
        d.set_str(Value::intern("__module__"), Value::str("zlib"));
    }
    let ty = crate::runtime::rt().ty(crate::runtime::BT::Type);
    let err = vm.call(&ty, &[Value::str("error"), Value::tuple(vec![ExcType::Exception.type_value()]), ns])?;
    set_attr(&m, "error", err);
    add_type(None, "zlib", "Compress", None, &[COMPRESS_METHODS], &[], false);
    add_type(None, "zlib", "Decompress", None, &[DECOMPRESS_METHODS], DECOMPRESS_GETSETS, false);
    Ok(m)
}

/// `zlib.error(msg)`.
fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    super::util::module_error(vm, "zlib", "error", ExcType::Exception, msg.into())
}

fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    if v.as_str().is_some() {
        return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(v))));
    }
    crate::types::bytes::bytes_like(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(v))))
}

fn int_opt(vm: &mut Vm, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => Ok(vm.to_isize(v)? as i64),
        None => Ok(default),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Container {
    Zlib,
    Raw,
    Gzip,
    /// Decompression only: zlib or gzip, whichever the header says.
    Auto,
}

fn container(vm: &mut Vm, wbits: i64, decompressing: bool) -> PyResult<Container> {
    Ok(match wbits {
        9..=15 => Container::Zlib,
        0 if decompressing => Container::Zlib,
        -15..=-9 => Container::Raw,
        25..=31 => Container::Gzip,
        16 if decompressing => Container::Gzip,
        32 | 40..=47 if decompressing => Container::Auto,
        _ => {
            return Err(if decompressing { error(vm, "Error -2 while preparing to decompress data: inconsistent stream state") } else { PyErr::new(ExcType::ValueError, "Invalid initialization option") })
        }
    })
}

fn level_arg(vm: &mut Vm, level: i64) -> PyResult<u8> {
    match level {
        -1 => Ok(6),
        0..=9 => Ok(level as u8),
        _ => Err(error(vm, "Bad compression level")),
    }
}

// ---- compression ------------------------------------------------------------------------------

/// A deflate stream: miniz's compressor plus the gzip header/trailer we write ourselves.
struct Deflater {
    comp: Box<CompressorOxide>,
    gzip: bool,
    header_done: bool,
    crc: u32,
    size: u32,
    finished: bool,
}

impl Deflater {
    fn new(level: u8, kind: Container) -> Deflater {
        let format = if kind == Container::Zlib { DataFormat::Zlib } else { DataFormat::Raw };
        let mut comp = Box::<CompressorOxide>::default();
        comp.set_format_and_level(format, level);
        Deflater { comp, gzip: kind == Container::Gzip, header_done: false, crc: 0, size: 0, finished: false }
    }

    fn run(&mut self, mut input: &[u8], flush: MZFlush) -> Vec<u8> {
        let mut out = vec![];
        if self.gzip && !self.header_done {
            out.extend_from_slice(&[0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
            self.header_done = true;
        }
        if self.gzip {
            self.crc = crate::modules::binascii::crc32_update(self.crc, input);
            self.size = self.size.wrapping_add(input.len() as u32);
        }
        let mut buf = vec![0u8; 16384];
        loop {
            let r = miniz_oxide::deflate::stream::deflate(&mut self.comp, input, &mut buf, flush);
            input = &input[r.bytes_consumed..];
            out.extend_from_slice(&buf[..r.bytes_written]);
            match r.status {
                Ok(MZStatus::StreamEnd) => {
                    if self.gzip && !self.finished {
                        out.extend_from_slice(&self.crc.to_le_bytes());
                        out.extend_from_slice(&self.size.to_le_bytes());
                    }
                    self.finished = true;
                    break;
                }
                Ok(_) if input.is_empty() && r.bytes_written < buf.len() => break,
                Ok(_) => {}
                Err(_) => break,
            }
        }
        out
    }
}

fn compress(vm: &mut Vm, args: Args) -> PyResult {
    let [data, level, wbits] = args.bind("compress", ["data", "level", "wbits"], 1, 1)?;
    let data = data_arg(data.as_ref().unwrap_or(&Value::none()))?;
    let level = int_opt(vm, &level, -1)?;
    let level = level_arg(vm, level)?;
    let wbits = int_opt(vm, &wbits, 15)?;
    let kind = container(vm, wbits, false)?;
    let mut d = Deflater::new(level, kind);
    Ok(Value::bytes(d.run(&data, MZFlush::Finish)))
}

struct CompressObj {
    d: RefCell<Option<Deflater>>,
}
native_object!(CompressObj;);

const COMPRESS_METHODS: &[MethodDef] = &[method("compress", c_compress), method("flush", c_flush)];

fn compressobj(vm: &mut Vm, args: Args) -> PyResult {
    let [level, method_, wbits, _mem, _strategy, _zdict] = args.bind("compressobj", ["level", "method", "wbits", "memLevel", "strategy", "zdict"], 0, 0)?;
    let level = int_opt(vm, &level, -1)?;
    let level = level_arg(vm, level)?;
    if int_opt(vm, &method_, 8)? != 8 {
        return Err(PyErr::new(ExcType::ValueError, "Invalid initialization option"));
    }
    let wbits = int_opt(vm, &wbits, 15)?;
    let kind = container(vm, wbits, false)?;
    Ok(alloc_native(&native_type("zlib.Compress"), CompressObj { d: RefCell::new(Some(Deflater::new(level, kind))) }))
}

fn c_compress(vm: &mut Vm, args: Args) -> PyResult {
    let c = this::<CompressObj>(&args, "zlib.Compress")?;
    let pos = args.check_method("compress", 1, 1)?;
    let data = data_arg(&pos[1])?;
    let mut d = c.d.borrow_mut();
    let Some(d) = d.as_mut().filter(|d| !d.finished) else {
        return Err(error(vm, "Error -2 while compressing data: inconsistent stream state"));
    };
    Ok(Value::bytes(d.run(&data, MZFlush::None)))
}

fn c_flush(vm: &mut Vm, args: Args) -> PyResult {
    let c = this::<CompressObj>(&args, "zlib.Compress")?;
    let pos = args.check_method("flush", 0, 1)?;
    let mode = match pos.get(1) {
        Some(v) => vm.to_isize(v)?,
        None => 4,
    };
    let flush = match mode {
        0 => return Ok(Value::bytes(vec![])),
        1 => MZFlush::Partial,
        2 => MZFlush::Sync,
        3 => MZFlush::Full,
        _ => MZFlush::Finish,
    };
    let mut d = c.d.borrow_mut();
    let Some(st) = d.as_mut() else {
        return Err(error(vm, "Error -2 while flushing: inconsistent stream state"));
    };
    let out = st.run(&[], flush);
    if flush == MZFlush::Finish {
        *d = None;
    }
    Ok(Value::bytes(out))
}

// ---- decompression ----------------------------------------------------------------------------

/// An inflate stream; for gzip, the header is parsed here and the body is raw deflate.
struct Inflater {
    state: Box<InflateState>,
    kind: Container,
    /// Whether a zlib stream's two header bytes were checked.
    zlib_header_checked: bool,
    /// Input held back until the gzip header is complete.
    pending: Vec<u8>,
    header_done: bool,
    eof: bool,
    /// Gzip trailer bytes still to skip after the deflate data.
    trailer_left: usize,
}

impl Inflater {
    fn new(kind: Container) -> Inflater {
        let format = if kind == Container::Zlib { DataFormat::Zlib } else { DataFormat::Raw };
        Inflater { state: InflateState::new_boxed(format), kind, pending: vec![], header_done: kind != Container::Gzip && kind != Container::Auto, eof: false, trailer_left: 0, zlib_header_checked: false }
    }

    /// Length of a complete gzip header at the start of `d`, None if more bytes are needed.
    fn gzip_header_len(d: &[u8]) -> Result<Option<usize>, &'static str> {
        if d.len() < 10 {
            return Ok(None);
        }
        if d[0] != 0x1f || d[1] != 0x8b {
            return Err("incorrect header check");
        }
        if d[2] != 8 {
            return Err("unknown compression method");
        }
        let flags = d[3];
        let mut i = 10;
        if flags & 4 != 0 {
            if d.len() < i + 2 {
                return Ok(None);
            }
            i += 2 + u16::from_le_bytes([d[i], d[i + 1]]) as usize;
        }
        for bit in [8u8, 16] {
            if flags & bit != 0 {
                match d.get(i..).and_then(|r| r.iter().position(|&b| b == 0)) {
                    Some(p) => i += p + 1,
                    None => return Ok(None),
                }
            }
        }
        if flags & 2 != 0 {
            i += 2;
        }
        Ok((d.len() >= i).then_some(i))
    }

    /// Decompresses `input`, producing at most `max` bytes (0: no limit). Returns the output
    /// and how many input bytes were consumed.
    fn run(&mut self, vm: &mut Vm, input: &[u8], max: usize) -> PyResult<(Vec<u8>, usize)> {
        let data: Vec<u8>;
        let mut src: &[u8] = input;
        if !self.header_done {
            self.pending.extend_from_slice(input);
            if self.kind == Container::Auto && self.pending.len() >= 2 {
                if self.pending[0] == 0x1f && self.pending[1] == 0x8b {
                    self.kind = Container::Gzip;
                } else {
                    self.kind = Container::Zlib;
                    self.state = InflateState::new_boxed(DataFormat::Zlib);
                    self.header_done = true;
                }
            }
            if !self.header_done {
                match Self::gzip_header_len(&self.pending) {
                    Ok(Some(n)) => {
                        self.header_done = true;
                        self.pending.drain(..n);
                    }
                    Ok(None) => return Ok((vec![], input.len())),
                    Err(msg) => return Err(error(vm, format!("Error -3 while decompressing data: {msg}"))),
                }
            }
            data = std::mem::take(&mut self.pending);
            src = &data;
        }
        if self.kind == Container::Zlib && !self.zlib_header_checked && !src.is_empty() {
            // zlib's own header checks, in its order; miniz reports them all as a data error.
            // (A header split across two calls is left to miniz.)
            self.zlib_header_checked = true;
            let (cmf, flg) = (src[0], src.get(1).copied().unwrap_or(0));
            let msg = if src.len() < 2 {
                None
            } else if (u16::from(cmf) << 8 | u16::from(flg)) % 31 != 0 {
                Some("incorrect header check")
            } else if cmf & 0x0f != 8 {
                Some("unknown compression method")
            } else if cmf >> 4 > 7 {
                Some("invalid window size")
            } else {
                None
            };
            if let Some(msg) = msg {
                return Err(error(vm, format!("Error -3 while decompressing data: {msg}")));
            }
        }
        let mut out = vec![];
        let mut buf = vec![0u8; 16384];
        let mut used = 0;
        while !self.eof {
            let room = if max > 0 { (max - out.len()).min(buf.len()) } else { buf.len() };
            if room == 0 {
                break;
            }
            let r = miniz_oxide::inflate::stream::inflate(&mut self.state, &src[used..], &mut buf[..room], MZFlush::None);
            used += r.bytes_consumed;
            out.extend_from_slice(&buf[..r.bytes_written]);
            match r.status {
                Ok(MZStatus::StreamEnd) => {
                    self.eof = true;
                    if self.kind == Container::Gzip {
                        self.trailer_left = 8;
                    }
                }
                Ok(_) => {
                    if r.bytes_consumed == 0 && r.bytes_written == 0 {
                        break;
                    }
                }
                Err(MZError::Buf) => break,
                Err(_) => return Err(error(vm, "Error -3 while decompressing data: invalid stored block lengths")),
            }
        }
        if self.eof && self.trailer_left > 0 {
            let n = self.trailer_left.min(src.len() - used);
            used += n;
            self.trailer_left -= n;
        }
        // Through the gzip header path `src` is the held-back input plus this call's; what
        // inflate left is counted from the end of this call's input.
        let consumed = input.len().saturating_sub(src.len() - used);
        Ok((out, consumed))
    }
}

fn decompress(vm: &mut Vm, args: Args) -> PyResult {
    let [data, wbits, bufsize] = args.bind("decompress", ["data", "wbits", "bufsize"], 1, 1)?;
    let data = data_arg(data.as_ref().unwrap_or(&Value::none()))?;
    let wbits = int_opt(vm, &wbits, 15)?;
    if int_opt(vm, &bufsize, 16384)? < 0 {
        return Err(PyErr::new(ExcType::ValueError, "bufsize must be non-negative"));
    }
    let kind = container(vm, wbits, true)?;
    let mut inf = Inflater::new(kind);
    let (out, _) = inf.run(vm, &data, 0)?;
    if !inf.eof {
        return Err(error(vm, "Error -5 while decompressing data: incomplete or truncated stream"));
    }
    Ok(Value::bytes(out))
}

struct DecompressObj {
    inf: RefCell<Inflater>,
    unused_data: RefCell<Vec<u8>>,
    unconsumed_tail: RefCell<Vec<u8>>,
}
native_object!(DecompressObj;);

const DECOMPRESS_METHODS: &[MethodDef] = &[method("decompress", d_decompress), method("flush", d_flush)];
const DECOMPRESS_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("unused_data", d_unused, None), ("unconsumed_tail", d_tail, None), ("eof", d_eof, None)];

fn decompressobj(vm: &mut Vm, args: Args) -> PyResult {
    let [wbits, _zdict] = args.bind("decompressobj", ["wbits", "zdict"], 0, 0)?;
    let wbits = int_opt(vm, &wbits, 15)?;
    let kind = container(vm, wbits, true)?;
    let obj = DecompressObj { inf: RefCell::new(Inflater::new(kind)), unused_data: RefCell::new(vec![]), unconsumed_tail: RefCell::new(vec![]) };
    Ok(alloc_native(&native_type("zlib.Decompress"), obj))
}

fn feed(vm: &mut Vm, d: &DecompressObj, data: &[u8], max: usize) -> PyResult<Vec<u8>> {
    let mut inf = d.inf.borrow_mut();
    if inf.eof {
        d.unused_data.borrow_mut().extend_from_slice(data);
        return Ok(vec![]);
    }
    let (out, used) = inf.run(vm, data, max)?;
    let rest = &data[used.min(data.len())..];
    if inf.eof {
        d.unused_data.borrow_mut().extend_from_slice(rest);
        d.unconsumed_tail.borrow_mut().clear();
    } else {
        *d.unconsumed_tail.borrow_mut() = rest.to_vec();
    }
    Ok(out)
}

fn d_decompress(vm: &mut Vm, args: Args) -> PyResult {
    let d = this::<DecompressObj>(&args, "zlib.Decompress")?;
    let [data, max_length] = args.rest().bind("decompress", ["data", "max_length"], 1, 1)?;
    let data = data_arg(data.as_ref().unwrap_or(&Value::none()))?;
    let max = int_opt(vm, &max_length, 0)?;
    if max < 0 {
        return Err(PyErr::new(ExcType::ValueError, "max_length must be non-negative"));
    }
    Ok(Value::bytes(feed(vm, d, &data, max as usize)?))
}

fn d_flush(vm: &mut Vm, args: Args) -> PyResult {
    let d = this::<DecompressObj>(&args, "zlib.Decompress")?;
    args.check_method("flush", 0, 1)?;
    let tail = std::mem::take(&mut *d.unconsumed_tail.borrow_mut());
    Ok(Value::bytes(feed(vm, d, &tail, 0)?))
}

fn d_unused(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bytes(v.native::<DecompressObj>().map(|d| d.unused_data.borrow().clone()).unwrap_or_default()))
}

fn d_tail(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bytes(v.native::<DecompressObj>().map(|d| d.unconsumed_tail.borrow().clone()).unwrap_or_default()))
}

fn d_eof(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(v.native::<DecompressObj>().map(|d| d.inf.borrow().eof).unwrap_or(false)))
}

// ---- checksums --------------------------------------------------------------------------------

fn crc32(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("crc32", 1, 2)?;
    let data = data_arg(&pos[0])?;
    let start = match pos.get(1) {
        Some(v) => crate::modules::binascii::u32_mask(vm, v)?,
        None => 0,
    };
    Ok(Value::int(crate::modules::binascii::crc32_update(start, &data) as i64))
}

fn adler32(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("adler32", 1, 2)?;
    let data = data_arg(&pos[0])?;
    let start = match pos.get(1) {
        Some(v) => crate::modules::binascii::u32_mask(vm, v)?,
        None => 1,
    };
    let (mut lo, mut hi) = (start & 0xffff, start >> 16);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            lo += x as u32;
            hi += lo;
        }
        lo %= 65521;
        hi %= 65521;
    }
    Ok(Value::int((hi << 16 | lo) as i64))
}
