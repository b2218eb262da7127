//! `float(str)` and `float(bytes)`: CPython 3.11's `PyFloat_FromString` syntax on top of a
//! correctly rounded decimal parser (`str::parse::<f64>`, the only call into `core`'s
//! dec2flt).
//!
//! Accepted: surrounding whitespace; an optional sign; `inf`, `infinity`, `nan` in any case;
//! or decimal digits with an optional point and exponent (`1`, `1.`, `.5`, `1e5`, `1.5E-3`);
//! underscores between two digits (PEP 515); decimal digits of any script (`'١٢'`). No hex.

use super::unicode::{decimal_value, is_python_space};

/// `float(s)` for a `str`. `None` means ValueError: build it with
/// [`FormatError::could_not_convert_float`](super::FormatError::could_not_convert_float)
/// from the VM's `repr()` of the argument.
pub fn parse_float(s: &str) -> Option<f64> {
    if s.is_ascii() {
        return parse_float_ascii(s.as_bytes());
    }
    // _PyUnicode_TransformDecimalAndSpaceToASCII: other scripts' digits become ASCII digits,
    // Unicode spaces become ' ', and anything else ends the string with an invalid '?'.
    let mut ascii = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            ascii.push(c as u8);
        } else if is_python_space(c) {
            ascii.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            ascii.push(b'0' + d as u8);
        } else {
            return None;
        }
    }
    parse_float_ascii(&ascii)
}

/// `float(b)` for `bytes` (and the ASCII core of [`parse_float`]).
pub fn parse_float_ascii(s: &[u8]) -> Option<f64> {
    // _Py_string_to_number_with_underscores: '_' only between two digits.
    let mut buf;
    let s = if s.contains(&b'_') {
        buf = Vec::with_capacity(s.len());
        let mut prev = 0u8;
        for &c in s {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return None;
                }
                buf.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return None;
        }
        &buf[..]
    } else {
        s
    };
    // Py_ISSPACE: unlike u8::is_ascii_whitespace, it includes \v.
    let is_space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let start = s.iter().position(|c| !is_space(c)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|c| !is_space(c))
        .map_or(start, |i| i + 1);
    let s = &s[start..end];
    if !valid_float_syntax(s) {
        return None;
    }
    let text = std::str::from_utf8(s).ok()?;
    // Rust's parser handles "inf"/"infinity"/"nan" too, but keep NaN's sign as CPython does.
    let value: f64 = text.parse().ok()?;
    if value.is_nan() && s[0] == b'-' {
        return Some(-f64::NAN);
    }
    Some(value)
}

/// The syntax `_Py_dg_strtod` / `_Py_parse_inf_or_nan` accept for the whole string.
fn valid_float_syntax(s: &[u8]) -> bool {
    let body = match s.first() {
        Some(b'+' | b'-') => &s[1..],
        _ => s,
    };
    if body.eq_ignore_ascii_case(b"inf")
        || body.eq_ignore_ascii_case(b"infinity")
        || body.eq_ignore_ascii_case(b"nan")
    {
        return true;
    }
    let mut i = 0;
    let digits = |i: &mut usize| {
        let start = *i;
        while body.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut n = digits(&mut i);
    if body.get(i) == Some(&b'.') {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return false;
    }
    if matches!(body.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(body.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == body.len()
}
