//! The `_sre` module: `compile` builds a `re.Pattern` from the code words CPython's
//! `re._compiler` produces, and the `rustpython-sre_engine` crate executes them (its opcode
//! numbering is CPython 3.11's). Here live the Pattern, Match and Scanner objects with
//! CPython's methods, reprs and messages. Positions are character indices for str subjects
//! and byte indices for bytes-like ones, as in CPython.

use crate::error::{index_error, type_error, ExcType, PyErr, PyResult};
use crate::modules::support::{add_type, alloc_native, native_object, native_type, new_module, opt, set_attr, this, Opt};
use crate::types::builtin::{method, Args, MethodDef, NativeFn};
use crate::types::descr::{Getter, Setter};
use crate::types::typeobj::type_name;
use crate::types::str::StrData;
use crate::value::Value;
use crate::vm::Vm;
use rustpython_sre_engine::{Request, SearchIter, State, StrDrive};
use std::cell::Cell;

/// CPython 3.11's `SRE_MAGIC` (the crate reports 3.13's; re._compiler asserts this one).
const MAGIC: i64 = 20220615;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("compile", sre_compile),
    ("getcodesize", getcodesize),
    ("ascii_iscased", ascii_iscased),
    ("unicode_iscased", unicode_iscased),
    ("ascii_tolower", ascii_tolower),
    ("unicode_tolower", unicode_tolower),
];

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("_sre", FUNCTIONS);
    set_attr(&m, "MAGIC", Value::int(MAGIC));
    set_attr(&m, "CODESIZE", Value::int(rustpython_sre_engine::CODESIZE as i64));
    set_attr(&m, "MAXREPEAT", Value::int(rustpython_sre_engine::MAXREPEAT as i64));
    set_attr(&m, "MAXGROUPS", Value::int(rustpython_sre_engine::MAXGROUPS as i64));
    set_attr(&m, "copyright", Value::str(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "));
    add_type(None, "re", "Pattern", None, &[PATTERN_METHODS], PATTERN_GETSETS, false);
    add_type(None, "re", "Match", None, &[MATCH_METHODS], MATCH_GETSETS, false);
    add_type(None, "_sre", "SRE_Scanner", None, &[SCANNER_METHODS], SCANNER_GETSETS, false);
    Ok(m)
}

fn char_arg(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<u32> {
    let pos = args.check(fname, 1, 1)?;
    Ok(vm.to_isize(&pos[0])? as u32)
}

fn getcodesize(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::int(rustpython_sre_engine::CODESIZE as i64))
}

fn ascii_iscased(vm: &mut Vm, args: Args) -> PyResult {
    let c = char_arg(vm, &args, "ascii_iscased")?;
    Ok(Value::bool(c < 128 && (c as u8).is_ascii_alphabetic()))
}

fn unicode_iscased(vm: &mut Vm, args: Args) -> PyResult {
    let c = char_arg(vm, &args, "unicode_iscased")?;
    Ok(Value::bool(c != rustpython_sre_engine::string::lower_unicode(c) || c != rustpython_sre_engine::string::upper_unicode(c)))
}

fn ascii_tolower(vm: &mut Vm, args: Args) -> PyResult {
    let c = char_arg(vm, &args, "ascii_tolower")?;
    Ok(Value::int(rustpython_sre_engine::string::lower_ascii(c) as i64))
}

fn unicode_tolower(vm: &mut Vm, args: Args) -> PyResult {
    let c = char_arg(vm, &args, "unicode_tolower")?;
    Ok(Value::int(rustpython_sre_engine::string::lower_unicode(c) as i64))
}

// ---- Pattern ----------------------------------------------------------------------------------

struct PatternObj {
    /// The source (str, bytes or None).
    pattern: Opt,
    /// name → group number (dict), and number → name (tuple).
    groupindex: Opt,
    indexgroup: Opt,
    code: Vec<u32>,
    flags: i64,
    groups: usize,
    is_bytes: bool,
}
native_object!(PatternObj; pattern, groupindex, indexgroup);

/// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
fn sre_compile(vm: &mut Vm, args: Args) -> PyResult {
    let [pattern, flags, code, groups, groupindex, indexgroup] =
        args.bind("compile", ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"], 6, 0)?;
    let pattern = pattern.unwrap_or_else(Value::none);
    let flags = vm.to_isize(flags.as_ref().unwrap_or(&Value::int(0)))? as i64;
    let mut words = Vec::new();
    let code = code.unwrap_or_else(Value::none);
    let it = vm.iter(&code)?;
    while let Some(w) = crate::types::iter::iter_next(vm, &it)? {
        let n = vm.index_opt_big(&w)?.ok_or_else(|| type_error("regular expression code must be integers"))?;
        words.push(u32::try_from(n).map_err(|_| PyErr::new(ExcType::OverflowError, "regular expression code size limit exceeded"))?);
    }
    let groups = vm.to_isize(groups.as_ref().unwrap_or(&Value::int(0)))?.max(0) as usize;
    let is_bytes = pattern.as_str().is_none() && !pattern.is_none();
    let obj = PatternObj {
        pattern: opt(Some(pattern)),
        groupindex: opt(groupindex),
        indexgroup: opt(indexgroup),
        code: words,
        flags,
        groups,
        is_bytes,
    };
    Ok(alloc_native(&native_type("re.Pattern"), obj))
}

const PATTERN_METHODS: &[MethodDef] = &[
    method("match", p_match),
    method("fullmatch", p_fullmatch),
    method("search", p_search),
    method("findall", p_findall),
    method("finditer", p_finditer),
    method("scanner", p_scanner),
    method("split", p_split),
    method("sub", p_sub),
    method("subn", p_subn),
    method("__repr__", p_repr),
    method("__eq__", p_eq),
    method("__hash__", p_hash),
    method("__copy__", same),
    method("__deepcopy__", same),
];

const PATTERN_GETSETS: &[(&str, Getter, Option<Setter>)] =
    &[("pattern", p_pattern, None), ("flags", p_flags, None), ("groups", p_groups, None), ("groupindex", p_groupindex, None)];

fn pat<'a>(args: &Args<'a>) -> PyResult<&'a PatternObj> {
    this::<PatternObj>(args, "re.Pattern")
}

fn same(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(args.self_().clone())
}

fn p_pattern(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.native::<PatternObj>().and_then(|p| p.pattern.borrow().clone()).unwrap_or_else(Value::none))
}

fn p_flags(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(v.native::<PatternObj>().map(|p| p.flags).unwrap_or(0)))
}

fn p_groups(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(v.native::<PatternObj>().map(|p| p.groups).unwrap_or(0) as i64))
}

fn p_groupindex(vm: &mut Vm, v: &Value) -> PyResult {
    let d = v.native::<PatternObj>().and_then(|p| p.groupindex.borrow().clone()).unwrap_or_else(Value::dict);
    let copy = vm.call_method(&d, "copy", &[])?;
    let mp = crate::runtime::rt().ty(crate::runtime::BT::MappingProxy);
    vm.call(&mp, &[copy])
}

const FLAG_NAMES: &[(&str, i64)] = &[
    ("re.TEMPLATE", 1),
    ("re.IGNORECASE", 2),
    ("re.LOCALE", 4),
    ("re.MULTILINE", 8),
    ("re.DOTALL", 16),
    ("re.UNICODE", 32),
    ("re.VERBOSE", 64),
    ("re.DEBUG", 128),
    ("re.ASCII", 256),
];

fn p_repr(vm: &mut Vm, args: Args) -> PyResult {
    let p = pat(&args)?;
    let src = p.pattern.borrow().clone().unwrap_or_else(Value::none);
    let r = vm.repr(&src)?;
    let r: String = r.as_str().unwrap_or("").chars().take(200).collect();
    let mut flags = p.flags;
    if !p.is_bytes && flags & (4 | 32 | 256) == 32 {
        flags &= !32;
    }
    let mut names = vec![];
    for (n, v) in FLAG_NAMES {
        if flags & v != 0 {
            names.push(n.to_string());
            flags &= !v;
        }
    }
    if flags != 0 {
        names.push(format!("0x{flags:x}"));
    }
    Ok(Value::string(if names.is_empty() { format!("re.compile({r})") } else { format!("re.compile({r}, {})", names.join("|")) }))
}

fn p_eq(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__eq__", 1, 1)?;
    let (Some(a), Some(b)) = (pos[0].native::<PatternObj>(), pos[1].native::<PatternObj>()) else {
        return Ok(Value::not_implemented());
    };
    if std::ptr::eq(a, b) {
        return Ok(Value::bool(true));
    }
    let (pa, pb) = (a.pattern.borrow().clone().unwrap_or_else(Value::none), b.pattern.borrow().clone().unwrap_or_else(Value::none));
    let same = a.flags == b.flags && a.is_bytes == b.is_bytes && a.code == b.code && vm.eq(&pa, &pb)?;
    Ok(Value::bool(same))
}

fn p_hash(vm: &mut Vm, args: Args) -> PyResult {
    let p = pat(&args)?;
    let src = p.pattern.borrow().clone().unwrap_or_else(Value::none);
    let h = vm.hash(&src)?;
    Ok(Value::int(h ^ p.flags.wrapping_mul(0x9e37_79b9) ^ p.code.len() as i64))
}

/// The subject of a search: a str, or a bytes-like object (borrowed while the engine runs:
/// matching never runs Python code).
enum Subject {
    Str(Value),
    Bytes(Value),
}

impl Subject {
    fn new(p: &PatternObj, v: &Value) -> PyResult<Subject> {
        if v.as_str().is_some() {
            if p.is_bytes {
                return Err(type_error("cannot use a bytes pattern on a string-like object"));
            }
            return Ok(Subject::Str(v.clone()));
        }
        match crate::types::bytes::buffer(v) {
            Some(_) => {
                if !p.is_bytes {
                    return Err(type_error("cannot use a string pattern on a bytes-like object"));
                }
                Ok(Subject::Bytes(v.clone()))
            }
            None => Err(type_error(format!("expected string or bytes-like object, got '{}'", type_name(v)))),
        }
    }

    /// Length in code points (str) or bytes: cached for a str, so `pattern.match(s, pos)` in
    /// a loop over a long string stays linear.
    fn len(&self) -> usize {
        match self {
            Subject::Str(s) => s.downcast::<StrData>().map_or(0, |s| s.char_len()),
            Subject::Bytes(b) => crate::types::bytes::buffer(b).map_or(0, |b| b.len()),
        }
    }

    /// Runs `f` over the subject as the engine sees it. An ASCII str is driven as its bytes:
    /// the same code points, and the engine then finds position `pos` and the length in
    /// constant time instead of decoding UTF-8 from the start (json's pure scanner calls
    /// `match(s, pos)` once per token).
    fn drive<R>(&self, f: impl FnOnce(Drive<'_>) -> R) -> R {
        match self {
            Subject::Str(v) => match v.downcast::<StrData>() {
                Some(s) if s.is_ascii() => f(Drive::Bytes(s.as_str().as_bytes())),
                Some(s) => f(Drive::Str(s.as_str())),
                None => f(Drive::Str("")),
            },
            Subject::Bytes(v) => {
                let b = crate::types::bytes::buffer(v).unwrap_or_default();
                f(Drive::Bytes(&b))
            }
        }
    }
}

enum Drive<'a> {
    Str(&'a str),
    Bytes(&'a [u8]),
}

/// A successful match: group spans ((-1, -1) for an unmatched group) and `lastindex`.
struct Found {
    regs: Vec<(isize, isize)>,
    lastindex: isize,
}

fn found(state: &State, groups: usize) -> Found {
    let mut regs = Vec::with_capacity(groups + 1);
    regs.push((state.start as isize, state.cursor.position as isize));
    for g in 0..groups {
        let (a, b) = state.marks.get(g);
        regs.push(match (a.into_option(), b.into_option()) {
            (Some(a), Some(b)) if a <= b => (a as isize, b as isize),
            _ => (-1, -1),
        });
    }
    Found { regs, lastindex: state.marks.last_index() }
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Match,
    FullMatch,
    Search,
}

/// One match attempt from `start` (with `must_advance`: not an empty match at `start`).
fn run_one<S: StrDrive>(s: S, code: &[u32], groups: usize, start: usize, end: usize, mode: Mode, must_advance: bool) -> Option<Found> {
    let mut req = Request::new(s, start, end, code, mode == Mode::FullMatch);
    req.must_advance = must_advance;
    let mut state = State::default();
    let ok = match mode {
        Mode::Search => state.search(req),
        _ => state.py_match(&req),
    };
    ok.then(|| found(&state, groups))
}

/// Every match from `start`, CPython's way (an empty match may not follow at the same
/// position), at most `limit` (0: no limit).
fn run_all<S: StrDrive>(s: S, code: &[u32], groups: usize, start: usize, end: usize, limit: usize) -> Vec<Found> {
    let req = Request::new(s, start, end, code, false);
    let mut it = SearchIter { req, state: State::default() };
    let mut out = vec![];
    while limit == 0 || out.len() < limit {
        if it.next().is_none() {
            break;
        }
        out.push(found(&it.state, groups));
    }
    out
}

fn one(p: &PatternObj, subj: &Subject, start: usize, end: usize, mode: Mode, must_advance: bool) -> Option<Found> {
    subj.drive(|d| match d {
        Drive::Str(s) => run_one(s, &p.code, p.groups, start, end, mode, must_advance),
        Drive::Bytes(b) => run_one(b, &p.code, p.groups, start, end, mode, must_advance),
    })
}

fn all(p: &PatternObj, subj: &Subject, start: usize, end: usize, limit: usize) -> Vec<Found> {
    subj.drive(|d| match d {
        Drive::Str(s) => run_all(s, &p.code, p.groups, start, end, limit),
        Drive::Bytes(b) => run_all(b, &p.code, p.groups, start, end, limit),
    })
}

/// `string, pos=0, endpos=sys.maxsize` arguments: the subject and the clamped range.
fn subject_args(vm: &mut Vm, p: &PatternObj, args: &Args, fname: &str) -> PyResult<(Value, Subject, usize, usize)> {
    let [string, pos, endpos] = args.rest().bind(fname, ["string", "pos", "endpos"], 1, 0)?;
    let string = string.unwrap_or_else(Value::none);
    let subj = Subject::new(p, &string)?;
    let len = subj.len() as isize;
    let pos = match pos {
        Some(v) => vm.to_isize(&v)?,
        None => 0,
    };
    let endpos = match endpos {
        Some(v) => vm.to_isize(&v)?,
        None => isize::MAX,
    };
    let endpos = endpos.clamp(0, len) as usize;
    let pos = pos.clamp(0, len) as usize;
    Ok((string, subj, pos, endpos))
}

fn new_match(pattern: &Value, string: &Value, pos: usize, endpos: usize, f: Found) -> Value {
    let m = MatchObj { pattern: opt(Some(pattern.clone())), string: opt(Some(string.clone())), pos, endpos, regs: f.regs, lastindex: f.lastindex };
    alloc_native(&native_type("re.Match"), m)
}

fn match_impl(vm: &mut Vm, args: Args, fname: &str, mode: Mode) -> PyResult {
    let p = pat(&args)?;
    let (string, subj, pos, endpos) = subject_args(vm, p, &args, fname)?;
    Ok(match one(p, &subj, pos, endpos, mode, false) {
        Some(f) => new_match(args.self_(), &string, pos, endpos, f),
        None => Value::none(),
    })
}

fn p_match(vm: &mut Vm, args: Args) -> PyResult {
    match_impl(vm, args, "match", Mode::Match)
}

fn p_fullmatch(vm: &mut Vm, args: Args) -> PyResult {
    match_impl(vm, args, "fullmatch", Mode::FullMatch)
}

fn p_search(vm: &mut Vm, args: Args) -> PyResult {
    match_impl(vm, args, "search", Mode::Search)
}

/// `string[a:b]` in the subject's own units (bytes for a bytes-like subject), without
/// touching the rest of a long subject.
fn slice_of(string: &Value, a: isize, b: isize) -> Value {
    let (a, b) = (a.max(0) as usize, b.max(0) as usize);
    if let Some(s) = string.downcast::<StrData>() {
        let (a, b) = (a.min(s.char_len()), b.min(s.char_len()).max(a.min(s.char_len())));
        let (x, y) = (s.byte_offset(a), s.byte_offset(b));
        return Value::str(&s.as_str()[x..y]);
    }
    let d = crate::types::bytes::buffer(string).unwrap_or_default();
    Value::bytes(d[a.min(d.len())..b.min(d.len()).max(a.min(d.len()))].to_vec())
}

fn empty_like(string: &Value) -> Value {
    if string.as_str().is_some() {
        Value::str("")
    } else {
        Value::bytes(vec![])
    }
}

fn p_findall(vm: &mut Vm, args: Args) -> PyResult {
    let p = pat(&args)?;
    let (string, subj, pos, endpos) = subject_args(vm, p, &args, "findall")?;
    let mut out = vec![];
    for f in all(p, &subj, pos, endpos, 0) {
        let item = |g: usize| {
            let (a, b) = f.regs[g];
            if a < 0 {
                empty_like(&string)
            } else {
                slice_of(&string, a, b)
            }
        };
        out.push(match p.groups {
            0 => item(0),
            1 => item(1),
            n => Value::tuple((1..=n).map(item).collect()),
        });
    }
    Ok(Value::list(out))
}

fn p_scanner(vm: &mut Vm, args: Args) -> PyResult {
    let p = pat(&args)?;
    let (string, _subj, pos, endpos) = subject_args(vm, p, &args, "scanner")?;
    let s = ScannerObj { pattern: opt(Some(args.self_().clone())), string: opt(Some(string)), pos: Cell::new(Some(pos)), start: pos, endpos, must_advance: Cell::new(false) };
    Ok(alloc_native(&native_type("_sre.SRE_Scanner"), s))
}

fn p_finditer(vm: &mut Vm, args: Args) -> PyResult {
    let scanner = p_scanner(vm, args)?;
    let search = vm.getattr(&scanner, &Value::intern("search"))?;
    Ok(crate::types::iter::new_callable_iter(search, Value::none()))
}

fn p_split(vm: &mut Vm, args: Args) -> PyResult {
    let p = pat(&args)?;
    let [string, maxsplit] = args.rest().bind("split", ["string", "maxsplit"], 1, 0)?;
    let string = string.unwrap_or_else(Value::none);
    let subj = Subject::new(p, &string)?;
    let maxsplit = match maxsplit {
        Some(v) => vm.to_isize(&v)?,
        None => 0,
    };
    if maxsplit < 0 {
        return Ok(Value::list(vec![string]));
    }
    let len = subj.len();
    let mut out = vec![];
    let mut last = 0isize;
    for f in all(p, &subj, 0, len, maxsplit as usize) {
        let (a, b) = f.regs[0];
        out.push(slice_of(&string, last, a));
        for g in 1..=p.groups {
            let (ga, gb) = f.regs[g];
            out.push(if ga < 0 { Value::none() } else { slice_of(&string, ga, gb) });
        }
        last = b;
    }
    out.push(slice_of(&string, last, len as isize));
    Ok(Value::list(out))
}

fn sub_impl(vm: &mut Vm, args: Args, fname: &str, with_count: bool) -> PyResult {
    let p = pat(&args)?;
    let [repl, string, count] = args.rest().bind(fname, ["repl", "string", "count"], 2, 0)?;
    let (repl, string) = (repl.unwrap_or_else(Value::none), string.unwrap_or_else(Value::none));
    let subj = Subject::new(p, &string)?;
    let count = match count {
        Some(v) => vm.to_isize(&v)?.max(0) as usize,
        None => 0,
    };
    // A literal replacement, or a callable (the user's, or re._subx's template expander).
    let mut filter = repl.clone();
    let mut callable = crate::builtins::is_callable(&repl);
    if !callable {
        let has_escape = match (repl.as_str(), crate::types::bytes::bytes_like(&repl)) {
            (Some(s), _) => s.contains('\\'),
            (None, Some(b)) => b.contains(&b'\\'),
            _ => true,
        };
        if has_escape {
            let re = vm.import_module("re")?;
            let subx = vm.getattr(&re, &Value::intern("_subx"))?;
            filter = vm.call(&subx, &[args.self_().clone(), repl.clone()])?;
            callable = crate::builtins::is_callable(&filter);
        }
    }
    let len = subj.len();
    let found = all(p, &subj, 0, len, count);
    let n = found.len();
    let mut pieces = vec![];
    let mut last = 0isize;
    for f in found {
        let (a, b) = f.regs[0];
        if a > last {
            pieces.push(slice_of(&string, last, a));
        }
        if callable {
            let m = new_match(args.self_(), &string, 0, len, f);
            let r = vm.call(&filter, &[m])?;
            if !r.is_none() {
                pieces.push(r);
            }
        } else {
            pieces.push(filter.clone());
        }
        last = b;
    }
    if (last as usize) < len {
        pieces.push(slice_of(&string, last, len as isize));
    }
    let joined = vm.call_method(&empty_like(&string), "join", &[Value::list(pieces)])?;
    Ok(if with_count { Value::tuple(vec![joined, Value::int(n as i64)]) } else { joined })
}

fn p_sub(vm: &mut Vm, args: Args) -> PyResult {
    sub_impl(vm, args, "sub", false)
}

fn p_subn(vm: &mut Vm, args: Args) -> PyResult {
    sub_impl(vm, args, "subn", true)
}

// ---- Match ------------------------------------------------------------------------------------

struct MatchObj {
    pattern: Opt,
    string: Opt,
    pos: usize,
    endpos: usize,
    regs: Vec<(isize, isize)>,
    lastindex: isize,
}
native_object!(MatchObj; pattern, string);

const MATCH_METHODS: &[MethodDef] = &[
    method("group", m_group),
    method("__getitem__", m_getitem),
    method("groups", m_groups),
    method("groupdict", m_groupdict),
    method("start", m_start),
    method("end", m_end),
    method("span", m_span),
    method("expand", m_expand),
    method("__repr__", m_repr),
    method("__copy__", same),
    method("__deepcopy__", same),
];

const MATCH_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("string", m_string, None),
    ("re", m_re, None),
    ("pos", m_pos, None),
    ("endpos", m_endpos, None),
    ("lastindex", m_lastindex, None),
    ("lastgroup", m_lastgroup, None),
    ("regs", m_regs, None),
];

fn mat<'a>(args: &Args<'a>) -> PyResult<&'a MatchObj> {
    this::<MatchObj>(args, "re.Match")
}

fn m_pattern(m: &MatchObj) -> Value {
    m.pattern.borrow().clone().unwrap_or_else(Value::none)
}

fn m_subject(m: &MatchObj) -> Value {
    m.string.borrow().clone().unwrap_or_else(Value::none)
}

/// A group number from an int or a group name; IndexError "no such group" otherwise.
fn group_index(vm: &mut Vm, m: &MatchObj, g: &Value) -> PyResult<usize> {
    let no_such = || index_error("no such group");
    if let Some(i) = vm.index_opt_big(g).ok().flatten() {
        return usize::try_from(i).ok().filter(|&i| i < m.regs.len()).ok_or_else(no_such);
    }
    let gi = m_pattern(m).native::<PatternObj>().and_then(|p| p.groupindex.borrow().clone());
    if let (Some(gi), Some(_)) = (gi, g.as_str()) {
        if let Ok(v) = vm.getitem(&gi, g) {
            let i = vm.to_isize(&v)?;
            return usize::try_from(i).ok().filter(|&i| i < m.regs.len()).ok_or_else(no_such);
        }
    }
    Err(no_such())
}

fn group_value(m: &MatchObj, i: usize, default: &Value) -> Value {
    let (a, b) = m.regs[i];
    if a < 0 {
        default.clone()
    } else {
        slice_of(&m_subject(m), a, b)
    }
}

fn m_group(vm: &mut Vm, args: Args) -> PyResult {
    let m = mat(&args)?;
    args.no_kwargs("group")?;
    let gs = &args.pos()[1..];
    let none = Value::none();
    match gs.len() {
        0 => Ok(group_value(m, 0, &none)),
        1 => {
            let i = group_index(vm, m, &gs[0])?;
            Ok(group_value(m, i, &none))
        }
        _ => {
            let mut out = vec![];
            for g in gs {
                let i = group_index(vm, m, g)?;
                out.push(group_value(m, i, &none));
            }
            Ok(Value::tuple(out))
        }
    }
}

fn m_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let m = mat(&args)?;
    let pos = args.check_method("__getitem__", 1, 1)?;
    let i = group_index(vm, m, &pos[1])?;
    Ok(group_value(m, i, &Value::none()))
}

fn m_groups(_vm: &mut Vm, args: Args) -> PyResult {
    let m = mat(&args)?;
    let [default] = args.rest().bind("groups", ["default"], 0, 0)?;
    let default = default.unwrap_or_else(Value::none);
    Ok(Value::tuple((1..m.regs.len()).map(|i| group_value(m, i, &default)).collect()))
}

fn m_groupdict(vm: &mut Vm, args: Args) -> PyResult {
    let m = mat(&args)?;
    let [default] = args.rest().bind("groupdict", ["default"], 0, 0)?;
    let default = default.unwrap_or_else(Value::none);
    let out = Value::dict();
    let gi = m_pattern(m).native::<PatternObj>().and_then(|p| p.groupindex.borrow().clone());
    if let Some(gi) = gi {
        let items = vm.call_method(&gi, "items", &[])?;
        let it = vm.iter(&items)?;
        while let Some(kv) = crate::types::iter::iter_next(vm, &it)? {
            let Some(t) = kv.as_tuple().map(|t| t.to_vec()) else { continue };
            let i = vm.to_isize(&t[1])?;
            let v = if i >= 0 && (i as usize) < m.regs.len() { group_value(m, i as usize, &default) } else { default.clone() };
            vm.setitem(&out, &t[0], &v)?;
        }
    }
    Ok(out)
}

fn span_of(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<(isize, isize)> {
    let m = mat(args)?;
    let pos = args.check_method(fname, 0, 1)?;
    let i = match pos.get(1) {
        Some(g) => group_index(vm, m, g)?,
        None => 0,
    };
    Ok(m.regs[i])
}

fn m_start(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(span_of(vm, &args, "start")?.0 as i64))
}

fn m_end(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(span_of(vm, &args, "end")?.1 as i64))
}

fn m_span(vm: &mut Vm, args: Args) -> PyResult {
    let (a, b) = span_of(vm, &args, "span")?;
    Ok(Value::tuple(vec![Value::int(a as i64), Value::int(b as i64)]))
}

fn m_expand(vm: &mut Vm, args: Args) -> PyResult {
    let m = mat(&args)?;
    let pos = args.check_method("expand", 1, 1)?;
    let re = vm.import_module("re")?;
    let expand = vm.getattr(&re, &Value::intern("_expand"))?;
    vm.call(&expand, &[m_pattern(m), args.self_().clone(), pos[1].clone()])
}

fn m_repr(vm: &mut Vm, args: Args) -> PyResult {
    let m = mat(&args)?;
    let g = group_value(m, 0, &Value::none());
    let r = vm.repr(&g)?;
    let r: String = r.as_str().unwrap_or("").chars().take(50).collect();
    Ok(Value::string(format!("<re.Match object; span=({}, {}), match={r}>", m.regs[0].0, m.regs[0].1)))
}

fn m_string(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.native::<MatchObj>().map(m_subject).unwrap_or_else(Value::none))
}

fn m_re(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.native::<MatchObj>().map(m_pattern).unwrap_or_else(Value::none))
}

fn m_pos(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(v.native::<MatchObj>().map(|m| m.pos).unwrap_or(0) as i64))
}

fn m_endpos(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(v.native::<MatchObj>().map(|m| m.endpos).unwrap_or(0) as i64))
}

fn m_lastindex(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(match v.native::<MatchObj>().map(|m| m.lastindex) {
        Some(i) if i >= 0 => Value::int(i as i64),
        _ => Value::none(),
    })
}

fn m_lastgroup(vm: &mut Vm, v: &Value) -> PyResult {
    let Some(m) = v.native::<MatchObj>() else { return Ok(Value::none()) };
    if m.lastindex < 0 {
        return Ok(Value::none());
    }
    let ig = m_pattern(m).native::<PatternObj>().and_then(|p| p.indexgroup.borrow().clone());
    match ig {
        Some(ig) if !ig.is_none() => match vm.getitem(&ig, &Value::int(m.lastindex as i64)) {
            Ok(v) => Ok(v),
            Err(e) if e.matches(ExcType::LookupError) => Ok(Value::none()),
            Err(e) => Err(e),
        },
        _ => Ok(Value::none()),
    }
}

fn m_regs(_vm: &mut Vm, v: &Value) -> PyResult {
    let regs = v.native::<MatchObj>().map(|m| m.regs.clone()).unwrap_or_default();
    Ok(Value::tuple(regs.into_iter().map(|(a, b)| Value::tuple(vec![Value::int(a as i64), Value::int(b as i64)])).collect()))
}

// ---- Scanner ----------------------------------------------------------------------------------

struct ScannerObj {
    pattern: Opt,
    string: Opt,
    /// Where the next attempt starts; None once a search failed.
    pos: Cell<Option<usize>>,
    /// The `pos`/`endpos` the scanner was made with (reported by its matches).
    start: usize,
    endpos: usize,
    must_advance: Cell<bool>,
}
native_object!(ScannerObj; pattern, string);

const SCANNER_METHODS: &[MethodDef] = &[method("match", s_match), method("search", s_search)];
const SCANNER_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("pattern", s_pattern, None)];

fn s_pattern(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(v.native::<ScannerObj>().and_then(|s| s.pattern.borrow().clone()).unwrap_or_else(Value::none))
}

fn scan(args: Args, mode: Mode) -> PyResult {
    let s = this::<ScannerObj>(&args, "_sre.SRE_Scanner")?;
    let Some(start) = s.pos.get() else { return Ok(Value::none()) };
    let pattern = s.pattern.borrow().clone().unwrap_or_else(Value::none);
    let string = s.string.borrow().clone().unwrap_or_else(Value::none);
    let p = pattern.native::<PatternObj>().ok_or_else(|| type_error("scanner without a pattern"))?;
    let subj = Subject::new(p, &string)?;
    match one(p, &subj, start, s.endpos, mode, s.must_advance.get()) {
        Some(f) => {
            let (a, b) = f.regs[0];
            s.must_advance.set(a == b);
            s.pos.set(Some(b as usize));
            Ok(new_match(&pattern, &string, s.start, s.endpos, f))
        }
        None => {
            s.pos.set(None);
            Ok(Value::none())
        }
    }
}

fn s_match(_vm: &mut Vm, args: Args) -> PyResult {
    scan(args, Mode::Match)
}

fn s_search(_vm: &mut Vm, args: Args) -> PyResult {
    scan(args, Mode::Search)
}
