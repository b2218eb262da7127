//! Python's numeric semantics as pure Rust functions: no VM values, no interpreter state.
//!
//! Everything here reproduces CPython 3.11.7 — results, rounding, and the exact exception
//! type and message — so the object model only has to unbox operands, call one function
//! and box the result (or raise the [`NumError`]).
//!
//! Map of the module:
//! - [`int`]: the [`Int`] value type (small `i64` fast path, `BigInt` slow path) and its
//!   arithmetic, bitwise, shift, power, rounding and bit-counting operations.
//! - [`int_float`]: int ↔ float conversions, `int / int`, exact int-vs-float comparison.
//! - [`int_str`]: `int(str, base)`, `str`/`bin`/`oct`/`hex`, the 4300-digit limit,
//!   `int.to_bytes` / `int.from_bytes`.
//! - [`float`]: `float` `//`, `%`, `divmod`, `**`, `is_integer`, `as_integer_ratio`,
//!   `__trunc__`/`__floor__`/`__ceil__`/`__round__()`.
//! - [`complex`]: the [`Complex`] value type and its arithmetic.
//! - [`hash`]: `hash()` of int, float, complex, and the tuple and frozenset combiners.
//! - [`math`]: the `math` module's numeric kernels (fsum, hypot, log of huge ints, comb…).
//! - [`libm`]: the C math library as glibc computes it, for every call site: the platform's
//!   natively, and on wasm32 [`cr`]'s correctly rounded base functions (`exp`, `log`, `pow`,
//!   `sin`…) with ports of glibc's own algorithms (`expm1`, `log1p`, `sinh`, `erf`…) on top.
//! - [`cr`]: correctly rounded `exp`, `exp2`, `log`, `log2`, `pow`, `sin`, `cos`, `tan`,
//!   `atan`, `atan2`, `asin`, `acos`, `hypot` in double-double arithmetic (wasm32's libm).
//!
//! Architecture Invariant: this module depends on nothing else in the VM. Every fallible
//! function returns `Result<_, NumError>`; nothing here panics on user-controlled input.
//!
//! Hashes are 64-bit on every target (`sys.hash_info.width == 64`), so set iteration
//! order and `hash()` output are the same natively and on wasm32.
//!
//! Where this deliberately differs from CPython:
//! - An int result above [`int::MAX_BITS`] (2**32 bits on wasm32, 2**35 natively) raises
//!   `MemoryError` up front: Rust aborts on a failed allocation, CPython would try.
//! - `round(i, n)` with `10**-n` far beyond `i` returns 0 without computing `10**-n`
//!   (CPython computes it, and for `n = -2**100` never finishes).
//! - libm: natively `sin`, `exp`, `log`… are glibc's, so CPython's bits. On wasm32 they are
//!   [`cr`]'s correctly rounded ones, which differ from glibc's where glibc is not correctly
//!   rounded (about 1 result in 1000, within ~2⁻¹⁰ ulp of a midpoint). [`libm`]'s ports of
//!   glibc's fdlibm-derived functions give glibc's bits on both (its x86-64 FMA build's, for
//!   `expm1` and `log1p`).
//! - float `**` overflow: the message is `str()` of CPython's
//!   `OverflowError(34, 'Numerical result out of range')`; its `args` are the VM's choice.

use std::borrow::Cow;

pub mod complex;
pub mod cr;
pub mod float;
pub mod hash;
pub mod int;
pub mod int_float;
pub mod int_str;
pub mod libm;
pub mod math;

#[cfg(test)]
mod tests;

pub use complex::Complex;
pub use int::{Int, IntOrFloat};

/// The Python exception class a numeric operation raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcKind {
    ZeroDivisionError,
    OverflowError,
    ValueError,
    TypeError,
    MemoryError,
}

impl ExcKind {
    /// The class name, as Python spells it.
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::ValueError => "ValueError",
            ExcKind::TypeError => "TypeError",
            ExcKind::MemoryError => "MemoryError",
        }
    }
}

/// A Python exception raised by a numeric kernel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumError {
    /// Raise `kind(message)`; the message is CPython 3.11's, byte for byte.
    Exc(ExcKind, Cow<'static, str>),
    /// `int(x, base)` could not parse `x`. The VM raises
    /// `ValueError(invalid_literal_message(base, &repr(x)))`: only it can build the repr of
    /// the original `str`/`bytes` object. `base` is the base the caller passed (0 stays 0).
    InvalidLiteral { base: u32 },
}

impl NumError {
    pub(crate) const fn new(kind: ExcKind, msg: &'static str) -> NumError {
        NumError::Exc(kind, Cow::Borrowed(msg))
    }

    /// The exception class to raise.
    pub fn kind(&self) -> ExcKind {
        match self {
            NumError::Exc(kind, _) => *kind,
            NumError::InvalidLiteral { .. } => ExcKind::ValueError,
        }
    }
}

/// CPython's message for an unparsable `int()` argument. `repr` is `repr(x)` of the
/// original argument; CPython cuts it to 200 characters (`%.200R`).
pub fn invalid_literal_message(base: u32, repr: &str) -> String {
    let cut = repr.char_indices().nth(200).map_or(repr.len(), |(i, _)| i);
    format!(
        "invalid literal for int() with base {base}: {}",
        &repr[..cut]
    )
}

pub(crate) const fn zero_div(msg: &'static str) -> NumError {
    NumError::new(ExcKind::ZeroDivisionError, msg)
}
pub(crate) const fn overflow(msg: &'static str) -> NumError {
    NumError::new(ExcKind::OverflowError, msg)
}
pub(crate) const fn value_error(msg: &'static str) -> NumError {
    NumError::new(ExcKind::ValueError, msg)
}
pub(crate) const fn memory_error() -> NumError {
    NumError::new(ExcKind::MemoryError, "")
}
