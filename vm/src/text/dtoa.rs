//! Float → decimal text: `repr(float)` and CPython's `PyOS_double_to_string`, the one routine
//! behind every float formatting (`repr`, `format`, `%`, complex).
//!
//! Two layers, like CPython's `_Py_dg_dtoa` + `format_float_short`:
//! - [`Digits`]: the decimal digits of `|x|` (no trailing zeros) and the decimal point position,
//!   in one of three modes — shortest round-trip, N significant digits, N digits after the
//!   point — correctly rounded with ties to even on the exact binary value. Exact integer
//!   arithmetic on the VM's `BigUint` rather than `core::fmt`'s Grisu/Dragon, which costs
//!   ~20 KB of wasm (see the module docs of `text` for the measurements).
//! - [`double_to_string`]: lays the digits out for the `e`/`f`/`g`/`r` codes with the sign,
//!   `#`, `.0` and `z` rules of `format_float_short` (pystrtod.c), ported case for case.

use std::fmt::Write;

use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::ToPrimitive;

/// Flags of [`double_to_string`], CPython's `Py_DTSF_*`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// Always write a sign (`+` for non-negative numbers).
    pub sign: bool,
    /// Append `.0` to a result that would look like an integer (`repr` style); for `g`, also
    /// switch to exponent form one digit earlier, as CPython does.
    pub add_dot_0: bool,
    /// Alternate form (`#`): keep the decimal point and, for `g`, trailing zeros.
    pub alt: bool,
    /// Turn a negative zero result (after rounding) into a positive one (`z`).
    pub no_neg_0: bool,
}

/// Decimal digits of `|x|` for finite `x`: the value is `0.DIGITS × 10^decpt`.
/// `digits` has no trailing zeros and is `"0"` (with `decpt == 1`) when the rounded value is 0.
pub(crate) struct Digits {
    pub digits: Vec<u8>,
    pub decpt: i32,
}

/// `|x| = m × 2^e` with an integer `m` (0 < m < 2^53) for finite nonzero `x`.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, biased - 1075)
    }
}

fn pow10(n: u32) -> BigUint {
    BigUint::from(10u32).pow(n)
}

impl Digits {
    fn zero() -> Digits {
        Digits {
            digits: vec![b'0'],
            decpt: 1,
        }
    }

    /// Shortest digits that read back as `x`, the closest to `x` among them (dtoa mode 0).
    ///
    /// Burger & Dybvig's free-format algorithm on exact integers: `r / s` is the scaled value,
    /// `m_minus / s` and `m_plus / s` the distances to the rounding boundaries (inclusive for
    /// an even mantissa, as round-half-even parsing treats them).
    pub fn shortest(x: f64) -> Digits {
        if x == 0.0 {
            return Self::zero();
        }
        let (m, e) = decompose(x);
        let even = m % 2 == 0;
        // At a power of two (not the smallest exponent) the gap below is half the gap above.
        let uneven = m == 1 << 52 && e > -1074;
        let (mut r, mut s, mut m_plus, mut m_minus);
        if e >= 0 {
            let be = BigUint::from(1u32) << e as usize;
            if uneven {
                r = BigUint::from(m) << (e + 2) as usize;
                s = BigUint::from(4u32);
                m_plus = &be << 1;
                m_minus = be;
            } else {
                r = BigUint::from(m) << (e + 1) as usize;
                s = BigUint::from(2u32);
                m_plus = be.clone();
                m_minus = be;
            }
        } else if uneven {
            r = BigUint::from(m) << 2;
            s = BigUint::from(1u32) << (2 - e) as usize;
            m_plus = BigUint::from(2u32);
            m_minus = BigUint::from(1u32);
        } else {
            r = BigUint::from(m) << 1;
            s = BigUint::from(1u32) << (1 - e) as usize;
            m_plus = BigUint::from(1u32);
            m_minus = BigUint::from(1u32);
        }
        // k estimates ceil(log10(x)) from below by at most one; the fixup corrects it.
        let log2 = (e + 64 - m.leading_zeros() as i64 - 1) as f64;
        let mut k = (log2 * std::f64::consts::LOG10_2 - 1e-10).ceil() as i32;
        if k >= 0 {
            s *= pow10(k as u32);
        } else {
            let p = pow10((-k) as u32);
            r *= &p;
            m_plus *= &p;
            m_minus *= p;
        }
        let high = |r: &BigUint, m_plus: &BigUint, s: &BigUint| {
            let t = r + m_plus;
            if even {
                t >= *s
            } else {
                t > *s
            }
        };
        if high(&r, &m_plus, &s) {
            k += 1;
        } else {
            r *= 10u32;
            m_plus *= 10u32;
            m_minus *= 10u32;
        }
        let mut digits = Vec::with_capacity(17);
        loop {
            let (d, rem) = r.div_rem(&s);
            r = rem;
            let d = d.to_u8().unwrap_or(0);
            let low_ok = if even { r <= m_minus } else { r < m_minus };
            let high_ok = high(&r, &m_plus, &s);
            match (low_ok, high_ok) {
                (false, false) => {
                    digits.push(b'0' + d);
                    r *= 10u32;
                    m_plus *= 10u32;
                    m_minus *= 10u32;
                }
                (true, false) => {
                    digits.push(b'0' + d);
                    break;
                }
                (false, true) => {
                    digits.push(b'1' + d);
                    break;
                }
                (true, true) => {
                    // Both neighbours read back: the closer one, and on an exact tie the even
                    // digit (`repr(1e15 + 0.3) == '1000000000000000.2'`), as dtoa.c does; when
                    // the upper neighbour lies exactly on the boundary dtoa keeps the lower.
                    let up = if even && &r + &m_plus == s {
                        false
                    } else {
                        match (&r << 1usize).cmp(&s) {
                            std::cmp::Ordering::Greater => true,
                            std::cmp::Ordering::Equal => d % 2 == 1,
                            std::cmp::Ordering::Less => false,
                        }
                    };
                    digits.push(if up { b'1' + d } else { b'0' + d });
                    break;
                }
            }
        }
        Self::finish(digits, k)
    }

    /// The exact decimal expansion of `|x|` (up to 767 significant digits).
    fn exact(x: f64) -> Digits {
        if x == 0.0 {
            return Self::zero();
        }
        let (m, e) = decompose(x);
        let (n, shift) = if e >= 0 {
            (BigUint::from(m) << e as usize, 0)
        } else {
            // m / 2^k == m × 5^k / 10^k
            (BigUint::from(m) * BigUint::from(5u32).pow((-e) as u32), -e)
        };
        let digits = n.to_str_radix(10).into_bytes();
        let decpt = digits.len() as i64 - shift;
        Self::finish(digits, decpt as i32)
    }

    /// Rounds to the first `keep` digits (which may be ≤ 0: the value is then below the last
    /// kept place), ties to even, on the exact expansion.
    fn round_to(mut self, keep: i64) -> Digits {
        let len = self.digits.len() as i64;
        if self.is_zero() || keep >= len {
            return self;
        }
        if keep < 0 {
            return Self::zero();
        }
        let keep = keep as usize;
        let first = self.digits[keep];
        // Past the first dropped digit, any digit is nonzero: trailing zeros were stripped.
        let rest_nonzero = self.digits.len() > keep + 1;
        let odd = keep > 0 && self.digits[keep - 1] % 2 == 1;
        let up = first > b'5' || (first == b'5' && (rest_nonzero || odd));
        self.digits.truncate(keep);
        if up {
            let mut i = keep;
            loop {
                if i == 0 {
                    self.digits.insert(0, b'1');
                    self.decpt += 1;
                    break;
                }
                i -= 1;
                if self.digits[i] == b'9' {
                    self.digits[i] = b'0';
                } else {
                    self.digits[i] += 1;
                    break;
                }
            }
        }
        let decpt = self.decpt;
        Self::finish(self.digits, decpt)
    }

    /// `n >= 1` significant digits, correctly rounded (dtoa mode 2).
    pub fn significant(x: f64, n: usize) -> Digits {
        Self::exact(x).round_to(n.max(1).min(i32::MAX as usize) as i64)
    }

    /// Rounded to `n` digits after the decimal point (dtoa mode 3); a negative `n` rounds to
    /// a multiple of `10^-n`.
    pub fn fixed(x: f64, n: i64) -> Digits {
        let d = Self::exact(x);
        let keep = d.decpt as i64 + n;
        d.round_to(keep)
    }

    fn finish(mut digits: Vec<u8>, decpt: i32) -> Digits {
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.is_empty() {
            return Self::zero();
        }
        Digits { digits, decpt }
    }

    pub fn is_zero(&self) -> bool {
        self.digits == b"0"
    }
}

/// `repr(x)` and `str(x)` for a float: `1.0`, `0.1`, `1e+16`, `1e-05`, `-0.0`, `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    double_to_string(
        x,
        'r',
        0,
        DtoaFlags {
            add_dot_0: true,
            ..DtoaFlags::default()
        },
    )
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`.
///
/// `code` is one of `e E f F g G r` (`r` = shortest repr digits; `precision` is then
/// ignored); upper-case codes write `E`, `INF`, `NAN`. `precision` is the number of digits
/// after the point (`e`, `f`) or of significant digits (`g`, where 0 means 1). NaN never
/// gets a `-` sign. Any other `code` is treated as `r`.
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        if x.is_infinite() && x < 0.0 {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    // Precisions beyond what memory could hold are clamped; the output would not fit anyway.
    let mut precision = precision.min(i32::MAX as usize / 2) as i64;
    let d = match code {
        'e' => {
            precision += 1;
            Digits::significant(x, precision as usize)
        }
        'f' => Digits::fixed(x, precision),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            Digits::significant(x, precision as usize)
        }
        _ => Digits::shortest(x),
    };
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && negative && d.is_zero() {
        negative = false;
    }
    let digits_len = d.digits.len() as i64;
    let mut decpt = d.decpt as i64;

    // Output the slice vdigits[vstart..vend] of the digits padded with zeros on both sides,
    // with the point after position decpt (format_float_short's "virtual digits").
    let mut use_exp = false;
    let mut vend = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vend = precision;
        }
        'f' => vend = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vend = precision;
            }
        }
        _ => {
            // repr switches to exponent form at 1e16.
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vend = vend.max(decpt + 1);
    } else {
        vend = vend.max(decpt);
    }

    out.reserve((vend - vstart) as usize + 8);
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    let digits = std::str::from_utf8(&d.digits).unwrap_or("");
    if decpt <= 0 {
        zeros(&mut out, decpt - vstart);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vstart);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vend - decpt);
    } else {
        zeros(&mut out, vend - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        let _ = write!(out, "{e}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `core::fmt`'s float formatting as the oracle (test-only: not in the shipped wasm).
    fn oracle(text: &str) -> (String, i32) {
        let (mant, exp) = text.split_once('e').unwrap_or((text, "0"));
        let int_len = mant.find('.').unwrap_or(mant.len()) as i32;
        let mut digits: Vec<u8> = mant.bytes().filter(|&b| b != b'.').collect();
        let lead = digits.iter().take_while(|&&b| b == b'0').count();
        digits.drain(..lead);
        let d = Digits::finish(digits, int_len - lead as i32 + exp.parse::<i32>().unwrap());
        (String::from_utf8(d.digits).unwrap(), d.decpt)
    }

    fn ours(d: Digits) -> (String, i32) {
        (String::from_utf8(d.digits).unwrap(), d.decpt)
    }

    #[test]
    fn digits_agree_with_core_fmt() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x2545_f491_4f6c_dd1d)
        };
        let mut values: Vec<f64> = vec![
            5e-324,
            1e-323,
            2.2250738585072014e-308,
            1.7976931348623157e308,
            1e23,
            f64::from_bits(0x44b52d02c7e14af6), // 9.999999999999999e22
            0.1,
            0.5,
            2.5,
            1e16,
            123456789012345680.0,
            2f64.powi(-1022),
            2f64.powi(60),
        ];
        for _ in 0..4000 {
            let x = f64::from_bits(next() & 0x7fff_ffff_ffff_ffff);
            if x.is_finite() {
                values.push(x);
            }
        }
        for _ in 0..2000 {
            // Short decimals, the common case, and halfway cases such as 0.125.
            let m = (next() % 100_000) as f64;
            values.push(m / [1.0, 8.0, 100.0, 1024.0, 1e5][(next() % 5) as usize]);
        }
        for &x in &values {
            assert_eq!(
                ours(Digits::shortest(x)),
                oracle(&format!("{x:e}")),
                "shortest {x:e}"
            );
            for n in [1usize, 2, 3, 6, 15, 16, 17, 25] {
                let o = oracle(&format!("{:.*e}", n - 1, x));
                assert_eq!(ours(Digits::significant(x, n)), o, "significant {n} {x:e}");
            }
            for n in [0usize, 1, 2, 3, 6, 20] {
                let o = oracle(&format!("{:.*}", n, x));
                assert_eq!(ours(Digits::fixed(x, n as i64)), o, "fixed {n} {x:e}");
            }
        }
    }
}
