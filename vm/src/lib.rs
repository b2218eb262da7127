//! The pygmy VM.
pub mod num;
