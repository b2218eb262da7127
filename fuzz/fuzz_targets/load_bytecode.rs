//! Any bytes as a bytecode file: `loads` must return a validated code object or a
//! DecodeError, never panic, and what it accepts must serialize back to an equal object.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pygmy_bytecode::marshal::{dumps, loads};

fuzz_target!(|data: &[u8]| {
    if let Ok(code) = loads(data) {
        let again = loads(&dumps(&code)).expect("a loaded code object must load again after dumps");
        assert!(again == code, "dumps/loads changed an accepted code object");
    }
});
