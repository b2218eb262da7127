//! `repr()` and `ascii()` of `str`, and `repr()` of `bytes`/`bytearray`, with CPython's
//! quote choice and escapes.

use super::unicode::is_printable;
use std::fmt::Write;

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Single quotes unless the text has a `'` and no `"`.
fn quote_for(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

fn push_hex_escape(out: &mut String, c: u32) {
    let (prefix, digits) = match c {
        0..=0xFF => ('x', 2),
        0x100..=0xFFFF => ('u', 4),
        _ => ('U', 8),
    };
    out.push('\\');
    out.push(prefix);
    for k in (0..digits).rev() {
        out.push(HEX[((c >> (4 * k)) & 0xF) as usize] as char);
    }
}

fn repr_impl(s: &str, ascii_only: bool) -> String {
    let quote = quote_for(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if c.is_ascii() => push_hex_escape(&mut out, c as u32),
            c if !ascii_only && is_printable(c) => out.push(c),
            c => push_hex_escape(&mut out, c as u32),
        }
    }
    out.push(quote);
    out
}

/// `repr(s)`: non-printable characters (Unicode categories C*, Z* except ' ') escaped as
/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn str_repr(s: &str) -> String {
    repr_impl(s, false)
}

/// `ascii(s)`: like repr, but every non-ASCII character escaped.
pub fn str_ascii(s: &str) -> String {
    repr_impl(s, true)
}

/// `repr(b)` of bytes: `b'…'`; bytes outside 0x20..0x7e as `\xhh` except `\t \n \r`.
pub fn bytes_repr(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 3);
    push_bytes_repr(&mut out, b, false);
    out
}

/// `repr(bytearray(b))`: `bytearray(b'…')`.
pub fn bytearray_repr(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 14);
    out.push_str("bytearray(");
    push_bytes_repr(&mut out, b, true);
    out.push(')');
    out
}

/// `bytearray_quirk`: CPython's bytearray repr escapes `'` even inside double quotes.
fn push_bytes_repr(out: &mut String, b: &[u8], bytearray_quirk: bool) {
    let quote = quote_for(b.contains(&b'\''), b.contains(&b'"'));
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c as char == quote || (bytearray_quirk && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            b' '..=b'~' => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote);
}
