//! `bytes`/`bytearray` methods over `&[u8]`: the `str` families with ASCII-only semantics
//! (isalpha, upper, whitespace = `b" \t\n\r\x0b\x0c"`), plus hex/fromhex and translate.
//! Index arguments are raw `Option<isize>` clamped like CPython (see the module `index`).

use super::index::adjust_indices;
use super::StrError;
use std::borrow::Cow;

/// Message of `bytes.index`/`rindex` when the subsection is absent (ValueError).
pub const SUBSECTION_NOT_FOUND: &str = "subsection not found";
pub use super::str_search::EMPTY_SEPARATOR;
/// OverflowError message of `bytes * n`.
pub const REPEATED_BYTES_TOO_LONG: &str = "repeated bytes are too long";

/// `Py_ISSPACE`: the ASCII whitespace of bytes methods (no `\x1c`..`\x1f`, unlike str).
#[inline]
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// First occurrence of `needle` in `hay` (empty needle: 0).
pub fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = needle.split_first() else {
        return Some(0);
    };
    if needle.len() > hay.len() {
        return None;
    }
    let last = hay.len() - needle.len();
    let mut i = 0;
    while i <= last {
        i += hay[i..=last].iter().position(|&b| b == first)?;
        if &hay[i + 1..i + needle.len()] == rest {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Last occurrence of `needle` in `hay` (empty needle: `hay.len()`).
pub fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some((&first, rest)) = needle.split_first() else {
        return Some(hay.len());
    };
    if needle.len() > hay.len() {
        return None;
    }
    let mut end = hay.len() - needle.len() + 1; // candidates are < end
    while end > 0 {
        let i = hay[..end].iter().rposition(|&b| b == first)?;
        if &hay[i + 1..i + needle.len()] == rest {
            return Some(i);
        }
        end = i;
    }
    None
}

fn window(b: &[u8], start: Option<isize>, end: Option<isize>) -> Option<(usize, &[u8])> {
    let (s, e) = adjust_indices(start, end, b.len());
    (s <= e).then(|| (s, &b[s..e]))
}

/// `bytes.find` (None = -1).
pub fn find(b: &[u8], sub: &[u8], start: Option<isize>, end: Option<isize>) -> Option<usize> {
    let (s, w) = window(b, start, end)?;
    find_sub(w, sub).map(|i| s + i)
}

/// `bytes.rfind`.
pub fn rfind(b: &[u8], sub: &[u8], start: Option<isize>, end: Option<isize>) -> Option<usize> {
    let (s, w) = window(b, start, end)?;
    rfind_sub(w, sub).map(|i| s + i)
}

/// `bytes.index`: ValueError("subsection not found").
pub fn index(
    b: &[u8],
    sub: &[u8],
    start: Option<isize>,
    end: Option<isize>,
) -> Result<usize, StrError> {
    find(b, sub, start, end).ok_or(StrError::value(SUBSECTION_NOT_FOUND))
}

/// `bytes.rindex`.
pub fn rindex(
    b: &[u8],
    sub: &[u8],
    start: Option<isize>,
    end: Option<isize>,
) -> Result<usize, StrError> {
    rfind(b, sub, start, end).ok_or(StrError::value(SUBSECTION_NOT_FOUND))
}

/// `bytes.count`: non-overlapping occurrences.
pub fn count(b: &[u8], sub: &[u8], start: Option<isize>, end: Option<isize>) -> usize {
    let Some((_, mut w)) = window(b, start, end) else {
        return 0;
    };
    if sub.is_empty() {
        return w.len() + 1;
    }
    let mut n = 0;
    while let Some(i) = find_sub(w, sub) {
        n += 1;
        w = &w[i + sub.len()..];
    }
    n
}

/// `sub in b`.
pub fn contains(b: &[u8], sub: &[u8]) -> bool {
    find_sub(b, sub).is_some()
}

/// `bytes.startswith` with one prefix.
pub fn startswith(b: &[u8], prefix: &[u8], start: Option<isize>, end: Option<isize>) -> bool {
    window(b, start, end).is_some_and(|(_, w)| w.starts_with(prefix))
}

/// `bytes.endswith` with one suffix.
pub fn endswith(b: &[u8], suffix: &[u8], start: Option<isize>, end: Option<isize>) -> bool {
    window(b, start, end).is_some_and(|(_, w)| w.ends_with(suffix))
}

/// `bytes.replace(old, new, count)`; borrows when nothing changes.
pub fn replace<'a>(b: &'a [u8], old: &[u8], new: &[u8], count: isize) -> Cow<'a, [u8]> {
    let mut left = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if left == 0 {
        return Cow::Borrowed(b);
    }
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        out.extend_from_slice(new);
        left -= 1;
        for (i, &c) in b.iter().enumerate() {
            if left == 0 {
                out.extend_from_slice(&b[i..]);
                return Cow::Owned(out);
            }
            out.push(c);
            out.extend_from_slice(new);
            left -= 1;
        }
        return Cow::Owned(out);
    }
    let mut pos = 0;
    while left > 0 {
        let Some(i) = find_sub(&b[pos..], old) else {
            break;
        };
        out.extend_from_slice(&b[pos..pos + i]);
        out.extend_from_slice(new);
        pos += i + old.len();
        left -= 1;
    }
    if pos == 0 {
        return Cow::Borrowed(b);
    }
    out.extend_from_slice(&b[pos..]);
    Cow::Owned(out)
}

fn max_count(maxsplit: isize) -> usize {
    if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    }
}

/// `bytes.split(sep, maxsplit)`; `None` splits on runs of ASCII whitespace.
pub fn split<'a>(
    b: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: isize,
) -> Result<Vec<&'a [u8]>, StrError> {
    let mut left = max_count(maxsplit);
    let mut out = Vec::new();
    match sep {
        Some([]) => return Err(StrError::value(EMPTY_SEPARATOR)),
        Some(sep) => {
            let mut pos = 0;
            while left > 0 {
                let Some(i) = find_sub(&b[pos..], sep) else {
                    break;
                };
                out.push(&b[pos..pos + i]);
                pos += i + sep.len();
                left -= 1;
            }
            out.push(&b[pos..]);
        }
        None => {
            let mut i = 0;
            loop {
                while i < b.len() && is_space(b[i]) {
                    i += 1;
                }
                if i == b.len() {
                    break;
                }
                if left == 0 {
                    out.push(&b[i..]);
                    break;
                }
                left -= 1;
                let j = i;
                while i < b.len() && !is_space(b[i]) {
                    i += 1;
                }
                out.push(&b[j..i]);
            }
        }
    }
    Ok(out)
}

/// `bytes.rsplit(sep, maxsplit)`.
pub fn rsplit<'a>(
    b: &'a [u8],
    sep: Option<&[u8]>,
    maxsplit: isize,
) -> Result<Vec<&'a [u8]>, StrError> {
    let mut left = max_count(maxsplit);
    let mut out = Vec::new();
    match sep {
        Some([]) => return Err(StrError::value(EMPTY_SEPARATOR)),
        Some(sep) => {
            let mut end = b.len();
            while left > 0 {
                let Some(i) = rfind_sub(&b[..end], sep) else {
                    break;
                };
                out.push(&b[i + sep.len()..end]);
                end = i;
                left -= 1;
            }
            out.push(&b[..end]);
        }
        None => {
            let mut i = b.len();
            loop {
                while i > 0 && is_space(b[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if left == 0 {
                    out.push(&b[..i]);
                    break;
                }
                left -= 1;
                let j = i;
                while i > 0 && !is_space(b[i - 1]) {
                    i -= 1;
                }
                out.push(&b[i..j]);
            }
        }
    }
    out.reverse();
    Ok(out)
}

/// (before, separator, after) of partition/rpartition.
pub type Parts<'a> = (&'a [u8], &'a [u8], &'a [u8]);

/// `bytes.partition(sep)`.
pub fn partition<'a>(b: &'a [u8], sep: &[u8]) -> Result<Parts<'a>, StrError> {
    if sep.is_empty() {
        return Err(StrError::value(EMPTY_SEPARATOR));
    }
    Ok(match find_sub(b, sep) {
        Some(i) => (&b[..i], &b[i..i + sep.len()], &b[i + sep.len()..]),
        None => (b, &[], &[]),
    })
}

/// `bytes.rpartition(sep)`.
pub fn rpartition<'a>(b: &'a [u8], sep: &[u8]) -> Result<Parts<'a>, StrError> {
    if sep.is_empty() {
        return Err(StrError::value(EMPTY_SEPARATOR));
    }
    Ok(match rfind_sub(b, sep) {
        Some(i) => (&b[..i], &b[i..i + sep.len()], &b[i + sep.len()..]),
        None => (&[], &[], b),
    })
}

/// `bytes.removeprefix`.
pub fn removeprefix<'a>(b: &'a [u8], prefix: &[u8]) -> &'a [u8] {
    b.strip_prefix(prefix).unwrap_or(b)
}

/// `bytes.removesuffix`.
pub fn removesuffix<'a>(b: &'a [u8], suffix: &[u8]) -> &'a [u8] {
    b.strip_suffix(suffix).unwrap_or(b)
}

fn strip_set(c: u8, chars: Option<&[u8]>) -> bool {
    match chars {
        None => is_space(c),
        Some(set) => set.contains(&c),
    }
}

/// `bytes.strip(chars)`: `None` strips ASCII whitespace.
pub fn strip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    rstrip(lstrip(b, chars), chars)
}

/// `bytes.lstrip(chars)`.
pub fn lstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let n = b.iter().take_while(|&&c| strip_set(c, chars)).count();
    &b[n..]
}

/// `bytes.rstrip(chars)`.
pub fn rstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let n = b.iter().rev().take_while(|&&c| strip_set(c, chars)).count();
    &b[..b.len() - n]
}

fn pad(b: &[u8], left: usize, right: usize, fill: u8) -> Result<Cow<'_, [u8]>, StrError> {
    if left == 0 && right == 0 {
        return Ok(Cow::Borrowed(b));
    }
    let mut out = Vec::new();
    out.try_reserve_exact(b.len() + left + right)
        .map_err(|_| StrError::MemoryError)?;
    out.resize(left, fill);
    out.extend_from_slice(b);
    out.resize(out.len() + right, fill);
    Ok(Cow::Owned(out))
}

fn margin(b: &[u8], width: isize) -> usize {
    if width <= b.len() as isize {
        0
    } else {
        width as usize - b.len()
    }
}

/// `bytes.ljust(width, fill)`.
pub fn ljust(b: &[u8], width: isize, fill: u8) -> Result<Cow<'_, [u8]>, StrError> {
    pad(b, 0, margin(b, width), fill)
}

/// `bytes.rjust(width, fill)`.
pub fn rjust(b: &[u8], width: isize, fill: u8) -> Result<Cow<'_, [u8]>, StrError> {
    pad(b, margin(b, width), 0, fill)
}

/// `bytes.center(width, fill)` (same rounding as str).
pub fn center(b: &[u8], width: isize, fill: u8) -> Result<Cow<'_, [u8]>, StrError> {
    let marg = margin(b, width);
    let left = marg / 2 + (marg & (width as usize) & 1);
    pad(b, left, marg - left, fill)
}

/// `bytes.zfill(width)`.
pub fn zfill(b: &[u8], width: isize) -> Result<Cow<'_, [u8]>, StrError> {
    let fill = margin(b, width);
    let mut out = pad(b, fill, 0, b'0')?;
    if fill > 0 && !b.is_empty() {
        let o = out.to_mut();
        if matches!(o[fill], b'+' | b'-') {
            o.swap(0, fill);
        }
    }
    Ok(out)
}

/// `bytes.expandtabs(tabsize)`.
pub fn expandtabs(b: &[u8], tabsize: isize) -> Result<Cow<'_, [u8]>, StrError> {
    if !b.contains(&b'\t') {
        return Ok(Cow::Borrowed(b));
    }
    let (mut j, mut col) = (0isize, 0isize);
    let overflow = StrError::OverflowError(super::str_layout::NEW_STRING_TOO_LONG);
    for &c in b {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                j = j.checked_add(incr).ok_or(overflow.clone())?;
                col += incr;
            }
        } else {
            j = j.checked_add(1).ok_or(overflow.clone())?;
            col = if c == b'\n' || c == b'\r' { 0 } else { col + 1 };
        }
    }
    let mut out = Vec::new();
    out.try_reserve_exact(j as usize)
        .map_err(|_| StrError::MemoryError)?;
    let mut col = 0usize;
    for &c in b {
        if c == b'\t' {
            if tabsize > 0 {
                let incr = tabsize as usize - col % tabsize as usize;
                out.resize(out.len() + incr, b' ');
                col += incr;
            }
        } else {
            out.push(c);
            col = if c == b'\n' || c == b'\r' { 0 } else { col + 1 };
        }
    }
    Ok(Cow::Owned(out))
}

/// `bytes.splitlines(keepends)`: only `\n`, `\r` and `\r\n` end lines.
pub fn splitlines(b: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        let c = b[i];
        if c != b'\n' && c != b'\r' {
            i += 1;
            continue;
        }
        let mut next = i + 1;
        if c == b'\r' && b.get(next) == Some(&b'\n') {
            next += 1;
        }
        out.push(&b[start..if keepends { next } else { i }]);
        start = next;
        i = next;
    }
    if start < b.len() {
        out.push(&b[start..]);
    }
    out
}

/// `bytes.lower`.
pub fn lower(b: &[u8]) -> Vec<u8> {
    b.to_ascii_lowercase()
}
/// `bytes.upper`.
pub fn upper(b: &[u8]) -> Vec<u8> {
    b.to_ascii_uppercase()
}
/// `bytes.swapcase`.
pub fn swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| {
            if c.is_ascii_uppercase() {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            }
        })
        .collect()
}
/// `bytes.capitalize`: first byte upper, the rest lower.
pub fn capitalize(b: &[u8]) -> Vec<u8> {
    let mut out = b.to_ascii_lowercase();
    if let Some(f) = out.first_mut() {
        f.make_ascii_uppercase();
    }
    out
}
/// `bytes.title`.
pub fn title(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let m = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            m
        })
        .collect()
}

fn all_nonempty(b: &[u8], f: impl Fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(f)
}
/// `bytes.isalnum`.
pub fn isalnum(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphanumeric)
}
/// `bytes.isalpha`.
pub fn isalpha(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_alphabetic)
}
/// `bytes.isdigit`.
pub fn isdigit(b: &[u8]) -> bool {
    all_nonempty(b, u8::is_ascii_digit)
}
/// `bytes.isspace`.
pub fn isspace(b: &[u8]) -> bool {
    all_nonempty(b, |&c| is_space(c))
}
/// `bytes.isascii` (true for b"").
pub fn isascii(b: &[u8]) -> bool {
    b.is_ascii()
}
/// `bytes.islower`: some lowercase letter and no uppercase one.
pub fn islower(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
}
/// `bytes.isupper`.
pub fn isupper(b: &[u8]) -> bool {
    b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
}
/// `bytes.istitle`.
pub fn istitle(b: &[u8]) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for &c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

/// `sep.join(pieces)`.
pub fn join(sep: &[u8], pieces: &[&[u8]]) -> Vec<u8> {
    let total =
        pieces.iter().map(|p| p.len()).sum::<usize>() + sep.len() * pieces.len().saturating_sub(1);
    let mut out = Vec::with_capacity(total);
    for (i, p) in pieces.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(p);
    }
    out
}

/// `b * n`.
pub fn repeat(b: &[u8], n: isize) -> Result<Vec<u8>, StrError> {
    if n <= 0 || b.is_empty() {
        return Ok(Vec::new());
    }
    let total = b
        .len()
        .checked_mul(n as usize)
        .filter(|&t| t <= isize::MAX as usize);
    let total = total.ok_or(StrError::OverflowError(REPEATED_BYTES_TOO_LONG))?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| StrError::MemoryError)?;
    out.extend_from_slice(b);
    while out.len() * 2 <= total {
        out.extend_from_within(..);
    }
    let rest = total - out.len();
    out.extend_from_within(..rest);
    Ok(out)
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `bytes.hex(sep, bytes_per_sep)`: `sep` is one ASCII character (the caller checks, with
/// "sep must be ASCII." / "sep must be length 1."); groups count from the right when
/// `bytes_per_sep > 0`, from the left when negative.
pub fn hex(b: &[u8], sep: Option<u8>, bytes_per_sep: isize) -> String {
    let group = bytes_per_sep.unsigned_abs();
    let mut out = String::with_capacity(b.len() * 3);
    let sep = sep.filter(|_| group != 0 && !b.is_empty());
    for (i, &c) in b.iter().enumerate() {
        if let Some(s) = sep {
            // Separator before byte i when a group boundary falls there.
            let boundary = if bytes_per_sep > 0 {
                (b.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if i > 0 && boundary {
                out.push(s as char);
            }
        }
        out.push(HEX[(c >> 4) as usize] as char);
        out.push(HEX[(c & 15) as usize] as char);
    }
    out
}

/// `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between pairs.
/// ValueError "non-hexadecimal number found in fromhex() arg at position N".
pub fn fromhex(s: &str) -> Result<Vec<u8>, StrError> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    let digit = |i: usize| -> Result<u8, StrError> {
        match b.get(i).and_then(|&c| (c as char).to_digit(16)) {
            Some(d) => Ok(d as u8),
            None => {
                // CPython reports the position in code points.
                let pos = s.get(..i).map_or(i, |p| p.chars().count());
                Err(StrError::ValueError(
                    format!("non-hexadecimal number found in fromhex() arg at position {pos}")
                        .into(),
                ))
            }
        }
    };
    while i < b.len() {
        if is_space(b[i]) {
            i += 1;
            continue;
        }
        let hi = digit(i)?;
        let lo = digit(i + 1)?;
        out.push(hi << 4 | lo);
        i += 2;
    }
    Ok(out)
}

/// `bytes.translate(table, delete)`: `table` is the 256-byte map (None = identity).
pub fn translate(b: &[u8], table: Option<&[u8; 256]>, delete: &[u8]) -> Vec<u8> {
    let mut del = [false; 256];
    for &d in delete {
        del[d as usize] = true;
    }
    b.iter()
        .filter(|&&c| !del[c as usize])
        .map(|&c| table.map_or(c, |t| t[c as usize]))
        .collect()
}

/// ValueError of `bytes.maketrans` with arguments of different lengths.
pub const MAKETRANS_SAME_LENGTH: &str = "maketrans arguments must have same length";

/// `bytes.maketrans(from, to)`: the 256-byte translation table.
pub fn maketrans(from: &[u8], to: &[u8]) -> Result<[u8; 256], StrError> {
    if from.len() != to.len() {
        return Err(StrError::value(MAKETRANS_SAME_LENGTH));
    }
    let mut t = [0u8; 256];
    for (i, v) in t.iter_mut().enumerate() {
        *v = i as u8;
    }
    for (&f, &to) in from.iter().zip(to) {
        t[f as usize] = to;
    }
    Ok(t)
}
