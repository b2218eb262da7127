//! The `select` module, as far as `selectors` (and asyncio's event loop) needs: `select()`
//! over the in-process sockets of `_socket.socketpair` (ready at once, or after waiting out the
//! timeout, since nothing else can make them ready while this one thread waits); other
//! descriptors fail with ENOSYS, as the hosts cannot poll them yet. Under a JS host the wait
//! is a suspension (`Suspension::Wait`) where the VM can stop: that is how asyncio's loop
//! runs on the JS event loop (js/README.md, "asyncio").

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

/// The descriptor of a `select` list item: an int, or an object with `fileno()`.
fn fd_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let fd = if v.as_int().is_some() { vm.to_ssize(v)? } else {
        match vm.getattr_opt(v, &Value::intern("fileno"))? {
            Some(f) => {
                let r = vm.call(&f, &[])?;
                if r.as_int().is_none() {
                    return Err(crate::error::type_error("fileno() returned a non-integer"));
                }
                vm.to_ssize(&r)?
            }
            None => return Err(crate::error::type_error("argument must be an int, or have a fileno() method.")),
        }
    };
    if fd < 0 {
        return Err(value_error(format!("file descriptor cannot be a negative integer ({fd})")));
    }
    Ok(fd)
}

fn select_select(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("select", 3, 4)?;
    let mut lists = Vec::with_capacity(3);
    for (k, l) in pos[..3].iter().enumerate() {
        let items = vm.collect_iter(l).map_err(|e| if e.matches(ExcType::TypeError) {
            crate::error::type_error(if k == 0 { "arguments 1-3 must be sequences" } else { "arguments 1-3 must be sequences" })
        } else { e })?;
        let mut with_fds = Vec::with_capacity(items.len());
        for it in items {
            let fd = fd_of(vm, &it)?;
            with_fds.push((it, fd));
        }
        lists.push(with_fds);
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
    // Only in-process sockets can be polled.
    let mut ready: [Vec<Value>; 3] = Default::default();
    for (k, l) in lists.iter().enumerate() {
        for (it, fd) in l {
            let Some((readable, writable)) = crate::modules::socket::readiness(*fd) else {
                return Err(os_error(vm, crate::host::enosys(), None));
            };
            if (k == 0 && readable) || (k == 1 && writable) {
                ready[k].push(it.clone());
            }
        }
    }
    if ready.iter().all(|r| r.is_empty()) && timeout != Some(0.0) && vm.suspend(crate::host::Suspension::Wait(timeout)) {
        // The host waits (a page stays responsive, JS promises settle) once the loop has
        // stopped, before the next instruction; this select returns nothing, and the caller
        // (asyncio's loop) selects again.
        crate::runtime::rt().eval_breaker.set(true);
    } else if ready.iter().all(|r| r.is_empty()) {
        match timeout {
            Some(t) => {
                if t > 0.0 {
                    vm.flush();
                    vm.host.sleep(t);
                }
            }
            None => return Err(os_error(vm, (22, "Invalid argument: select() with nothing to wait for would block forever".into()), None)),
        }
    }
    let [r, w, x] = ready;
    Ok(Value::tuple(vec![Value::list(r), Value::list(w), Value::list(x)]))
}
