//! The Python `int` value and its operators.
//!
//! [`Int`] is either `Small(i64)` or `Big(BigInt)`, always normalized: `Big` only holds
//! values outside `i64`. Each operator tries the `i64` path with checked arithmetic and
//! falls back to one shared `BigInt` path (operands borrowed as `Cow<BigInt>`, the operation
//! passed as a `fn` pointer so only one copy of the glue is compiled).
//!
//! The object model's tagged small int is narrower (63 bits natively, 31 on wasm32); it
//! converts with [`Int::as_i64`] / `Int::from(i64)` and boxes anything wider.

use std::borrow::Cow;
use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{Pow, Signed, ToPrimitive};

use super::{memory_error, overflow, value_error, zero_div, NumError};

/// The largest int, in bits, an operation may build. Rust aborts the process when an
/// allocation fails, so anything bigger raises `MemoryError` up front instead (CPython
/// would try and usually fail the same way, or be killed by the OOM killer).
pub const MAX_BITS: u64 = if cfg!(target_pointer_width = "32") {
    1 << 32
} else {
    1 << 35
};

/// CPython's `MAX_LONG_DIGITS` (30-bit digits on a 64-bit build), in bits: results above
/// it raise `OverflowError("too many digits in integer")` rather than `MemoryError`.
const CPYTHON_MAX_BITS: u128 = ((i64::MAX as u128 - 24) / 4) * 30;

/// A Python `int`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Int {
    Small(i64),
    /// Invariant: the value does not fit in `i64`.
    Big(BigInt),
}

/// Result of `int ** int`: a negative exponent gives a float.
#[derive(Clone, Debug, PartialEq)]
pub enum IntOrFloat {
    Int(Int),
    Float(f64),
}

impl From<i64> for Int {
    fn from(v: i64) -> Int {
        Int::Small(v)
    }
}

impl From<BigInt> for Int {
    fn from(v: BigInt) -> Int {
        Int::from_big(v)
    }
}

impl From<u64> for Int {
    fn from(v: u64) -> Int {
        Int::from_i128(v as i128)
    }
}

impl From<i128> for Int {
    fn from(v: i128) -> Int {
        Int::from_i128(v)
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Int) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Int {
    fn cmp(&self, other: &Int) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            // A normalized Big lies outside i64, so its sign decides.
            (Int::Big(a), Int::Small(_)) => sign_order(a),
            (Int::Small(_), Int::Big(b)) => sign_order(b).reverse(),
            (Int::Big(a), Int::Big(b)) => a.cmp(b),
        }
    }
}

fn sign_order(b: &BigInt) -> Ordering {
    if b.is_negative() {
        Ordering::Less
    } else {
        Ordering::Greater
    }
}

/// Applies a BigInt operation to two ints; the one shared slow path.
fn big2(a: &Int, b: &Int, f: fn(&BigInt, &BigInt) -> BigInt) -> Int {
    Int::from_big(f(&a.to_big(), &b.to_big()))
}

impl Int {
    pub const ZERO: Int = Int::Small(0);
    pub const ONE: Int = Int::Small(1);

    /// Normalizes a `BigInt`.
    pub fn from_big(b: BigInt) -> Int {
        match b.to_i64() {
            Some(v) => Int::Small(v),
            None => Int::Big(b),
        }
    }

    pub fn from_biguint(b: BigUint) -> Int {
        Int::from_big(BigInt::from(b))
    }

    pub fn from_i128(v: i128) -> Int {
        match i64::try_from(v) {
            Ok(v) => Int::Small(v),
            Err(_) => Int::Big(BigInt::from(v)),
        }
    }

    /// The value as `i64`, if it fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big(_) => None,
        }
    }

    /// The value as a C `Py_ssize_t` (64-bit CPython's), or CPython's `OverflowError`.
    /// (Sequence indexing reports overflow differently: "cannot fit 'int' into an
    /// index-sized integer", raised as `IndexError` or `OverflowError` by the caller.)
    pub fn as_ssize(&self) -> Result<i64, NumError> {
        self.as_i64()
            .ok_or(overflow("Python int too large to convert to C ssize_t"))
    }

    /// The value clamped to `i64` (`PyNumber_AsSsize_t(x, NULL)`: used by `round()`'s
    /// `ndigits` and slice bounds).
    pub fn clamp_i64(&self) -> i64 {
        match self {
            Int::Small(v) => *v,
            Int::Big(_) if self.is_negative() => i64::MIN,
            Int::Big(_) => i64::MAX,
        }
    }

    /// The value as a `BigInt`, borrowed when it already is one.
    pub fn to_big(&self) -> Cow<'_, BigInt> {
        match self {
            Int::Small(v) => Cow::Owned(BigInt::from(*v)),
            Int::Big(b) => Cow::Borrowed(b),
        }
    }

    pub fn into_big(self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(v),
            Int::Big(b) => b,
        }
    }

    /// The magnitude as a `BigUint`.
    pub fn magnitude(&self) -> BigUint {
        match self {
            Int::Small(v) => BigUint::from(v.unsigned_abs()),
            Int::Big(b) => b.magnitude().clone(),
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(v) => *v < 0,
            Int::Big(b) => b.is_negative(),
        }
    }

    /// -1, 0 or 1.
    pub fn signum(&self) -> i32 {
        match self {
            Int::Small(v) => v.signum() as i32,
            Int::Big(b) => {
                if b.is_negative() {
                    -1
                } else {
                    1
                }
            }
        }
    }

    /// Whether the value is odd (two's complement bit 0).
    pub fn is_odd(&self) -> bool {
        match self {
            Int::Small(v) => v & 1 != 0,
            Int::Big(b) => b.bit(0),
        }
    }

    pub fn add(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            return Int::from_i128(*a as i128 + *b as i128);
        }
        big2(self, other, |a, b| a + b)
    }

    pub fn sub(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            return Int::from_i128(*a as i128 - *b as i128);
        }
        big2(self, other, |a, b| a - b)
    }

    pub fn mul(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            return Int::from_i128(*a as i128 * *b as i128);
        }
        big2(self, other, |a, b| a * b)
    }

    /// `self // other` (rounds toward negative infinity).
    pub fn floor_div(&self, other: &Int) -> Result<Int, NumError> {
        if other.is_zero() {
            return Err(zero_div("integer division or modulo by zero"));
        }
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if *b == -1 {
                return Ok(self.neg());
            }
            let q = a / b;
            return Ok(Int::Small(if a % b != 0 && (a ^ b) < 0 {
                q - 1
            } else {
                q
            }));
        }
        Ok(big2(self, other, |a, b| a.div_floor(b)))
    }

    /// `self % other` (the result takes the sign of `other`).
    pub fn modulo(&self, other: &Int) -> Result<Int, NumError> {
        if other.is_zero() {
            return Err(zero_div("integer modulo by zero"));
        }
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            if *b == -1 {
                return Ok(Int::ZERO);
            }
            let r = a % b;
            return Ok(Int::Small(if r != 0 && (r ^ b) < 0 { r + b } else { r }));
        }
        Ok(big2(self, other, |a, b| a.mod_floor(b)))
    }

    /// `divmod(self, other)`.
    pub fn div_mod(&self, other: &Int) -> Result<(Int, Int), NumError> {
        if other.is_zero() {
            return Err(zero_div("integer division or modulo by zero"));
        }
        if let (Int::Small(_), Int::Small(_)) = (self, other) {
            return Ok((self.floor_div(other)?, self.modulo(other)?));
        }
        let (q, r) = self.to_big().div_mod_floor(&other.to_big());
        Ok((Int::from_big(q), Int::from_big(r)))
    }

    pub fn neg(&self) -> Int {
        match self {
            Int::Small(v) => Int::from_i128(-(*v as i128)),
            Int::Big(b) => Int::from_big(-b),
        }
    }

    pub fn abs(&self) -> Int {
        if self.is_negative() {
            self.neg()
        } else {
            self.clone()
        }
    }

    /// `~self` == `-self - 1`.
    pub fn invert(&self) -> Int {
        match self {
            Int::Small(v) => Int::Small(!v),
            Int::Big(b) => Int::from_big(!b),
        }
    }

    /// `self & other`, two's complement semantics for negatives.
    pub fn bitand(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            return Int::Small(a & b);
        }
        big2(self, other, |a, b| a & b)
    }

    pub fn bitor(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            return Int::Small(a | b);
        }
        big2(self, other, |a, b| a | b)
    }

    pub fn bitxor(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            return Int::Small(a ^ b);
        }
        big2(self, other, |a, b| a ^ b)
    }

    /// `self << n`.
    pub fn shl(&self, n: &Int) -> Result<Int, NumError> {
        if n.is_negative() {
            return Err(value_error("negative shift count"));
        }
        if self.is_zero() {
            return Ok(Int::ZERO);
        }
        let n = match n {
            Int::Small(n) => *n as u64,
            // Shifts past i64 but below CPython's digit limit fail to allocate there.
            Int::Big(b) => {
                let bits = b.to_u128().unwrap_or(u128::MAX);
                return Err(if bits.saturating_add(self.bit_length() as u128) > CPYTHON_MAX_BITS {
                    overflow("too many digits in integer")
                } else {
                    memory_error()
                });
            }
        };
        if let Int::Small(a) = self {
            if n < 64 {
                let r = a << n;
                if r >> n == *a {
                    return Ok(Int::Small(r));
                }
            }
        }
        let bits = self.bit_length() as u128 + n as u128;
        if bits > CPYTHON_MAX_BITS {
            return Err(overflow("too many digits in integer"));
        }
        if bits > MAX_BITS as u128 {
            return Err(memory_error());
        }
        Ok(Int::from_big(self.to_big().as_ref() << n))
    }

    /// `self >> n` (rounds toward negative infinity).
    pub fn shr(&self, n: &Int) -> Result<Int, NumError> {
        if n.is_negative() {
            return Err(value_error("negative shift count"));
        }
        let n = match n.as_i64() {
            Some(n) if (n as u64) < self.bit_length() => n as u64,
            // Every bit shifted out.
            _ => return Ok(Int::Small(if self.is_negative() { -1 } else { 0 })),
        };
        Ok(match self {
            Int::Small(a) => Int::Small(a >> n),
            Int::Big(b) => Int::from_big(b >> n),
        })
    }

    /// Number of bits in `abs(self)`, `int.bit_length()`.
    pub fn bit_length(&self) -> u64 {
        match self {
            Int::Small(v) => 64 - v.unsigned_abs().leading_zeros() as u64,
            Int::Big(b) => b.bits(),
        }
    }

    /// Number of ones in `abs(self)`, `int.bit_count()`.
    pub fn bit_count(&self) -> u64 {
        match self {
            Int::Small(v) => v.unsigned_abs().count_ones() as u64,
            Int::Big(b) => b.magnitude().count_ones(),
        }
    }

    /// `self ** exp` (`pow(self, exp)`); a negative exponent gives a float, computed as
    /// `float(self) ** float(exp)` like CPython.
    pub fn pow(&self, exp: &Int) -> Result<IntOrFloat, NumError> {
        if exp.is_negative() {
            let base = self.to_f64()?;
            let exp = exp.to_f64()?;
            return match super::float::pow(base, exp)? {
                super::float::PowResult::Float(f) => Ok(IntOrFloat::Float(f)),
                // An integral exponent never makes a complex result.
                super::float::PowResult::Complex(_) => unreachable!(),
            };
        }
        Ok(IntOrFloat::Int(self.pow_nonneg(exp)?))
    }

    /// `self ** exp` for `exp >= 0`.
    pub fn pow_nonneg(&self, exp: &Int) -> Result<Int, NumError> {
        // Bases whose powers never grow.
        match self {
            Int::Small(0) => return Ok(Int::Small(exp.is_zero() as i64)),
            Int::Small(1) => return Ok(Int::ONE),
            Int::Small(-1) => return Ok(Int::Small(if exp.is_odd() { -1 } else { 1 })),
            _ => {}
        }
        let e = match exp.as_i64() {
            Some(e) => e as u64,
            None => return Err(memory_error()),
        };
        if let Int::Small(b) = self {
            if let Ok(e32) = u32::try_from(e) {
                if let Some(r) = b.checked_pow(e32) {
                    return Ok(Int::Small(r));
                }
            }
        }
        // |self| >= 2, so the result has at least (bits - 1) * e + 1 bits.
        if (self.bit_length() - 1).saturating_mul(e) >= MAX_BITS {
            return Err(memory_error());
        }
        Ok(Int::from_big(Pow::pow(self.to_big().as_ref(), e)))
    }

    /// `pow(self, exp, modulus)`, including a negative `exp` (modular inverse).
    pub fn pow_mod(&self, exp: &Int, modulus: &Int) -> Result<Int, NumError> {
        if modulus.is_zero() {
            return Err(value_error("pow() 3rd argument cannot be 0"));
        }
        let negative_output = modulus.is_negative();
        let m = modulus.abs();
        if m == Int::ONE {
            return Ok(Int::ZERO);
        }
        let mut base = self.modulo(&m)?;
        let mut exp = Cow::Borrowed(exp);
        if exp.is_negative() {
            base = base.mod_inverse(&m)?;
            exp = Cow::Owned(exp.neg());
        }
        let r = match (&base, exp.as_ref(), &m) {
            (Int::Small(b), Int::Small(e), Int::Small(m)) if *m <= u32::MAX as i64 => {
                Int::Small(pow_mod_u32(*b as u64, *e as u64, *m as u64) as i64)
            }
            _ => Int::from_big(base.to_big().modpow(&exp.to_big(), &m.to_big())),
        };
        Ok(if negative_output && !r.is_zero() {
            r.sub(&m)
        } else {
            r
        })
    }

    /// The inverse of `self` modulo `m` (`m > 1`), in `[0, m)`.
    fn mod_inverse(&self, m: &Int) -> Result<Int, NumError> {
        match self.to_big().modinv(&m.to_big()) {
            Some(inv) => Ok(Int::from_big(inv)),
            None => Err(value_error("base is not invertible for the given modulus")),
        }
    }

    /// `divmod_near(self, other)`: the quotient rounded half to even, and `self - q*other`.
    pub fn div_mod_near(&self, other: &Int) -> Result<(Int, Int), NumError> {
        let (q, r) = self.div_mod(other)?;
        // Round up if r/b > 1/2, or r/b == 1/2 and q is odd.
        let twice_r = r.add(&r);
        let cmp = twice_r.cmp(other);
        let greater_than_half = if other.is_negative() {
            cmp == Ordering::Less
        } else {
            cmp == Ordering::Greater
        };
        if greater_than_half || (cmp == Ordering::Equal && q.is_odd()) {
            Ok((q.add(&Int::ONE), r.sub(other)))
        } else {
            Ok((q, r))
        }
    }

    /// `round(self, ndigits)`: rounds to a multiple of `10**-ndigits`, half to even.
    pub fn round(&self, ndigits: &Int) -> Int {
        if !ndigits.is_negative() {
            return self.clone();
        }
        // 10**n > 2*|self| means the result is 0; this also spares computing 10**huge.
        let n = match ndigits.as_i64() {
            Some(n) if n.unsigned_abs() <= self.bit_length() / 3 + 2 => n.unsigned_abs(),
            _ => return Int::ZERO,
        };
        let Ok(pow10) = Int::Small(10).pow_nonneg(&Int::Small(n as i64)) else {
            return Int::ZERO;
        };
        match self.div_mod_near(&pow10) {
            Ok((_, r)) => self.sub(&r),
            Err(_) => Int::ZERO,
        }
    }

    /// `math.isqrt(self)`.
    pub fn isqrt(&self) -> Result<Int, NumError> {
        if self.is_negative() {
            return Err(value_error("isqrt() argument must be nonnegative"));
        }
        Ok(match self {
            Int::Small(v) => Int::Small((*v as u64).isqrt() as i64),
            Int::Big(b) => Int::from_big(b.sqrt()),
        })
    }

    /// Greatest common divisor, always non-negative.
    pub fn gcd(&self, other: &Int) -> Int {
        if let (Int::Small(a), Int::Small(b)) = (self, other) {
            return Int::from(gcd_u64(a.unsigned_abs(), b.unsigned_abs()));
        }
        big2(self, other, |a, b| a.gcd(b))
    }

    /// Least common multiple as `math.lcm` computes it: `abs(a // gcd(a, b) * b)`.
    pub fn lcm(&self, other: &Int) -> Int {
        if self.is_zero() || other.is_zero() {
            return Int::ZERO;
        }
        let g = self.gcd(other);
        // g divides self, so floor_div cannot fail.
        let f = self.floor_div(&g).unwrap_or(Int::ZERO);
        f.mul(other).abs()
    }
}

/// `b**e % m` for `b < m`, `1 < m < 2**32` (products fit in u64: no u128 division).
fn pow_mod_u32(mut b: u64, mut e: u64, m: u64) -> u64 {
    let mul = |x: u64, y: u64| (x * y) % m;
    let mut r = 1 % m;
    while e > 0 {
        if e & 1 == 1 {
            r = mul(r, b);
        }
        b = mul(b, b);
        e >>= 1;
    }
    r
}

pub(crate) fn gcd_u64(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}
