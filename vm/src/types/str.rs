//! `str`: immutable Unicode text stored as UTF-8 with its length in code points cached
//! (ASCII strings index in O(1)); interned strings for names; the str type's methods.

use crate::error::{index_error, type_error, value_error, ExcType, PyErr, PyResult};
use crate::object::{alloc_obj, flag, Trace};
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::typeobj::{alloc_instance, is_instance_bt, type_name};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

pub struct StrData {
    s: Box<str>,
    /// Length in code points.
    len: usize,
    /// Cached hash; -1 until computed.
    hash: Cell<i64>,
}

impl Trace for StrData {}

impl StrData {
    pub fn new(s: &str) -> StrData {
        StrData { len: char_count(s), s: s.into(), hash: Cell::new(-1) }
    }

    pub fn from_string(s: String) -> StrData {
        StrData { len: char_count(&s), s: s.into_boxed_str(), hash: Cell::new(-1) }
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.len
    }

    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.len == self.s.len()
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::hash::hash_bytes(self.s.as_bytes());
        self.hash.set(h);
        h
    }

    /// Byte offset of code point `i` (i <= len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        self.s.char_indices().nth(i).map(|(b, _)| b).unwrap_or(self.s.len())
    }

    /// The code point at index `i` (0 <= i < len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            return self.s.as_bytes()[i] as char;
        }
        self.s.chars().nth(i).unwrap_or('\0')
    }
}

#[inline]
fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

impl Value {
    /// A new str.
    pub fn str(s: &str) -> Value {
        if s.is_empty() {
            // SAFETY: set at init.
            return unsafe { Value::from_ptr(rt().empty_str.get()) };
        }
        if s.len() == 1 {
            return crate::runtime::ascii_str(s.as_bytes()[0]);
        }
        alloc_obj(&rt().ty(BT::Str), StrData::new(s), 0)
    }

    pub fn string(s: String) -> Value {
        if s.len() <= 1 {
            return Value::str(&s);
        }
        alloc_obj(&rt().ty(BT::Str), StrData::from_string(s), 0)
    }

    /// The interned (immortal, unique) str with this content.
    pub fn intern(s: &str) -> Value {
        // SAFETY: single-threaded access to the intern table.
        let table = unsafe { &mut *rt().interned.get() };
        if let Some(&p) = table.get(s) {
            return unsafe { Value::from_ptr(p) };
        }
        let v = alloc_obj(&rt().ty(BT::Str), StrData::new(s), 0);
        let h = v.header().expect("str is a heap object");
        h.make_immortal();
        h.set_flag(flag::INTERNED);
        // The key borrows the immortal string's own storage.
        let key: &'static str = unsafe { &*(v.downcast::<StrData>().expect("str").as_str() as *const str) };
        table.insert(key, v.as_ptr());
        v
    }

    /// The Rust str of a str value (None for other kinds).
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        self.downcast::<StrData>().map(|s| s.as_str())
    }
}

/// Interns an existing str value (returns the canonical object).
pub fn intern_value(v: &Value) -> Value {
    match v.header() {
        Some(h) if h.has_flag(flag::INTERNED) => v.clone(),
        _ => match v.as_str() {
            Some(s) => Value::intern(s),
            None => v.clone(),
        },
    }
}

/// Whether `s` is a valid identifier (PEP 3131, approximated by Unicode XID via Rust's
/// alphabetic/numeric classes).
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// Python `repr()` of a string.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x7f => out.push(c),
            c if crate::types::str::is_printable(c) => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable` for one character (approximation until the Unicode tables land).
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    let u = c as u32;
    !(0xd800..=0xdfff).contains(&u) && !(0xe000..=0xf8ff).contains(&u) && u != 0xad && !(0x200b..=0x200f).contains(&u) && !(0x2028..=0x202e).contains(&u) && !(0x2060..=0x206f).contains(&u) && u != 0xfeff
}

fn this(args: &Args) -> PyResult<&'static StrData> {
    match args.all.first().and_then(|v| v.downcast::<StrData>()) {
        // SAFETY: the str is an argument, alive for the whole native call.
        Some(s) => Ok(unsafe { &*(s as *const StrData) }),
        None => Err(type_error("descriptor requires a 'str' object")),
    }
}

fn arg_str<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| type_error(format!("{what} must be str, not {}", type_name(v))))
}

/// Normalizes optional start/end arguments like CPython's slice-index semantics, in code points.
pub fn span(vm: &mut Vm, len: usize, start: Option<&Value>, end: Option<&Value>) -> PyResult<(usize, usize)> {
    let conv = |vm: &mut Vm, v: Option<&Value>, default: isize| -> PyResult<isize> {
        match v {
            None => Ok(default),
            Some(v) if v.kind() == crate::object::Kind::NoneType => Ok(default),
            Some(v) => vm.to_isize_clamped(v),
        }
    };
    let n = len as isize;
    let mut s = conv(vm, start, 0)?;
    let mut e = conv(vm, end, n)?;
    if s < 0 {
        s = (s + n).max(0);
    }
    if e < 0 {
        e = (e + n).max(0);
    }
    Ok((s.min(n) as usize, e.min(n) as usize))
}

/// Slices `s` by code points [a, b).
pub fn char_slice(sd: &StrData, a: usize, b: usize) -> &str {
    if a >= b {
        return "";
    }
    let s = sd.as_str();
    if sd.is_ascii() {
        return &s[a..b];
    }
    let start = sd.byte_offset(a);
    let end = start + s[start..].char_indices().nth(b - a).map(|(i, _)| i).unwrap_or(s.len() - start);
    &s[start..end]
}

/// Code-point index of byte offset `b`.
fn char_index(sd: &StrData, b: usize) -> usize {
    if sd.is_ascii() {
        b
    } else {
        sd.as_str()[..b].chars().count()
    }
}

pub const STR_METHODS: &[MethodDef] = &[
    staticmethod("__new__", str_new),
    method("__len__", str_len),
    method("__repr__", str_repr),
    method("__str__", str_str),
    method("__hash__", str_hash),
    method("__eq__", str_eq),
    method("__ne__", str_ne),
    method("__lt__", str_lt),
    method("__le__", str_le),
    method("__gt__", str_gt),
    method("__ge__", str_ge),
    method("__add__", str_add),
    method("__mul__", str_mul),
    method("__rmul__", str_mul),
    method("__mod__", str_mod),
    method("__rmod__", str_rmod),
    method("__contains__", str_contains),
    method("__getitem__", str_getitem),
    method("__iter__", str_iter),
    method("__format__", str_format_spec),
    method("__getnewargs__", str_getnewargs),
    method("join", str_join),
    method("split", str_split),
    method("rsplit", str_rsplit),
    method("strip", str_strip),
    method("lstrip", str_lstrip),
    method("rstrip", str_rstrip),
    method("startswith", str_startswith),
    method("endswith", str_endswith),
    method("find", str_find),
    method("rfind", str_rfind),
    method("index", str_index),
    method("rindex", str_rindex),
    method("count", str_count),
    method("replace", str_replace),
    method("upper", str_upper),
    method("lower", str_lower),
    method("format", str_format),
    method("encode", str_encode),
    method("isdigit", str_isdigit),
    method("isalpha", str_isalpha),
    method("isalnum", str_isalnum),
    method("isspace", str_isspace),
    method("isidentifier", str_isidentifier),
    method("isupper", str_isupper),
    method("islower", str_islower),
    method("isascii", str_isascii),
    method("isdecimal", str_isdigit),
    method("isnumeric", str_isdigit),
    method("zfill", str_zfill),
    method("ljust", str_ljust),
    method("rjust", str_rjust),
    method("center", str_center),
    method("partition", str_partition),
    method("rpartition", str_rpartition),
    method("splitlines", str_splitlines),
    method("capitalize", str_capitalize),
    method("title", str_title),
    method("swapcase", str_swapcase),
    method("casefold", str_lower),
    method("removeprefix", str_removeprefix),
    method("removesuffix", str_removesuffix),
    method("expandtabs", str_expandtabs),
    method("isprintable", str_isprintable),
    method("istitle", str_istitle),
    method("translate", str_translate),
    staticmethod("maketrans", str_maketrans),
];

fn str_new(vm: &mut Vm, args: Args) -> PyResult {
    let [cls, obj, encoding, errors] = args.bind("str", ["cls", "object", "encoding", "errors"], 1, 0)?;
    let cls = cls.unwrap_or_else(|| rt().ty(BT::Str));
    let s = match obj {
        None => Value::str(""),
        Some(o) => {
            if encoding.is_some() || errors.is_some() {
                let enc = encoding.as_ref().and_then(|e| e.as_str().map(|s| s.to_owned())).unwrap_or_else(|| "utf-8".into());
                let errs = errors.as_ref().and_then(|e| e.as_str().map(|s| s.to_owned())).unwrap_or_else(|| "strict".into());
                let bytes = crate::types::bytes::bytes_like(&o).ok_or_else(|| {
                    type_error(format!("decoding to str: need a bytes-like object, {} found", type_name(&o)))
                })?;
                crate::types::bytes::decode(vm, &bytes, &enc, &errs)?
            } else {
                vm.str(&o)?
            }
        }
    };
    if cls.as_ptr() == rt().ty_ptr(BT::Str) {
        return Ok(s);
    }
    let text = s.as_str().unwrap_or("").to_owned();
    Ok(alloc_instance(&cls, StrData::from_string(text)))
}

fn str_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(this(&args)?.char_len() as i64))
}

fn str_repr(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::string(repr_str(this(&args)?.as_str())))
}

fn str_str(_vm: &mut Vm, args: Args) -> PyResult {
    let v = args.self_();
    if v.class_ptr() == rt().ty_ptr(BT::Str) {
        return Ok(v.clone());
    }
    Ok(Value::str(this(&args)?.as_str()))
}

fn str_hash(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(this(&args)?.hash()))
}

fn cmp_args<'a>(args: &Args<'a>) -> Option<(&'a str, &'a str)> {
    let pos = args.pos();
    if pos.len() != 2 {
        return None;
    }
    Some((pos[0].as_str()?, pos[1].as_str()?))
}

macro_rules! str_cmp {
    ($name:ident, $op:tt) => {
        fn $name(_vm: &mut Vm, args: Args) -> PyResult {
            Ok(match cmp_args(&args) {
                Some((a, b)) => Value::bool(a $op b),
                None => Value::not_implemented(),
            })
        }
    };
}
str_cmp!(str_eq, ==);
str_cmp!(str_ne, !=);
str_cmp!(str_lt, <);
str_cmp!(str_le, <=);
str_cmp!(str_gt, >);
str_cmp!(str_ge, >=);

fn str_add(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__add__", 2, 2)?;
    let a = this(&args)?.as_str();
    match pos[1].as_str() {
        Some(b) => {
            let mut s = String::with_capacity(a.len() + b.len());
            s.push_str(a);
            s.push_str(b);
            Ok(Value::string(s))
        }
        None => Err(type_error(format!("can only concatenate str (not \"{}\") to str", type_name(&pos[1])))),
    }
}

fn str_mul(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__mul__", 2, 2)?;
    let s = this(&args)?.as_str();
    let Some(n) = vm.index_opt(&pos[1])? else { return Ok(Value::not_implemented()) };
    let n = n.max(0) as usize;
    if n > 0 && s.len().checked_mul(n).map(|t| t > isize::MAX as usize / 2).unwrap_or(true) {
        return Err(PyErr::new(ExcType::OverflowError, "repeated string is too long"));
    }
    Ok(Value::string(s.repeat(n)))
}

fn str_mod(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__mod__", 2, 2)?;
    crate::format::percent_format_str(vm, this(&args)?.as_str(), &pos[1])
}

fn str_rmod(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::not_implemented())
}

fn str_contains(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__contains__", 2, 2)?;
    let s = this(&args)?.as_str();
    match pos[1].as_str() {
        Some(sub) => Ok(Value::bool(s.contains(sub))),
        None => Err(type_error(format!("'in <string>' requires string as left operand, not {}", type_name(&pos[1])))),
    }
}

fn str_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__getitem__", 2, 2)?;
    let sd = this(&args)?;
    let key = &pos[1];
    if let Some(sl) = key.downcast::<crate::types::slice::SliceData>() {
        let (start, stop, step, n) = sl.indices(vm, sd.char_len())?;
        if step == 1 {
            return Ok(Value::str(char_slice(sd, start as usize, stop.max(start) as usize)));
        }
        let chars: Vec<char> = sd.as_str().chars().collect();
        let mut out = String::new();
        let mut i = start;
        for _ in 0..n {
            out.push(chars[i as usize]);
            i += step;
        }
        return Ok(Value::string(out));
    }
    let Some(i) = vm.index_opt(key)? else {
        return Err(type_error(format!("string indices must be integers, not '{}'", type_name(key))));
    };
    let n = sd.char_len() as isize;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("string index out of range"));
    }
    let c = sd.char_at(j as usize);
    let mut buf = [0u8; 4];
    Ok(Value::str(c.encode_utf8(&mut buf)))
}

fn str_iter(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(crate::types::iter::new_str_iter(args.self_()))
}

fn str_format_spec(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("__format__", 2, 2)?;
    let spec = arg_str(&pos[1], "format spec")?;
    crate::format::format_str_spec(vm, this(&args)?.as_str(), spec)
}

fn str_getnewargs(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::tuple(vec![Value::str(this(&args)?.as_str())]))
}

fn str_join(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("join", 2, 2)?;
    let sep = this(&args)?.as_str();
    let items = vm.collect_iter(&pos[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        match it.as_str() {
            Some(s) => out.push_str(s),
            None => {
                return Err(type_error(format!("sequence item {i}: expected str instance, {} found", type_name(it))))
            }
        }
    }
    Ok(Value::string(out))
}

fn sep_arg<'a>(v: &'a Option<Value>) -> PyResult<Option<&'a str>> {
    match v {
        None => Ok(None),
        Some(v) if v.kind() == crate::object::Kind::NoneType => Ok(None),
        Some(v) => {
            let s = arg_str(v, "must be str or None")
                .map_err(|_| type_error(format!("must be str or None, not {}", type_name(v))))?;
            if s.is_empty() {
                return Err(value_error("empty separator"));
            }
            Ok(Some(s))
        }
    }
}

fn maxsplit_arg(vm: &mut Vm, v: &Option<Value>) -> PyResult<isize> {
    match v {
        None => Ok(-1),
        Some(v) => vm.to_isize(v),
    }
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult {
    let [_s, sep, maxsplit] = args.bind("split", ["self", "sep", "maxsplit"], 1, 0)?;
    let s = this(&args)?.as_str();
    let sep = sep_arg(&sep)?;
    let max = maxsplit_arg(vm, &maxsplit)?;
    let parts: Vec<Value> = match sep {
        Some(sep) => {
            if max < 0 {
                s.split(sep).map(Value::str).collect()
            } else {
                s.splitn(max as usize + 1, sep).map(Value::str).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_start_matches(char::is_whitespace);
            while !rest.is_empty() {
                if max >= 0 && out.len() as isize == max {
                    out.push(Value::str(rest));
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(Value::str(&rest[..end]));
                rest = rest[end..].trim_start_matches(char::is_whitespace);
            }
            out
        }
    };
    Ok(Value::list(parts))
}

fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult {
    let [_s, sep, maxsplit] = args.bind("rsplit", ["self", "sep", "maxsplit"], 1, 0)?;
    let s = this(&args)?.as_str();
    let sep = sep_arg(&sep)?;
    let max = maxsplit_arg(vm, &maxsplit)?;
    let mut parts: Vec<Value> = match sep {
        Some(sep) => {
            if max < 0 {
                s.rsplit(sep).map(Value::str).collect()
            } else {
                s.rsplitn(max as usize + 1, sep).map(Value::str).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s.trim_end_matches(char::is_whitespace);
            while !rest.is_empty() {
                if max >= 0 && out.len() as isize == max {
                    out.push(Value::str(rest));
                    break;
                }
                let start = rest.rfind(char::is_whitespace).map(|i| i + rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1)).unwrap_or(0);
                out.push(Value::str(&rest[start..]));
                rest = rest[..start].trim_end_matches(char::is_whitespace);
            }
            out
        }
    };
    parts.reverse();
    Ok(Value::list(parts))
}

fn strip_chars(args: &Args) -> PyResult<Option<String>> {
    match args.pos().get(1) {
        None => Ok(None),
        Some(v) if v.kind() == crate::object::Kind::NoneType => Ok(None),
        Some(v) => Ok(Some(arg_str(v, "strip arg").map_err(|_| type_error(format!("strip arg must be None or str")))?.to_owned())),
    }
}

fn str_strip(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("strip", 1, 2)?;
    let s = this(&args)?.as_str();
    Ok(Value::str(match strip_chars(&args)? {
        None => s.trim_matches(char::is_whitespace),
        Some(cs) => s.trim_matches(|c| cs.contains(c)),
    }))
}

fn str_lstrip(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("lstrip", 1, 2)?;
    let s = this(&args)?.as_str();
    Ok(Value::str(match strip_chars(&args)? {
        None => s.trim_start_matches(char::is_whitespace),
        Some(cs) => s.trim_start_matches(|c| cs.contains(c)),
    }))
}

fn str_rstrip(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("rstrip", 1, 2)?;
    let s = this(&args)?.as_str();
    Ok(Value::str(match strip_chars(&args)? {
        None => s.trim_end_matches(char::is_whitespace),
        Some(cs) => s.trim_end_matches(|c| cs.contains(c)),
    }))
}

fn affix(vm: &mut Vm, args: &Args, name: &str, end: bool) -> PyResult {
    let pos = args.check(name, 2, 4)?;
    let sd = this(args)?;
    let (a, b) = span(vm, sd.char_len(), pos.get(2), pos.get(3))?;
    let hay = if a <= b { char_slice(sd, a, b) } else { "" };
    let test = |p: &Value| -> PyResult<bool> {
        let p = p.as_str().ok_or_else(|| {
            type_error(format!("tuple for {name} must only contain str, not {}", type_name(p)))
        })?;
        if a > b || a > sd.char_len() {
            return Ok(false);
        }
        Ok(if end { hay.ends_with(p) } else { hay.starts_with(p) })
    };
    if let Some(t) = pos[1].downcast::<crate::types::tuple::TupleData>() {
        for p in t.items.iter() {
            if test(p)? {
                return Ok(Value::bool(true));
            }
        }
        return Ok(Value::bool(false));
    }
    if pos[1].as_str().is_none() {
        return Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(&pos[1])
        )));
    }
    Ok(Value::bool(test(&pos[1])?))
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult {
    affix(vm, &args, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: Args) -> PyResult {
    affix(vm, &args, "endswith", true)
}

fn find_impl(vm: &mut Vm, args: &Args, name: &str, rev: bool) -> PyResult<isize> {
    let pos = args.check(name, 2, 4)?;
    let sd = this(args)?;
    let sub = pos[1].as_str().ok_or_else(|| type_error(format!("must be str, not {}", type_name(&pos[1]))))?;
    let (a, b) = span(vm, sd.char_len(), pos.get(2), pos.get(3))?;
    if a > b || (a == sd.char_len() && !sub.is_empty()) {
        return Ok(-1);
    }
    let hay = char_slice(sd, a, b);
    let found = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match found {
        Some(byte) => {
            let hd = StrData::new(hay);
            (a + char_index(&hd, byte)) as isize
        }
        None => -1,
    })
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(find_impl(vm, &args, "find", false)? as i64))
}

fn str_rfind(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(find_impl(vm, &args, "rfind", true)? as i64))
}

fn str_index(vm: &mut Vm, args: Args) -> PyResult {
    match find_impl(vm, &args, "index", false)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::int(i as i64)),
    }
}

fn str_rindex(vm: &mut Vm, args: Args) -> PyResult {
    match find_impl(vm, &args, "rindex", true)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::int(i as i64)),
    }
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("count", 2, 4)?;
    let sd = this(&args)?;
    let sub = pos[1].as_str().ok_or_else(|| type_error(format!("must be str, not {}", type_name(&pos[1]))))?;
    let (a, b) = span(vm, sd.char_len(), pos.get(2), pos.get(3))?;
    if a > b {
        return Ok(Value::int(0));
    }
    let hay = char_slice(sd, a, b);
    let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(sub).count() };
    Ok(Value::int(n as i64))
}

fn str_replace(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("replace", 3, 4)?;
    let s = this(&args)?.as_str();
    let old = arg_str(&pos[1], "replace() argument 1")?;
    let new = arg_str(&pos[2], "replace() argument 2")?;
    let count = match pos.get(3) {
        Some(c) => vm.to_isize(c)?,
        None => -1,
    };
    if count < 0 {
        if old.is_empty() {
            let mut out = String::from(new);
            for c in s.chars() {
                out.push(c);
                out.push_str(new);
            }
            return Ok(Value::string(out));
        }
        return Ok(Value::string(s.replace(old, new)));
    }
    if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        return Ok(Value::string(out));
    }
    Ok(Value::string(s.replacen(old, new, count as usize)))
}

fn str_upper(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::string(this(&args)?.as_str().to_uppercase()))
}

fn str_lower(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::string(this(&args)?.as_str().to_lowercase()))
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(&args)?.as_str().to_owned();
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    crate::format::str_format_method(vm, &s, rest)
}

fn str_encode(vm: &mut Vm, args: Args) -> PyResult {
    let [_s, encoding, errors] = args.bind("encode", ["self", "encoding", "errors"], 1, 0)?;
    let enc = encoding.as_ref().and_then(|e| e.as_str().map(|s| s.to_owned())).unwrap_or_else(|| "utf-8".into());
    let errs = errors.as_ref().and_then(|e| e.as_str().map(|s| s.to_owned())).unwrap_or_else(|| "strict".into());
    crate::types::bytes::encode(vm, this(&args)?.as_str(), &enc, &errs)
}

macro_rules! str_pred {
    ($name:ident, $pred:expr) => {
        fn $name(_vm: &mut Vm, args: Args) -> PyResult {
            let s = this(&args)?.as_str();
            let f: fn(char) -> bool = $pred;
            Ok(Value::bool(!s.is_empty() && s.chars().all(f)))
        }
    };
}
str_pred!(str_isdigit, |c| c.is_ascii_digit() || (c.is_numeric() && !c.is_ascii()));
str_pred!(str_isalpha, |c| c.is_alphabetic());
str_pred!(str_isalnum, |c| c.is_alphanumeric());
str_pred!(str_isspace, |c| c.is_whitespace());
str_pred!(str_isprintable_nonempty, |c| is_printable(c));

fn str_isprintable(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(this(&args)?.as_str().chars().all(is_printable)))
}

fn str_isascii(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(this(&args)?.is_ascii()))
}

fn str_isidentifier(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::bool(is_identifier(this(&args)?.as_str())))
}

fn str_isupper(_vm: &mut Vm, args: Args) -> PyResult {
    let s = this(&args)?.as_str();
    Ok(Value::bool(s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase())))
}

fn str_islower(_vm: &mut Vm, args: Args) -> PyResult {
    let s = this(&args)?.as_str();
    Ok(Value::bool(s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase())))
}

fn str_istitle(_vm: &mut Vm, args: Args) -> PyResult {
    let s = this(&args)?.as_str();
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() {
            if prev_cased {
                return Ok(Value::bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

fn pad(vm: &mut Vm, args: &Args, name: &str, how: u8) -> PyResult {
    let pos = args.check(name, 2, 3)?;
    let sd = this(args)?;
    let width = vm.to_isize(&pos[1])?;
    let fill = match pos.get(2) {
        Some(f) => {
            let fs = f.as_str().ok_or_else(|| type_error(format!("The fill character must be a unicode character, not {}", type_name(f))))?;
            let mut it = fs.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => return Err(type_error("The fill character must be exactly one character long")),
            }
        }
        None => ' ',
    };
    let n = sd.char_len() as isize;
    if width <= n {
        return Ok(args.self_().clone());
    }
    let total = (width - n) as usize;
    let (left, right) = match how {
        0 => (0, total),
        1 => (total, 0),
        _ => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(sd.as_str());
    out.extend(std::iter::repeat_n(fill, right));
    Ok(Value::string(out))
}

fn str_ljust(vm: &mut Vm, args: Args) -> PyResult {
    pad(vm, &args, "ljust", 0)
}
fn str_rjust(vm: &mut Vm, args: Args) -> PyResult {
    pad(vm, &args, "rjust", 1)
}
fn str_center(vm: &mut Vm, args: Args) -> PyResult {
    pad(vm, &args, "center", 2)
}

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("zfill", 2, 2)?;
    let s = this(&args)?.as_str();
    let width = vm.to_isize(&pos[1])?;
    let n = this(&args)?.char_len() as isize;
    if width <= n {
        return Ok(args.self_().clone());
    }
    let fill = (width - n) as usize;
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
        _ => (None, s),
    };
    let mut out = String::new();
    if let Some(c) = sign {
        out.push(c);
    }
    out.extend(std::iter::repeat_n('0', fill));
    out.push_str(rest);
    Ok(Value::string(out))
}

fn str_partition(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("partition", 2, 2)?;
    let s = this(&args)?.as_str();
    let sep = arg_str(&pos[1], "must be str")?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    Ok(match s.find(sep) {
        Some(i) => Value::tuple(vec![Value::str(&s[..i]), pos[1].clone(), Value::str(&s[i + sep.len()..])]),
        None => Value::tuple(vec![args.self_().clone(), Value::str(""), Value::str("")]),
    })
}

fn str_rpartition(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("rpartition", 2, 2)?;
    let s = this(&args)?.as_str();
    let sep = arg_str(&pos[1], "must be str")?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    Ok(match s.rfind(sep) {
        Some(i) => Value::tuple(vec![Value::str(&s[..i]), pos[1].clone(), Value::str(&s[i + sep.len()..])]),
        None => Value::tuple(vec![Value::str(""), Value::str(""), args.self_().clone()]),
    })
}

fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult {
    let [_s, keepends] = args.bind("splitlines", ["self", "keepends"], 1, 0)?;
    let keep = match keepends {
        Some(k) => vm.truthy(&k)?,
        None => false,
    };
    let s = this(&args)?.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < bytes.len() {
        let (b, c) = bytes[i];
        let is_break = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = b + c.len_utf8();
            if c == '\r' && i + 1 < bytes.len() && bytes[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            out.push(Value::str(if keep { &s[start..end] } else { &s[start..b] }));
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        out.push(Value::str(&s[start..]));
    }
    Ok(Value::list(out))
}

fn str_capitalize(_vm: &mut Vm, args: Args) -> PyResult {
    let s = this(&args)?.as_str();
    let mut out = String::new();
    let mut chars = s.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_uppercase());
        for c in chars {
            out.extend(c.to_lowercase());
        }
    }
    Ok(Value::string(out))
}

fn str_title(_vm: &mut Vm, args: Args) -> PyResult {
    let s = this(&args)?.as_str();
    let mut out = String::new();
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    Ok(Value::string(out))
}

fn str_swapcase(_vm: &mut Vm, args: Args) -> PyResult {
    let s = this(&args)?.as_str();
    let mut out = String::new();
    for c in s.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(Value::string(out))
}

fn str_removeprefix(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("removeprefix", 2, 2)?;
    let s = this(&args)?.as_str();
    let p = arg_str(&pos[1], "removeprefix() argument")?;
    Ok(match s.strip_prefix(p) {
        Some(r) => Value::str(r),
        None => args.self_().clone(),
    })
}

fn str_removesuffix(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("removesuffix", 2, 2)?;
    let s = this(&args)?.as_str();
    let p = arg_str(&pos[1], "removesuffix() argument")?;
    Ok(match s.strip_suffix(p) {
        Some(r) if !p.is_empty() => Value::str(r),
        _ => args.self_().clone(),
    })
}

fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult {
    let [_s, tabsize] = args.bind("expandtabs", ["self", "tabsize"], 1, 0)?;
    let ts = match tabsize {
        Some(t) => vm.to_isize(&t)?,
        None => 8,
    };
    let s = this(&args)?.as_str();
    let mut out = String::new();
    let mut col = 0isize;
    for c in s.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}

fn str_translate(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("translate", 2, 2)?;
    let s = this(&args)?.as_str().to_owned();
    let table = pos[1].clone();
    let mut out = String::new();
    for c in s.chars() {
        match vm.getitem(&table, &Value::int(c as i64)) {
            Ok(v) => {
                if v.kind() == crate::object::Kind::NoneType {
                    continue;
                }
                if let Some(r) = v.as_str() {
                    out.push_str(r);
                } else if let Some(i) = v.as_small() {
                    out.push(char::from_u32(i as u32).ok_or_else(|| value_error("character mapping must be in range(0x110000)"))?);
                } else {
                    return Err(type_error("character mapping must return integer, None or str"));
                }
            }
            Err(e) if e.matches(ExcType::LookupError) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(Value::string(out))
}

fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("maketrans", 1, 3)?;
    let d = Value::dict();
    if pos.len() == 1 {
        let src = &pos[0];
        let items = vm.call_method(src, "items", &[])?;
        for pair in vm.collect_iter(&items)? {
            let kv = vm.collect_iter(&pair)?;
            let k = match kv[0].as_str() {
                Some(s) if s.chars().count() == 1 => Value::int(s.chars().next().map(|c| c as i64).unwrap_or(0)),
                Some(_) => return Err(value_error("string keys in translate table must be of length 1")),
                None => kv[0].clone(),
            };
            vm.setitem(&d, &k, &kv[1])?;
        }
        return Ok(d);
    }
    let a: Vec<char> = arg_str(&pos[0], "maketrans() argument 1")?.chars().collect();
    let b: Vec<char> = arg_str(&pos[1], "maketrans() argument 2")?.chars().collect();
    if a.len() != b.len() {
        return Err(value_error("the first two maketrans arguments must have equal length"));
    }
    for (x, y) in a.iter().zip(&b) {
        vm.setitem(&d, &Value::int(*x as i64), &Value::int(*y as i64))?;
    }
    if let Some(z) = pos.get(2) {
        for c in arg_str(z, "maketrans() argument 3")?.chars() {
            vm.setitem(&d, &Value::int(c as i64), &Value::none())?;
        }
    }
    Ok(d)
}

#[allow(dead_code)]
fn _unused(v: &Value) -> bool {
    is_instance_bt(v, BT::Str)
}
