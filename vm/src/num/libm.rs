//! The C math library as glibc computes it, for every VM call site (`math`, `cmath`, float
//! `**`, complex arithmetic, `gamma`…), so results print CPython's digits on every target.
//!
//! - Base functions (`exp`, `exp2`, `log`, `log2`, `pow`, `sin`, `cos`, `tan`, `atan`,
//!   `atan2`, `asin`, `acos`, `hypot`): glibc rounds these correctly but for results within a
//!   hair of a rounding midpoint. Natively they are the platform's (glibc, CPython's bits); on
//!   wasm32, where Rust's `f64` methods are a port of musl/fdlibm (faithful, not correctly
//!   rounded), they are [`super::cr`]'s correctly rounded versions.
//! - glibc's fdlibm-derived functions, which are not correctly rounded: `expm1`, `log1p`,
//!   `log10`, `sinh`, `cosh`, `tanh` are the platform's natively and on wasm32 the `glibc_*`
//!   ports of glibc 2.36's `sysdeps/ieee754/dbl-64` (its evaluation order; for `expm1` and
//!   `log1p` its x86-64 FMA build's, which CPython runs on any recent x86-64), on top of the
//!   base functions. `asinh`, `acosh`, `atanh`, `cbrt`, `erf`, `erfc` are ports used on every
//!   target (std computes the first four differently and lacks the last two).
//!
//! `num::tests::libm_glibc` checks both kinds against the platform's libm natively.

// The constants are fdlibm's text, digits beyond f64 precision included.
#![allow(clippy::excessive_precision)]

#[cfg(target_arch = "wasm32")]
use super::cr;
use super::cr::{two_prod, Dd};

/// Functions that are the platform's natively and `$wasm` on wasm32.
macro_rules! routed {
    ($($(#[$doc:meta])* $name:ident($($arg:ident),+) => $native:expr, $wasm:expr;)*) => {$(
        $(#[$doc])*
        #[inline]
        pub fn $name($($arg: f64),+) -> f64 {
            #[cfg(target_arch = "wasm32")]
            return $wasm;
            #[cfg(not(target_arch = "wasm32"))]
            return $native;
        }
    )*};
}

routed! {
    /// `e^x`.
    exp(x) => x.exp(), cr::exp(x);
    /// `2^x`.
    exp2(x) => x.exp2(), cr::exp2(x);
    /// The natural logarithm.
    log(x) => x.ln(), cr::log(x);
    /// The base-2 logarithm.
    log2(x) => x.log2(), cr::log2(x);
    /// Sine.
    sin(x) => x.sin(), cr::sin(x);
    /// Cosine.
    cos(x) => x.cos(), cr::cos(x);
    /// Tangent.
    tan(x) => x.tan(), cr::tan(x);
    /// Arc tangent.
    atan(x) => x.atan(), cr::atan(x);
    /// `atan2(y, x)`.
    atan2(y, x) => y.atan2(x), cr::atan2(y, x);
    /// Arc sine.
    asin(x) => x.asin(), cr::asin(x);
    /// Arc cosine.
    acos(x) => x.acos(), cr::acos(x);
    /// `sqrt(x² + y²)` without undue overflow.
    hypot(x, y) => x.hypot(y), cr::hypot(x, y);
    /// `e^x - 1`.
    expm1(x) => x.exp_m1(), glibc_expm1(x);
    /// `log(1 + x)`.
    log1p(x) => x.ln_1p(), glibc_log1p(x);
    /// The base-10 logarithm.
    log10(x) => x.log10(), glibc_log10(x);
    /// Hyperbolic sine.
    sinh(x) => x.sinh(), glibc_sinh(x);
    /// Hyperbolic cosine.
    cosh(x) => x.cosh(), glibc_cosh(x);
    /// Hyperbolic tangent.
    tanh(x) => x.tanh(), glibc_tanh(x);
}

// The constants are fdlibm's text, digits beyond f64 precision included.

const TINY: f64 = 1e-300;
const ERX: f64 = 8.45062911510467529297e-01;
const EFX: f64 = 1.28379167095512586316e-01;
const PP: [f64; 5] = [
    1.28379167095512558561e-01,
    -3.25042107247001499370e-01,
    -2.84817495755985104766e-02,
    -5.77027029648944159157e-03,
    -2.37630166566501626084e-05,
];
const QQ: [f64; 6] = [
    0.0,
    3.97917223959155352819e-01,
    6.50222499887672944485e-02,
    5.08130628187576562776e-03,
    1.32494738004321644526e-04,
    -3.96022827877536812320e-06,
];
const PA: [f64; 7] = [
    -2.36211856075265944077e-03,
    4.14856118683748331666e-01,
    -3.72207876035701323847e-01,
    3.18346619901161753674e-01,
    -1.10894694282396677476e-01,
    3.54783043256182359371e-02,
    -2.16637559486879084300e-03,
];
const QA: [f64; 7] = [
    0.0,
    1.06420880400844228286e-01,
    5.40397917702171048937e-01,
    7.18286544141962662868e-02,
    1.26171219808761642112e-01,
    1.36370839120290507362e-02,
    1.19844998467991074170e-02,
];
const RA: [f64; 8] = [
    -9.86494403484714822705e-03,
    -6.93858572707181764372e-01,
    -1.05586262253232909814e+01,
    -6.23753324503260060396e+01,
    -1.62396669462573470355e+02,
    -1.84605092906711035994e+02,
    -8.12874355063065934246e+01,
    -9.81432934416914548592e+00,
];
const SA: [f64; 9] = [
    0.0,
    1.96512716674392571292e+01,
    1.37657754143519042600e+02,
    4.34565877475229228821e+02,
    6.45387271733267880336e+02,
    4.29008140027567833386e+02,
    1.08635005541779435134e+02,
    6.57024977031928170135e+00,
    -6.04244152148580987438e-02,
];
const RB: [f64; 7] = [
    -9.86494292470009928597e-03,
    -7.99283237680523006574e-01,
    -1.77579549177547519889e+01,
    -1.60636384855821916062e+02,
    -6.37566443368389627722e+02,
    -1.02509513161107724954e+03,
    -4.83519191608651397019e+02,
];
const SB: [f64; 8] = [
    0.0,
    3.03380607434824582924e+01,
    3.25792512996573918826e+02,
    1.53672958608443695994e+03,
    3.19985821950859553908e+03,
    2.55305040643316442583e+03,
    4.74528541206955367215e+02,
    -2.24409524465858183362e+01,
];

fn high_word(x: f64) -> i32 {
    (x.to_bits() >> 32) as i32
}

/// `x` with the low 32 bits of its representation cleared.
fn clear_low_word(x: f64) -> f64 {
    f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000)
}

/// `(erf(x) - x) / x` on |x| < 0.84375, as `x * y` is added by the callers.
fn small_ratio(x: f64) -> f64 {
    let z = x * x;
    let r1 = PP[0] + z * PP[1];
    let z2 = z * z;
    let r2 = PP[2] + z * PP[3];
    let z4 = z2 * z2;
    let s1 = 1.0 + z * QQ[1];
    let s2 = QQ[2] + z * QQ[3];
    let s3 = QQ[4] + z * QQ[5];
    let r = r1 + z2 * r2 + z4 * PP[4];
    let s = s1 + z2 * s2 + z4 * s3;
    r / s
}

/// `P / Q` on 0.84375 <= |x| < 1.25 (`erf(1 + s) - erx`).
fn near_one(x: f64) -> f64 {
    let s = x.abs() - 1.0;
    let p1 = PA[0] + s * PA[1];
    let s2 = s * s;
    let q1 = 1.0 + s * QA[1];
    let s4 = s2 * s2;
    let p2 = PA[2] + s * PA[3];
    let s6 = s4 * s2;
    let q2 = QA[2] + s * QA[3];
    let p3 = PA[4] + s * PA[5];
    let q3 = QA[4] + s * QA[5];
    let p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
    let q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
    p / q
}

/// `x * erfc(x)` for 1.25 <= x < 28 (`x` positive); `split` is the high-word bound between
/// the two rational approximations (it differs by one between glibc's erf and erfc).
fn tail(x: f64, ix: i32, split: i32) -> f64 {
    let s = 1.0 / (x * x);
    let (r, big_s);
    if ix < split {
        let r1 = RA[0] + s * RA[1];
        let s2 = s * s;
        let s1 = 1.0 + s * SA[1];
        let s4 = s2 * s2;
        let r2 = RA[2] + s * RA[3];
        let s6 = s4 * s2;
        let ss2 = SA[2] + s * SA[3];
        let s8 = s4 * s4;
        let r3 = RA[4] + s * RA[5];
        let ss3 = SA[4] + s * SA[5];
        let r4 = RA[6] + s * RA[7];
        let ss4 = SA[6] + s * SA[7];
        r = r1 + s2 * r2 + s4 * r3 + s6 * r4;
        big_s = s1 + s2 * ss2 + s4 * ss3 + s6 * ss4 + s8 * SA[8];
    } else {
        let r1 = RB[0] + s * RB[1];
        let s2 = s * s;
        let s1 = 1.0 + s * SB[1];
        let s4 = s2 * s2;
        let r2 = RB[2] + s * RB[3];
        let s6 = s4 * s2;
        let ss2 = SB[2] + s * SB[3];
        let r3 = RB[4] + s * RB[5];
        let ss3 = SB[4] + s * SB[5];
        let ss4 = SB[6] + s * SB[7];
        r = r1 + s2 * r2 + s4 * r3 + s6 * RB[6];
        big_s = s1 + s2 * ss2 + s4 * ss3 + s6 * ss4;
    }
    let z = clear_low_word(x);
    exp(-z * z - 0.5625) * exp((z - x) * (z + x) + r / big_s)
}

/// The error function, `math.erf`.
pub fn erf(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        // NaN stays NaN; erf(±inf) = ±1.
        let i = ((hx as u32) >> 31) << 1;
        return (1 - i as i32) as f64 + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3e30_0000 {
            if ix < 0x0080_0000 {
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        return x + x * small_ratio(x);
    }
    if ix < 0x3ff4_0000 {
        let pq = near_one(x);
        return if hx >= 0 { ERX + pq } else { -ERX - pq };
    }
    if ix >= 0x4018_0000 {
        return if hx >= 0 { 1.0 - TINY } else { TINY - 1.0 };
    }
    let ax = x.abs();
    let r = tail(ax, ix, 0x4006_db6e);
    if hx >= 0 {
        1.0 - r / ax
    } else {
        r / ax - 1.0
    }
}

/// The complementary error function, `math.erfc`.
pub fn erfc(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        // NaN stays NaN; erfc(+inf) = 0, erfc(-inf) = 2.
        return ((((hx as u32) >> 31) << 1) as f64) + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3c70_0000 {
            return 1.0 - x;
        }
        let y = small_ratio(x);
        if hx < 0x3fd0_0000 {
            return 1.0 - (x + x * y);
        }
        let mut r = x * y;
        r += x - 0.5;
        return 0.5 - r;
    }
    if ix < 0x3ff4_0000 {
        let pq = near_one(x);
        return if hx >= 0 {
            (1.0 - ERX) - pq
        } else {
            1.0 + (ERX + pq)
        };
    }
    if ix < 0x403c_0000 {
        if hx < 0 && ix >= 0x4018_0000 {
            return 2.0 - TINY;
        }
        let ax = x.abs();
        let r = tail(ax, ix, 0x4006_db6d);
        return if hx > 0 { r / ax } else { 2.0 - r / ax };
    }
    if hx > 0 {
        TINY * TINY
    } else {
        2.0 - TINY
    }
}

const LN2: f64 = std::f64::consts::LN_2;

/// Inverse hyperbolic sine (glibc's `s_asinh.c`).
pub fn asinh(x: f64) -> f64 {
    let ix = high_word(x) & 0x7fff_ffff;
    if ix < 0x3e30_0000 {
        // |x| < 2**-28: asinh(x) == x to double precision.
        return x;
    }
    let w = if ix > 0x41b0_0000 {
        if ix >= 0x7ff0_0000 {
            return x + x;
        }
        log(x.abs()) + LN2
    } else {
        let xa = x.abs();
        if ix > 0x4000_0000 {
            log(2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa))
        } else {
            let t = xa * xa;
            log1p(xa + t / (1.0 + (1.0 + t).sqrt()))
        }
    };
    w.copysign(x)
}

/// Inverse hyperbolic cosine (glibc's `e_acosh.c`).
pub fn acosh(x: f64) -> f64 {
    let bits = x.to_bits();
    let hx = (bits >> 32) as i32;
    let lx = bits as u32;
    if hx < 0x3ff0_0000 {
        // x < 1 (or a negative NaN): domain error.
        return f64::NAN;
    }
    if hx >= 0x41b0_0000 {
        if hx >= 0x7ff0_0000 {
            return x + x;
        }
        return log(x) + LN2;
    }
    if hx == 0x3ff0_0000 && lx == 0 {
        return 0.0;
    }
    if hx > 0x4000_0000 {
        let t = x * x;
        return log(2.0 * x - 1.0 / (x + (t - 1.0).sqrt()));
    }
    let t = x - 1.0;
    log1p(t + (2.0 * t + t * t).sqrt())
}

/// Inverse hyperbolic tangent (glibc's `e_atanh.c`).
pub fn atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < f64::from_bits(0x3e30_0000_0000_0000) {
            return x;
        }
        let t = xa + xa;
        0.5 * log1p(t + t * xa / (1.0 - xa))
    } else if xa < 1.0 {
        0.5 * log1p((xa + xa) / (1.0 - xa))
    } else if xa > 1.0 || xa.is_nan() {
        return f64::NAN;
    } else {
        return x / 0.0;
    };
    t.copysign(x)
}

/// Cube root (glibc's `s_cbrt.c`: a polynomial guess refined by one Halley step, not
/// correctly rounded — `cbrt(27.0) == 3.0000000000000004`).
pub fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.2599210498948731648;
    const SQR_CBRT2: f64 = 1.5874010519681994748;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = super::int_float::frexp(x.abs());
    let u = 0.354895765043919860
        + (1.50819193781584896
            + (-2.11499494167371287
                + (2.44693122563534430
                    + (-1.83469277483613086
                        + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    super::int_float::ldexp(if x > 0.0 { ym } else { -ym }, (xe / 3) as i64)
}

/// `pow(x, y)` as glibc gives it: the platform's natively; on wasm32 integer exponents go
/// through [`pow_int_exponent`] (exact ties rounded as glibc does) and the rest through
/// [`cr::pow`].
pub fn pow(x: f64, y: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        if let Some(r) = pow_int_exponent(x, y) {
            return r;
        }
        cr::pow(x, y)
    }
    #[cfg(not(target_arch = "wasm32"))]
    x.powf(y)
}

/// `x ** y` for finite nonzero `x` and an integer `y`, correctly rounded (double-double square
/// and multiply, relative error below 2⁻⁹⁸; exact ties rounded up as glibc does), or `None`
/// outside the range where every partial product stays normal (|y · log2 x| < 960, |y| ≤ 2²⁰).
/// Measured over 177,000 bases × exponents in ±330: 154 results differ from glibc's, all
/// where glibc is not correctly rounded; fdlibm's `pow` differs in 17,015.
pub fn pow_int_exponent(x: f64, y: f64) -> Option<f64> {
    if !x.is_finite() || x == 0.0 || y.fract() != 0.0 || y == 0.0 || y.abs() > (1u32 << 20) as f64 {
        return None;
    }
    if (y * log2(x.abs())).abs() >= 960.0 {
        return None;
    }
    let n = y.abs() as u32;
    let base = Dd(x.abs(), 0.0);
    let mut acc = Dd(1.0, 0.0);
    for bit in (0..32 - n.leading_zeros()).rev() {
        acc = acc.times(acc);
        if n >> bit & 1 == 1 {
            acc = acc.times(base);
        }
    }
    let r = if y < 0.0 {
        recip(acc)
    } else if acc.1 > 0.0 && acc.1 == ulp(acc.0) / 2.0 {
        // An exact tie (x**n needs 54 bits, as 10**23, 3**34): glibc's result lies above it.
        acc.0 + acc.1 * 2.0
    } else {
        acc.0 + acc.1
    };
    Some(if x < 0.0 && n & 1 == 1 { -r } else { r })
}

/// `1 / a` rounded once to f64: one Newton step on the f64 reciprocal.
fn recip(a: Dd) -> f64 {
    let q = 1.0 / a.0;
    let t = two_prod(q, a.0);
    let r = ((1.0 - t.0) - t.1) - q * a.1;
    q + r / a.0
}

/// The gap between `x` (positive, normal) and the next float above it.
fn ulp(x: f64) -> f64 {
    f64::from_bits(x.to_bits() + 1) - x
}

/// `e^x - 1` (glibc's `s_expm1.c`).
pub fn glibc_expm1(x: f64) -> f64 {
    const LN2_HI: f64 = 6.93147180369123816490e-01;
    const LN2_LO: f64 = 1.90821492927058770002e-10;
    let hx = (x.to_bits() >> 32) as u32;
    let negative = hx >> 31 != 0;
    let hx = hx & 0x7fff_ffff;
    if hx >= 0x4043_687a {
        // |x| >= 56 ln2: infinity, NaN, overflow, or -1.
        if x.is_nan() {
            return x + x;
        }
        if hx >= 0x7ff0_0000 {
            return if negative { -1.0 } else { x };
        }
        if x > 7.09782712893383973096e+02 {
            return f64::INFINITY;
        }
        if negative {
            return TINY - 1.0;
        }
    }
    if hx > 0x3fd6_2e42 {
        // |x| > ln2/2: x = k ln2 + (hi - lo).
        if hx < 0x3ff0_a2b2 {
            let (hi, lo, k) = if negative {
                (x + LN2_HI, -LN2_LO, -1)
            } else {
                (x - LN2_HI, LN2_LO, 1)
            };
            let r = hi - lo;
            return expm1_reduced(r, (hi - r) - lo, k);
        }
        let k = std::f64::consts::LOG2_E.mul_add(x, if negative { -0.5 } else { 0.5 }) as i32;
        let t = k as f64;
        let hi = (-t).mul_add(LN2_HI, x);
        // lo = t·ln2_lo is fused into both of its subtractions.
        let r = (-t).mul_add(LN2_LO, hi);
        return expm1_reduced(r, (-t).mul_add(LN2_LO, hi - r), k);
    }
    if hx < 0x3c90_0000 {
        return x;
    }
    expm1_reduced(x, 0.0, 0)
}

/// `expm1` of `x + c·…` with the reduction `k` (|x| <= ln2/2, `c` the reduction's rounding
/// error). x86-64 glibc runs its FMA build of `s_expm1.c` on CPUs that have FMA (as CPython
/// on any recent x86-64 does), so every product that GCC fuses into an addition is a
/// `mul_add` here (exact in software on wasm32).
fn expm1_reduced(x: f64, c: f64, k: i32) -> f64 {
    const Q: [f64; 6] = [
        1.0,
        -3.33333333333331316428e-02,
        1.58730158725481460165e-03,
        -7.93650757867487942473e-05,
        4.00821782732936239552e-06,
        -2.01099218183624371326e-07,
    ];
    let hfx = 0.5 * x;
    let hxs = x * hfx;
    let r1 = hxs.mul_add(Q[1], Q[0]);
    let h2 = hxs * hxs;
    let r2 = hxs.mul_add(Q[3], Q[2]);
    let h4 = h2 * h2;
    let r3 = hxs.mul_add(Q[5], Q[4]);
    let r1 = h4.mul_add(r3, h2.mul_add(r2, r1));
    let t = (-r1).mul_add(hfx, 3.0);
    let mut e = hxs * ((r1 - t) / (-x).mul_add(t, 6.0));
    if k == 0 {
        return x - x.mul_add(e, -hxs);
    }
    e = x.mul_add(e - c, -c);
    e -= hxs;
    if k == -1 {
        return 0.5f64.mul_add(x - e, -0.5);
    }
    if k == 1 {
        return if x < -0.25 {
            -2.0 * (e - (x + 0.5))
        } else {
            2.0f64.mul_add(x - e, 1.0)
        };
    }
    let add_exponent =
        |y: f64, k: i32| f64::from_bits(y.to_bits().wrapping_add((k as i64 as u64) << 52));
    if k <= -2 || k > 56 {
        let y = 1.0 - (e - x);
        return add_exponent(y, k) - 1.0;
    }
    if k < 20 {
        let t = f64::from_bits((0x3ff0_0000u64 - (0x20_0000u64 >> k)) << 32); // 1 - 2^-k
        add_exponent(t - (e - x), k)
    } else {
        let t = f64::from_bits(((0x3ff - k) as u64) << 52); // 2^-k
        add_exponent(x - (e + t) + 1.0, k)
    }
}

/// `log(1 + x)` (glibc's `s_log1p.c`).
pub fn glibc_log1p(x: f64) -> f64 {
    const LN2_HI: f64 = 6.93147180369123816490e-01;
    const LN2_LO: f64 = 1.90821492927058770002e-10;
    const LP: [f64; 8] = [
        0.0,
        6.666666666666735130e-01,
        3.999999999940941908e-01,
        2.857142874366239149e-01,
        2.222219843214978396e-01,
        1.818357216161805012e-01,
        1.531383769920937332e-01,
        1.479819860511658591e-01,
    ];
    let hx = high_word(x);
    let ax = hx & 0x7fff_ffff;
    let mut k = 1;
    let (mut f, mut hu, mut c) = (0.0, 0, 0.0);
    if hx < 0x3fda_827a {
        // x < 0.41422
        if ax >= 0x3ff0_0000 {
            // x <= -1
            return if x == -1.0 {
                f64::NEG_INFINITY
            } else {
                f64::NAN
            };
        }
        if ax < 0x3e20_0000 {
            // |x| < 2**-29
            return if ax < 0x3c90_0000 { x } else { x - x * x * 0.5 };
        }
        if hx > 0 || hx <= 0xbfd2_bec3_u32 as i32 {
            // -0.2929 < x < 0.41422
            k = 0;
            f = x;
            hu = 1;
        }
    } else if hx >= 0x7ff0_0000 {
        return x + x;
    }
    if k != 0 {
        let mut u;
        if hx < 0x4340_0000 {
            u = 1.0 + x;
            hu = high_word(u);
            k = (hu >> 20) - 1023;
            c = if k > 0 { 1.0 - (u - x) } else { x - (u - 1.0) };
            c /= u;
        } else {
            u = x;
            hu = high_word(u);
            k = (hu >> 20) - 1023;
            c = 0.0;
        }
        hu &= 0x000f_ffff;
        let set_high = |u: f64, h: i32| {
            f64::from_bits((u.to_bits() & 0xffff_ffff) | ((h as u32 as u64) << 32))
        };
        if hu < 0x6a09e {
            u = set_high(u, hu | 0x3ff0_0000);
        } else {
            k += 1;
            u = set_high(u, hu | 0x3fe0_0000);
            hu = (0x0010_0000 - hu) >> 2;
        }
        f = u - 1.0;
    }
    // As for `expm1`, the products GCC fuses in glibc's FMA build are `mul_add`s (GCC fuses a
    // product only into an addition in the same basic block: not across the `k == 0` test).
    let hfsq = 0.5 * f * f;
    let kf = k as f64;
    if hu == 0 {
        // |f| < 2**-20
        if f == 0.0 {
            return if k == 0 {
                0.0
            } else {
                kf * LN2_HI + kf.mul_add(LN2_LO, c)
            };
        }
        let r = hfsq * (-0.66666666666666666f64).mul_add(f, 1.0);
        if k == 0 {
            return f - r;
        }
        return kf * LN2_HI - ((r - kf.mul_add(LN2_LO, c)) - f);
    }
    let s = f / (2.0 + f);
    let z = s * s;
    let z2 = z * z;
    let r2 = z.mul_add(LP[3], LP[2]);
    let z4 = z2 * z2;
    let r3 = z.mul_add(LP[5], LP[4]);
    let z6 = z4 * z2;
    let r4 = z.mul_add(LP[7], LP[6]);
    let r = z6.mul_add(r4, z4.mul_add(r3, z.mul_add(LP[1], z2 * r2)));
    let sr = s * (hfsq + r);
    if k == 0 {
        f - (hfsq - sr)
    } else {
        kf * LN2_HI - ((hfsq - (sr + kf.mul_add(LN2_LO, c))) - f)
    }
}

/// Base-10 logarithm (glibc's `e_log10.c`: `n·log10(2) + log(m)/ln10`, not correctly rounded).
pub fn glibc_log10(x: f64) -> f64 {
    const LOG10_2HI: f64 = 3.01029995663611771306e-01;
    const LOG10_2LO: f64 = 3.69423907715893078616e-13;
    let (mut x, mut k) = (x, 0);
    let mut hx = high_word(x);
    if hx < 0x0010_0000 {
        if x == 0.0 {
            return f64::NEG_INFINITY;
        }
        if hx < 0 {
            return f64::NAN;
        }
        k -= 54;
        x *= 18014398509481984.0; // 2^54
        hx = high_word(x);
    }
    if hx >= 0x7ff0_0000 {
        return x + x;
    }
    k += (hx >> 20) - 1023;
    let i = ((k as u32) >> 31) as i32;
    let hx = (hx & 0x000f_ffff) | ((0x3ff - i) << 20);
    let y = (k + i) as f64;
    let x = f64::from_bits((x.to_bits() & 0xffff_ffff) | ((hx as u32 as u64) << 32));
    let z = y * LOG10_2LO + std::f64::consts::LOG10_E * log(x);
    z + y * LOG10_2HI
}

/// Hyperbolic sine (glibc's `e_sinh.c`).
pub fn glibc_sinh(x: f64) -> f64 {
    let jx = high_word(x);
    let ix = jx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return x + x;
    }
    let h = if jx < 0 { -0.5 } else { 0.5 };
    if ix < 0x4036_0000 {
        // |x| < 22
        if ix < 0x3e30_0000 {
            return x;
        }
        let t = expm1(x.abs());
        if ix < 0x3ff0_0000 {
            return h * (2.0 * t - t * t / (t + 1.0));
        }
        return h * (t + t / (t + 1.0));
    }
    if ix < 0x4086_2e42 {
        return h * exp(x.abs());
    }
    if x.abs() <= f64::from_bits(0x4086_33ce_8fb9_f87d) {
        let w = exp(0.5 * x.abs());
        let t = h * w;
        return t * w;
    }
    x * 1.0e307
}

/// Hyperbolic cosine (glibc's `e_cosh.c`).
pub fn glibc_cosh(x: f64) -> f64 {
    let ix = high_word(x) & 0x7fff_ffff;
    if ix < 0x4036_0000 {
        if ix < 0x3fd6_2e43 {
            // |x| < ln2/2
            if ix < 0x3c80_0000 {
                return 1.0;
            }
            let t = expm1(x.abs());
            let w = 1.0 + t;
            return 1.0 + (t * t) / (w + w);
        }
        let t = exp(x.abs());
        return 0.5 * t + 0.5 / t;
    }
    if ix < 0x4086_2e42 {
        return 0.5 * exp(x.abs());
    }
    if x.abs() <= f64::from_bits(0x4086_33ce_8fb9_f87d) {
        let w = exp(0.5 * x.abs());
        let t = 0.5 * w;
        return t * w;
    }
    if ix >= 0x7ff0_0000 {
        return x * x;
    }
    f64::INFINITY
}

/// Hyperbolic tangent (glibc's `s_tanh.c`).
pub fn glibc_tanh(x: f64) -> f64 {
    let jx = high_word(x);
    let ix = jx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        return if jx >= 0 {
            1.0 / x + 1.0
        } else {
            1.0 / x - 1.0
        };
    }
    let z = if ix < 0x4036_0000 {
        if x == 0.0 {
            return x;
        }
        if ix < 0x3c80_0000 {
            return x * (1.0 + x);
        }
        if ix >= 0x3ff0_0000 {
            let t = expm1(2.0 * x.abs());
            1.0 - 2.0 / (t + 2.0)
        } else {
            let t = expm1(-2.0 * x.abs());
            -t / (t + 2.0)
        }
    } else {
        1.0 - TINY
    };
    if jx >= 0 {
        z
    } else {
        -z
    }
}
