//! The Python `complex` value and its arithmetic, following CPython's `complexobject.c`
//! algorithm for algorithm (Smith's division, `c_powi` for small integral exponents,
//! the polar form otherwise) so results agree to the last bit.

use super::{libm, overflow, zero_div, NumError};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Complex {
    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    /// `self / o` (the operators `+ - *` and unary `-` are the `std::ops` impls below).
    pub fn true_div(self, o: Complex) -> Result<Complex, NumError> {
        quot(self, o).ok_or(zero_div("complex division by zero"))
    }

    /// `abs(self)`.
    pub fn abs(self) -> Result<f64, NumError> {
        // C99: an infinite part gives inf even if the other part is a NaN.
        if self.re.is_infinite() || self.im.is_infinite() {
            return Ok(f64::INFINITY);
        }
        if self.re.is_nan() || self.im.is_nan() {
            return Ok(f64::NAN);
        }
        let r = libm::hypot(self.re, self.im);
        if r.is_infinite() {
            return Err(overflow("absolute value too large"));
        }
        Ok(r)
    }

    /// `self ** o` (`pow(self, o)`; a third argument is the caller's
    /// `ValueError("complex modulo")`).
    pub fn pow(self, o: Complex) -> Result<Complex, NumError> {
        let p = if o.im == 0.0 && o.re == o.re.floor() && o.re.abs() <= 100.0 {
            powi(self, o.re as i64)
        } else {
            pow_polar(self, o)
        };
        let p = p.ok_or(zero_div("0.0 to a negative or complex power"))?;
        if p.re.is_infinite() || p.im.is_infinite() {
            return Err(overflow("complex exponentiation"));
        }
        Ok(p)
    }
}

impl std::ops::Add for Complex {
    type Output = Complex;
    fn add(self, o: Complex) -> Complex {
        Complex::new(self.re + o.re, self.im + o.im)
    }
}

impl std::ops::Sub for Complex {
    type Output = Complex;
    fn sub(self, o: Complex) -> Complex {
        Complex::new(self.re - o.re, self.im - o.im)
    }
}

impl std::ops::Mul for Complex {
    type Output = Complex;
    fn mul(self, o: Complex) -> Complex {
        Complex::new(
            self.re * o.re - self.im * o.im,
            self.re * o.im + self.im * o.re,
        )
    }
}

impl std::ops::Neg for Complex {
    type Output = Complex;
    fn neg(self) -> Complex {
        Complex::new(-self.re, -self.im)
    }
}

/// Smith's algorithm (`_Py_c_quot`); `None` for division by zero.
fn quot(a: Complex, b: Complex) -> Option<Complex> {
    let abs_re = b.re.abs();
    let abs_im = b.im.abs();
    Some(if abs_re >= abs_im {
        if abs_re == 0.0 {
            return None;
        }
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        Complex::new((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom)
    } else if abs_im >= abs_re {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        Complex::new((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom)
    } else {
        // At least one of b.re, b.im is a NaN.
        Complex::new(f64::NAN, f64::NAN)
    })
}

/// `x ** n` by repeated squaring (`c_powi`); `None` for `0 ** -n`.
fn powi(x: Complex, n: i64) -> Option<Complex> {
    let mut r = Complex::new(1.0, 0.0);
    let mut p = x;
    let mut k = n.unsigned_abs();
    while k > 0 {
        if k & 1 == 1 {
            r = r * p;
        }
        p = p * p;
        k >>= 1;
    }
    if n > 0 {
        Some(r)
    } else {
        quot(Complex::new(1.0, 0.0), r)
    }
}

/// The polar-form power (`_Py_c_pow`); `None` where C sets `errno = EDOM`:
/// `0 ** (negative or complex)`, or an infinite phase angle.
fn pow_polar(a: Complex, b: Complex) -> Option<Complex> {
    if b.re == 0.0 && b.im == 0.0 {
        return Some(Complex::new(1.0, 0.0));
    }
    if a.re == 0.0 && a.im == 0.0 {
        if b.im != 0.0 || b.re < 0.0 {
            return None;
        }
        return Some(Complex::new(0.0, 0.0));
    }
    let vabs = libm::hypot(a.re, a.im);
    let mut len = libm::pow(vabs, b.re);
    let at = libm::atan2(a.im, a.re);
    let mut phase = at * b.re;
    if b.im != 0.0 {
        len /= libm::exp(at * b.im);
        phase += b.im * libm::log(vabs);
    }
    if phase.is_infinite() {
        // C's cos/sin of an infinity set errno = EDOM, which CPython reports as
        // "0.0 to a negative or complex power".
        return None;
    }
    Some(Complex::new(len * libm::cos(phase), len * libm::sin(phase)))
}
