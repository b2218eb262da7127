//! String formatting entry points used by the VM: `format()`/`__format__` for the builtin
//! types (the format-spec mini-language), `str.format`, and `%`-formatting. The pure text
//! algorithms live in `text/`; this module fetches arguments and calls Python hooks.

use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::object::Kind;
use crate::types::builtin::Args;
use crate::types::complex::ComplexData;
use crate::types::typeobj::{lookup_str, type_name};
use crate::value::Value;
use crate::vm::Vm;

/// A parsed format spec.
#[derive(Debug, Clone, Default)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub fn parse_spec(spec: &str) -> PyResult<Spec> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.z = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alt = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = chars[start..i].iter().collect();
        s.width = Some(w.parse().map_err(|_| value_error("Too many decimal digits in format string"))?);
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let ps = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == ps {
            return Err(value_error("Format specifier missing precision"));
        }
        let p: String = chars[ps..i].iter().collect();
        s.precision = Some(p.parse().map_err(|_| value_error("Too many decimal digits in format string"))?);
    }
    if i < chars.len() {
        s.ty = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() {
        return Err(value_error("Invalid format specifier"));
    }
    if s.zero && s.fill.is_none() {
        s.fill = Some('0');
        if s.align.is_none() {
            s.align = Some('=');
        }
    }
    Ok(s)
}

fn pad(body: &str, sign: &str, spec: &Spec, default_align: char) -> String {
    let len = body.chars().count() + sign.chars().count();
    let width = spec.width.unwrap_or(0);
    if len >= width {
        return format!("{sign}{body}");
    }
    let fill = spec.fill.unwrap_or(' ');
    let n = width - len;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match spec.align.unwrap_or(default_align) {
        '<' => format!("{sign}{body}{}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{sign}{}{body}", f(n)),
        _ => format!("{}{sign}{body}", f(n)),
    }
}

fn group_digits(digits: &str, sep: char, every: usize) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / every);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// `format(s, spec)` for str.
pub fn format_str_spec(_vm: &mut Vm, s: &str, spec: &str) -> PyResult {
    if spec.is_empty() {
        return Ok(Value::str(s));
    }
    let sp = parse_spec(spec)?;
    if let Some(t) = sp.ty {
        if t != 's' {
            return Err(value_error(format!("Unknown format code '{t}' for object of type 'str'")));
        }
    }
    if sp.sign.is_some() {
        return Err(value_error("Sign not allowed in string format specifier"));
    }
    if sp.alt {
        return Err(value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if sp.align == Some('=') {
        return Err(value_error("'=' alignment not allowed in string format specifier"));
    }
    if let Some(g) = sp.grouping {
        return Err(value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    let body: String = match sp.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_owned(),
    };
    Ok(Value::string(pad(&body, "", &sp, '<')))
}

/// `format(int, spec)`.
pub fn format_int_spec(vm: &mut Vm, v: &Value, spec: &str) -> PyResult {
    if spec.is_empty() {
        return vm.str(v);
    }
    let sp = parse_spec(spec)?;
    let i = v.as_int().ok_or_else(|| type_error("int expected"))?;
    match sp.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => return format_float_spec(vm, i.to_f64()?, spec),
        _ => {}
    }
    if sp.precision.is_some() {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    let big = i.to_big();
    let neg = big.sign() == num_bigint::Sign::Minus;
    let mag = big.magnitude();
    let (digits, prefix, every) = match sp.ty {
        None | Some('d') | Some('n') => (mag.to_string(), "", 3),
        Some('b') => (mag.to_str_radix(2), "0b", 4),
        Some('o') => (mag.to_str_radix(8), "0o", 4),
        Some('x') => (mag.to_str_radix(16), "0x", 4),
        Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X", 4),
        Some('c') => {
            if sp.sign.is_some() {
                return Err(value_error("Sign not allowed with integer format specifier 'c'"));
            }
            let c = i.to_i64().and_then(|x| u32::try_from(x).ok()).and_then(char::from_u32).ok_or_else(|| PyErr::new(ExcType::OverflowError, "%c arg not in range(0x110000)"))?;
            return Ok(Value::string(pad(&c.to_string(), "", &sp, '<')));
        }
        Some(t) => return Err(value_error(format!("Unknown format code '{t}' for object of type '{}'", type_name(v)))),
    };
    if let Some(g) = sp.grouping {
        if g == ',' && !matches!(sp.ty, None | Some('d')) {
            return Err(value_error(format!("Cannot specify ',' with '{}'.", sp.ty.unwrap_or('d'))));
        }
    }
    let sign = if neg {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let prefix = if sp.alt { prefix } else { "" };
    let mut body = match sp.grouping {
        Some(g) => group_digits(&digits, g, every),
        None => digits.clone(),
    };
    if sp.fill == Some('0') && sp.align == Some('=') {
        if let Some(w) = sp.width {
            let need = w.saturating_sub(sign.len() + prefix.len());
            if let Some(g) = sp.grouping {
                let mut d = digits.clone();
                loop {
                    let gb = group_digits(&d, g, every);
                    if gb.len() >= need {
                        body = gb;
                        break;
                    }
                    d.insert(0, '0');
                }
            } else {
                while body.len() < need {
                    body.insert(0, '0');
                }
            }
            return Ok(Value::string(format!("{sign}{prefix}{body}")));
        }
    }
    let full_sign = format!("{sign}{prefix}");
    Ok(Value::string(pad(&body, &full_sign, &sp, '>')))
}

/// Digits of `x` formatted per the spec's type (no sign, no padding).
fn float_body(x: f64, ty: Option<char>, precision: Option<usize>, alt: bool) -> PyResult<String> {
    let x = x.abs();
    if x.is_nan() || x.is_infinite() {
        let s = if x.is_nan() { "nan" } else { "inf" };
        return Ok(if matches!(ty, Some('E' | 'F' | 'G')) { s.to_uppercase() } else { s.to_owned() });
    }
    Ok(match ty {
        Some('f' | 'F') => {
            let s = format!("{:.*}", precision.unwrap_or(6), x);
            if alt && !s.contains('.') {
                format!("{s}.")
            } else {
                s
            }
        }
        Some('%') => {
            let s = format!("{:.*}", precision.unwrap_or(6), x * 100.0);
            format!("{s}%")
        }
        Some('e' | 'E') => {
            let s = exp_format(x, precision.unwrap_or(6), alt);
            if ty == Some('E') {
                s.to_uppercase()
            } else {
                s
            }
        }
        Some('g' | 'G') | Some('n') => {
            let s = general_format(x, precision.unwrap_or(6).max(1), alt);
            if ty == Some('G') {
                s.to_uppercase()
            } else {
                s
            }
        }
        None => match precision {
            None => {
                let r = crate::types::float::float_repr(x);
                r
            }
            Some(p) => {
                let s = general_format(x, p.max(1), alt);
                if s.contains('.') || s.contains('e') || s.contains("inf") || s.contains("nan") {
                    s
                } else {
                    format!("{s}.0")
                }
            }
        },
        Some(t) => return Err(value_error(format!("Unknown format code '{t}' for object of type 'float'"))),
    })
}

/// `%e`-style formatting with Python's two-digit minimum exponent.
pub fn exp_format(x: f64, prec: usize, alt: bool) -> String {
    let s = format!("{:.*e}", prec, x);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    let mant = if alt && !mant.contains('.') { format!("{mant}.") } else { mant.to_owned() };
    format!("{mant}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// `%g`-style formatting.
pub fn general_format(x: f64, prec: usize, alt: bool) -> String {
    if x == 0.0 {
        return if alt { format!("{:.*}", prec - 1, 0.0) } else { "0".into() };
    }
    let e = {
        let s = format!("{:.*e}", prec - 1, x);
        s.split_once('e').and_then(|(_, e)| e.parse::<i32>().ok()).unwrap_or(0)
    };
    let s = if e < -4 || e >= prec as i32 {
        exp_format(x, prec - 1, alt)
    } else {
        format!("{:.*}", (prec as i32 - 1 - e).max(0) as usize, x)
    };
    if alt {
        return s;
    }
    // Strip trailing zeros in the mantissa.
    match s.split_once('e') {
        Some((m, e)) => {
            let m = if m.contains('.') { m.trim_end_matches('0').trim_end_matches('.') } else { m };
            format!("{m}e{e}")
        }
        None => {
            if s.contains('.') {
                s.trim_end_matches('0').trim_end_matches('.').to_owned()
            } else {
                s
            }
        }
    }
}

/// `format(float, spec)`.
pub fn format_float_spec(vm: &mut Vm, x: f64, spec: &str) -> PyResult {
    if spec.is_empty() {
        return Ok(Value::string(crate::types::float::float_repr(x)));
    }
    let _ = vm;
    let sp = parse_spec(spec)?;
    if matches!(sp.ty, Some('c' | 'd' | 'b' | 'o' | 'x' | 'X' | 's')) {
        return Err(value_error(format!("Unknown format code '{}' for object of type 'float'", sp.ty.unwrap_or('?'))));
    }
    let mut body = float_body(x, sp.ty, sp.precision, sp.alt)?;
    let neg = x.is_sign_negative() && !(sp.z && body.chars().all(|c| c == '0' || c == '.' || c == '%'));
    let neg = neg && !x.is_nan();
    if let Some(g) = sp.grouping {
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(i) => (body[..i].to_owned(), body[i..].to_owned()),
            None => (body.clone(), String::new()),
        };
        body = format!("{}{rest}", group_digits(&int_part, g, 3));
    }
    let sign = if neg {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    if sp.fill == Some('0') && sp.align == Some('=') {
        if let Some(w) = sp.width {
            while body.len() + sign.len() < w {
                body.insert(0, '0');
            }
            return Ok(Value::string(format!("{sign}{body}")));
        }
    }
    Ok(Value::string(pad(&body, sign, &sp, '>')))
}

/// `format(complex, spec)`.
pub fn format_complex_spec(_vm: &mut Vm, c: ComplexData, spec: &str) -> PyResult {
    let sp = parse_spec(spec)?;
    let re = float_body(c.re, sp.ty, sp.precision, sp.alt)?;
    let im = float_body(c.im, sp.ty, sp.precision, sp.alt)?;
    let re_sign = if c.re.is_sign_negative() { "-" } else { "" };
    let im_sign = if c.im.is_sign_negative() { "-" } else { "+" };
    let body = if sp.ty.is_none() {
        if c.re == 0.0 && c.re.is_sign_positive() {
            format!("{}{im}j", if c.im.is_sign_negative() { "-" } else { "" })
        } else {
            format!("({re_sign}{re}{im_sign}{im}j)")
        }
    } else {
        format!("{re_sign}{re}{im_sign}{im}j")
    };
    Ok(Value::string(pad(&body, "", &sp, '>')))
}

/// `format(v, spec)`: calls `type(v).__format__`.
impl Vm {
    pub fn format(&mut self, v: &Value, spec: &Value) -> PyResult {
        let f = lookup_str(&v.class(), "__format__").ok_or_else(|| type_error("object has no __format__"))?;
        let r = self.call(&f, &[v.clone(), spec.clone()])?;
        if r.as_str().is_none() {
            return Err(type_error(format!("__format__ must return a str, not {}", type_name(&r))));
        }
        Ok(r)
    }
}

// ---- str.format --------------------------------------------------------------------------------

/// `template.format(*args, **kwargs)`.
pub fn str_format_method(vm: &mut Vm, template: &str, args: Args) -> PyResult {
    let pos: Vec<Value> = args.pos().to_vec();
    let kw: Vec<(Value, Value)> = args.kwargs().map(|(k, v)| (k.clone(), v.clone())).collect();
    let mut auto = 0usize;
    let mut mode = 0u8; // 0 unknown, 1 auto, 2 manual
    let out = vformat(vm, template, &pos, &kw, &mut auto, &mut mode, 2)?;
    Ok(Value::string(out))
}

fn vformat(vm: &mut Vm, t: &str, pos: &[Value], kw: &[(Value, Value)], auto: &mut usize, mode: &mut u8, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if i + 1 < chars.len() && chars[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching '}' with nesting.
            let mut level = 1;
            let mut j = i + 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(value_error(if level > 1 { "unmatched '{' in format spec" } else { "expected '}' before end of string" }));
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&render_field(vm, &field, pos, kw, auto, mode, depth)?);
            i = j + 1;
        } else if c == '}' {
            if i + 1 < chars.len() && chars[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

fn render_field(vm: &mut Vm, field: &str, pos: &[Value], kw: &[(Value, Value)], auto: &mut usize, mode: &mut u8, depth: u32) -> PyResult<String> {
    // Split name[!conv][:spec] (the name may contain [..] with ':' or '!' inside).
    let chars: Vec<char> = field.chars().collect();
    let mut k = 0;
    let mut in_bracket = false;
    while k < chars.len() {
        match chars[k] {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => break,
            _ => {}
        }
        k += 1;
    }
    let name: String = chars[..k].iter().collect();
    let mut conv = None;
    let mut spec = String::new();
    if k < chars.len() && chars[k] == '!' {
        if k + 1 >= chars.len() {
            return Err(value_error("end of string while looking for conversion specifier"));
        }
        conv = Some(chars[k + 1]);
        k += 2;
        if k < chars.len() && chars[k] != ':' {
            return Err(value_error("expected ':' after conversion specifier"));
        }
    }
    if k < chars.len() && chars[k] == ':' {
        spec = chars[k + 1..].iter().collect();
    }
    // Resolve the first part of the name.
    let (first, rest) = match name.find(['.', '[']) {
        Some(p) => (&name[..p], &name[p..]),
        None => (name.as_str(), ""),
    };
    let mut obj = if first.is_empty() {
        if *mode == 2 {
            return Err(value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        *mode = 1;
        let idx = *auto;
        *auto += 1;
        pos.get(idx).cloned().ok_or_else(|| PyErr::new(ExcType::IndexError, format!("Replacement index {idx} out of range for positional args tuple")))?
    } else if let Ok(idx) = first.parse::<usize>() {
        if *mode == 1 {
            return Err(value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        *mode = 2;
        pos.get(idx).cloned().ok_or_else(|| PyErr::new(ExcType::IndexError, format!("Replacement index {idx} out of range for positional args tuple")))?
    } else {
        kw.iter()
            .find(|(k, _)| k.as_str() == Some(first))
            .map(|(_, v)| v.clone())
            .ok_or_else(|| PyErr::with_args(ExcType::KeyError, vec![Value::str(first)]))?
    };
    // Attribute / index chain.
    let rc: Vec<char> = rest.chars().collect();
    let mut p = 0;
    while p < rc.len() {
        if rc[p] == '.' {
            let s = p + 1;
            p = s;
            while p < rc.len() && rc[p] != '.' && rc[p] != '[' {
                p += 1;
            }
            let attr: String = rc[s..p].iter().collect();
            if attr.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            obj = vm.getattr(&obj, &Value::str(&attr))?;
        } else if rc[p] == '[' {
            let s = p + 1;
            while p < rc.len() && rc[p] != ']' {
                p += 1;
            }
            if p >= rc.len() {
                return Err(value_error("Missing ']' in format string"));
            }
            let key: String = rc[s..p].iter().collect();
            if key.is_empty() {
                return Err(value_error("Empty attribute in format string"));
            }
            p += 1;
            let k = match key.parse::<i64>() {
                Ok(n) if key.bytes().all(|b| b.is_ascii_digit()) => Value::int(n),
                _ => Value::str(&key),
            };
            obj = vm.getitem(&obj, &k)?;
        } else {
            return Err(value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    let obj = match conv {
        None => obj,
        Some('s') => vm.str(&obj)?,
        Some('r') => vm.repr(&obj)?,
        Some('a') => {
            let r = vm.repr_string(&obj)?;
            Value::string(crate::builtins::ascii_escape(&r))
        }
        Some(c) => return Err(value_error(format!("Unknown conversion specifier {c}"))),
    };
    let spec = if spec.contains('{') { vformat(vm, &spec, pos, kw, auto, mode, depth - 1)? } else { spec };
    let r = vm.format(&obj, &Value::string(spec))?;
    Ok(r.as_str().unwrap_or("").to_owned())
}

// ---- % formatting ----------------------------------------------------------------------------

/// `fmt % args` for str.
pub fn percent_format_str(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult {
    let r = percent_format(vm, fmt, args, false)?;
    Ok(Value::string(r))
}

/// `fmt % args` for bytes.
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let s: String = fmt.iter().map(|&b| b as char).collect();
    let r = percent_format(vm, &s, args, true)?;
    Ok(r.chars().map(|c| c as u32 as u8).collect())
}

fn percent_format(vm: &mut Vm, fmt: &str, args: &Value, bytes_mode: bool) -> PyResult<String> {
    let is_mapping = args.kind() == Kind::Dict || (args.as_tuple().is_none() && args.as_str().is_none() && lookup_str(&args.class(), "__getitem__").is_some() && !matches!(args.kind(), Kind::List | Kind::Bytes | Kind::ByteArray));
    let items: Vec<Value> = match args.as_tuple() {
        Some(t) => t.to_vec(),
        None => vec![args.clone()],
    };
    let single = args.as_tuple().is_none();
    let mut idx = 0usize;
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    let mut used_mapping = false;
    let next_arg = |idx: &mut usize| -> PyResult<Value> {
        let v = items.get(*idx).cloned().ok_or_else(|| type_error("not enough arguments for format string"))?;
        *idx += 1;
        Ok(v)
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= chars.len() {
            return Err(value_error("incomplete format"));
        }
        let mut key: Option<String> = None;
        if chars[i] == '(' {
            let mut depth = 1;
            let s = i + 1;
            i += 1;
            while i < chars.len() && depth > 0 {
                if chars[i] == '(' {
                    depth += 1;
                } else if chars[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            key = Some(chars[s..i - 1].iter().collect());
        }
        let mut sp = Spec::default();
        let mut left = false;
        while i < chars.len() && matches!(chars[i], '-' | '+' | ' ' | '#' | '0') {
            match chars[i] {
                '-' => left = true,
                '+' => sp.sign = Some('+'),
                ' ' => {
                    if sp.sign.is_none() {
                        sp.sign = Some(' ')
                    }
                }
                '#' => sp.alt = true,
                _ => sp.zero = true,
            }
            i += 1;
        }
        if i < chars.len() && chars[i] == '*' {
            let w = next_arg(&mut idx)?;
            let w = w.as_i64().ok_or_else(|| type_error("* wants int"))?;
            if w < 0 {
                left = true;
            }
            sp.width = Some(w.unsigned_abs() as usize);
            i += 1;
        } else {
            let s = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i > s {
                sp.width = chars[s..i].iter().collect::<String>().parse().ok();
            }
        }
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = next_arg(&mut idx)?;
                sp.precision = Some(p.as_i64().ok_or_else(|| type_error("* wants int"))?.max(0) as usize);
                i += 1;
            } else {
                let s = i;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                sp.precision = Some(chars[s..i].iter().collect::<String>().parse().unwrap_or(0));
            }
        }
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(value_error("incomplete format"));
        }
        let conv = chars[i];
        let conv_index = i;
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = match &key {
            Some(k) => {
                if !is_mapping {
                    return Err(type_error("format requires a mapping"));
                }
                used_mapping = true;
                vm.getitem(args, &Value::str(k))?
            }
            None => next_arg(&mut idx)?,
        };
        if left {
            sp.align = Some('<');
        } else if sp.zero && matches!(conv, 'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
            sp.fill = Some('0');
            sp.align = Some('=');
        } else {
            sp.align = Some('>');
        }
        let piece = match conv {
            's' | 'r' | 'a' | 'b' => {
                let s = match conv {
                    'r' => vm.repr_string(&arg)?,
                    'a' => ascii_escape_repr(vm, &arg)?,
                    'b' if bytes_mode => match crate::types::bytes::bytes_like(&arg) {
                        Some(b) => b.iter().map(|&c| c as char).collect(),
                        None => {
                            if let Some(f) = lookup_str(&arg.class(), "__bytes__") {
                                let r = vm.call(&f, std::slice::from_ref(&arg))?;
                                crate::types::bytes::bytes_like(&r).unwrap_or_default().iter().map(|&c| c as char).collect()
                            } else {
                                return Err(type_error(format!(
                                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                    type_name(&arg)
                                )));
                            }
                        }
                    },
                    's' if bytes_mode => match crate::types::bytes::bytes_like(&arg) {
                        Some(b) => b.iter().map(|&c| c as char).collect(),
                        None => {
                            return Err(type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                type_name(&arg)
                            )))
                        }
                    },
                    _ => vm.str_string(&arg)?,
                };
                let s: String = match sp.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s,
                };
                pad(&s, "", &sp, '>')
            }
            'd' | 'i' | 'u' => {
                let iv = if arg.as_int().is_some() {
                    arg.clone()
                } else if arg.as_float().is_some() {
                    crate::types::float::float_to_int(arg.as_float().unwrap_or(0.0))?
                } else if lookup_str(&arg.class(), "__int__").is_some() || lookup_str(&arg.class(), "__index__").is_some() {
                    vm.to_int(&arg)?
                } else {
                    return Err(type_error(format!("%{conv} format: a real number is required, not {}", type_name(&arg))));
                };
                let mut spec = sp.clone();
                spec.ty = Some('d');
                let body = int_digits(&iv, 10, false);
                percent_int(body, &iv, &spec, "")
            }
            'o' | 'x' | 'X' => {
                let iv = if arg.as_int().is_some() {
                    arg.clone()
                } else if lookup_str(&arg.class(), "__index__").is_some() {
                    vm.index(&arg)?
                } else {
                    return Err(type_error(format!("%{conv} format: an integer is required, not {}", type_name(&arg))));
                };
                let radix = if conv == 'o' { 8 } else { 16 };
                let body = int_digits(&iv, radix, conv == 'X');
                let prefix = if sp.alt {
                    match conv {
                        'o' => "0o",
                        'x' => "0x",
                        _ => "0X",
                    }
                } else {
                    ""
                };
                percent_int(body, &iv, &sp, prefix)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match vm.to_f64(&arg) {
                    Ok(x) => x,
                    Err(_) => return Err(type_error(format!("must be real number, not {}", type_name(&arg)))),
                };
                let prec = Some(sp.precision.unwrap_or(6));
                let mut body = float_body(x, Some(conv), prec, sp.alt)?;
                if matches!(conv, 'g' | 'G') && sp.alt {
                    body = float_body(x, Some(conv), prec, true)?;
                }
                let sign = if x.is_sign_negative() && !x.is_nan() {
                    "-"
                } else {
                    match sp.sign {
                        Some('+') => "+",
                        Some(' ') => " ",
                        _ => "",
                    }
                };
                if sp.fill == Some('0') && x.is_finite() {
                    let w = sp.width.unwrap_or(0);
                    while body.len() + sign.len() < w {
                        body.insert(0, '0');
                    }
                    format!("{sign}{body}")
                } else {
                    let mut s2 = sp.clone();
                    if s2.fill == Some('0') {
                        s2.fill = None;
                        s2.align = Some('>');
                    }
                    pad(&body, sign, &s2, '>')
                }
            }
            'c' => {
                let ch = if let Some(s) = arg.as_str() {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => c,
                        _ => return Err(type_error("%c requires int or char")),
                    }
                } else if bytes_mode && crate::types::bytes::bytes_like(&arg).map(|b| b.len() == 1).unwrap_or(false) {
                    crate::types::bytes::bytes_like(&arg).unwrap_or_default()[0] as char
                } else if let Some(n) = arg.as_i64() {
                    if bytes_mode && !(0..256).contains(&n) {
                        return Err(PyErr::new(ExcType::OverflowError, "%c arg not in range(256)"));
                    }
                    u32::try_from(n).ok().and_then(char::from_u32).ok_or_else(|| PyErr::new(ExcType::OverflowError, "%c arg not in range(0x110000)"))?
                } else {
                    return Err(type_error("%c requires int or char"));
                };
                let mut s2 = sp.clone();
                s2.fill = None;
                pad(&ch.to_string(), "", &s2, '>')
            }
            other => {
                return Err(value_error(format!(
                    "unsupported format character '{other}' ({:#x}) at index {conv_index}",
                    other as u32
                )))
            }
        };
        out.push_str(&piece);
    }
    if !used_mapping && !is_mapping && idx < items.len() && !(single && items.is_empty()) {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    if !used_mapping && !single && idx < items.len() {
        return Err(type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

fn int_digits(v: &Value, radix: u32, upper: bool) -> String {
    let b = crate::types::int::to_bigint(v).unwrap_or_default();
    let s = b.magnitude().to_str_radix(radix);
    if upper {
        s.to_uppercase()
    } else {
        s
    }
}

fn percent_int(mut body: String, v: &Value, sp: &Spec, prefix: &str) -> String {
    let neg = crate::types::int::to_bigint(v).map(|b| b.sign() == num_bigint::Sign::Minus).unwrap_or(false);
    if let Some(p) = sp.precision {
        while body.len() < p {
            body.insert(0, '0');
        }
    }
    let sign = if neg {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    if sp.fill == Some('0') && sp.align == Some('=') {
        let w = sp.width.unwrap_or(0);
        while body.len() + sign.len() + prefix.len() < w {
            body.insert(0, '0');
        }
        return format!("{sign}{prefix}{body}");
    }
    pad(&body, &format!("{sign}{prefix}"), sp, '>')
}

fn ascii_escape_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let r = vm.repr_string(v)?;
    Ok(crate::builtins::ascii_escape(&r))
}
