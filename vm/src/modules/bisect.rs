//! The `_bisect` module: binary search and insertion with `lo`/`hi`/`key`, as CPython's C
//! version. Native because bisect.py's pure loop is ~30x slower per call here and random,
//! statistics and many programs bisect in loops; the module is ~90 lines.

use crate::error::{value_error, PyResult};
use crate::modules::support::new_module;
use crate::types::builtin::{Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("bisect_right", bisect_right),
    ("bisect_left", bisect_left),
    ("insort_right", insort_right),
    ("insort_left", insort_left),
];

pub fn init(_vm: &mut Vm) -> PyResult {
    Ok(new_module("_bisect", FUNCTIONS))
}

/// Binds `(a, x, lo=0, hi=None, *, key=None)`.
fn bind(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<(Value, Value, usize, Option<usize>, Option<Value>)> {
    // `key` is keyword-only.
    if args.pos().len() > 4 {
        return Err(crate::error::type_error(format!("{fname}() takes at most 4 positional arguments ({} given)", args.pos().len())));
    }
    let [a, x, lo, hi, key] = args.bind(fname, ["a", "x", "lo", "hi", "key"], 2, 0)?;
    let lo = match lo {
        Some(l) => vm.to_isize(&l)?,
        None => 0,
    };
    if lo < 0 {
        return Err(value_error("lo must be non-negative"));
    }
    let hi = match hi {
        Some(h) if !h.is_none() => Some(vm.to_isize(&h)?.max(0) as usize),
        _ => None,
    };
    Ok((a.unwrap_or_else(Value::none), x.unwrap_or_else(Value::none), lo as usize, hi, key.filter(|k| !k.is_none())))
}

fn search(vm: &mut Vm, a: &Value, x: &Value, mut lo: usize, hi: Option<usize>, key: &Option<Value>, right: bool) -> PyResult<usize> {
    let mut hi = match hi {
        Some(h) => h,
        None => vm.len(a)?,
    };
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let mut item = match a.as_list() {
            Some(l) if a.class_ptr() == crate::runtime::rt().ty_ptr(crate::runtime::BT::List) => {
                l.item(mid).ok_or_else(|| crate::error::index_error("list index out of range"))?
            }
            _ => vm.getitem(a, &Value::int(mid as i64))?,
        };
        if let Some(k) = key {
            item = vm.call(k, &[item])?;
        }
        let go_left = if right { vm.lt(x, &item)? } else { !vm.lt(&item, x)? };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect_right(vm: &mut Vm, args: Args) -> PyResult {
    let (a, x, lo, hi, key) = bind(vm, &args, "bisect_right")?;
    Ok(Value::int(search(vm, &a, &x, lo, hi, &key, true)? as i64))
}

fn bisect_left(vm: &mut Vm, args: Args) -> PyResult {
    let (a, x, lo, hi, key) = bind(vm, &args, "bisect_left")?;
    Ok(Value::int(search(vm, &a, &x, lo, hi, &key, false)? as i64))
}

fn insort(vm: &mut Vm, args: Args, fname: &str, right: bool) -> PyResult {
    let (a, x, lo, hi, key) = bind(vm, &args, fname)?;
    let kx = match &key {
        Some(k) => vm.call(k, std::slice::from_ref(&x))?,
        None => x.clone(),
    };
    let i = search(vm, &a, &kx, lo, hi, &key, right)?;
    match a.as_list() {
        Some(l) if a.class_ptr() == crate::runtime::rt().ty_ptr(crate::runtime::BT::List) => {
            let v = l.get_mut();
            v.insert(i.min(v.len()), x);
        }
        _ => {
            vm.call_method(&a, "insert", &[Value::int(i as i64), x])?;
        }
    }
    Ok(Value::none())
}

fn insort_right(vm: &mut Vm, args: Args) -> PyResult {
    insort(vm, args, "insort_right", true)
}

fn insort_left(vm: &mut Vm, args: Args) -> PyResult {
    insort(vm, args, "insort_left", false)
}
