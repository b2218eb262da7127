//! `hash()` exactly as 64-bit CPython 3.11 computes it for numbers, tuples and frozensets,
//! so that sets and dicts of these iterate in CPython's order.
//!
//! Numbers hash to their value modulo the Mersenne prime 2**61 - 1 (so equal int, float
//! and complex values hash alike); -1 is reserved and becomes -2. Hashes are `i64` on
//! every target, as on 64-bit CPython.

use super::complex::Complex;
use super::int::Int;
use super::int_float::frexp;

/// `sys.hash_info.modulus`.
pub const MODULUS: u64 = (1 << BITS) - 1;
const BITS: u32 = 61;
/// `sys.hash_info.inf`.
pub const INF: i64 = 314_159;
/// `sys.hash_info.imag`.
pub const IMAG: u64 = 1_000_003;

fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(int)`.
pub fn hash_int(i: &Int) -> i64 {
    match i {
        Int::Small(v) => {
            let m = (v.unsigned_abs() % MODULUS) as i64;
            fix(if *v < 0 { -m } else { m })
        }
        Int::Big(b) => {
            // Horner's rule over 32-bit digits, most significant first; multiplying by
            // 2**32 modulo 2**61 - 1 is a rotation of the 61-bit value (no division).
            let x = b.iter_u32_digits().rev().fold(0u64, |x, d| {
                let x = (((x << 32) & MODULUS) | (x >> (BITS - 32))) + d as u64;
                if x >= MODULUS {
                    x - MODULUS
                } else {
                    x
                }
            });
            let x = x as i64;
            fix(if b.sign() == num_bigint::Sign::Minus {
                -x
            } else {
                x
            })
        }
    }
}

/// CPython's pointer hash (`_Py_HashPointer`), used for NaN: the object's address rotated
/// right by 4 bits.
pub fn hash_pointer(id: usize) -> i64 {
    fix((id as u64).rotate_right(4) as i64)
}

/// `hash(float)`. A NaN hashes by identity in 3.11: `nan_id` is the float object's `id()`.
pub fn hash_float(v: f64, nan_id: usize) -> i64 {
    if !v.is_finite() {
        return if v.is_nan() {
            hash_pointer(nan_id)
        } else if v > 0.0 {
            INF
        } else {
            -INF
        };
    }
    let (mut m, mut e) = frexp(v);
    let negative = m < 0.0;
    m = m.abs();
    // Consume the mantissa 28 bits at a time, reducing modulo 2**61 - 1 by rotation.
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (BITS - 28);
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    // Multiply by 2**e, e reduced modulo 61, as a rotation.
    let e = e.rem_euclid(BITS as i32) as u32;
    x = ((x << e) & MODULUS) | x >> (BITS - e);
    let x = x as i64;
    fix(if negative { -x } else { x })
}

/// `hash(complex)`; `id` is the complex object's `id()`, used if a part is NaN.
pub fn hash_complex(c: Complex, id: usize) -> i64 {
    let re = hash_float(c.re, id) as u64;
    let im = hash_float(c.im, id) as u64;
    fix(re.wrapping_add(IMAG.wrapping_mul(im)) as i64)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// Incremental `hash(tuple)` (the xxHash-based combiner of 3.8+): feed each item's hash
/// in order, then `finish`. Lets the VM hash items that call back into Python one by one.
#[derive(Clone, Copy, Debug)]
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

impl Default for TupleHasher {
    fn default() -> TupleHasher {
        TupleHasher {
            acc: XXPRIME_5,
            len: 0,
        }
    }
}

impl TupleHasher {
    pub fn add(&mut self, item_hash: i64) {
        let acc = self
            .acc
            .wrapping_add((item_hash as u64).wrapping_mul(XXPRIME_2));
        self.acc = acc.rotate_left(31).wrapping_mul(XXPRIME_1);
        self.len += 1;
    }

    pub fn finish(self) -> i64 {
        let acc = self.acc.wrapping_add(self.len ^ (XXPRIME_5 ^ 3527539));
        if acc == u64::MAX {
            1546275796
        } else {
            acc as i64
        }
    }
}

/// `hash(tuple)` from the hashes of its items.
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let mut h = TupleHasher::default();
    for &x in item_hashes {
        h.add(x);
    }
    h.finish()
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// Incremental `hash(frozenset)`: feed each element's hash (any order), then `finish`.
#[derive(Clone, Copy, Debug, Default)]
pub struct FrozensetHasher {
    acc: u64,
    len: u64,
}

impl FrozensetHasher {
    pub fn add(&mut self, item_hash: i64) {
        self.acc ^= shuffle_bits(item_hash as u64);
        self.len += 1;
    }

    pub fn finish(self) -> i64 {
        let mut hash = self.acc ^ (self.len + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        if hash == u64::MAX {
            590923713
        } else {
            hash as i64
        }
    }
}

/// `hash(frozenset)` from the hashes of its elements.
pub fn hash_frozenset(item_hashes: &[i64]) -> i64 {
    let mut h = FrozensetHasher::default();
    for &x in item_hashes {
        h.add(x);
    }
    h.finish()
}
