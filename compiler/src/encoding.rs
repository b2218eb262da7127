//! PEP 263 source decoding: BOM, `# coding: …` cookies on the first two lines, and the
//! encodings the stdlib's own sources use.

use crate::codecs;
use crate::error::{CompileError, ErrorKind};

fn encoding_error(filename: &str, msg: String, line: u32) -> CompileError {
    CompileError {
        kind: ErrorKind::SyntaxError,
        message: msg,
        filename: filename.to_string(),
        line,
        col: 0,
        end_line: line,
        end_col: Some(0),
        text: None,
    }
}

/// CPython's `get_normal_name`: canonical spelling of utf-8 and latin-1 cookies, others as is.
fn normal_name(s: &str) -> String {
    let buf: String = s
        .chars()
        .take(12)
        .map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() })
        .collect();
    if buf == "utf-8" || buf.starts_with("utf-8-") {
        "utf-8".into()
    } else if buf == "latin-1"
        || buf == "iso-8859-1"
        || buf == "iso-latin-1"
        || buf.starts_with("latin-1-")
        || buf.starts_with("iso-8859-1-")
        || buf.starts_with("iso-latin-1-")
    {
        "iso-8859-1".into()
    } else {
        s.to_string()
    }
}

/// The coding cookie of one line, if the line is a comment carrying one (CPython's
/// `get_coding_spec`). `Err(())` means the line has code, so later lines are not checked.
fn coding_spec(line: &[u8]) -> Result<Option<String>, ()> {
    let mut i = 0;
    while i < line.len() {
        match line[i] {
            b'#' => break,
            b' ' | b'\t' | b'\x0c' => i += 1,
            b'\n' | b'\r' => return Ok(None),
            _ => return Err(()),
        }
    }
    if i >= line.len() {
        return Ok(None);
    }
    let s = &line[i..];
    let mut k = 0;
    while k + 6 <= s.len() {
        if &s[k..k + 6] == b"coding" {
            let mut t = k + 6;
            if t < s.len() && (s[t] == b':' || s[t] == b'=') {
                t += 1;
                while t < s.len() && (s[t] == b' ' || s[t] == b'\t') {
                    t += 1;
                }
                let begin = t;
                while t < s.len() && (s[t].is_ascii_alphanumeric() || matches!(s[t], b'-' | b'_' | b'.')) {
                    t += 1;
                }
                if t > begin {
                    let name = String::from_utf8_lossy(&s[begin..t]).into_owned();
                    return Ok(Some(normal_name(&name)));
                }
            }
        }
        k += 1;
    }
    Ok(None)
}

#[derive(Clone, Copy)]
enum Codec {
    Utf8,
    Latin1,
    Ascii,
    Table(&'static [u16; 128]),
}

fn lookup(name: &str) -> Option<Codec> {
    let n: String = name.to_ascii_lowercase().chars().map(|c| if c == '-' || c == ' ' { '_' } else { c }).collect();
    Some(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "iso_8859_1" | "iso8859_1" | "latin_1" | "latin1" | "latin" | "l1" | "8859" | "cp819" | "iso_ir_100"
        | "csisolatin1" | "ibm819" => Codec::Latin1,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" => Codec::Ascii,
        "cp1252" | "windows_1252" => Codec::Table(&codecs::CP1252),
        "koi8_r" | "cskoi8r" => Codec::Table(&codecs::KOI8_R),
        "iso8859_15" | "iso_8859_15" | "latin9" | "latin_9" | "l9" => Codec::Table(&codecs::ISO8859_15),
        "iso8859_5" | "iso_8859_5" | "cyrillic" | "iso_ir_144" | "csisolatincyrillic" => Codec::Table(&codecs::ISO8859_5),
        _ => return None,
    })
}

/// Whether every invalid UTF-8 sequence sits after a `#` that starts a comment on its line
/// (a simple per-line scan of quotes; good enough for comments in the wild).
fn invalid_only_in_comments(body: &[u8]) -> bool {
    let mut rest = body;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(_) => return true,
            Err(e) => {
                let pos = offset + e.valid_up_to();
                let line_start = body[..pos].iter().rposition(|c| *c == b'\n').map(|i| i + 1).unwrap_or(0);
                let mut quote: Option<u8> = None;
                let mut comment = false;
                let mut i = line_start;
                while i < pos {
                    let c = body[i];
                    match quote {
                        Some(q) if c == q => quote = None,
                        Some(_) if c == b'\\' => i += 1,
                        Some(_) => {}
                        None if c == b'"' || c == b'\'' => quote = Some(c),
                        None if c == b'#' => {
                            comment = true;
                            break;
                        }
                        None => {}
                    }
                    i += 1;
                }
                if !comment {
                    return false;
                }
                let skip = e.valid_up_to() + e.error_len().unwrap_or(rest.len() - e.valid_up_to());
                offset += skip;
                rest = &rest[skip..];
            }
        }
    }
}

fn line_of(bytes: &[u8], pos: usize) -> u32 {
    bytes[..pos].iter().filter(|b| **b == b'\n').count() as u32 + 1
}

/// Decodes raw source bytes as CPython's tokenizer does (PEP 263 / PEP 3120).
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    let (body, bom) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    // The cookie may sit on line 1, or on line 2 if line 1 is blank or a comment.
    let mut spec = None;
    let mut start = 0;
    for _ in 0..2 {
        if start >= body.len() {
            break;
        }
        let end = body[start..].iter().position(|b| *b == b'\n').map(|p| start + p + 1).unwrap_or(body.len());
        match coding_spec(&body[start..end]) {
            Ok(Some(s)) => {
                spec = Some(s);
                break;
            }
            Ok(None) => {}
            Err(()) => break,
        }
        start = end;
    }
    let codec = match &spec {
        None => Codec::Utf8,
        Some(name) => {
            if bom && name != "utf-8" {
                return Err(encoding_error(filename, format!("encoding problem: {name} with BOM"), 0));
            }
            match lookup(name) {
                Some(c) => c,
                None => return Err(encoding_error(filename, format!("unknown encoding: {name}"), 0)),
            }
        }
    };
    match codec {
        Codec::Utf8 => match std::str::from_utf8(body) {
            Ok(s) => Ok(s.to_string()),
            // CPython decodes token by token, so undecodable bytes in comments pass.
            Err(_) if invalid_only_in_comments(body) => Ok(String::from_utf8_lossy(body).into_owned()),
            Err(e) => {
                let pos = e.valid_up_to();
                let b = body[pos];
                let reason = match e.error_len() {
                    None => "unexpected end of data",
                    Some(_) if (0x80..0xc2).contains(&b) || b >= 0xf5 => "invalid start byte",
                    Some(_) => "invalid continuation byte",
                };
                // CPython decodes token by token; the position counts from the token start.
                let line_start = body[..pos].iter().rposition(|c| *c == b'\n').map(|i| i + 1).unwrap_or(0);
                let tok_start = body[line_start..pos]
                    .iter()
                    .rposition(|c| matches!(c, b'"' | b'\'' | b' ' | b'(' | b'[' | b'{' | b'=' | b','))
                    .map(|i| line_start + i + 1)
                    .unwrap_or(line_start);
                let mut err = encoding_error(
                    filename,
                    format!("(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: {}", b, pos - tok_start, reason),
                    line_of(body, pos),
                );
                err.text = Some(String::from_utf8_lossy(&body[line_start..]).lines().next().unwrap_or("").to_string() + "\n");
                Err(err)
            }
        },
        Codec::Latin1 => Ok(body.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            if let Some(pos) = body.iter().position(|b| *b >= 0x80) {
                return Err(encoding_error(
                    filename,
                    format!(
                        "(unicode error) 'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                        body[pos], pos
                    ),
                    line_of(body, pos),
                ));
            }
            Ok(body.iter().map(|&b| b as char).collect())
        }
        Codec::Table(t) => {
            let mut out = String::with_capacity(body.len());
            for (pos, &b) in body.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    match char::from_u32(t[(b - 0x80) as usize] as u32) {
                        Some(c) if t[(b - 0x80) as usize] != 0xFFFF => out.push(c),
                        _ => {
                            return Err(encoding_error(
                                filename,
                                format!(
                                    "(unicode error) '{}' codec can't decode byte 0x{:02x} in position {}: character maps to <undefined>",
                                    spec.as_deref().unwrap_or(""),
                                    b,
                                    pos
                                ),
                                line_of(body, pos),
                            ))
                        }
                    }
                }
            }
            Ok(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies() {
        assert_eq!(decode_source(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "f").unwrap(), "# -*- coding: latin-1 -*-\nx = '\u{e9}'\n");
        assert_eq!(decode_source(b"#!/usr/bin/python\n# vim: set fileencoding=latin-1 :\n'\xe9'", "f").unwrap().chars().last(), Some('\''));
        assert!(decode_source(b"x = 1\n# coding: latin-1\n'\xe9'", "f").is_err());
        let e = decode_source(b"# coding: uft-8\n", "f").unwrap_err();
        assert_eq!(e.message, "unknown encoding: uft-8");
        let e = decode_source(b"\xef\xbb\xbf#coding: utf8\n", "f").unwrap_err();
        assert_eq!(e.message, "encoding problem: utf8 with BOM");
        assert_eq!(decode_source(b"\xef\xbb\xbfx = 1\n", "f").unwrap(), "x = 1\n");
        assert_eq!(decode_source(b"# coding: koi8-r\n'\xc1'", "f").unwrap(), "# coding: koi8-r\n'\u{430}'");
        // Undecodable bytes in a comment are fine, as with CPython's compile(bytes).
        assert!(decode_source(b"x = 1 # \xf6\n", "f").is_ok());
        assert!(decode_source(b"x\xf6 = 1\n", "f").is_err());
        assert!(decode_source(b"x = '#\xf6'\n", "f").is_err());
    }
}

#[cfg(test)]
mod codec_table_tests {
    /// `codecs.rs` is generated from CPython's codecs; check it against the python3 on PATH.
    #[test]
    fn tables_match_cpython() {
        let script = "import sys\nfor e in ['cp1252','koi8-r','iso8859-15','iso8859-5']:\n  out=[]\n  for b in range(128,256):\n    try: out.append(ord(bytes([b]).decode(e)))\n    except UnicodeDecodeError: out.append(65535)\n  print(' '.join(map(str,out)))\n";
        let Ok(out) = std::process::Command::new("python3").args(["-c", script]).output() else {
            eprintln!("no python3; skipping");
            return;
        };
        let text = String::from_utf8_lossy(&out.stdout);
        let tables: [&[u16; 128]; 4] = [&crate::codecs::CP1252, &crate::codecs::KOI8_R, &crate::codecs::ISO8859_15, &crate::codecs::ISO8859_5];
        for (line, table) in text.lines().zip(tables) {
            let want: Vec<u16> = line.split(' ').map(|x| x.parse().unwrap()).collect();
            assert_eq!(&want[..], &table[..]);
        }
    }
}
