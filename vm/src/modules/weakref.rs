//! The `_weakref` module over the VM's weak reference type (what `weakref.py`,
//! `_weakrefset` and hence `abc` need). Proxies are not implemented.

use crate::error::{type_error, PyResult};
use crate::modules::util::{new_module, set};
use crate::runtime::{rt, BT};
use crate::types::builtin::{Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

const FUNCTIONS: &[(&str, NativeFn)] =
    &[("getweakrefcount", weakref_count), ("getweakrefs", weakref_refs), ("proxy", weakref_proxy), ("_remove_dead_weakref", remove_dead)];

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("_weakref", FUNCTIONS);
    set(&m, "ref", rt().ty(BT::WeakRef));
    set(&m, "ReferenceType", rt().ty(BT::WeakRef));
    set(&m, "ProxyType", rt().ty(BT::WeakProxy));
    set(&m, "CallableProxyType", rt().ty(BT::WeakCallableProxy));
    Ok(m)
}

fn weakref_count(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("getweakrefcount", 1, 1)?;
    Ok(Value::int(crate::types::weakref::weakrefs_to(&pos[0]).len() as i64))
}

fn weakref_refs(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("getweakrefs", 1, 1)?;
    Ok(Value::list(crate::types::weakref::weakrefs_to(&pos[0])))
}

fn weakref_proxy(_vm: &mut Vm, _args: Args) -> PyResult {
    Err(type_error("weakref.proxy is not supported by pygmy yet"))
}

/// Deletes `d[key]` if it is a dead weak reference (WeakValueDictionary's callback).
fn remove_dead(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("_remove_dead_weakref", 2, 2)?;
    let d = crate::types::dict::dict_data(&pos[0]).ok_or_else(|| type_error("not a dict"))?;
    if let Some(w) = d.get(vm, &pos[1])? {
        if w.kind() == crate::object::Kind::WeakRef && vm.call(&w, &[])?.is_none() {
            d.del(vm, &pos[1])?;
        }
    }
    Ok(Value::none())
}
