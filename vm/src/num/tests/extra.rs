//! Hand-written cases the data file cannot express.
