//! The `binascii` module: hex, base64 and uuencode conversions and the crc32/crc_hqx
//! checksums and quoted-printable, with CPython's argument handling and `binascii.Error` messages.

use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::modules::util::{new_module, set};
use crate::types::builtin::{Args, NativeFn};
use crate::types::dict::DictData;
use crate::types::typeobj::type_name;
use crate::value::Value;
use crate::vm::Vm;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("hexlify", b2a_hex),
    ("b2a_hex", b2a_hex),
    ("unhexlify", a2b_hex),
    ("a2b_hex", a2b_hex),
    ("b2a_base64", b2a_base64),
    ("a2b_base64", a2b_base64),
    ("b2a_uu", b2a_uu),
    ("a2b_uu", a2b_uu),
    ("crc32", crc32),
    ("crc_hqx", crc_hqx),
    ("a2b_qp", a2b_qp),
    ("b2a_qp", b2a_qp),
];

pub fn init(vm: &mut Vm) -> PyResult {
    let m = new_module("binascii", FUNCTIONS);
    let ty = crate::runtime::rt().ty(crate::runtime::BT::Type);
    for (name, base) in [("Error", ExcType::ValueError), ("Incomplete", ExcType::Exception)] {
        let ns = Value::dict();
        if let Some(d) = ns.downcast::<DictData>() {
            d.set_str(Value::intern("__module__"), Value::str("binascii"));
        }
        let cls = vm.call(&ty, &[Value::str(name), Value::tuple(vec![base.type_value()]), ns])?;
        set(&m, name, cls);
    }
    Ok(m)
}

/// `binascii.Error(msg)`.
fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    super::util::module_error(vm, "binascii", "Error", ExcType::ValueError, msg.into())
}

/// A bytes-like argument (the b2a_* direction).
fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    if v.as_str().is_some() {
        return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(v))));
    }
    crate::types::bytes::bytes_like(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(v))))
}

/// An "ascii data" argument (the a2b_* direction): bytes-like, or a str of ASCII characters.
fn ascii_arg(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.as_str() {
        if !s.is_ascii() {
            return Err(value_error("string argument should contain only ASCII characters"));
        }
        return Ok(s.as_bytes().to_vec());
    }
    crate::types::bytes::bytes_like(v).ok_or_else(|| type_error(format!("argument should be bytes, buffer or ASCII string, not '{}'", type_name(v))))
}

fn b2a_hex(vm: &mut Vm, args: Args) -> PyResult {
    let [data, sep, per] = args.bind("hexlify", ["data", "sep", "bytes_per_sep"], 1, 0)?;
    let data = data_arg(data.as_ref().unwrap_or(&Value::none()))?;
    let mut pass = vec![];
    if let Some(s) = sep {
        pass.push(s);
        if let Some(p) = per {
            pass.push(p);
        }
    }
    let h = vm.call_method(&Value::bytes(data), "hex", &pass)?;
    Ok(Value::bytes(h.as_str().unwrap_or("").as_bytes().to_vec()))
}

fn a2b_hex(vm: &mut Vm, args: Args) -> PyResult {
    let [hexstr] = args.bind("unhexlify", ["hexstr"], 1, 1)?;
    let s = ascii_arg(hexstr.as_ref().unwrap_or(&Value::none()))?;
    if s.len() % 2 == 1 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(s.len() / 2);
    for pair in s.chunks(2) {
        match (hex_val(pair[0]), hex_val(pair[1])) {
            (Some(a), Some(b)) => out.push(a << 4 | b),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(Value::bytes(out))
}

fn hex_val(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_val(c: u8) -> Option<u8> {
    B64.iter().position(|&x| x == c).map(|p| p as u8)
}

fn b2a_base64(_vm: &mut Vm, args: Args) -> PyResult {
    let [data, newline] = args.bind("b2a_base64", ["data", "newline"], 1, 1)?;
    let data = data_arg(data.as_ref().unwrap_or(&Value::none()))?;
    let newline = match newline {
        Some(n) => _vm.truthy(&n)?,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * k) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(Value::bytes(out))
}

/// CPython 3.11's decoder: characters outside the alphabet are skipped (unless
/// `strict_mode`), and padding ends the data once a quantum is complete.
fn a2b_base64(vm: &mut Vm, args: Args) -> PyResult {
    let [data, strict] = args.bind("a2b_base64", ["data", "strict_mode"], 1, 1)?;
    let data = ascii_arg(data.as_ref().unwrap_or(&Value::none()))?;
    let strict = match strict {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    let (mut quad, mut left, mut pads, mut ndata) = (0u32, 0u32, 0, 0usize);
    let mut padding_started = false;
    if strict && data.first() == Some(&b'=') {
        return Err(error(vm, "Leading padding not allowed"));
    }
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            pads += 1;
            if quad >= 2 && quad + pads >= 4 {
                if strict && i + 1 < data.len() {
                    return Err(error(vm, "Excess data after padding"));
                }
                return Ok(Value::bytes(out));
            }
            continue;
        }
        let Some(v) = b64_val(c) else {
            if strict {
                return Err(error(vm, "Only base64 data is allowed"));
            }
            continue;
        };
        let v = v as u32;
        if strict && padding_started {
            return Err(error(vm, "Discontinuous padding not allowed"));
        }
        pads = 0;
        ndata += 1;
        match quad {
            0 => {
                quad = 1;
                left = v;
            }
            1 => {
                quad = 2;
                out.push((left << 2 | v >> 4) as u8);
                left = v & 0xf;
            }
            2 => {
                quad = 3;
                out.push((left << 4 | v >> 2) as u8);
                left = v & 3;
            }
            _ => {
                quad = 0;
                out.push((left << 6 | v) as u8);
                left = 0;
            }
        }
    }
    if quad != 0 {
        if quad == 1 {
            return Err(error(vm, format!("Invalid base64-encoded string: number of data characters ({ndata}) cannot be 1 more than a multiple of 4")));
        }
        return Err(error(vm, "Incorrect padding"));
    }
    Ok(Value::bytes(out))
}

fn b2a_uu(vm: &mut Vm, args: Args) -> PyResult {
    let [data, backtick] = args.bind("b2a_uu", ["data", "backtick"], 1, 1)?;
    let data = data_arg(data.as_ref().unwrap_or(&Value::none()))?;
    let backtick = match backtick {
        Some(b) => vm.truthy(&b)?,
        None => false,
    };
    if data.len() > 45 {
        return Err(error(vm, "At most 45 bytes at once"));
    }
    let enc = |v: u32| if backtick && v == 0 { b'`' } else { b' ' + v as u8 };
    let mut out = vec![enc(data.len() as u32)];
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for k in 0..4 {
            out.push(enc(n >> (18 - 6 * k) & 63));
        }
    }
    out.push(b'\n');
    Ok(Value::bytes(out))
}

fn a2b_uu(vm: &mut Vm, args: Args) -> PyResult {
    let [data] = args.bind("a2b_uu", ["data"], 1, 1)?;
    let data = ascii_arg(data.as_ref().unwrap_or(&Value::none()))?;
    let Some((&first, rest)) = data.split_first() else {
        return Ok(Value::bytes(vec![0; 32]));
    };
    let len = (first.wrapping_sub(b' ') & 0o77) as usize;
    let mut out = Vec::with_capacity(len);
    let mut i = 0;
    let mut bits = 0u32;
    let mut nbits = 0;
    while out.len() < len {
        let c = rest.get(i).copied();
        i += 1;
        let v = match c {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(c) if (b' '..=b' ' + 64).contains(&c) => (c - b' ') as u32 & 0o77,
            Some(_) => return Err(error(vm, "Illegal char")),
        };
        bits = bits << 6 | v;
        nbits += 6;
        if nbits >= 8 {
            nbits -= 8;
            out.push((bits >> nbits) as u8);
            bits &= (1 << nbits) - 1;
        }
    }
    // What follows must be padding or whitespace.
    for &c in rest.iter().skip(i) {
        if c != b' ' && c != b' ' + 64 && c != b'\n' && c != b'\r' {
            return Err(error(vm, "Trailing garbage"));
        }
    }
    Ok(Value::bytes(out))
}

/// An int argument reduced modulo 2**32 (Argument Clinic's `unsigned_int(bitwise=True)`).
pub fn u32_mask(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    match vm.index_opt_big(v)? {
        Some(b) => {
            let m: num_bigint::BigInt = b & num_bigint::BigInt::from(0xffff_ffffu32);
            Ok(u32::try_from(m).unwrap_or(0))
        }
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v)))),
    }
}

/// The reflected CRC-32 (zlib's): polynomial 0xEDB88320.
pub fn crc32_update(mut crc: u32, data: &[u8]) -> u32 {
    crc = !crc;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { crc >> 1 ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

fn crc32(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("crc32", 1, 2)?;
    let data = data_arg(&pos[0])?;
    let start = match pos.get(1) {
        Some(v) => u32_mask(vm, v)?,
        None => 0,
    };
    Ok(Value::int(crc32_update(start, &data) as i64))
}

fn crc_hqx(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("crc_hqx", 2, 2)?;
    let data = data_arg(&pos[0])?;
    let mut crc = u32_mask(vm, &pos[1])? & 0xffff;
    for &b in &data {
        crc ^= (b as u32) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 } & 0xffff;
        }
    }
    Ok(Value::int(crc as i64))
}

/// A flag argument given or defaulted.
fn flag(vm: &mut Vm, v: Option<Value>, default: bool) -> PyResult<bool> {
    v.map_or(Ok(default), |v| vm.truthy(&v))
}

/// Quoted-printable decoding as CPython's: `=XX` escapes, `=` before a line end is a soft
/// break, a lone `=` stays, and with `header` an underscore is a space.
fn a2b_qp(vm: &mut Vm, args: Args) -> PyResult {
    let [data, header] = args.bind("a2b_qp", ["data", "header"], 1, 0)?;
    let data = ascii_arg(data.as_ref().unwrap_or(&Value::none()))?;
    let header = flag(vm, header, false)?;
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        i += 1;
        if c != b'=' {
            out.push(if header && c == b'_' { b' ' } else { c });
            continue;
        }
        let Some(&next) = data.get(i) else { break };
        if next == b'\n' || next == b'\r' {
            // A soft line break: drop everything up to and including the newline.
            while i < data.len() && data[i] != b'\n' {
                i += 1;
            }
            i = (i + 1).min(data.len());
        } else if next == b'=' {
            out.push(b'=');
            i += 1;
        } else if let (Some(hi), Some(lo)) = (hex_val(next), data.get(i + 1).and_then(|&b| hex_val(b))) {
            out.push(hi << 4 | lo);
            i += 2;
        } else {
            out.push(b'=');
        }
    }
    Ok(Value::bytes(out))
}

/// Quoted-printable encoding as CPython's: lines kept under 76 columns with soft breaks,
/// line ends in the data's own style (CRLF if its first newline has a CR before it).
fn b2a_qp(vm: &mut Vm, args: Args) -> PyResult {
    const MAX_LINE: usize = 76;
    let [data, quotetabs, istext, header] = args.bind("b2a_qp", ["data", "quotetabs", "istext", "header"], 1, 0)?;
    let data = data_arg(data.as_ref().unwrap_or(&Value::none()))?;
    let quotetabs = flag(vm, quotetabs, false)?;
    let istext = flag(vm, istext, true)?;
    let header = flag(vm, header, false)?;
    let crlf = matches!(data.iter().position(|&b| b == b'\n'), Some(p) if p > 0 && data[p - 1] == b'\r');
    let soft_break = |out: &mut Vec<u8>| {
        out.push(b'=');
        if crlf {
            out.push(b'\r');
        }
        out.push(b'\n');
    };
    let hex = |out: &mut Vec<u8>, b: u8| {
        const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
        out.extend_from_slice(&[b'=', DIGITS[usize::from(b >> 4)], DIGITS[usize::from(b & 15)]]);
    };
    let mut out = Vec::with_capacity(data.len());
    let mut line = 0;
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        let next = data.get(i + 1).copied();
        let is_last = next.is_none();
        let lone_dot = c == b'.' && line == 0 && matches!(next, None | Some(b'\n' | b'\r' | 0));
        let blank = c == b'\t' || c == b' ';
        let quote = c > 126
            || c == b'='
            || (header && c == b'_')
            || lone_dot
            || (!istext && (c == b'\r' || c == b'\n'))
            || (blank && is_last)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || !blank));
        if quote {
            if line + 3 >= MAX_LINE {
                soft_break(&mut out);
                line = 0;
            }
            hex(&mut out, c);
            line += 3;
            i += 1;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            // Whitespace before a line end is quoted so that transports cannot strip it.
            if let Some(&last @ (b' ' | b'\t')) = out.last() {
                out.pop();
                hex(&mut out, last);
            }
            if crlf {
                out.push(b'\r');
            }
            out.push(b'\n');
            line = 0;
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if !is_last && next != Some(b'\n') && line + 1 >= MAX_LINE {
                soft_break(&mut out);
                line = 0;
            }
            out.push(if header && c == b' ' { b'_' } else { c });
            line += 1;
            i += 1;
        }
    }
    Ok(Value::bytes(out))
}
