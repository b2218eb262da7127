//! The pygmy VM.
pub mod strings;
