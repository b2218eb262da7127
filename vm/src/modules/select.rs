//! The `select` module, as far as `selectors` (and asyncio's import of it) needs: `select()`
//! waits out its timeout when given no descriptors; with descriptors it fails with ENOSYS, as
//! the hosts cannot poll yet.

use crate::error::{value_error, ExcType, PyResult};
use crate::modules::util::{new_module, os_error, set, set_ints};
use crate::types::builtin::{Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

const FUNCTIONS: &[(&str, NativeFn)] = &[("select", select_select)];

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("select", FUNCTIONS);
    set(&m, "error", ExcType::OSError.type_value());
    set_ints(&m, &[("PIPE_BUF", 4096)]);
    Ok(m)
}

fn select_select(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("select", 3, 4)?;
    let mut any = false;
    for l in &pos[..3] {
        any |= !vm.collect_iter(l)?.is_empty();
    }
    let timeout = match pos.get(3).filter(|t| !t.is_none()) {
        Some(t) => {
            let t = vm.to_f64(t)?;
            if t < 0.0 {
                return Err(value_error("timeout must be non-negative"));
            }
            Some(t)
        }
        None => None,
    };
    if any {
        return Err(os_error(vm, crate::host::enosys(), None));
    }
    match timeout {
        Some(t) => {
            vm.flush();
            vm.host.sleep(t);
        }
        None => return Err(os_error(vm, (22, "Invalid argument: select() with nothing to wait for would block forever".into()), None)),
    }
    Ok(Value::tuple(vec![Value::list(vec![]), Value::list(vec![]), Value::list(vec![])]))
}
