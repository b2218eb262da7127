//! The `_codecs` module: the codec registry (`register`/`lookup` with CPython's name
//! normalization), error handler registry, and the codec functions the `encodings` package
//! wraps (`utf_8_decode`...), over the VM's `str.encode`/`bytes.decode` machinery. Native
//! codecs understand the builtin error handler names only.

use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::modules::util::{new_module, set};
use crate::types::builtin::{Args, NativeFn};
use crate::types::typeobj::type_name;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

thread_local! {
    /// Search functions, the lookup cache (normalized name → CodecInfo) and custom handlers.
    static REGISTRY: RefCell<Option<(Value, Value, Value)>> = const { RefCell::new(None) };
}

fn registry() -> (Value, Value, Value) {
    REGISTRY.with(|r| r.borrow_mut().get_or_insert_with(|| (Value::list(vec![]), Value::dict(), Value::dict())).clone())
}

macro_rules! codec_fns {
    ($($enc:ident / $dec:ident => $name:literal,)*) => {
        $(
            fn $enc(vm: &mut Vm, args: Args) -> PyResult {
                encode_with(vm, args, $name)
            }
            fn $dec(vm: &mut Vm, args: Args) -> PyResult {
                decode_with(vm, args, $name)
            }
        )*
        const CODEC_FNS: &[(&str, NativeFn)] = &[$((stringify!($enc), $enc), (stringify!($dec), $dec),)*];
    };
}

codec_fns! {
    utf_8_encode / utf_8_decode => "utf-8",
    utf_16_encode / utf_16_decode => "utf-16",
    utf_16_le_encode / utf_16_le_decode => "utf-16-le",
    utf_16_be_encode / utf_16_be_decode => "utf-16-be",
    utf_32_encode / utf_32_decode => "utf-32",
    utf_32_le_encode / utf_32_le_decode => "utf-32-le",
    utf_32_be_encode / utf_32_be_decode => "utf-32-be",
    latin_1_encode / latin_1_decode => "latin-1",
    ascii_encode / ascii_decode => "ascii",
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("register", codecs_register),
    ("unregister", codecs_unregister),
    ("lookup", codecs_lookup),
    ("encode", codecs_encode),
    ("decode", codecs_decode),
    ("_forget_codec", codecs_forget),
    ("register_error", codecs_register_error),
    ("lookup_error", codecs_lookup_error),
    ("utf_16_ex_decode", utf_16_ex_decode),
    ("utf_32_ex_decode", utf_32_ex_decode),
    ("escape_encode", escape_encode),
    ("escape_decode", escape_decode),
    ("unicode_escape_encode", unicode_escape_encode),
    ("unicode_escape_decode", unicode_escape_decode),
    ("raw_unicode_escape_encode", raw_unicode_escape_encode),
    ("raw_unicode_escape_decode", raw_unicode_escape_decode),
    ("charmap_build", charmap_build),
    ("charmap_encode", charmap_encode),
    ("charmap_decode", charmap_decode),
    ("readbuffer_encode", readbuffer_encode),
];

const HANDLERS: &[(&str, NativeFn)] = &[
    ("strict_errors", strict_errors),
    ("ignore_errors", ignore_errors),
    ("replace_errors", replace_errors),
    ("backslashreplace_errors", backslashreplace_errors),
    ("xmlcharrefreplace_errors", xmlcharrefreplace_errors),
    ("namereplace_errors", namereplace_errors),
    ("surrogateescape_errors", strict_errors),
    ("surrogatepass_errors", strict_errors),
];

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("_codecs", FUNCTIONS);
    for (n, f) in CODEC_FNS {
        set(&m, n, crate::types::new_builtin_function(n, *f, Some(m.clone())));
    }
    Ok(m)
}

/// CPython's normalization for lookup: lower case; runs of anything but letters, digits and
/// '.' become one '_' (none at the ends).
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if pending && !out.is_empty() {
                out.push('_');
            }
            pending = false;
            out.extend(c.to_lowercase());
        } else {
            pending = true;
        }
    }
    out
}

fn str_arg<'a>(v: &'a Value, fname: &str, what: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| type_error(format!("{fname}() argument {what} must be str, not {}", type_name(v))))
}

fn codecs_register(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("register", 1, 1)?;
    if !crate::builtins::is_callable(&pos[0]) {
        return Err(type_error("argument must be callable"));
    }
    let (search, _, _) = registry();
    vm.call_method(&search, "append", &[pos[0].clone()])?;
    Ok(Value::none())
}

fn codecs_unregister(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("unregister", 1, 1)?;
    let (search, cache, _) = registry();
    if vm.contains(&search, &pos[0])? {
        vm.call_method(&search, "remove", &[pos[0].clone()])?;
        vm.call_method(&cache, "clear", &[])?;
    }
    Ok(Value::none())
}

/// `codecs.lookup(name)`: the cached CodecInfo, else the first search function's answer.
pub fn lookup(vm: &mut Vm, name: &str) -> PyResult {
    let key = Value::string(normalize(name));
    let (search, cache, _) = registry();
    if let Some(ci) = crate::types::dict::dict_data(&cache).and_then(|d| d.get_str(&key)) {
        return Ok(ci);
    }
    if search.as_list().map(|l| l.is_empty()).unwrap_or(true) {
        // The encodings package registers the search function.
        vm.import_module("encodings")?;
    }
    for f in search.as_list().map(|l| l.snapshot()).unwrap_or_default() {
        let r = vm.call(&f, std::slice::from_ref(&key))?;
        if r.is_none() {
            continue;
        }
        if r.as_tuple().map(|t| t.len() != 4).unwrap_or(true) {
            return Err(type_error("codec search functions must return 4-tuples"));
        }
        vm.setitem(&cache, &key, &r)?;
        return Ok(r);
    }
    Err(PyErr::new(ExcType::LookupError, format!("unknown encoding: {name}")))
}

fn codecs_lookup(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("lookup", 1, 1)?;
    let name = str_arg(&pos[0], "lookup", "")?.to_owned();
    lookup(vm, &name)
}

fn codecs_forget(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("_forget_codec", 1, 1)?;
    let name = str_arg(&pos[0], "_forget_codec", "")?;
    let key = Value::string(normalize(name));
    let (_, cache, _) = registry();
    if let Some(d) = crate::types::dict::dict_data(&cache) {
        d.del(vm, &key)?;
    }
    Ok(Value::none())
}

/// encode()/decode(): through the registry; the result must be (object, length).
fn transcode(vm: &mut Vm, args: Args, fname: &str, which: usize) -> PyResult {
    let [obj, encoding, errors] = args.bind(fname, ["obj", "encoding", "errors"], 1, 0)?;
    let obj = obj.unwrap_or_else(Value::none);
    let encoding = match &encoding {
        Some(e) => str_arg(e, fname, "'encoding'")?.to_owned(),
        None => "utf-8".to_owned(),
    };
    let errors = errors.unwrap_or_else(|| Value::str("strict"));
    let ci = lookup(vm, &encoding)?;
    let f = ci.as_tuple().map(|t| t[which].clone()).unwrap_or_else(Value::none);
    let r = vm.call(&f, &[obj, errors])?;
    match r.as_tuple() {
        Some(t) if t.len() == 2 => Ok(t[0].clone()),
        _ => Err(type_error(format!("{} must return a tuple (object, integer)", if which == 0 { "encoder" } else { "decoder" }))),
    }
}

fn codecs_encode(vm: &mut Vm, args: Args) -> PyResult {
    transcode(vm, args, "encode", 0)
}

fn codecs_decode(vm: &mut Vm, args: Args) -> PyResult {
    transcode(vm, args, "decode", 1)
}

fn errors_arg(v: Option<&Value>) -> PyResult<String> {
    match v {
        None => Ok("strict".into()),
        Some(v) if v.is_none() => Ok("strict".into()),
        Some(v) => v.as_str().map(|s| s.to_owned()).ok_or_else(|| type_error(format!("argument 'errors' must be str or None, not {}", type_name(v)))),
    }
}

fn bytes_arg(v: &Value) -> PyResult<Vec<u8>> {
    if v.as_str().is_some() {
        return Err(type_error(format!("a bytes-like object is required, not '{}'", type_name(v))));
    }
    crate::types::bytes::bytes_like(v).ok_or_else(|| type_error(format!("a bytes-like object is required, not '{}'", type_name(v))))
}

fn encode_with(vm: &mut Vm, args: Args, enc: &str) -> PyResult {
    let pos = args.check(enc, 1, 2)?;
    let s = pos[0].as_str().ok_or_else(|| type_error(format!("argument 1 must be str, not {}", type_name(&pos[0]))))?;
    let errors = errors_arg(pos.get(1))?;
    let b = crate::types::bytes::encode(vm, s, enc, &errors)?;
    Ok(Value::tuple(vec![b, Value::int(s.chars().count() as i64)]))
}

/// How many leading bytes form complete characters (incremental decoding keeps the rest).
fn complete_prefix(enc: &str, data: &[u8]) -> usize {
    match enc {
        "utf-8" => match std::str::from_utf8(data) {
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            _ => data.len(),
        },
        "utf-16" | "utf-16-le" | "utf-16-be" => {
            let mut n = data.len() & !1;
            if n >= 2 {
                let be = enc == "utf-16-be" || (enc == "utf-16" && data.starts_with(b"\xfe\xff"));
                let unit = if be { u16::from_be_bytes([data[n - 2], data[n - 1]]) } else { u16::from_le_bytes([data[n - 2], data[n - 1]]) };
                if (0xd800..0xdc00).contains(&unit) {
                    n -= 2;
                }
            }
            n
        }
        "utf-32" | "utf-32-le" | "utf-32-be" => data.len() & !3,
        _ => data.len(),
    }
}

fn decode_with(vm: &mut Vm, args: Args, enc: &str) -> PyResult {
    let pos = args.check(enc, 1, 3)?;
    let data = bytes_arg(&pos[0])?;
    let errors = errors_arg(pos.get(1))?;
    let last = match pos.get(2) {
        Some(f) => vm.truthy(f)?,
        None => false,
    };
    let n = if last { data.len() } else { complete_prefix(enc, &data) };
    let s = crate::types::bytes::decode(vm, &data[..n], enc, &errors)?;
    Ok(Value::tuple(vec![s, Value::int(n as i64)]))
}

/// `utf_16_ex_decode(data, errors, byteorder=0, final=False)` → (str, consumed, byteorder).
fn ex_decode(vm: &mut Vm, args: Args, width: usize) -> PyResult {
    let pos = args.check("ex_decode", 1, 4)?;
    let data = bytes_arg(&pos[0])?;
    let errors = errors_arg(pos.get(1))?;
    let mut order = match pos.get(2) {
        Some(o) => vm.to_isize(o)?,
        None => 0,
    };
    let last = match pos.get(3) {
        Some(f) => vm.truthy(f)?,
        None => false,
    };
    let (le_bom, be_bom): (&[u8], &[u8]) = if width == 2 { (b"\xff\xfe", b"\xfe\xff") } else { (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff") };
    let mut start = 0;
    if order == 0 {
        if data.starts_with(le_bom) {
            order = -1;
            start = width;
        } else if data.starts_with(be_bom) {
            order = 1;
            start = width;
        } else if data.len() < width && !last {
            return Ok(Value::tuple(vec![Value::str(""), Value::int(0), Value::int(0)]));
        }
    }
    let enc = match (width, order > 0) {
        (2, false) => "utf-16-le",
        (2, true) => "utf-16-be",
        (_, false) => "utf-32-le",
        (_, true) => "utf-32-be",
    };
    let body = &data[start..];
    let n = if last { body.len() } else { complete_prefix(enc, body) };
    let s = crate::types::bytes::decode(vm, &body[..n], enc, &errors)?;
    Ok(Value::tuple(vec![s, Value::int((start + n) as i64), Value::int(order as i64)]))
}

fn utf_16_ex_decode(vm: &mut Vm, args: Args) -> PyResult {
    ex_decode(vm, args, 2)
}

fn utf_32_ex_decode(vm: &mut Vm, args: Args) -> PyResult {
    ex_decode(vm, args, 4)
}

// ---- escape codecs ----------------------------------------------------------------------------

fn escape_encode(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("escape_encode", 1, 2)?;
    let data = pos[0].as_bytes().ok_or_else(|| type_error(format!("argument 1 must be bytes, not {}", type_name(&pos[0]))))?;
    let mut out = Vec::with_capacity(data.len());
    for &b in data {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\'' => out.extend_from_slice(b"\\'"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7e => out.push(b),
            _ => out.extend_from_slice(format!("\\x{b:02x}").as_bytes()),
        }
    }
    Ok(Value::tuple(vec![Value::bytes(out), Value::int(data.len() as i64)]))
}

/// Decodes backslash escapes; `unicode` adds \u, \U and \N{...} (as code points).
fn unescape(data: &[u8], unicode: bool, what: &str) -> PyResult<Vec<char>> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    let err = |start: usize, end: usize, reason: String| {
        if unicode {
            PyErr::with_args(ExcType::UnicodeDecodeError, vec![Value::str(what), Value::bytes(data.to_vec()), Value::int(start as i64), Value::int(end as i64), Value::string(reason)])
        } else {
            PyErr::new(ExcType::ValueError, format!("invalid \\x escape at position {start}"))
        }
    };
    while i < data.len() {
        let b = data[i];
        if b != b'\\' {
            out.push(b as char);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&c) = data.get(i) else {
            return Err(if unicode { err(start, data.len(), "\\ at end of string".into()) } else { PyErr::new(ExcType::ValueError, "Trailing \\ in string") });
        };
        i += 1;
        let simple = match c {
            b'\n' => None,
            b'\\' => Some('\\'),
            b'\'' => Some('\''),
            b'"' => Some('"'),
            b'a' => Some('\x07'),
            b'b' => Some('\x08'),
            b'f' => Some('\x0c'),
            b'n' => Some('\n'),
            b'r' => Some('\r'),
            b't' => Some('\t'),
            b'v' => Some('\x0b'),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    match data.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                Some(char::from_u32(if unicode { v } else { v & 0xff }).unwrap_or('\0'))
            }
            b'x' | b'u' | b'U' if c == b'x' || unicode => {
                let n = match c {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let hex = data.get(i..i + n).filter(|h| h.iter().all(|d| d.is_ascii_hexdigit()));
                let Some(hex) = hex else {
                    let end = (i..data.len().min(i + n)).take_while(|&k| data[k].is_ascii_hexdigit()).last().map(|k| k + 1).unwrap_or(i);
                    return Err(err(start, end, format!("truncated \\{}{} escape", c as char, "X".repeat(n))));
                };
                i += n;
                let v = u32::from_str_radix(std::str::from_utf8(hex).unwrap_or("0"), 16).unwrap_or(0);
                match char::from_u32(v) {
                    Some(ch) => Some(ch),
                    None => return Err(err(start, i, "illegal Unicode character".into())),
                }
            }
            _ => {
                out.push('\\');
                Some(c as char)
            }
        };
        if let Some(ch) = simple {
            out.push(ch);
        }
    }
    Ok(out)
}

fn escape_decode(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("escape_decode", 1, 2)?;
    let data = match pos[0].as_str() {
        Some(s) => s.as_bytes().to_vec(),
        None => bytes_arg(&pos[0])?,
    };
    let chars = unescape(&data, false, "")?;
    Ok(Value::tuple(vec![Value::bytes(chars.into_iter().map(|c| c as u32 as u8).collect()), Value::int(data.len() as i64)]))
}

fn unicode_escape_encode(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("unicode_escape_encode", 1, 2)?;
    let s = pos[0].as_str().ok_or_else(|| type_error(format!("argument 1 must be str, not {}", type_name(&pos[0]))))?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            ' '..='~' => out.push(c),
            _ if u < 0x100 => out.push_str(&format!("\\x{u:02x}")),
            _ if u < 0x10000 => out.push_str(&format!("\\u{u:04x}")),
            _ => out.push_str(&format!("\\U{u:08x}")),
        }
    }
    Ok(Value::tuple(vec![Value::bytes(out.into_bytes()), Value::int(s.chars().count() as i64)]))
}

fn unicode_escape_decode(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("unicode_escape_decode", 1, 3)?;
    let data = match pos[0].as_str() {
        Some(s) => s.as_bytes().to_vec(),
        None => bytes_arg(&pos[0])?,
    };
    let chars = unescape(&data, true, "unicodeescape")?;
    Ok(Value::tuple(vec![Value::string(chars.into_iter().collect()), Value::int(data.len() as i64)]))
}

fn raw_unicode_escape_encode(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("raw_unicode_escape_encode", 1, 2)?;
    let s = pos[0].as_str().ok_or_else(|| type_error(format!("argument 1 must be str, not {}", type_name(&pos[0]))))?;
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let u = c as u32;
        if u < 0x100 {
            out.push(u as u8);
        } else if u < 0x10000 {
            out.extend_from_slice(format!("\\u{u:04x}").as_bytes());
        } else {
            out.extend_from_slice(format!("\\U{u:08x}").as_bytes());
        }
    }
    Ok(Value::tuple(vec![Value::bytes(out), Value::int(s.chars().count() as i64)]))
}

fn raw_unicode_escape_decode(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("raw_unicode_escape_decode", 1, 3)?;
    let data = match pos[0].as_str() {
        Some(s) => s.as_bytes().to_vec(),
        None => bytes_arg(&pos[0])?,
    };
    let mut out = String::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b == b'\\' && matches!(data.get(i + 1), Some(b'u') | Some(b'U')) {
            let n = if data[i + 1] == b'u' { 4 } else { 8 };
            if let Some(h) = data.get(i + 2..i + 2 + n).filter(|h| h.iter().all(|d| d.is_ascii_hexdigit())) {
                let v = u32::from_str_radix(std::str::from_utf8(h).unwrap_or("0"), 16).unwrap_or(0);
                if let Some(c) = char::from_u32(v) {
                    out.push(c);
                    i += 2 + n;
                    continue;
                }
            }
            return Err(PyErr::with_args(
                ExcType::UnicodeDecodeError,
                vec![Value::str("rawunicodeescape"), Value::bytes(data.clone()), Value::int(i as i64), Value::int((i + 2) as i64), Value::string(format!("truncated \\{}XXXX escape", data[i + 1] as char))],
            ));
        }
        out.push(b as char);
        i += 1;
    }
    Ok(Value::tuple(vec![Value::string(out), Value::int(data.len() as i64)]))
}

// ---- charmap ----------------------------------------------------------------------------------

fn charmap_build(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("charmap_build", 1, 1)?;
    let s = pos[0].as_str().ok_or_else(|| type_error("charmap_build() argument must be str"))?;
    let d = Value::dict();
    for (i, c) in s.chars().enumerate() {
        vm.setitem(&d, &Value::int(c as i64), &Value::int(i as i64))?;
    }
    Ok(d)
}

fn charmap_decode(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("charmap_decode", 1, 3)?;
    let data = bytes_arg(&pos[0])?;
    let errors = errors_arg(pos.get(1))?;
    let map = pos.get(2).filter(|m| !m.is_none()).cloned();
    let Some(map) = map else {
        return decode_with(vm, Args::new(&[pos[0].clone(), Value::string(errors), Value::bool(true)]), "latin-1");
    };
    let table: Option<Vec<char>> = map.as_str().map(|s| s.chars().collect());
    let mut out = String::with_capacity(data.len());
    for (i, &b) in data.iter().enumerate() {
        let c = match &table {
            Some(t) => t.get(b as usize).copied().filter(|c| *c != '\u{fffe}'),
            None => match vm.getitem(&map, &Value::int(b as i64)) {
                Ok(v) if v.is_none() => None,
                Ok(v) => match v.as_str() {
                    Some(s) => {
                        out.push_str(s);
                        continue;
                    }
                    None => char::from_u32(vm.to_isize(&v)? as u32),
                },
                Err(e) if e.matches(ExcType::LookupError) => None,
                Err(e) => return Err(e),
            },
        };
        match (c, errors.as_str()) {
            (Some(c), _) => out.push(c),
            (None, "ignore") => {}
            (None, "replace") => out.push('\u{fffd}'),
            (None, "backslashreplace") => out.push_str(&format!("\\x{b:02x}")),
            (None, _) => {
                return Err(PyErr::with_args(
                    ExcType::UnicodeDecodeError,
                    vec![Value::str("charmap"), Value::bytes(data.clone()), Value::int(i as i64), Value::int(i as i64 + 1), Value::str("character maps to <undefined>")],
                ))
            }
        }
    }
    Ok(Value::tuple(vec![Value::string(out), Value::int(data.len() as i64)]))
}

fn charmap_encode(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("charmap_encode", 1, 3)?;
    let s = pos[0].as_str().ok_or_else(|| type_error(format!("argument 1 must be str, not {}", type_name(&pos[0]))))?.to_owned();
    let errors = errors_arg(pos.get(1))?;
    let Some(map) = pos.get(2).filter(|m| !m.is_none()).cloned() else {
        return encode_with(vm, Args::new(&[pos[0].clone(), Value::string(errors)]), "latin-1");
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        let v = match vm.getitem(&map, &Value::int(c as i64)) {
            Ok(v) if v.is_none() => None,
            Ok(v) => Some(v),
            Err(e) if e.matches(ExcType::LookupError) => None,
            Err(e) => return Err(e),
        };
        match v {
            Some(v) => match v.as_bytes() {
                Some(b) => out.extend_from_slice(b),
                None => out.push(vm.to_isize(&v)? as u8),
            },
            None => match errors.as_str() {
                "ignore" => {}
                "replace" => out.push(b'?'),
                _ => {
                    return Err(PyErr::with_args(
                        ExcType::UnicodeEncodeError,
                        vec![Value::str("charmap"), Value::string(s.clone()), Value::int(i as i64), Value::int(i as i64 + 1), Value::str("character maps to <undefined>")],
                    ))
                }
            },
        }
    }
    Ok(Value::tuple(vec![Value::bytes(out), Value::int(s.chars().count() as i64)]))
}

fn readbuffer_encode(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("readbuffer_encode", 1, 2)?;
    let data = match pos[0].as_str() {
        Some(s) => s.as_bytes().to_vec(),
        None => bytes_arg(&pos[0])?,
    };
    let n = data.len();
    Ok(Value::tuple(vec![Value::bytes(data), Value::int(n as i64)]))
}

// ---- error handlers ---------------------------------------------------------------------------

fn codecs_register_error(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("register_error", 2, 2)?;
    str_arg(&pos[0], "register_error", "1")?;
    if !crate::builtins::is_callable(&pos[1]) {
        return Err(type_error("handler must be callable"));
    }
    let (_, _, handlers) = registry();
    vm.setitem(&handlers, &pos[0], &pos[1])?;
    Ok(Value::none())
}

/// A handler registered with `register_error` under `name` (callers ask only for names the
/// native codecs do not know).
pub fn custom_error_handler(name: &str) -> Option<Value> {
    let (_, _, handlers) = registry();
    crate::types::dict::dict_data(&handlers).and_then(|d| d.get_item_str(name))
}

fn codecs_lookup_error(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("lookup_error", 1, 1)?;
    let name = str_arg(&pos[0], "lookup_error", "1")?;
    let (_, _, handlers) = registry();
    if let Some(h) = crate::types::dict::dict_data(&handlers).and_then(|d| d.get_item_str(name)) {
        return Ok(h);
    }
    let builtin = match name {
        "strict" => 0,
        "ignore" => 1,
        "replace" => 2,
        "backslashreplace" => 3,
        "xmlcharrefreplace" => 4,
        "namereplace" => 5,
        "surrogateescape" => 6,
        "surrogatepass" => 7,
        _ => return Err(PyErr::new(ExcType::LookupError, format!("unknown error handler name '{name}'"))),
    };
    let (n, f) = HANDLERS[builtin];
    let h = crate::types::new_builtin_function(n, f, None);
    vm.setitem(&handlers, &pos[0], &h)?;
    Ok(h)
}

/// The exception a handler got, and its (object, start, end).
fn handler_exc(vm: &mut Vm, args: &Args) -> PyResult<(Value, Value, usize, usize)> {
    let pos = args.check("handler", 1, 1)?;
    let e = pos[0].clone();
    if !crate::types::typeobj::is_subtype_ptr(e.class_ptr(), ExcType::UnicodeError.type_ptr()) {
        return Err(type_error(format!("don't know how to handle {} in error callback", type_name(&e))));
    }
    let obj = vm.getattr(&e, &Value::intern("object"))?;
    let start = vm.getattr(&e, &Value::intern("start"))?;
    let end = vm.getattr(&e, &Value::intern("end"))?;
    let (start, end) = (vm.to_isize(&start)?.max(0) as usize, vm.to_isize(&end)?.max(0) as usize);
    Ok((e, obj, start, end))
}

fn is_encode(e: &Value) -> bool {
    crate::types::typeobj::is_subtype_ptr(e.class_ptr(), ExcType::UnicodeEncodeError.type_ptr())
}

fn strict_errors(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("strict_errors", 1, 1)?;
    let _ = vm;
    if !crate::types::typeobj::is_subtype_ptr(pos[0].class_ptr(), ExcType::BaseException.type_ptr()) {
        return Err(type_error("codec must pass exception instance"));
    }
    Err(PyErr(pos[0].clone()))
}

fn ignore_errors(vm: &mut Vm, args: Args) -> PyResult {
    let (_, _, _, end) = handler_exc(vm, &args)?;
    Ok(Value::tuple(vec![Value::str(""), Value::int(end as i64)]))
}

fn replace_errors(vm: &mut Vm, args: Args) -> PyResult {
    let (e, _, start, end) = handler_exc(vm, &args)?;
    let r = if is_encode(&e) { "?".repeat(end.saturating_sub(start)) } else if crate::types::typeobj::is_subtype_ptr(e.class_ptr(), ExcType::UnicodeDecodeError.type_ptr()) { "\u{fffd}".into() } else { "\u{fffd}".repeat(end.saturating_sub(start)) };
    Ok(Value::tuple(vec![Value::string(r), Value::int(end as i64)]))
}

fn backslashreplace_errors(vm: &mut Vm, args: Args) -> PyResult {
    let (_, obj, start, end) = handler_exc(vm, &args)?;
    let mut out = String::new();
    if let Some(s) = obj.as_str() {
        for c in s.chars().skip(start).take(end.saturating_sub(start)) {
            let u = c as u32;
            out.push_str(&if u < 0x100 { format!("\\x{u:02x}") } else if u < 0x10000 { format!("\\u{u:04x}") } else { format!("\\U{u:08x}") });
        }
    } else if let Some(b) = crate::types::bytes::bytes_like(&obj) {
        for x in b.iter().take(end).skip(start) {
            out.push_str(&format!("\\x{x:02x}"));
        }
    }
    Ok(Value::tuple(vec![Value::string(out), Value::int(end as i64)]))
}

/// `codecs.namereplace_errors`: `\N{NAME}` for each unencodable character that has a name,
/// else its `\x`/`\u`/`\U` escape (encoding only, as CPython).
fn namereplace_errors(vm: &mut Vm, args: Args) -> PyResult {
    let (e, obj, start, end) = handler_exc(vm, &args)?;
    if !is_encode(&e) {
        return Err(type_error(format!("don't know how to handle {} in error callback", type_name(&e))));
    }
    crate::modules::unicodedata::database_indirect(vm)?;
    let s = obj.as_str().unwrap_or("");
    let mut out = String::new();
    for c in s.chars().skip(start).take(end.saturating_sub(start)) {
        let u = c as u32;
        match crate::strings::ucd::name_of(c) {
            Some(n) => out.push_str(&format!("\\N{{{n}}}")),
            None => out.push_str(&if u < 0x100 { format!("\\x{u:02x}") } else if u < 0x10000 { format!("\\u{u:04x}") } else { format!("\\U{u:08x}") }),
        }
    }
    Ok(Value::tuple(vec![Value::string(out), Value::int(end as i64)]))
}

fn xmlcharrefreplace_errors(vm: &mut Vm, args: Args) -> PyResult {
    let (e, obj, start, end) = handler_exc(vm, &args)?;
    if !is_encode(&e) {
        return Err(type_error(format!("don't know how to handle {} in error callback", type_name(&e))));
    }
    let s = obj.as_str().unwrap_or("");
    let out: String = s.chars().skip(start).take(end.saturating_sub(start)).map(|c| format!("&#{};", c as u32)).collect();
    Ok(Value::tuple(vec![Value::string(out), Value::int(end as i64)]))
}
