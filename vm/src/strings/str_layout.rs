//! `str` padding, stripping, joining and line/tab handling: center/ljust/rjust/zfill,
//! expandtabs, strip/lstrip/rstrip, join, `*` (repeat), splitlines, translate, maketrans.

use super::index::StrView;
use super::unicode::{is_linebreak, is_space};
use super::StrError;
use std::borrow::Cow;

/// A `String` of `cap` bytes, or MemoryError instead of aborting on huge requests.
pub(crate) fn alloc_string(cap: usize) -> Result<String, StrError> {
    let mut s = String::new();
    s.try_reserve_exact(cap)
        .map_err(|_| StrError::MemoryError)?;
    Ok(s)
}

fn push_fill(out: &mut String, fill: char, n: usize) {
    if fill.is_ascii() {
        // SAFETY-free fast path: repeat the single byte.
        out.extend(std::iter::repeat_n(fill, n));
    } else {
        for _ in 0..n {
            out.push(fill);
        }
    }
}

/// Pad `v` with `left` and `right` copies of `fill`.
fn pad<'a>(
    v: StrView<'a>,
    left: usize,
    right: usize,
    fill: char,
) -> Result<Cow<'a, str>, StrError> {
    if left == 0 && right == 0 {
        return Ok(Cow::Borrowed(v.s));
    }
    let cap = (left + right)
        .checked_mul(fill.len_utf8())
        .and_then(|n| n.checked_add(v.s.len()));
    let mut out = alloc_string(cap.ok_or(StrError::MemoryError)?)?;
    push_fill(&mut out, fill, left);
    out.push_str(v.s);
    push_fill(&mut out, fill, right);
    Ok(Cow::Owned(out))
}

#[inline]
fn margin(v: StrView<'_>, width: isize) -> usize {
    if width <= v.char_len as isize {
        0
    } else {
        width as usize - v.char_len
    }
}

/// `str.ljust(width, fillchar)`. Borrows when no padding is needed.
pub fn ljust<'a>(v: StrView<'a>, width: isize, fill: char) -> Result<Cow<'a, str>, StrError> {
    pad(v, 0, margin(v, width), fill)
}

/// `str.rjust(width, fillchar)`.
pub fn rjust<'a>(v: StrView<'a>, width: isize, fill: char) -> Result<Cow<'a, str>, StrError> {
    pad(v, margin(v, width), 0, fill)
}

/// `str.center(width, fillchar)`, with CPython's rounding: the extra fill goes left only
/// when both the margin and the width are odd.
pub fn center<'a>(v: StrView<'a>, width: isize, fill: char) -> Result<Cow<'a, str>, StrError> {
    let marg = margin(v, width);
    let left = marg / 2 + (marg & (width as usize) & 1);
    pad(v, left, marg - left, fill)
}

/// `str.zfill(width)`: pad with '0' on the left, after a leading '+' or '-'.
pub fn zfill<'a>(v: StrView<'a>, width: isize) -> Result<Cow<'a, str>, StrError> {
    let fill = margin(v, width);
    if fill == 0 {
        return Ok(Cow::Borrowed(v.s));
    }
    let mut out = alloc_string(v.s.len() + fill)?;
    let (sign, rest) = match v.s.as_bytes().first() {
        Some(b'+') | Some(b'-') => v.s.split_at(1),
        _ => ("", v.s),
    };
    out.push_str(sign);
    push_fill(&mut out, '0', fill);
    out.push_str(rest);
    Ok(Cow::Owned(out))
}

/// OverflowError message of expandtabs.
pub const NEW_STRING_TOO_LONG: &str = "new string is too long";

/// `str.expandtabs(tabsize)`: columns count code points and restart after '\n' and '\r';
/// `tabsize <= 0` deletes tabs. Borrows when there is no tab.
pub fn expandtabs(s: &str, tabsize: isize) -> Result<Cow<'_, str>, StrError> {
    if !s.contains('\t') {
        return Ok(Cow::Borrowed(s));
    }
    // First pass: the size, with CPython's overflow check.
    let (mut j, mut col) = (0isize, 0isize);
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                j = j
                    .checked_add(incr)
                    .ok_or(StrError::OverflowError(NEW_STRING_TOO_LONG))?;
                col += incr;
            }
        } else {
            j = j
                .checked_add(1)
                .ok_or(StrError::OverflowError(NEW_STRING_TOO_LONG))?;
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    let mut out = alloc_string(s.len() + (j as usize).saturating_sub(s.chars().count()))?;
    let mut col = 0usize;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize as usize - col % tabsize as usize;
                push_fill(&mut out, ' ', incr);
                col += incr;
            }
        } else {
            out.push(c);
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(Cow::Owned(out))
}

/// `str.strip(chars)`: `None` strips whitespace (`str.isspace`), else any of `chars`' code points.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    rstrip(lstrip(s, chars), chars)
}

/// `str.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(is_space),
        Some(set) if set.is_ascii() => {
            let set = set.as_bytes();
            let n = s.bytes().take_while(|b| set.contains(b)).count();
            &s[n..]
        }
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `str.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(is_space),
        Some(set) if set.is_ascii() => {
            let set = set.as_bytes();
            let n = s.bytes().rev().take_while(|b| set.contains(b)).count();
            &s[..s.len() - n]
        }
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

/// `sep.join(pieces)` (the caller has checked that every item is a `str`).
pub fn join(sep: &str, pieces: &[&str]) -> String {
    let total =
        pieces.iter().map(|p| p.len()).sum::<usize>() + sep.len() * pieces.len().saturating_sub(1);
    let mut out = String::with_capacity(total);
    for (i, p) in pieces.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(p);
    }
    out
}

/// OverflowError message of `str * n`.
pub const REPEATED_STRING_TOO_LONG: &str = "repeated string is too long";

/// `s * n` (`n <= 0` gives "").
pub fn repeat(s: &str, n: isize) -> Result<String, StrError> {
    if n <= 0 || s.is_empty() {
        return Ok(String::new());
    }
    let total = s
        .len()
        .checked_mul(n as usize)
        .filter(|&t| t <= isize::MAX as usize);
    let total = total.ok_or(StrError::OverflowError(REPEATED_STRING_TOO_LONG))?;
    let mut out = alloc_string(total)?;
    // Doubling copies: log2(n) memcpys instead of n pushes.
    out.push_str(s);
    while out.len() * 2 <= total {
        out.extend_from_within(..);
    }
    let rest = total - out.len();
    out.extend_from_within(..rest);
    Ok(out)
}

/// `str.splitlines(keepends)`: splits at `\n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029`.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut start = 0;
    let mut it = s.char_indices();
    while let Some((i, c)) = it.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && b.get(next) == Some(&b'\n') {
            it.next();
            next += 1;
        }
        out.push(&s[start..if keepends { next } else { i }]);
        start = next;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// What a `str.translate` table says about one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Translation<'t> {
    /// The lookup raised LookupError: keep the character.
    Keep,
    /// The table maps it to None.
    Delete,
    /// The table maps it to an int (already checked to be in `range(0x110000)`).
    Char(char),
    /// The table maps it to a str.
    Str(&'t str),
}

/// `str.translate(table)`, with `lookup` doing `table[ord(c)]`. For ASCII characters each
/// distinct character is looked up once (as CPython's fast path does when the results are
/// ASCII or deletions).
pub fn translate<'t, E>(
    s: &str,
    mut lookup: impl FnMut(char) -> Result<Translation<'t>, E>,
) -> Result<String, E> {
    // 0 = not looked up, 1 = keep, 2 = delete, 3 + b = maps to ASCII byte b.
    let mut cache = [0u8; 128];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            match cache[c as usize] {
                0 => {}
                1 => {
                    out.push(c);
                    continue;
                }
                2 => continue,
                n => {
                    out.push((n - 3) as char);
                    continue;
                }
            }
        }
        let t = lookup(c)?;
        if c.is_ascii() {
            cache[c as usize] = match t {
                Translation::Keep => 1,
                Translation::Delete => 2,
                Translation::Char(m) if m.is_ascii() && (m as u8) < 253 => 3 + m as u8,
                _ => 0,
            };
        }
        match t {
            Translation::Keep => out.push(c),
            Translation::Delete => {}
            Translation::Char(m) => out.push(m),
            Translation::Str(m) => out.push_str(m),
        }
    }
    Ok(out)
}

/// ValueError of `str.maketrans(x, y)` when `x` and `y` differ in length.
pub const MAKETRANS_EQUAL_LENGTH: &str = "the first two maketrans arguments must have equal length";
/// TypeError of `str.maketrans(x)` when `x` is not a dict.
pub const MAKETRANS_NEED_DICT: &str =
    "if you give only one argument to maketrans it must be a dict";
/// ValueError for a dict key that is a str of length != 1.
pub const MAKETRANS_KEY_LENGTH: &str = "string keys in translate table must be of length 1";
/// TypeError for a dict key that is neither str nor int.
pub const MAKETRANS_KEY_TYPE: &str = "keys in translate table must be strings or integers";
/// TypeError when `y` is given but `x` is not a str.
pub const MAKETRANS_FIRST_STR: &str =
    "first maketrans argument must be a string if there is a second argument";

/// `str.maketrans(x, y[, z])` with string arguments: the (key, value) pairs of the dict, in
/// insertion order (`None` value = delete). Later pairs override earlier ones as in a dict.
pub fn maketrans(x: &str, y: &str, z: Option<&str>) -> Result<Vec<(u32, Option<u32>)>, StrError> {
    if x.chars().count() != y.chars().count() {
        return Err(StrError::value(MAKETRANS_EQUAL_LENGTH));
    }
    let mut pairs: Vec<(u32, Option<u32>)> = x
        .chars()
        .zip(y.chars())
        .map(|(a, b)| (a as u32, Some(b as u32)))
        .collect();
    pairs.extend(z.unwrap_or("").chars().map(|c| (c as u32, None)));
    Ok(pairs)
}
