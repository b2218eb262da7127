//! CPython 3.11's checks on string literals, which its parser makes when a run of adjacent
//! STRING tokens is complete (`_PyPegen_concatenate_strings`): each piece in order is
//! decoded (non-ASCII in bytes, bad escapes), then checked for a bytes/str mix. Errors from
//! escape decoding and mixing are reported at the token after the run (the last one the
//! parser had read); non-ASCII bytes at the piece itself.

use super::tokens::TokenStream;
use ruff_python_ast::token::TokenKind as T;

/// A string-literal error: the message, and where CPython reports it.
pub(super) struct StringError {
    pub msg: String,
    pub at: Where,
}

pub(super) enum Where {
    /// The whole token at this index.
    Piece(usize),
    /// The token after the run, at this index.
    After(usize),
}

/// Whether token kind `k` is part of a run of adjacent string literals.
fn is_piece(k: T) -> bool {
    matches!(k, T::String | T::FStringStart | T::FStringMiddle | T::FStringEnd | T::TStringStart | T::TStringMiddle | T::TStringEnd)
}

/// The first string-literal error in runs that start at or before token `upto`; `name_ok`
/// tells whether a `\N{...}` name at a byte offset of the source is a known character.
pub(super) fn first_error(source: &str, t: &TokenStream, upto: usize, name_ok: &dyn Fn(usize) -> bool) -> Option<StringError> {
    let mut i = 0;
    while i < t.len() && i <= upto {
        if !is_piece(t.kind(i)) {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut bytes_mode: Option<bool> = None;
        let mut found: Option<StringError> = None;
        while is_piece(t.kind(j)) {
            let piece = j;
            let is_bytes = match t.kind(j) {
                T::String => {
                    let tok = t.get(j);
                    let text = &source[tok.start..tok.end];
                    if found.is_none() {
                        found = check_piece(text, tok.start, name_ok).map(|(msg, whole)| StringError { msg, at: if whole { Where::Piece(piece) } else { Where::After(0) } });
                    }
                    text.bytes().take_while(|b| *b != b'\'' && *b != b'"').any(|b| b == b'b' || b == b'B')
                }
                _ => {
                    // An f-string: skip to its end.
                    let mut depth = 0;
                    loop {
                        match t.kind(j) {
                            T::FStringStart | T::TStringStart => depth += 1,
                            T::FStringEnd | T::TStringEnd => depth -= 1,
                            T::EndOfFile => break,
                            _ => {}
                        }
                        if depth == 0 {
                            break;
                        }
                        j += 1;
                    }
                    false
                }
            };
            if found.is_none() && bytes_mode.is_some_and(|b| b != is_bytes) {
                found = Some(StringError { msg: "cannot mix bytes and nonbytes literals".into(), at: Where::After(0) });
            }
            bytes_mode = Some(is_bytes);
            j += 1;
        }
        if let Some(mut e) = found {
            if let Where::After(_) = e.at {
                e.at = Where::After(j);
            }
            return Some(e);
        }
        i = j;
    }
    None
}

/// Checks one string token (prefix and quotes included) that starts at byte `offset`.
/// Returns the message and whether it is reported at the token itself.
fn check_piece(text: &str, offset: usize, name_ok: &dyn Fn(usize) -> bool) -> Option<(String, bool)> {
    let prefix_len = text.find(['\'', '"'])?;
    let prefix = text[..prefix_len].to_ascii_lowercase();
    let rest = &text[prefix_len..];
    let quote = if rest.starts_with("'''") || rest.starts_with("\"\"\"") { 3 } else { 1 };
    if rest.len() < 2 * quote {
        return None;
    }
    let body = &rest[quote..rest.len() - quote];
    let body_offset = offset + prefix_len + quote;
    let (bytes, raw) = (prefix.contains('b'), prefix.contains('r'));
    if bytes {
        if !body.is_ascii() {
            return Some(("bytes can only contain ASCII literal characters".into(), true));
        }
        if raw {
            return None;
        }
        return bytes_escapes(body.as_bytes()).map(|pos| (format!("(value error) invalid \\x escape at position {pos}"), false));
    }
    if raw || !body.contains('\\') {
        return None;
    }
    unicode_escapes(body, body_offset, name_ok).map(|m| (m, false))
}

/// `_PyBytes_DecodeEscape`: the position of the first `\x` without two hex digits.
fn bytes_escapes(b: &[u8]) -> Option<usize> {
    let mut s = 0;
    while s < b.len() {
        if b[s] != b'\\' {
            s += 1;
            continue;
        }
        let c = b.get(s + 1).copied();
        if c == Some(b'x') && !(b.get(s + 2).is_some_and(u8::is_ascii_hexdigit) && b.get(s + 3).is_some_and(u8::is_ascii_hexdigit)) {
            return Some(s);
        }
        s += 2;
    }
    None
}

/// `decode_unicode_with_escapes`: CPython first rewrites each non-ASCII character as a
/// `\UXXXXXXXX` escape (and a backslash before one as `\u005c`), then runs the
/// `unicodeescape` codec, whose error positions are in that rewritten buffer.
fn unicode_escapes(body: &str, body_offset: usize, name_ok: &dyn Fn(usize) -> bool) -> Option<String> {
    // The rewritten buffer, with the source offset of each of its bytes.
    let mut buf: Vec<u8> = Vec::with_capacity(body.len());
    let mut src: Vec<usize> = Vec::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|(_, n)| !n.is_ascii()) {
            buf.extend_from_slice(b"\\u005c");
            src.extend(std::iter::repeat_n(k, 6));
        } else if c.is_ascii() {
            buf.push(c as u8);
            src.push(k);
        } else {
            buf.extend_from_slice(format!("\\U{:08x}", c as u32).as_bytes());
            src.extend(std::iter::repeat_n(k, 10));
        }
    }
    let n = buf.len();
    let mut s = 0;
    while s < n {
        if buf[s] != b'\\' {
            s += 1;
            continue;
        }
        let start = s;
        s += 1;
        let Some(&c) = buf.get(s) else {
            return Some(codec_error(start, s, "\\ at end of string"));
        };
        s += 1;
        let (count, message) = match c {
            b'x' => (2, "truncated \\xXX escape"),
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            b'N' => {
                let message = "malformed \\N character escape";
                if buf.get(s) != Some(&b'{') {
                    return Some(codec_error(start, s, message));
                }
                s += 1;
                let name_start = s;
                while s < n && buf[s] != b'}' {
                    s += 1;
                }
                if s >= n || s == name_start {
                    return Some(codec_error(start, s, message));
                }
                s += 1;
                if !name_ok(body_offset + src[name_start]) {
                    return Some(codec_error(start, s, "unknown Unicode character name"));
                }
                continue;
            }
            _ => continue,
        };
        let mut ch: u32 = 0;
        for _ in 0..count {
            match buf.get(s).and_then(|b| (*b as char).to_digit(16)) {
                Some(d) => ch = ch << 4 | d,
                None => return Some(codec_error(start, s, message)),
            }
            s += 1;
        }
        if ch > 0x10FFFF {
            return Some(codec_error(start, s, "illegal Unicode character"));
        }
    }
    None
}

/// `str(UnicodeDecodeError)` for the `unicodeescape` codec, as the parser wraps it.
fn codec_error(start: usize, end: usize, reason: &str) -> String {
    let position = if end - start == 1 { format!("position {start}") } else { format!("position {start}-{}", end - 1) };
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in {position}: {reason}")
}
