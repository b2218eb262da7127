//! Hashing for the VM's internal Rust maps (FxHash: fast, not DoS-resistant; keys are
//! addresses and interned names) and the hash of Python `str`/`bytes` values.
//!
//! CPython randomizes str hashes per process (SipHash with a random key), so no program can
//! depend on their values; pygmy uses a fixed, fast function over 8-byte words instead.

use std::hash::Hasher;

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The rustc FxHasher algorithm.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, w: u64) {
        self.hash = (self.hash.rotate_left(5) ^ w).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf) ^ ((rest.len() as u64) << 59));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64)
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64)
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i)
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64)
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Python-level hash of a byte string (used for `str` via its UTF-8 bytes and for `bytes`).
/// Never returns -1 (CPython reserves it for errors).
pub fn hash_bytes(b: &[u8]) -> i64 {
    let mut h = FxHasher { hash: b.len() as u64 };
    h.write(b);
    // final avalanche so that low bits (used for table slots) depend on every byte
    let mut x = h.finish();
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    let r = x as i64;
    if r == -1 { -2 } else { r }
}
