//! `str`: immutable Unicode text stored as UTF-8 with its length in code points cached
//! (ASCII strings index in O(1)); interned strings for names; the str type's methods.
//!
//! The algorithms are `crate::strings` (pure functions over `&str`); this file converts the
//! arguments as CPython 3.11 does (positional-only or keyword, `__index__`, `None` defaults,
//! the exact error messages) and builds the results. The argument binder and converters at
//! the top are shared with `bytes.rs`.

use crate::error::{index_error, overflow_error, type_error, ExcType, PyErr, PyResult};
use crate::object::{alloc_obj, flag, Kind, Trace};
use crate::runtime::{rt, BT};
use crate::strings::{self, str_case, str_layout, str_search, StrError, StrView};
use crate::types::builtin::{method, staticmethod, Args, MethodDef};
use crate::types::typeobj::{alloc_instance, is_subtype_ptr, lookup_str, tdata, type_name};
use crate::value::Value;
use crate::vm::Vm;
use std::borrow::Cow;
use std::cell::Cell;

pub struct StrData {
    s: Box<str>,
    /// Length in code points.
    len: usize,
    /// Cached hash; -1 until computed.
    hash: Cell<i64>,
}

impl Trace for StrData {}

impl StrData {
    /// The byte offsets, in a str object, of its UTF-8 bytes' pointer and of their length
    /// (the JIT's inline compares of one-byte strs read them); None if a boxed str is not two
    /// plain words.
    pub fn bytes_words() -> Option<(usize, usize)> {
        let probe: Box<str> = "abc".into();
        if std::mem::size_of::<Box<str>>() != 2 * std::mem::size_of::<usize>() {
            return None;
        }
        // SAFETY: a boxed str is two plain words (checked above); this only reads them.
        let words: [usize; 2] = unsafe { std::mem::transmute_copy(&probe) };
        let base = std::mem::offset_of!(crate::object::Obj<StrData>, data) + std::mem::offset_of!(StrData, s);
        crate::object::word_offsets(&words, probe.as_ptr() as usize, 3).map(|(p, l)| (base + p, base + l))
    }

    pub fn new(s: &str) -> StrData {
        StrData { len: char_count(s), s: s.into(), hash: Cell::new(-1) }
    }

    pub fn from_string(s: String) -> StrData {
        StrData { len: char_count(&s), s: s.into_boxed_str(), hash: Cell::new(-1) }
    }

    #[inline(always)]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    #[inline(always)]
    pub fn char_len(&self) -> usize {
        self.len
    }

    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.len == self.s.len()
    }

    /// The text with its cached length, as the `strings` algorithms take it.
    #[inline(always)]
    pub fn view(&self) -> StrView<'_> {
        StrView { s: &self.s, char_len: self.len }
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::hash::hash_bytes(self.s.as_bytes());
        self.hash.set(h);
        h
    }

    /// Byte offset of code point `i` (i <= len).
    pub fn byte_offset(&self, i: usize) -> usize {
        self.view().byte_offset(i)
    }

    /// The code point at index `i` (0 <= i < len).
    pub fn char_at(&self, i: usize) -> char {
        strings::index::char_at(self.view(), i as isize).unwrap_or('\0')
    }
}

#[inline]
fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        strings::index::char_count(s)
    }
}

impl Value {
    /// A new str.
    pub fn str(s: &str) -> Value {
        if s.is_empty() {
            // SAFETY: set at init.
            return unsafe { Value::from_ptr(rt().empty_str.get()) };
        }
        if s.len() == 1 {
            return crate::runtime::ascii_str(s.as_bytes()[0]);
        }
        alloc_obj(&rt().ty_borrowed(BT::Str), StrData::new(s), 0)
    }

    pub fn string(s: String) -> Value {
        if s.len() <= 1 {
            return Value::str(&s);
        }
        alloc_obj(&rt().ty_borrowed(BT::Str), StrData::from_string(s), 0)
    }

    /// The interned (immortal, unique) str with this content.
    pub fn intern(s: &str) -> Value {
        // SAFETY: single-threaded access to the intern table.
        let table = unsafe { &mut *rt().interned.get() };
        if let Some(&p) = table.get(s) {
            return unsafe { Value::from_ptr(p) };
        }
        let v = alloc_obj(&rt().ty_borrowed(BT::Str), StrData::new(s), 0);
        let h = v.header().expect("str is a heap object");
        h.make_immortal();
        h.set_flag(flag::INTERNED);
        // The key borrows the immortal string's own storage.
        let key: &'static str = unsafe { &*(v.downcast::<StrData>().expect("str").as_str() as *const str) };
        table.insert(key, v.as_ptr());
        v
    }

    /// The Rust str of a str value (None for other kinds).
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        self.downcast::<StrData>().map(|s| s.as_str())
    }
}

/// Interns an existing str value (returns the canonical object).
pub fn intern_value(v: &Value) -> Value {
    match v.header() {
        Some(h) if h.has_flag(flag::INTERNED) => v.clone(),
        _ => match v.as_str() {
            Some(s) => Value::intern(s),
            None => v.clone(),
        },
    }
}

/// Whether `s` is a valid identifier (`str.isidentifier`: XID_Start or '_', then XID_Continue).
pub fn is_identifier(s: &str) -> bool {
    str_case::isidentifier(s)
}

/// Python `repr()` of a string.
pub fn repr_str(s: &str) -> String {
    strings::repr::str_repr(s)
}

/// Python's `str.isprintable` for one character.
pub fn is_printable(c: char) -> bool {
    strings::unicode::is_printable(c)
}

/// Normalizes optional start/end arguments like CPython's slice-index semantics, in code points.
pub fn span(vm: &mut Vm, len: usize, start: Option<&Value>, end: Option<&Value>) -> PyResult<(usize, usize)> {
    let (s, e) = (slice_index(vm, start)?, slice_index(vm, end)?);
    let (s, e) = strings::adjust_indices(s, e, len);
    Ok((s.min(len), e))
}

/// Slices `s` by code points [a, b).
pub fn char_slice(sd: &StrData, a: usize, b: usize) -> &str {
    sd.view().substr(a, b)
}

// ---- arguments (shared with bytes.rs) ---------------------------------------------------------

/// How CPython 3.11 receives a builtin method's arguments; it decides the wording of the
/// arity errors. The number of slots `N` given to [`bind`] is the maximum count.
#[derive(Clone, Copy)]
pub(crate) enum Conv {
    /// METH_NOARGS: "str.isalpha() takes no arguments (1 given)".
    NoArgs,
    /// METH_O: "str.join() takes exactly one argument (0 given)".
    One,
    /// PyArg_ParseTuple: "find() takes at least 1 argument (0 given)".
    Tuple,
    /// Argument Clinic, positional-only: "replace expected at least 2 arguments, got 1".
    Pos,
    /// Argument Clinic with keywords (names of all `N` parameters, the first `.1` of them
    /// positional-only): "'x' is an invalid keyword argument for split()".
    Kw(&'static [&'static str], usize),
    /// A slot wrapper (`__add__`): "expected 1 argument, got 0".
    Slot,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The type name CPython puts in "str.join() takes ..." messages.
fn owner_name(v: Option<&Value>) -> String {
    match v {
        Some(v) if v.kind() == Kind::Type => tdata(v).name_str(),
        Some(v) => match v.kind() {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
            Kind::MemoryView => "memoryview",
            _ => "str",
        }
        .into(),
        None => "str".into(),
    }
}

/// Binds the arguments after `self` (or `cls`) to `N` slots: at least `min` positional
/// ones, keywords only for `Conv::Kw`. Errors are CPython's for the convention.
pub(crate) fn bind<'a, const N: usize>(args: &Args<'a>, name: &str, conv: Conv, min: usize) -> PyResult<[Option<&'a Value>; N]> {
    let mut out = [None; N];
    let pos = args.pos();
    bind_into(args, &pos[pos.len().min(1)..], args.all.first(), name, conv, min, &mut out)?;
    Ok(out)
}

/// [`bind`] for static methods (`maketrans`): no `self`; `owner` names the type.
pub(crate) fn bind_static<'a, const N: usize>(args: &Args<'a>, owner: &Value, name: &str, min: usize) -> PyResult<[Option<&'a Value>; N]> {
    let mut out = [None; N];
    bind_into(args, args.pos(), Some(owner), name, Conv::Pos, min, &mut out)?;
    Ok(out)
}

/// The work of [`bind`], not generic over `N` (one copy in the binary).
#[inline(never)]
fn bind_into<'a>(
    args: &Args<'a>,
    pos: &'a [Value],
    owner: Option<&Value>,
    name: &str,
    conv: Conv,
    min: usize,
    out: &mut [Option<&'a Value>],
) -> PyResult<()> {
    let (n, max) = (pos.len(), out.len());
    if let Conv::Kw(names, posonly) = conv {
        bind_kw(args, pos, name, names, posonly, min)?;
        for (o, v) in out.iter_mut().zip(pos) {
            *o = Some(v);
        }
        for (k, v) in args.kwargs() {
            if let Some(i) = names.iter().position(|x| Some(*x) == k.as_str()) {
                out[i] = Some(v);
            }
        }
        return Ok(());
    }
    let msg = if args.has_kwargs() {
        match conv {
            Conv::Slot => format!("wrapper {name}() takes no keyword arguments"),
            _ => format!("{}.{name}() takes no keyword arguments", owner_name(owner)),
        }
    } else if n >= min && n <= max {
        for (o, v) in out.iter_mut().zip(pos) {
            *o = Some(v);
        }
        return Ok(());
    } else {
        match conv {
            Conv::NoArgs => format!("{}.{name}() takes no arguments ({n} given)", owner_name(owner)),
            Conv::One => format!("{}.{name}() takes exactly one argument ({n} given)", owner_name(owner)),
            Conv::Tuple => {
                let (how, k) = if min == max {
                    ("exactly", max)
                } else if n < min {
                    ("at least", min)
                } else {
                    ("at most", max)
                };
                format!("{name}() takes {how} {k} argument{} ({n} given)", plural(k))
            }
            _ => {
                let prefix = if matches!(conv, Conv::Slot) { String::new() } else { format!("{name} ") };
                let (how, k) = if min == max {
                    ("", max)
                } else if n < min {
                    ("at least ", min)
                } else {
                    ("at most ", max)
                };
                format!("{prefix}expected {how}{k} argument{}, got {n}", plural(k))
            }
        }
    };
    Err(type_error(msg))
}

/// Argument Clinic's `_PyArg_UnpackKeywords` checks, in its order.
fn bind_kw(args: &Args, pos: &[Value], name: &str, names: &[&str], posonly: usize, min: usize) -> PyResult<()> {
    let (n, max) = (pos.len(), names.len());
    let nkw = args.kwnames.len();
    if n + nkw > max {
        let kw = if n == 0 { "keyword " } else { "" };
        return Err(type_error(format!("{name}() takes at most {max} {kw}argument{} ({} given)", plural(max), n + nkw)));
    }
    let minposonly = posonly.min(min);
    if n < minposonly {
        let how = if minposonly < max { "at least" } else { "exactly" };
        return Err(type_error(format!("{name}() takes {how} {minposonly} positional argument{} ({n} given)", plural(minposonly))));
    }
    let given = |i: usize| args.kwnames.iter().any(|k| k.as_str() == Some(names[i]));
    if let Some(i) = (n..min).find(|&i| !given(i)) {
        return Err(type_error(format!("{name}() missing required argument '{}' (pos {})", names[i], i + 1)));
    }
    if let Some(i) = (posonly..n).find(|&i| given(i)) {
        return Err(type_error(format!("argument for {name}() given by name ('{}') and position ({})", names[i], i + 1)));
    }
    for k in args.kwnames {
        let key = k.as_str().unwrap_or("");
        if !names[posonly..].contains(&key) {
            return Err(type_error(format!("'{key}' is an invalid keyword argument for {name}()")));
        }
    }
    Ok(())
}

/// The `cls` of `T.__new__(cls, ...)`, with the checks of CPython's `tp_new_wrapper`.
pub(crate) fn new_cls<'a>(args: &Args<'a>, t: BT) -> PyResult<&'a Value> {
    let name = tdata(&rt().ty(t)).name_str();
    let Some(cls) = args.pos().first() else { return Err(type_error(format!("{name}.__new__(): not enough arguments"))) };
    if cls.kind() != Kind::Type {
        return Err(type_error(format!("{name}.__new__(X): X is not a type object ({})", type_name(cls))));
    }
    if !is_subtype_ptr(cls.as_ptr(), rt().ty_ptr(t)) {
        let c = tdata(cls).name_str();
        return Err(type_error(format!("{name}.__new__({c}): {c} is not a subtype of {name}")));
    }
    Ok(cls)
}

/// A required slot filled by [`bind`] (`min` guarantees it).
pub(crate) fn req(v: Option<&Value>) -> PyResult<&Value> {
    v.ok_or_else(|| type_error("missing required argument"))
}

/// A str argument, or TypeError "{prefix}must be str, not T".
pub(crate) fn str_arg<'a>(v: &'a Value, prefix: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| type_error(format!("{prefix}must be str, not {}", type_name(v))))
}

/// The type name in Argument Clinic's "must be X, not T" (which says "None", not "NoneType").
pub(crate) fn clinic_type(v: &Value) -> String {
    if v.is_none() {
        "None".into()
    } else {
        type_name(v)
    }
}

/// A str argument converted by Argument Clinic: "{fname}() argument {what} must be str, not T".
pub(crate) fn clinic_str<'a>(v: &'a Value, fname: &str, what: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| type_error(format!("{fname}() argument {what}must be str, not {}", clinic_type(v))))
}

/// `encoding=`/`errors=` of encode/decode/str()/bytes(): "encode() argument 'errors' must be str, not int".
pub(crate) fn name_arg<'a>(v: Option<&'a Value>, fname: &str, arg: &str, default: &'a str) -> PyResult<&'a str> {
    match v {
        None => Ok(default),
        Some(v) => v.as_str().ok_or_else(|| type_error(format!("{fname}() argument '{arg}' must be str, not {}", clinic_type(v)))),
    }
}

/// A start/end argument: omitted or None → None, else `__index__` saturated to isize.
pub(crate) fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<isize>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => vm.to_isize_clamped(v).map(Some),
    }
}

/// A Py_ssize_t argument (OverflowError "Python int too large to convert to C ssize_t").
pub(crate) fn ssize_arg(vm: &mut Vm, v: Option<&Value>, default: isize) -> PyResult<isize> {
    match v {
        None => Ok(default),
        Some(v) => vm.to_isize(v),
    }
}

/// A C int argument (tabsize, keepends, bytes_per_sep).
pub(crate) fn int_arg(vm: &mut Vm, v: Option<&Value>, default: isize) -> PyResult<isize> {
    let Some(v) = v else { return Ok(default) };
    let i = vm.to_ssize(v).map_err(|e| if e.matches(ExcType::OverflowError) { c_int_overflow() } else { e })?;
    // Checked on the 64-bit value: on wasm32 an isize would already have saturated.
    i32::try_from(i).map(|i| i as isize).map_err(|_| c_int_overflow())
}

fn c_int_overflow() -> PyErr {
    overflow_error("Python int too large to convert to C int")
}

/// The count of `seq * n`: None if `n` has no `__index__` (NotImplemented), OverflowError
/// "cannot fit 'int' into an index-sized integer" when huge.
pub(crate) fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<isize>> {
    match vm.index_opt(n) {
        Err(e) if e.matches(ExcType::IndexError) => Err(overflow_error(format!("cannot fit '{}' into an index-sized integer", type_name(n)))),
        r => r,
    }
}

/// A `StrError` from `crate::strings` as the Python exception.
pub(crate) fn str_err(e: StrError) -> PyErr {
    let t = match e {
        StrError::ValueError(_) => ExcType::ValueError,
        StrError::OverflowError(_) => ExcType::OverflowError,
        StrError::TypeError(_) => ExcType::TypeError,
        StrError::IndexError(_) => ExcType::IndexError,
        StrError::LookupError(_) => ExcType::LookupError,
        StrError::MemoryError => return PyErr::with_args(ExcType::MemoryError, vec![]),
    };
    PyErr::new(t, e.message())
}

/// The items of `x` for join (CPython's `PySequence_Fast(x, "can only join an iterable")`).
pub(crate) fn join_items(vm: &mut Vm, x: &Value) -> PyResult<Vec<Value>> {
    if let Some(l) = x.as_list() {
        return Ok(l.snapshot());
    }
    if let Some(t) = x.as_tuple() {
        return Ok(t.to_vec());
    }
    let it = vm.iter(x).map_err(|e| if e.matches(ExcType::TypeError) { type_error("can only join an iterable") } else { e })?;
    let mut out = Vec::new();
    while let Some(v) = vm.next(&it)? {
        out.push(v);
    }
    Ok(out)
}

/// Whether a binary operator should give the right operand's reflected method a chance
/// (it is written in Python) instead of raising the str/bytes TypeError at once.
pub(crate) fn defer_to_reflected(other: &Value, rname: &'static str) -> bool {
    lookup_str(&other.class(), rname).is_some_and(|f| f.kind() != Kind::MethodDescr)
}

/// Which of the find family a method is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Search {
    Find,
    RFind,
    Index,
    RIndex,
    Count,
}

impl Search {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Search::Find => "find",
            Search::RFind => "rfind",
            Search::Index => "index",
            Search::RIndex => "rindex",
            Search::Count => "count",
        }
    }
    pub(crate) fn reverse(self) -> bool {
        matches!(self, Search::RFind | Search::RIndex)
    }
    /// The Python result of a find/index lookup.
    pub(crate) fn result(self, r: Option<usize>, not_found: &'static str) -> PyResult {
        match (r, self) {
            (Some(i), _) => Ok(Value::int(i as i64)),
            (None, Search::Index | Search::RIndex) => Err(PyErr::new(ExcType::ValueError, not_found)),
            (None, _) => Ok(Value::int(-1)),
        }
    }
}

// ---- results ------------------------------------------------------------------------------------

fn this<'a>(args: &Args<'a>) -> PyResult<&'a StrData> {
    args.all.first().and_then(|v| v.downcast::<StrData>()).ok_or_else(|| type_error("descriptor requires a 'str' object"))
}

fn is_exact_str(v: &Value) -> bool {
    v.class_ptr() == rt().ty_ptr(BT::Str)
}

/// A str result that may be all of `me`'s text: then `me` itself when it is an exact str
/// (as CPython returns self), else a new str.
fn sub_result(me: &Value, sd: &StrData, r: &str) -> Value {
    if r.len() == sd.as_str().len() && r.as_ptr() == sd.as_str().as_ptr() && is_exact_str(me) {
        return me.clone();
    }
    if sd.is_ascii() && r.len() > 1 {
        // A piece of ASCII text is ASCII: no need to count its code points.
        return alloc_obj(&rt().ty_borrowed(BT::Str), StrData { s: r.into(), len: r.len(), hash: Cell::new(-1) }, 0);
    }
    Value::str(r)
}

fn cow_result(me: &Value, sd: &StrData, r: Cow<str>) -> Value {
    match r {
        Cow::Borrowed(s) => sub_result(me, sd, s),
        Cow::Owned(s) => Value::string(s),
    }
}

// ---- the method table ---------------------------------------------------------------------------

/// A METH_NOARGS method computing `f(self)`.
#[inline(never)]
fn noargs(args: &Args, name: &str, f: &dyn Fn(&str) -> Value) -> PyResult {
    bind::<0>(args, name, Conv::NoArgs, 0)?;
    Ok(f(this(args)?.as_str()))
}

macro_rules! noargs {
    ($($name:ident => $py:literal, $f:expr, $wrap:ident;)*) => {$(
        fn $name(_vm: &mut Vm, args: Args) -> PyResult {
            noargs(&args, $py, &|s| Value::$wrap($f(s)))
        }
    )*};
}

noargs! {
    str_isalnum => "isalnum", str_case::isalnum, bool;
    str_isalpha => "isalpha", str_case::isalpha, bool;
    str_isdecimal => "isdecimal", str_case::isdecimal, bool;
    str_isdigit => "isdigit", str_case::isdigit, bool;
    str_isnumeric => "isnumeric", str_case::isnumeric, bool;
    str_isspace => "isspace", str_case::isspace, bool;
    str_isprintable => "isprintable", str_case::isprintable, bool;
    str_isidentifier => "isidentifier", str_case::isidentifier, bool;
    str_islower => "islower", str_case::islower, bool;
    str_isupper => "isupper", str_case::isupper, bool;
    str_istitle => "istitle", str_case::istitle, bool;
    str_isascii => "isascii", str_case::isascii, bool;
    str_lower => "lower", str_case::lower, string;
    str_upper => "upper", str_case::upper, string;
    str_casefold => "casefold", str_case::casefold, string;
    str_capitalize => "capitalize", str_case::capitalize, string;
    str_title => "title", str_case::title, string;
    str_swapcase => "swapcase", str_case::swapcase, string;
}

pub const STR_METHODS: &[MethodDef] = &[
    staticmethod("__new__", str_new),
    method("__len__", str_len),
    method("__repr__", str_repr),
    method("__str__", str_str),
    method("__hash__", str_hash),
    method("__eq__", str_eq),
    method("__ne__", str_ne),
    method("__lt__", str_lt),
    method("__le__", str_le),
    method("__gt__", str_gt),
    method("__ge__", str_ge),
    method("__add__", str_add),
    method("__mul__", str_mul),
    method("__rmul__", str_mul),
    method("__mod__", str_mod),
    method("__rmod__", str_rmod),
    method("__contains__", str_contains),
    method("__getitem__", str_getitem),
    method("__iter__", str_iter),
    method("__format__", str_format_spec),
    method("__getnewargs__", str_getnewargs),
    method("__sizeof__", str_sizeof),
    method("capitalize", str_capitalize),
    method("casefold", str_casefold),
    method("center", str_center),
    method("count", str_count),
    method("encode", str_encode),
    method("endswith", str_endswith),
    method("expandtabs", str_expandtabs),
    method("find", str_find),
    method("format", str_format),
    method("format_map", str_format_map),
    method("index", str_index),
    method("isalnum", str_isalnum),
    method("isalpha", str_isalpha),
    method("isascii", str_isascii),
    method("isdecimal", str_isdecimal),
    method("isdigit", str_isdigit),
    method("isidentifier", str_isidentifier),
    method("islower", str_islower),
    method("isnumeric", str_isnumeric),
    method("isprintable", str_isprintable),
    method("isspace", str_isspace),
    method("istitle", str_istitle),
    method("isupper", str_isupper),
    method("join", str_join),
    method("ljust", str_ljust),
    method("lower", str_lower),
    method("lstrip", str_lstrip),
    staticmethod("maketrans", str_maketrans),
    method("partition", str_partition),
    method("removeprefix", str_removeprefix),
    method("removesuffix", str_removesuffix),
    method("replace", str_replace),
    method("rfind", str_rfind),
    method("rindex", str_rindex),
    method("rjust", str_rjust),
    method("rpartition", str_rpartition),
    method("rsplit", str_rsplit),
    method("rstrip", str_rstrip),
    method("split", str_split),
    method("splitlines", str_splitlines),
    method("startswith", str_startswith),
    method("strip", str_strip),
    method("swapcase", str_swapcase),
    method("title", str_title),
    method("translate", str_translate),
    method("upper", str_upper),
    method("zfill", str_zfill),
];

// ---- construction, dunders ----------------------------------------------------------------------

fn str_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = new_cls(&args, BT::Str)?;
    let [obj, encoding, errors] = bind::<3>(&args, "str", Conv::Kw(&["object", "encoding", "errors"], 0), 0)?;
    let s = match obj {
        None => Value::str(""),
        Some(o) if encoding.is_none() && errors.is_none() => vm.str(o)?,
        Some(o) => {
            let enc = name_arg(encoding, "str", "encoding", "utf-8")?;
            let errs = name_arg(errors, "str", "errors", "strict")?;
            if o.kind() == Kind::Str {
                return Err(type_error("decoding str is not supported"));
            }
            let buf = crate::types::bytes::buffer(o)
                .ok_or_else(|| type_error(format!("decoding to str: need a bytes-like object, {} found", type_name(o))))?;
            crate::types::bytes::decode(vm, &buf, enc, errs)?
        }
    };
    if cls.as_ptr() == rt().ty_ptr(BT::Str) {
        return Ok(s);
    }
    Ok(alloc_instance(cls, StrData::new(s.as_str().unwrap_or(""))))
}

fn str_len(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(this(&args)?.char_len() as i64))
}

fn str_repr(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::string(strings::repr::str_repr(this(&args)?.as_str())))
}

fn str_str(_vm: &mut Vm, args: Args) -> PyResult {
    let v = args.self_();
    if is_exact_str(v) {
        return Ok(v.clone());
    }
    Ok(Value::str(this(&args)?.as_str()))
}

fn str_hash(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(this(&args)?.hash()))
}

fn str_sizeof(_vm: &mut Vm, args: Args) -> PyResult {
    bind::<0>(&args, "__sizeof__", Conv::NoArgs, 0)?;
    // CPython's compact layouts (64-bit): ASCII 48-byte header + 1 byte per char and the
    // NUL, else 72 + 1, 2 or 4 bytes each.
    let sd = this(&args)?;
    let n = sd.char_len() as i64 + 1;
    let size = match sd.as_str().chars().map(|c| c as u32).max().unwrap_or(0) {
        0..=0x7f => 48 + n,
        0x80..=0xff => 72 + n,
        0x100..=0xffff => 72 + 2 * n,
        _ => 72 + 4 * n,
    };
    Ok(Value::int(size))
}

fn compare(args: &Args, f: fn(&str, &str) -> bool) -> PyResult {
    let [other] = bind::<1>(args, "", Conv::Slot, 1)?;
    Ok(match (this(args)?.as_str(), req(other)?.as_str()) {
        (a, Some(b)) => Value::bool(f(a, b)),
        _ => Value::not_implemented(),
    })
}

fn str_eq(_vm: &mut Vm, args: Args) -> PyResult {
    compare(&args, |a, b| a == b)
}
fn str_ne(_vm: &mut Vm, args: Args) -> PyResult {
    compare(&args, |a, b| a != b)
}
fn str_lt(_vm: &mut Vm, args: Args) -> PyResult {
    compare(&args, |a, b| a < b)
}
fn str_le(_vm: &mut Vm, args: Args) -> PyResult {
    compare(&args, |a, b| a <= b)
}
fn str_gt(_vm: &mut Vm, args: Args) -> PyResult {
    compare(&args, |a, b| a > b)
}
fn str_ge(_vm: &mut Vm, args: Args) -> PyResult {
    compare(&args, |a, b| a >= b)
}

fn str_add(_vm: &mut Vm, args: Args) -> PyResult {
    let other = req(bind::<1>(&args, "__add__", Conv::Slot, 1)?[0])?;
    let a = this(&args)?.as_str();
    match other.as_str() {
        Some(b) => {
            let mut s = String::with_capacity(a.len() + b.len());
            s.push_str(a);
            s.push_str(b);
            Ok(Value::string(s))
        }
        None if defer_to_reflected(other, "__radd__") => Ok(Value::not_implemented()),
        None => Err(type_error(format!("can only concatenate str (not \"{}\") to str", type_name(other)))),
    }
}

fn str_mul(vm: &mut Vm, args: Args) -> PyResult {
    let n = req(bind::<1>(&args, "__mul__", Conv::Slot, 1)?[0])?;
    let Some(n) = repeat_count(vm, n)? else { return Ok(Value::not_implemented()) };
    let me = args.self_();
    if n == 1 && is_exact_str(me) {
        return Ok(me.clone());
    }
    Ok(Value::string(str_layout::repeat(this(&args)?.as_str(), n).map_err(str_err)?))
}

fn str_mod(vm: &mut Vm, args: Args) -> PyResult {
    let v = req(bind::<1>(&args, "__mod__", Conv::Slot, 1)?[0])?;
    crate::format::percent_format_str(vm, this(&args)?.as_str(), v)
}

fn str_rmod(_vm: &mut Vm, args: Args) -> PyResult {
    bind::<1>(&args, "__rmod__", Conv::Slot, 1)?;
    Ok(Value::not_implemented())
}

fn str_contains(_vm: &mut Vm, args: Args) -> PyResult {
    let sub = req(bind::<1>(&args, "__contains__", Conv::Slot, 1)?[0])?;
    match sub.as_str() {
        Some(sub) => Ok(Value::bool(str_search::contains(this(&args)?.as_str(), sub))),
        None => Err(type_error(format!("'in <string>' requires string as left operand, not {}", type_name(sub)))),
    }
}

fn str_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let key = req(bind::<1>(&args, "__getitem__", Conv::Slot, 1)?[0])?;
    let sd = this(&args)?;
    if let Some(sl) = key.downcast::<crate::types::slice::SliceData>() {
        let (start, stop, step, _) = sl.indices(vm, sd.char_len())?;
        return Ok(cow_result(args.self_(), sd, strings::index::slice(sd.view(), start, stop, step)));
    }
    let Some(i) = vm.index_opt(key)? else {
        return Err(type_error(format!("string indices must be integers, not '{}'", type_name(key))));
    };
    match strings::index::char_at(sd.view(), i) {
        Some(c) => Ok(Value::str(c.encode_utf8(&mut [0u8; 4]))),
        None => Err(index_error(strings::index::INDEX_OUT_OF_RANGE)),
    }
}

fn str_iter(_vm: &mut Vm, args: Args) -> PyResult {
    bind::<0>(&args, "__iter__", Conv::Slot, 0)?;
    Ok(crate::types::iter::new_str_iter(args.self_()))
}

fn str_format_spec(vm: &mut Vm, args: Args) -> PyResult {
    let spec = req(bind::<1>(&args, "__format__", Conv::Pos, 1)?[0])?;
    let spec = clinic_str(spec, "__format__", "")?;
    let me = args.self_();
    if spec.is_empty() {
        // CPython: an empty spec is str(self) (a subclass's __str__ runs).
        return if is_exact_str(me) { Ok(me.clone()) } else { vm.str(me) };
    }
    crate::format::format_str_spec(vm, this(&args)?.as_str(), spec)
}

fn str_getnewargs(_vm: &mut Vm, args: Args) -> PyResult {
    bind::<0>(&args, "__getnewargs__", Conv::NoArgs, 0)?;
    Ok(Value::tuple(vec![Value::str(this(&args)?.as_str())]))
}

// ---- searching ----------------------------------------------------------------------------------

fn search(vm: &mut Vm, args: &Args, op: Search) -> PyResult {
    let [sub, start, end] = bind::<3>(args, op.name(), Conv::Tuple, 1)?;
    let (start, end) = (slice_index(vm, start)?, slice_index(vm, end)?);
    let sub = str_arg(req(sub)?, "")?;
    let v = this(args)?.view();
    let r = match op {
        Search::Count => return Ok(Value::int(str_search::count(v, sub, start, end) as i64)),
        _ if op.reverse() => str_search::rfind(v, sub, start, end),
        _ => str_search::find(v, sub, start, end),
    };
    op.result(r, str_search::SUBSTRING_NOT_FOUND)
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult {
    search(vm, &args, Search::Find)
}
fn str_rfind(vm: &mut Vm, args: Args) -> PyResult {
    search(vm, &args, Search::RFind)
}
fn str_index(vm: &mut Vm, args: Args) -> PyResult {
    search(vm, &args, Search::Index)
}
fn str_rindex(vm: &mut Vm, args: Args) -> PyResult {
    search(vm, &args, Search::RIndex)
}
fn str_count(vm: &mut Vm, args: Args) -> PyResult {
    search(vm, &args, Search::Count)
}

fn affix(vm: &mut Vm, args: &Args, name: &str, suffix: bool) -> PyResult {
    let [what, start, end] = bind::<3>(args, name, Conv::Tuple, 1)?;
    let (start, end) = (slice_index(vm, start)?, slice_index(vm, end)?);
    let v = this(args)?.view();
    let test = |p: &str| if suffix { str_search::endswith(v, p, start, end) } else { str_search::startswith(v, p, start, end) };
    let what = req(what)?;
    if let Some(items) = what.as_tuple() {
        for p in items {
            let p = p.as_str().ok_or_else(|| type_error(format!("tuple for {name} must only contain str, not {}", type_name(p))))?;
            if test(p) {
                return Ok(Value::bool(true));
            }
        }
        return Ok(Value::bool(false));
    }
    match what.as_str() {
        Some(p) => Ok(Value::bool(test(p))),
        None => Err(type_error(format!("{name} first arg must be str or a tuple of str, not {}", type_name(what)))),
    }
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult {
    affix(vm, &args, "startswith", false)
}
fn str_endswith(vm: &mut Vm, args: Args) -> PyResult {
    affix(vm, &args, "endswith", true)
}

fn str_replace(vm: &mut Vm, args: Args) -> PyResult {
    let [old, new, count] = bind::<3>(&args, "replace", Conv::Pos, 2)?;
    let old = clinic_str(req(old)?, "replace", "1 ")?;
    let new = clinic_str(req(new)?, "replace", "2 ")?;
    let count = ssize_arg(vm, count, -1)?;
    let sd = this(&args)?;
    Ok(cow_result(args.self_(), sd, str_search::replace(sd.as_str(), old, new, count)))
}

// ---- splitting and joining ----------------------------------------------------------------------

fn split(vm: &mut Vm, args: &Args, name: &str, right: bool) -> PyResult {
    let [sep, maxsplit] = bind::<2>(args, name, Conv::Kw(&["sep", "maxsplit"], 0), 0)?;
    let maxsplit = ssize_arg(vm, maxsplit, -1)?;
    let sep = match sep {
        Some(v) if !v.is_none() => Some(v.as_str().ok_or_else(|| type_error(format!("must be str or None, not {}", type_name(v))))?),
        _ => None,
    };
    let (me, sd) = (args.self_(), this(args)?);
    let parts = if right { str_search::rsplit(sd.as_str(), sep, maxsplit) } else { str_search::split(sd.as_str(), sep, maxsplit) };
    Ok(Value::list(parts.map_err(str_err)?.into_iter().map(|p| sub_result(me, sd, p)).collect()))
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult {
    split(vm, &args, "split", false)
}
fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult {
    split(vm, &args, "rsplit", true)
}

fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult {
    let [keepends] = bind::<1>(&args, "splitlines", Conv::Kw(&["keepends"], 0), 0)?;
    let keep = int_arg(vm, keepends, 0)? != 0;
    let (me, sd) = (args.self_(), this(&args)?);
    Ok(Value::list(str_layout::splitlines(sd.as_str(), keep).into_iter().map(|p| sub_result(me, sd, p)).collect()))
}

fn partition(args: &Args, name: &str, right: bool) -> PyResult {
    let sep_v = req(bind::<1>(args, name, Conv::One, 1)?[0])?;
    let sep = str_arg(sep_v, "")?;
    let (me, sd) = (args.self_(), this(args)?);
    let s = sd.as_str();
    let (a, b, c) = if right { str_search::rpartition(s, sep) } else { str_search::partition(s, sep) }.map_err(str_err)?;
    if b.is_empty() {
        // Not found: CPython hands back self itself, even for a subclass.
        let e = Value::str("");
        return Ok(Value::tuple(if right { vec![e.clone(), e, me.clone()] } else { vec![me.clone(), e.clone(), e] }));
    }
    Ok(Value::tuple(vec![sub_result(me, sd, a), sep_v.clone(), sub_result(me, sd, c)]))
}

fn str_partition(_vm: &mut Vm, args: Args) -> PyResult {
    partition(&args, "partition", false)
}
fn str_rpartition(_vm: &mut Vm, args: Args) -> PyResult {
    partition(&args, "rpartition", true)
}

fn str_join(vm: &mut Vm, args: Args) -> PyResult {
    let iterable = req(bind::<1>(&args, "join", Conv::One, 1)?[0])?;
    let items = join_items(vm, iterable)?;
    let mut pieces = Vec::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        match it.as_str() {
            Some(s) => pieces.push(s),
            None => return Err(type_error(format!("sequence item {i}: expected str instance, {} found", type_name(it)))),
        }
    }
    if let [only] = &items[..] {
        if is_exact_str(only) {
            return Ok(only.clone());
        }
    }
    Ok(Value::string(str_layout::join(this(&args)?.as_str(), &pieces)))
}

// ---- stripping and padding ----------------------------------------------------------------------

fn strip(args: &Args, name: &str, how: u8) -> PyResult {
    let [chars] = bind::<1>(args, name, Conv::Pos, 0)?;
    let chars = match chars {
        Some(v) if !v.is_none() => Some(v.as_str().ok_or_else(|| type_error(format!("{name} arg must be None or str")))?),
        _ => None,
    };
    let (me, sd) = (args.self_(), this(args)?);
    let s = sd.as_str();
    let r = match how {
        0 => str_layout::strip(s, chars),
        1 => str_layout::lstrip(s, chars),
        _ => str_layout::rstrip(s, chars),
    };
    Ok(sub_result(me, sd, r))
}

fn str_strip(_vm: &mut Vm, args: Args) -> PyResult {
    strip(&args, "strip", 0)
}
fn str_lstrip(_vm: &mut Vm, args: Args) -> PyResult {
    strip(&args, "lstrip", 1)
}
fn str_rstrip(_vm: &mut Vm, args: Args) -> PyResult {
    strip(&args, "rstrip", 2)
}

type PadFn = for<'a> fn(StrView<'a>, isize, char) -> Result<Cow<'a, str>, StrError>;

fn pad(vm: &mut Vm, args: &Args, name: &str, f: PadFn) -> PyResult {
    let [width, fill] = bind::<2>(args, name, Conv::Pos, 1)?;
    let width = ssize_arg(vm, width, 0)?;
    let fill = match fill {
        None => ' ',
        Some(f) => {
            let fs = f.as_str().ok_or_else(|| type_error(format!("The fill character must be a unicode character, not {}", type_name(f))))?;
            let mut it = fs.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => return Err(type_error("The fill character must be exactly one character long")),
            }
        }
    };
    let sd = this(args)?;
    Ok(cow_result(args.self_(), sd, f(sd.view(), width, fill).map_err(str_err)?))
}

fn str_ljust(vm: &mut Vm, args: Args) -> PyResult {
    pad(vm, &args, "ljust", str_layout::ljust)
}
fn str_rjust(vm: &mut Vm, args: Args) -> PyResult {
    pad(vm, &args, "rjust", str_layout::rjust)
}
fn str_center(vm: &mut Vm, args: Args) -> PyResult {
    pad(vm, &args, "center", str_layout::center)
}

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult {
    let width = ssize_arg(vm, bind::<1>(&args, "zfill", Conv::One, 1)?[0], 0)?;
    let sd = this(&args)?;
    Ok(cow_result(args.self_(), sd, str_layout::zfill(sd.view(), width).map_err(str_err)?))
}

fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult {
    let [tabsize] = bind::<1>(&args, "expandtabs", Conv::Kw(&["tabsize"], 0), 0)?;
    let tabsize = int_arg(vm, tabsize, 8)?;
    let sd = this(&args)?;
    Ok(cow_result(args.self_(), sd, str_layout::expandtabs(sd.as_str(), tabsize).map_err(str_err)?))
}

fn str_removeprefix(_vm: &mut Vm, args: Args) -> PyResult {
    affix_remove(&args, "removeprefix", str_search::removeprefix)
}
fn str_removesuffix(_vm: &mut Vm, args: Args) -> PyResult {
    affix_remove(&args, "removesuffix", str_search::removesuffix)
}

fn affix_remove(args: &Args, name: &str, f: for<'a> fn(&'a str, &str) -> &'a str) -> PyResult {
    let what = req(bind::<1>(args, name, Conv::One, 1)?[0])?;
    let what = clinic_str(what, name, "")?;
    let sd = this(args)?;
    Ok(sub_result(args.self_(), sd, f(sd.as_str(), what)))
}

// ---- codecs, formatting -------------------------------------------------------------------------

fn str_encode(vm: &mut Vm, args: Args) -> PyResult {
    let [encoding, errors] = bind::<2>(&args, "encode", Conv::Kw(&["encoding", "errors"], 0), 0)?;
    let enc = name_arg(encoding, "encode", "encoding", "utf-8")?;
    let errs = name_arg(errors, "encode", "errors", "strict")?;
    crate::types::bytes::encode_value(vm, args.self_(), enc, errs)
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult {
    let s = this(&args)?.as_str();
    if !s.contains(['{', '}']) {
        // CPython's writer hands back the template object itself when it is copied whole.
        return Ok(args.self_().clone());
    }
    let rest = Args { all: &args.all[1..], kwnames: args.kwnames };
    crate::format::str_format_method(vm, s, rest)
}

/// `format_map(mapping)`: looks every top-level field name up in `mapping` (so dict
/// subclasses' `__missing__` and any `__getitem__` work), then formats with those as keywords.
fn str_format_map(vm: &mut Vm, args: Args) -> PyResult {
    let mapping = req(bind::<1>(&args, "format_map", Conv::One, 1)?[0])?;
    let template = this(&args)?.as_str();
    let mut names: Vec<Value> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    for name in field_names(template) {
        if name.is_empty() || name.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PyErr::new(ExcType::ValueError, "Format string contains positional fields"));
        }
        if names.iter().any(|n| n.as_str() == Some(name)) {
            continue;
        }
        let key = Value::str(name);
        values.push(vm.getitem(mapping, &key)?);
        names.push(key);
    }
    crate::format::str_format_method(vm, template, Args { all: &values, kwnames: &names })
}

/// The top-level field names of a format template (`{name.attr[k]!r:spec}` → `name`),
/// including those nested in format specs; stops at the first malformed field (the
/// formatter then reports it).
fn field_names(t: &str) -> Vec<&str> {
    let b = t.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'{' if b.get(i + 1) == Some(&b'{') => i += 2,
            b'}' if b.get(i + 1) == Some(&b'}') => i += 2,
            b'{' => {
                let start = i + 1;
                let mut j = start;
                while j < b.len() && !matches!(b[j], b'.' | b'[' | b'!' | b':' | b'}' | b'{') {
                    j += 1;
                }
                if j >= b.len() || b[j] == b'{' {
                    break;
                }
                out.push(&t[start..j]);
                // Skip to the end of this field, entering the spec for nested fields.
                while j < b.len() && b[j] != b':' && b[j] != b'}' {
                    j += 1;
                }
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

// ---- translate ----------------------------------------------------------------------------------

fn str_translate(vm: &mut Vm, args: Args) -> PyResult {
    use str_layout::Translation;
    let table = req(bind::<1>(&args, "translate", Conv::One, 1)?[0])?;
    let sd = this(&args)?;
    // Keeps the str values the table returned alive while `translate` borrows their text.
    let mut keep: Vec<Value> = Vec::new();
    let out = str_layout::translate(sd.as_str(), |c| -> PyResult<Translation<'static>> {
        let v = match vm.getitem(table, &Value::int(c as i64)) {
            Ok(v) => v,
            Err(e) if e.matches(ExcType::LookupError) => return Ok(Translation::Keep),
            Err(e) => return Err(e),
        };
        if v.is_none() {
            return Ok(Translation::Delete);
        }
        if let Some(i) = v.as_int() {
            return match i.to_i64().and_then(|i| u32::try_from(i).ok()).and_then(char::from_u32) {
                Some(m) => Ok(Translation::Char(m)),
                None => Err(PyErr::new(ExcType::ValueError, "character mapping must be in range(0x110000)")),
            };
        }
        let Some(s) = v.as_str() else {
            return Err(type_error("character mapping must return integer, None or str"));
        };
        // SAFETY: `v` is moved into `keep`, which outlives the translation; moving a
        // `Value` does not move the str object its text lives in.
        let s: &'static str = unsafe { &*(s as *const str) };
        keep.push(v);
        Ok(Translation::Str(s))
    })?;
    drop(keep);
    Ok(Value::string(out))
}

fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult {
    let owner = rt().ty(BT::Str);
    let [x, y, z] = bind_static::<3>(&args, &owner, "maketrans", 1)?;
    let x = req(x)?;
    let d = Value::dict();
    let Some(y) = y else {
        let Some(src) = crate::types::dict::dict_data(x) else {
            return Err(type_error(str_layout::MAKETRANS_NEED_DICT));
        };
        for (k, v) in src.items() {
            let key = match k.as_str() {
                Some(s) => {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Value::int(c as i64),
                        _ => return Err(PyErr::new(ExcType::ValueError, str_layout::MAKETRANS_KEY_LENGTH)),
                    }
                }
                None if k.as_int().is_some() => k.clone(),
                None => return Err(type_error(str_layout::MAKETRANS_KEY_TYPE)),
            };
            vm.setitem(&d, &key, &v)?;
        }
        return Ok(d);
    };
    let x = x.as_str().ok_or_else(|| type_error(str_layout::MAKETRANS_FIRST_STR))?;
    let y = clinic_str(y, "maketrans", "2 ")?;
    let z = z.map(|z| clinic_str(z, "maketrans", "3 ")).transpose()?;
    for (k, v) in str_layout::maketrans(x, y, z).map_err(str_err)? {
        let v = v.map_or_else(Value::none, |c| Value::int(c as i64));
        vm.setitem(&d, &Value::int(k as i64), &v)?;
    }
    Ok(d)
}
