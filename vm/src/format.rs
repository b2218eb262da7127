//! String formatting entry points used by the VM: `format()` / `__format__` of the builtin
//! types, `str.format` / `str.format_map`, and `%` for str and bytes. The text algorithms are
//! in `text/` (pure functions over Rust values); this module fetches arguments, calls Python
//! hooks (`__format__`, `__str__`, `__index__`...) in CPython's order, and maps errors.

use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::object::Kind;
use crate::runtime::{rt, BT};
use crate::text::{
    self, Conversion, Count, FieldAccessor, FieldFirst, FormatError, IntValue, PercentKind, PercentPiece,
    PercentSpec,
};
use crate::types::builtin::Args;
use crate::types::complex::ComplexData;
use crate::types::int::IntRef;
use crate::types::typeobj::{lookup_str, type_name};
use crate::value::Value;
use crate::vm::Vm;

impl From<FormatError> for PyErr {
    fn from(e: FormatError) -> PyErr {
        let t = match e.kind {
            text::ExcKind::ValueError => ExcType::ValueError,
            text::ExcKind::TypeError => ExcType::TypeError,
            text::ExcKind::OverflowError => ExcType::OverflowError,
            text::ExcKind::KeyError => ExcType::KeyError,
            text::ExcKind::IndexError => ExcType::IndexError,
            text::ExcKind::MemoryError => return PyErr::with_args(ExcType::MemoryError, vec![]),
        };
        PyErr::new(t, e.msg.into_owned())
    }
}

fn int_value<'a>(i: &'a IntRef<'a>) -> IntValue<'a> {
    match i {
        IntRef::Small(v) => IntValue::Small(*v),
        IntRef::Big(b) => IntValue::Big(b),
    }
}

/// Raises the digit-limit error if `str(i)` would exceed `sys.get_int_max_str_digits()`.
fn check_decimal_limit(vm: &Vm, i: &IntRef) -> PyResult<()> {
    // Fewer than 2100 bits is fewer than 640 digits, below any positive limit.
    if let IntRef::Big(b) = i {
        if vm.int_max_str_digits > 0 && b.bits() >= 2100 {
            crate::types::int::int_to_decimal(vm, i)?;
        }
    }
    Ok(())
}

/// `int.__format__(v, spec)`.
pub fn format_int_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult {
    let i = v.as_int().ok_or_else(|| type_error("int expected"))?;
    if spec.is_empty() {
        if v.is_small() || v.class_ptr() == rt().ty_ptr(BT::Int) {
            return Ok(Value::string(crate::types::int::int_to_decimal(vm, &i)?));
        }
        return vm.str(v);
    }
    let tn = type_name(v);
    if let IntRef::Big(_) = i {
        // `d`/`n` convert to decimal, which the digit limit guards (after the spec checks).
        if let Ok(f) = text::FormatSpec::parse(spec, &tn, Some('d'), text::Align::Right) {
            if matches!(f.ty, Some('d' | 'n')) && f.precision.is_none() && !f.no_neg_0 {
                check_decimal_limit(vm, &i)?;
            }
        }
    }
    Ok(Value::string(text::format_int(int_value(&i), spec, &tn)?))
}

/// `float.__format__(v, spec)`.
pub fn format_float_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult {
    let x = v.as_float().ok_or_else(|| type_error("float expected"))?;
    if spec.is_empty() {
        if v.class_ptr() == rt().ty_ptr(BT::Float) {
            return Ok(Value::string(text::float_repr(x)));
        }
        return vm.str(v);
    }
    Ok(Value::string(text::format_float(x, spec, &type_name(v))?))
}

/// `complex.__format__(v, spec)`.
pub fn format_complex_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult {
    let c = *v.downcast::<ComplexData>().ok_or_else(|| type_error("complex expected"))?;
    if spec.is_empty() {
        if v.class_ptr() == rt().ty_ptr(BT::Complex) {
            return Ok(Value::string(text::complex_repr(c.re, c.im)));
        }
        return vm.str(v);
    }
    Ok(Value::string(text::format_complex(c.re, c.im, spec, &type_name(v))?))
}

/// `str.__format__(v, spec)` given the str object itself: a subclass formats as `str(v)` for
/// an empty spec and is named by its own type in errors, as in CPython.
pub fn format_str_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult {
    let s = v.as_str().ok_or_else(|| type_error("str expected"))?;
    if v.class_ptr() == rt().ty_ptr(BT::Str) {
        return format_str_spec(vm, s, spec);
    }
    if spec.is_empty() {
        return vm.str(v);
    }
    Ok(Value::string(text::format_str(s, spec, &type_name(v))?.into_owned()))
}

/// `str.__format__(s, spec)` for an exact str.
pub fn format_str_spec(_vm: &mut Vm, s: &str, spec: &str) -> PyResult {
    Ok(match text::format_str(s, spec, "str")? {
        std::borrow::Cow::Borrowed(b) => Value::str(b),
        std::borrow::Cow::Owned(o) => Value::string(o),
    })
}

impl Vm {
    /// `format(v, spec)` (`PyObject_Format`): fast paths for exact str, int and float, else
    /// `type(v).__format__(v, spec)`, whose result must be a str.
    pub fn format(&mut self, v: &Value, spec: &Value) -> PyResult {
        let Some(spec_s) = spec.as_str() else {
            return Err(type_error(format!("Format specifier must be a string, not {}", type_name(spec))));
        };
        let r = rt();
        let cls = v.class_ptr();
        if v.is_small() || cls == r.ty_ptr(BT::Int) {
            return format_int_value(self, v, spec_s);
        }
        if cls == r.ty_ptr(BT::Str) {
            let s = v.as_str().unwrap_or("");
            if spec_s.is_empty() {
                return Ok(v.clone());
            }
            return format_str_spec(self, s, spec_s);
        }
        if cls == r.ty_ptr(BT::Float) {
            return format_float_value(self, v, spec_s);
        }
        let f = lookup_str(&v.class(), "__format__")
            .ok_or_else(|| type_error(format!("Type {} doesn't define __format__", type_name(v))))?;
        let res = self.call_unbound(&f, v, std::slice::from_ref(spec))?;
        if res.as_str().is_none() {
            return Err(type_error(format!("__format__ must return a str, not {}", type_name(&res))));
        }
        Ok(res)
    }
}

// ---- str.format / str.format_map ---------------------------------------------------------------

/// Where replacement fields get their values.
enum FieldSource<'a> {
    /// `str.format(*args, **kwargs)`.
    Call { pos: &'a [Value], kw: Vec<(&'a str, &'a Value)> },
    /// `str.format_map(mapping)`.
    Map(&'a Value),
}

/// `template.format(*args, **kwargs)`; `args` excludes the template.
pub fn str_format_method(vm: &mut Vm, template: &str, args: Args) -> PyResult {
    let kw = args
        .kwargs()
        .map(|(k, v)| (k.as_str().unwrap_or(""), v))
        .collect();
    let src = FieldSource::Call { pos: args.pos(), kw };
    let mut out = String::with_capacity(template.len());
    build_string(vm, template, &src, text::MAX_SPEC_RECURSION, &mut text::AutoNumber::new(), &mut out)?;
    Ok(Value::string(out))
}

/// `template.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, template: &str, mapping: &Value) -> PyResult {
    let src = FieldSource::Map(mapping);
    let mut out = String::with_capacity(template.len());
    build_string(vm, template, &src, text::MAX_SPEC_RECURSION, &mut text::AutoNumber::new(), &mut out)?;
    Ok(Value::string(out))
}

fn build_string(
    vm: &mut Vm,
    template: &str,
    src: &FieldSource,
    depth: u32,
    auto: &mut text::AutoNumber,
    out: &mut String,
) -> PyResult<()> {
    if depth == 0 {
        return Err(FormatError::max_recursion_exceeded().into());
    }
    for piece in text::TemplateParser::new(template) {
        let piece = piece?;
        out.push_str(piece.literal);
        let Some(field) = piece.field else { continue };
        let (first, rest) = text::split_field_name(field.name, Some(auto))?;
        let mut obj = match (first, src) {
            (FieldFirst::Index(i), FieldSource::Call { pos, .. }) => match pos.get(i) {
                Some(v) => v.clone(),
                None => return Err(FormatError::replacement_index_out_of_range(i).into()),
            },
            (FieldFirst::Index(_), FieldSource::Map(_)) => {
                return Err(FormatError::positional_fields_in_format_map().into())
            }
            (FieldFirst::Name(k), FieldSource::Call { kw, .. }) => match kw.iter().find(|(n, _)| *n == k) {
                Some((_, v)) => (*v).clone(),
                None => return Err(crate::error::key_error(Value::str(k))),
            },
            (FieldFirst::Name(k), FieldSource::Map(m)) => vm.getitem(m, &Value::str(k))?,
        };
        for acc in rest {
            obj = match acc? {
                FieldAccessor::Attr(a) => vm.getattr(&obj, &Value::str(a))?,
                FieldAccessor::Index(i) => vm.getitem(&obj, &Value::int(i as i64))?,
                FieldAccessor::Key(k) => vm.getitem(&obj, &Value::str(k))?,
            };
        }
        if let Some(c) = field.conversion {
            obj = match Conversion::from_char(c)? {
                Conversion::Repr => vm.repr(&obj)?,
                Conversion::Str => vm.str(&obj)?,
                Conversion::Ascii => {
                    let r = vm.repr_string(&obj)?;
                    Value::string(crate::builtins::ascii_escape(&r))
                }
            };
        }
        let spec = if field.spec_needs_expanding {
            let mut s = String::new();
            build_string(vm, field.spec, src, depth - 1, auto, &mut s)?;
            Value::string(s)
        } else {
            Value::str(field.spec)
        };
        let r = vm.format(&obj, &spec)?;
        out.push_str(r.as_str().unwrap_or(""));
    }
    Ok(())
}

// ---- % formatting ------------------------------------------------------------------------------

/// The right operand of `%`, consumed one argument at a time (CPython's `arglen`/`argidx`:
/// a non-tuple operand is a single argument, `arglen == -1`).
struct PercentArgs {
    args: Value,
    arglen: isize,
    argidx: isize,
}

impl PercentArgs {
    fn new(args: &Value) -> PercentArgs {
        match args.as_tuple() {
            Some(t) => PercentArgs { args: args.clone(), arglen: t.len() as isize, argidx: 0 },
            None => PercentArgs::single(args.clone()),
        }
    }

    fn single(v: Value) -> PercentArgs {
        PercentArgs { args: v, arglen: -1, argidx: -2 }
    }

    fn next(&mut self) -> PyResult {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(v) = self.args.as_tuple().and_then(|t| t.get(i as usize)) {
                return Ok(v.clone());
            }
        }
        Err(FormatError::not_enough_arguments().into())
    }

    fn unused(&self) -> bool {
        self.argidx < self.arglen
    }
}

/// Whether `%` looks keys up in `args` (`PyMapping_Check` and not a tuple or str, or for
/// bytes templates not bytes-like either).
fn percent_mapping(args: &Value, bytes_mode: bool) -> bool {
    let r = rt();
    let subtype = |t: BT| crate::types::typeobj::is_subtype_ptr(args.class_ptr(), r.ty_ptr(t));
    if subtype(BT::Tuple) || subtype(BT::Str) {
        return false;
    }
    if bytes_mode && (subtype(BT::Bytes) || subtype(BT::ByteArray)) {
        return false;
    }
    lookup_str(&args.class(), "__getitem__").is_some()
}

/// The `*` width and precision arguments of a spec, fetched in order (CPython fetches them
/// while parsing, so their errors come before anything about the conversion).
fn fetch_stars(spec: &mut PercentSpec, cur: &mut PercentArgs) -> PyResult<()> {
    if spec.width == Count::Star {
        let v = cur.next()?;
        let i = v.as_int().ok_or_else(|| PyErr::from(FormatError::star_wants_int()))?;
        let w = i.to_i64().ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C ssize_t"))?;
        spec.set_star_width(w);
    }
    if spec.precision == Count::Star {
        let v = cur.next()?;
        let i = v.as_int().ok_or_else(|| PyErr::from(FormatError::star_wants_int()))?;
        let p = i
            .to_i64()
            .and_then(|p| i32::try_from(p).ok())
            .ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C int"))?;
        spec.set_star_precision(p);
    }
    Ok(())
}

/// The key lookup of `%(key)s`: the looked-up value becomes the single remaining argument.
fn fetch_key(vm: &mut Vm, key: Option<&str>, dict: &Value, cur: &mut PercentArgs, bytes_mode: bool) -> PyResult<()> {
    if let Some(k) = key {
        let key = if bytes_mode { Value::bytes(k.chars().map(|c| c as u32 as u8).collect()) } else { Value::str(k) };
        *cur = PercentArgs::single(vm.getitem(dict, &key)?);
    }
    Ok(())
}

/// `PyNumber_Check`: int, float, complex, or a type with `__index__`, `__int__` or `__float__`.
fn is_number(v: &Value) -> bool {
    if crate::types::numops::level(v) != 0 {
        return true;
    }
    let cls = v.class();
    ["__index__", "__int__", "__float__"].iter().any(|n| lookup_str(&cls, n).is_some())
}

/// The int for `%d`-style conversions (`o x X` want `__index__`, the others `int()`), or
/// CPython's "%d format: a real number is required" TypeError.
fn percent_int_arg(vm: &mut Vm, v: &Value, conv: char, report_as: char) -> PyResult {
    let wrong = || PyErr::from(FormatError::percent_number_required(report_as, &type_name(v)));
    if !is_number(v) {
        return Err(wrong());
    }
    if v.as_int().is_some() {
        return Ok(v.clone());
    }
    let r = if matches!(conv, 'o' | 'x' | 'X') { vm.index(v) } else { vm.to_int(v) };
    match r {
        Ok(i) => Ok(i),
        Err(e) if e.matches(ExcType::TypeError) => Err(wrong()),
        Err(e) => Err(e),
    }
}

/// Formats an int argument for `d i u o x X`.
fn percent_int_text(vm: &mut Vm, iv: &Value, spec: &PercentSpec) -> PyResult<String> {
    let i = iv.as_int().ok_or_else(|| type_error("int expected"))?;
    if matches!(spec.conversion, 'd' | 'i' | 'u') {
        check_decimal_limit(vm, &i)?;
    }
    Ok(text::percent_int(int_value(&i), spec)?)
}

/// `fmt % args` for str.
pub fn percent_format_str(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult {
    let dict = percent_mapping(args, false).then(|| args.clone());
    let mut cur = PercentArgs::new(args);
    let mut out = String::with_capacity(fmt.len() + 16);
    for piece in text::PercentParser::new(fmt, dict.is_some()) {
        let mut spec = match piece {
            Ok(PercentPiece::Literal(s)) => {
                out.push_str(s);
                continue;
            }
            Ok(PercentPiece::Spec(spec)) => spec,
            Err(e) => {
                let mut pending = e.pending;
                if let Some(d) = &dict {
                    fetch_key(vm, pending.key, d, &mut cur, false)?;
                }
                fetch_stars(&mut pending, &mut cur)?;
                return Err(e.error.into());
            }
        };
        if let Some(d) = &dict {
            fetch_key(vm, spec.key, d, &mut cur, false)?;
        }
        fetch_stars(&mut spec, &mut cur)?;
        let v = cur.next()?;
        let piece = match spec.kind()? {
            k @ (PercentKind::Str | PercentKind::Repr | PercentKind::Ascii) => {
                let s = match k {
                    PercentKind::Str => vm.str(&v)?,
                    PercentKind::Repr => vm.repr(&v)?,
                    _ => Value::string(crate::builtins::ascii_escape(&vm.repr_string(&v)?)),
                };
                text::percent_str(s.as_str().unwrap_or(""), &spec)?
            }
            PercentKind::Int => {
                let iv = percent_int_arg(vm, &v, spec.conversion, spec.conversion)?;
                percent_int_text(vm, &iv, &spec)?
            }
            PercentKind::Float => {
                let x = vm.to_f64(&v)?;
                text::percent_float(x, &spec)?
            }
            PercentKind::Char => {
                let c = percent_char(vm, &v)?;
                let mut buf = [0u8; 4];
                text::percent_str(c.encode_utf8(&mut buf), &spec)?
            }
        };
        out.push_str(&piece);
        if dict.is_some() && cur.unused() {
            return Err(FormatError::not_all_converted().into());
        }
    }
    if cur.unused() && dict.is_none() {
        return Err(FormatError::not_all_converted().into());
    }
    Ok(Value::string(out))
}

/// `formatchar`: a 1-character str, or an int (via `__index__`) in `range(0x110000)`.
fn percent_char(vm: &mut Vm, v: &Value) -> PyResult<char> {
    if let Some(s) = v.as_str() {
        let mut it = s.chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(FormatError::percent_c_requires_int_or_char().into()),
        };
    }
    let i = match vm.index(v) {
        Ok(i) => i,
        Err(e) if e.matches(ExcType::TypeError) => return Err(FormatError::percent_c_requires_int_or_char().into()),
        Err(e) => return Err(e),
    };
    let i = i.as_int().ok_or_else(|| type_error("int expected"))?;
    Ok(text::percent_char_from_int(int_value(&i))?)
}

/// Latin-1 view of bytes (each byte one char), so the str machinery can lay bytes out.
fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

/// `PyBytes` `%b`/`%s` argument: bytes-like data or `__bytes__`.
fn percent_bytes_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::types::bytes::bytes_like(v) {
        return Ok(b);
    }
    if let Some(f) = lookup_str(&v.class(), "__bytes__") {
        let r = vm.call_unbound(&f, v, &[])?;
        return r
            .as_bytes()
            .map(|b| b.to_vec())
            .ok_or_else(|| type_error(format!("__bytes__ returned non-bytes (type {})", type_name(&r))));
    }
    let tn = type_name(v);
    let tn: String = tn.chars().take(100).collect();
    Err(type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
    )))
}

/// `fmt % args` for bytes and bytearray templates (`_PyBytes_FormatEx`).
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let fmt = latin1(fmt);
    let dict = percent_mapping(args, true).then(|| args.clone());
    let mut cur = PercentArgs::new(args);
    let mut out = String::with_capacity(fmt.len() + 16);
    for piece in text::PercentParser::new(&fmt, dict.is_some()) {
        let mut spec = match piece {
            Ok(PercentPiece::Literal(s)) => {
                out.push_str(s);
                continue;
            }
            Ok(PercentPiece::Spec(spec)) => spec,
            Err(e) => {
                let mut pending = e.pending;
                if let Some(d) = &dict {
                    fetch_key(vm, pending.key, d, &mut cur, true)?;
                }
                fetch_stars(&mut pending, &mut cur)?;
                return Err(e.error.into());
            }
        };
        if let Some(d) = &dict {
            fetch_key(vm, spec.key, d, &mut cur, true)?;
        }
        fetch_stars(&mut spec, &mut cur)?;
        let v = cur.next()?;
        let piece = match spec.conversion {
            'r' | 'a' => {
                let s = crate::builtins::ascii_escape(&vm.repr_string(&v)?);
                spec.conversion = 'a';
                text::percent_str(&s, &spec)?
            }
            's' | 'b' => {
                let b = percent_bytes_arg(vm, &v)?;
                spec.conversion = 's';
                text::percent_str(&latin1(&b), &spec)?
            }
            c @ ('d' | 'i' | 'u' | 'o' | 'x' | 'X') => {
                let iv = percent_int_arg(vm, &v, c, if c == 'i' { 'd' } else { c })?;
                percent_int_text(vm, &iv, &spec)?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match vm.to_f64(&v) {
                    Ok(x) => x,
                    Err(e) if e.matches(ExcType::TypeError) => {
                        return Err(type_error(format!("float argument required, not {}", type_name(&v))))
                    }
                    Err(e) => return Err(e),
                };
                text::percent_float(x, &spec)?
            }
            'c' => {
                let byte = percent_byte(vm, &v)?;
                text::percent_str(&latin1(&[byte]), &spec)?
            }
            c => {
                // CPython formats the `char` with %c: printed as is, and a byte >= 0x80 is a
                // negative `char`, which PyUnicode_FromFormat refuses.
                if c as u32 >= 0x80 {
                    return Err(crate::error::overflow_error("character argument not in range(0x110000)"));
                }
                return Err(crate::error::value_error(format!(
                    "unsupported format character '{c}' (0x{:x}) at index {}",
                    c as u32, spec.index
                )));
            }
        };
        out.push_str(&piece);
        if dict.is_some() && cur.unused() {
            return Err(not_all_converted_bytes());
        }
    }
    if cur.unused() && dict.is_none() {
        return Err(not_all_converted_bytes());
    }
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

/// `byte_converter`: a 1-byte bytes/bytearray, or an int in `range(256)`.
fn percent_byte(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    if matches!(v.kind(), Kind::Bytes | Kind::ByteArray) {
        if let Some(b) = crate::types::bytes::bytes_like(v) {
            if b.len() == 1 {
                return Ok(b[0]);
            }
        }
    }
    let bad = || type_error("%c requires an integer in range(256) or a single byte");
    let i = match vm.index(v) {
        Ok(i) => i,
        Err(e) if e.matches(ExcType::TypeError) => return Err(bad()),
        Err(e) => return Err(e),
    };
    match i.as_i64() {
        Some(b @ 0..=255) => Ok(b as u8),
        _ => Err(crate::error::overflow_error("%c arg not in range(256)")),
    }
}

fn not_all_converted_bytes() -> PyErr {
    type_error("not all arguments converted during bytes formatting")
}
