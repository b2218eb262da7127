//! The `_operator` module: the operator functions over the VM's own dispatch (`binary_op`,
//! `rich_compare`, `getitem`, ...), so they raise CPython's messages (pure operator.py's
//! `index(1.5)` raises AttributeError, `concat(1, 2)` words its TypeError differently) and
//! skip a Python frame per call. operator.py keeps its pure `itemgetter`/`attrgetter`/
//! `methodcaller` classes: they behave like CPython's already.

use crate::error::{type_error, value_error, PyResult};
use crate::modules::support::{new_module, set_attr};
use crate::object::Kind;
use crate::types::builtin::{Args, NativeFn};
use crate::types::typeobj::{lookup_str, type_name};
use crate::value::Value;
use crate::vm::Vm;
use pygmy_bytecode::{BinaryOp, CompareOp};

macro_rules! binary {
    ($($name:ident => $op:ident),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult {
            let pos = args.check(stringify!($name), 2, 2)?;
            vm.binary_op(&pos[0], &pos[1], BinaryOp::$op)
        })*
    };
}

binary! {
    add => Add, sub => Subtract, mul => Multiply, truediv => TrueDivide, floordiv => FloorDivide,
    mod_ => Remainder, pow => Power, lshift => Lshift, rshift => Rshift, and_ => And, or_ => Or,
    xor => Xor, matmul => MatrixMultiply,
    iadd => InplaceAdd, isub => InplaceSubtract, imul => InplaceMultiply, itruediv => InplaceTrueDivide,
    ifloordiv => InplaceFloorDivide, imod => InplaceRemainder, ipow => InplacePower,
    ilshift => InplaceLshift, irshift => InplaceRshift, iand => InplaceAnd, ior => InplaceOr,
    ixor => InplaceXor, imatmul => InplaceMatrixMultiply,
}

macro_rules! compare {
    ($($name:ident => $op:ident),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult {
            let pos = args.check(stringify!($name), 2, 2)?;
            vm.rich_compare(&pos[0], &pos[1], CompareOp::$op)
        })*
    };
}

compare! { lt => Lt, le => Le, eq => Eq, ne => Ne, ge => Ge, gt => Gt }

macro_rules! unary {
    ($($name:ident => $dunder:literal, $sym:literal),* $(,)?) => {
        $(fn $name(vm: &mut Vm, args: Args) -> PyResult {
            let pos = args.check(stringify!($name), 1, 1)?;
            vm.unary_op(&pos[0], $dunder, $sym)
        })*
    };
}

unary! { neg => "__neg__", "-", pos => "__pos__", "+", invert => "__invert__", "~" }

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("add", add),
    ("sub", sub),
    ("mul", mul),
    ("truediv", truediv),
    ("floordiv", floordiv),
    ("mod", mod_),
    ("pow", pow),
    ("lshift", lshift),
    ("rshift", rshift),
    ("and_", and_),
    ("or_", or_),
    ("xor", xor),
    ("matmul", matmul),
    ("iadd", iadd),
    ("isub", isub),
    ("imul", imul),
    ("itruediv", itruediv),
    ("ifloordiv", ifloordiv),
    ("imod", imod),
    ("ipow", ipow),
    ("ilshift", ilshift),
    ("irshift", irshift),
    ("iand", iand),
    ("ior", ior),
    ("ixor", ixor),
    ("imatmul", imatmul),
    ("lt", lt),
    ("le", le),
    ("eq", eq),
    ("ne", ne),
    ("ge", ge),
    ("gt", gt),
    ("neg", neg),
    ("pos", pos),
    ("invert", invert),
    ("inv", invert),
    ("abs", abs),
    ("not_", not_),
    ("truth", truth),
    ("is_", is_),
    ("is_not", is_not),
    ("index", index),
    ("concat", concat),
    ("iconcat", iconcat),
    ("contains", contains),
    ("countOf", count_of),
    ("indexOf", index_of),
    ("getitem", getitem),
    ("setitem", setitem),
    ("delitem", delitem),
    ("length_hint", length_hint),
    ("_compare_digest", compare_digest),
];

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("_operator", FUNCTIONS);
    set_attr(&m, "__doc__", Value::str("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."));
    Ok(m)
}

fn abs(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("abs", 1, 1)?;
    let f = vm.builtins.downcast::<crate::types::dict::DictData>().and_then(|d| d.get_item_str("abs")).ok_or_else(|| type_error("abs is missing"))?;
    vm.call(&f, &pos[..1])
}

fn not_(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("not_", 1, 1)?;
    Ok(Value::bool(!vm.truthy(&pos[0])?))
}

fn truth(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("truth", 1, 1)?;
    Ok(Value::bool(vm.truthy(&pos[0])?))
}

fn is_(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("is_", 2, 2)?;
    Ok(Value::bool(pos[0].is(&pos[1])))
}

fn is_not(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("is_not", 2, 2)?;
    Ok(Value::bool(!pos[0].is(&pos[1])))
}

fn index(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("index", 1, 1)?;
    vm.index(&pos[0])
}

/// PySequence_Check: the type defines `__getitem__` and is not a dict.
fn is_sequence(v: &Value) -> bool {
    v.kind() != Kind::Dict && lookup_str(&v.class(), "__getitem__").is_some()
}

fn concat_check(v: &Value) -> PyResult<()> {
    if is_sequence(v) {
        Ok(())
    } else {
        Err(type_error(format!("'{}' object can't be concatenated", type_name(v))))
    }
}

fn concat(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("concat", 2, 2)?;
    concat_check(&pos[0])?;
    vm.binary_op(&pos[0], &pos[1], BinaryOp::Add)
}

fn iconcat(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("iconcat", 2, 2)?;
    concat_check(&pos[0])?;
    vm.binary_op(&pos[0], &pos[1], BinaryOp::InplaceAdd)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("contains", 2, 2)?;
    Ok(Value::bool(vm.contains(&pos[0], &pos[1])?))
}

fn count_of(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("countOf", 2, 2)?;
    let it = vm.iter(&pos[0])?;
    let mut n = 0i64;
    while let Some(x) = vm.next(&it)? {
        if x.is(&pos[1]) || vm.eq(&x, &pos[1])? {
            n += 1;
        }
    }
    Ok(Value::int(n))
}

fn index_of(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("indexOf", 2, 2)?;
    let it = vm.iter(&pos[0])?;
    let mut n = 0i64;
    while let Some(x) = vm.next(&it)? {
        if x.is(&pos[1]) || vm.eq(&x, &pos[1])? {
            return Ok(Value::int(n));
        }
        n += 1;
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("getitem", 2, 2)?;
    vm.getitem(&pos[0], &pos[1])
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("setitem", 3, 3)?;
    vm.setitem(&pos[0], &pos[1], &pos[2])?;
    Ok(Value::none())
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("delitem", 2, 2)?;
    vm.delitem(&pos[0], &pos[1])?;
    Ok(Value::none())
}

fn length_hint(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("length_hint", 1, 2)?;
    let default = match pos.get(1) {
        None => 0,
        Some(d) if d.as_int().is_some() => vm.to_isize(d)?,
        Some(d) => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(d)))),
    };
    Ok(Value::int(vm.length_hint(&pos[0], default.max(0) as usize)? as i64))
}

/// Constant-time comparison of two ASCII strs or two bytes-like objects (hmac's helper).
fn compare_digest(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("_compare_digest", 2, 2)?;
    let (a, b) = (&pos[0], &pos[1]);
    let (x, y): (Vec<u8>, Vec<u8>) = match (a.as_str(), b.as_str()) {
        (Some(x), Some(y)) => {
            if !x.is_ascii() || !y.is_ascii() {
                return Err(type_error("comparing strings with non-ASCII characters is not supported"));
            }
            (x.as_bytes().to_vec(), y.as_bytes().to_vec())
        }
        (None, None) => match (crate::types::bytes::buffer(a), crate::types::bytes::buffer(b)) {
            (Some(x), Some(y)) => (x.into_owned(), y.into_owned()),
            _ => return Err(type_error(format!("unsupported operand types(s) or combination of types: '{}' and '{}'", type_name(a), type_name(b)))),
        },
        _ => return Err(type_error(format!("unsupported operand types(s) or combination of types: '{}' and '{}'", type_name(a), type_name(b)))),
    };
    let mut diff = (x.len() != y.len()) as u8;
    let other = if x.len() == y.len() { &y } else { &x };
    for (p, q) in x.iter().zip(other.iter()) {
        diff |= p ^ q;
    }
    Ok(Value::bool(diff == 0))
}
