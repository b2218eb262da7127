//! `str` case conversions (full mappings, final sigma) and the `is*` predicates.
//! Every function has an ASCII fast path; non-ASCII text goes through `unicode`.

use super::unicode::{self as u, CaseCursor, CaseMapped};

const CAPITAL_SIGMA: char = '\u{3A3}';

/// Lowercase of `s[i]` (a byte offset) where that character is `c`, applying the Final_Sigma
/// rule for 'Σ': `\p{cased}\p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased})`.
fn lower_in_context(cur: &mut CaseCursor, s: &str, i: usize, c: char) -> CaseMapped {
    if c != CAPITAL_SIGMA {
        return cur.lower(c);
    }
    let before = s[..i].chars().rev().find(|&c| !u::is_case_ignorable(c));
    let mut final_sigma = before.is_some_and(u::is_cased);
    if final_sigma {
        let after = s[i + c.len_utf8()..]
            .chars()
            .find(|&c| !u::is_case_ignorable(c));
        final_sigma = !after.is_some_and(u::is_cased);
    }
    u::to_lower(if final_sigma { '\u{3C2}' } else { '\u{3C3}' })
}

fn map_chars(s: &str, f: impl Fn(&mut CaseCursor, char) -> CaseMapped) -> String {
    let mut out = String::with_capacity(s.len());
    let mut cur = CaseCursor::default();
    for c in s.chars() {
        f(&mut cur, c).push_to(&mut out);
    }
    out
}

/// `str.lower`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    let mut cur = CaseCursor::default();
    for (i, c) in s.char_indices() {
        lower_in_context(&mut cur, s, i, c).push_to(&mut out);
    }
    out
}

/// `str.upper` ('ß' -> "SS").
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    map_chars(s, CaseCursor::upper)
}

/// `str.casefold` ('ß' -> "ss").
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    map_chars(s, CaseCursor::casefold)
}

/// `str.capitalize`: the first character titlecased (Python ≥ 3.8), the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.char_indices();
    if let Some((_, c)) = it.next() {
        u::to_title(c).push_to(&mut out);
    }
    if s.is_ascii() {
        out.push_str(&s[out.len()..].to_ascii_lowercase());
        return out;
    }
    let mut cur = CaseCursor::default();
    for (i, c) in it {
        lower_in_context(&mut cur, s, i, c).push_to(&mut out);
    }
    out
}

/// `str.title`: titlecase after an uncased character, lowercase after a cased one.
/// ("they're bill's" -> "They'Re Bill'S", as CPython.)
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    if s.is_ascii() {
        for &b in s.as_bytes() {
            let c = if prev_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            out.push(c as char);
            prev_cased = b.is_ascii_alphabetic();
        }
        return out;
    }
    let mut cur = CaseCursor::default();
    for (i, c) in s.char_indices() {
        if prev_cased {
            lower_in_context(&mut cur, s, i, c).push_to(&mut out);
        } else {
            cur.title(c).push_to(&mut out);
        }
        prev_cased = u::is_cased(c);
    }
    out
}

/// `str.swapcase`: Uppercase chars lowercased (with final sigma), Lowercase ones uppercased;
/// titlecase letters (Lt) stay.
pub fn swapcase(s: &str) -> String {
    if s.is_ascii() {
        return s
            .bytes()
            .map(|b| if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() } as char)
            .collect();
    }
    let mut out = String::with_capacity(s.len());
    let mut cur = CaseCursor::default();
    for (i, c) in s.char_indices() {
        if u::is_upper(c) {
            lower_in_context(&mut cur, s, i, c).push_to(&mut out);
        } else if u::is_lower(c) {
            cur.upper(c).push_to(&mut out);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.islower`: at least one cased character and no Uppercase or titlecase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if u::is_upper(c) || u::is_title(c) {
            return false;
        }
        cased = cased || u::is_lower(c);
    }
    cased
}

/// `str.isupper`: at least one cased character and no Lowercase or titlecase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if u::is_lower(c) || u::is_title(c) {
            return false;
        }
        cased = cased || u::is_upper(c);
    }
    cased
}

/// `str.istitle`: uppercase/titlecase only after uncased, lowercase only after cased, and
/// at least one cased character.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if u::is_upper(c) || u::is_title(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if u::is_lower(c) {
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

/// True when `s` is non-empty and every character satisfies `f`.
#[inline]
fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

/// `str.isalpha` (category L*).
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, u::is_alpha)
}
/// `str.isalnum`.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, u::is_alnum)
}
/// `str.isdecimal` (category Nd).
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, u::is_decimal)
}
/// `str.isdigit` (Numeric_Type Digit or Decimal: '²' is a digit, not a decimal).
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, u::is_digit)
}
/// `str.isnumeric` ('½', '一', 'Ⅷ').
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, u::is_numeric)
}
/// `str.isspace`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, u::is_space)
}
/// `str.isascii` (true for "").
#[inline]
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}
/// `str.isprintable` (true for "").
pub fn isprintable(s: &str) -> bool {
    s.chars().all(u::is_printable)
}
/// `str.isidentifier`: XID_Start or '_' then XID_Continue*. (Keywords are identifiers.)
pub fn isidentifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || u::is_xid_start(c) => it.all(u::is_xid_continue),
        _ => false,
    }
}
