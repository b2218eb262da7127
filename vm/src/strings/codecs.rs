//! `bytes.decode` / `str.encode` for utf-8 (and utf-8-sig), latin-1, ascii, utf-16 and
//! utf-32 (with and without BOM), with the error handlers strict, replace, ignore,
//! backslashreplace and (encode) xmlcharrefreplace and namereplace. A failure comes back as data
//! ([`DecodeError`]/[`EncodeError`]: encoding, start, end, reason) so the VM can build
//! UnicodeDecodeError/UnicodeEncodeError with CPython's attributes and message.
//!
//! A pygmy `str` is UTF-8 and cannot hold lone surrogates, so `surrogateescape` and
//! `surrogatepass` can only act where they produce no surrogate: on encoding they behave
//! like `strict` (there are no surrogates to pass or escape); on decoding, where they
//! would have to create one, they fail with [`CodecError::Unsupported`].

use super::StrError;
use std::borrow::Cow;
use std::fmt::{self, Write};

/// An `errors=` argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorHandler {
    Strict,
    Replace,
    Ignore,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
}

impl ErrorHandler {
    /// Look up an error handler by name; unknown names give CPython's LookupError.
    pub fn from_name(name: &str) -> Result<Self, StrError> {
        Ok(match name {
            "strict" => ErrorHandler::Strict,
            "replace" => ErrorHandler::Replace,
            "ignore" => ErrorHandler::Ignore,
            "backslashreplace" => ErrorHandler::BackslashReplace,
            "xmlcharrefreplace" => ErrorHandler::XmlCharRefReplace,
            "namereplace" => ErrorHandler::NameReplace,
            "surrogateescape" => ErrorHandler::SurrogateEscape,
            "surrogatepass" => ErrorHandler::SurrogatePass,
            _ => {
                return Err(StrError::LookupError(
                    format!("unknown error handler name '{name}'").into(),
                ))
            }
        })
    }
}

/// A codec pygmy implements natively.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Latin1,
    Ascii,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
}

impl Codec {
    /// Find a codec by any of its Python names/aliases ("UTF8", "latin_1", "iso-8859-1",
    /// "us-ascii", "utf_16_le"…): lowercased, with ' ' and '-' read as '_'.
    /// None means LookupError(`unknown encoding: NAME`), see [`unknown_encoding`].
    pub fn lookup(name: &str) -> Option<Codec> {
        let mut norm = String::with_capacity(name.len());
        for c in name.trim().chars() {
            norm.push(match c {
                ' ' | '-' => '_',
                c => c.to_ascii_lowercase(),
            });
        }
        Some(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
            "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "cp819" | "iso_ir_100" | "csisolatin1" | "iso_8859_1:1987" => Codec::Latin1,
            "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
            | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us"
            | "iso_646.irv:1991" | "iso_ir_6" => Codec::Ascii,
            "utf_16" | "utf16" | "u16" => Codec::Utf16,
            "utf_16_le" | "utf_16le" | "utf16le" => Codec::Utf16Le,
            "utf_16_be" | "utf_16be" | "utf16be" => Codec::Utf16Be,
            "utf_32" | "utf32" | "u32" => Codec::Utf32,
            "utf_32_le" | "utf_32le" | "utf32le" => Codec::Utf32Le,
            "utf_32_be" | "utf_32be" | "utf32be" => Codec::Utf32Be,
            _ => return None,
        })
    }

    /// The codec's canonical name (`codecs.lookup(x).name`).
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Latin1 => "iso8859-1",
            Codec::Ascii => "ascii",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
        }
    }
}

/// LookupError for an unknown encoding name.
pub fn unknown_encoding(name: &str) -> StrError {
    StrError::LookupError(format!("unknown encoding: {name}").into())
}

/// The data of a UnicodeDecodeError (`object` is the input the caller passed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    pub encoding: &'static str,
    /// Byte offsets into the input: the bad bytes are `start..end`.
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
    /// `object[start]`, for the message.
    pub first_byte: u8,
}

impl fmt::Display for DecodeError {
    /// `str(exc)`: "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.end == self.start + 1 {
            write!(
                f,
                "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                self.encoding, self.first_byte, self.start, self.reason
            )
        } else {
            write!(
                f,
                "'{}' codec can't decode bytes in position {}-{}: {}",
                self.encoding,
                self.start,
                self.end - 1,
                self.reason
            )
        }
    }
}

/// The data of a UnicodeEncodeError (`object` is the input str).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncodeError {
    pub encoding: &'static str,
    /// Code point indices into the input: the unencodable characters are `start..end`.
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
    /// `object[start]`, for the message.
    pub first_char: char,
}

impl fmt::Display for EncodeError {
    /// `str(exc)`: "'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.end == self.start + 1 {
            let c = self.first_char as u32;
            let esc = if c <= 0xFF {
                format!("\\x{c:02x}")
            } else if c <= 0xFFFF {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            write!(
                f,
                "'{}' codec can't encode character '{}' in position {}: {}",
                self.encoding, esc, self.start, self.reason
            )
        } else {
            write!(
                f,
                "'{}' codec can't encode characters in position {}-{}: {}",
                self.encoding,
                self.start,
                self.end - 1,
                self.reason
            )
        }
    }
}

/// Why a codec call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodecError {
    Decode(DecodeError),
    Encode(EncodeError),
    /// Not a Unicode error: an unsupported handler for this operation and so on.
    Unsupported(StrError),
}

impl fmt::Display for CodecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodecError::Decode(e) => e.fmt(f),
            CodecError::Encode(e) => e.fmt(f),
            CodecError::Unsupported(e) => f.write_str(e.message()),
        }
    }
}

impl CodecError {
    /// The exception class name.
    pub fn type_name(&self) -> &'static str {
        match self {
            CodecError::Decode(_) => "UnicodeDecodeError",
            CodecError::Encode(_) => "UnicodeEncodeError",
            CodecError::Unsupported(e) => e.type_name(),
        }
    }
}

fn unrepresentable(handler: ErrorHandler) -> CodecError {
    let name = match handler {
        ErrorHandler::SurrogateEscape => "surrogateescape",
        ErrorHandler::SurrogatePass => "surrogatepass",
        ErrorHandler::NameReplace => "namereplace",
        ErrorHandler::XmlCharRefReplace => "xmlcharrefreplace",
        _ => "this",
    };
    let msg = match handler {
        ErrorHandler::NameReplace | ErrorHandler::XmlCharRefReplace => {
            format!("don't know how to handle UnicodeDecodeError in error callback ({name})")
        }
        _ => format!("pygmy: the '{name}' error handler would create a lone surrogate, which pygmy's str cannot hold"),
    };
    if matches!(
        handler,
        ErrorHandler::XmlCharRefReplace | ErrorHandler::NameReplace
    ) {
        CodecError::Unsupported(StrError::TypeError(msg.into()))
    } else {
        CodecError::Unsupported(StrError::ValueError(msg.into()))
    }
}

/// Resolve an `errors=` name. Like CPython, this happens only when an error occurs, so
/// `"x".encode("utf-8", "bogus")` succeeds.
fn resolve(errors: &str) -> Result<ErrorHandler, CodecError> {
    ErrorHandler::from_name(errors).map_err(CodecError::Unsupported)
}

/// Apply a decode error handler to the bad bytes `input[start..end]`.
fn handle_decode(
    out: &mut String,
    input: &[u8],
    err: DecodeError,
    errors: &str,
) -> Result<(), CodecError> {
    // Strict needs no lookup; anything else is resolved now, at the first error.
    let handler = if errors == "strict" {
        ErrorHandler::Strict
    } else {
        resolve(errors)?
    };
    match handler {
        ErrorHandler::Strict => Err(CodecError::Decode(err)),
        ErrorHandler::Replace => {
            out.push('\u{FFFD}');
            Ok(())
        }
        ErrorHandler::Ignore => Ok(()),
        ErrorHandler::BackslashReplace => {
            for &b in &input[err.start..err.end] {
                let _ = write!(out, "\\x{b:02x}");
            }
            Ok(())
        }
        _ => Err(unrepresentable(handler)),
    }
}

fn decode_error(
    encoding: &'static str,
    input: &[u8],
    start: usize,
    end: usize,
    reason: &'static str,
) -> DecodeError {
    DecodeError {
        encoding,
        start,
        end,
        reason,
        first_byte: input.get(start).copied().unwrap_or(0),
    }
}

/// `input.decode(codec, errors)`; `errors` is the handler's name, looked up only if needed
/// (unknown: LookupError "unknown error handler name 'x'"). Borrows when the input is valid
/// UTF-8 and the codec keeps it.
pub fn decode<'a>(input: &'a [u8], codec: Codec, errors: &str) -> Result<Cow<'a, str>, CodecError> {
    match codec {
        Codec::Utf8 => decode_utf8(input, errors),
        Codec::Utf8Sig => decode_utf8(input.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(input), errors),
        Codec::Latin1 => Ok(if input.is_ascii() {
            Cow::Borrowed(std::str::from_utf8(input).unwrap_or_default())
        } else {
            Cow::Owned(input.iter().map(|&b| b as char).collect())
        }),
        Codec::Ascii => decode_ascii(input, errors),
        Codec::Utf16 => match input {
            [0xFF, 0xFE, rest @ ..] => decode_utf16(input, 2, rest, false, errors),
            [0xFE, 0xFF, rest @ ..] => decode_utf16(input, 2, rest, true, errors),
            _ => decode_utf16(input, 0, input, false, errors),
        },
        Codec::Utf16Le => decode_utf16(input, 0, input, false, errors),
        Codec::Utf16Be => decode_utf16(input, 0, input, true, errors),
        Codec::Utf32 => match input {
            [0xFF, 0xFE, 0, 0, rest @ ..] => decode_utf32(input, 4, rest, false, errors),
            [0, 0, 0xFE, 0xFF, rest @ ..] => decode_utf32(input, 4, rest, true, errors),
            _ => decode_utf32(input, 0, input, false, errors),
        },
        Codec::Utf32Le => decode_utf32(input, 0, input, false, errors),
        Codec::Utf32Be => decode_utf32(input, 0, input, true, errors),
    }
}

/// UTF-8 with CPython's error ranges (maximal invalid subparts, as `Utf8Error::error_len`).
pub fn decode_utf8<'a>(input: &'a [u8], errors: &str) -> Result<Cow<'a, str>, CodecError> {
    let first_err = match std::str::from_utf8(input) {
        Ok(s) => return Ok(Cow::Borrowed(s)),
        Err(e) => e,
    };
    let mut out = String::with_capacity(input.len() + 8);
    let mut pos = 0;
    let mut err = first_err;
    loop {
        let good = pos + err.valid_up_to();
        out.push_str(std::str::from_utf8(&input[pos..good]).unwrap_or_default());
        let (end, reason) = match err.error_len() {
            None => (input.len(), "unexpected end of data"),
            Some(n) => {
                let reason = match input[good] {
                    0x80..=0xC1 | 0xF5..=0xFF => "invalid start byte",
                    _ => "invalid continuation byte",
                };
                (good + n, reason)
            }
        };
        handle_decode(
            &mut out,
            input,
            decode_error("utf-8", input, good, end, reason),
            errors,
        )?;
        pos = end;
        match std::str::from_utf8(&input[pos..]) {
            Ok(s) => {
                out.push_str(s);
                return Ok(Cow::Owned(out));
            }
            Err(e) => err = e,
        }
    }
}

fn decode_ascii<'a>(input: &'a [u8], errors: &str) -> Result<Cow<'a, str>, CodecError> {
    if input.is_ascii() {
        return Ok(Cow::Borrowed(
            std::str::from_utf8(input).unwrap_or_default(),
        ));
    }
    let mut out = String::with_capacity(input.len());
    for (i, &b) in input.iter().enumerate() {
        if b.is_ascii() {
            out.push(b as char);
        } else {
            let err = decode_error("ascii", input, i, i + 1, "ordinal not in range(128)");
            handle_decode(&mut out, input, err, errors)?;
        }
    }
    Ok(Cow::Owned(out))
}

/// UTF-16 units from `data` (which starts at byte `base` of `input`), CPython's error rules.
fn decode_utf16<'a>(
    input: &'a [u8],
    base: usize,
    data: &[u8],
    big_endian: bool,
    errors: &str,
) -> Result<Cow<'a, str>, CodecError> {
    let name = if big_endian { "utf-16-be" } else { "utf-16-le" };
    let unit = |i: usize| -> u32 {
        let (a, b) = (data[i] as u32, data[i + 1] as u32);
        if big_endian {
            a << 8 | b
        } else {
            b << 8 | a
        }
    };
    let mut out = String::with_capacity(data.len() / 2);
    let mut q = 0;
    let n = data.len();
    while q < n {
        let (start, end, reason);
        if n - q < 2 {
            (start, end, reason) = (q, n, "truncated data");
        } else {
            let ch = unit(q);
            if !(0xD800..0xE000).contains(&ch) {
                out.push(char::from_u32(ch).unwrap_or('\u{FFFD}'));
                q += 2;
                continue;
            }
            if ch >= 0xDC00 {
                (start, end, reason) = (q, q + 2, "illegal encoding");
            } else if n - q < 4 {
                (start, end, reason) = (q, n, "unexpected end of data");
            } else {
                let ch2 = unit(q + 2);
                if (0xDC00..0xE000).contains(&ch2) {
                    let c = 0x10000 + ((ch - 0xD800) << 10) + (ch2 - 0xDC00);
                    out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                    q += 4;
                    continue;
                }
                (start, end, reason) = (q, q + 2, "illegal UTF-16 surrogate");
            }
        }
        let err = decode_error(name, input, base + start, base + end, reason);
        handle_decode(&mut out, input, err, errors)?;
        q = end;
    }
    Ok(Cow::Owned(out))
}

fn decode_utf32<'a>(
    input: &'a [u8],
    base: usize,
    data: &[u8],
    big_endian: bool,
    errors: &str,
) -> Result<Cow<'a, str>, CodecError> {
    let name = if big_endian { "utf-32-be" } else { "utf-32-le" };
    let mut out = String::with_capacity(data.len() / 4);
    let mut q = 0;
    let n = data.len();
    while q < n {
        let (start, end, reason);
        if n - q < 4 {
            (start, end, reason) = (q, n, "truncated data");
        } else {
            let w: [u8; 4] = [data[q], data[q + 1], data[q + 2], data[q + 3]];
            let ch = if big_endian {
                u32::from_be_bytes(w)
            } else {
                u32::from_le_bytes(w)
            };
            if let Some(c) = char::from_u32(ch) {
                out.push(c);
                q += 4;
                continue;
            }
            let reason_ = if (0xD800..0xE000).contains(&ch) {
                "code point in surrogate code point range(0xd800, 0xe000)"
            } else {
                "code point not in range(0x110000)"
            };
            (start, end, reason) = (q, q + 4, reason_);
        }
        let err = decode_error(name, input, base + start, base + end, reason);
        handle_decode(&mut out, input, err, errors)?;
        q = end;
    }
    Ok(Cow::Owned(out))
}

/// `s.encode(codec, errors)` (`errors` as for [`decode`]). Borrows for UTF-8, and for ASCII text in latin-1/ascii.
pub fn encode<'a>(s: &'a str, codec: Codec, errors: &str) -> Result<Cow<'a, [u8]>, CodecError> {
    Ok(match codec {
        Codec::Utf8 => Cow::Borrowed(s.as_bytes()),
        Codec::Utf8Sig => Cow::Owned([b"\xEF\xBB\xBF", s.as_bytes()].concat()),
        Codec::Latin1 => {
            return encode_ucs1(s, 0x100, "latin-1", "ordinal not in range(256)", errors)
        }
        Codec::Ascii => return encode_ucs1(s, 0x80, "ascii", "ordinal not in range(128)", errors),
        Codec::Utf16 | Codec::Utf16Le | Codec::Utf16Be => {
            let be = codec == Codec::Utf16Be;
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            if codec == Codec::Utf16 {
                out.extend_from_slice(&[0xFF, 0xFE]);
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            Cow::Owned(out)
        }
        Codec::Utf32 | Codec::Utf32Le | Codec::Utf32Be => {
            let be = codec == Codec::Utf32Be;
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            if codec == Codec::Utf32 {
                out.extend_from_slice(&[0xFF, 0xFE, 0, 0]);
            }
            for c in s.chars() {
                let c = c as u32;
                out.extend_from_slice(&if be { c.to_be_bytes() } else { c.to_le_bytes() });
            }
            Cow::Owned(out)
        }
    })
}

/// latin-1 / ascii: runs of characters >= `limit` go to the error handler together.
fn encode_ucs1<'a>(
    s: &'a str,
    limit: u32,
    name: &'static str,
    reason: &'static str,
    errors: &str,
) -> Result<Cow<'a, [u8]>, CodecError> {
    if s.is_ascii() {
        return Ok(Cow::Borrowed(s.as_bytes()));
    }
    let mut out = Vec::with_capacity(s.len());
    let mut it = s.chars().enumerate().peekable();
    while let Some((i, c)) = it.next() {
        if (c as u32) < limit {
            out.push(c as u8);
            continue;
        }
        let mut bad = vec![c];
        while let Some((_, c2)) = it.next_if(|&(_, c2)| c2 as u32 >= limit) {
            bad.push(c2);
        }
        match resolve(errors)? {
            ErrorHandler::Replace => out.resize(out.len() + bad.len(), b'?'),
            ErrorHandler::Ignore => {}
            ErrorHandler::BackslashReplace => {
                for c in bad {
                    out.extend_from_slice(backslash_escape(c).as_bytes());
                }
            }
            ErrorHandler::XmlCharRefReplace => {
                for c in bad {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            ErrorHandler::NameReplace => {
                for c in bad {
                    let esc = match character_name(c) {
                        Some(n) => format!("\\N{{{n}}}"),
                        None => backslash_escape(c),
                    };
                    out.extend_from_slice(esc.as_bytes());
                }
            }
            // No surrogates exist in a pygmy str, so these fail like strict.
            ErrorHandler::Strict | ErrorHandler::SurrogateEscape | ErrorHandler::SurrogatePass => {
                return Err(CodecError::Encode(EncodeError {
                    encoding: name,
                    start: i,
                    end: i + bad.len(),
                    reason,
                    first_char: c,
                }))
            }
        }
    }
    Ok(Cow::Owned(out))
}

/// The Unicode name of `c`, once the host has supplied the database (`strings::ucd`; the
/// VM loads it before encoding with namereplace, and without it names escape as
/// backslashreplace does).
fn character_name(c: char) -> Option<String> {
    super::ucd::name_of(c)
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for `c`, as backslashreplace writes it.
fn backslash_escape(c: char) -> String {
    let c = c as u32;
    if c <= 0xFF {
        format!("\\x{c:02x}")
    } else if c <= 0xFFFF {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}
