//! The algorithms behind every `str` and `bytes` method, as pure Rust over `&str` / `&[u8]`
//! (no VM values), plus the Unicode 14.0 data that Python 3.11 uses.
//!
//! Conventions shared by every function here:
//! - A Python `str` is UTF-8; Python-level indices and lengths count code points. Functions
//!   that take or return indices use [`StrView`], which carries the cached code point length
//!   (ASCII iff it equals the byte length: then byte index == code point index, the fast path).
//! - `start`/`end` arguments of find/count/startswith/… are the *raw* Python values as
//!   `Option<isize>` (`None` = omitted, huge ints saturated by the caller); these functions
//!   clamp them exactly like CPython's `ADJUST_INDICES`.
//! - Comparisons need nothing here: UTF-8 byte order equals code point order, so `str`'s
//!   `Ord` on `&str` is Python's ordering of `str`, and `[u8]`'s is `bytes`'.
//! - Errors come back as [`StrError`] (exception type + CPython's message) or, for codecs,
//!   as [`codecs::DecodeError`]/[`codecs::EncodeError`] with the exception's attributes.
//! - Results borrow from the input (`&str`, `Cow`) where CPython could return a slice.

use std::borrow::Cow;
use std::fmt;

pub mod bytes;
pub mod codecs;
pub mod index;
pub mod repr;
pub mod str_case;
pub mod str_layout;
pub mod str_search;
#[rustfmt::skip]
#[allow(clippy::all)]
pub mod tables;
pub mod unicode;

pub use index::{adjust_indices, StrView};

/// A Python exception raised by a string method: its type and CPython's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StrError {
    ValueError(Cow<'static, str>),
    OverflowError(&'static str),
    TypeError(Cow<'static, str>),
    IndexError(&'static str),
    LookupError(Cow<'static, str>),
    /// The result would not fit in memory (CPython raises MemoryError with no message).
    MemoryError,
}

impl StrError {
    pub(crate) fn value(msg: &'static str) -> Self {
        StrError::ValueError(Cow::Borrowed(msg))
    }
    /// The exception's class name, as Python spells it.
    pub fn type_name(&self) -> &'static str {
        match self {
            StrError::ValueError(_) => "ValueError",
            StrError::OverflowError(_) => "OverflowError",
            StrError::TypeError(_) => "TypeError",
            StrError::IndexError(_) => "IndexError",
            StrError::LookupError(_) => "LookupError",
            StrError::MemoryError => "MemoryError",
        }
    }
    pub fn message(&self) -> &str {
        match self {
            StrError::ValueError(m) | StrError::TypeError(m) | StrError::LookupError(m) => m,
            StrError::OverflowError(m) | StrError::IndexError(m) => m,
            StrError::MemoryError => "",
        }
    }
}

impl fmt::Display for StrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.type_name(), self.message())
    }
}

#[cfg(test)]
mod cases_tests;
#[cfg(test)]
mod api_tests;
