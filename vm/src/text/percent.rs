//! `template % args` (printf-style formatting of `str`), as `PyUnicode_Format` in CPython 3.11.
//!
//! The VM drives it; this file parses and formats. The loop, with CPython's order of events:
//! ```text
//! dict = args if it is a mapping and not a tuple or str, else None
//! for piece in PercentParser::new(template, dict.is_some()):
//!     Err(e)          -> do e.pending's lookups (below, they may raise first), then raise e.error
//!     Literal(s)      -> append s ("%%" arrives as the literal "%")
//!     Spec(mut spec)  ->
//!         if spec.key: args = dict[key]               # KeyError etc. from the mapping
//!         if spec.width is Star:     spec.set_star_width(next_arg()?)      # "* wants int"
//!         if spec.precision is Star: spec.set_star_precision(next_arg()?)
//!         v = next_arg()?                              # "not enough arguments for format string"
//!         match spec.kind()?:                          # "unsupported format character …" here
//!             Str|Repr|Ascii -> append percent_str(str/repr/ascii(v), &spec)
//!             Int   -> v2 = v if int else (index(v) for o/x/X, int(v) otherwise;
//!                      TypeError → FormatError::percent_number_required)
//!                      append percent_int(v2, &spec)?
//!             Float -> append percent_float(float(v), &spec)?   # TypeError from float() as is
//!             Char  -> c = v if 1-char str else the int v (range check: char_arg_not_in_range)
//!                      (else FormatError::percent_c_requires_int_or_char); append percent_str(c, &spec)
//!         if dict and the argument index has not reached the end: raise not_all_converted
//! at the end: positional arguments left over -> not_all_converted
//! ```
//! `next_arg` returns the mapping/single object itself when `args` is not a tuple (once).
//! Star arguments must be exact `int`s (`PyLong_Check`): width via `PyLong_AsSsize_t`
//! ("Python int too large to convert to C ssize_t"), precision via `_PyLong_AsInt`
//! ("Python int too large to convert to C int").

use super::dtoa::{double_to_string, DtoaFlags};
use super::spec::{char_from_int, truncate_chars, IntValue, MAX_OUTPUT};
use super::FormatError;

/// A width or precision in a conversion spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Absent,
    Num(usize),
    /// `*`: taken from the next argument; the VM resolves it with
    /// [`PercentSpec::set_star_width`] / [`PercentSpec::set_star_precision`].
    Star,
}

/// The flags `- + space # 0` of a conversion spec.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    pub ljust: bool,
    pub sign: bool,
    pub blank: bool,
    pub alt: bool,
    pub zero: bool,
}

/// One conversion spec `%(key)flags width .precision [hlL] conversion`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec<'a> {
    /// The mapping key of `%(key)s`.
    pub key: Option<&'a str>,
    pub flags: PercentFlags,
    pub width: Count,
    pub precision: Count,
    /// The conversion character, not yet validated (see [`PercentSpec::kind`]).
    pub conversion: char,
    /// Code point index of the conversion character in the template (for the error).
    pub index: usize,
}

/// What a conversion does with its argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentKind {
    /// `s`: `str(v)`
    Str,
    /// `r`: `repr(v)`
    Repr,
    /// `a`: `ascii(v)`
    Ascii,
    /// `d i u o x X`: an integer
    Int,
    /// `e E f F g G`: a float
    Float,
    /// `c`: one character
    Char,
}

/// A piece of a `%` template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece<'a> {
    Literal(&'a str),
    Spec(PercentSpec<'a>),
}

/// A malformed conversion spec. CPython notices the problem only after doing what the spec
/// asked for so far, and those steps can raise their own errors first: the VM should look up
/// `pending.key` (if any) and fetch the `*` arguments recorded in `pending.width` /
/// `pending.precision`, then raise `error`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentError<'a> {
    pub pending: PercentSpec<'a>,
    pub error: FormatError,
}

/// Iterates a `%` template: literal runs and conversion specs, stopping after the first error.
pub struct PercentParser<'a> {
    template: &'a str,
    pos: usize,
    /// Code points before `pos`, for error messages.
    char_pos: usize,
    has_mapping: bool,
    failed: bool,
}

impl<'a> PercentParser<'a> {
    /// `has_mapping`: whether the right operand is a mapping used for `%(key)` lookups (a
    /// `%(` without one raises "format requires a mapping").
    pub fn new(template: &'a str, has_mapping: bool) -> Self {
        PercentParser {
            template,
            pos: 0,
            char_pos: 0,
            has_mapping,
            failed: false,
        }
    }

    fn parse_spec(&mut self) -> Result<PercentSpec<'a>, PercentError<'a>> {
        let t = self.template.as_bytes();
        let mut spec = PercentSpec {
            key: None,
            flags: PercentFlags::default(),
            width: Count::Absent,
            precision: Count::Absent,
            conversion: '\0',
            index: 0,
        };
        let fail = |spec: &PercentSpec<'a>, msg: &'static str| PercentError {
            pending: spec.clone(),
            error: FormatError::value(msg),
        };
        let mut i = self.pos;
        if t.get(i) == Some(&b'(') {
            if !self.has_mapping {
                return Err(PercentError {
                    pending: spec,
                    error: FormatError::type_error("format requires a mapping"),
                });
            }
            let start = i + 1;
            let mut depth = 1;
            i = start;
            while depth > 0 && i < t.len() {
                match t[i] {
                    b')' => depth -= 1,
                    b'(' => depth += 1,
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(fail(&spec, "incomplete format key"));
            }
            spec.key = Some(&self.template[start..i - 1]);
        }
        while let Some(&c) = t.get(i) {
            match c {
                b'-' => spec.flags.ljust = true,
                b'+' => spec.flags.sign = true,
                b' ' => spec.flags.blank = true,
                b'#' => spec.flags.alt = true,
                b'0' => spec.flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        if t.get(i) == Some(&b'*') {
            spec.width = Count::Star;
            i += 1;
        } else if let Some(n) = digits(t, &mut i, i64::MAX as u64) {
            spec.width = Count::Num(n.ok_or_else(|| fail(&spec, "width too big"))?);
        }
        if t.get(i) == Some(&b'.') {
            i += 1;
            spec.precision = Count::Num(0);
            if t.get(i) == Some(&b'*') {
                spec.precision = Count::Star;
                i += 1;
            } else if let Some(n) = digits(t, &mut i, i32::MAX as u64) {
                spec.precision = Count::Num(n.ok_or_else(|| fail(&spec, "precision too big"))?);
            }
        }
        if matches!(t.get(i), Some(b'h' | b'l' | b'L')) {
            i += 1;
        }
        let Some(c) = self.template[i.min(t.len())..].chars().next() else {
            return Err(fail(&spec, "incomplete format"));
        };
        spec.conversion = c;
        spec.index = self.char_pos + self.template[self.pos..i].chars().count();
        self.char_pos = spec.index + 1;
        self.pos = i + c.len_utf8();
        Ok(spec)
    }
}

/// Reads decimal digits at `t[*i..]`: `None` if there are none, `Some(None)` past `limit`.
fn digits(t: &[u8], i: &mut usize, limit: u64) -> Option<Option<usize>> {
    let start = *i;
    let mut acc: u64 = 0;
    while let Some(&c) = t.get(*i).filter(|c| c.is_ascii_digit()) {
        let d = (c - b'0') as u64;
        if acc > (limit - d) / 10 {
            return Some(None);
        }
        acc = acc * 10 + d;
        *i += 1;
    }
    (*i > start).then_some(Some(acc.min(usize::MAX as u64) as usize))
}

impl<'a> Iterator for PercentParser<'a> {
    type Item = Result<PercentPiece<'a>, PercentError<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.template.len() {
            return None;
        }
        let rest = &self.template[self.pos..];
        match rest.find('%') {
            Some(0) => {}
            Some(n) => {
                self.pos += n;
                self.char_pos += rest[..n].chars().count();
                return Some(Ok(PercentPiece::Literal(&rest[..n])));
            }
            None => {
                self.pos = self.template.len();
                return Some(Ok(PercentPiece::Literal(rest)));
            }
        }
        self.pos += 1;
        self.char_pos += 1;
        if self.template.as_bytes().get(self.pos) == Some(&b'%') {
            self.pos += 1;
            self.char_pos += 1;
            return Some(Ok(PercentPiece::Literal("%")));
        }
        let r = self.parse_spec();
        self.failed = r.is_err();
        Some(r.map(PercentPiece::Spec))
    }
}

impl PercentSpec<'_> {
    /// Classifies the conversion, or raises CPython's "unsupported format character" error.
    /// Call it *after* fetching the value argument: `'%y' % ()` is "not enough arguments".
    pub fn kind(&self) -> Result<PercentKind, FormatError> {
        Ok(match self.conversion {
            's' => PercentKind::Str,
            'r' => PercentKind::Repr,
            'a' => PercentKind::Ascii,
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => PercentKind::Int,
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => PercentKind::Float,
            'c' => PercentKind::Char,
            c => {
                let shown = if (31..=126).contains(&(c as u32)) {
                    c
                } else {
                    '?'
                };
                return Err(FormatError::value(format!(
                    "unsupported format character '{shown}' (0x{:x}) at index {}",
                    c as u32, self.index
                )));
            }
        })
    }

    /// Resolves a `*` width from its (already int-checked) argument; negative means `-` flag.
    pub fn set_star_width(&mut self, w: i64) {
        if w < 0 {
            self.flags.ljust = true;
        }
        self.width = Count::Num(w.unsigned_abs().min(usize::MAX as u64) as usize);
    }

    /// Resolves a `.*` precision from its argument; negative means 0.
    pub fn set_star_precision(&mut self, p: i32) {
        self.precision = Count::Num(p.max(0) as usize);
    }

    fn width(&self) -> Option<usize> {
        match self.width {
            Count::Num(n) => Some(n),
            _ => None,
        }
    }

    fn precision(&self) -> Option<usize> {
        match self.precision {
            Count::Num(n) => Some(n),
            _ => None,
        }
    }
}

/// The character for `'%c' % i` (`formatchar`): any int outside `range(0x110000)`, however
/// large, is the OverflowError "%c arg not in range(0x110000)".
pub fn percent_char_from_int(v: IntValue<'_>) -> Result<char, FormatError> {
    match v.to_long() {
        Ok(_) => char_from_int(v),
        Err(_) => Err(FormatError::char_arg_not_in_range()),
    }
}

/// Formats an integer for `d i u o x X`, with flags, width and precision (minimum digits).
pub fn percent_int(v: IntValue<'_>, spec: &PercentSpec<'_>) -> Result<String, FormatError> {
    let prec = spec.precision();
    if prec.is_some_and(|p| p > i32::MAX as usize - 3) {
        return Err(FormatError::overflow("precision too large"));
    }
    let c = spec.conversion;
    let base = match c {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let mut digits = v.magnitude_digits(base);
    if c == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut body = String::with_capacity(digits.len() + 4);
    if v.is_negative() {
        body.push('-');
    }
    if spec.flags.alt && base != 10 {
        body.push('0');
        body.push(if c == 'o' { 'o' } else { c });
    }
    let prec = prec.unwrap_or(0);
    check(prec)?;
    body.extend(std::iter::repeat_n('0', prec.saturating_sub(digits.len())));
    body.push_str(&digits);
    output(&body, spec, true)
}

/// Formats a float for `e E f F g G` (`#` keeps the point and `g`'s trailing zeros).
pub fn percent_float(x: f64, spec: &PercentSpec<'_>) -> Result<String, FormatError> {
    let prec = spec.precision().unwrap_or(6);
    if matches!(spec.conversion, 'e' | 'E' | 'f' | 'F') || spec.flags.alt {
        check(prec)?;
    }
    let flags = DtoaFlags {
        alt: spec.flags.alt,
        ..DtoaFlags::default()
    };
    let s = double_to_string(x, spec.conversion, prec, flags);
    output(&s, spec, true)
}

/// Pads the `str()`/`repr()`/`ascii()` of the argument (or the `%c` character) to the width;
/// for `s r a`, the precision first truncates it to that many code points.
pub fn percent_str(s: &str, spec: &PercentSpec<'_>) -> Result<String, FormatError> {
    let s = if matches!(spec.conversion, 's' | 'r' | 'a') {
        truncate_chars(s, spec.precision()).0
    } else {
        s
    };
    output(s, spec, false)
}

fn check(n: usize) -> Result<(), FormatError> {
    if n as u64 > MAX_OUTPUT {
        return Err(FormatError::memory());
    }
    Ok(())
}

/// `unicode_format_arg_output`: sign, `0x` prefix, zero or space padding.
fn output(s: &str, spec: &PercentSpec<'_>, numeric: bool) -> Result<String, FormatError> {
    let f = spec.flags;
    let fill = if numeric && f.zero { '0' } else { ' ' };
    let mut rest = s;
    let mut sign = None;
    if numeric {
        if let Some(c @ ('-' | '+')) = s.chars().next() {
            sign = Some(c);
            rest = &s[1..];
        } else if f.sign {
            sign = Some('+');
        } else if f.blank {
            sign = Some(' ');
        }
    }
    // percent_int wrote the `0x` / `0o` after the sign.
    let prefix = match rest.get(..2) {
        Some(p) if numeric && f.alt && matches!(spec.conversion, 'x' | 'X' | 'o') => {
            rest = &rest[2..];
            p
        }
        _ => "",
    };
    let len = rest.chars().count() + prefix.len() + sign.is_some() as usize;
    let width = spec.width().unwrap_or(0);
    check(width)?;
    let pad = width.saturating_sub(len);
    let mut out = String::with_capacity(s.len() + pad + 1);
    if fill == '0' {
        out.extend(sign);
        out.push_str(prefix);
    }
    if !f.ljust {
        out.extend(std::iter::repeat_n(fill, pad));
    }
    if fill == ' ' {
        out.extend(sign);
        out.push_str(prefix);
    }
    out.push_str(rest);
    if f.ljust {
        out.extend(std::iter::repeat_n(' ', pad));
    }
    Ok(out)
}
