//! Numeric kernels of the `math` module that are more than a libm call, ported from
//! CPython 3.11's `mathmodule.c`: error conventions ([`math1`], [`math2`]), `fsum`,
//! `hypot`/`dist`, `log` of huge ints, `isclose`, `pow`, `ldexp`, `frexp`, `modf`, `fmod`,
//! `remainder`, `atan2`, `nextafter`, `ulp`, `gamma`, `lgamma`, and the integer functions
//! `factorial`, `comb`, `perm`, `gcd`, `lcm`, `isqrt`.
//!
//! Plain libm functions (`sin`, `exp`, `sqrt`…) are Rust's `f64` methods wrapped in
//! [`math1`] with CPython's `can_overflow` flag. Caveat: Rust implements `asinh`, `acosh`
//! and `atanh` itself rather than calling libm, so they can differ from CPython by an ulp.

use super::int::{Int, MAX_BITS};
use super::libm;
use super::int_float::{frexp as frexp_f64, ldexp as ldexp_f64};
use super::{memory_error, overflow, value_error, NumError};

const DOMAIN: NumError = value_error("math domain error");
const RANGE: NumError = overflow("math range error");

/// A one-argument libm function with CPython's `math_1` error rules: a NaN from a
/// non-NaN is a domain error; an infinity from a finite argument is a range error if
/// `can_overflow` (exp, cosh, sinh, expm1, exp2), else a domain error (a singularity).
pub fn math1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> Result<f64, NumError> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(DOMAIN);
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { RANGE } else { DOMAIN });
    }
    Ok(r)
}

/// A two-argument function with CPython's `math_2` rules (atan2, copysign, remainder…).
pub fn math2(x: f64, y: f64, f: fn(f64, f64) -> f64) -> Result<f64, NumError> {
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(DOMAIN);
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(RANGE);
    }
    Ok(r)
}

/// `math.log1p` (keeps the sign of a zero).
pub fn log1p(x: f64) -> Result<f64, NumError> {
    math1(x, |x| if x == 0.0 { x } else { libm::log1p(x) }, false)
}

/// `math.atan2(y, x)` with C99 special values on every platform.
pub fn atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            let q = if x.is_sign_positive() { 0.25 } else { 0.75 };
            return (q * PI).copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    libm::atan2(y, x)
}

/// `math.remainder(x, y)`: IEEE 754 remainder (the multiple of `y` nearest to `x`,
/// ties to even). NaN for `y == 0` or infinite `x`; wrap in [`math2`] for the errors.
pub fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Exactly halfway: choose the even multiple.
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// Which logarithm `math.log`/`log2`/`log10` computes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogKind {
    Ln,
    Log2,
    Log10,
}

fn raw_log(x: f64, kind: LogKind) -> f64 {
    match kind {
        LogKind::Ln => libm::log(x),
        LogKind::Log2 => libm::log2(x),
        LogKind::Log10 => libm::log10(x),
    }
}

/// `math.log(x)` (etc.) for a float argument.
pub fn log_f64(x: f64, kind: LogKind) -> Result<f64, NumError> {
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(DOMAIN);
    }
    Ok(raw_log(x, kind))
}

/// `math.log(x)` (etc.) for an int argument of any size. `math.log(x, base)` is
/// `float::div(log(x), log(base))`.
pub fn log_int(x: &Int, kind: LogKind) -> Result<f64, NumError> {
    if x.signum() <= 0 {
        return Err(DOMAIN);
    }
    match x.to_f64() {
        Ok(f) => Ok(raw_log(f, kind)),
        Err(_) => {
            // Too big for a float: x ~= m * 2**e.
            let (m, e) = x.frexp();
            Ok(raw_log(m, kind) + raw_log(2.0, kind) * e as f64)
        }
    }
}

/// `math.fsum`: an exactly rounded sum (Shewchuk / Hettinger's `msum`, as CPython).
/// Feed the items with [`Fsum::add`], then call [`Fsum::finish`].
#[derive(Clone, Debug, Default)]
pub struct Fsum {
    partials: Vec<f64>,
    special_sum: f64,
    inf_sum: f64,
}

impl Fsum {
    pub fn new() -> Fsum {
        Fsum::default()
    }

    pub fn add(&mut self, x: f64) -> Result<(), NumError> {
        let xsave = x;
        let mut x = x;
        let mut i = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        self.partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // From a NaN or infinite summand, or from intermediate overflow.
                if xsave.is_finite() {
                    return Err(overflow("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    self.inf_sum += xsave;
                }
                self.special_sum += xsave;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    pub fn finish(&self) -> Result<f64, NumError> {
        if self.special_sum != 0.0 {
            if self.inf_sum.is_nan() {
                return Err(value_error("-inf + inf in fsum"));
            }
            return Ok(self.special_sum);
        }
        let p = &self.partials;
        let mut n = p.len();
        let mut hi = 0.0;
        if n > 0 {
            n -= 1;
            hi = p[n];
            let mut lo = 0.0;
            // Sum from the top, stopping when the sum becomes inexact.
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = p[n];
                hi = x + y;
                lo = y - (hi - x);
                if lo != 0.0 {
                    break;
                }
            }
            // Round half to even across several partials.
            if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
                let y = lo * 2.0;
                let x = hi + y;
                if y == x - hi {
                    hi = x;
                }
            }
        }
        Ok(hi)
    }
}

/// `math.isclose(a, b, rel_tol=, abs_tol=)`.
pub fn isclose(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> Result<bool, NumError> {
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(true);
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(false);
    }
    let diff = (b - a).abs();
    Ok(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol)
}

/// `math.hypot(*coordinates)`.
pub fn hypot(coordinates: &[f64]) -> f64 {
    let abs: Vec<f64> = coordinates.iter().map(|x| x.abs()).collect();
    vector_norm(&abs)
}

/// `math.dist(p, q)`.
pub fn dist(p: &[f64], q: &[f64]) -> Result<f64, NumError> {
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let diffs: Vec<f64> = p.iter().zip(q).map(|(a, b)| (a - b).abs()).collect();
    Ok(vector_norm(&diffs))
}

/// CPython's accurate `vector_norm` over non-negative values: scaling by a power of two,
/// Veltkamp-Dekker squaring, Neumaier summation and a square-root correction.
fn vector_norm(vec: &[f64]) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1
    let mut max = 0.0f64;
    let mut found_nan = false;
    for &x in vec {
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
    }
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    let (_, max_e) = frexp_f64(max);
    if max_e < -1023 {
        // ldexp(1.0, -max_e) would overflow: divide by max instead.
        for &v in vec {
            let x = v / max;
            let x = x * x;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
        }
        return max * (csum - 1.0 + frac1).sqrt();
    }
    let scale = ldexp_f64(1.0, -max_e as i64);
    let split = |x: f64| {
        let t = x * T27;
        let hi = t - (t - x);
        (hi, x - hi)
    };
    for &v in vec {
        let (hi, lo) = split(v * scale);
        let x = hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = 2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    // Differential correction: subtract h**2 exactly from the accumulated sum.
    let (hi, lo) = split(h);
    let x = -hi * hi;
    let old = csum;
    csum += x;
    frac1 += (old - csum) + x;
    let x = -2.0 * hi * lo;
    let old = csum;
    csum += x;
    frac2 += (old - csum) + x;
    let x = -lo * lo;
    let old = csum;
    csum += x;
    frac3 += (old - csum) + x;
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// `math.pow(x, y)`: unlike `**`, errors instead of complex results.
pub fn pow(x: f64, y: f64) -> Result<f64, NumError> {
    if !x.is_finite() || !y.is_finite() {
        return Ok(if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    let r = super::libm::pow(x, y);
    if r.is_nan() {
        return Err(DOMAIN);
    }
    if r.is_infinite() {
        // 0.0 ** negative is a divide-by-zero, anything else overflowed.
        return Err(if x == 0.0 { DOMAIN } else { RANGE });
    }
    Ok(r)
}

/// `math.frexp(x)`.
pub fn frexp(x: f64) -> (f64, i32) {
    frexp_f64(x)
}

/// `math.ldexp(x, i)`.
pub fn ldexp(x: f64, i: &Int) -> Result<f64, NumError> {
    let e = match i {
        Int::Small(e) => *e,
        Int::Big(_) if i.is_negative() => i64::MIN,
        Int::Big(_) => i64::MAX,
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    if e > i32::MAX as i64 {
        return Err(RANGE);
    }
    if e < i32::MIN as i64 {
        return Ok(0.0f64.copysign(x));
    }
    let r = ldexp_f64(x, e);
    if r.is_infinite() {
        return Err(RANGE);
    }
    Ok(r)
}

/// `math.modf(x)`: `(fractional part, integer part)`, both with the sign of `x`.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let int_part = x.trunc();
    ((x - int_part).copysign(x), int_part)
}

/// `math.fmod(x, y)`: C's fmod, the result has the sign of `x`.
pub fn fmod(x: f64, y: f64) -> Result<f64, NumError> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(DOMAIN);
    }
    Ok(r)
}

/// `math.nextafter(x, y)`.
pub fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() {
        x
    } else if y.is_nan() || x == y {
        y
    } else if y > x {
        x.next_up()
    } else {
        x.next_down()
    }
}

/// `math.ulp(x)`.
pub fn ulp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let x = x.abs();
    if x.is_infinite() {
        return x;
    }
    let x2 = x.next_up();
    if x2.is_infinite() {
        // x is the largest finite float.
        return x - x.next_down();
    }
    x2 - x
}

/// `math.degrees(x)`.
pub fn degrees(x: f64) -> f64 {
    x * (180.0 / std::f64::consts::PI)
}

/// `math.radians(x)`.
pub fn radians(x: f64) -> f64 {
    x * (std::f64::consts::PI / 180.0)
}

/// Maps a C `errno` result (EDOM/ERANGE) to CPython's `is_error`.
fn errno_result(r: f64, edom: bool, erange_flag: bool) -> Result<f64, NumError> {
    if edom {
        return Err(DOMAIN);
    }
    if erange_flag && r.abs() >= 1.5 {
        return Err(RANGE);
    }
    Ok(r)
}

// The Lanczos constants are CPython's text, digits beyond f64 precision included.
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024680040776729583740234375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524680040776729583740234375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const PI: f64 = std::f64::consts::PI;
#[allow(clippy::excessive_precision)]
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi * x), accurate near integers (for the reflection formula).
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        _ => libm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

/// `math.gamma(x)` (CPython's own Lanczos implementation, not libm's `tgamma`).
pub fn gamma(x: f64) -> Result<f64, NumError> {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(DOMAIN);
    }
    if x == 0.0 {
        return Err(DOMAIN);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(DOMAIN);
        }
        if x <= 23.0 {
            // (x-1)!, correctly rounded like CPython's table.
            return product_range(&Int::ONE, x as u64 - 1).to_f64();
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return errno_result(r, false, r.is_infinite());
    }
    if absx > 200.0 {
        if x < 0.0 {
            return Ok(0.0 / sinpi(x));
        }
        return errno_result(f64::INFINITY, false, true);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    errno_result(r, false, r.is_infinite())
}

/// `math.lgamma(x)` (CPython's own implementation).
pub fn lgamma(x: f64) -> Result<f64, NumError> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return Err(DOMAIN);
        }
        return Ok(0.0);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-libm::log(absx));
    }
    let mut r = libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOGPI - libm::log(sinpi(absx).abs()) - libm::log(absx) - r;
    }
    errno_result(r, false, r.is_infinite())
}

/// `math.factorial(n)`.
pub fn factorial(n: &Int) -> Result<Int, NumError> {
    let n = match n {
        Int::Small(n) if *n >= 0 => *n as u64,
        Int::Big(_) if !n.is_negative() => {
            return Err(overflow(
                "factorial() argument should not exceed 9223372036854775807",
            ))
        }
        _ => return Err(value_error("factorial() not defined for negative values")),
    };
    // log2(n!) >= n * (log2(n) - 1.45)
    if n > 2 && (n as f64) * (libm::log2(n as f64) - 1.45) > MAX_BITS as f64 {
        return Err(memory_error());
    }
    Ok(product_range(&Int::ONE, n))
}

/// `lo * (lo+1) * ... * (lo+count-1)`, by binary splitting.
fn product_range(lo: &Int, count: u64) -> Int {
    if count <= 16 {
        let mut r = Int::ONE;
        let mut k = lo.clone();
        for _ in 0..count {
            r = r.mul(&k);
            k = k.add(&Int::ONE);
        }
        return r;
    }
    let half = count / 2;
    let mid = lo.add(&Int::from(half));
    product_range(lo, half).mul(&product_range(&mid, count - half))
}

fn check_perm_comb_args(n: &Int, k: &Int) -> Result<(), NumError> {
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    Ok(())
}

/// Refuses products whose result would exceed [`MAX_BITS`] (about `k * log2(n)` bits).
fn check_product_size(n: &Int, k: u64) -> Result<(), NumError> {
    if k > 1 && (k as f64) * (n.bit_length() as f64 - 1.0) > MAX_BITS as f64 * 1.5 {
        return Err(memory_error());
    }
    Ok(())
}

/// `math.perm(n, k)`; `k = None` is `factorial(n)`.
pub fn perm(n: &Int, k: Option<&Int>) -> Result<Int, NumError> {
    let Some(k) = k else {
        return factorial(n);
    };
    check_perm_comb_args(n, k)?;
    if n < k {
        return Ok(Int::ZERO);
    }
    let Some(k) = k.as_i64() else {
        return Err(overflow("k must not exceed 9223372036854775807"));
    };
    let k = k as u64;
    check_product_size(n, k)?;
    // n*(n-1)*...*(n-k+1)
    let lo = n.sub(&Int::from(k)).add(&Int::ONE);
    Ok(product_range(&lo, k))
}

/// `math.comb(n, k)`.
pub fn comb(n: &Int, k: &Int) -> Result<Int, NumError> {
    check_perm_comb_args(n, k)?;
    let n_minus_k = n.sub(k);
    if n_minus_k.is_negative() {
        return Ok(Int::ZERO);
    }
    let k = if n_minus_k < *k { &n_minus_k } else { k };
    let Some(k) = k.as_i64() else {
        return Err(overflow(
            "min(n - k, k) must not exceed 9223372036854775807",
        ));
    };
    let k = k as u64;
    check_product_size(n, k)?;
    let lo = n.sub(&Int::from(k)).add(&Int::ONE);
    let num = product_range(&lo, k);
    // The product of k consecutive integers is divisible by k!.
    num.floor_div(&product_range(&Int::ONE, k))
}

/// `math.gcd(*integers)`.
pub fn gcd(args: &[Int]) -> Int {
    args.iter().fold(Int::ZERO, |g, x| g.gcd(x))
}

/// `math.lcm(*integers)`.
pub fn lcm(args: &[Int]) -> Int {
    match args {
        [] => Int::ONE,
        [first, rest @ ..] => rest.iter().fold(first.abs(), |l, x| l.lcm(x)),
    }
}

/// `math.isqrt(n)`.
pub fn isqrt(n: &Int) -> Result<Int, NumError> {
    n.isqrt()
}
