//! The algorithms behind every `str` and `bytes` method, as pure Rust over `&str` / `&[u8]`
//! (no VM values), plus the Unicode 14.0 data that Python 3.11 uses.
pub mod unicode;
#[rustfmt::skip]
#[allow(clippy::all)]
pub mod tables;
