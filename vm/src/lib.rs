//! The pygmy VM.
