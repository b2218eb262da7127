//! Conversions between `int` and `float`, `int / int`, and exact int-vs-float comparison.
//!
//! All conversions are correctly rounded (round half to even), like CPython's
//! `PyLong_AsDouble` and `long_true_divide`.

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};

use super::int::Int;
use super::{overflow, value_error, zero_div, NumError};

const MANT_DIG: i64 = 53;
const MAX_EXP: i64 = 1024;
const MIN_EXP: i64 = -1021;

/// `x * 2**e`, correctly rounded (musl's `scalbn`).
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let p1023 = f64::from_bits(0x7fe0_0000_0000_0000); // 2**1023
    let pm969 = f64::from_bits(0x0360_0000_0000_0000); // 2**-1022 * 2**53
    if e > 1023 {
        x *= p1023;
        e -= 1023;
        if e > 1023 {
            x *= p1023;
            e -= 1023;
            e = e.min(1023);
        }
    } else if e < -1022 {
        // Scale by 2**-969 (not 2**-1022) so a subnormal result is rounded only once.
        x *= pm969;
        e += 1022 - 53;
        if e < -1022 {
            x *= pm969;
            e += 1022 - 53;
            e = e.max(-1022);
        }
    }
    x * f64::from_bits(((0x3ff + e) as u64) << 52)
}

/// C's `frexp`: `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1`; zeros, infinities
/// and NaN come back unchanged with `e == 0`.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE {
        (x * f64::from_bits(0x43f0_0000_0000_0000), 64) // * 2**64
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (0x3fe << 52));
    (m, exp - 0x3fe - bias)
}

impl Int {
    /// `float(self)`, correctly rounded.
    pub fn to_f64(&self) -> Result<f64, NumError> {
        match self {
            // i64 -> f64 conversion rounds half to even.
            Int::Small(v) => Ok(*v as f64),
            Int::Big(b) => {
                let (m, e) = big_to_f64_parts(b.magnitude());
                let f = ldexp(m, e as i64);
                if f.is_infinite() {
                    return Err(overflow("int too large to convert to float"));
                }
                Ok(if b.sign() == Sign::Minus { -f } else { f })
            }
        }
    }

    /// `int(x)` for a float: truncates toward zero.
    pub fn from_f64(x: f64) -> Result<Int, NumError> {
        if x.is_nan() {
            return Err(value_error("cannot convert float NaN to integer"));
        }
        if x.is_infinite() {
            return Err(overflow("cannot convert float infinity to integer"));
        }
        let x = x.trunc();
        if x.abs() < 9.2e18 {
            return Ok(Int::Small(x as i64));
        }
        let bits = x.to_bits();
        let exp = ((bits >> 52) & 0x7ff) - 1075;
        let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
        let mag = BigInt::from(mant) << exp;
        Ok(Int::from_big(if x < 0.0 { -mag } else { mag }))
    }

    /// `self / other`, correctly rounded (CPython's `long_true_divide`).
    pub fn true_div(&self, other: &Int) -> Result<f64, NumError> {
        if other.is_zero() {
            return Err(zero_div("division by zero"));
        }
        let negate = self.is_negative() != other.is_negative();
        let r = match (self, other) {
            // Both exactly representable: IEEE division rounds correctly.
            (Int::Small(a), Int::Small(b))
                if a.unsigned_abs() <= 1 << MANT_DIG && b.unsigned_abs() <= 1 << MANT_DIG =>
            {
                (a.unsigned_abs() as f64) / (b.unsigned_abs() as f64)
            }
            _ if self.is_zero() => 0.0,
            _ => ratio_to_f64(&self.magnitude(), &other.magnitude())?,
        };
        Ok(if negate { -r } else { r })
    }

    /// Compares `self` with a float exactly, like CPython: `None` when `x` is NaN.
    pub fn cmp_f64(&self, x: f64) -> Option<Ordering> {
        if x.is_nan() {
            return None;
        }
        if x.is_infinite() {
            return Some(if x > 0.0 {
                Ordering::Less
            } else {
                Ordering::Greater
            });
        }
        if let Int::Small(v) = self {
            if v.unsigned_abs() <= 1 << MANT_DIG {
                return (*v as f64).partial_cmp(&x);
            }
        }
        // Both finite, self is large. Signs first, then compare the integer parts exactly.
        let xs = if x > 0.0 {
            1
        } else if x < 0.0 {
            -1
        } else {
            0
        };
        let s = self.signum();
        if s != xs || self.bit_length() > MAX_EXP as u64 {
            // Different signs, or |self| >= 2**1024 > |x|.
            return Some(s.cmp(&xs).then(s.cmp(&0)));
        }
        let xi = x.trunc();
        let xi_int = Int::from_f64(xi).ok()?;
        Some(self.cmp(&xi_int).then(if x > xi {
            Ordering::Less
        } else if x < xi {
            Ordering::Greater
        } else {
            Ordering::Equal
        }))
    }

    /// `(m, e)` with `self ≈ m * 2**e`, `0.5 <= |m| < 1` (CPython's `_PyLong_Frexp`,
    /// used by `math.log` on ints too big for a float). `m` is rounded half to even to
    /// 53 bits; `self == 0` gives `(0.0, 0)`.
    pub fn frexp(&self) -> (f64, u64) {
        if self.is_zero() {
            return (0.0, 0);
        }
        let mag = self.magnitude();
        let (m, e) = big_to_f64_parts(&mag);
        let (fm, fe) = frexp(m);
        let fm = if self.is_negative() { -fm } else { fm };
        (fm, (e as i64 + fe as i64) as u64)
    }
}

/// Splits a magnitude into `(m, e)` with `mag ≈ m * 2**e`, `m` an f64 holding the
/// top 64 bits with a sticky bit, so that `ldexp(m, e)` is correctly rounded.
fn big_to_f64_parts(mag: &BigUint) -> (f64, u64) {
    let bits = mag.bits();
    if bits <= 64 {
        return (mag.to_u64().unwrap_or(0) as f64, 0);
    }
    let shift = bits - 64;
    let top = (mag >> shift).to_u64().unwrap_or(0);
    let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift) as u64;
    // Bit 0 of `top` is far below the 53 kept bits, so or-ing the sticky bit into it
    // makes the u64 -> f64 rounding see "more than half" exactly when it should.
    ((top | sticky) as f64, shift)
}

/// `a / b` for `a, b > 0`, correctly rounded; `OverflowError` if it overflows.
pub(crate) fn ratio_to_f64(a: &BigUint, b: &BigUint) -> Result<f64, NumError> {
    let too_large = || overflow("integer division result too large for a float");
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > MAX_EXP {
        return Err(too_large());
    }
    if diff < MIN_EXP - MANT_DIG - 1 {
        return Ok(0.0);
    }
    // x = floor(a / b / 2**shift), with 55 or 56 significant bits (2 or 3 extra).
    let shift = diff.max(MIN_EXP) - MANT_DIG - 2;
    let mut inexact = false;
    let num = if shift <= 0 {
        a << (-shift) as u64
    } else {
        inexact = a.trailing_zeros().is_some_and(|tz| tz < shift as u64);
        a >> shift as u64
    };
    let (q, r) = num_integer::Integer::div_rem(&num, b);
    inexact |= !r.is_zero();
    let x = q.to_u64().unwrap_or(0);
    let x_bits = 64 - x.leading_zeros() as i64;
    // Round away the extra bits, half to even (an inexact division counts as "more").
    let extra_bits = x_bits.max(MIN_EXP - shift) - MANT_DIG;
    let mask = 1u64 << (extra_bits - 1);
    let mut low = x | inexact as u64;
    if low & mask != 0 && low & (3 * mask - 1) != 0 {
        low += mask;
    }
    let x = low & !(2 * mask - 1);
    let dx = x as f64;
    if shift + x_bits >= MAX_EXP && (shift + x_bits > MAX_EXP || dx == ldexp(1.0, x_bits)) {
        return Err(too_large());
    }
    Ok(ldexp(dx, shift))
}
