//! `types.GenericAlias` type-variable substitution and unpacking, as CPython 3.11's
//! genericaliasobject.c: `__parameters__`, `list[T][int]`, `*tuple[int, str]` (the starred
//! alias that iterating a generic alias gives). A separate file so that the packer can move
//! it into the `cold` chunk: a first print never subscripts a generic alias.

use crate::error::{type_error, PyResult};
use crate::object::{alloc_obj, Kind};
use crate::runtime::{rt, BT};
use crate::types::builtin::Args;
use crate::types::typeobj::GenericAliasData;
use crate::value::Value;
use crate::vm::Vm;

fn ga(v: &Value) -> PyResult<&GenericAliasData> {
    v.downcast::<GenericAliasData>().ok_or_else(|| type_error("expected a generic alias"))
}

fn items(v: &Value) -> Vec<Value> {
    v.as_tuple().map(|t| t.to_vec()).unwrap_or_default()
}

/// A new `types.GenericAlias` (never a subclass: CPython's substitution builds the base type).
pub fn new_alias(origin: Value, args: Vec<Value>, starred: bool) -> Value {
    alloc_obj(&rt().ty_borrowed(BT::GenericAlias), GenericAliasData { origin, args: Value::tuple(args), is_union: false, starred }, 0)
}

fn push_unique(list: &mut Vec<Value>, v: Value) {
    if !list.iter().any(|x| x.is(&v)) {
        list.push(v);
    }
}

/// `__parameters__`: the type variables among the arguments, in order, each once.
pub fn ga_parameters(vm: &mut Vm, v: &Value) -> PyResult {
    let mut params = Vec::new();
    for t in items(&ga(v)?.args) {
        if t.kind() == Kind::Type {
            continue;
        }
        if vm.getattr_opt(&t, &Value::intern("__typing_subst__"))?.is_some() {
            push_unique(&mut params, t);
        } else if let Some(sub) = vm.getattr_opt(&t, &Value::intern("__parameters__"))? {
            for p in items(&sub) {
                push_unique(&mut params, p);
            }
        }
    }
    Ok(Value::tuple(params))
}

/// `__unpacked__`: whether this is `*alias`.
pub fn ga_unpacked(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(ga(v)?.starred))
}

/// The arguments of `*tuple[...]`, else None.
pub fn ga_unpacked_tuple_args(_vm: &mut Vm, v: &Value) -> PyResult {
    let g = ga(v)?;
    Ok(if g.starred && g.origin.is(&rt().ty(BT::Tuple)) { g.args.clone() } else { Value::none() })
}

/// `iter(alias)` yields `*alias` once, so that `[*tuple[int]]` unpacks it.
pub fn ga_iter(vm: &mut Vm, args: Args) -> PyResult {
    let g = ga(args.self_())?;
    let star = new_alias(g.origin.clone(), items(&g.args), true);
    vm.iter(&Value::tuple(vec![star]))
}

/// The arguments of an unpacked tuple type (`*tuple[int, str]`), unless open-ended.
fn unpacked_tuple_args(vm: &mut Vm, arg: &Value) -> PyResult<Option<Vec<Value>>> {
    if arg.kind() == Kind::Type {
        return Ok(None);
    }
    let sub = match arg.downcast::<GenericAliasData>() {
        Some(g) if !g.is_union && arg.class().is(&rt().ty(BT::GenericAlias)) => {
            (g.starred && g.origin.is(&rt().ty(BT::Tuple))).then(|| g.args.clone())
        }
        _ => vm.getattr_opt(arg, &Value::intern("__typing_unpacked_tuple_args__"))?,
    };
    Ok(sub.and_then(|s| s.as_tuple().map(|t| t.to_vec())).filter(|t| t.last().map_or(true, |l| l.kind() != Kind::Ellipsis)))
}

fn is_unpacked_typevartuple(vm: &mut Vm, arg: &Value) -> PyResult<bool> {
    if arg.kind() == Kind::Type {
        return Ok(false);
    }
    match vm.getattr_opt(arg, &Value::intern("__typing_is_unpacked_typevartuple__"))? {
        Some(v) => vm.truthy(&v),
        None => Ok(false),
    }
}

/// `obj[...]` with its own parameters replaced by what they stand for (nested aliases).
fn subs_tvars(vm: &mut Vm, obj: &Value, params: &[Value], argitems: &[Value]) -> PyResult {
    let Some(sub) = vm.getattr_opt(obj, &Value::intern("__parameters__"))? else { return Ok(obj.clone()) };
    let subparams = items(&sub);
    if subparams.is_empty() {
        return Ok(obj.clone());
    }
    let mut subargs = Vec::new();
    for p in subparams {
        if let Some(i) = params.iter().position(|x| x.is(&p)) {
            let a = &argitems[i];
            let variadic = crate::types::typeobj::lookup(&params[i].class(), &Value::intern("__iter__")).is_some();
            if variadic && a.as_tuple().is_some() {
                subargs.extend(items(a));
            } else {
                subargs.push(a.clone());
            }
        } else {
            subargs.push(p);
        }
    }
    vm.getitem(obj, &Value::tuple(subargs))
}

/// `alias[item]`: substitutes the alias's type variables, as CPython's `_Py_subs_parameters`.
pub fn ga_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__getitem__", 1, 1)?;
    let this = pos[0].clone();
    let g = ga(&this)?;
    let (origin, starred, alias_args) = (g.origin.clone(), g.starred, items(&g.args));
    let params = items(&ga_parameters(vm, &this)?);
    if params.is_empty() {
        let r = vm.repr_string(&this)?;
        return Err(type_error(format!("{r} is not a generic class")));
    }
    let given = pos[1].as_tuple().map(|t| t.to_vec()).unwrap_or_else(|| vec![pos[1].clone()]);
    let mut item = Vec::new();
    for a in given {
        match unpacked_tuple_args(vm, &a)? {
            Some(sub) => item.extend(sub),
            None => item.push(a),
        }
    }
    let mut item = Value::tuple(item);
    for p in &params {
        if let Some(prepare) = vm.getattr_opt(p, &Value::intern("__typing_prepare_subst__"))? {
            if !prepare.is_none() {
                item = vm.call(&prepare, &[this.clone(), item])?;
            }
        }
    }
    let argitems = item.as_tuple().map(|t| t.to_vec()).unwrap_or_else(|| vec![item.clone()]);
    if argitems.len() != params.len() {
        let r = vm.repr_string(&this)?;
        let (n, m) = (argitems.len(), params.len());
        return Err(type_error(format!("Too {} arguments for {r}; actual {n}, expected {m}", if n > m { "many" } else { "few" })));
    }
    let mut newargs = Vec::new();
    for arg in alias_args {
        if arg.kind() == Kind::Type {
            newargs.push(arg);
            continue;
        }
        let unpack = is_unpacked_typevartuple(vm, &arg)?;
        let new = match vm.getattr_opt(&arg, &Value::intern("__typing_subst__"))? {
            Some(subst) => {
                let i = params.iter().position(|x| x.is(&arg)).unwrap_or(0);
                vm.call(&subst, &[argitems[i].clone()])?
            }
            None => subs_tvars(vm, &arg, &params, &argitems)?,
        };
        if unpack {
            newargs.extend(items(&new));
        } else {
            newargs.push(new);
        }
    }
    Ok(new_alias(origin, newargs, starred))
}
