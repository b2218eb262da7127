//! Operations shared by sequences of values (list, tuple, deque...): lexicographic
//! comparison, `index`/`count`/`in`, and repr with recursion guards.

use crate::error::{value_error, PyResult};
use crate::value::Value;
use crate::vm::Vm;
use pygmy_bytecode::CompareOp;

/// Lexicographic rich comparison of two item snapshots.
pub fn compare(vm: &mut Vm, a: &[Value], b: &[Value], op: CompareOp) -> PyResult<bool> {
    if matches!(op, CompareOp::Eq | CompareOp::Ne) && a.len() != b.len() {
        return Ok(op == CompareOp::Ne);
    }
    let n = a.len().min(b.len());
    for i in 0..n {
        if a[i].is(&b[i]) {
            continue;
        }
        if !vm.eq(&a[i], &b[i])? {
            return match op {
                CompareOp::Eq => Ok(false),
                CompareOp::Ne => Ok(true),
                _ => {
                    let r = vm.rich_compare(&a[i], &b[i], op)?;
                    vm.truthy(&r)
                }
            };
        }
    }
    Ok(match op {
        CompareOp::Lt => a.len() < b.len(),
        CompareOp::Le => a.len() <= b.len(),
        CompareOp::Eq => a.len() == b.len(),
        CompareOp::Ne => a.len() != b.len(),
        CompareOp::Gt => a.len() > b.len(),
        CompareOp::Ge => a.len() >= b.len(),
    })
}

/// `x in seq` by identity-then-equality.
pub fn contains(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<bool> {
    for it in items {
        if it.is(x) || vm.eq(it, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn count(vm: &mut Vm, items: &[Value], x: &Value) -> PyResult<usize> {
    let mut n = 0;
    for it in items {
        if it.is(x) || vm.eq(it, x)? {
            n += 1;
        }
    }
    Ok(n)
}

/// `seq.index(x, start, stop)`; `what` names the sequence in the error ("list", "tuple").
pub fn index(vm: &mut Vm, items: &[Value], x: &Value, start: Option<&Value>, stop: Option<&Value>, what: &str) -> PyResult<usize> {
    // list.index/tuple.index take start/stop as _PyEval_SliceIndexNotNone: None is refused.
    let n = items.len() as isize;
    let mut bound = |v: Option<&Value>, default: isize| -> PyResult<usize> {
        let Some(v) = v else { return Ok(default as usize) };
        if v.as_int().is_none() && crate::types::typeobj::lookup_str(&v.class(), "__index__").is_none() {
            return Err(crate::error::type_error("slice indices must be integers or have an __index__ method"));
        }
        let i = vm.to_isize_clamped(v)?;
        Ok((if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize)
    };
    let a = bound(start, 0)?;
    let b = bound(stop, n)?;
    for (i, it) in items.iter().enumerate().take(b).skip(a) {
        if it.is(x) || vm.eq(it, x)? {
            return Ok(i);
        }
    }
    Err(value_error(if what == "list" { format!("{} is not in list", vm.repr_string(x)?) } else { format!("{what}.index(x): x not in {what}") }))
}

/// Joins the reprs of `items` between `open` and `close`.
pub fn repr_items(vm: &mut Vm, items: &[Value], open: &str, close: &str) -> PyResult<String> {
    let mut s = String::from(open);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&vm.repr_string(it)?);
    }
    s.push_str(close);
    Ok(s)
}
