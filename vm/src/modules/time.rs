//! The `time` module: clocks from the host; calendar functions come with the stdlib issue.

use crate::error::{value_error, PyResult};
use crate::types::builtin::{Args, NativeFn};
use crate::types::dict::DictData;
use crate::value::Value;
use crate::vm::Vm;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time_time),
    ("time_ns", time_time_ns),
    ("perf_counter", time_monotonic),
    ("perf_counter_ns", time_monotonic_ns),
    ("monotonic", time_monotonic),
    ("monotonic_ns", time_monotonic_ns),
    ("process_time", time_monotonic),
    ("process_time_ns", time_monotonic_ns),
    ("thread_time", time_monotonic),
    ("sleep", time_sleep),
];

pub fn init(vm: &mut Vm) -> PyResult {
    let m = crate::types::module::new_module("time");
    let d = crate::types::module::module_dict(&m).unwrap_or_else(Value::dict);
    if let Some(dd) = d.downcast::<DictData>() {
        for (name, f) in FUNCTIONS {
            dd.set_str(Value::intern(name), crate::types::new_builtin_function(name, *f, Some(m.clone())));
        }
        dd.set_str(Value::intern("timezone"), Value::int(0));
        dd.set_str(Value::intern("altzone"), Value::int(0));
        dd.set_str(Value::intern("daylight"), Value::int(0));
        dd.set_str(Value::intern("tzname"), Value::tuple(vec![Value::str("UTC"), Value::str("UTC")]));
    }
    let _ = vm;
    Ok(m)
}

fn time_time(vm: &mut Vm, args: Args) -> PyResult {
    args.check("time", 0, 0)?;
    Ok(Value::float(vm.host.time()))
}

fn time_time_ns(vm: &mut Vm, args: Args) -> PyResult {
    args.check("time_ns", 0, 0)?;
    Ok(Value::int((vm.host.time() * 1e9) as i64))
}

fn time_monotonic(vm: &mut Vm, args: Args) -> PyResult {
    args.check("monotonic", 0, 0)?;
    Ok(Value::float(vm.host.monotonic()))
}

fn time_monotonic_ns(vm: &mut Vm, args: Args) -> PyResult {
    args.check("monotonic_ns", 0, 0)?;
    Ok(Value::int((vm.host.monotonic() * 1e9) as i64))
}

fn time_sleep(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("sleep", 1, 1)?;
    let s = vm.to_f64(&pos[0])?;
    if s < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    vm.host.sleep(s);
    Ok(Value::none())
}
