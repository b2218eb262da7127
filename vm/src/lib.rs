//! The pygmy VM.
pub mod text;
