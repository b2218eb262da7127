//! The `cmath` module, ported from CPython 3.11's `cmathmodule.c`: the C99 Annex G special
//! values (one 7×7 table per function, indexed by the kind of the real and imaginary parts),
//! the overflow-avoiding formulas, and its `errno` conventions (EDOM → "math domain error",
//! ERANGE → "math range error"). The tables are 3.11's (later versions changed a few NaN
//! entries).

use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::modules::math::{build_module, n_args, one_arg};
use crate::num::libm;
use crate::num::Complex;
use crate::types::builtin::{Args, NativeFn};
use crate::types::complex::ComplexData;
use crate::types::numops::bind_args;
use crate::types::typeobj::{lookup_str, type_name};
use crate::value::Value;
use crate::vm::Vm;
use std::f64::consts::{E, LN_10, LN_2, PI};

/// What a C function reported through `errno`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Errno {
    Ok,
    Domain,
    Range,
}

type CResult = (Complex, Errno);

fn raise(e: Errno) -> PyErr {
    match e {
        Errno::Range => PyErr::new(ExcType::OverflowError, "math range error"),
        _ => value_error("math domain error"),
    }
}

const CM_LARGE_DOUBLE: f64 = f64::MAX / 4.0;
const CM_SCALE_UP: i32 = 53;
const CM_SCALE_DOWN: i32 = -27;

fn cm_sqrt_large_double() -> f64 {
    CM_LARGE_DOUBLE.sqrt()
}
fn cm_log_large_double() -> f64 {
    libm::log(CM_LARGE_DOUBLE)
}
fn cm_sqrt_dbl_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}

fn ldexp(x: f64, e: i32) -> f64 {
    crate::num::int_float::ldexp(x, e as i64)
}

/// `log1p` keeping the sign of a zero (`_Py_log1p`).
fn log1p(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        libm::log1p(x)
    }
}

// ---- Special values ------------------------------------------------------------------------------

const P: f64 = PI;
const P14: f64 = 0.25 * PI;
const P12: f64 = 0.5 * PI;
const P34: f64 = 0.75 * PI;
const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
/// An unlikely value in table slots that finite arguments never reach.
#[allow(clippy::excessive_precision)]
const U: f64 = -9.5426319407711027e33;

type Table = [[(f64, f64); 7]; 7];

/// `special_type`: 0 -inf, 1 negative, 2 -0, 3 +0, 4 positive, 5 +inf, 6 nan.
fn special_type(d: f64) -> usize {
    if d.is_finite() {
        match (d != 0.0, d.is_sign_positive()) {
            (true, true) => 4,
            (true, false) => 1,
            (false, true) => 3,
            (false, false) => 2,
        }
    } else if d.is_nan() {
        6
    } else if d > 0.0 {
        5
    } else {
        0
    }
}

fn special(z: Complex, t: &Table) -> Complex {
    let (re, im) = t[special_type(z.re)][special_type(z.im)];
    Complex::new(re, im)
}

fn finite(z: Complex) -> bool {
    z.re.is_finite() && z.im.is_finite()
}

const UU: (f64, f64) = (U, U);
const NN: (f64, f64) = (N, N);

const ACOS: Table = [
    [(P34, INF), (P, INF), (P, INF), (P, -INF), (P, -INF), (P34, -INF), (N, INF)],
    [(P12, INF), UU, UU, UU, UU, (P12, -INF), NN],
    [(P12, INF), UU, (P12, 0.), (P12, -0.), UU, (P12, -INF), (P12, N)],
    [(P12, INF), UU, (P12, 0.), (P12, -0.), UU, (P12, -INF), (P12, N)],
    [(P12, INF), UU, UU, UU, UU, (P12, -INF), NN],
    [(P14, INF), (0., INF), (0., INF), (0., -INF), (0., -INF), (P14, -INF), (N, INF)],
    [(N, INF), NN, NN, NN, NN, (N, -INF), NN],
];

const ACOSH: Table = [
    [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
    [(INF, -P12), UU, UU, UU, UU, (INF, P12), NN],
    [(INF, -P12), UU, (0., -P12), (0., P12), UU, (INF, P12), NN],
    [(INF, -P12), UU, (0., -P12), (0., P12), UU, (INF, P12), NN],
    [(INF, -P12), UU, UU, UU, UU, (INF, P12), NN],
    [(INF, -P14), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, P14), (INF, N)],
    [(INF, N), NN, NN, NN, NN, (INF, N), NN],
];

const ASINH: Table = [
    [(-INF, -P14), (-INF, -0.), (-INF, -0.), (-INF, 0.), (-INF, 0.), (-INF, P14), (-INF, N)],
    [(-INF, -P12), UU, UU, UU, UU, (-INF, P12), NN],
    [(-INF, -P12), UU, (-0., -0.), (-0., 0.), UU, (-INF, P12), NN],
    [(INF, -P12), UU, (0., -0.), (0., 0.), UU, (INF, P12), NN],
    [(INF, -P12), UU, UU, UU, UU, (INF, P12), NN],
    [(INF, -P14), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, P14), (INF, N)],
    [(INF, N), NN, (N, -0.), (N, 0.), NN, (INF, N), NN],
];

const ATANH: Table = [
    [(-0., -P12), (-0., -P12), (-0., -P12), (-0., P12), (-0., P12), (-0., P12), (-0., N)],
    [(-0., -P12), UU, UU, UU, UU, (-0., P12), NN],
    [(-0., -P12), UU, (-0., -0.), (-0., 0.), UU, (-0., P12), (-0., N)],
    [(0., -P12), UU, (0., -0.), (0., 0.), UU, (0., P12), (0., N)],
    [(0., -P12), UU, UU, UU, UU, (0., P12), NN],
    [(0., -P12), (0., -P12), (0., -P12), (0., P12), (0., P12), (0., P12), (0., N)],
    [(0., -P12), NN, NN, NN, NN, (0., P12), NN],
];

const COSH: Table = [
    [(INF, N), UU, (INF, 0.), (INF, -0.), UU, (INF, N), (INF, N)],
    [NN, UU, UU, UU, UU, NN, NN],
    [(N, 0.), UU, (1., 0.), (1., -0.), UU, (N, 0.), (N, 0.)],
    [(N, 0.), UU, (1., -0.), (1., 0.), UU, (N, 0.), (N, 0.)],
    [NN, UU, UU, UU, UU, NN, NN],
    [(INF, N), UU, (INF, -0.), (INF, 0.), UU, (INF, N), (INF, N)],
    [NN, NN, (N, 0.), (N, 0.), NN, NN, NN],
];

const EXP: Table = [
    [(0., 0.), UU, (0., -0.), (0., 0.), UU, (0., 0.), (0., 0.)],
    [NN, UU, UU, UU, UU, NN, NN],
    [NN, UU, (1., -0.), (1., 0.), UU, NN, NN],
    [NN, UU, (1., -0.), (1., 0.), UU, NN, NN],
    [NN, UU, UU, UU, UU, NN, NN],
    [(INF, N), UU, (INF, -0.), (INF, 0.), UU, (INF, N), (INF, N)],
    [NN, NN, (N, -0.), (N, 0.), NN, NN, NN],
];

const LOG: Table = [
    [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
    [(INF, -P12), UU, UU, UU, UU, (INF, P12), NN],
    [(INF, -P12), UU, (-INF, -P), (-INF, P), UU, (INF, P12), NN],
    [(INF, -P12), UU, (-INF, -0.), (-INF, 0.), UU, (INF, P12), NN],
    [(INF, -P12), UU, UU, UU, UU, (INF, P12), NN],
    [(INF, -P14), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, P14), (INF, N)],
    [(INF, N), NN, NN, NN, NN, (INF, N), NN],
];

const SINH: Table = [
    [(INF, N), UU, (-INF, -0.), (-INF, 0.), UU, (INF, N), (INF, N)],
    [NN, UU, UU, UU, UU, NN, NN],
    [(0., N), UU, (-0., -0.), (-0., 0.), UU, (0., N), (0., N)],
    [(0., N), UU, (0., -0.), (0., 0.), UU, (0., N), (0., N)],
    [NN, UU, UU, UU, UU, NN, NN],
    [(INF, N), UU, (INF, -0.), (INF, 0.), UU, (INF, N), (INF, N)],
    [NN, NN, (N, -0.), (N, 0.), NN, NN, NN],
];

const SQRT: Table = [
    [(INF, -INF), (0., -INF), (0., -INF), (0., INF), (0., INF), (INF, INF), (N, INF)],
    [(INF, -INF), UU, UU, UU, UU, (INF, INF), NN],
    [(INF, -INF), UU, (0., -0.), (0., 0.), UU, (INF, INF), NN],
    [(INF, -INF), UU, (0., -0.), (0., 0.), UU, (INF, INF), NN],
    [(INF, -INF), UU, UU, UU, UU, (INF, INF), NN],
    [(INF, -INF), (INF, -0.), (INF, -0.), (INF, 0.), (INF, 0.), (INF, INF), (INF, N)],
    [(INF, -INF), NN, NN, NN, NN, (INF, INF), NN],
];

const TANH: Table = [
    [(-1., 0.), UU, (-1., -0.), (-1., 0.), UU, (-1., 0.), (-1., 0.)],
    [NN, UU, UU, UU, UU, NN, NN],
    [(-0., N), UU, (-0., -0.), (-0., 0.), UU, (-0., N), NN],
    [(0., N), UU, (0., -0.), (0., 0.), UU, (0., N), NN],
    [NN, UU, UU, UU, UU, NN, NN],
    [(1., 0.), UU, (1., -0.), (1., 0.), UU, (1., 0.), (1., 0.)],
    [NN, NN, (N, -0.), (N, 0.), NN, NN, NN],
];

const RECT: Table = [
    [(INF, N), UU, (-INF, 0.), (-INF, -0.), UU, (INF, N), (INF, N)],
    [NN, UU, UU, UU, UU, NN, NN],
    [(0., 0.), UU, (-0., 0.), (-0., -0.), UU, (0., 0.), (0., 0.)],
    [(0., 0.), UU, (0., -0.), (0., 0.), UU, (0., 0.), (0., 0.)],
    [NN, UU, UU, UU, UU, NN, NN],
    [(INF, N), UU, (INF, -0.), (INF, 0.), UU, (INF, N), (INF, N)],
    [NN, NN, (N, 0.), (N, 0.), NN, NN, NN],
];

// ---- The functions ----------------------------------------------------------------------------------

fn c_sqrt(z: Complex) -> CResult {
    if !finite(z) {
        return (special(z, &SQRT), Errno::Ok);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return (Complex::new(0.0, z.im), Errno::Ok);
    }
    let mut ax = z.re.abs();
    let ay = z.im.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) would be subnormal: rescale.
        ax = ldexp(ax, CM_SCALE_UP);
        ldexp((ax + libm::hypot(ax, ldexp(ay, CM_SCALE_UP))).sqrt(), CM_SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + libm::hypot(ax, ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    let r = if z.re >= 0.0 {
        Complex::new(s, d.copysign(z.im))
    } else {
        Complex::new(d, s.copysign(z.im))
    };
    (r, Errno::Ok)
}

fn c_acos(z: Complex) -> CResult {
    if !finite(z) {
        return (special(z, &ACOS), Errno::Ok);
    }
    let r = if z.re.abs() > CM_LARGE_DOUBLE || z.im.abs() > CM_LARGE_DOUBLE {
        Complex::new(
            libm::atan2(z.im.abs(), z.re),
            -(libm::log(libm::hypot(z.re / 2.0, z.im / 2.0)) + LN_2 * 2.0).copysign(z.im),
        )
    } else {
        let s1 = c_sqrt(Complex::new(1.0 - z.re, -z.im)).0;
        let s2 = c_sqrt(Complex::new(1.0 + z.re, z.im)).0;
        Complex::new(2.0 * libm::atan2(s1.re, s2.re), libm::asinh(s2.re * s1.im - s2.im * s1.re))
    };
    (r, Errno::Ok)
}

fn c_acosh(z: Complex) -> CResult {
    if !finite(z) {
        return (special(z, &ACOSH), Errno::Ok);
    }
    let r = if z.re.abs() > CM_LARGE_DOUBLE || z.im.abs() > CM_LARGE_DOUBLE {
        Complex::new(libm::log(libm::hypot(z.re / 2.0, z.im / 2.0)) + LN_2 * 2.0, libm::atan2(z.im, z.re))
    } else {
        let s1 = c_sqrt(Complex::new(z.re - 1.0, z.im)).0;
        let s2 = c_sqrt(Complex::new(z.re + 1.0, z.im)).0;
        Complex::new(libm::asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * libm::atan2(s1.im, s2.re))
    };
    (r, Errno::Ok)
}

fn c_asinh(z: Complex) -> CResult {
    if !finite(z) {
        return (special(z, &ASINH), Errno::Ok);
    }
    let r = if z.re.abs() > CM_LARGE_DOUBLE || z.im.abs() > CM_LARGE_DOUBLE {
        let l = libm::log(libm::hypot(z.re / 2.0, z.im / 2.0)) + LN_2 * 2.0;
        let re = if z.im >= 0.0 { l.copysign(z.re) } else { -l.copysign(-z.re) };
        Complex::new(re, libm::atan2(z.im, z.re.abs()))
    } else {
        let s1 = c_sqrt(Complex::new(1.0 + z.im, -z.re)).0;
        let s2 = c_sqrt(Complex::new(1.0 - z.im, z.re)).0;
        Complex::new(
            libm::asinh(s1.re * s2.im - s2.re * s1.im),
            libm::atan2(z.im, s1.re * s2.re - s1.im * s2.im),
        )
    };
    (r, Errno::Ok)
}

/// `f(z) = -i g(iz)` for asin/atan/sin/tan from asinh/atanh/sinh/tanh.
fn via_i(z: Complex, g: fn(Complex) -> CResult) -> CResult {
    let (s, e) = g(Complex::new(-z.im, z.re));
    (Complex::new(s.im, -s.re), e)
}

fn c_asin(z: Complex) -> CResult {
    via_i(z, c_asinh)
}

fn c_atanh(z: Complex) -> CResult {
    if !finite(z) {
        return (special(z, &ATANH), Errno::Ok);
    }
    if z.re < 0.0 {
        let (r, e) = c_atanh(-z);
        return (-r, e);
    }
    let ay = z.im.abs();
    if z.re > cm_sqrt_large_double() || ay > cm_sqrt_large_double() {
        let h = libm::hypot(z.re / 2.0, z.im / 2.0);
        return (Complex::new(z.re / 4.0 / h / h, (PI / 2.0).copysign(z.im)), Errno::Ok);
    }
    if z.re == 1.0 && ay < cm_sqrt_dbl_min() {
        if ay == 0.0 {
            return (Complex::new(INF, z.im), Errno::Domain);
        }
        let re = -libm::log(ay.sqrt() / libm::hypot(ay, 2.0).sqrt());
        return (Complex::new(re, (libm::atan2(2.0f64, -ay) / 2.0).copysign(z.im)), Errno::Ok);
    }
    let re = log1p(4.0 * z.re / ((1.0 - z.re) * (1.0 - z.re) + ay * ay)) / 4.0;
    let im = -libm::atan2(-2.0 * z.im, (1.0 - z.re) * (1.0 + z.re) - ay * ay) / 2.0;
    (Complex::new(re, im), Errno::Ok)
}

fn c_atan(z: Complex) -> CResult {
    via_i(z, c_atanh)
}

fn c_cosh(z: Complex) -> CResult {
    if !finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let im = INF.copysign(libm::sin(z.im));
            Complex::new(INF.copysign(libm::cos(z.im)), if z.re > 0.0 { im } else { -im })
        } else {
            special(z, &COSH)
        };
        let e = if z.im.is_infinite() && !z.re.is_nan() { Errno::Domain } else { Errno::Ok };
        return (r, e);
    }
    let r = if z.re.abs() > cm_log_large_double() {
        let x_minus_one = z.re - 1.0f64.copysign(z.re);
        Complex::new(libm::cos(z.im) * libm::cosh(x_minus_one) * E, libm::sin(z.im) * libm::sinh(x_minus_one) * E)
    } else {
        Complex::new(libm::cos(z.im) * libm::cosh(z.re), libm::sin(z.im) * libm::sinh(z.re))
    };
    (r, overflowed(r))
}

fn overflowed(r: Complex) -> Errno {
    if r.re.is_infinite() || r.im.is_infinite() {
        Errno::Range
    } else {
        Errno::Ok
    }
}

fn c_cos(z: Complex) -> CResult {
    c_cosh(Complex::new(-z.im, z.re))
}

fn c_sinh(z: Complex) -> CResult {
    if !finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let re = INF.copysign(libm::cos(z.im));
            Complex::new(if z.re > 0.0 { re } else { -re }, INF.copysign(libm::sin(z.im)))
        } else {
            special(z, &SINH)
        };
        let e = if z.im.is_infinite() && !z.re.is_nan() { Errno::Domain } else { Errno::Ok };
        return (r, e);
    }
    let r = if z.re.abs() > cm_log_large_double() {
        let x_minus_one = z.re - 1.0f64.copysign(z.re);
        Complex::new(libm::cos(z.im) * libm::sinh(x_minus_one) * E, libm::sin(z.im) * libm::cosh(x_minus_one) * E)
    } else {
        Complex::new(libm::cos(z.im) * libm::sinh(z.re), libm::sin(z.im) * libm::cosh(z.re))
    };
    (r, overflowed(r))
}

fn c_sin(z: Complex) -> CResult {
    via_i(z, c_sinh)
}

fn c_tanh(z: Complex) -> CResult {
    if !finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let im = 0.0f64.copysign(2.0 * libm::sin(z.im) * libm::cos(z.im));
            Complex::new(if z.re > 0.0 { 1.0 } else { -1.0 }, im)
        } else {
            special(z, &TANH)
        };
        let e = if z.im.is_infinite() && z.re.is_finite() { Errno::Domain } else { Errno::Ok };
        return (r, e);
    }
    let r = if z.re.abs() > cm_log_large_double() {
        Complex::new(1.0f64.copysign(z.re), 4.0 * libm::sin(z.im) * libm::cos(z.im) * libm::exp(-2.0 * z.re.abs()))
    } else {
        let tx = libm::tanh(z.re);
        let ty = libm::tan(z.im);
        let cx = 1.0 / libm::cosh(z.re);
        let txty = tx * ty;
        let denom = 1.0 + txty * txty;
        Complex::new(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    };
    (r, Errno::Ok)
}

fn c_tan(z: Complex) -> CResult {
    via_i(z, c_tanh)
}

fn c_exp(z: Complex) -> CResult {
    if !finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            if z.re > 0.0 {
                Complex::new(INF.copysign(libm::cos(z.im)), INF.copysign(libm::sin(z.im)))
            } else {
                Complex::new(0.0f64.copysign(libm::cos(z.im)), 0.0f64.copysign(libm::sin(z.im)))
            }
        } else {
            special(z, &EXP)
        };
        let e = if z.im.is_infinite() && (z.re.is_finite() || (z.re.is_infinite() && z.re > 0.0)) {
            Errno::Domain
        } else {
            Errno::Ok
        };
        return (r, e);
    }
    let r = if z.re > cm_log_large_double() {
        let l = libm::exp(z.re - 1.0);
        Complex::new(l * libm::cos(z.im) * E, l * libm::sin(z.im) * E)
    } else {
        let l = libm::exp(z.re);
        Complex::new(l * libm::cos(z.im), l * libm::sin(z.im))
    };
    (r, overflowed(r))
}

fn c_log(z: Complex) -> CResult {
    if !finite(z) {
        return (special(z, &LOG), Errno::Ok);
    }
    let ax = z.re.abs();
    let ay = z.im.abs();
    let re = if ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE {
        libm::log(libm::hypot(ax / 2.0, ay / 2.0)) + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // hypot(ax, ay) would be subnormal: rescale.
            libm::log(libm::hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53.0 * LN_2
        } else {
            return (Complex::new(-INF, libm::atan2(z.im, z.re)), Errno::Domain);
        }
    } else {
        let h = libm::hypot(ax, ay);
        if (0.71..=1.73).contains(&h) {
            let am = if ax > ay { ax } else { ay };
            let an = if ax > ay { ay } else { ax };
            log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            libm::log(h)
        }
    };
    (Complex::new(re, libm::atan2(z.im, z.re)), Errno::Ok)
}

fn c_log10(z: Complex) -> CResult {
    let (r, e) = c_log(z);
    (Complex::new(r.re / LN_10, r.im / LN_10), e)
}

/// `_Py_c_abs`: hypot with C99's infinities, ERANGE on overflow.
fn c_abs(z: Complex) -> (f64, Errno) {
    if !finite(z) {
        if z.re.is_infinite() {
            return (z.re.abs(), Errno::Ok);
        }
        if z.im.is_infinite() {
            return (z.im.abs(), Errno::Ok);
        }
        return (N, Errno::Ok);
    }
    let r = libm::hypot(z.re, z.im);
    (r, if r.is_finite() { Errno::Ok } else { Errno::Range })
}

// ---- Argument conversion and the module -------------------------------------------------------------

/// `PyComplex_AsCComplex`: a complex, `__complex__`, or a real number.
fn to_complex(vm: &mut Vm, v: &Value) -> PyResult<Complex> {
    if let Some(c) = v.downcast::<ComplexData>() {
        return Ok(c.num());
    }
    if let Some(f) = lookup_str(&v.class(), "__complex__") {
        let r = vm.call_unbound(&f, v, &[])?;
        return match r.downcast::<ComplexData>() {
            Some(c) => Ok(c.num()),
            None => Err(type_error(format!("__complex__ returned non-complex (type {})", type_name(&r)))),
        };
    }
    Ok(Complex::new(vm.to_f64(v)?, 0.0))
}

fn finish(r: CResult) -> PyResult {
    match r {
        (z, Errno::Ok) => Ok(Value::complex(z.re, z.im)),
        (_, e) => Err(raise(e)),
    }
}

macro_rules! cfunc1 {
    ($($fname:ident: $name:literal => $f:expr;)*) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            let z = to_complex(vm, one_arg(&args, "cmath", $name)?)?;
            finish($f(z))
        })*
    };
}

cfunc1! {
    cmath_acos: "acos" => c_acos;
    cmath_acosh: "acosh" => c_acosh;
    cmath_asin: "asin" => c_asin;
    cmath_asinh: "asinh" => c_asinh;
    cmath_atan: "atan" => c_atan;
    cmath_atanh: "atanh" => c_atanh;
    cmath_cos: "cos" => c_cos;
    cmath_cosh: "cosh" => c_cosh;
    cmath_exp: "exp" => c_exp;
    cmath_log10: "log10" => c_log10;
    cmath_sin: "sin" => c_sin;
    cmath_sinh: "sinh" => c_sinh;
    cmath_sqrt: "sqrt" => c_sqrt;
    cmath_tan: "tan" => c_tan;
    cmath_tanh: "tanh" => c_tanh;
}

/// `cmath.log(z[, base])`.
fn cmath_log(vm: &mut Vm, args: Args) -> PyResult {
    let pos = n_args(&args, "cmath", "log", 1, 2)?;
    let z = to_complex(vm, &pos[0])?;
    let (mut x, mut e) = c_log(z);
    if let Some(b) = pos.get(1) {
        let y = to_complex(vm, b)?;
        // As in C, the second c_log's errno replaces the first's.
        let (y, e2) = c_log(y);
        e = e2;
        match x.true_div(y) {
            Ok(q) => x = q,
            Err(_) => e = Errno::Domain,
        }
    }
    finish((x, e))
}

fn cmath_phase(vm: &mut Vm, args: Args) -> PyResult {
    let z = to_complex(vm, one_arg(&args, "cmath", "phase")?)?;
    let phi = libm::atan2(z.im, z.re);
    // glibc's atan2 sets ERANGE when the result underflows to zero, and phase() reports it.
    if phi == 0.0 && z.im != 0.0 && z.re.is_finite() {
        return Err(raise(Errno::Range));
    }
    Ok(Value::float(phi))
}

fn cmath_polar(vm: &mut Vm, args: Args) -> PyResult {
    let z = to_complex(vm, one_arg(&args, "cmath", "polar")?)?;
    let phi = libm::atan2(z.im, z.re);
    match c_abs(z) {
        (r, Errno::Ok) => Ok(Value::tuple(vec![Value::float(r), Value::float(phi)])),
        (_, e) => Err(raise(e)),
    }
}

fn cmath_rect(vm: &mut Vm, args: Args) -> PyResult {
    let pos = n_args(&args, "cmath", "rect", 2, 2)?;
    let r = vm.to_f64(&pos[0])?;
    let phi = vm.to_f64(&pos[1])?;
    let res = if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let (re, im) = (INF.copysign(libm::cos(phi)), INF.copysign(libm::sin(phi)));
            if r > 0.0 {
                Complex::new(re, im)
            } else {
                Complex::new(-re, -im)
            }
        } else {
            special(Complex::new(r, phi), &RECT)
        };
        let e = if r != 0.0 && !r.is_nan() && phi.is_infinite() { Errno::Domain } else { Errno::Ok };
        (z, e)
    } else if phi == 0.0 {
        (Complex::new(r, r * phi), Errno::Ok)
    } else {
        (Complex::new(r * libm::cos(phi), r * libm::sin(phi)), Errno::Ok)
    };
    finish(res)
}

fn cmath_isfinite(vm: &mut Vm, args: Args) -> PyResult {
    let z = to_complex(vm, one_arg(&args, "cmath", "isfinite")?)?;
    Ok(Value::bool(finite(z)))
}

fn cmath_isnan(vm: &mut Vm, args: Args) -> PyResult {
    let z = to_complex(vm, one_arg(&args, "cmath", "isnan")?)?;
    Ok(Value::bool(z.re.is_nan() || z.im.is_nan()))
}

fn cmath_isinf(vm: &mut Vm, args: Args) -> PyResult {
    let z = to_complex(vm, one_arg(&args, "cmath", "isinf")?)?;
    Ok(Value::bool(z.re.is_infinite() || z.im.is_infinite()))
}

/// `cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn cmath_isclose(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b, rel, abs] = bind_args(&args, "isclose", ["a", "b", "rel_tol", "abs_tol"], 0, 2, 2)?;
    let a = to_complex(vm, &a.unwrap_or_else(Value::none))?;
    let b = to_complex(vm, &b.unwrap_or_else(Value::none))?;
    let rel = match rel {
        Some(r) => vm.to_f64(&r)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(r) => vm.to_f64(&r)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a.re == b.re && a.im == b.im {
        return Ok(Value::bool(true));
    }
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = c_abs(a - b).0;
    Ok(Value::bool(diff <= rel * c_abs(b).0 || diff <= rel * c_abs(a).0 || diff <= abs))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", cmath_acos),
    ("acosh", cmath_acosh),
    ("asin", cmath_asin),
    ("asinh", cmath_asinh),
    ("atan", cmath_atan),
    ("atanh", cmath_atanh),
    ("cos", cmath_cos),
    ("cosh", cmath_cosh),
    ("exp", cmath_exp),
    ("isclose", cmath_isclose),
    ("isfinite", cmath_isfinite),
    ("isinf", cmath_isinf),
    ("isnan", cmath_isnan),
    ("log", cmath_log),
    ("log10", cmath_log10),
    ("phase", cmath_phase),
    ("polar", cmath_polar),
    ("rect", cmath_rect),
    ("sin", cmath_sin),
    ("sinh", cmath_sinh),
    ("sqrt", cmath_sqrt),
    ("tan", cmath_tan),
    ("tanh", cmath_tanh),
];

pub fn init(_vm: &mut Vm) -> PyResult {
    build_module(
        "cmath",
        FUNCTIONS,
        &[
            ("pi", Value::float(PI)),
            ("e", Value::float(E)),
            ("tau", Value::float(std::f64::consts::TAU)),
            ("inf", Value::float(INF)),
            ("infj", Value::complex(0.0, INF)),
            ("nan", Value::float(N)),
            ("nanj", Value::complex(0.0, N)),
        ],
    )
}
