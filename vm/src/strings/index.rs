//! Code point indexing over UTF-8: the `StrView` handle, index clamping, `s[i]`, `s[a:b:c]`.

use std::borrow::Cow;

/// A Python `str` as the string methods see it: UTF-8 text plus its cached length in code
/// points. It is ASCII exactly when `char_len == s.len()`, and then every code point index is
/// a byte index (O(1)); otherwise index conversions walk the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StrView<'a> {
    pub s: &'a str,
    pub char_len: usize,
}

impl<'a> StrView<'a> {
    /// Counts the code points (O(n)); use [`StrView::with_len`] when the length is cached.
    pub fn new(s: &'a str) -> Self {
        StrView {
            s,
            char_len: s.chars().count(),
        }
    }

    /// A view with an already known code point length.
    #[inline]
    pub fn with_len(s: &'a str, char_len: usize) -> Self {
        debug_assert_eq!(s.chars().count(), char_len);
        StrView { s, char_len }
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    /// Byte offset of code point index `i` (`0 <= i <= char_len`). O(1) for ASCII; otherwise
    /// walks from whichever end is nearer.
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() || i == 0 {
            return i;
        }
        if i >= self.char_len {
            return self.s.len();
        }
        if i <= self.char_len / 2 {
            self.s
                .char_indices()
                .nth(i)
                .map_or(self.s.len(), |(b, _)| b)
        } else {
            let back = self.char_len - i; // >= 1
            self.s
                .char_indices()
                .rev()
                .nth(back - 1)
                .map_or(0, |(b, _)| b)
        }
    }

    /// Code point index of byte offset `b`, which must be on a character boundary.
    #[inline]
    pub fn char_index(&self, b: usize) -> usize {
        if self.is_ascii() {
            b
        } else {
            char_count(&self.s[..b])
        }
    }

    /// The text of code points `start..end` (clamped, `start <= end` not required).
    pub fn substr(&self, start: usize, end: usize) -> &'a str {
        let end = end.min(self.char_len);
        if start >= end {
            return "";
        }
        if self.is_ascii() {
            return &self.s[start..end];
        }
        let b0 = self.byte_offset(start);
        let rest = &self.s[b0..];
        let b1 = rest
            .char_indices()
            .nth(end - start)
            .map_or(rest.len(), |(b, _)| b);
        &rest[..b1]
    }
}

/// Number of code points in `s` (std's count is vectorised).
#[inline]
pub fn char_count(s: &str) -> usize {
    s.chars().count()
}

/// CPython's `ADJUST_INDICES`: clamp raw `start`/`end` arguments against `len`.
/// `start` can come back greater than `end` (even greater than `len`); callers treat that
/// as an empty window (and as "not found", never as a match of "").
#[inline]
pub fn adjust_indices(start: Option<isize>, end: Option<isize>, len: usize) -> (usize, usize) {
    let len_i = len as isize;
    let mut end = end.unwrap_or(len_i);
    if end > len_i {
        end = len_i;
    } else if end < 0 {
        end = (end + len_i).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len_i).max(0);
    }
    (start as usize, end as usize)
}

/// `s[i]` with Python's negative indexing; `None` means IndexError("string index out of range").
pub fn char_at(v: StrView<'_>, i: isize) -> Option<char> {
    let i = if i < 0 { i + v.char_len as isize } else { i };
    if i < 0 || i as usize >= v.char_len {
        return None;
    }
    let i = i as usize;
    if v.is_ascii() {
        return Some(v.s.as_bytes()[i] as char);
    }
    v.s[v.byte_offset(i)..].chars().next()
}

/// The message of the IndexError for `s[i]` out of range.
pub const INDEX_OUT_OF_RANGE: &str = "string index out of range";

/// Number of items a normalized slice selects (CPython's `PySlice_AdjustIndices` result).
pub fn slice_len(start: isize, stop: isize, step: isize) -> usize {
    if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    }
}

/// `s[start:stop:step]` with indices already normalized by `PySlice_AdjustIndices`
/// (`step != 0`; for a negative step `stop` may be -1). Step 1 borrows.
pub fn slice<'a>(v: StrView<'a>, start: isize, stop: isize, step: isize) -> Cow<'a, str> {
    let n = slice_len(start, stop, step);
    if n == 0 {
        return Cow::Borrowed("");
    }
    if step == 1 {
        return Cow::Borrowed(v.substr(start as usize, stop as usize));
    }
    if v.is_ascii() {
        let b = v.s.as_bytes();
        let mut out = String::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            out.push(b[i as usize] as char);
            i = i.wrapping_add(step); // past the last index with a huge step: never used
        }
        return Cow::Owned(out);
    }
    let mut out = String::with_capacity(n);
    if step > 0 {
        let lo = v.byte_offset(start as usize);
        out.extend(v.s[lo..].chars().step_by(step as usize).take(n));
    } else {
        // Walk backwards from `start`.
        let hi = v.byte_offset(start as usize + 1);
        out.extend(v.s[..hi].chars().rev().step_by((-step) as usize).take(n));
    }
    Cow::Owned(out)
}

/// Byte-string slice `b[start:stop:step]`, indices normalized as for [`slice()`].
pub fn slice_bytes(b: &[u8], start: isize, stop: isize, step: isize) -> Cow<'_, [u8]> {
    let n = slice_len(start, stop, step);
    if n == 0 {
        return Cow::Borrowed(&[]);
    }
    if step == 1 {
        return Cow::Borrowed(&b[start as usize..stop as usize]);
    }
    let mut out = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        out.push(b[i as usize]);
        i = i.wrapping_add(step); // past the last index with a huge step: never used
    }
    Cow::Owned(out)
}
