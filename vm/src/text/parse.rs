//! `float(str)` and `float(bytes)`: CPython 3.11's `PyFloat_FromString` syntax, and the
//! correctly rounded decimal → double conversion behind it ([`decimal_to_f64`]).
//!
//! Accepted: surrounding whitespace; an optional sign; `inf`, `infinity`, `nan` in any case;
//! or decimal digits with an optional point and exponent (`1`, `1.`, `.5`, `1e5`, `1.5E-3`);
//! underscores between two digits (PEP 515); decimal digits of any script (`'١٢'`). No hex.

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

use super::hexfloat::ldexp;
use super::unicode::{decimal_value, is_python_space};

/// `float(s)` for a `str`. `None` means ValueError: build it with
/// [`FormatError::could_not_convert_float`](super::FormatError::could_not_convert_float)
/// from the VM's `repr()` of the argument.
pub fn parse_float(s: &str) -> Option<f64> {
    if s.is_ascii() {
        return parse_float_ascii(s.as_bytes());
    }
    // _PyUnicode_TransformDecimalAndSpaceToASCII: other scripts' digits become ASCII digits,
    // Unicode spaces become ' ', and anything else ends the string with an invalid '?'.
    let mut ascii = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            ascii.push(c as u8);
        } else if is_python_space(c) {
            ascii.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            ascii.push(b'0' + d as u8);
        } else {
            return None;
        }
    }
    parse_float_ascii(&ascii)
}

/// `float(b)` for `bytes` (and the ASCII core of [`parse_float`]).
pub fn parse_float_ascii(s: &[u8]) -> Option<f64> {
    // _Py_string_to_number_with_underscores: '_' only between two digits.
    let mut buf;
    let s = if s.contains(&b'_') {
        buf = Vec::with_capacity(s.len());
        let mut prev = 0u8;
        for &c in s {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return None;
                }
                buf.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return None;
        }
        &buf[..]
    } else {
        s
    };
    // Py_ISSPACE: unlike u8::is_ascii_whitespace, it includes \v.
    let is_space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let start = s.iter().position(|c| !is_space(c)).unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|c| !is_space(c))
        .map_or(start, |i| i + 1);
    let s = &s[start..end];
    parse_number(s)
}

/// `[sign] (inf | infinity | nan | digits [. digits] [e [sign] digits])`, the whole of `s`,
/// as `_Py_dg_strtod` / `_Py_parse_inf_or_nan` accept it.
fn parse_number(s: &[u8]) -> Option<f64> {
    let (negative, body) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let special = if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case(b"nan") {
        Some(f64::NAN)
    } else {
        None
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    let mut i = 0;
    let mut digits = Vec::with_capacity(body.len());
    let mut exp10: i64 = 0;
    while let Some(&c) = body.get(i).filter(|c| c.is_ascii_digit()) {
        digits.push(c);
        i += 1;
    }
    if body.get(i) == Some(&b'.') {
        i += 1;
        while let Some(&c) = body.get(i).filter(|c| c.is_ascii_digit()) {
            digits.push(c);
            exp10 -= 1;
            i += 1;
        }
    }
    if digits.is_empty() {
        return None;
    }
    if matches!(body.get(i), Some(b'e' | b'E')) {
        i += 1;
        let exp_negative = match body.get(i) {
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
        let start = i;
        let mut e: i64 = 0;
        while let Some(&c) = body.get(i).filter(|c| c.is_ascii_digit()) {
            // Saturate far beyond any finite, nonzero result.
            e = (e * 10 + (c - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if i == start {
            return None;
        }
        exp10 += if exp_negative { -e } else { e };
    }
    if i != body.len() {
        return None;
    }
    let v = decimal_to_f64(&digits, exp10);
    Some(if negative { -v } else { v })
}

/// More significant digits than any halfway point between two doubles has (767): beyond
/// these, only whether some digit is nonzero matters.
const MAX_DIGITS: usize = 800;

/// The double nearest to `DIGITS × 10^exp10` (ties to even); `digits` are ASCII digits.
///
/// This replaces `str::parse::<f64>`, whose Eisel-Lemire tables cost 16 KB of wasm: Clinger's
/// fast path for short inputs, else exact big-integer division (the VM's `BigUint`).
pub(crate) fn decimal_to_f64(digits: &[u8], mut exp10: i64) -> f64 {
    let lead = digits.iter().take_while(|&&d| d == b'0').count();
    let mut digits = &digits[lead..];
    while let [rest @ .., b'0'] = digits {
        digits = rest;
        exp10 += 1;
    }
    if digits.is_empty() {
        return 0.0;
    }
    // The value lies in [10^(top-1), 10^top).
    let top = digits.len() as i64 + exp10;
    if top > 310 {
        return f64::INFINITY;
    }
    if top < -324 {
        return 0.0;
    }
    // Clinger: both operands exact, one correctly rounded operation.
    if digits.len() <= 15 && (-22..=22).contains(&exp10) {
        let m = digits.iter().fold(0u64, |m, &d| m * 10 + (d - b'0') as u64) as f64;
        let p = POW10[exp10.unsigned_abs() as usize];
        return if exp10 < 0 { m / p } else { m * p };
    }
    let mut owned;
    if digits.len() > MAX_DIGITS {
        // Keep MAX_DIGITS digits and a sticky nonzero digit for the rest (all nonzero:
        // trailing zeros were stripped).
        exp10 += (digits.len() - MAX_DIGITS - 1) as i64;
        owned = digits[..MAX_DIGITS].to_vec();
        owned.push(b'1');
        digits = &owned;
    }
    let d = BigUint::parse_bytes(digits, 10).unwrap_or_default();
    if exp10 >= 0 {
        // An integer: BigUint's conversion rounds correctly (and gives inf when too large).
        let n = d * BigUint::from(10u32).pow(exp10 as u32);
        return n.to_f64().unwrap_or(f64::INFINITY);
    }
    let p = BigUint::from(10u32).pow((-exp10) as u32);
    // q = floor(d / p × 2^k) with 66+ significant bits, or 2 bits below the smallest
    // subnormal, whichever is coarser; `sticky` records a nonzero remainder.
    let k = (66 + p.bits() as i64 - d.bits() as i64).min(1076);
    let (q, r) = if k >= 0 {
        (d << k as usize).div_rem(&p)
    } else {
        d.div_rem(&(p << (-k) as usize))
    };
    let sticky = !r.is_zero();
    let q = q.to_u128().unwrap_or(u128::MAX);
    let bits = 128 - q.leading_zeros() as i64;
    // Bits of q below the result's last place: 53 significant bits, or the 2^-1074 grid.
    let drop = (bits - 53).max(k - 1074);
    if drop > 127 {
        return 0.0;
    }
    let mut mant = q >> drop;
    let rem = q & ((1u128 << drop) - 1);
    let half = 1u128 << (drop - 1);
    if rem > half || (rem == half && (sticky || mant & 1 == 1)) {
        mant += 1;
    }
    ldexp(mant as f64, drop - k)
}

/// Powers of ten exactly representable as doubles.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigUint;

    /// xorshift64*: deterministic test inputs without a dependency.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    /// The exact decimal digits and exponent of `m × 2^e`.
    fn exact_decimal(m: u64, e: i64) -> (String, i64) {
        let m = BigUint::from(m);
        if e >= 0 {
            ((m << e as usize).to_string(), 0)
        } else {
            ((m * BigUint::from(5u32).pow((-e) as u32)).to_string(), e)
        }
    }

    /// Differential test against `core`'s parser (correctly rounded; test-only here):
    /// random digit strings, and the exact midpoints between neighbouring doubles (the ties)
    /// with their one-unit-in-the-last-digit neighbours.
    #[test]
    fn decimal_to_f64_rounds_like_core() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let check = |digits: &str, exp10: i64| {
            let expected: f64 = format!("{digits}e{exp10}").parse().unwrap();
            let actual = decimal_to_f64(digits.as_bytes(), exp10);
            assert_eq!(actual.to_bits(), expected.to_bits(), "{digits}e{exp10}");
        };
        for _ in 0..20_000 {
            let n = 1 + rng.below(40) as usize;
            let digits: String = (0..n)
                .map(|_| (b'0' + rng.below(10) as u8) as char)
                .collect();
            check(&digits, rng.below(700) as i64 - 360);
        }
        for _ in 0..3_000 {
            let bits = rng.next() & 0x7fef_ffff_ffff_ffff; // finite, positive, below max
            let biased = (bits >> 52) as i64;
            let frac = bits & ((1 << 52) - 1);
            let (m, e) = if biased == 0 {
                (frac, -1074)
            } else {
                (frac | 1 << 52, biased - 1075)
            };
            // The midpoint between this double and the next one up: (2m + 1) × 2^(e-1).
            let (digits, exp10) = exact_decimal(2 * m + 1, e - 1);
            check(&digits, exp10);
            let up = (BigUint::parse_bytes(digits.as_bytes(), 10).unwrap() + 1u32).to_string();
            check(&up, exp10);
            let down = (BigUint::parse_bytes(digits.as_bytes(), 10).unwrap() - 1u32).to_string();
            check(&down, exp10);
        }
        for (digits, exp10) in [
            ("1", 400),
            ("1", -400),
            ("24703282292062327", -340),
            ("24703282292062328", -340),
            ("17976931348623158", 292),
            ("17976931348623159", 292),
            ("9", -325),
        ] {
            check(digits, exp10);
        }
    }
}
