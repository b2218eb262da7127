//! `float.hex()` and `float.fromhex()` (floatobject.c), exact in both directions.

use super::FormatError;

/// `x.hex()`: `0x1.8000000000000p+0`, `-0x0.0p+0`, `0x0.0000000000001p-1022`, `inf`, `nan`.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return super::float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let mantissa = bits & ((1 << 52) - 1);
    let biased = ((bits >> 52) & 0x7ff) as i32;
    // Subnormals keep a leading 0 and the minimum exponent, as CPython prints them.
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{mantissa:013x}p{exp:+}")
}

const DBL_MIN_EXP: i64 = -1021;
const DBL_MAX_EXP: i64 = 1024;
const DBL_MANT_DIG: i64 = 53;

fn hex_value(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// `x * 2**e` for an integer-valued `x` whose exact result is representable.
pub(crate) fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let pow2 = |e: i64| f64::from_bits(((e + 1023) as u64) << 52);
    while e > 1023 {
        x *= pow2(1023);
        e -= 1023;
    }
    while e < -1022 {
        x *= pow2(-1022);
        e += 1022;
    }
    x * pow2(e)
}

/// `_Py_parse_inf_or_nan`: a signed `inf`/`infinity`/`nan` prefix and its length.
fn parse_inf_or_nan(s: &[u8]) -> Option<(f64, usize)> {
    let (negate, start) = match s.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let starts = |i: usize, word: &[u8]| {
        s.get(i..i + word.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    };
    let (value, end) = if starts(start, b"inf") {
        let end = if starts(start + 3, b"inity") {
            start + 8
        } else {
            start + 3
        };
        (f64::INFINITY, end)
    } else if starts(start, b"nan") {
        (f64::NAN, start + 3)
    } else {
        return None;
    };
    Some((if negate { -value } else { value }, end))
}

/// `float.fromhex(s)`: `[ws][sign]['0x']hex[.hex]['p'[sign]dec][ws]` or inf/nan, correctly
/// rounded (ties to even). Errors: ValueError "invalid hexadecimal floating-point string",
/// OverflowError "hexadecimal value too large to represent as a float".
pub fn float_fromhex(s: &str) -> Result<f64, FormatError> {
    let parse_error = || FormatError::value("invalid hexadecimal floating-point string");
    let overflow = || FormatError::overflow("hexadecimal value too large to represent as a float");
    let b = s.as_bytes();
    let is_space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let mut i = b.iter().position(|&c| !is_space(c)).unwrap_or(b.len());
    let mut negate = false;
    let x = if let Some((v, n)) = parse_inf_or_nan(&b[i..]) {
        i += n;
        v
    } else {
        match b.get(i) {
            Some(b'-') => {
                negate = true;
                i += 1;
            }
            Some(b'+') => i += 1,
            _ => {}
        }
        if b.get(i) == Some(&b'0') && matches!(b.get(i + 1), Some(b'x' | b'X')) {
            i += 2;
        }
        // Coefficient digits, most significant first, and how many follow the point.
        let mut digits: Vec<u8> = Vec::new();
        while let Some(d) = b.get(i).and_then(|&c| hex_value(c)) {
            digits.push(d);
            i += 1;
        }
        let mut fdigits = 0i64;
        if b.get(i) == Some(&b'.') {
            i += 1;
            while let Some(d) = b.get(i).and_then(|&c| hex_value(c)) {
                digits.push(d);
                fdigits += 1;
                i += 1;
            }
        }
        if digits.is_empty() {
            return Err(parse_error());
        }
        let mut exp: i64 = 0;
        if matches!(b.get(i), Some(b'p' | b'P')) {
            i += 1;
            let neg = match b.get(i) {
                Some(b'-') => {
                    i += 1;
                    true
                }
                Some(b'+') => {
                    i += 1;
                    false
                }
                _ => false,
            };
            if !b.get(i).is_some_and(u8::is_ascii_digit) {
                return Err(parse_error());
            }
            // strtol saturates.
            while let Some(&c) = b.get(i).filter(|c| c.is_ascii_digit()) {
                exp = exp.saturating_mul(10).saturating_add((c - b'0') as i64);
                i += 1;
            }
            if neg {
                exp = -exp;
            }
        }
        compose(&digits, fdigits, exp).ok_or_else(overflow)?
    };
    while b.get(i).is_some_and(|&c| is_space(c)) {
        i += 1;
    }
    if i != b.len() {
        return Err(parse_error());
    }
    Ok(if negate { -x } else { x })
}

/// The value of hex `digits` (most significant first, `fdigits` of them after the point)
/// times `2**exp`, rounded half to even; `None` on overflow. Ported from `float_fromhex`.
fn compose(digits: &[u8], fdigits: i64, exp: i64) -> Option<f64> {
    let lead = digits.iter().take_while(|&&d| d == 0).count();
    let digits = &digits[lead..];
    let ndigits = digits.len() as i64;
    // digit(j): the j-th least significant digit.
    let digit = |j: i64| digits[(ndigits - 1 - j) as usize] as i64;
    if ndigits == 0 || exp < i64::MIN / 2 {
        return Some(0.0);
    }
    if exp > i64::MAX / 2 {
        return None;
    }
    let exp = exp - 4 * fdigits;
    let mut top_exp = exp + 4 * (ndigits - 1);
    let mut d = digit(ndigits - 1);
    while d != 0 {
        top_exp += 1;
        d /= 2;
    }
    if top_exp < DBL_MIN_EXP - DBL_MANT_DIG {
        return Some(0.0);
    }
    if top_exp > DBL_MAX_EXP {
        return None;
    }
    // Exponent of the least significant bit of the rounded value.
    let lsb = top_exp.max(DBL_MIN_EXP) - DBL_MANT_DIG;
    let mut x = 0.0f64;
    if exp >= lsb {
        for j in (0..ndigits).rev() {
            x = 16.0 * x + digit(j) as f64;
        }
        return Some(ldexp(x, exp));
    }
    let half_eps = 1i64 << ((lsb - exp - 1) % 4);
    let key_digit = (lsb - exp - 1) / 4;
    for j in (key_digit + 1..ndigits).rev() {
        x = 16.0 * x + digit(j) as f64;
    }
    let d = digit(key_digit);
    x = 16.0 * x + (d & (16 - 2 * half_eps)) as f64;
    if d & half_eps != 0 {
        let round_up = d & (3 * half_eps - 1) != 0
            || (half_eps == 8 && key_digit + 1 < ndigits && digit(key_digit + 1) & 1 != 0)
            || (0..key_digit).any(|j| digit(j) != 0);
        if round_up {
            x += (2 * half_eps) as f64;
            if top_exp == DBL_MAX_EXP && x == ldexp((2 * half_eps) as f64, DBL_MANT_DIG) {
                return None;
            }
        }
    }
    Some(ldexp(x, exp + 4 * key_digit))
}
