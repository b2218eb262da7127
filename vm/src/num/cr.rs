//! Correctly rounded `exp`, `exp2`, `log`, `log2`, `pow`, `sin`, `cos`, `tan`, `atan`,
//! `atan2`, `asin`, `acos` and `hypot`, for wasm32 (see [`super::libm`], which routes every
//! VM call site here on wasm32 and to the platform's libm natively).
//!
//! glibc's versions of these are correctly rounded but for results within ~2⁻¹⁰ ulp of a
//! rounding midpoint (about 1 input in 1000), while Rust's wasm32 libm (a port of musl/fdlibm)
//! is only faithful. So these compute each result in double-double arithmetic (`hi + lo`,
//! ~2⁻⁹⁰ relative error or better) and round once; they then differ from glibc only where
//! glibc itself is off.
//!
//! The arithmetic is plain `f64` (no fused multiply-add: wasm has none), so the code gives the
//! same bits natively, where the tests in `num::tests::libm_glibc` compare it with glibc.
//!
//! Methods: `exp` reduces `x = (32m + j)·ln2/32 + r` (|r| ≤ ln2/64), with a 32-entry
//! double-double table of 2^(j/32) and a degree-11 polynomial. `log` refines the platform's
//! `log` of the mantissa by one Newton step through that `exp` (accurate to the square of
//! the platform's error; near 1 a series). `sin`/`cos` reduce by π/2 in four pieces below
//! 2²³ and by Payne and Hanek's method (1216 bits of 2/π) above, evaluate at r/32 by Taylor
//! series and double the angle five times.
//! `atan2`, `asin` and `acos` correct the platform's result by one exact step through that
//! `sin`/`cos`.

// Constants are written as bits or with every digit of the double they stand for.
#![allow(clippy::excessive_precision, clippy::unreadable_literal)]

/// `hi + lo` with `|lo| <= ulp(hi) / 2`.
#[derive(Clone, Copy, Debug)]
pub struct Dd(pub f64, pub f64);

/// `a + b` exactly.
#[inline]
fn two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    let bb = s - a;
    Dd(s, (a - (s - bb)) + (b - bb))
}

/// `a + b` exactly, for `|a| >= |b|` (or `a` zero).
#[inline]
fn fast_two_sum(a: f64, b: f64) -> Dd {
    let s = a + b;
    Dd(s, b - (s - a))
}

/// `a * b` exactly (Dekker's product with Veltkamp's splitting; |a|, |b| < 2⁹⁹⁵).
#[inline]
pub fn two_prod(a: f64, b: f64) -> Dd {
    #[inline]
    fn split(a: f64) -> (f64, f64) {
        let c = 134_217_729.0 * a; // 2^27 + 1
        let hi = c - (c - a);
        (hi, a - hi)
    }
    let p = a * b;
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    Dd(p, ((ah * bh - p) + ah * bl + al * bh) + al * bl)
}

impl Dd {
    #[inline]
    pub fn plus(self, b: Dd) -> Dd {
        let s = two_sum(self.0, b.0);
        fast_two_sum(s.0, s.1 + (self.1 + b.1))
    }

    #[inline]
    fn add_f(self, b: f64) -> Dd {
        let s = two_sum(self.0, b);
        fast_two_sum(s.0, s.1 + self.1)
    }

    #[inline]
    fn neg(self) -> Dd {
        Dd(-self.0, -self.1)
    }

    #[inline]
    fn minus(self, b: Dd) -> Dd {
        self.plus(b.neg())
    }

    #[inline]
    pub fn times(self, b: Dd) -> Dd {
        let p = two_prod(self.0, b.0);
        fast_two_sum(p.0, p.1 + (self.0 * b.1 + self.1 * b.0))
    }

    #[inline]
    fn mul_f(self, b: f64) -> Dd {
        let p = two_prod(self.0, b);
        fast_two_sum(p.0, p.1 + self.1 * b)
    }

    /// Multiplication by a power of two (exact while nothing underflows).
    #[inline]
    fn scale(self, s: f64) -> Dd {
        Dd(self.0 * s, self.1 * s)
    }

    fn div(self, b: Dd) -> Dd {
        let q = self.0 / b.0;
        let r = self.minus(b.mul_f(q));
        fast_two_sum(q, r.0 / b.0)
    }
}

fn d(hi: u64, lo: u64) -> Dd {
    Dd(f64::from_bits(hi), f64::from_bits(lo))
}

/// `2^e` for -1074 <= e <= 1023.
fn pow2(e: i32) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// The exponent `e` of finite nonzero `x` (`2^e <= |x| < 2^(e+1)`), subnormals included.
fn exponent(x: f64) -> i32 {
    let e = ((x.to_bits() >> 52) & 0x7ff) as i32;
    if e == 0 {
        exponent(x * pow2(64)) - 64
    } else {
        e - 1023
    }
}

/// `(v.0 + v.1) · 2^m` rounded once, for positive `v` with `0.5 <= v.0 < 4`: overflow gives
/// infinity, and results in the subnormal range are rounded at its granularity (not first to
/// 53 bits and then again).
fn finish(v: Dd, m: i32) -> f64 {
    if m > -1022 {
        return if m > 1000 {
            v.0 * pow2(m - 1000) * pow2(1000)
        } else {
            v.0 * pow2(m)
        };
    }
    if m < -1074 - 60 {
        return 0.0;
    }
    // Count in units of the smallest subnormal, 2^-1074.
    let s = pow2(1074 + m);
    let a = v.0 * s;
    if a >= 4_503_599_627_370_496.0 {
        return v.0 * pow2(m);
    }
    let b = v.1 * s;
    let shift = 4_503_599_627_370_496.0; // 2^52: adding it rounds `a` to an integer (ties even)
    let mut n = (a + shift) - shift;
    let rem = (a - n) + b;
    if rem > 0.5 || (rem == 0.5 && n % 2.0 == 1.0) {
        n += 1.0;
    } else if rem < -0.5 || (rem == -0.5 && n % 2.0 == 1.0) {
        n -= 1.0;
    }
    f64::from_bits(n as u64)
}

/// 2^(j/32), j = 0..32, as double-doubles (bits).
const EXP_TABLE: [(u64, u64); 32] = [
    (0x3ff0000000000000, 0x0000000000000000),
    (0x3ff059b0d3158574, 0x3c8d73e2a475b465),
    (0x3ff0b5586cf9890f, 0x3c98a62e4adc610b),
    (0x3ff11301d0125b51, 0xbc96c51039449b3a),
    (0x3ff172b83c7d517b, 0xbc819041b9d78a76),
    (0x3ff1d4873168b9aa, 0x3c9e016e00a2643c),
    (0x3ff2387a6e756238, 0x3c99b07eb6c70573),
    (0x3ff29e9df51fdee1, 0x3c8612e8afad1255),
    (0x3ff306fe0a31b715, 0x3c86f46ad23182e4),
    (0x3ff371a7373aa9cb, 0xbc963aeabf42eae2),
    (0x3ff3dea64c123422, 0x3c8ada0911f09ebc),
    (0x3ff44e086061892d, 0x3c489b7a04ef80d0),
    (0x3ff4bfdad5362a27, 0x3c7d4397afec42e2),
    (0x3ff5342b569d4f82, 0xbc807abe1db13cad),
    (0x3ff5ab07dd485429, 0x3c96324c054647ad),
    (0x3ff6247eb03a5585, 0xbc9383c17e40b497),
    (0x3ff6a09e667f3bcd, 0xbc9bdd3413b26456),
    (0x3ff71f75e8ec5f74, 0xbc816e4786887a99),
    (0x3ff7a11473eb0187, 0xbc841577ee04992f),
    (0x3ff82589994cce13, 0xbc9d4c1dd41532d8),
    (0x3ff8ace5422aa0db, 0x3c96e9f156864b27),
    (0x3ff93737b0cdc5e5, 0xbc675fc781b57ebc),
    (0x3ff9c49182a3f090, 0x3c7c7c46b071f2be),
    (0x3ffa5503b23e255d, 0xbc9d2f6edb8d41e1),
    (0x3ffae89f995ad3ad, 0x3c97a1cd345dcc81),
    (0x3ffb7f76f2fb5e47, 0xbc75584f7e54ac3b),
    (0x3ffc199bdd85529c, 0x3c811065895048dd),
    (0x3ffcb720dcef9069, 0x3c7503cbd1e949db),
    (0x3ffd5818dcfba487, 0x3c82ed02d75b3707),
    (0x3ffdfc97337b9b5f, 0xbc91a5cd4f184b5c),
    (0x3ffea4afa2a490da, 0xbc9e9c23179c2893),
    (0x3fff50765b6e4540, 0x3c99d3e12dd8a18b),
];

/// ln2/32 in three pieces, the first two of 37 bits (so `k · piece` is exact for |k| < 2^16).
const LN2_32: [u64; 3] = [0x3f962e42fefa0000, 0x3d2cf79abc9e0000, 0x3abd9cc01f97b57a];
/// ln2 in three pieces, the first two of 42 bits (exact times an exponent).
const LN2_3: [u64; 3] = [0x3fe62e42fefa3800, 0x3d2ef35793c76000, 0x3a8cc01f97b57a08];
const LN2: (u64, u64) = (0x3fe62e42fefa39ef, 0x3c7abc9e3b39803f);
const INV_LN2: (u64, u64) = (0x3ff71547652b82fe, 0x3c7777d0ffda0d24);
const PIO2: (u64, u64) = (0x3ff921fb54442d18, 0x3c91a62633145c07);
const SIXTH: (u64, u64) = (0x3fc5555555555555, 0x3c65555555555555);
const TWENTYFOURTH: (u64, u64) = (0x3fa5555555555555, 0x3c45555555555555);

/// `e^r - 1` for |r| <= 0.0109 (Taylor to degree 11; relative error below 2⁻⁹⁰).
fn expm1_small(r: Dd) -> Dd {
    let x = r.0;
    let p = 1.0 / 120.0
        + x * (1.0 / 720.0
            + x * (1.0 / 5040.0
                + x * (1.0 / 40320.0
                    + x * (1.0 / 362880.0 + x * (1.0 / 3628800.0 + x / 39916800.0)))));
    let c = d(TWENTYFOURTH.0, TWENTYFOURTH.1).add_f(x * p);
    let c = d(SIXTH.0, SIXTH.1).plus(r.times(c));
    let c = Dd(0.5, 0.0).plus(r.times(c));
    r.plus(r.times(r.times(c)))
}

/// `e^x` as `v · 2^m` with 0.98 < v < 2, for |x| < 1100.
fn exp_parts(x: Dd) -> (Dd, i32) {
    let kf = (x.0 * 46.16624130844683).round();
    let [l1, l2, l3] = LN2_32.map(f64::from_bits);
    let r = two_sum(x.0 - kf * l1, -kf * l2).add_f(x.1 - kf * l3);
    let k = kf as i32;
    let (hi, lo) = EXP_TABLE[(k & 31) as usize];
    let t = d(hi, lo);
    (t.plus(t.times(expm1_small(r))), k >> 5)
}

/// `e^x` for |x| < 690 when a plain-`f64` evaluation (error below 2^-62 relative, one exact
/// product) settles the rounding, as it does but for ~1 input in 250 (Ziv's strategy: the
/// double-double path then decides). About 4 times cheaper than [`exp_parts`].
fn exp_fast(x: Dd) -> Option<f64> {
    if x.0.is_nan() || x.0.abs() >= 690.0 {
        return None;
    }
    let (s, l, m) = exp_fast_parts(x);
    const BOUND: f64 = 4.336808689942018e-19; // 2^-61, with |s| < 2.03: twice the error
    let a = s + (l + BOUND);
    if a != s + (l - BOUND) {
        return None;
    }
    Some(a * pow2(m))
}

/// `e^x` for |x| < 690 as `(s + l)·2^m`, with an absolute error in `s + l` (< 2.03) below
/// 2^-62: the evaluation [`exp_fast`] tests.
fn exp_fast_parts(x: Dd) -> (f64, f64, i32) {
    let kf = (x.0 * 46.16624130844683).round();
    let [l1, l2, l3] = LN2_32.map(f64::from_bits);
    let r = two_sum(x.0 - kf * l1, -kf * l2);
    let Dd(r, rr) = fast_two_sum(r.0, r.1 + (x.1 - kf * l3)); // |rr| <= 2^-60
    let k = kf as i32;
    let (th, tl) = EXP_TABLE[(k & 31) as usize];
    let (th, tl) = (f64::from_bits(th), f64::from_bits(tl));
    // e^(r+rr) - 1 = r + [rr + r²·(1/2 + r/6 + … + r^6/8!)], truncation below 2^-76.
    let p = 0.5
        + r * (1.0 / 6.0
            + r * (1.0 / 24.0
                + r * (1.0 / 120.0 + r * (1.0 / 720.0 + r * (1.0 / 5040.0 + r / 40320.0)))));
    let small = rr + (r * r) * p;
    // T·(1 + em1) = th + th·r (exact) + [th·small + tl + tl·r].
    let ph = two_prod(th, r);
    let s = fast_two_sum(th, ph.0);
    (s.0, s.1 + (ph.1 + (th * small + (tl + tl * r))), k >> 5)
}

/// `e^x`, correctly rounded.
pub fn exp(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x > 709.782712893384 {
        return f64::INFINITY;
    }
    if x < -746.0 {
        return 0.0;
    }
    if x.abs() < 5.551115123125783e-17 {
        return 1.0 + x;
    }
    if let Some(r) = exp_fast(Dd(x, 0.0)) {
        return r;
    }
    let (v, m) = exp_parts(Dd(x, 0.0));
    finish(v, m)
}

/// `2^x`, correctly rounded.
pub fn exp2(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x >= 1024.0 {
        return f64::INFINITY;
    }
    if x < -1080.0 {
        return 0.0;
    }
    let kf = (x * 32.0).round();
    let r = Dd(x - kf / 32.0, 0.0).times(d(LN2.0, LN2.1));
    let k = kf as i32;
    let (hi, lo) = EXP_TABLE[(k & 31) as usize];
    let t = d(hi, lo);
    finish(t.plus(t.times(expm1_small(r))), k >> 5)
}

/// `log(x) = e·ln2 + log(m)` for finite positive `x`, as `(e, log(m))`, m in [√½, √2).
fn log_parts(x: f64) -> (i32, Dd) {
    let mut e = exponent(x);
    let mut m = f64::from_bits((x.to_bits() & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    if e < -1022 {
        // Subnormal: the mantissa of the normalized value.
        let y = x * pow2(64);
        m = f64::from_bits((y.to_bits() & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    }
    if m > std::f64::consts::SQRT_2 {
        m *= 0.5;
        e += 1;
    }
    let f = m - 1.0;
    if f.abs() < 9.5367431640625e-7 {
        // |f| < 2^-20: the series f - f²/2 + f³/3 - …, f²/2 exact, so that results near a
        // rounding midpoint (x = 1 - 2^-52: -2^-52 - 2^-105 - 2^-156/3) round the right way.
        let tail = f * f * f * (1.0 / 3.0 - f * (0.25 - f * (0.2 - f / 6.0)));
        let p = two_prod(f, f).scale(-0.5);
        let s = two_sum(f, p.0);
        return (e, fast_two_sum(s.0, s.1 + (p.1 + tail)));
    }
    // Newton's step for log: y0 + (m·e^-y0 - 1) - (m·e^-y0 - 1)²/2 + …
    let y0 = m.ln();
    let t = if y0.abs() < 0.0108 {
        // m·e^-y0 - 1 = (m - 1) + m·(e^-y0 - 1), each part small, so no digits cancel.
        Dd(m - 1.0, 0.0).plus(expm1_small(Dd(-y0, 0.0)).mul_f(m))
    } else {
        let (v, k) = exp_parts(Dd(-y0, 0.0));
        v.mul_f(m).scale(pow2(k)).add_f(-1.0)
    };
    let lm = two_sum(y0, t.0).add_f(t.1 - 0.5 * t.0 * t.0);
    (e, lm)
}

/// `log(x)` as a double-double, for finite positive `x`.
fn log_dd(x: f64) -> Dd {
    let (e, lm) = log_parts(x);
    if e == 0 {
        return lm;
    }
    let ef = e as f64;
    let [l1, l2, l3] = LN2_3.map(f64::from_bits);
    let a = two_sum(ef * l1, lm.0);
    fast_two_sum(a.0, a.1 + (ef * l2 + (lm.1 + ef * l3)))
}

/// Natural logarithm, correctly rounded.
pub fn log(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 || x == f64::INFINITY {
        return x.ln();
    }
    log_fast(x).unwrap_or_else(|| log_dd(x).0)
}

/// `log(x)` for finite positive `x` outside [1 - 2^-20, 1 + 2^-20] when the Newton step
/// through [`exp_fast_parts`] (absolute error below 2^-61) settles the rounding: Ziv's
/// strategy as in [`exp_fast`], [`log_dd`] deciding the rest.
fn log_fast(x: f64) -> Option<f64> {
    let (hi, lo) = log_fast_parts(x)?;
    const BOUND: f64 = 8.673617379884035e-19; // 2^-60: twice the error
    let r = hi + (lo + BOUND);
    (r == hi + (lo - BOUND)).then_some(r)
}

/// `log(x)` as `hi + lo` with an absolute error below 2^-61 (the evaluation [`log_fast`]
/// tests), for finite positive `x` outside [1 - 2^-20, 1 + 2^-20].
fn log_fast_parts(x: f64) -> Option<(f64, f64)> {
    let mut e = exponent(x);
    let y = if e < -1022 { x * pow2(64) } else { x };
    let mut m = f64::from_bits((y.to_bits() & 0x000f_ffff_ffff_ffff) | 0x3ff0_0000_0000_0000);
    if m > std::f64::consts::SQRT_2 {
        m *= 0.5;
        e += 1;
    }
    if (m - 1.0).abs() < 9.5367431640625e-7 {
        return None;
    }
    let y0 = m.ln();
    // t = m·e^-y0 - 1, the product exact and the subtraction exact (Sterbenz).
    let (s, l, k) = exp_fast_parts(Dd(-y0, 0.0));
    let sc = pow2(k);
    let p = two_prod(m, s);
    let t = (p.0 * sc - 1.0) + (p.1 + m * l) * sc;
    let ef = e as f64;
    let [l1, l2, l3] = LN2_3.map(f64::from_bits);
    let a = two_sum(ef * l1, y0);
    Some((a.0, a.1 + (t + (ef * l2 + ef * l3))))
}

/// Base-2 logarithm, correctly rounded.
pub fn log2(x: f64) -> f64 {
    if x.is_nan() || x <= 0.0 || x == f64::INFINITY {
        return x.log2();
    }
    let (e, lm) = log_parts(x);
    let q = lm.times(d(INV_LN2.0, INV_LN2.1));
    two_sum(e as f64, q.0).add_f(q.1).0
}

/// `x ** y` for finite `x > 0`, `x != 1` and finite `y != 0`, correctly rounded.
pub fn pow_positive(x: f64, y: f64) -> f64 {
    pow_fast(x, y).unwrap_or_else(|| pow_accurate(x, y))
}

/// Ziv's first step for [`pow_positive`] (x away from 1, |y log x| < 690): `log x` by
/// [`log_fast_parts`] (absolute error below 2^-61), times `y`, then [`exp_fast_parts`]
/// (relative error below 2^-61.9): the result's relative error is below (|y| + 1)·2^-61, and
/// it is returned when twice that cannot change the rounding; [`pow_accurate`] decides the
/// rest (checked in the tests below).
fn pow_fast(x: f64, y: f64) -> Option<f64> {
    let (hi, lo) = log_fast_parts(x)?;
    let p = two_prod(hi, y);
    let z = fast_two_sum(p.0, p.1 + lo * y);
    if z.0.is_nan() || z.0.abs() >= 690.0 {
        return None;
    }
    let (s, l, m) = exp_fast_parts(z);
    let e = (y.abs() + 1.0) * 8.673617379884035e-19 * s; // 2^-60
    let a = s + (l + e);
    (a == s + (l - e)).then(|| a * pow2(m))
}

/// [`pow_positive`] through the double-double `log` and `exp`.
fn pow_accurate(x: f64, y: f64) -> f64 {
    let l = log_dd(x);
    let z = l.0 * y;
    if z > 709.8 {
        return f64::INFINITY;
    }
    if z < -745.2 {
        return 0.0;
    }
    let z = l.mul_f(y);
    if let Some(r) = exp_fast(z) {
        return r;
    }
    let (v, m) = exp_parts(z);
    finish(v, m)
}

/// `x ** y`, correctly rounded where the result is finite and nonzero.
pub fn pow(x: f64, y: f64) -> f64 {
    if !x.is_finite() || !y.is_finite() || x == 0.0 || y == 0.0 || x.abs() == 1.0 {
        return x.powf(y);
    }
    if x > 0.0 {
        if y == 0.5 {
            // The correctly rounded x^½ is the (correctly rounded) square root, and cheaper.
            return x.sqrt();
        }
        return pow_positive(x, y);
    }
    if y.fract() != 0.0 {
        return f64::NAN;
    }
    let r = pow_positive(-x, y);
    if y.abs() < 9007199254740992.0 && (y * 0.5).fract() != 0.0 {
        -r
    } else {
        r
    }
}

/// π/2 in four pieces, the first three of 29 bits (exact times k < 2^24).
const PIO2_4: [u64; 4] = [
    0x3ff921fb54000000,
    0x3e110b4611000000,
    0x3c44c4c662000000,
    0x3a71701b839a2520,
];

/// `x = k·π/2 + r`, |r| <= π/4 (plus rounding), for |x| < 2^23: `(r, k mod 4)`.
fn reduce_pio2(x: f64) -> (Dd, u32) {
    let kf = (x * std::f64::consts::FRAC_2_PI).round();
    let [p1, p2, p3, p4] = PIO2_4.map(f64::from_bits);
    let r = two_sum(x - kf * p1, -kf * p2)
        .add_f(-kf * p3)
        .add_f(-kf * p4);
    (r, (kf as i64 & 3) as u32)
}

/// The first 1216 bits of the fraction of 2/π (2/π < 1), for [`reduce_pio2_large`].
const TWO_OVER_PI: [u64; 19] = [
    0xa2f9836e4e441529,
    0xfc2757d1f534ddc0,
    0xdb6295993c439041,
    0xfe5163abdebbc561,
    0xb7246e3a424dd2e0,
    0x06492eea09d1921c,
    0xfe1deb1cb129a73e,
    0xe88235f52ebb4484,
    0xe99c7026b45f7e41,
    0x3991d639835339f4,
    0x9c845f8bbdf9283b,
    0x1ff897ffde05980f,
    0xef2f118b5a0a6d1f,
    0x6d367ecf27cb09b7,
    0x4f463f669e5fea2d,
    0x7527bac7ebe5f17b,
    0x3d0739f78a5292ea,
    0x6bfb5fb11f8d5d08,
    0x56033046fc7b6bab,
];

/// A 256-bit unsigned integer `(high, low)`.
type U256 = (u128, u128);

fn shl256((h, l): U256, n: u32) -> U256 {
    match n {
        0 => (h, l),
        1..=127 => ((h << n) | (l >> (128 - n)), l << n),
        128..=255 => (l << (n - 128), 0),
        _ => (0, 0),
    }
}

/// Payne and Hanek's reduction for finite |x| >= 2^23: `x = k·π/2 + r` as `(r, k mod 4)`.
/// With x = m·2^e (m a 53-bit integer), only bits j >= e - 1 of 2/π (weight 2^-j) matter for
/// x·2/π mod 4; 192 of them give the fraction to ~2⁻¹³⁰ however close x is to a multiple
/// of π/2.
fn reduce_pio2_large(x: f64) -> (Dd, u32) {
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i32 - 1075;
    let m = ((bits & 0x000f_ffff_ffff_ffff) | 0x0010_0000_0000_0000) as u128;
    let j0 = (e - 1).max(1) as usize;
    // Bits j0 .. j0 + 192 of 2/π as three words, most significant first.
    let (w, b) = ((j0 - 1) / 64, ((j0 - 1) % 64) as u32);
    let word = |i: usize| TWO_OVER_PI.get(i).copied().unwrap_or(0);
    let v: [u64; 3] = std::array::from_fn(|k| {
        if b == 0 {
            word(w + k)
        } else {
            (word(w + k) << b) | (word(w + k + 1) >> (64 - b))
        }
    });
    // P = m · v, 245 bits; x·2/π = P · 2^-(j0 + 191 - e).
    let t2 = m * v[2] as u128;
    let t1 = m * v[1] as u128 + (t2 >> 64);
    let t0 = m * v[0] as u128 + (t1 >> 64);
    let p: U256 = (t0, (t1 << 64) | (t2 & u64::MAX as u128));
    let point = (j0 as i32 + 191 - e) as u32; // 192 ..= 221 fraction bits
    let mut q = ((p.0 >> (point - 128)) & 3) as u32;
    // The fraction with its binary point at the top, then centred on zero.
    let mut f = shl256(p, 256 - point);
    let negative = f.0 >> 127 == 1;
    if negative {
        // 2^256 - f
        let lo = (!f.1).wrapping_add(1);
        f = ((!f.0).wrapping_add((lo == 0) as u128), lo);
        q += 1;
    }
    let lz = if f.0 != 0 {
        f.0.leading_zeros()
    } else {
        128 + f.1.leading_zeros()
    };
    let g = shl256(f, lz).0;
    let hi = (g >> 75) as f64 * pow2(-53 - lz as i32);
    let lo = (g & ((1 << 75) - 1)) as f64 * pow2(-128 - lz as i32);
    let r = fast_two_sum(hi, lo).times(d(PIO2.0, PIO2.1));
    let r = if negative { r.neg() } else { r };
    if x < 0.0 {
        (r.neg(), (4 - (q & 3)) & 3)
    } else {
        (r, q & 3)
    }
}

/// `(sin r, cos r - 1)` for |r| <= 0.8: Taylor series at r/32, then five angle doublings.
fn sincos_small(r: Dd) -> (Dd, Dd) {
    let s = r.scale(1.0 / 32.0);
    let x2 = s.0 * s.0;
    let s2 = s.times(s);
    let p = 1.0 / 120.0
        + x2 * (-1.0 / 5040.0
            + x2 * (1.0 / 362880.0 + x2 * (-1.0 / 39916800.0 + x2 / 6227020800.0)));
    let c = d(SIXTH.0, SIXTH.1).neg().add_f(x2 * p);
    let mut sin = s.plus(s2.times(s).times(c));
    let q = -1.0 / 720.0
        + x2 * (1.0 / 40320.0
            + x2 * (-1.0 / 3628800.0 + x2 * (1.0 / 479001600.0 - x2 / 87178291200.0)));
    let c = d(TWENTYFOURTH.0, TWENTYFOURTH.1).add_f(x2 * q);
    let mut cm1 = s2.times(Dd(-0.5, 0.0).plus(s2.times(c)));
    for _ in 0..5 {
        // sin 2a = 2 sin a (1 + (cos a - 1)); cos 2a - 1 = -2 sin² a.
        let next = sin.plus(sin.times(cm1)).scale(2.0);
        cm1 = sin.times(sin).scale(-2.0);
        sin = next;
    }
    (sin, cm1)
}

/// Below this `|x|`, [`reduce_pio2`]'s four pieces of π/2 reduce (2²³); above, Payne and Hanek.
const PIO2_SMALL: f64 = 8388608.0;
/// Below this `|x|` (2⁻²⁶), `sin x` rounds to `x`.
const SIN_IS_X: f64 = 1.4901161193847656e-8;
/// Below this `|x|` (2⁻²⁷), `cos x` rounds to 1.
const COS_IS_ONE: f64 = 7.450580596923828e-9;

/// `(sin x, cos x)` as double-doubles, for finite `x`.
fn sincos_dd(x: f64) -> (Dd, Dd) {
    let (r, q) = if x.abs() < PIO2_SMALL {
        reduce_pio2(x)
    } else {
        reduce_pio2_large(x)
    };
    let (s, cm1) = sincos_small(r);
    let c = Dd(1.0, 0.0).plus(cm1);
    match q {
        0 => (s, c),
        1 => (c, s.neg()),
        2 => (s.neg(), c.neg()),
        _ => (c.neg(), s),
    }
}

/// The relative error bound of [`sincos_fast`]'s double-double (its estimate is ~2⁻⁶⁰).
const SINCOS_FAST_ERR: f64 = 1.734723475976807e-18; // 2⁻⁵⁹

/// Ziv's first step for `sin x` (`cos x` when `cos`), `|x| <` [`PIO2_SMALL`]: the same reduction as
/// [`sincos_dd`], then the Taylor series of the one function needed with its leading terms in
/// double-double and the tail in double (relative error below [`SINCOS_FAST_ERR`]). Some when
/// that error cannot change the rounding (all but ~2 % of arguments); None sends the caller to
/// [`sincos_dd`], whose result it then equals (checked in the tests below).
fn sincos_fast(x: f64, cos: bool) -> Option<f64> {
    let (r, q) = reduce_pio2(x);
    // sin x = ±sin r or ±cos r by quadrant, and cos x = sin(x + π/2): the next quadrant's.
    let q = (q + cos as u32) & 3;
    let (use_cos, negate) = (q & 1 == 1, q >= 2);
    // r² as a double-double (r.1² is below 2⁻¹⁰⁶ r²).
    let y = two_prod(r.0, r.0);
    let y = fast_two_sum(y.0, y.1 + 2.0 * r.0 * r.1);
    let z = y.0;
    let v = if use_cos {
        // cos r = 1 - r²/2 + r⁴ (1/24 + r² q(r²)), through r²⁰/20!.
        let q = -1.0 / 720.0
            + z * (1.0 / 40320.0
                + z * (-1.0 / 3628800.0
                    + z * (1.0 / 479001600.0
                        + z * (-1.0 / 87178291200.0
                            + z * (1.0 / 20922789888000.0 + z * (-1.0 / 6402373705728000.0 + z / 2432902008176640000.0))))));
        let c = d(TWENTYFOURTH.0, TWENTYFOURTH.1).add_f(z * q);
        Dd(1.0, 0.0).plus(y.scale(-0.5).plus(y.times(y).times(c)))
    } else {
        // sin r = r + r³ (-1/6 + r² p(r²)), through r²¹/21!.
        let p = 1.0 / 120.0
            + z * (-1.0 / 5040.0
                + z * (1.0 / 362880.0
                    + z * (-1.0 / 39916800.0
                        + z * (1.0 / 6227020800.0
                            + z * (-1.0 / 1307674368000.0
                                + z * (1.0 / 355687428096000.0 + z * (-1.0 / 121645100408832000.0 + z / 51090942171709440000.0)))))));
        let c = d(SIXTH.0, SIXTH.1).neg().add_f(z * p);
        r.plus(y.times(r).times(c))
    };
    // Rounded the same with the error either way: that is the correctly rounded result.
    let e = SINCOS_FAST_ERR * v.0.abs();
    let (lo, hi) = (v.0 + (v.1 - e), v.0 + (v.1 + e));
    (lo == hi).then_some(if negate { -lo } else { lo })
}

/// Sine, correctly rounded.
pub fn sin(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    if x.abs() < SIN_IS_X {
        return x;
    }
    if x.abs() < PIO2_SMALL {
        if let Some(v) = sincos_fast(x, false) {
            return v;
        }
    }
    sincos_dd(x).0 .0
}

/// Cosine, correctly rounded.
pub fn cos(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    if x.abs() < COS_IS_ONE {
        return 1.0;
    }
    if x.abs() < PIO2_SMALL {
        if let Some(v) = sincos_fast(x, true) {
            return v;
        }
    }
    sincos_dd(x).1 .0
}

/// Tangent, correctly rounded.
pub fn tan(x: f64) -> f64 {
    if !x.is_finite() {
        return f64::NAN;
    }
    if x.abs() < 7.450580596923828e-9 {
        return x;
    }
    let (s, c) = sincos_dd(x);
    s.div(c).0
}

/// `θ0 + atan((y cos θ0 - x sin θ0) / (x cos θ0 + y sin θ0))`, the exact angle of (x, y)
/// from an approximation θ0; x and y of moderate size.
fn angle_correct(theta0: f64, y: f64, x: f64) -> f64 {
    let (s, c) = sincos_dd(theta0);
    let num = c.mul_f(y).minus(s.mul_f(x));
    let den = x * c.0 + y * s.0;
    let delta = num.0 / den;
    two_sum(theta0, delta).add_f(num.1 / den).0
}

/// `atan2(y, x)` for finite nonzero `x` and `y`, correctly rounded (the platform's when the
/// two differ by more than 2^60 in size, where the result is ±π/2, 0 or ±π within an ulp).
pub fn atan2(y: f64, x: f64) -> f64 {
    if !x.is_finite() || !y.is_finite() || x == 0.0 || y == 0.0 {
        return y.atan2(x);
    }
    let (ex, ey) = (exponent(x), exponent(y));
    if (ex - ey).abs() > 60 {
        return y.atan2(x);
    }
    let e = ex.max(ey);
    let (xs, ys) = if !(-500..=500).contains(&e) {
        // Two steps, so that the scale factor itself is representable.
        let s = pow2(-e / 2);
        let t = pow2(-e - (-e / 2));
        (x * s * t, y * s * t)
    } else {
        (x * pow2(-e), y * pow2(-e))
    };
    angle_correct(y.atan2(x), ys, xs)
}

/// Arc tangent, correctly rounded.
pub fn atan(x: f64) -> f64 {
    if x.is_nan() || x.abs() >= 1.8014398509481984e16 || x.abs() < 7.450580596923828e-9 {
        return x.atan();
    }
    // atan2(x, 1) with both scaled by a power of two, so y cos θ0 and x sin θ0 stay moderate.
    let s = pow2(-exponent(x).max(0));
    angle_correct(x.atan(), x * s, s)
}

/// Arc sine, correctly rounded.
pub fn asin(x: f64) -> f64 {
    if x.is_nan() || x.abs() >= 1.0 || x.abs() < 7.450580596923828e-9 {
        return x.asin();
    }
    // sin(θ0 + δ) = x: δ = (x - sin θ0) / cos θ0, plus the second-order term.
    let t0 = x.asin();
    let (s, c) = sincos_dd(t0);
    let d1 = Dd(x, 0.0).minus(s).0 / c.0;
    let delta = d1 + 0.5 * d1 * d1 * (s.0 / c.0);
    two_sum(t0, delta).0
}

/// Arc cosine, correctly rounded.
pub fn acos(x: f64) -> f64 {
    if x.is_nan() || x.abs() >= 1.0 {
        return x.acos();
    }
    // cos(θ0 + δ) = x: δ = (cos θ0 - x) / sin θ0, plus the second-order term.
    let t0 = x.acos();
    let (s, c) = sincos_dd(t0);
    let d1 = c.minus(Dd(x, 0.0)).0 / s.0;
    let delta = d1 - 0.5 * d1 * d1 * (c.0 / s.0);
    two_sum(t0, delta).0
}

/// `sqrt(x² + y²)`, correctly rounded.
pub fn hypot(x: f64, y: f64) -> f64 {
    if x.is_infinite() || y.is_infinite() {
        return f64::INFINITY;
    }
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    let (mut a, mut b) = (x.abs(), y.abs());
    if a < b {
        std::mem::swap(&mut a, &mut b);
    }
    if b == 0.0 {
        return a;
    }
    let e = exponent(a);
    if e - exponent(b) > 60 {
        return a;
    }
    let (s, t) = (
        pow2((-e / 2).clamp(-1022, 1023)),
        pow2((-e - (-e / 2)).clamp(-1022, 1023)),
    );
    let (a, b) = (a * s * t, b * s * t);
    let sum = two_prod(a, a).plus(two_prod(b, b));
    let r = sum.0.sqrt();
    let rr = two_prod(r, r);
    let corr = (((sum.0 - rr.0) - rr.1) + sum.1) / (2.0 * r);
    finish(fast_two_sum(r, corr), e)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path of `exp` gives the double-double path's result wherever it answers.
    #[test]
    fn exp_fast_path_agrees() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut answered = 0;
        for i in 0..400_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let u = (state >> 11) as f64 / 9007199254740992.0;
            // Plain arguments, and double-double ones as pow makes them.
            let x = if i % 2 == 0 {
                Dd(-700.0 + 1390.0 * u, 0.0)
            } else {
                let y = -7.0 + 14.0 * u;
                log_dd(1.0 + 97.0 * u).mul_f(y * 10.0)
            };
            if let Some(fast) = exp_fast(x) {
                answered += 1;
                let (v, m) = exp_parts(x);
                assert_eq!(fast.to_bits(), finish(v, m).to_bits(), "exp({:?})", x);
            }
        }
        assert!(answered > 395_000, "{answered}");
    }

    /// The fast path of `log` gives the double-double path's result wherever it answers.
    #[test]
    fn log_fast_path_agrees() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut answered = 0;
        for i in 0..400_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let x = if i % 4 == 0 {
                f64::from_bits(state >> 1) // any positive value, subnormals included
            } else {
                0.25 + 8.0 * ((state >> 11) as f64 / 9007199254740992.0)
            };
            if !x.is_finite() || x == 0.0 {
                continue;
            }
            if let Some(fast) = log_fast(x) {
                answered += 1;
                assert_eq!(fast.to_bits(), log_dd(x).0.to_bits(), "log({x:e})");
            }
        }
        assert!(answered > 350_000, "{answered}");
    }

    /// `pow_fast` answers only with what `pow_accurate` gives: bases across the range and near
    /// 1, exponents small, large, integral and halves; and it answers for most moderate ones.
    #[test]
    fn pow_fast_agrees_with_the_accurate_path() {
        let mut state = 0x0123_4567_89ab_cdefu64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let (mut answered, mut total) = (0u64, 0u64);
        for i in 0..1_500_000u64 {
            let u = (next() >> 11) as f64 / 9007199254740992.0;
            let v = (next() >> 11) as f64 / 9007199254740992.0;
            let (x, y) = match i % 6 {
                0 => (10.0 * u, -60.0 + 120.0 * v),
                1 => (0.999 + 0.002 * u, -7e5 + 1.4e6 * v),
                2 => (1e-5 + 1e-3 * u, -60.0 + 220.0 * v),
                3 => (1e3 * u, ((next() % 41) as f64) - 20.0),
                4 => (f64::from_bits(next() >> 2), -1.5 + 3.0 * v),
                _ => (0.01 + 100.0 * u, (((next() % 9) as f64) - 4.0) * 0.5),
            };
            if !(x.is_finite() && x > 0.0 && x != 1.0 && y.is_finite() && y != 0.0) {
                continue;
            }
            // How often it answers where it is meant to (the error bound grows with |y|).
            let counted = y.abs() <= 16.0 && (x - 1.0).abs() > 1e-5;
            total += counted as u64;
            if let Some(r) = pow_fast(x, y) {
                answered += counted as u64;
                let want = pow_accurate(x, y);
                assert_eq!(r.to_bits(), want.to_bits(), "pow({x:e}, {y:e}) = {r:e}, accurate {want:e}");
            }
        }
        assert!(answered * 100 > total * 90, "the fast path answered {answered} of {total}");
    }

    /// `sincos_fast` answers only with what `sincos_dd` gives: random arguments across the
    /// fast path's range, arguments near multiples of π/2 (small reduced arguments) and near
    /// π/4 (the largest ones), each through `sin` and `cos`. Also counts how often it answers.
    #[test]
    fn sincos_fast_agrees_with_the_accurate_path() {
        let mut state = 0x9e3779b97f4a7c15u64;
        let mut next = move || {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            state.wrapping_mul(0x2545f4914f6cdd1d)
        };
        let (mut answered, mut total) = (0u64, 0u64);
        for i in 0..1_500_000u64 {
            let u = (next() >> 11) as f64 / (1u64 << 53) as f64;
            let x = match i % 6 {
                0 => (u - 0.5) * 20.0,
                1 => (u - 0.5) * 2000.0,
                2 => (u - 0.5) * 2.0 * 8388607.0,
                3 => ((next() % 2000) as f64 - 1000.0) * std::f64::consts::FRAC_PI_2 + (u - 0.5) * 1e-6,
                4 => ((next() % 200) as f64 - 100.0) * std::f64::consts::FRAC_PI_2 + std::f64::consts::FRAC_PI_4 + (u - 0.5) * 1e-3,
                _ => f64::from_bits(0x3e40000000000000 + (next() % 0x0100000000000000)),
            };
            if !x.is_finite() || x.abs() >= 8388608.0 || x.abs() < 1.5e-8 {
                continue;
            }
            let (s, c) = sincos_dd(x);
            for (cos, want) in [(false, s.0), (true, c.0)] {
                total += 1;
                if let Some(v) = sincos_fast(x, cos) {
                    answered += 1;
                    assert_eq!(v.to_bits(), want.to_bits(), "{}({x:e}) = {v:e}, accurate {want:e}", if cos { "cos" } else { "sin" });
                }
            }
        }
        assert!(answered * 100 > total * 95, "the fast path answered {answered} of {total}");
    }
}
