//! `float` operators whose Python semantics differ from IEEE/C: `/`, `//`, `%`, `divmod`,
//! `**`, and the conversions `is_integer`, `as_integer_ratio`, `__trunc__`, `__floor__`,
//! `__ceil__`, `__round__`.
//!
//! `+ - *` and comparisons are plain IEEE operations and have no function here.

use super::complex::Complex;
use super::int::Int;
use super::int_float::frexp;
use super::{overflow, value_error, zero_div, ExcKind, NumError};

/// Result of `float ** float`: a negative base with a non-integral exponent makes a complex.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PowResult {
    Float(f64),
    Complex(Complex),
}

/// `a / b`.
pub fn div(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(zero_div("float division by zero"));
    }
    Ok(a / b)
}

/// `a % b`: the result has the sign of `b`.
pub fn modulo(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(zero_div("float modulo"));
    }
    Ok(mod_nonzero(a, b))
}

fn mod_nonzero(a: f64, b: f64) -> f64 {
    let m = a % b; // C fmod
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        // fmod's zero sign varies across platforms; Python gives the divisor's sign.
        0.0f64.copysign(b)
    }
}

/// `a // b`.
pub fn floor_div(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(zero_div("float floor division by zero"));
    }
    Ok(div_mod_nonzero(a, b).0)
}

/// `divmod(a, b)`.
pub fn div_mod(a: f64, b: f64) -> Result<(f64, f64), NumError> {
    if b == 0.0 {
        return Err(zero_div("float divmod()"));
    }
    Ok(div_mod_nonzero(a, b))
}

/// CPython's `_float_div_mod`.
fn div_mod_nonzero(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    // vx - m is mathematically a multiple of wx, but the subtraction may round.
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        // Snap the quotient to the nearest integral value.
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` (and `pow(a, b)`), CPython's `float_pow`.
pub fn pow(iv: f64, iw: f64) -> Result<PowResult, NumError> {
    use PowResult::Float;
    if iw == 0.0 {
        return Ok(Float(1.0)); // v**0 is 1, even 0**0 and nan**0
    }
    if iv.is_nan() {
        return Ok(Float(iv));
    }
    if iw.is_nan() {
        return Ok(Float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(Float(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(Float(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(zero_div("0.0 cannot be raised to a negative power"));
        }
        return Ok(Float(if is_odd_integer(iw) { iv } else { 0.0 }));
    }
    let mut iv = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            // A negative number to a fractional power is complex.
            return Ok(PowResult::Complex(
                Complex::new(iv, 0.0).pow(Complex::new(iw, 0.0))?,
            ));
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(Float(if negate { -1.0 } else { 1.0 }));
    }
    let ix = super::libm::pow(iv, iw);
    if ix.is_infinite() {
        return Err(erange());
    }
    Ok(Float(if negate { -ix } else { ix }))
}

/// The `OverflowError` CPython raises from `errno == ERANGE`: `str()` of an
/// `OverflowError(34, 'Numerical result out of range')`.
pub(crate) fn erange() -> NumError {
    NumError::Exc(
        ExcKind::OverflowError,
        "(34, 'Numerical result out of range')".into(),
    )
}

/// `float.is_integer()`.
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x.floor() == x
}

/// `float.as_integer_ratio()`: the reduced fraction equal to `x`.
pub fn as_integer_ratio(x: f64) -> Result<(Int, Int), NumError> {
    if x.is_infinite() {
        return Err(overflow("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok((Int::ZERO, Int::ONE));
    }
    let (m, e) = split(x);
    // m is odd: the fraction m * 2**e is already in lowest terms.
    let m = Int::Small(m);
    Ok(if e >= 0 {
        (m.shl(&Int::Small(e))?, Int::ONE)
    } else {
        (m, Int::ONE.shl(&Int::Small(-e))?)
    })
}

/// `x == m * 2**e` with `m` odd, for finite nonzero `x`.
fn split(x: f64) -> (i64, i64) {
    let (fm, fe) = frexp(x);
    let m = (fm * (1u64 << 53) as f64) as i64; // exact: 53-bit integer
    let tz = m.trailing_zeros() as i64;
    (m >> tz, fe as i64 - 53 + tz)
}

/// `float.__trunc__()` / `int(x)` / `math.trunc(x)`.
pub fn trunc(x: f64) -> Result<Int, NumError> {
    Int::from_f64(x)
}

/// `float.__floor__()` / `math.floor(x)`.
pub fn floor(x: f64) -> Result<Int, NumError> {
    Int::from_f64(x.floor())
}

/// `float.__ceil__()` / `math.ceil(x)`.
pub fn ceil(x: f64) -> Result<Int, NumError> {
    Int::from_f64(x.ceil())
}

/// `round(x)`: the nearest int, ties to even.
pub fn round_to_int(x: f64) -> Result<Int, NumError> {
    Int::from_f64(x.round_ties_even())
}

/// `round(x, ndigits)`: the float nearest to `x` rounded to `ndigits` decimal places
/// (half to even on the exact binary value, as CPython's dtoa-based `double_round`).
/// `ndigits` is clipped to `i64` by the caller, like CPython's `Py_ssize_t`.
pub fn round(x: f64, ndigits: i64) -> Result<f64, NumError> {
    if !x.is_finite() || ndigits > 323 || x == 0.0 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let (m, e) = split(x);
    let m = Int::Small(m.abs());
    let pow10 = Int::Small(10).pow_nonneg(&Int::Small(ndigits.abs()))?;
    let two_e = Int::ONE.shl(&Int::Small(e.abs()))?;
    // |x| * 10**ndigits == num / den exactly.
    let (mut num, mut den) = if e >= 0 {
        (m.mul(&two_e), Int::ONE)
    } else {
        (m, two_e)
    };
    if ndigits >= 0 {
        num = num.mul(&pow10);
    } else {
        den = den.mul(&pow10);
    }
    let (n, _) = num.div_mod_near(&den)?;
    let r = if ndigits >= 0 {
        n.true_div(&pow10)?
    } else {
        n.mul(&pow10)
            .to_f64()
            .map_err(|_| overflow("rounded value too large to represent"))?
    };
    Ok(r.copysign(x))
}
