//! Native (Rust) functions callable from Python: builtin functions, methods of builtin types,
//! and the argument-passing convention (`Args`) with CPython's argument error messages.

use crate::error::{ExcType, PyErr, PyResult};
use crate::object::{CellValue, Trace};
use crate::types::str::StrData;
use crate::value::Value;
use crate::vm::Vm;

/// A native function. `args.pos()` includes `self` first for methods.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult;

/// How a method of a builtin type binds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MethodKind {
    /// `obj.m(...)` → `f(obj, ...)`.
    Method,
    /// `cls.m(...)` / `obj.m(...)` → `f(cls, ...)`.
    Class,
    /// `cls.m(...)` → `f(...)` (e.g. `__new__`, which receives the class explicitly).
    Static,
}

/// A method table row for a builtin type or module.
#[derive(Clone, Copy)]
pub struct MethodDef {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: MethodKind,
}

/// Shorthand constructors for method tables.
pub const fn method(name: &'static str, func: NativeFn) -> MethodDef {
    MethodDef { name, func, kind: MethodKind::Method }
}
pub const fn classmethod(name: &'static str, func: NativeFn) -> MethodDef {
    MethodDef { name, func, kind: MethodKind::Class }
}
pub const fn staticmethod(name: &'static str, func: NativeFn) -> MethodDef {
    MethodDef { name, func, kind: MethodKind::Static }
}

/// A builtin function, or a builtin method bound to `self_` (`[].append`), or a module-level
/// native function (then `self_` is the module, as in CPython, and not passed as an argument
/// unless `pass_self`).
pub struct BuiltinData {
    pub name: &'static str,
    pub func: NativeFn,
    pub self_: Option<Value>,
    /// Whether `self_` is prepended to the arguments (bound methods) or only reported by
    /// `__self__` (module functions).
    pub pass_self: bool,
    /// Qualified-name prefix for the repr (the owner type's name for methods).
    pub owner: Option<&'static str>,
}

impl Trace for BuiltinData {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(v) = &self.self_ {
            visit(v)
        }
    }
}

/// An unbound method of a builtin type, stored in the type's dict (`list.append`).
pub struct MethodDescrData {
    pub def: MethodDef,
    /// The owner type (immortal builtin types, or a native module's type kept alive by its
    /// module).
    pub owner: *const crate::object::Header,
}

impl Trace for MethodDescrData {}

/// Arguments of a native call: positional values then keyword values, with the keyword names
/// (interned strs) for the trailing `kwnames.len()` entries of `all`.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub all: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(pos: &'a [Value]) -> Args<'a> {
        Args { all: pos, kwnames: &[] }
    }

    /// Positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [Value] {
        &self.all[..self.all.len() - self.kwnames.len()]
    }

    /// Keyword (name, value) pairs.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a Value, &'a Value)> {
        let kw = &self.all[self.all.len() - self.kwnames.len()..];
        self.kwnames.iter().zip(kw.iter())
    }

    #[inline]
    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }

    /// `self` (the first positional argument) for methods.
    #[inline]
    pub fn self_(&self) -> &'a Value {
        &self.all[0]
    }

    /// Fails with "f() takes no keyword arguments" if keywords were passed.
    pub fn no_kwargs(&self, fname: &str) -> PyResult<()> {
        if self.has_kwargs() {
            return Err(PyErr::new(ExcType::TypeError, format!("{fname}() takes no keyword arguments")));
        }
        Ok(())
    }

    /// [`Args::no_kwargs`] for `owner.name()`, formatting the name only for the error (hot
    /// math and number methods check on every call).
    #[inline]
    pub fn no_kwargs_of(&self, owner: &str, name: &str) -> PyResult<()> {
        if self.has_kwargs() {
            return self.no_kwargs(&format!("{owner}.{name}"));
        }
        Ok(())
    }

    /// Checks the positional count is in `min..=max` and no keywords were passed, with
    /// CPython's messages. Returns the positional slice.
    pub fn check(&self, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        // The usual case without a call: at opt-level z the three below stay out of line.
        let n = self.all.len();
        if self.kwnames.is_empty() && n >= min && n <= max {
            return Ok(self.all);
        }
        self.no_kwargs(fname)?;
        let pos = self.pos();
        check_count(fname, pos.len(), min, max)?;
        Ok(pos)
    }

    /// Like `check`, for methods: `self` is the first positional argument and is not counted
    /// in the limits or the error messages.
    pub fn check_method(&self, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        let pos = self.pos();
        let n = pos.len().saturating_sub(1);
        if min == max && min <= 1 && (self.has_kwargs() || n != min) && !pos.is_empty() && !fname.contains('.') {
            // METH_NOARGS / METH_O: CPython names the method with its type ("set.pop()").
            let q = format!("{}.{fname}", builtin_owner_name(&pos[0]));
            self.no_kwargs(&q)?;
            check_count(&q, n, min, max)?;
        }
        self.no_kwargs(fname)?;
        check_count(fname, n, min, max)?;
        Ok(pos)
    }

    /// The arguments after `self` (for binding a method's parameters).
    pub fn rest(&self) -> Args<'a> {
        if self.pos().is_empty() {
            return *self;
        }
        Args { all: &self.all[1..], kwnames: self.kwnames }
    }

    /// Binds positional and keyword arguments to `names` (first `npos_only` positional-only),
    /// requiring the first `required`. Unfilled optional slots are `None`.
    pub fn bind<const N: usize>(
        &self,
        fname: &str,
        names: [&str; N],
        required: usize,
        npos_only: usize,
    ) -> PyResult<[Option<Value>; N]> {
        let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
        let pos = self.pos();
        if npos_only == N {
            // All positional-only: Argument Clinic's _PyArg_CheckPositional wording.
            if !self.kwnames.is_empty() {
                return Err(PyErr::new(ExcType::TypeError, format!("{fname}() takes no keyword arguments")));
            }
            check_positional(fname, pos.len(), required, N)?;
        }
        if self.all.len() > N {
            return Err(too_many_positional(fname, N, required, self.all.len()));
        }
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        for (k, v) in self.kwargs() {
            let key = k.downcast::<StrData>().map(|s| s.as_str()).unwrap_or("");
            match names.iter().position(|n| *n == key) {
                Some(i) if i < npos_only => {
                    return Err(PyErr::new(
                        ExcType::TypeError,
                        format!("{fname}() got some positional-only arguments passed as keyword arguments: '{key}'"),
                    ))
                }
                Some(i) => {
                    if out[i].is_some() {
                        return Err(PyErr::new(
                            ExcType::TypeError,
                            format!("argument for {fname}() given by name ('{key}') and position ({})", i + 1),
                        ));
                    }
                    out[i] = Some(v.clone());
                }
                None => {
                    return Err(PyErr::new(ExcType::TypeError, format!("'{key}' is an invalid keyword argument for {fname}()")))
                }
            }
        }
        for (i, slot) in out.iter().enumerate().take(required) {
            if slot.is_none() {
                // Argument Clinic: required positional-only parameters are counted, the others
                // are named.
                if i < npos_only {
                    return Err(PyErr::new(
                        ExcType::TypeError,
                        format!(
                            "{fname}() takes {} {} positional argument{} ({} given)",
                            if required == N { "exactly" } else { "at least" },
                            required.min(npos_only),
                            if required.min(npos_only) == 1 { "" } else { "s" },
                            pos.len()
                        ),
                    ));
                }
                return Err(PyErr::new(ExcType::TypeError, format!("{fname}() missing required argument '{}' (pos {})", names[i], i + 1)));
            }
        }
        Ok(out)
    }
}

/// Argument Clinic's count check for positional-only parameters ("f expected at least 1
/// argument, got 0").
pub fn check_positional(fname: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    let (how, k) = match n {
        _ if n < min && min == max => ("", min),
        _ if n < min => ("at least ", min),
        _ if n > max && min == max => ("", max),
        _ if n > max => ("at most ", max),
        _ => return Ok(()),
    };
    Err(PyErr::new(ExcType::TypeError, format!("{fname} expected {how}{k} argument{}, got {n}", if k == 1 { "" } else { "s" })))
}

/// The name of the builtin type that defines `self`'s methods: the first non-heap class in its
/// MRO (a subclass's instance still reports "list.append()").
fn builtin_owner_name(v: &Value) -> String {
    use crate::types::typeobj::{tdata, tflag};
    let cls = v.class();
    let mro = tdata(&cls).mro.get_value();
    let found = mro.as_ref().and_then(|m| m.as_tuple().and_then(|t| t.iter().find(|c| tdata(c).flags.get() & tflag::HEAPTYPE == 0).cloned()));
    tdata(&found.unwrap_or(cls)).name_str().to_owned()
}

/// CPython's "f() takes exactly one argument (2 given)" family of messages.
pub fn check_count(fname: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{fname}() takes no arguments ({n} given)"),
            1 => format!("{fname}() takes exactly one argument ({n} given)"),
            _ => format!("{fname} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!("{fname} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
    } else {
        format!("{fname} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
    };
    Err(PyErr::new(ExcType::TypeError, msg))
}

fn too_many_positional(fname: &str, max: usize, _min: usize, given: usize) -> PyErr {
    PyErr::new(ExcType::TypeError, format!("{fname}() takes at most {max} argument{} ({given} given)", if max == 1 { "" } else { "s" }))
}
