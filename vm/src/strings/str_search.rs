//! `str` searching and splitting: find/rfind/index/rindex/count, startswith/endswith,
//! `in`, replace, split/rsplit (whitespace and separator modes), partition/rpartition,
//! removeprefix/removesuffix.
//!
//! Substring search is done on the UTF-8 bytes (std's two-way search): a match of a
//! well-formed needle always starts on a character boundary, so only results are converted
//! to code point indices, and only when the text is not ASCII.

use super::index::{adjust_indices, StrView};
use super::unicode::is_space;
use super::StrError;
use std::borrow::Cow;

/// Message of `str.index`/`str.rindex` when the substring is absent (ValueError).
pub const SUBSTRING_NOT_FOUND: &str = "substring not found";
/// Message of split/rsplit/partition/rpartition given an empty separator (ValueError).
pub const EMPTY_SEPARATOR: &str = "empty separator";

/// The window `start..end` (raw Python arguments) as (byte start, text, code point start),
/// or `None` when the clamped start lies beyond the end.
fn window<'a>(
    v: StrView<'a>,
    start: Option<isize>,
    end: Option<isize>,
) -> Option<(usize, &'a str, usize)> {
    if start.is_none() && end.is_none() {
        return Some((0, v.s, 0));
    }
    let (cs, ce) = adjust_indices(start, end, v.char_len);
    if cs > ce {
        return None;
    }
    if v.is_ascii() {
        return Some((cs, &v.s[cs..ce], cs));
    }
    let bs = v.byte_offset(cs);
    let text = v.substr(cs, ce);
    Some((bs, text, cs))
}

/// Code point index of byte offset `b` inside a window that starts at code point `c0`.
#[inline]
fn to_char_index(v: StrView<'_>, text: &str, c0: usize, b: usize) -> usize {
    if v.is_ascii() {
        c0 + b
    } else {
        c0 + text[..b].chars().count()
    }
}

/// `str.find`: code point index of the first occurrence of `sub` in `s[start:end]`, or None
/// (Python's -1).
pub fn find(v: StrView<'_>, sub: &str, start: Option<isize>, end: Option<isize>) -> Option<usize> {
    let (_, text, c0) = window(v, start, end)?;
    let b = text.find(sub)?;
    Some(to_char_index(v, text, c0, b))
}

/// `str.rfind`: index of the last occurrence, or None.
pub fn rfind(v: StrView<'_>, sub: &str, start: Option<isize>, end: Option<isize>) -> Option<usize> {
    let (_, text, c0) = window(v, start, end)?;
    let b = text.rfind(sub)?;
    Some(to_char_index(v, text, c0, b))
}

/// `str.index`: like find, but ValueError("substring not found").
pub fn index(
    v: StrView<'_>,
    sub: &str,
    start: Option<isize>,
    end: Option<isize>,
) -> Result<usize, StrError> {
    find(v, sub, start, end).ok_or(StrError::value(SUBSTRING_NOT_FOUND))
}

/// `str.rindex`.
pub fn rindex(
    v: StrView<'_>,
    sub: &str,
    start: Option<isize>,
    end: Option<isize>,
) -> Result<usize, StrError> {
    rfind(v, sub, start, end).ok_or(StrError::value(SUBSTRING_NOT_FOUND))
}

/// `str.count`: non-overlapping occurrences; "" occurs once per gap (`len + 1` times).
pub fn count(v: StrView<'_>, sub: &str, start: Option<isize>, end: Option<isize>) -> usize {
    let Some((_, text, _)) = window(v, start, end) else {
        return 0;
    };
    if sub.is_empty() {
        return if v.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        } + 1;
    }
    text.matches(sub).count()
}

/// `sub in s`.
#[inline]
pub fn contains(s: &str, sub: &str) -> bool {
    s.contains(sub)
}

/// `str.startswith` with one prefix (the caller loops over a tuple).
pub fn startswith(v: StrView<'_>, prefix: &str, start: Option<isize>, end: Option<isize>) -> bool {
    window(v, start, end).is_some_and(|(_, text, _)| text.starts_with(prefix))
}

/// `str.endswith` with one suffix.
pub fn endswith(v: StrView<'_>, suffix: &str, start: Option<isize>, end: Option<isize>) -> bool {
    window(v, start, end).is_some_and(|(_, text, _)| text.ends_with(suffix))
}

/// `str.replace(old, new, count)`; `count < 0` replaces all. An empty `old` inserts `new`
/// before every code point and at the end. Borrows when nothing is replaced.
pub fn replace<'a>(s: &'a str, old: &str, new: &str, count: isize) -> Cow<'a, str> {
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if limit == 0 {
        return Cow::Borrowed(s);
    }
    if old.is_empty() {
        let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1).min(limit));
        let mut left = limit;
        out.push_str(new);
        left -= 1;
        for (i, c) in s.char_indices() {
            if left == 0 {
                out.push_str(&s[i..]);
                return Cow::Owned(out);
            }
            out.push(c);
            out.push_str(new);
            left -= 1;
        }
        return Cow::Owned(out);
    }
    let mut matches = s.match_indices(old).take(limit).peekable();
    if matches.peek().is_none() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for (i, _) in matches {
        out.push_str(&s[last..i]);
        out.push_str(new);
        last = i + old.len();
    }
    out.push_str(&s[last..]);
    Cow::Owned(out)
}

#[inline]
fn max_count(maxsplit: isize) -> usize {
    if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    }
}

/// `str.split(sep, maxsplit)`: `sep = None` splits on runs of whitespace (and drops empty
/// strings); `maxsplit < 0` means no limit. ValueError("empty separator") for `sep = ""`.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: isize) -> Result<Vec<&'a str>, StrError> {
    let mut left = max_count(maxsplit);
    let mut out = Vec::new();
    match sep {
        Some("") => return Err(StrError::value(EMPTY_SEPARATOR)),
        Some(sep) => {
            let mut last = 0;
            for (i, _) in s.match_indices(sep) {
                if left == 0 {
                    break;
                }
                left -= 1;
                out.push(&s[last..i]);
                last = i + sep.len();
            }
            out.push(&s[last..]);
        }
        None => {
            let mut it = s.char_indices().peekable();
            loop {
                // skip whitespace
                while it.next_if(|&(_, c)| is_space(c)).is_some() {}
                let Some(&(i, _)) = it.peek() else { break };
                if left == 0 {
                    out.push(&s[i..]);
                    break;
                }
                left -= 1;
                while it.next_if(|&(_, c)| !is_space(c)).is_some() {}
                let j = it.peek().map_or(s.len(), |&(j, _)| j);
                out.push(&s[i..j]);
            }
        }
    }
    Ok(out)
}

/// `str.rsplit(sep, maxsplit)`: like split, but the `maxsplit` splits are taken from the right.
pub fn rsplit<'a>(
    s: &'a str,
    sep: Option<&str>,
    maxsplit: isize,
) -> Result<Vec<&'a str>, StrError> {
    let mut left = max_count(maxsplit);
    let mut out = Vec::new();
    match sep {
        Some("") => return Err(StrError::value(EMPTY_SEPARATOR)),
        Some(sep) => {
            let mut end = s.len();
            for (i, _) in s.rmatch_indices(sep) {
                if left == 0 {
                    break;
                }
                left -= 1;
                out.push(&s[i + sep.len()..end]);
                end = i;
            }
            out.push(&s[..end]);
        }
        None => {
            let mut it = s.char_indices().rev().peekable();
            loop {
                while it.next_if(|&(_, c)| is_space(c)).is_some() {}
                let Some(&(i, c)) = it.peek() else { break };
                let end = i + c.len_utf8();
                if left == 0 {
                    out.push(&s[..end]);
                    break;
                }
                left -= 1;
                let mut start = i;
                while let Some((j, _)) = it.next_if(|&(_, c)| !is_space(c)) {
                    start = j;
                }
                out.push(&s[start..end]);
            }
        }
    }
    out.reverse();
    Ok(out)
}

/// `str.partition(sep)`: (before, sep, after), or (s, "", "") when `sep` is absent.
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), StrError> {
    if sep.is_empty() {
        return Err(StrError::value(EMPTY_SEPARATOR));
    }
    Ok(match s.find(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `str.rpartition(sep)`: split at the last `sep`, or ("", "", s).
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), StrError> {
    if sep.is_empty() {
        return Err(StrError::value(EMPTY_SEPARATOR));
    }
    Ok(match s.rfind(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => ("", "", s),
    })
}

/// `str.removeprefix`.
#[inline]
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `str.removesuffix`.
#[inline]
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}
