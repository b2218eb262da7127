//! C math library functions that Rust's `std` lacks (`erf`, `erfc`) or computes differently
//! from glibc (`asinh`, `acosh`, `atanh`, `cbrt`), ported from glibc 2.36's
//! `sysdeps/ieee754/dbl-64` (Sun's fdlibm, with glibc's evaluation order of the polynomials),
//! so `math.erf(x)` and friends give the bits CPython gives on glibc.
//!
//! They call only `exp`, `ln`, `ln_1p` and `sqrt`, which std takes from the platform libm
//! (glibc natively; on wasm32 Rust's musl port, where a last-ulp difference can carry over).

// The constants are fdlibm's text, digits beyond f64 precision included.
#![allow(clippy::excessive_precision)]

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
    (-z * z - 0.5625).exp() * ((z - x) * (z + x) + r / big_s).exp()
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
        return if hx >= 0 { (1.0 - ERX) - pq } else { 1.0 + (ERX + pq) };
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
        x.abs().ln() + LN2
    } else {
        let xa = x.abs();
        if ix > 0x4000_0000 {
            (2.0 * xa + 1.0 / ((xa * xa + 1.0).sqrt() + xa)).ln()
        } else {
            let t = xa * xa;
            (xa + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
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
        return x.ln() + LN2;
    }
    if hx == 0x3ff0_0000 && lx == 0 {
        return 0.0;
    }
    if hx > 0x4000_0000 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

/// Inverse hyperbolic tangent (glibc's `e_atanh.c`).
pub fn atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < f64::from_bits(0x3e30_0000_0000_0000) {
            return x;
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
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
                    + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    super::int_float::ldexp(if x > 0.0 { ym } else { -ym }, (xe / 3) as i64)
}

/// `pow(x, y)` as glibc gives it. Natively that is the platform's `pow`. On wasm32 `f64::powf`
/// is Rust's port of fdlibm's `pow`, which is faithful (< 1 ulp) but not correctly rounded:
/// `10.0 ** -5` came out as `9.999999999999999e-06`. glibc's `pow` rounds correctly but for
/// results within ~2⁻⁶⁸ of a rounding midpoint, so for integer exponents (where such misses
/// show: `10.0 ** e`, `x ** 2`) wasm32 computes the power in double-double arithmetic and rounds
/// once; other exponents keep fdlibm's result.
pub fn pow(x: f64, y: f64) -> f64 {
    #[cfg(target_arch = "wasm32")]
    if let Some(r) = pow_int_exponent(x, y) {
        return r;
    }
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
    if (y * x.abs().log2()).abs() >= 960.0 {
        return None;
    }
    let n = y.abs() as u32;
    let base = Dd(x.abs(), 0.0);
    let mut acc = Dd(1.0, 0.0);
    for bit in (0..32 - n.leading_zeros()).rev() {
        acc = acc.mul(acc);
        if n >> bit & 1 == 1 {
            acc = acc.mul(base);
        }
    }
    let r = if y < 0.0 {
        acc.recip()
    } else if acc.1 > 0.0 && acc.1 == ulp(acc.0) / 2.0 {
        // An exact tie (x**n needs 54 bits, as 10**23, 3**34): glibc's result lies above it.
        acc.0 + acc.1 * 2.0
    } else {
        acc.0 + acc.1
    };
    Some(if x < 0.0 && n & 1 == 1 { -r } else { r })
}

/// A double-double `hi + lo` with `|lo| ≤ ulp(hi) / 2`.
#[derive(Clone, Copy)]
struct Dd(f64, f64);

impl Dd {
    fn mul(self, b: Dd) -> Dd {
        let (p, e) = two_prod(self.0, b.0);
        let e = e + (self.0 * b.1 + self.1 * b.0);
        let s = p + e;
        Dd(s, e - (s - p))
    }

    /// `1 / self` rounded once to f64: one Newton step on the f64 reciprocal.
    fn recip(self) -> f64 {
        let q = 1.0 / self.0;
        let (t, te) = two_prod(q, self.0);
        let r = ((1.0 - t) - te) - q * self.1;
        q + r / self.0
    }
}

/// `a * b` exactly as `p + e` (Dekker's product with Veltkamp splitting: wasm has no fma).
fn two_prod(a: f64, b: f64) -> (f64, f64) {
    fn split(a: f64) -> (f64, f64) {
        let c = 134_217_729.0 * a; // 2^27 + 1
        let hi = c - (c - a);
        (hi, a - hi)
    }
    let p = a * b;
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    (p, ((ah * bh - p) + ah * bl + al * bh) + al * bl)
}

/// The gap between `x` (positive, normal) and the next float above it.
fn ulp(x: f64) -> f64 {
    f64::from_bits(x.to_bits() + 1) - x
}
