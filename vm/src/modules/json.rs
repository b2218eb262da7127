//! The `_json` module: the accelerator `json` uses when it can import it. String escaping
//! (`encode_basestring`, `encode_basestring_ascii`), `scanstring`, and the two callable
//! types `make_scanner` (json.decoder's `scan_once`) and `make_encoder` (the one-shot
//! encoder `json.dumps` uses when `indent` is None), with CPython 3.11's results, error
//! messages and error positions. Without it json.py runs its pure-Python scanner and
//! encoder, which the interpreter runs about ten times slower than this.
//!
//! The scanner's and encoder's attributes (`strict`, `markers`, …) are not exposed: json
//! never reads them, and each would be a stub in the core wasm.
//!
//! Python indices count code points, our strings are UTF-8: the scanner works on the bytes
//! of an ASCII document (one byte per code point) and on the decoded chars of any other.
//! Lone surrogates cannot be stored in a pygmy str, so a `\ud800` escape without its low
//! half raises ValueError as `chr(0xd800)` does.

use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::modules::support::{add_type, alloc_native, get, native_object, new_module, opt, set_attr, this, Opt};
use crate::object::Kind;
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, staticmethod, Args, BuiltinData, MethodDef, NativeFn};
use crate::types::dict::DictData;
use crate::types::typeobj::type_name;
use crate::value::Value;
use crate::vm::Vm;
use std::fmt::Write;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("encode_basestring_ascii", encode_basestring_ascii),
    ("encode_basestring", encode_basestring),
    ("scanstring", scanstring),
];

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("_json", FUNCTIONS);
    set_attr(&m, "__doc__", Value::str("json speedups\n"));
    let scanner = add_type(None, "_json", "Scanner", None, &[SCANNER_METHODS], &[], false);
    set_attr(&m, "make_scanner", scanner);
    let encoder = add_type(None, "_json", "Encoder", None, &[ENCODER_METHODS], &[], false);
    set_attr(&m, "make_encoder", encoder);
    Ok(m)
}

fn str_arg<'a>(v: &'a Value) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| type_error(format!("first argument must be a string, not {}", type_name(v))))
}

// ---- string escaping ------------------------------------------------------------------------

fn encode_basestring_ascii(_vm: &mut Vm, args: Args) -> PyResult {
    let [s] = args.check("encode_basestring_ascii", 1, 1)? else { unreachable!() };
    let mut out = String::new();
    escape_into(&mut out, str_arg(s)?, true);
    Ok(Value::string(out))
}

fn encode_basestring(_vm: &mut Vm, args: Args) -> PyResult {
    let [s] = args.check("encode_basestring", 1, 1)? else { unreachable!() };
    let mut out = String::new();
    escape_into(&mut out, str_arg(s)?, false);
    Ok(Value::string(out))
}

/// Appends `s` as a JSON string literal. `ascii`: everything outside printable ASCII as
/// `\uXXXX` (UTF-16 pairs beyond the BMP); else only controls, `"` and `\` are escaped.
fn escape_into(out: &mut String, s: &str, ascii: bool) {
    out.reserve(s.len() + 2);
    out.push_str("\"");
    let bytes = s.as_bytes();
    let mut plain = 0;
    let mut i = 0;
    // Byte by byte: printable ASCII other than `"` and `\` is copied as it is, and so is
    // DEL and every byte of a non-ASCII character unless `ascii`; the scan stops only at the
    // first byte of a character to escape.
    while i < bytes.len() {
        let b = bytes[i];
        if b >= b' ' && (b < 0x7f || !ascii) && b != b'"' && b != b'\\' {
            i += 1;
            continue;
        }
        let c = s[i..].chars().next().unwrap_or('\0');
        out.push_str(&s[plain..i]);
        i += c.len_utf8();
        plain = i;
        let named = match c {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\u{8}' => "\\b",
            '\u{c}' => "\\f",
            _ => "",
        };
        if !named.is_empty() {
            out.push_str(named);
            continue;
        }
        // (by hand: the std helpers for this are shared with other chunks, so they would
        // stay in the core wasm)
        let code = c as u32;
        if code >= 0x10000 {
            push_u16(out, 0xd800 + ((code - 0x10000) >> 10));
            push_u16(out, 0xdc00 + (code & 0x3ff));
        } else {
            push_u16(out, code);
        }
    }
    out.push_str(&s[plain..]);
    out.push_str("\"");
}

fn push_u16(out: &mut String, u: u32) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[(u >> shift & 0xf) as usize] as char);
    }
}

// ---- decoding -------------------------------------------------------------------------------

/// The document as code points: its bytes when it is ASCII, its chars otherwise.
enum Text<'a> {
    Ascii(&'a [u8]),
    Wide(Vec<char>),
}

impl Text<'_> {
    fn of(s: &str) -> Text<'_> {
        if s.is_ascii() {
            Text::Ascii(s.as_bytes())
        } else {
            Text::Wide(s.chars().collect())
        }
    }
    fn len(&self) -> usize {
        match self {
            Text::Ascii(b) => b.len(),
            Text::Wide(c) => c.len(),
        }
    }
    /// The code point at `i` (0 past the end, which no test below accepts).
    #[inline]
    fn at(&self, i: usize) -> u32 {
        match self {
            Text::Ascii(b) => b.get(i).map_or(0, |&b| b as u32),
            Text::Wide(c) => c.get(i).map_or(0, |&c| c as u32),
        }
    }
    fn push_slice(&self, out: &mut String, a: usize, b: usize) {
        match self {
            // ASCII bytes are UTF-8.
            Text::Ascii(s) => out.push_str(std::str::from_utf8(&s[a..b]).unwrap_or_default()),
            Text::Wide(c) => c[a..b].iter().for_each(|&c| out.push(c)),
        }
    }
    fn slice(&self, a: usize, b: usize) -> String {
        let mut s = String::new();
        self.push_slice(&mut s, a, b);
        s
    }
}

/// What a scan needs besides the text: the Python document (for JSONDecodeError), the
/// scanner's settings, and the memo that makes equal keys one object.
struct Scan<'a> {
    doc: &'a Value,
    text: Text<'a>,
    strict: bool,
    scanner: Option<&'a Scanner>,
    memo: DictData,
}

fn is_ws(c: u32) -> bool {
    matches!(c, 0x20 | 0x09 | 0x0a | 0x0d)
}

/// json.decoder.JSONDecodeError(msg, doc, pos), as CPython's `raise_errmsg`.
fn decode_error(vm: &mut Vm, msg: &str, doc: &Value, pos: i64) -> PyErr {
    let made = vm
        .import_module("json.decoder")
        .and_then(|m| vm.getattr(&m, &Value::intern("JSONDecodeError")))
        .and_then(|cls| vm.call(&cls, &[Value::str(msg), doc.clone(), Value::int(pos)]));
    match made {
        Ok(exc) => PyErr(exc),
        Err(e) => e,
    }
}

/// `f` one level deeper in the recursion limit (CPython's Py_EnterRecursiveCall(what)).
/// A closure rather than a fn pointer: what a fn pointer names gets a table entry and a stub
/// in the core wasm.
fn deeper<R>(vm: &mut Vm, what: &'static str, f: impl FnOnce(&mut Vm) -> PyResult<R>) -> PyResult<R> {
    vm.check_recursion_in(what)?;
    vm.native_depth += 1;
    let r = f(vm);
    vm.native_depth -= 1;
    r
}

fn stop_at(idx: usize) -> PyErr {
    PyErr::with_args(ExcType::StopIteration, vec![Value::int(idx as i64)])
}

impl Scan<'_> {
    fn err(&self, vm: &mut Vm, msg: &str, pos: usize) -> PyErr {
        decode_error(vm, msg, self.doc, pos as i64)
    }

    /// Whether `w` is spelled at `idx`.
    fn word(&self, idx: usize, w: &str) -> bool {
        idx + w.len() <= self.text.len() && w.bytes().enumerate().all(|(k, b)| self.text.at(idx + k) == b as u32)
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.text.len() && is_ws(self.text.at(i)) {
            i += 1;
        }
        i
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        (at..at + 4).try_fold(0u32, |acc, i| Some(acc << 4 | char::from_u32(self.text.at(i))?.to_digit(16)?))
    }

    /// The JSON string whose opening quote is just before `end`; returns it and the index
    /// after its closing quote.
    fn string(&self, vm: &mut Vm, mut end: usize) -> PyResult<(String, usize)> {
        let t = &self.text;
        let len = t.len();
        if end > len {
            return Err(value_error("end is out of bounds"));
        }
        // The opening quote (-1 when `end` is 0, as CPython reports it).
        let begin = end as i64 - 1;
        let mut out = String::new();
        loop {
            let mut next = end;
            let mut c = 0;
            while next < len {
                c = t.at(next);
                if c == '"' as u32 || c == '\\' as u32 {
                    break;
                }
                if c <= 0x1f && self.strict {
                    return Err(self.err(vm, "Invalid control character at", next));
                }
                next += 1;
            }
            if next == len {
                return Err(decode_error(vm, "Unterminated string starting at", self.doc, begin));
            }
            t.push_slice(&mut out, end, next);
            next += 1;
            if c == '"' as u32 {
                return Ok((out, next));
            }
            if next == len {
                return Err(decode_error(vm, "Unterminated string starting at", self.doc, begin));
            }
            let e = t.at(next);
            let ch = if e != 'u' as u32 {
                end = next + 1;
                match char::from_u32(e) {
                    Some(q @ ('"' | '\\' | '/')) => q,
                    Some('b') => '\u{8}',
                    Some('f') => '\u{c}',
                    Some('n') => '\n',
                    Some('r') => '\r',
                    Some('t') => '\t',
                    _ => return Err(self.err(vm, "Invalid \\escape", end - 2)),
                }
            } else {
                let u = next;
                end = u + 5;
                if end >= len {
                    return Err(self.err(vm, "Invalid \\uXXXX escape", u));
                }
                let Some(mut code) = self.hex4(u + 1) else { return Err(self.err(vm, "Invalid \\uXXXX escape", u)) };
                // A high surrogate joins the low one that follows as `\uXXXX`.
                if code >= 0xd800 && code < 0xdc00 && end + 6 < len && t.at(end) == '\\' as u32 && t.at(end + 1) == 'u' as u32 {
                    let Some(low) = self.hex4(end + 2) else { return Err(self.err(vm, "Invalid \\uXXXX escape", end + 1)) };
                    if low >= 0xdc00 && low < 0xe000 {
                        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                        end += 6;
                    }
                }
                char::from_u32(code).ok_or_else(|| value_error("surrogate code points are not supported"))?
            };
            out.push(ch);
        }
    }

    /// The key, as the object an equal key of this document already became (CPython's memo).
    fn key(&mut self, vm: &mut Vm, s: String) -> PyResult {
        let v = Value::string(s);
        if let Some(seen) = self.memo.get(vm, &v)? {
            return Ok(seen);
        }
        self.memo.set(vm, v.clone(), v.clone())?;
        Ok(v)
    }

    /// One JSON value at `idx`, and the index after it (StopIteration(idx) when none starts there).
    fn value(&mut self, vm: &mut Vm, idx: usize) -> PyResult<(Value, usize)> {
        if idx >= self.text.len() {
            return Err(stop_at(idx));
        }
        let word = |w: &str| self.word(idx, w);
        match char::from_u32(self.text.at(idx)).unwrap_or('\0') {
            '"' => {
                let (s, next) = self.string(vm, idx + 1)?;
                return Ok((Value::string(s), next));
            }
            '{' => return deeper(vm, " while decoding a JSON object from a unicode string", |vm| self.object(vm, idx + 1)),
            '[' => return deeper(vm, " while decoding a JSON array from a unicode string", |vm| self.array(vm, idx + 1)),
            'n' if word("null") => return Ok((Value::none(), idx + 4)),
            't' if word("true") => return Ok((Value::bool(true), idx + 4)),
            'f' if word("false") => return Ok((Value::bool(false), idx + 5)),
            'N' if word("NaN") => return self.constant(vm, "NaN", idx),
            'I' if word("Infinity") => return self.constant(vm, "Infinity", idx),
            '-' if word("-Infinity") => return self.constant(vm, "-Infinity", idx),
            _ => {}
        }
        self.number(vm, idx)
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, idx: usize) -> PyResult<(Value, usize)> {
        let hook = self.scanner.and_then(|s| get(&s.parse_constant)).unwrap_or_else(Value::none);
        Ok((vm.call(&hook, &[Value::intern(name)])?, idx + name.len()))
    }

    fn number(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let t = &self.text;
        let len = t.len();
        let digit = |i: usize| i < len && t.at(i).wrapping_sub('0' as u32) < 10;
        let mut i = start;
        if t.at(i) == '-' as u32 {
            i += 1;
            if i >= len {
                return Err(stop_at(start));
            }
        }
        match t.at(i) {
            c if c.wrapping_sub('1' as u32) < 9 => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
            }
            c if c == '0' as u32 => i += 1,
            _ => return Err(stop_at(start)),
        }
        let mut is_float = false;
        if i + 1 < len && t.at(i) == '.' as u32 && digit(i + 1) {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if i + 1 < len && (t.at(i) == 'e' as u32 || t.at(i) == 'E' as u32) {
            let e = i;
            i += 1;
            if i + 1 < len && (t.at(i) == '-' as u32 || t.at(i) == '+' as u32) {
                i += 1;
            }
            while digit(i) {
                i += 1;
            }
            if digit(i - 1) {
                is_float = true;
            } else {
                i = e;
            }
        }
        let text = t.slice(start, i);
        let (hook, exact) = match self.scanner {
            Some(s) if is_float => (get(&s.parse_float), BT::Float),
            Some(s) => (get(&s.parse_int), BT::Int),
            None => (None, BT::Int),
        };
        let value = match hook {
            Some(h) if !h.is(&rt().ty(exact)) => vm.call(&h, &[Value::string(text)])?,
            _ if is_float => Value::float(crate::types::float::parse_float(&text).unwrap_or(f64::NAN)),
            _ => Value::from_num(crate::num::int_str::parse_int_bytes(text.as_bytes(), 10, vm.int_max_str_digits)?),
        };
        Ok((value, i))
    }

    fn object(&mut self, vm: &mut Vm, idx: usize) -> PyResult<(Value, usize)> {
        let scanner = self.scanner;
        let pairs_hook = scanner.and_then(|s| get(&s.object_pairs_hook)).filter(|h| h.kind() != Kind::NoneType);
        let mut pairs = Vec::new();
        let dict = DictData::default();
        let mut i = self.skip_ws(idx);
        if i >= self.text.len() || self.text.at(i) != '}' as u32 {
            loop {
                if i >= self.text.len() || self.text.at(i) != '"' as u32 {
                    return Err(self.err(vm, "Expecting property name enclosed in double quotes", i));
                }
                let (k, next) = self.string(vm, i + 1)?;
                let key = self.key(vm, k)?;
                i = self.skip_ws(next);
                if i >= self.text.len() || self.text.at(i) != ':' as u32 {
                    return Err(self.err(vm, "Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (val, next) = self.value(vm, i)?;
                if pairs_hook.is_some() {
                    pairs.push(Value::tuple(vec![key, val]));
                } else {
                    dict.set(vm, key, val)?;
                }
                i = self.skip_ws(next);
                if i < self.text.len() && self.text.at(i) == '}' as u32 {
                    break;
                }
                if i >= self.text.len() || self.text.at(i) != ',' as u32 {
                    return Err(self.err(vm, "Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        if let Some(h) = pairs_hook {
            return Ok((vm.call(&h, &[Value::list(pairs)])?, i + 1));
        }
        let d = Value::from_dict(dict);
        match scanner.and_then(|s| get(&s.object_hook)).filter(|h| h.kind() != Kind::NoneType) {
            Some(h) => Ok((vm.call(&h, &[d])?, i + 1)),
            None => Ok((d, i + 1)),
        }
    }

    fn array(&mut self, vm: &mut Vm, idx: usize) -> PyResult<(Value, usize)> {
        let mut items = Vec::new();
        let mut i = self.skip_ws(idx);
        if i >= self.text.len() || self.text.at(i) != ']' as u32 {
            loop {
                let (v, next) = self.value(vm, i)?;
                items.push(v);
                i = self.skip_ws(next);
                if i < self.text.len() && self.text.at(i) == ']' as u32 {
                    break;
                }
                if i >= self.text.len() || self.text.at(i) != ',' as u32 {
                    return Err(self.err(vm, "Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        Ok((Value::list(items), i + 1))
    }
}

/// A non-negative index argument (`Py_ssize_t`); negative ones give `negative`'s error.
fn index_arg(vm: &mut Vm, v: &Value, negative: &str) -> PyResult<usize> {
    let i = vm.to_ssize(v)?;
    usize::try_from(i).map_err(|_| value_error(negative))
}

fn scanstring(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("scanstring", 2, 3)?;
    let s = str_arg(&pos[0])?;
    let end = index_arg(vm, &pos[1], "end is out of bounds")?;
    let strict = match pos.get(2) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let scan = Scan { doc: &pos[0], text: Text::of(s), strict, scanner: None, memo: DictData::default() };
    let (out, next) = scan.string(vm, end)?;
    Ok(Value::tuple(vec![Value::string(out), Value::int(next as i64)]))
}

// ---- make_scanner -----------------------------------------------------------------------------

struct Scanner {
    strict: std::cell::Cell<bool>,
    object_hook: Opt,
    object_pairs_hook: Opt,
    parse_float: Opt,
    parse_int: Opt,
    parse_constant: Opt,
}
native_object!(Scanner; object_hook, object_pairs_hook, parse_float, parse_int, parse_constant);

const SCANNER_METHODS: &[MethodDef] = &[staticmethod("__new__", scanner_new), method("__call__", scanner_call)];

fn scanner_new(vm: &mut Vm, args: Args) -> PyResult {
    let [_, ctx] = args.bind("make_scanner", ["cls", "context"], 2, 1)?;
    let ctx = ctx.unwrap_or_else(Value::none);
    let mut attr = |name: &str| -> PyResult<Opt> { Ok(opt(Some(vm.getattr(&ctx, &Value::intern(name))?))) };
    let strict = attr("strict")?;
    let s = Scanner {
        strict: std::cell::Cell::new(false),
        object_hook: attr("object_hook")?,
        object_pairs_hook: attr("object_pairs_hook")?,
        parse_float: attr("parse_float")?,
        parse_int: attr("parse_int")?,
        parse_constant: attr("parse_constant")?,
    };
    s.strict.set(vm.truthy(&get(&strict).unwrap_or_else(Value::none))?);
    Ok(alloc_native(&args.all[0], s))
}

fn scanner_call(vm: &mut Vm, args: Args) -> PyResult {
    let scanner = this::<Scanner>(&args, "_json.Scanner")?;
    let [string, idx] = args.rest().bind("scan_once", ["string", "idx"], 2, 0)?;
    let (string, idx) = (string.unwrap_or_else(Value::none), idx.unwrap_or_else(Value::none));
    let idx = vm.to_ssize(&idx)?;
    let s = str_arg(&string)?;
    let idx = usize::try_from(idx).map_err(|_| value_error("idx cannot be negative"))?;
    let mut scan = Scan { doc: &string, text: Text::of(s), strict: scanner.strict.get(), scanner: Some(scanner), memo: DictData::default() };
    let (v, next) = scan.value(vm, idx)?;
    Ok(Value::tuple(vec![v, Value::int(next as i64)]))
}

// ---- make_encoder -----------------------------------------------------------------------------

struct Encoder {
    markers: Opt,
    default: Opt,
    encoder: Opt,
    indent: Opt,
    key_separator: Opt,
    item_separator: Opt,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    /// `encoder` is this module's encode_basestring_ascii (Some(true)) or encode_basestring.
    fast: Option<bool>,
}
native_object!(Encoder; markers, default, encoder, indent, key_separator, item_separator);

const ENCODER_METHODS: &[MethodDef] = &[staticmethod("__new__", encoder_new), method("__call__", encoder_call)];

/// Whether `f` is `_json.encode_basestring_ascii` (true) or `_json.encode_basestring`.
fn fast_encoder(f: &Value) -> Option<bool> {
    let b = f.downcast::<BuiltinData>()?;
    let module = b.self_.as_ref().and_then(crate::types::module::module_dict)?;
    let name = module.downcast::<DictData>()?.get_item_str("__name__")?;
    if name.as_str() != Some("_json") {
        return None;
    }
    match b.name {
        "encode_basestring_ascii" => Some(true),
        "encode_basestring" => Some(false),
        _ => None,
    }
}

fn encoder_new(vm: &mut Vm, args: Args) -> PyResult {
    const NAMES: [&str; 10] = ["cls", "markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"];
    let a = args.bind("make_encoder", NAMES, 10, 1)?;
    let [_, markers, default, encoder, indent, key_sep, item_sep, sort_keys, skipkeys, allow_nan] = a.map(|v| v.unwrap_or_else(Value::none));
    if markers.kind() != Kind::NoneType && markers.kind() != Kind::Dict {
        return Err(type_error(format!("make_encoder() argument 1 must be dict or None, not {}", type_name(&markers))));
    }
    for (n, sep) in [(5, &key_sep), (6, &item_sep)] {
        if sep.as_str().is_none() {
            return Err(type_error(format!("make_encoder() argument {n} must be str, not {}", type_name(sep))));
        }
    }
    let e = Encoder {
        fast: fast_encoder(&encoder),
        sort_keys: vm.truthy(&sort_keys)?,
        skipkeys: vm.truthy(&skipkeys)?,
        allow_nan: vm.truthy(&allow_nan)?,
        markers: opt(Some(markers).filter(|m| m.kind() != Kind::NoneType)),
        default: opt(Some(default)),
        encoder: opt(Some(encoder)),
        indent: opt(Some(indent)),
        key_separator: opt(Some(key_sep)),
        item_separator: opt(Some(item_sep)),
    };
    Ok(alloc_native(&args.all[0], e))
}

fn encoder_call(vm: &mut Vm, args: Args) -> PyResult {
    let e = this::<Encoder>(&args, "_json.Encoder")?;
    let [obj, level] = args.rest().bind("_iterencode", ["obj", "_current_indent_level"], 2, 0)?;
    vm.to_ssize(&level.unwrap_or_else(Value::none))?;
    let text = |o: &Opt| get(o).and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    let mut w = Writer { e, out: String::new(), markers: get(&e.markers), key_sep: text(&e.key_separator), item_sep: text(&e.item_separator) };
    w.value(vm, &obj.unwrap_or_else(Value::none))?;
    // CPython 3.11 returns its chunks as a list (joined by json.encoder); one chunk here.
    Ok(Value::list(vec![Value::string(w.out)]))
}

/// One `_iterencode` call: the text so far and the encoder's settings.
struct Writer<'a> {
    e: &'a Encoder,
    out: String,
    markers: Option<Value>,
    key_sep: String,
    item_sep: String,
}

const NESTED: &str = " while encoding a JSON object";

impl Writer<'_> {
    fn value(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        if let Some(i) = v.as_small() {
            let _ = write!(self.out, "{i}");
            return Ok(());
        }
        match v.kind() {
            Kind::NoneType => self.out.push_str("null"),
            Kind::Bool => self.out.push_str(if v.as_i64() == Some(1) { "true" } else { "false" }),
            Kind::Str => self.string(vm, v)?,
            Kind::Int => {
                let i = v.as_int().ok_or_else(|| type_error("an int was expected"))?;
                self.out.push_str(&crate::types::int::int_to_decimal(vm, &i)?);
            }
            Kind::Float => self.float(v.as_float().unwrap_or(f64::NAN))?,
            Kind::List | Kind::Tuple => deeper(vm, NESTED, |vm| self.list(vm, v))?,
            Kind::Dict => deeper(vm, NESTED, |vm| self.dict(vm, v))?,
            _ => {
                let id = self.enter(vm, v)?;
                let default = get(&self.e.default).unwrap_or_else(Value::none);
                let new = vm.call(&default, std::slice::from_ref(v))?;
                deeper(vm, NESTED, |vm| self.value(vm, &new))?;
                self.leave(vm, id)?;
            }
        }
        Ok(())
    }

    /// Marks `v` as being encoded (ValueError if it already is: a cycle); returns its id.
    fn enter(&mut self, vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
        let Some(m) = &self.markers else { return Ok(None) };
        let d = m.downcast::<DictData>().ok_or_else(|| type_error("markers must be a dict"))?;
        let id = Value::int(v.bits() as i64);
        if d.contains(vm, &id)? {
            return Err(value_error("Circular reference detected"));
        }
        d.set(vm, id.clone(), v.clone())?;
        Ok(Some(id))
    }

    fn leave(&mut self, vm: &mut Vm, id: Option<Value>) -> PyResult<()> {
        if let (Some(m), Some(id)) = (&self.markers, id) {
            if let Some(d) = m.downcast::<DictData>() {
                if d.del(vm, &id)?.is_none() {
                    return Err(PyErr::with_args(ExcType::KeyError, vec![id]));
                }
            }
        }
        Ok(())
    }

    fn string(&mut self, vm: &mut Vm, s: &Value) -> PyResult<()> {
        if let Some(ascii) = self.e.fast {
            escape_into(&mut self.out, s.as_str().unwrap_or(""), ascii);
            return Ok(());
        }
        let f = get(&self.e.encoder).unwrap_or_else(Value::none);
        let r = vm.call(&f, std::slice::from_ref(s))?;
        let text = r.as_str().ok_or_else(|| type_error(format!("encoder() must return a string, not {}", type_name(&r))))?;
        self.out.push_str(text);
        Ok(())
    }

    fn float(&mut self, x: f64) -> PyResult<()> {
        if x.is_finite() {
            self.out.push_str(&crate::types::float::float_repr(x));
        } else if !self.e.allow_nan {
            return Err(value_error("Out of range float values are not JSON compliant"));
        } else {
            self.out.push_str(if x.is_nan() { "NaN" } else if x > 0.0 { "Infinity" } else { "-Infinity" });
        }
        Ok(())
    }

    fn list(&mut self, vm: &mut Vm, seq: &Value) -> PyResult<()> {
        let items = match seq.as_list() {
            Some(l) => l.snapshot(),
            None => seq.as_tuple().map(<[Value]>::to_vec).unwrap_or_default(),
        };
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        let id = self.enter(vm, seq)?;
        self.out.push_str("[");
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(&self.item_sep);
            }
            self.value(vm, item)?;
        }
        self.leave(vm, id)?;
        self.out.push_str("]");
        Ok(())
    }

    fn dict(&mut self, vm: &mut Vm, d: &Value) -> PyResult<()> {
        let Some(data) = d.downcast::<DictData>() else { return Err(type_error("a dict was expected")) };
        if data.len() == 0 {
            self.out.push_str("{}");
            return Ok(());
        }
        let id = self.enter(vm, d)?;
        self.out.push_str("{");
        let mut first = true;
        // A dict subclass's own items() counts, as PyMapping_Items calls it; an exact dict's
        // pairs need no tuples.
        let items: Vec<Value> = if crate::ops::is_exact(d, BT::Dict) && !self.e.sort_keys {
            for (key, value) in &data.items() {
                self.item(vm, key, value, &mut first)?;
            }
            Vec::new()
        } else {
            let it = vm.call_method(d, "items", &[])?;
            let list = vm.call(&rt().ty(BT::List), &[it])?;
            let items = list.as_list().map(|l| l.snapshot()).unwrap_or_default();
            if self.e.sort_keys {
                crate::types::list::sort_values(vm, items, None, false).map_err(|(e, _)| e)?
            } else {
                items
            }
        };
        for item in &items {
            let Some([key, value]) = item.as_tuple().and_then(|t| <&[Value; 2]>::try_from(t).ok()) else {
                return Err(value_error("items must return 2-tuples"));
            };
            self.item(vm, key, value, &mut first)?;
        }
        self.leave(vm, id)?;
        self.out.push_str("}");
        Ok(())
    }

    /// One `key: value` of a dict (after the separator unless `first`), or nothing for a key
    /// `skipkeys` skips.
    fn item(&mut self, vm: &mut Vm, key: &Value, value: &Value, first: &mut bool) -> PyResult<()> {
        let key_text = match key.kind() {
            Kind::Str => None,
            Kind::Float => {
                let mut f = Writer { e: self.e, out: String::new(), markers: None, key_sep: String::new(), item_sep: String::new() };
                f.float(key.as_float().unwrap_or(f64::NAN))?;
                Some(f.out)
            }
            Kind::Bool => Some(if key.as_i64() == Some(1) { "true" } else { "false" }.to_owned()),
            Kind::NoneType => Some("null".to_owned()),
            Kind::Int => Some(crate::types::int::int_to_decimal(vm, &key.as_int().ok_or_else(|| type_error("an int was expected"))?)?),
            _ if self.e.skipkeys => return Ok(()),
            _ => return Err(type_error(format!("keys must be str, int, float, bool or None, not {}", type_name(key)))),
        };
        if !*first {
            self.out.push_str(&self.item_sep);
        }
        *first = false;
        match key_text {
            None => self.string(vm, key)?,
            Some(t) => self.string(vm, &Value::string(t))?,
        }
        self.out.push_str(&self.key_sep);
        self.value(vm, value)?;
        Ok(())
    }
}
