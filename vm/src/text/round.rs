//! Float rounding and the exact float ↔ int conversions: `round(x)`, `round(x, n)`
//! (`double_round` in floatobject.c: round half to even on the exact binary value, via the
//! correctly rounded decimal string), `float.as_integer_ratio`, `int(x)`, `float(i)`.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use super::dtoa::Digits;
use super::parse::decimal_to_f64;
use super::spec::IntValue;
use super::FormatError;

/// `round(x)` before the conversion to int: nearest integer, ties to even. The VM then
/// converts with [`float_to_bigint`] (which raises for inf and nan).
pub fn round_half_even(x: f64) -> f64 {
    x.round_ties_even()
}

/// `round(x, ndigits)` for a float (`ndigits` clipped to the machine range by the VM, as
/// `PyNumber_AsSsize_t(ndigits, NULL)` does). NaN and infinities round to themselves.
pub fn float_round(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    // Beyond these, x always rounds to itself or to ±0 (0.30103 > log10(2)).
    const NDIGITS_MAX: i64 = 323; // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
    const NDIGITS_MIN: i64 = -308; // -(DBL_MAX_EXP + 1) * 0.30103
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    // dtoa mode 3 (also for negative ndigits), then back through the correctly rounded parser.
    let d = Digits::fixed(x, ndigits);
    let magnitude = decimal_to_f64(&d.digits, d.decpt as i64 - d.digits.len() as i64);
    let rounded = if x.is_sign_negative() {
        -magnitude
    } else {
        magnitude
    };
    if rounded.is_infinite() {
        return Err(FormatError::overflow(
            "rounded value too large to represent",
        ));
    }
    Ok(rounded)
}

/// `x.as_integer_ratio()`: the exact value as a fraction in lowest terms, positive denominator.
pub fn float_as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), FormatError> {
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(FormatError::value("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok((BigInt::from(0), BigInt::from(1)));
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, biased - 1075)
    };
    if e < 0 {
        let shift = (m.trailing_zeros() as i64).min(-e);
        m >>= shift;
        e += shift;
    }
    let mut num = BigInt::from(m);
    let mut den = BigInt::from(1);
    if e >= 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    if x < 0.0 {
        num = -num;
    }
    Ok((num, den))
}

/// `int(x)` for a float: truncation toward zero, exact.
pub fn float_to_bigint(x: f64) -> Result<BigInt, FormatError> {
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    Ok(BigInt::from_f64(x.trunc()).unwrap_or_default())
}

/// `float(i)` for an int: correctly rounded (ties to even), or CPython's OverflowError.
pub fn int_to_f64(v: IntValue<'_>) -> Result<f64, FormatError> {
    let f = match v {
        IntValue::Small(i) => i as f64,
        IntValue::Big(b) => b.to_f64().unwrap_or(f64::INFINITY),
    };
    if f.is_infinite() {
        return Err(FormatError::overflow("int too large to convert to float"));
    }
    Ok(f)
}
