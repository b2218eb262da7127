//! The format-spec mini-language (`format(x, spec)`, `str.format`, f-strings):
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`, parsed as
//! `parse_internal_render_format_spec` does and rendered for int, float, complex and str as
//! `formatter_unicode.c` does (3.11).
//!
//! All numbers go through one layout routine, [`layout_number`]:
//! `<lpad><sign><prefix><spad><grouped digits><decimal point><remainder><rpad>`, where zero
//! padding (`0` flag / `0=` fill) is done by the grouping code so separators appear inside it
//! (`format(1234, '010,') == '00,001,234'`).

use std::borrow::Cow;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::dtoa::{double_to_string, DtoaFlags};
use super::round::int_to_f64;
use super::unicode::decimal_value;
use super::{trunc200, FormatError};

/// An integer to format: a machine word when it fits, else a big integer.
#[derive(Debug, Clone, Copy)]
pub enum IntValue<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl From<i64> for IntValue<'_> {
    fn from(v: i64) -> Self {
        IntValue::Small(v)
    }
}

impl<'a> From<&'a BigInt> for IntValue<'a> {
    fn from(v: &'a BigInt) -> Self {
        IntValue::Big(v)
    }
}

impl IntValue<'_> {
    pub(crate) fn is_negative(&self) -> bool {
        match *self {
            IntValue::Small(v) => v < 0,
            IntValue::Big(b) => b.is_negative(),
        }
    }

    /// The digits of `|self|` in `base` (2, 8, 10 or 16), lower case.
    pub(crate) fn magnitude_digits(&self, base: u32) -> String {
        match *self {
            IntValue::Small(v) => {
                let mut m = v.unsigned_abs();
                let mut buf = [0u8; 64];
                let mut i = buf.len();
                loop {
                    i -= 1;
                    buf[i] = b"0123456789abcdef"[(m % base as u64) as usize];
                    m /= base as u64;
                    if m == 0 {
                        break;
                    }
                }
                buf[i..].iter().map(|&b| b as char).collect()
            }
            IntValue::Big(b) => b.magnitude().to_str_radix(base),
        }
    }

    /// `PyLong_AsLong`: the value as an i64, or CPython's OverflowError.
    pub(crate) fn to_long(self) -> Result<i64, FormatError> {
        match self {
            IntValue::Small(v) => Ok(v),
            IntValue::Big(b) => b
                .to_i64()
                .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long")),
        }
    }
}

/// Alignment of a padded field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    /// Padding between the sign (and `0x` prefix) and the digits.
    AfterSign,
}

/// Digit grouping requested with `,` or `_`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits (decimal types).
    Underscore,
    /// `_` every four digits (`b`, `o`, `x`, `X`).
    UnderscoreFour,
}

/// A parsed format spec (CPython's `InternalFormatSpec`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: Align,
    /// `'+'`, `'-'`, `' '`, or `None` when not given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive zero.
    pub no_neg_0: bool,
    /// `#`
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// The presentation type; the default type when none was written.
    pub ty: Option<char>,
}

/// Output longer than this is refused with MemoryError rather than attempted (CPython would
/// try to allocate it); it keeps a wasm VM from aborting on `format(1, '9999999999')`.
pub(crate) const MAX_OUTPUT: u64 = 1 << 30;

fn check_size(n: u64) -> Result<(), FormatError> {
    if n > MAX_OUTPUT {
        return Err(FormatError::memory());
    }
    Ok(())
}

/// A little cursor over the spec's characters.
struct Cursor<'a> {
    rest: &'a str,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.rest.chars().next()
    }
    fn peek2(&self) -> Option<char> {
        self.rest.chars().nth(1)
    }
    fn bump(&mut self) {
        let n = self.peek().map_or(0, char::len_utf8);
        self.rest = &self.rest[n..];
    }
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.bump();
            true
        } else {
            false
        }
    }
    /// `get_integer`: decimal digits of any script; `None` when there are none.
    fn integer(&mut self) -> Result<Option<usize>, FormatError> {
        let mut acc: u64 = 0;
        let mut any = false;
        while let Some(d) = self.peek().and_then(decimal_value) {
            // CPython's Py_ssize_t limit on a 64-bit machine.
            if acc > (i64::MAX as u64 - d as u64) / 10 {
                return Err(FormatError::value(
                    "Too many decimal digits in format string",
                ));
            }
            acc = acc * 10 + d as u64;
            any = true;
            self.bump();
        }
        Ok(any.then_some(acc.min(usize::MAX as u64) as usize))
    }
}

fn align_of(c: char) -> Option<Align> {
    Some(match c {
        '<' => Align::Left,
        '>' => Align::Right,
        '^' => Align::Center,
        '=' => Align::AfterSign,
        _ => return None,
    })
}

/// How a presentation type shows in messages: `'d'`, or `'\x80'` outside printable ASCII.
fn quote_code(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{:x}'", c as u32)
    }
}

pub(crate) fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code {} for object of type '{}'",
        quote_code(ty),
        trunc200(type_name)
    ))
}

impl FormatSpec {
    /// Parses `spec` (non-empty; an empty spec means `str(x)`). `default_type` is the type
    /// used when none is written (`None` for float, complex; `'d'` for int; `'s'` for str) and
    /// `default_align` the alignment when none is written (`Left` for str, else `Right`).
    pub fn parse(
        spec: &str,
        type_name: &str,
        default_type: Option<char>,
        default_align: Align,
    ) -> Result<FormatSpec, FormatError> {
        let mut f = FormatSpec {
            fill: ' ',
            align: default_align,
            sign: None,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: Grouping::None,
            precision: None,
            ty: default_type,
        };
        let mut c = Cursor { rest: spec };
        let mut fill_specified = false;
        let mut align_specified = false;
        if let Some(a) = c.peek2().and_then(align_of) {
            f.fill = c.peek().unwrap_or(' ');
            f.align = a;
            fill_specified = true;
            align_specified = true;
            c.bump();
            c.bump();
        } else if let Some(a) = c.peek().and_then(align_of) {
            f.align = a;
            align_specified = true;
            c.bump();
        }
        if let Some(s @ ('+' | '-' | ' ')) = c.peek() {
            f.sign = Some(s);
            c.bump();
        }
        f.no_neg_0 = c.eat('z');
        f.alternate = c.eat('#');
        if !fill_specified && c.eat('0') {
            f.fill = '0';
            if !align_specified && default_align == Align::Right {
                f.align = Align::AfterSign;
            }
        }
        f.width = c.integer()?;
        if c.eat(',') {
            f.grouping = Grouping::Comma;
        }
        if c.eat('_') {
            if f.grouping != Grouping::None {
                return Err(FormatError::value("Cannot specify both ',' and '_'."));
            }
            f.grouping = Grouping::Underscore;
        }
        if c.peek() == Some(',') && f.grouping == Grouping::Underscore {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        if c.eat('.') {
            f.precision = c.integer()?;
            if f.precision.is_none() {
                return Err(FormatError::value("Format specifier missing precision"));
            }
        }
        let mut chars = c.rest.chars();
        if let Some(t) = chars.next() {
            if chars.next().is_some() {
                return Err(FormatError::value(format!(
                    "Invalid format specifier '{spec}' for object of type '{}'",
                    trunc200(type_name)
                )));
            }
            f.ty = Some(t);
        }
        if f.grouping != Grouping::None {
            match f.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
                Some('b' | 'o' | 'x' | 'X') if f.grouping == Grouping::Underscore => {
                    f.grouping = Grouping::UnderscoreFour;
                }
                Some(t) => {
                    let sep = if f.grouping == Grouping::Comma {
                        ','
                    } else {
                        '_'
                    };
                    return Err(FormatError::value(format!(
                        "Cannot specify '{sep}' with {}.",
                        quote_code(t)
                    )));
                }
            }
        }
        Ok(f)
    }
}

/// The pieces of a formatted number, before padding and grouping.
struct NumberParts<'a> {
    negative: bool,
    /// `0x`-style prefix, written after the sign.
    prefix: &'a str,
    /// The integer digits (ASCII), which get grouped and zero padded.
    digits: &'a str,
    /// Whether a decimal point follows the digits.
    decimal: bool,
    /// Everything after the point (fraction, exponent, `%`), or the `c` character.
    remainder: &'a str,
}

/// Splits a `double_to_string` result the way `parse_number` does.
fn float_parts(s: &str) -> NumberParts<'_> {
    let (negative, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = s.split_at(n);
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    NumberParts {
        negative,
        prefix: "",
        digits,
        decimal,
        remainder,
    }
}

/// The fill, alignment, width, sign and grouping that layout needs.
struct Layout {
    fill: char,
    align: Align,
    sign: Option<char>,
    width: Option<usize>,
    /// (group size, separator); size 0 = no grouping.
    group: (usize, char),
}

impl Layout {
    fn of(f: &FormatSpec, locale_n: bool) -> Layout {
        let group = match f.grouping {
            // 'n' uses the C locale: no grouping.
            _ if locale_n => (0, ','),
            Grouping::None => (0, ','),
            Grouping::Comma => (3, ','),
            Grouping::Underscore => (3, '_'),
            Grouping::UnderscoreFour => (4, '_'),
        };
        Layout {
            fill: f.fill,
            align: f.align,
            sign: f.sign,
            width: f.width,
            group,
        }
    }
}

fn push_n(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat_n(c, n));
}

/// `_PyUnicode_InsertThousandsGrouping`: the digits with separators every `size` digits,
/// left-padded with zeros (and separators among them) to at least `min_width` characters.
fn group_digits(digits: &str, min_width: i64, size: usize, sep: char) -> String {
    let digits = digits.as_bytes();
    let mut rev: Vec<u8> = Vec::with_capacity(digits.len() + digits.len() / 3 + 2);
    let mut pos = digits.len();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    let mut use_sep = false;
    let mut emit = |rev: &mut Vec<u8>, len: i64, remaining: i64, use_sep: bool| {
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        if use_sep {
            rev.push(sep as u8);
        }
        for _ in 0..n_chars {
            pos -= 1;
            rev.push(digits[pos]);
        }
        rev.extend(std::iter::repeat_n(b'0', n_zeros as usize));
        n_chars
    };
    let mut done = false;
    if size > 0 {
        loop {
            let len = (size as i64).min(remaining.max(min_width).max(1));
            remaining -= emit(&mut rev, len, remaining, use_sep);
            use_sep = true;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                done = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !done {
        let len = remaining.max(min_width).max(1);
        emit(&mut rev, len, remaining, use_sep);
    }
    rev.reverse();
    // Only ASCII digits and an ASCII separator were pushed.
    String::from_utf8(rev).unwrap_or_default()
}

/// `calc_number_widths` + `fill_number`.
fn layout_number(n: &NumberParts<'_>, l: &Layout) -> Result<String, FormatError> {
    let sign = match (l.sign, n.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_remainder = n.remainder.chars().count() as i64;
    let non_digit = sign.is_some() as i64 + n.prefix.len() as i64 + n.decimal as i64 + n_remainder;
    let width = l.width.map_or(-1, |w| w as i64);
    check_size(width.max(0) as u64)?;
    let min_width = if l.fill == '0' && l.align == Align::AfterSign {
        width - non_digit
    } else {
        0
    };
    let grouped = if n.digits.is_empty() {
        String::new()
    } else {
        group_digits(n.digits, min_width, l.group.0, l.group.1)
    };
    let padding = (width - (non_digit + grouped.len() as i64)).max(0) as usize;
    let (lpad, spad, rpad) = match l.align {
        Align::Left => (0, 0, padding),
        Align::Right => (padding, 0, 0),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
    };
    let mut out = String::with_capacity(padding + non_digit as usize + grouped.len() + 4);
    push_n(&mut out, l.fill, lpad);
    out.extend(sign);
    out.push_str(n.prefix);
    push_n(&mut out, l.fill, spad);
    out.push_str(&grouped);
    if n.decimal {
        out.push('.');
    }
    out.push_str(n.remainder);
    push_n(&mut out, l.fill, rpad);
    Ok(out)
}

/// `calc_padding` + `fill_padding`: pads `s` (of `len` code points) to `width`.
fn pad(
    s: &str,
    len: usize,
    width: Option<usize>,
    align: Align,
    fill: char,
) -> Result<String, FormatError> {
    let total = width.unwrap_or(0).max(len);
    check_size(total as u64)?;
    let lpad = match align {
        Align::Right => total - len,
        Align::Center => (total - len) / 2,
        Align::Left | Align::AfterSign => 0,
    };
    let rpad = total - len - lpad;
    let mut out = String::with_capacity(s.len() + lpad + rpad);
    push_n(&mut out, fill, lpad);
    out.push_str(s);
    push_n(&mut out, fill, rpad);
    Ok(out)
}

/// `format(v, spec)` for an `int` (`int.__format__`): types `b c d o x X n`, and
/// `e E f F g G %` through `float(v)`; no type means `d`.
pub fn format_int(v: IntValue<'_>, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        let digits = v.magnitude_digits(10);
        return Ok(if v.is_negative() {
            format!("-{digits}")
        } else {
            digits
        });
    }
    let f = FormatSpec::parse(spec, type_name, Some('d'), Align::Right)?;
    match f.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_int_spec(v, &f),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => format_float_spec(int_to_f64(v)?, &f),
        t => Err(unknown_code(t.unwrap_or('\0'), type_name)),
    }
}

/// `format_long_internal`.
fn format_int_spec(v: IntValue<'_>, f: &FormatSpec) -> Result<String, FormatError> {
    if f.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if f.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let ty = f.ty.unwrap_or('d');
    let layout = Layout::of(f, ty == 'n');
    if ty == 'c' {
        if f.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if f.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let ch = char_from_int(v)?;
        let mut buf = [0u8; 4];
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            decimal: false,
            remainder: ch.encode_utf8(&mut buf),
        };
        return layout_number(&parts, &layout);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude_digits(base);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: v.is_negative(),
        prefix: if f.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    layout_number(&parts, &layout)
}

/// The character for `%c` / `format(i, 'c')`.
pub(crate) fn char_from_int(v: IntValue<'_>) -> Result<char, FormatError> {
    let x = v.to_long()?;
    if !(0..=0x10ffff).contains(&x) {
        return Err(FormatError::char_arg_not_in_range());
    }
    char::from_u32(x as u32).ok_or_else(|| {
        FormatError::value(format!(
            "character U+{x:04X} is a lone surrogate, which pygmy strings cannot hold"
        ))
    })
}

/// `format(x, spec)` for a `float`: types `e E f F g G n %`, or none (repr-like).
pub fn format_float(x: f64, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(super::float_repr(x));
    }
    let f = FormatSpec::parse(spec, type_name, None, Align::Right)?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(x, &f),
        Some(t) => Err(unknown_code(t, type_name)),
    }
}

/// The precision check and the type mapping shared by float and complex formatting.
/// Returns (code, precision, add_dot_0) for `double_to_string`.
fn float_code(f: &FormatSpec, none_add_dot_0: bool) -> Result<(char, usize, bool), FormatError> {
    if f.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    let (mut code, default_precision, add_dot_0) = match f.ty {
        None => ('r', 0, none_add_dot_0),
        Some('n') => ('g', 6, false),
        Some('%') => ('f', 6, false),
        Some(t) => (t, 6, false),
    };
    let precision = match f.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    // Codes whose output length grows with the precision.
    if precision as u64 > MAX_OUTPUT && (matches!(code, 'e' | 'E' | 'f' | 'F') || f.alternate) {
        return Err(FormatError::memory());
    }
    Ok((code, precision, add_dot_0))
}

/// `format_float_internal`.
fn format_float_spec(mut x: f64, f: &FormatSpec) -> Result<String, FormatError> {
    let (code, precision, add_dot_0) = float_code(f, true)?;
    let pct = f.ty == Some('%');
    if pct {
        x *= 100.0;
    }
    let flags = DtoaFlags {
        sign: false,
        add_dot_0,
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
    };
    let mut s = double_to_string(x, code, precision, flags);
    if pct {
        s.push('%');
    }
    let layout = Layout::of(f, f.ty == Some('n'));
    if f.sign.is_none_or(|c| c == '-') && f.width.is_none() && layout.group.0 == 0 {
        return Ok(s);
    }
    layout_number(&float_parts(&s), &layout)
}

/// `repr(complex(re, im))`: `1j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let spec = FormatSpec {
        fill: ' ',
        align: Align::Right,
        sign: None,
        no_neg_0: false,
        alternate: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        ty: None,
    };
    // Without a width, grouping or precision nothing here can fail.
    format_complex_spec(re, im, &spec).unwrap_or_default()
}

/// `format(z, spec)` for a `complex`: types `e E f F g G n`, or none (like `str(z)`, with
/// parentheses unless the real part is +0.0).
pub fn format_complex(
    re: f64,
    im: f64,
    spec: &str,
    type_name: &str,
) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im));
    }
    let f = FormatSpec::parse(spec, type_name, None, Align::Right)?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => format_complex_spec(re, im, &f),
        Some(t) => Err(unknown_code(t, type_name)),
    }
}

/// `format_complex_internal`.
fn format_complex_spec(re: f64, im: f64, f: &FormatSpec) -> Result<String, FormatError> {
    if f.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    if f.fill == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if f.align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let (code, precision, _) = float_code(f, false)?;
    let mut skip_re = false;
    let mut parens = false;
    if f.ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    let flags = DtoaFlags {
        sign: false,
        add_dot_0: false,
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
    };
    let re_s = double_to_string(re, code, precision, flags);
    let im_s = double_to_string(im, code, precision, flags);
    // Both parts are laid out unpadded; the padding goes around the whole.
    let mut l = Layout::of(f, f.ty == Some('n'));
    l.fill = '\0';
    l.align = Align::Left;
    l.width = None;
    let re_part = if skip_re {
        String::new()
    } else {
        layout_number(&float_parts(&re_s), &l)?
    };
    if !skip_re {
        l.sign = Some('+');
    }
    let im_part = layout_number(&float_parts(&im_s), &l)?;
    let mut body = String::with_capacity(re_part.len() + im_part.len() + 3);
    if parens {
        body.push('(');
    }
    body.push_str(&re_part);
    body.push_str(&im_part);
    body.push('j');
    if parens {
        body.push(')');
    }
    let len = body.len(); // ASCII
    if f.width.is_none_or(|w| w <= len) {
        return Ok(body);
    }
    pad(&body, len, f.width, f.align, f.fill)
}

/// `format(s, spec)` for a `str`: type `s` or none; precision truncates to that many code
/// points; fill and width count code points.
pub fn format_str<'a>(
    s: &'a str,
    spec: &str,
    type_name: &str,
) -> Result<Cow<'a, str>, FormatError> {
    if spec.is_empty() {
        return Ok(Cow::Borrowed(s));
    }
    let f = FormatSpec::parse(spec, type_name, Some('s'), Align::Left)?;
    if f.ty != Some('s') {
        return Err(unknown_code(f.ty.unwrap_or('\0'), type_name));
    }
    match f.sign {
        Some(' ') => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if f.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let (s, len) = truncate_chars(s, f.precision);
    if f.width.is_none_or(|w| w <= len) {
        return Ok(Cow::Borrowed(s));
    }
    pad(s, len, f.width, f.align, f.fill).map(Cow::Owned)
}

/// The first `max` code points of `s` (all of it for `None`) and their count.
pub(crate) fn truncate_chars(s: &str, max: Option<usize>) -> (&str, usize) {
    let mut n = 0;
    for (i, _) in s.char_indices() {
        if Some(n) == max {
            return (&s[..i], n);
        }
        n += 1;
    }
    (s, n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grouping_pads_inside_zeros() {
        assert_eq!(group_digits("1234", 8, 3, ','), "0,001,234");
        assert_eq!(group_digits("1234", 0, 3, ','), "1,234");
        assert_eq!(group_digits("5", 5, 0, ','), "00005");
        assert_eq!(group_digits("123456789", 0, 4, '_'), "1_2345_6789");
    }
}
