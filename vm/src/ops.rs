//! The object protocols: hashing, equality and rich comparison, truth, repr/str, binary and
//! unary operators (with CPython's reflection rules), subscription, iteration, length,
//! membership, and conversions (`__index__`, int(), float()). Fast paths for exact builtin
//! types first, then the generic dunder protocol.

use crate::error::{index_error, overflow_error, type_error, ExcType, PyErr, PyResult};
use crate::object::Kind;
use crate::runtime::{rt, BT};
use crate::types::dict::DictData;
use crate::types::int::IntRef;
use crate::types::typeobj::{is_subtype_ptr, lookup, lookup_str, tdata, type_name};
use crate::value::Value;
use crate::vm::Vm;
use pygmy_bytecode::{BinaryOp, CompareOp};

/// Whether `v`'s class is exactly builtin type `t`.
#[inline(always)]
pub fn is_exact(v: &Value, t: BT) -> bool {
    v.class_ptr() == rt().ty_ptr(t)
}

/// The hash of a value whose type hashes natively, without running Python code.
pub fn fast_hash(v: &Value) -> Option<i64> {
    if let Some(i) = v.as_small() {
        return Some(crate::types::int::int_hash(&IntRef::Small(i as i64)));
    }
    let h = v.header()?;
    let cls = h.class_ptr();
    let r = rt();
    match h.kind {
        Kind::Str if cls == r.ty_ptr(BT::Str) => v.downcast::<crate::types::str::StrData>().map(|s| s.hash()),
        Kind::Int if cls == r.ty_ptr(BT::Int) => v.as_int().map(|i| crate::types::int::int_hash(&i)),
        Kind::Bool => v.downcast::<bool>().map(|b| *b as i64),
        Kind::Float if cls == r.ty_ptr(BT::Float) => Some(crate::types::float::float_hash(v.as_float()?, v.bits())),
        Kind::Complex if cls == r.ty_ptr(BT::Complex) => {
            let c = v.downcast::<crate::types::complex::ComplexData>()?;
            Some(crate::num::hash::hash_complex(c.num(), v.bits()))
        }
        Kind::NoneType | Kind::Ellipsis | Kind::NotImplemented => {
            let b = v.bits() as u64;
            Some((b >> 4 | b << 60) as i64)
        }
        Kind::Bytes if cls == r.ty_ptr(BT::Bytes) => {
            let b = v.downcast::<crate::types::bytes::BytesData>()?;
            if b.hash.get() == -1 {
                b.hash.set(crate::hash::hash_bytes(&b.data));
            }
            Some(b.hash.get())
        }
        Kind::Tuple if cls == r.ty_ptr(BT::Tuple) => {
            let items = v.as_tuple()?;
            const P1: u64 = 11400714785074694791;
            const P2: u64 = 14029467366897019727;
            const P5: u64 = 2870177450012600261;
            let mut acc: u64 = P5;
            for it in items {
                let lane = fast_hash(it)? as u64;
                acc = acc.wrapping_add(lane.wrapping_mul(P2));
                acc = acc.rotate_left(31);
                acc = acc.wrapping_mul(P1);
            }
            acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
            Some(if acc == u64::MAX { 1546275796 } else { acc as i64 })
        }
        Kind::Type => {
            let b = v.bits() as u64;
            Some((b >> 4 | b << 60) as i64)
        }
        _ => None,
    }
}

/// Equality decided natively for exact builtin values; `None` if Python code must decide.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        // Identity implies equality except for NaN floats (containers use identity first).
        return if a.kind() == Kind::Float { None } else { Some(true) };
    }
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Some(x == y);
    }
    let r = rt();
    let exact = |v: &Value| -> Option<Kind> {
        if v.is_small() {
            return Some(Kind::Int);
        }
        let h = v.header()?;
        let c = h.class_ptr();
        let ok = match h.kind {
            Kind::Int => c == r.ty_ptr(BT::Int),
            Kind::Bool | Kind::NoneType | Kind::Ellipsis | Kind::NotImplemented => true,
            Kind::Float => c == r.ty_ptr(BT::Float),
            Kind::Str => c == r.ty_ptr(BT::Str),
            Kind::Bytes => c == r.ty_ptr(BT::Bytes),
            Kind::Tuple => c == r.ty_ptr(BT::Tuple),
            Kind::Complex => c == r.ty_ptr(BT::Complex),
            _ => false,
        };
        if ok {
            Some(h.kind)
        } else {
            None
        }
    };
    let (ka, kb) = (exact(a)?, exact(b)?);
    let numeric = |k: Kind| matches!(k, Kind::Int | Kind::Bool | Kind::Float | Kind::Complex);
    match (ka, kb) {
        (Kind::Str, Kind::Str) => Some(a.as_str()? == b.as_str()?),
        (Kind::Bytes, Kind::Bytes) => Some(a.as_bytes()? == b.as_bytes()?),
        (Kind::Tuple, Kind::Tuple) => {
            let (x, y) = (a.as_tuple()?, b.as_tuple()?);
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y) {
                if !fast_eq(p, q)? {
                    return Some(false);
                }
            }
            Some(true)
        }
        (x, y) if numeric(x) && numeric(y) => crate::types::numops::compare(a, b, CompareOp::Eq),
        (x, y) if x == y => Some(false), // singletons of the same kind that are not identical: impossible; distinct values
        _ => Some(false),
    }
}

/// Arithmetic on builtin numbers at the higher of the two levels. `Ok(None)` = not numbers.
#[inline]
pub fn numeric_binop(a: &Value, b: &Value, op: BinaryOp) -> PyResult<Option<Value>> {
    crate::types::numops::binop(a, b, op)
}

/// Numeric comparison of builtin numbers; `None` if not both numbers (or complex ordering).
#[inline]
pub fn numeric_compare(a: &Value, b: &Value, op: CompareOp) -> Option<bool> {
    crate::types::numops::compare(a, b, op)
}

impl Vm {
    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(h) = fast_hash(v) {
            return Ok(h);
        }
        let cls = v.class();
        match lookup_str(&cls, "__hash__") {
            Some(f) if f.kind() != Kind::NoneType => {
                let r = self.call_unbound(&f, v, &[])?;
                match r.as_int() {
                    Some(IntRef::Small(i)) => Ok(if i == -1 { -2 } else { i }),
                    Some(i @ IntRef::Big(_)) => Ok(crate::types::int::int_hash(&i)),
                    None => Err(type_error("__hash__ method should return an integer")),
                }
            }
            _ => Err(type_error(format!("unhashable type: '{}'", type_name(v)))),
        }
    }

    /// `a == b` as a bool (identity implies equality, as CPython's containers assume).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, CompareOp::Eq)?;
        self.truthy(&r)
    }

    /// `a < b` as a bool (used by sorting, min/max).
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
            return Ok(x < y);
        }
        if is_exact(a, BT::Str) && is_exact(b, BT::Str) {
            return Ok(a.as_str() < b.as_str());
        }
        if let Some(r) = numeric_compare(a, b, CompareOp::Lt) {
            if is_exact_number(a) && is_exact_number(b) {
                return Ok(r);
            }
        }
        let r = self.rich_compare(a, b, CompareOp::Lt)?;
        self.truthy(&r)
    }

    /// `a <op> b` with CPython's reflection rules.
    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult {
        if is_exact_number(a) && is_exact_number(b) {
            if let Some(r) = numeric_compare(a, b, op) {
                return Ok(Value::bool(r));
            }
        }
        if is_exact(a, BT::Str) && is_exact(b, BT::Str) {
            return Ok(Value::bool(op.holds(&a.as_str(), &b.as_str())));
        }
        // Containers compare their items through here: bound the native recursion.
        self.check_recursion_in(" in comparison")?;
        self.native_depth += 1;
        let r = self.rich_compare_slow(a, b, op);
        self.native_depth -= 1;
        r
    }

    fn rich_compare_slow(&mut self, a: &Value, b: &Value, op: CompareOp) -> PyResult {
        let (ta, tb) = (a.class(), b.class());
        let mut checked_reflected = false;
        if !ta.is(&tb) && is_subtype_ptr(tb.as_ptr(), ta.as_ptr()) {
            if let Some(f) = lookup_str(&tb, op.swapped().dunder()) {
                checked_reflected = true;
                let r = self.call_unbound(&f, b, &[a.clone()])?;
                if r.kind() != Kind::NotImplemented {
                    return Ok(r);
                }
            }
        }
        if let Some(f) = lookup_str(&ta, op.dunder()) {
            let r = self.call_unbound(&f, a, &[b.clone()])?;
            if r.kind() != Kind::NotImplemented {
                return Ok(r);
            }
        }
        if !checked_reflected {
            if let Some(f) = lookup_str(&tb, op.swapped().dunder()) {
                let r = self.call_unbound(&f, b, &[a.clone()])?;
                if r.kind() != Kind::NotImplemented {
                    return Ok(r);
                }
            }
        }
        match op {
            CompareOp::Eq => Ok(Value::bool(a.is(b))),
            CompareOp::Ne => Ok(Value::bool(!a.is(b))),
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                type_name(a),
                type_name(b)
            ))),
        }
    }

    /// Truth value (`bool(v)`).
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        if let Some(i) = v.as_small() {
            return Ok(i != 0);
        }
        let r = rt();
        let Some(h) = v.header() else { return Ok(true) };
        match h.kind {
            Kind::Bool => return Ok(*v.downcast::<bool>().unwrap_or(&false)),
            Kind::NoneType => return Ok(false),
            _ => {}
        }
        let cls = h.class_ptr();
        if cls == r.ty_ptr(BT::Str) {
            return Ok(v.downcast::<crate::types::str::StrData>().map(|s| s.char_len() > 0).unwrap_or(false));
        }
        if cls == r.ty_ptr(BT::List) {
            return Ok(v.as_list().map(|l| !l.is_empty()).unwrap_or(false));
        }
        if cls == r.ty_ptr(BT::Tuple) {
            return Ok(v.as_tuple().map(|t| !t.is_empty()).unwrap_or(false));
        }
        if cls == r.ty_ptr(BT::Dict) {
            return Ok(v.downcast::<DictData>().map(|d| !d.is_empty()).unwrap_or(false));
        }
        if cls == r.ty_ptr(BT::Float) {
            return Ok(v.as_float() != Some(0.0));
        }
        if cls == r.ty_ptr(BT::Int) {
            return Ok(v.as_int().map(|i| !i.is_zero()).unwrap_or(true));
        }
        let t = v.class();
        if let Some(f) = lookup_str(&t, "__bool__") {
            let r = self.call_unbound(&f, v, &[])?;
            return match r.downcast::<bool>() {
                Some(b) => Ok(*b),
                None => Err(type_error(format!("__bool__ should return bool, returned {}", type_name(&r)))),
            };
        }
        if let Some(f) = lookup_str(&t, "__len__") {
            let r = self.call_unbound(&f, v, &[])?;
            let n = self.len_result(&r)?;
            return Ok(n > 0);
        }
        Ok(true)
    }

    /// A `__len__` result as a `Py_ssize_t`, which is 64-bit on every target (wasm32 too), so
    /// `len()` answers alike natively and in wasm.
    fn len_result(&mut self, r: &Value) -> PyResult<i64> {
        let i = match r.as_int() {
            Some(i) => i,
            None => {
                if lookup_str(&r.class(), "__index__").is_some() {
                    let x = self.index(r)?;
                    return self.len_result(&x);
                }
                return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(r))));
            }
        };
        if i.is_negative() {
            return Err(PyErr::new(ExcType::ValueError, "__len__() should return >= 0"));
        }
        i.to_i64().ok_or_else(|| overflow_error("cannot fit 'int' into an index-sized integer"))
    }

    /// `repr(v)` as a str value.
    pub fn repr(&mut self, v: &Value) -> PyResult {
        if let Some(i) = v.as_small() {
            return Ok(Value::string(i.to_string()));
        }
        if is_exact(v, BT::Str) {
            return Ok(Value::string(crate::types::str::repr_str(v.as_str().unwrap_or(""))));
        }
        let f = lookup_str(&v.class(), "__repr__").ok_or_else(|| type_error("object has no __repr__"))?;
        self.check_recursion_in(" while getting the repr of an object")?;
        self.native_depth += 1;
        let r = self.call_unbound(&f, v, &[]);
        self.native_depth -= 1;
        let r = r?;
        if r.as_str().is_none() {
            return Err(type_error(format!("__repr__ returned non-string (type {})", type_name(&r))));
        }
        Ok(r)
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        Ok(r.as_str().unwrap_or("").to_owned())
    }

    /// `str(v)` as a str value.
    pub fn str(&mut self, v: &Value) -> PyResult {
        if is_exact(v, BT::Str) {
            return Ok(v.clone());
        }
        if let Some(i) = v.as_small() {
            return Ok(Value::string(i.to_string()));
        }
        let f = lookup_str(&v.class(), "__str__").ok_or_else(|| type_error("object has no __str__"))?;
        self.check_recursion_in(" while getting the str of an object")?;
        self.native_depth += 1;
        let r = self.call_unbound(&f, v, &[]);
        self.native_depth -= 1;
        let r = r?;
        if r.as_str().is_none() {
            return Err(type_error(format!("__str__ returned non-string (type {})", type_name(&r))));
        }
        Ok(r)
    }

    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        let r = self.str(v)?;
        Ok(r.as_str().unwrap_or("").to_owned())
    }

    /// `a <op> b` for BINARY_OP (including the in-place forms).
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinaryOp) -> PyResult {
        if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
            let (x, y) = (x as i64, y as i64);
            match op.base() {
                BinaryOp::Add => return Ok(Value::int_i128(x as i128 + y as i128)),
                BinaryOp::Subtract => return Ok(Value::int_i128(x as i128 - y as i128)),
                BinaryOp::Multiply => return Ok(Value::int_i128(x as i128 * y as i128)),
                _ => {}
            }
        }
        if is_exact_number(a) && is_exact_number(b) {
            if let Some(r) = numeric_binop(a, b, op)? {
                return Ok(r);
            }
        }
        if op.base() == BinaryOp::Add && is_exact(a, BT::Str) && is_exact(b, BT::Str) {
            let (x, y) = (a.as_str().unwrap_or(""), b.as_str().unwrap_or(""));
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            return Ok(Value::string(s));
        }
        let (fwd, refl, inplace) = op.dunders();
        let (ta, tb) = (a.class(), b.class());
        // Builtin sequences implement + and * as sequence slots, which CPython tries only
        // after both operands' number slots: the right operand's reflected method goes first.
        let seq_slot = |f: &Value| -> bool {
            matches!(op.base(), BinaryOp::Add | BinaryOp::Multiply)
                && f.downcast::<crate::types::builtin::MethodDescrData>().map(|d| {
                    let r = rt();
                    [BT::Str, BT::List, BT::Tuple, BT::Bytes, BT::ByteArray].iter().any(|t| d.owner == r.ty_ptr(*t))
                }).unwrap_or(false)
        };
        let fb = if ta.is(&tb) { None } else { lookup_str(&tb, refl) };
        if !inplace.is_empty() {
            if let Some(f) = lookup_str(&ta, inplace) {
                if seq_slot(&f) {
                    if let Some(fb) = &fb {
                        let r = self.call(fb, &[b.clone(), a.clone()])?;
                        if r.kind() != Kind::NotImplemented {
                            return Ok(r);
                        }
                    }
                }
                let r = self.call_unbound(&f, a, &[b.clone()])?;
                if r.kind() != Kind::NotImplemented {
                    return Ok(r);
                }
            }
        }
        let fa = lookup_str(&ta, fwd);
        let mut fb_done = false;
        if let Some(fb) = &fb {
            // The right operand goes first if its type is a subclass that overrides the
            // reflected method (CPython's method_is_overloaded), or the left is a sequence.
            let overrides = is_subtype_ptr(tb.as_ptr(), ta.as_ptr()) && lookup_str(&ta, refl).map(|x| !x.is(fb)).unwrap_or(true);
            if overrides || fa.as_ref().map(|f| seq_slot(f)).unwrap_or(false) {
                fb_done = true;
                let r = self.call(fb, &[b.clone(), a.clone()])?;
                if r.kind() != Kind::NotImplemented {
                    return Ok(r);
                }
            }
        }
        if let Some(fa) = &fa {
            let r = self.call(fa, &[a.clone(), b.clone()])?;
            if r.kind() != Kind::NotImplemented {
                return Ok(r);
            }
        }
        if !fb_done {
            if let Some(fb) = &fb {
                let r = self.call(fb, &[b.clone(), a.clone()])?;
                if r.kind() != Kind::NotImplemented {
                    return Ok(r);
                }
            }
        }
        Err(binop_type_error(a, b, op))
    }

    /// Unary `-`, `+`, `~`.
    pub fn unary_op(&mut self, v: &Value, dunder: &'static str, sym: &str) -> PyResult {
        if let Some(i) = v.as_small() {
            match dunder {
                "__neg__" => return Ok(Value::int_i128(-(i as i128))),
                "__pos__" => return Ok(v.clone()),
                "__invert__" => return Ok(Value::int(!(i as i64))),
                _ => {}
            }
        }
        if is_exact(v, BT::Float) {
            let f = v.as_float().unwrap_or(0.0);
            match dunder {
                "__neg__" => return Ok(Value::float(-f)),
                "__pos__" => return Ok(v.clone()),
                _ => {}
            }
        }
        match lookup_str(&v.class(), dunder) {
            Some(f) => self.call_unbound(&f, v, &[]),
            None => Err(type_error(format!("bad operand type for unary {sym}: '{}'", type_name(v)))),
        }
    }

    /// `o[k]`.
    pub fn getitem(&mut self, o: &Value, k: &Value) -> PyResult {
        let r = rt();
        if let Some(h) = o.header() {
            let cls = h.class_ptr();
            if let (true, Some(l)) = (cls == r.ty_ptr(BT::List), o.as_list()) {
                if let Some(i) = k.as_small() {
                    let n = l.len() as isize;
                    let j = if i < 0 { i + n } else { i };
                    return match l.item(j as usize) {
                        Some(v) if j >= 0 => Ok(v),
                        _ => Err(index_error("list index out of range")),
                    };
                }
                // Any other key: list's own `__getitem__`, without looking it up and calling it.
                return crate::types::list::list_get_item(self, l, k);
            } else if cls == r.ty_ptr(BT::Tuple) {
                if let (Some(t), Some(i)) = (o.as_tuple(), k.as_small()) {
                    let n = t.len() as isize;
                    let j = if i < 0 { i + n } else { i };
                    return match t.get(j as usize) {
                        Some(v) if j >= 0 => Ok(v.clone()),
                        _ => Err(index_error("tuple index out of range")),
                    };
                }
            } else if cls == r.ty_ptr(BT::Dict) {
                if let Some(d) = o.downcast::<DictData>() {
                    return match d.get(self, k)? {
                        Some(v) => Ok(v),
                        None => Err(crate::error::key_error(k.clone())),
                    };
                }
            }
        }
        let cls = o.class();
        if let Some(f) = lookup_str(&cls, "__getitem__") {
            return self.call_unbound(&f, o, &[k.clone()]);
        }
        if o.kind() == Kind::Type {
            // type[int] is special-cased (type has no __class_getitem__, so str[int] fails).
            if o.as_ptr() == rt().ty_ptr(BT::Type) {
                return crate::types::generic_alias_new(self, crate::types::builtin::Args::new(&[o.clone(), k.clone()]));
            }
            if let Some(f) = self.getattr_opt(o, &Value::intern("__class_getitem__"))? {
                return self.call(&f, std::slice::from_ref(k));
            }
            return Err(type_error(format!("type '{}' is not subscriptable", tdata(o).name_str())));
        }
        Err(type_error(format!("'{}' object is not subscriptable", type_name(o))))
    }

    /// `o[k] = v`.
    pub fn setitem(&mut self, o: &Value, k: &Value, v: &Value) -> PyResult<()> {
        if is_exact(o, BT::Dict) {
            if let Some(d) = o.downcast::<DictData>() {
                return d.set(self, k.clone(), v.clone());
            }
        }
        if let (true, Some(l)) = (is_exact(o, BT::List), o.as_list()) {
            if let Some(i) = k.as_small() {
                let n = l.len() as isize;
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(index_error("list assignment index out of range"));
                }
                let old = std::mem::replace(&mut l.get_mut()[j as usize], v.clone());
                drop(old);
                return Ok(());
            }
            // Any other key: list's own `__setitem__`, without looking it up and calling it.
            return crate::types::list::list_set_item(self, l, k, v);
        }
        match lookup_str(&o.class(), "__setitem__") {
            Some(f) => self.call_unbound(&f, o, &[k.clone(), v.clone()]).map(|_| ()),
            None => Err(type_error(format!("'{}' object does not support item assignment", type_name(o)))),
        }
    }

    /// `del o[k]`.
    pub fn delitem(&mut self, o: &Value, k: &Value) -> PyResult<()> {
        match lookup_str(&o.class(), "__delitem__") {
            Some(f) => self.call_unbound(&f, o, &[k.clone()]).map(|_| ()),
            None => Err(type_error(format!("'{}' object doesn't support item deletion", type_name(o)))),
        }
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult {
        let r = rt();
        if let Some(h) = v.header() {
            let cls = h.class_ptr();
            if cls == r.ty_ptr(BT::List) {
                return Ok(crate::types::iter::new_seq_iter(v, BT::ListIterator));
            }
            if cls == r.ty_ptr(BT::Tuple) {
                return Ok(crate::types::iter::new_seq_iter(v, BT::TupleIterator));
            }
            // Builtin iterators and generators (a type nothing subclasses) are their own
            // iterators: no `__iter__` lookup and call.
            if h.kind == Kind::Iter && tdata(&v.class()).flags.get() & crate::types::typeobj::tflag::HEAPTYPE == 0 || cls == r.ty_ptr(BT::Generator) {
                return Ok(v.clone());
            }
        }
        let cls = v.class();
        match lookup_str(&cls, "__iter__") {
            Some(f) if f.kind() != Kind::NoneType => {
                let it = self.call_unbound(&f, v, &[])?;
                if lookup_str(&it.class(), "__next__").is_none() {
                    return Err(type_error(format!("iter() returned non-iterator of type '{}'", type_name(&it))));
                }
                Ok(it)
            }
            Some(_) => Err(type_error(format!("'{}' object is not iterable", type_name(v)))),
            None => {
                if lookup_str(&cls, "__getitem__").is_some() && v.kind() != Kind::Dict {
                    return Ok(crate::types::iter::new_seq_iter(v, BT::SeqIterator));
                }
                Err(type_error(format!("'{}' object is not iterable", type_name(v))))
            }
        }
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it.kind() {
            Kind::Iter if tdata(&it.class()).flags.get() & crate::types::typeobj::tflag::HEAPTYPE == 0 => {
                return crate::types::iter::iter_next(self, it)
            }
            Kind::Generator if is_exact(it, BT::Generator) => {
                return match self.gen_resume(it, Some(Value::none()), None)? {
                    crate::types::generator::GenStep::Yield(v) => Ok(Some(v)),
                    crate::types::generator::GenStep::Return(_) => Ok(None),
                };
            }
            _ => {}
        }
        let f = lookup_str(&it.class(), "__next__")
            .ok_or_else(|| type_error(format!("'{}' object is not an iterator", type_name(it))))?;
        match self.call_unbound(&f, it, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(ExcType::StopIteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// All items of an iterable.
    pub fn collect_iter(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if is_exact(v, BT::List) {
            return Ok(v.as_list().map(|l| l.snapshot()).unwrap_or_default());
        }
        if is_exact(v, BT::Tuple) {
            return Ok(v.as_tuple().map(|t| t.to_vec()).unwrap_or_default());
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `len(v)` for Rust callers that index memory with it. A length beyond the address space
    /// (a `__len__` that lies, on wasm32) is an OverflowError, as CPython's `ssize_t` limit.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        let n = self.len_ssize(v)?;
        usize::try_from(n).map_err(|_| overflow_error("cannot fit 'int' into an index-sized integer"))
    }

    /// `len(v)` as Python sees it: a `Py_ssize_t`, 64-bit on every target.
    pub fn len_ssize(&mut self, v: &Value) -> PyResult<i64> {
        let r = rt();
        if let Some(h) = v.header() {
            let cls = h.class_ptr();
            if cls == r.ty_ptr(BT::Str) {
                return Ok(v.downcast::<crate::types::str::StrData>().map(|s| s.char_len()).unwrap_or(0) as i64);
            }
            if cls == r.ty_ptr(BT::List) {
                return Ok(v.as_list().map(|l| l.len()).unwrap_or(0) as i64);
            }
            if cls == r.ty_ptr(BT::Tuple) {
                return Ok(v.as_tuple().map(|t| t.len()).unwrap_or(0) as i64);
            }
            if cls == r.ty_ptr(BT::Dict) {
                return Ok(v.downcast::<DictData>().map(|d| d.len()).unwrap_or(0) as i64);
            }
        }
        match lookup_str(&v.class(), "__len__") {
            Some(f) => {
                let r = self.call_unbound(&f, v, &[])?;
                self.len_result(&r)
            }
            None => Err(type_error(format!("object of type '{}' has no len()", type_name(v)))),
        }
    }

    /// `operator.length_hint(v, default)`: `len(v)` if it has one, else `__length_hint__`.
    /// Called for its side effects too (list()/tuple() call it before iterating, as CPython).
    pub fn length_hint(&mut self, v: &Value, default: usize) -> PyResult<usize> {
        if matches!(v.kind(), Kind::List | Kind::Tuple | Kind::Dict | Kind::Str | Kind::Set | Kind::FrozenSet) && v.header().map(|h| h.ext_len == 0).unwrap_or(true) {
            return self.len(v);
        }
        let cls = v.class();
        // PyObject_LengthHint: a __len__ that raises TypeError falls back to __length_hint__.
        if lookup_str(&cls, "__len__").is_some() {
            match self.len(v) {
                Err(e) if e.matches(ExcType::TypeError) => {}
                r => return r,
            }
        }
        let Some(f) = lookup_str(&cls, "__length_hint__") else { return Ok(default) };
        let r = self.call_unbound(&f, v, &[])?;
        if r.kind() == Kind::NotImplemented {
            return Ok(default);
        }
        match r.as_int() {
            Some(i) if i.is_negative() => Err(PyErr::new(ExcType::ValueError, "__length_hint__() should return >= 0")),
            Some(i) => Ok(i.to_i64().unwrap_or(0) as usize),
            None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(&r)))),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if is_exact(container, BT::Dict) {
            if let Some(d) = container.downcast::<DictData>() {
                return d.contains(self, item);
            }
        }
        if is_exact(container, BT::Str) {
            if let (Some(s), Some(sub)) = (container.as_str(), item.as_str()) {
                return Ok(s.contains(sub));
            }
        }
        if is_exact(container, BT::List) || is_exact(container, BT::Tuple) {
            let items = self.collect_iter(container)?;
            return crate::types::seq::contains(self, &items, item);
        }
        match lookup_str(&container.class(), "__contains__") {
            Some(f) if f.kind() != Kind::NoneType => {
                let r = self.call_unbound(&f, container, &[item.clone()])?;
                self.truthy(&r)
            }
            Some(_) => Err(type_error(format!("'{}' object is not a container", type_name(container)))),
            _ => {
                let it = self.iter(container).map_err(|e| {
                    if e.matches(ExcType::TypeError) {
                        type_error(format!("argument of type '{}' is not iterable", type_name(container)))
                    } else {
                        e
                    }
                })?;
                while let Some(x) = self.next(&it)? {
                    if x.is(item) || self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// `operator.index(v)`: an exact int.
    pub fn index(&mut self, v: &Value) -> PyResult {
        if v.is_small() || is_exact(v, BT::Int) {
            return Ok(v.clone());
        }
        if let Some(i) = v.as_int() {
            return Ok(match i {
                IntRef::Small(x) => Value::int(x),
                IntRef::Big(b) => Value::from_bigint(b.clone()),
            });
        }
        match lookup_str(&v.class(), "__index__") {
            Some(f) => {
                let r = self.call_unbound(&f, v, &[])?;
                if r.as_int().is_none() {
                    return Err(type_error(format!("__index__ returned non-int (type {})", type_name(&r))));
                }
                Ok(r)
            }
            None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(v)))),
        }
    }

    /// An index for sequence subscription: `None` if `v` has no `__index__`.
    pub fn index_opt(&mut self, v: &Value) -> PyResult<Option<isize>> {
        if let Some(i) = v.as_small() {
            return Ok(Some(i));
        }
        if v.as_int().is_none() && lookup_str(&v.class(), "__index__").is_none() {
            return Ok(None);
        }
        let i = self.index(v)?;
        match i.as_int().and_then(|x| x.to_i64()) {
            Some(x) => Ok(Some(ssize_to_isize(x))),
            None => Err(PyErr::new(
                ExcType::IndexError,
                format!("cannot fit '{}' into an index-sized integer", type_name(v)),
            )),
        }
    }

    /// Like `index_opt` but keeps big values.
    pub fn index_opt_big(&mut self, v: &Value) -> PyResult<Option<num_bigint::BigInt>> {
        if v.as_int().is_none() && lookup_str(&v.class(), "__index__").is_none() {
            return Ok(None);
        }
        let i = self.index(v)?;
        Ok(crate::types::int::to_bigint(&i))
    }

    /// `__index__` as isize, OverflowError if too big for a `Py_ssize_t` (64-bit everywhere);
    /// see [`ssize_to_isize`] for wasm32.
    pub fn to_isize(&mut self, v: &Value) -> PyResult<isize> {
        self.to_ssize(v).map(ssize_to_isize)
    }

    /// `__index__` as a `Py_ssize_t` (`PyNumber_AsSsize_t` with OverflowError).
    pub fn to_ssize(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(i) = v.as_small() {
            return Ok(i as i64);
        }
        let i = self.index(v)?;
        i.as_int().and_then(|x| x.to_i64()).ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
    }

    /// `__index__` as isize, clamping out-of-range values (slice indices).
    pub fn to_isize_clamped(&mut self, v: &Value) -> PyResult<isize> {
        if let Some(i) = v.as_small() {
            return Ok(i);
        }
        if v.as_int().is_none() && lookup_str(&v.class(), "__index__").is_none() {
            return Err(type_error("slice indices must be integers or None or have an __index__ method"));
        }
        let i = self.index(v)?;
        Ok(match i.as_int() {
            Some(IntRef::Small(x)) => x.clamp(isize::MIN as i64, isize::MAX as i64) as isize,
            Some(IntRef::Big(b)) => {
                if b.sign() == num_bigint::Sign::Minus {
                    isize::MIN
                } else {
                    isize::MAX
                }
            }
            None => 0,
        })
    }

    /// `int(v)` of a single argument (`PyNumber_Long`): `__int__`, `__index__`, `__trunc__`,
    /// then str/bytes/bytearray/buffer parsing in base 10.
    pub fn to_int(&mut self, v: &Value) -> PyResult {
        if v.is_small() || is_exact(v, BT::Int) {
            return Ok(v.clone());
        }
        if is_exact(v, BT::Float) {
            return crate::types::float::float_to_int(v.as_float().unwrap_or(0.0));
        }
        let cls = v.class();
        if let Some(f) = lookup_str(&cls, "__int__") {
            let r = self.call_unbound(&f, v, &[])?;
            if r.is_small() || is_exact(&r, BT::Int) {
                return Ok(r);
            }
            if r.as_int().is_none() {
                return Err(type_error(format!("__int__ returned non-int (type {})", type_name(&r))));
            }
            self.warn(
                ExcType::DeprecationWarning,
                &format!(
                    "__int__ returned non-int (type {}).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.",
                    type_name(&r)
                ),
            )?;
            return Ok(crate::types::int::exact_int(&r).unwrap_or(r));
        }
        if lookup_str(&cls, "__index__").is_some() {
            return self.index(v);
        }
        if let Some(f) = lookup_str(&cls, "__trunc__") {
            self.warn(ExcType::DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.")?;
            let r = self.call_unbound(&f, v, &[])?;
            if r.as_int().is_some() {
                return Ok(crate::types::int::exact_int(&r).unwrap_or(r));
            }
            if lookup_str(&r.class(), "__index__").is_none() {
                return Err(type_error(format!("__trunc__ returned non-Integral (type {})", type_name(&r))));
            }
            return self.index(&r);
        }
        if let Some(r) = crate::types::int::int_from_text(self, v, 10) {
            return r;
        }
        Err(type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(v)
        )))
    }

    /// `float(v)` of a single argument (`PyNumber_Float`): `__float__`, `__index__`, then
    /// str/bytes/bytearray/buffer parsing.
    pub fn to_f64_conv(&mut self, v: &Value) -> PyResult<f64> {
        if is_exact(v, BT::Float) {
            return Ok(v.as_float().unwrap_or(0.0));
        }
        if let Some(i) = v.as_small() {
            return Ok(i as f64);
        }
        let cls = v.class();
        if let Some(f) = lookup_str(&cls, "__float__") {
            return self.float_result(v, &f);
        }
        if lookup_str(&cls, "__index__").is_some() {
            let i = self.index(v)?;
            return i.as_int().ok_or_else(|| type_error("__index__ returned non-int"))?.to_f64();
        }
        if let Some(x) = v.as_float() {
            return Ok(x);
        }
        if let Some(r) = crate::types::float::float_from_text(self, v) {
            return r;
        }
        Err(type_error(format!("float() argument must be a string or a real number, not '{}'", type_name(v))))
    }

    /// Calls `__float__` (`f`) of `v` and checks its result is a float.
    fn float_result(&mut self, v: &Value, f: &Value) -> PyResult<f64> {
        let r = self.call_unbound(f, v, &[])?;
        let Some(x) = r.as_float() else {
            return Err(type_error(format!("{}.__float__ returned non-float (type {})", type_name(v), type_name(&r))));
        };
        if !is_exact(&r, BT::Float) {
            self.warn(
                ExcType::DeprecationWarning,
                &format!(
                    "{}.__float__ returned non-float (type {}).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.",
                    type_name(v),
                    type_name(&r)
                ),
            )?;
        }
        Ok(x)
    }

    /// A float operand of math functions and `%f` (`PyFloat_AsDouble`: no str parsing).
    pub fn to_f64(&mut self, v: &Value) -> PyResult<f64> {
        if let Some(f) = v.as_float() {
            return Ok(f);
        }
        if let Some(i) = v.as_small() {
            return Ok(i as f64);
        }
        let cls = v.class();
        if let Some(f) = lookup_str(&cls, "__float__") {
            return self.float_result(v, &f);
        }
        if lookup_str(&cls, "__index__").is_some() {
            let i = self.index(v)?;
            return i.as_int().ok_or_else(|| type_error("__index__ returned non-int"))?.to_f64();
        }
        Err(type_error(format!("must be real number, not {}", type_name(v))))
    }

    /// `isinstance(v, cls)` (cls may be a tuple, a union, or define `__instancecheck__`).
    pub fn isinstance(&mut self, v: &Value, cls: &Value) -> PyResult<bool> {
        if v.class().is(cls) {
            return Ok(true);
        }
        if cls.kind() == Kind::Type && is_exact(cls, BT::Type) {
            return self.isinstance_default(v, cls);
        }
        if let Some(items) = cls.as_tuple() {
            for c in items.to_vec() {
                if self.isinstance(v, &c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(f) = lookup_str(&cls.class(), "__instancecheck__") {
            self.check_recursion()?;
            let r = self.call_unbound(&f, cls, &[v.clone()])?;
            return self.truthy(&r);
        }
        Err(type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
    }

    /// isinstance without `__instancecheck__` (also consults `__class__`).
    pub fn isinstance_default(&mut self, v: &Value, cls: &Value) -> PyResult<bool> {
        if cls.kind() == Kind::Type {
            if is_subtype_ptr(v.class_ptr(), cls.as_ptr()) {
                return Ok(true);
            }
            if let Ok(Some(c)) = self.getattr_opt(v, &Value::intern("__class__")) {
                if !c.is(&v.class()) && c.kind() == Kind::Type {
                    return Ok(is_subtype_ptr(c.as_ptr(), cls.as_ptr()));
                }
            }
            return Ok(false);
        }
        if self.getattr_opt(cls, &Value::intern("__bases__"))?.is_none() {
            return Err(type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
        }
        match self.getattr_opt(v, &Value::intern("__class__"))? {
            Some(c) => self.issubclass_default(&c, cls),
            None => Ok(false),
        }
    }

    /// `issubclass(sub, cls)`.
    pub fn issubclass(&mut self, sub: &Value, cls: &Value) -> PyResult<bool> {
        if cls.kind() == Kind::Type && is_exact(cls, BT::Type) && sub.kind() == Kind::Type {
            return Ok(is_subtype_ptr(sub.as_ptr(), cls.as_ptr()));
        }
        if let Some(items) = cls.as_tuple() {
            for c in items.to_vec() {
                if self.issubclass(sub, &c)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        if let Some(f) = lookup_str(&cls.class(), "__subclasscheck__") {
            self.check_recursion()?;
            let r = self.call_unbound(&f, cls, &[sub.clone()])?;
            return self.truthy(&r);
        }
        Err(type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
    }

    pub fn issubclass_default(&mut self, sub: &Value, cls: &Value) -> PyResult<bool> {
        if sub.kind() == Kind::Type && cls.kind() == Kind::Type {
            return Ok(is_subtype_ptr(sub.as_ptr(), cls.as_ptr()));
        }
        if sub.kind() != Kind::Type && self.getattr_opt(sub, &Value::intern("__bases__"))?.is_none() {
            return Err(type_error("issubclass() arg 1 must be a class"));
        }
        if cls.kind() != Kind::Type && self.getattr_opt(cls, &Value::intern("__bases__"))?.is_none() {
            return Err(type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        }
        // Abstract classes: walk __bases__.
        if sub.is(cls) {
            return Ok(true);
        }
        let bases = match self.getattr_opt(sub, &Value::intern("__bases__"))? {
            Some(b) => b,
            None => return Ok(false),
        };
        for b in bases.as_tuple().map(|t| t.to_vec()).unwrap_or_default() {
            if self.issubclass_default(&b, cls)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Calls `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult {
        let key = Value::intern(name);
        let cls = obj.class();
        // Not for a class: its own MRO (not only its namespace) comes before its metaclass's
        // (`C.__subclasshook__` inherited from a base, not `object.__subclasshook__`).
        if obj.kind() == Kind::Type {
            let m = self.getattr(obj, &key)?;
            return self.call(&m, args);
        }
        if let Some(f) = lookup(&cls, &key) {
            if matches!(f.kind(), Kind::Function | Kind::MethodDescr) && self.instance_dict(obj).and_then(|d| d.downcast::<DictData>().and_then(|d| d.get_str(&key))).is_none() && !has_custom_getattribute(&cls) {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(obj.clone());
                full.extend_from_slice(args);
                return self.call(&f, &full);
            }
        }
        let m = self.getattr(obj, &key)?;
        self.call(&m, args)
    }
}

/// Whether `v` is an exact int/bool/float/complex (no subclass overrides to respect).
#[inline]
pub fn is_exact_number(v: &Value) -> bool {
    if v.is_small() {
        return true;
    }
    let r = rt();
    let c = v.class_ptr();
    c == r.ty_ptr(BT::Int) || c == r.ty_ptr(BT::Float) || c == r.ty_ptr(BT::Bool) || c == r.ty_ptr(BT::Complex)
}

/// Whether the class overrides `__getattribute__`.
#[inline]
pub fn has_custom_getattribute(cls: &Value) -> bool {
    tdata(cls).slots.get() & crate::types::typeobj::sflag::GETATTRIBUTE != 0
}

/// The TypeError for an unsupported binary operation.
pub fn binop_type_error(a: &Value, b: &Value, op: BinaryOp) -> PyErr {
    let seq = |v: &Value| matches!(v.kind(), Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray);
    if op.base() == BinaryOp::Multiply && (seq(a) || seq(b)) {
        let other = if seq(a) { b } else { a };
        return type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(other)));
    }
    // CPython's last resort for `+` is the left operand's sq_concat, which words its own error.
    if op.base() == BinaryOp::Add {
        match a.kind() {
            Kind::Str => return type_error(format!("can only concatenate str (not \"{}\") to str", type_name(b))),
            Kind::Bytes | Kind::ByteArray => return type_error(format!("can't concat {} to {}", type_name(b), type_name(a))),
            _ => {}
        }
    }
    if op.base() == BinaryOp::Power {
        return type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            if op.is_inplace() { "**=" } else { "** or pow()" },
            type_name(a),
            type_name(b)
        ));
    }
    type_error(format!("unsupported operand type(s) for {}: '{}' and '{}'", op.symbol(), type_name(a), type_name(b)))
}

impl Value {
    /// An int from an i128 (results of small-int arithmetic).
    #[inline]
    pub fn int_i128(i: i128) -> Value {
        if let Ok(x) = i64::try_from(i) {
            return Value::int(x);
        }
        Value::from_bigint(num_bigint::BigInt::from(i))
    }
}

/// A `Py_ssize_t` (64-bit on every target, as CPython's on 64-bit hosts) as an `isize`. On
/// wasm32 values beyond 2³¹ saturate: as sizes and indices they are out of range either way,
/// so errors name the range (IndexError, MemoryError) rather than the host's word size.
pub fn ssize_to_isize(x: i64) -> isize {
    isize::try_from(x).unwrap_or(if x < 0 { isize::MIN } else { isize::MAX })
}
