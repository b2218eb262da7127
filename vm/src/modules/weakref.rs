//! The `_weakref` module: the VM's weak references (`types/weakref.rs`) under CPython's names,
//! and the proxy types' behaviour. `weakref.proxy` objects are weakref payloads whose class is
//! `ProxyType`/`CallableProxyType`; this module gives those types their forwarding methods
//! (attributes, operators, containers, calls) when it is first imported.

use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::modules::support::{new_module, set_attr};
use crate::object::Kind;
use crate::runtime::{rt, BT};
use crate::types::builtin::{method, Args, MethodDef, NativeFn};
use crate::types::dict::DictData;
use crate::types::typeobj::{sflag, tdata, type_name};
use crate::types::weakref::{new_weakref, weakrefs_to, WeakRefData};
use crate::value::Value;
use crate::vm::Vm;
use pygmy_bytecode::{BinaryOp, CompareOp};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getweakrefcount", getweakrefcount),
    ("getweakrefs", getweakrefs),
    ("proxy", proxy),
    ("_remove_dead_weakref", remove_dead_weakref),
];

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("_weakref", FUNCTIONS);
    let r = rt();
    set_attr(&m, "ref", r.ty(BT::WeakRef));
    set_attr(&m, "ReferenceType", r.ty(BT::WeakRef));
    set_attr(&m, "ProxyType", r.ty(BT::WeakProxy));
    set_attr(&m, "CallableProxyType", r.ty(BT::WeakCallableProxy));
    for (t, name, callable) in [(BT::WeakProxy, "ProxyType", false), (BT::WeakCallableProxy, "CallableProxyType", true)] {
        let t = r.ty(t);
        let Some(d) = tdata(&t).dict().downcast::<DictData>().map(|d| d as *const DictData) else { continue };
        // SAFETY: the type dict lives as long as the immortal type.
        let d = unsafe { &*d };
        for def in PROXY_METHODS.iter().chain(if callable { CALL_METHOD } else { &[] }) {
            d.set_str(Value::intern(def.name), crate::types::make_method(&t, *def, name));
        }
        d.set_str(Value::intern("__hash__"), Value::none());
        // Native hooks are not "custom" for refresh_slots; proxies need them called.
        let td = tdata(&t);
        td.slots.set(td.slots.get() | sflag::GETATTRIBUTE | sflag::SETATTR | sflag::DELATTR);
        crate::types::typeobj::type_modified(t.as_ptr());
    }
    Ok(m)
}

fn getweakrefcount(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("getweakrefcount", 1, 1)?;
    Ok(Value::int(weakrefs_to(&pos[0]).len() as i64))
}

fn getweakrefs(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("getweakrefs", 1, 1)?;
    Ok(Value::list(weakrefs_to(&pos[0])))
}

fn proxy(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("proxy", 1, 2)?;
    let cb = pos.get(1).cloned().filter(|c| !c.is_none());
    let t = if crate::builtins::is_callable(&pos[0]) { BT::WeakCallableProxy } else { BT::WeakProxy };
    new_weakref(&rt().ty(t), &pos[0], cb)
}

fn remove_dead_weakref(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("_remove_dead_weakref", 2, 2)?;
    let Some(d) = pos[0].downcast::<DictData>() else { return Err(type_error("not a dict")) };
    if let Some(w) = d.get(vm, &pos[1])? {
        if w.downcast::<WeakRefData>().map(|w| w.get().is_none()).unwrap_or(false) {
            d.del(vm, &pos[1])?;
        }
    }
    Ok(Value::none())
}

// ---- proxies ----------------------------------------------------------------------------------

/// The referent of a proxy, or ReferenceError once it died.
fn referent(p: &Value) -> PyResult {
    match p.downcast::<WeakRefData>() {
        Some(w) => w.get().ok_or_else(|| PyErr::new(ExcType::ReferenceError, "weakly-referenced object no longer exists")),
        None => Err(type_error("expected a weak proxy")),
    }
}

/// A proxy argument stands for its referent; anything else for itself.
fn unwrap(v: &Value) -> PyResult {
    let is_proxy = v.kind() == Kind::WeakRef && {
        let c = v.class_ptr();
        c == rt().ty_ptr(BT::WeakProxy) || c == rt().ty_ptr(BT::WeakCallableProxy)
    };
    if is_proxy {
        referent(v)
    } else {
        Ok(v.clone())
    }
}

fn self_and(args: &Args, n: usize) -> PyResult<(Value, Vec<Value>)> {
    let pos = args.pos();
    if pos.len() != n + 1 {
        return Err(type_error(format!("expected {n} argument{}, got {}", if n == 1 { "" } else { "s" }, pos.len().saturating_sub(1))));
    }
    Ok((referent(&pos[0])?, pos[1..].to_vec()))
}

macro_rules! binops {
    ($($f:ident, $rf:ident, $if_:ident, $op:ident, $iop:ident;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult {
                let (o, rest) = self_and(&args, 1)?;
                let other = unwrap(&rest[0])?;
                vm.binary_op(&o, &other, BinaryOp::$op)
            }
            fn $rf(vm: &mut Vm, args: Args) -> PyResult {
                let (o, rest) = self_and(&args, 1)?;
                let other = unwrap(&rest[0])?;
                vm.binary_op(&other, &o, BinaryOp::$op)
            }
            fn $if_(vm: &mut Vm, args: Args) -> PyResult {
                let (o, rest) = self_and(&args, 1)?;
                let other = unwrap(&rest[0])?;
                vm.binary_op(&o, &other, BinaryOp::$iop)
            }
        )*
    };
}
binops! {
    p_add, p_radd, p_iadd, Add, InplaceAdd;
    p_sub, p_rsub, p_isub, Subtract, InplaceSubtract;
    p_mul, p_rmul, p_imul, Multiply, InplaceMultiply;
    p_truediv, p_rtruediv, p_itruediv, TrueDivide, InplaceTrueDivide;
    p_floordiv, p_rfloordiv, p_ifloordiv, FloorDivide, InplaceFloorDivide;
    p_mod, p_rmod, p_imod, Remainder, InplaceRemainder;
    p_pow, p_rpow, p_ipow, Power, InplacePower;
    p_lshift, p_rlshift, p_ilshift, Lshift, InplaceLshift;
    p_rshift, p_rrshift, p_irshift, Rshift, InplaceRshift;
    p_and, p_rand, p_iand, And, InplaceAnd;
    p_or, p_ror, p_ior, Or, InplaceOr;
    p_xor, p_rxor, p_ixor, Xor, InplaceXor;
    p_matmul, p_rmatmul, p_imatmul, MatrixMultiply, InplaceMatrixMultiply;
}

macro_rules! unops {
    ($($f:ident, $dunder:literal, $sym:literal;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult {
                let (o, _) = self_and(&args, 0)?;
                vm.unary_op(&o, $dunder, $sym)
            }
        )*
    };
}
unops! {
    p_neg, "__neg__", "-";
    p_pos, "__pos__", "+";
    p_abs, "__abs__", "abs()";
    p_invert, "__invert__", "~";
}

macro_rules! cmps {
    ($($f:ident, $op:ident;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult {
                let (o, rest) = self_and(&args, 1)?;
                let other = unwrap(&rest[0])?;
                vm.rich_compare(&o, &other, CompareOp::$op)
            }
        )*
    };
}
cmps! { p_lt, Lt; p_le, Le; p_eq, Eq; p_ne, Ne; p_gt, Gt; p_ge, Ge; }

fn p_divmod(vm: &mut Vm, args: Args) -> PyResult {
    let (o, rest) = self_and(&args, 1)?;
    let other = unwrap(&rest[0])?;
    let f = vm.builtin("divmod")?;
    vm.call(&f, &[o, other])
}

fn p_rdivmod(vm: &mut Vm, args: Args) -> PyResult {
    let (o, rest) = self_and(&args, 1)?;
    let other = unwrap(&rest[0])?;
    let f = vm.builtin("divmod")?;
    vm.call(&f, &[other, o])
}

fn p_getattribute(vm: &mut Vm, args: Args) -> PyResult {
    let (o, rest) = self_and(&args, 1)?;
    vm.getattr(&o, &rest[0])
}

fn p_setattr(vm: &mut Vm, args: Args) -> PyResult {
    let (o, rest) = self_and(&args, 2)?;
    vm.setattr(&o, &rest[0], &rest[1])?;
    Ok(Value::none())
}

fn p_delattr(vm: &mut Vm, args: Args) -> PyResult {
    let (o, rest) = self_and(&args, 1)?;
    vm.delattr(&o, &rest[0])?;
    Ok(Value::none())
}

fn p_repr(vm: &mut Vm, args: Args) -> PyResult {
    let p = args.self_();
    let w = p.downcast::<WeakRefData>().ok_or_else(|| type_error("expected a weak proxy"))?;
    let _ = vm;
    // CPython 3.11's proxy_repr: a dead proxy shows its referent as None.
    let o = w.get().unwrap_or_else(Value::none);
    Ok(Value::string(format!("<weakproxy at {:#x} to {} at {:#x}>", p.bits(), type_name(&o), o.bits())))
}

fn p_str(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = self_and(&args, 0)?;
    vm.str(&o)
}

fn p_bool(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = self_and(&args, 0)?;
    Ok(Value::bool(vm.truthy(&o)?))
}

fn p_len(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = self_and(&args, 0)?;
    Ok(Value::int(vm.len_ssize(&o)?))
}

fn p_iter(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = self_and(&args, 0)?;
    vm.iter(&o)
}

fn p_next(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = self_and(&args, 0)?;
    if crate::types::typeobj::lookup_str(&o.class(), "__next__").is_none() {
        return Err(type_error(format!("Weakref proxy referenced a non-iterator '{}' object", type_name(&o))));
    }
    crate::modules::support::next_result(vm.next(&o))
}

fn p_reversed(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = self_and(&args, 0)?;
    vm.call_method(&o, "__reversed__", &[])
}

fn p_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = self_and(&args, 0)?;
    vm.call_method(&o, "__bytes__", &[])
}

fn p_contains(vm: &mut Vm, args: Args) -> PyResult {
    let (o, rest) = self_and(&args, 1)?;
    Ok(Value::bool(vm.contains(&o, &rest[0])?))
}

fn p_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (o, rest) = self_and(&args, 1)?;
    vm.getitem(&o, &rest[0])
}

fn p_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let (o, rest) = self_and(&args, 2)?;
    vm.setitem(&o, &rest[0], &rest[1])?;
    Ok(Value::none())
}

fn p_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let (o, rest) = self_and(&args, 1)?;
    vm.delitem(&o, &rest[0])?;
    Ok(Value::none())
}

fn p_int(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = self_and(&args, 0)?;
    vm.to_int(&o)
}

fn p_float(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = self_and(&args, 0)?;
    Ok(Value::float(vm.to_f64_conv(&o)?))
}

fn p_index(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = self_and(&args, 0)?;
    vm.index(&o)
}

fn p_call(vm: &mut Vm, args: Args) -> PyResult {
    let o = referent(args.self_())?;
    vm.call_args(&o, Args { all: &args.all[1..], kwnames: args.kwnames })
}

const CALL_METHOD: &[MethodDef] = &[method("__call__", p_call)];

const PROXY_METHODS: &[MethodDef] = &[
    method("__getattribute__", p_getattribute),
    method("__setattr__", p_setattr),
    method("__delattr__", p_delattr),
    method("__repr__", p_repr),
    method("__str__", p_str),
    method("__bool__", p_bool),
    method("__len__", p_len),
    method("__iter__", p_iter),
    method("__next__", p_next),
    method("__reversed__", p_reversed),
    method("__bytes__", p_bytes),
    method("__contains__", p_contains),
    method("__getitem__", p_getitem),
    method("__setitem__", p_setitem),
    method("__delitem__", p_delitem),
    method("__int__", p_int),
    method("__float__", p_float),
    method("__index__", p_index),
    method("__neg__", p_neg),
    method("__pos__", p_pos),
    method("__abs__", p_abs),
    method("__invert__", p_invert),
    method("__lt__", p_lt),
    method("__le__", p_le),
    method("__eq__", p_eq),
    method("__ne__", p_ne),
    method("__gt__", p_gt),
    method("__ge__", p_ge),
    method("__divmod__", p_divmod),
    method("__rdivmod__", p_rdivmod),
    method("__add__", p_add),
    method("__radd__", p_radd),
    method("__iadd__", p_iadd),
    method("__sub__", p_sub),
    method("__rsub__", p_rsub),
    method("__isub__", p_isub),
    method("__mul__", p_mul),
    method("__rmul__", p_rmul),
    method("__imul__", p_imul),
    method("__truediv__", p_truediv),
    method("__rtruediv__", p_rtruediv),
    method("__itruediv__", p_itruediv),
    method("__floordiv__", p_floordiv),
    method("__rfloordiv__", p_rfloordiv),
    method("__ifloordiv__", p_ifloordiv),
    method("__mod__", p_mod),
    method("__rmod__", p_rmod),
    method("__imod__", p_imod),
    method("__pow__", p_pow),
    method("__rpow__", p_rpow),
    method("__ipow__", p_ipow),
    method("__lshift__", p_lshift),
    method("__rlshift__", p_rlshift),
    method("__ilshift__", p_ilshift),
    method("__rshift__", p_rshift),
    method("__rrshift__", p_rrshift),
    method("__irshift__", p_irshift),
    method("__and__", p_and),
    method("__rand__", p_rand),
    method("__iand__", p_iand),
    method("__or__", p_or),
    method("__ror__", p_ror),
    method("__ior__", p_ior),
    method("__xor__", p_xor),
    method("__rxor__", p_rxor),
    method("__ixor__", p_ixor),
    method("__matmul__", p_matmul),
    method("__rmatmul__", p_rmatmul),
    method("__imatmul__", p_imatmul),
];
