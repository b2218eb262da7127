//! Compile-time constants and CPython 3.11's AST-level constant folding (`Python/ast_opt.c`):
//! literals, `__debug__`, unary and binary operators on constants within CPython's size
//! limits, tuples of constants and subscripts of constants. Anything that could raise, or
//! produce a large object, is left to run time.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use pygmy_bytecode::Constant;
use ruff_python_ast::{self as ast, Expr, Number, Operator, UnaryOp};

/// A compile-time value.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value {
    None,
    Ellipsis,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Value>),
    FrozenSet(Vec<Value>),
}

const MAX_INT_SIZE: u64 = 128; // bits
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;
/// Whether `**` with a float result is folded. Natively `f64::powf` is glibc's `pow`, as in
/// CPython; on wasm32 it is Rust's port of fdlibm, which differs in the last bit, so the
/// expression is left to the VM (`num::libm::pow`, glibc's bits there too).
const FOLD_FLOAT_POW: bool = !cfg!(target_arch = "wasm32");

impl Value {
    pub(crate) fn to_constant(&self) -> Constant {
        match self {
            Value::None => Constant::None,
            Value::Ellipsis => Constant::Ellipsis,
            Value::Bool(b) => Constant::Bool(*b),
            Value::Int(i) => match i.to_i64() {
                Some(v) => Constant::Int(v),
                None => Constant::BigInt(i.to_signed_bytes_le()),
            },
            Value::Float(f) => Constant::Float(*f),
            Value::Complex(re, im) => Constant::Complex { re: *re, im: *im },
            Value::Str(s) => Constant::Str(s.clone()),
            Value::Bytes(b) => Constant::Bytes(b.clone()),
            Value::Tuple(t) => Constant::Tuple(t.iter().map(Value::to_constant).collect()),
            Value::FrozenSet(t) => Constant::FrozenSet(t.iter().map(Value::to_constant).collect()),
        }
    }

    pub(crate) fn truth(&self) -> bool {
        match self {
            Value::None => false,
            Value::Ellipsis => true,
            Value::Bool(b) => *b,
            Value::Int(i) => !i.is_zero(),
            Value::Float(f) => *f != 0.0,
            Value::Complex(a, b) => *a != 0.0 || *b != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(t) | Value::FrozenSet(t) => !t.is_empty(),
        }
    }

    fn as_int(&self) -> Option<BigInt> {
        match self {
            Value::Bool(b) => Some(BigInt::from(*b as i32)),
            Value::Int(i) => Some(i.clone()),
            _ => None,
        }
    }

    fn as_float(&self) -> Option<f64> {
        match self {
            Value::Bool(b) => Some(*b as i32 as f64),
            Value::Int(i) => int_to_float(i),
            Value::Float(f) => Some(*f),
            _ => None,
        }
    }

    fn as_complex(&self) -> Option<(f64, f64)> {
        match self {
            Value::Complex(a, b) => Some((*a, *b)),
            _ => self.as_float().map(|f| (f, 0.0)),
        }
    }

    fn is_intlike(&self) -> bool {
        matches!(self, Value::Bool(_) | Value::Int(_))
    }

    /// Python's `repr`, for error messages (`mapping pattern checks duplicate key (…)`).
    pub(crate) fn repr(&self) -> String {
        match self {
            Value::None => "None".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => float_repr(*f),
            Value::Complex(a, b) => {
                if *a == 0.0 && a.is_sign_positive() {
                    format!("{}j", float_repr_short(*b))
                } else {
                    let sign = if *b < 0.0 || (*b == 0.0 && b.is_sign_negative()) { "-" } else { "+" };
                    format!("({}{}{}j)", float_repr_short(*a), sign, float_repr_short(b.abs()))
                }
            }
            Value::Str(s) => str_repr(s),
            Value::Bytes(b) => bytes_repr(b),
            Value::Tuple(t) => {
                let inner: Vec<String> = t.iter().map(Value::repr).collect();
                if t.len() == 1 {
                    format!("({},)", inner[0])
                } else {
                    format!("({})", inner.join(", "))
                }
            }
            Value::FrozenSet(t) => {
                let inner: Vec<String> = t.iter().map(Value::repr).collect();
                format!("frozenset({{{}}})", inner.join(", "))
            }
        }
    }

    /// Equality as a Python set would see it (for duplicate mapping keys).
    pub(crate) fn py_eq(&self, other: &Value) -> bool {
        if let (Some(a), Some(b)) = (self.as_complex(), other.as_complex()) {
            if self.is_intlike() && other.is_intlike() {
                return self.as_int() == other.as_int();
            }
            return a == b;
        }
        match (self, other) {
            (Value::Tuple(a), Value::Tuple(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.py_eq(y)),
            _ => self == other,
        }
    }
}

fn int_to_float(i: &BigInt) -> Option<f64> {
    let f = i.to_f64()?;
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}

fn float_repr_short(f: f64) -> String {
    if f.is_nan() {
        "nan".into()
    } else if f.is_infinite() {
        if f > 0.0 { "inf".into() } else { "-inf".into() }
    } else if f == f.trunc() && f.abs() < 1e16 {
        format!("{}", f as i64)
    } else {
        float_repr(f)
    }
}

/// Python's float repr (shortest round-trip, with `.0` for integral values).
pub(crate) fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let s = format!("{f:?}");
    // Rust's Debug gives shortest round-trip digits; adjust exponent style to Python's.
    if let Some(pos) = s.find('e') {
        let (mant, exp) = s.split_at(pos);
        let exp: i32 = exp[1..].parse().unwrap_or(0);
        let mant = mant.trim_end_matches(".0");
        return format!("{}e{}{:02}", mant, if exp < 0 { "-" } else { "+" }, exp.abs());
    }
    let abs = f.abs();
    if abs != 0.0 && !(1e-4..1e16).contains(&abs) {
        // Python switches to exponent notation here.
        let e = format!("{f:e}");
        if let Some(pos) = e.find('e') {
            let (mant, exp) = e.split_at(pos);
            let exp: i32 = exp[1..].parse().unwrap_or(0);
            return format!("{}e{}{:02}", mant, if exp < 0 { "-" } else { "+" }, exp.abs());
        }
    }
    s
}

/// Python's `repr` of a str.
pub(crate) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if is_printable(c) => out.push(c),
            c => {
                let v = c as u32;
                if v < 0x100 {
                    out.push_str(&format!("\\x{v:02x}"));
                } else if v < 0x10000 {
                    out.push_str(&format!("\\u{v:04x}"));
                } else {
                    out.push_str(&format!("\\U{v:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable` for one character.
fn is_printable(c: char) -> bool {
    let v = c as u32;
    if v < 0x7f {
        return v >= 0x20;
    }
    if (0x7f..0xa0).contains(&v) || v == 0xad {
        return false;
    }
    // Separators and other non-printables outside ASCII.
    !matches!(v, 0x2028 | 0x2029 | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0xfeff | 0xd800..=0xdfff | 0xe000..=0xf8ff)
        && !(0x2000..=0x200a).contains(&v)
        && v != 0x3000
        && v != 0x1680
        && v != 0x205f
        && v != 0x00a0
}

pub(crate) fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

/// The value of an integer literal token's text (`0x_ff`, `1_000`, `0o17`...).
pub(crate) fn parse_int_literal(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|c| *c != '_').collect();
    let lower = t.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// Folds an expression to a constant, if CPython 3.11's AST optimizer would.
pub(crate) struct Folder<'a> {
    pub source: &'a str,
    pub optimize: u8,
}

impl<'a> Folder<'a> {
    pub(crate) fn fold(&self, e: &Expr) -> Option<Value> {
        self.fold_depth(e, 0)
    }

    fn fold_depth(&self, e: &Expr, depth: u32) -> Option<Value> {
        if depth > 200 {
            return None;
        }
        match e {
            Expr::NoneLiteral(_) => Some(Value::None),
            Expr::EllipsisLiteral(_) => Some(Value::Ellipsis),
            Expr::BooleanLiteral(b) => Some(Value::Bool(b.value)),
            Expr::NumberLiteral(n) => Some(match &n.value {
                Number::Int(i) => match i.as_u64() {
                    Some(v) => Value::Int(BigInt::from(v)),
                    None => {
                        let text = &self.source[n.range.start().to_usize()..n.range.end().to_usize()];
                        Value::Int(parse_int_literal(text)?)
                    }
                },
                Number::Float(f) => Value::Float(*f),
                Number::Complex { real, imag } => Value::Complex(*real, *imag),
            }),
            Expr::StringLiteral(s) => Some(Value::Str(s.value.to_str().to_string())),
            Expr::BytesLiteral(b) => Some(Value::Bytes(b.value.bytes().collect())),
            Expr::Name(n) if n.id.as_str() == "__debug__" && n.ctx == ast::ExprContext::Load => {
                Some(Value::Bool(self.optimize == 0))
            }
            Expr::UnaryOp(u) => {
                let v = self.fold_depth(&u.operand, depth + 1)?;
                fold_unary(u.op, &v)
            }
            Expr::BinOp(b) => {
                let l = self.fold_depth(&b.left, depth + 1)?;
                let r = self.fold_depth(&b.right, depth + 1)?;
                fold_binop(b.op, &l, &r)
            }
            Expr::Tuple(t) if t.ctx == ast::ExprContext::Load => {
                let mut items = Vec::with_capacity(t.elts.len());
                for x in &t.elts {
                    if x.is_starred_expr() {
                        return None;
                    }
                    items.push(self.fold_depth(x, depth + 1)?);
                }
                Some(Value::Tuple(items))
            }
            Expr::Subscript(s) if s.ctx == ast::ExprContext::Load => {
                if matches!(&*s.slice, Expr::Slice(_)) {
                    return None;
                }
                let v = self.fold_depth(&s.value, depth + 1)?;
                let i = self.fold_depth(&s.slice, depth + 1)?;
                fold_subscript(&v, &i)
            }
            _ => None,
        }
    }

    /// A list/set display of constants turned into a tuple/frozenset (for `in` and `for`).
    pub(crate) fn fold_iter(&self, e: &Expr) -> Option<Value> {
        match e {
            Expr::List(l) => {
                let items = self.all_const(&l.elts)?;
                Some(Value::Tuple(items))
            }
            Expr::Set(s) => {
                let items = self.all_const(&s.elts)?;
                Some(Value::FrozenSet(dedup(items)))
            }
            _ => None,
        }
    }

    pub(crate) fn all_const(&self, elts: &[Expr]) -> Option<Vec<Value>> {
        let mut out = Vec::with_capacity(elts.len());
        for x in elts {
            if x.is_starred_expr() {
                return None;
            }
            out.push(self.fold(x)?);
        }
        Some(out)
    }
}

/// Removes duplicates (by Python equality), keeping first occurrences.
pub(crate) fn dedup(items: Vec<Value>) -> Vec<Value> {
    let mut out: Vec<Value> = Vec::with_capacity(items.len());
    for v in items {
        if !out.iter().any(|x| x.py_eq(&v)) {
            out.push(v);
        }
    }
    out
}

fn fold_unary(op: UnaryOp, v: &Value) -> Option<Value> {
    match op {
        UnaryOp::Not => Some(Value::Bool(!v.truth())),
        UnaryOp::USub => match v {
            Value::Bool(_) | Value::Int(_) => Some(Value::Int(-v.as_int()?)),
            Value::Float(f) => Some(Value::Float(-f)),
            Value::Complex(a, b) => Some(Value::Complex(-a, -b)),
            _ => None,
        },
        UnaryOp::UAdd => match v {
            Value::Bool(_) | Value::Int(_) => Some(Value::Int(v.as_int()?)),
            Value::Float(f) => Some(Value::Float(*f)),
            Value::Complex(a, b) => Some(Value::Complex(*a, *b)),
            _ => None,
        },
        UnaryOp::Invert => match v {
            Value::Bool(_) | Value::Int(_) => Some(Value::Int(-v.as_int()? - 1)),
            _ => None,
        },
    }
}

fn num_bits(i: &BigInt) -> u64 {
    i.bits()
}

fn seq_len(v: &Value) -> Option<usize> {
    match v {
        Value::Str(s) => Some(s.chars().count()),
        Value::Bytes(b) => Some(b.len()),
        Value::Tuple(t) | Value::FrozenSet(t) => Some(t.len()),
        _ => None,
    }
}

fn total_items(v: &Value) -> usize {
    match v {
        Value::Tuple(t) | Value::FrozenSet(t) => t.len() + t.iter().map(total_items).sum::<usize>(),
        _ => 0,
    }
}

fn repeat(v: &Value, n: &BigInt) -> Option<Value> {
    let size = seq_len(v)?;
    let is_coll = matches!(v, Value::Tuple(_));
    if matches!(v, Value::FrozenSet(_)) {
        return None; // frozenset * int raises
    }
    if size > 0 {
        let n = n.to_i64()?;
        let limit = if is_coll { MAX_COLLECTION_SIZE } else { MAX_STR_SIZE };
        if n < 0 || n as u64 > (limit / size) as u64 {
            return None;
        }
        if is_coll && n > 0 && total_items(v) > MAX_TOTAL_ITEMS / n as usize {
            return None;
        }
    }
    let n = n.to_i64().unwrap_or(0).max(0) as usize;
    Some(match v {
        Value::Str(s) => Value::Str(s.repeat(n)),
        Value::Bytes(b) => Value::Bytes(b.repeat(n)),
        Value::Tuple(t) => {
            let mut out = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                out.extend(t.iter().cloned());
            }
            Value::Tuple(out)
        }
        _ => return None,
    })
}

fn floor_divmod_int(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
    if b.is_zero() {
        return None;
    }
    use num_integer::Integer;
    Some(a.div_mod_floor(b))
}

/// CPython's `float_divmod`.
fn float_divmod(vx: f64, wx: f64) -> Option<(f64, f64)> {
    if wx == 0.0 {
        return None;
    }
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv;
    if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        floordiv = f;
    } else {
        floordiv = 0.0f64.copysign(vx / wx);
    }
    Some((floordiv, m))
}

pub(crate) fn fold_binop(op: Operator, l: &Value, r: &Value) -> Option<Value> {
    use Operator::*;
    // Integers (bools act as ints, except for bitwise ops between two bools).
    if l.is_intlike() && r.is_intlike() {
        let a = l.as_int()?;
        let b = r.as_int()?;
        if let (Value::Bool(x), Value::Bool(y)) = (l, r) {
            match op {
                BitAnd => return Some(Value::Bool(*x & *y)),
                BitOr => return Some(Value::Bool(*x | *y)),
                BitXor => return Some(Value::Bool(*x ^ *y)),
                _ => {}
            }
        }
        return Some(match op {
            Add => Value::Int(a + b),
            Sub => Value::Int(a - b),
            Mult => {
                if !a.is_zero() && !b.is_zero() && num_bits(&a) + num_bits(&b) > MAX_INT_SIZE {
                    return None;
                }
                Value::Int(a * b)
            }
            Div => {
                if b.is_zero() {
                    return None;
                }
                // Exact only when both convert exactly to f64.
                let (fa, fb) = (a.to_f64()?, b.to_f64()?);
                if a.abs() > BigInt::from(1u64 << 53) || b.abs() > BigInt::from(1u64 << 53) {
                    return None;
                }
                Value::Float(fa / fb)
            }
            FloorDiv => Value::Int(floor_divmod_int(&a, &b)?.0),
            Mod => Value::Int(floor_divmod_int(&a, &b)?.1),
            Pow => {
                if b.sign() == Sign::Minus {
                    if a.is_zero() || !FOLD_FLOAT_POW {
                        return None;
                    }
                    let fa = int_to_float(&a)?;
                    let fb = int_to_float(&b)?;
                    let r = fa.powf(fb);
                    if !r.is_finite() {
                        return None;
                    }
                    return Some(Value::Float(r));
                }
                if !a.is_zero() && !b.is_zero() {
                    let vbits = num_bits(&a);
                    let wbits = b.to_u64()?;
                    if vbits > MAX_INT_SIZE / wbits {
                        return None;
                    }
                }
                let e = b.to_u32()?;
                Value::Int(num_traits::pow::pow(a, e as usize))
            }
            LShift => {
                if b.sign() == Sign::Minus {
                    return None;
                }
                if !a.is_zero() && !b.is_zero() {
                    let vbits = num_bits(&a);
                    let wbits = b.to_u64()?;
                    if wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits {
                        return None;
                    }
                }
                let s = b.to_usize()?;
                if a.is_zero() {
                    Value::Int(a)
                } else {
                    Value::Int(a << s)
                }
            }
            RShift => {
                if b.sign() == Sign::Minus {
                    return None;
                }
                let s = b.to_u64().unwrap_or(u64::MAX);
                if s > num_bits(&a) {
                    Value::Int(if a.sign() == Sign::Minus { BigInt::from(-1) } else { BigInt::zero() })
                } else {
                    // Python's >> floors.
                    let s = s as usize;
                    let (q, _) = floor_divmod_int(&a, &(BigInt::from(1) << s))?;
                    Value::Int(q)
                }
            }
            BitAnd => Value::Int(a & b),
            BitOr => Value::Int(a | b),
            BitXor => Value::Int(a ^ b),
            MatMult => return None,
        });
    }
    // Sequences.
    match (op, l, r) {
        (Add, Value::Str(a), Value::Str(b)) => return Some(Value::Str(format!("{a}{b}"))),
        (Add, Value::Bytes(a), Value::Bytes(b)) => return Some(Value::Bytes([a.as_slice(), b.as_slice()].concat())),
        (Add, Value::Tuple(a), Value::Tuple(b)) => {
            let mut t = a.clone();
            t.extend(b.iter().cloned());
            return Some(Value::Tuple(t));
        }
        (Mult, s, n) if n.is_intlike() && seq_len(s).is_some() => return repeat(s, &n.as_int()?),
        (Mult, n, s) if n.is_intlike() && seq_len(s).is_some() => return repeat(s, &n.as_int()?),
        _ => {}
    }
    // Complex numbers.
    if matches!(l, Value::Complex(..)) || matches!(r, Value::Complex(..)) {
        let x = l.as_complex()?;
        let y = r.as_complex()?;
        let v = match op {
            Add => (x.0 + y.0, x.1 + y.1),
            Sub => (x.0 - y.0, x.1 - y.1),
            Mult => c_prod(x, y),
            Div => c_quot(x, y)?,
            Pow
                // Integer exponents up to 100 use repeated multiplication, as CPython.
                if y.1 == 0.0 && y.0 == y.0.floor() && y.0.abs() <= 100.0 => {
                    let n = y.0 as i64;
                    if n >= 0 {
                        c_powu(x, n)
                    } else {
                        c_quot((1.0, 0.0), c_powu(x, -n))?
                    }
                }
            _ => return None,
        };
        if !(v.0.is_finite() && v.1.is_finite()) && x.0.is_finite() && x.1.is_finite() && y.0.is_finite() && y.1.is_finite() && op == Pow {
            return None;
        }
        return Some(Value::Complex(v.0, v.1));
    }
    // Floats.
    let (a, b) = (l.as_float()?, r.as_float()?);
    if !matches!(l, Value::Float(_)) && !matches!(r, Value::Float(_)) {
        return None;
    }
    let v = match op {
        Add => a + b,
        Sub => a - b,
        Mult => a * b,
        Div => {
            if b == 0.0 {
                return None;
            }
            a / b
        }
        FloorDiv => float_divmod(a, b)?.0,
        Mod => float_divmod(a, b)?.1,
        Pow => {
            if (a == 0.0 && b < 0.0) || !FOLD_FLOAT_POW {
                return None;
            }
            if a < 0.0 && b != b.trunc() {
                return None; // complex result
            }
            a.powf(b)
        }
        _ => return None,
    };
    if op == Pow && !v.is_finite() && a.is_finite() && b.is_finite() {
        return None; // OverflowError at run time (other float ops give inf silently)
    }
    Some(Value::Float(v))
}

fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// CPython's `_Py_c_quot` (Smith's algorithm); None on division by zero.
fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let abs_br = b.0.abs();
    let abs_bi = b.1.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

fn c_powu(x: (f64, f64), n: i64) -> (f64, f64) {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

fn fold_subscript(v: &Value, i: &Value) -> Option<Value> {
    if !i.is_intlike() {
        return None;
    }
    let idx = i.as_int()?.to_i64()?;
    let get = |len: usize| -> Option<usize> {
        let j = if idx < 0 { idx + len as i64 } else { idx };
        if j < 0 || j as usize >= len {
            None
        } else {
            Some(j as usize)
        }
    };
    match v {
        Value::Str(s) => {
            let chars: Vec<char> = s.chars().collect();
            Some(Value::Str(chars[get(chars.len())?].to_string()))
        }
        Value::Bytes(b) => Some(Value::Int(BigInt::from(b[get(b.len())?]))),
        Value::Tuple(t) => Some(t[get(t.len())?].clone()),
        _ => None,
    }
}
