//! The `_uuid` module (CPython's wraps libuuid): `generate_time_safe()`, a version-1 UUID
//! from the clock, and `has_uuid_generate_time_safe`. `uuid.uuid1()` and `uuid.getnode()`
//! use it when it is there. The node is random with the multicast bit set (RFC 4122
//! section 4.5: no hardware address is read), the clock sequence random per process, and
//! timestamps strictly increase within a process, so two calls never give the same UUID.
//! It says -1 ("not generated in a multiprocess-safe way", `SafeUUID.unsafe`), as libuuid
//! does without its uuidd daemon.

use crate::error::PyResult;
use crate::modules::support::new_module;
use crate::modules::util::host;
use crate::types::builtin::{Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::Cell;

const FUNCTIONS: &[(&str, NativeFn)] = &[("generate_time_safe", uuid_generate_time_safe)];

/// 100-ns intervals from the Gregorian calendar's start (1582-10-15) to the Unix epoch.
const GREGORIAN_OFFSET: u64 = 0x01b2_1dd2_1381_4000;

thread_local! {
    /// (last timestamp, clock sequence, node); the node 0 until first use.
    static STATE: Cell<(u64, u16, u64)> = const { Cell::new((0, 0, 0)) };
}

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("_uuid", FUNCTIONS);
    crate::modules::util::set(&m, "has_uuid_generate_time_safe", Value::int(1));
    Ok(m)
}

fn uuid_generate_time_safe(vm: &mut Vm, args: Args) -> PyResult {
    args.check("generate_time_safe", 0, 0)?;
    let (mut last, mut seq, mut node) = STATE.with(Cell::get);
    if node == 0 {
        let mut r = [0u8; 8];
        let got = vm.host.urandom(&mut r);
        host(vm, got, None)?;
        node = (u64::from_be_bytes(r) & 0xffff_ffff_ffff) | 0x0100_0000_0000;
        seq = u16::from_be_bytes([r[6], r[7]]) & 0x3fff;
    }
    let now = (vm.host.time() * 1e7) as u64 + GREGORIAN_OFFSET;
    last = if now > last { now } else { last + 1 };
    STATE.with(|s| s.set((last, seq, node)));
    let mut b = [0u8; 16];
    b[0..4].copy_from_slice(&(last as u32).to_be_bytes());
    b[4..6].copy_from_slice(&((last >> 32) as u16).to_be_bytes());
    b[6..8].copy_from_slice(&(((last >> 48) as u16 & 0x0fff) | 0x1000).to_be_bytes());
    b[8] = (seq >> 8) as u8 | 0x80;
    b[9] = seq as u8;
    b[10..16].copy_from_slice(&node.to_be_bytes()[2..]);
    Ok(Value::tuple(vec![Value::bytes(b.to_vec()), Value::int(-1)]))
}
