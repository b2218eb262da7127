//! The `_csv` module under CPython's csv.py: `Dialect` (with CPython 3.11's validation and
//! messages), `reader` (the C parser's state machine, character for character: quoting,
//! escapes, `strict`, newlines inside quoted fields, `line_num`), `writer` (`writerow` /
//! `writerows` with the four quoting styles), the dialect registry, `field_size_limit` and
//! `Error`. Characters are Unicode scalar values; "not set" and end-of-line are sentinels
//! outside that range, as in `Modules/_csv.c`.

use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::modules::support::{add_type, alloc_native, native_type, new_module, set_attr, this};
use crate::types::builtin::{method, staticmethod, Args, MethodDef, NativeFn};
use crate::types::descr::{Getter, Setter};
use crate::types::dict::DictData;
use crate::types::native::NativeObject;
use crate::types::typeobj::{lookup_str, type_name};
use crate::value::Value;
use crate::vm::Vm;
use std::any::Any;
use std::cell::{Cell, RefCell};

/// A dialect character that is not set (`escapechar=None`).
const NOT_SET: u32 = u32::MAX;
/// The end of an input line, fed to the parser after each line's characters.
const EOL: u32 = u32::MAX - 1;

const QUOTE_MINIMAL: i64 = 0;
const QUOTE_ALL: i64 = 1;
const QUOTE_NONNUMERIC: i64 = 2;
const QUOTE_NONE: i64 = 3;

thread_local! {
    /// `_csv.Error` and the dialect registry (`_csv._dialects`) of the imported module.
    static STATE: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
    /// `field_size_limit()`: the longest field the reader accepts.
    static FIELD_LIMIT: Cell<i64> = const { Cell::new(128 * 1024) };
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("reader", csv_reader),
    ("writer", csv_writer),
    ("register_dialect", register_dialect),
    ("unregister_dialect", unregister_dialect),
    ("get_dialect", get_dialect),
    ("list_dialects", list_dialects),
    ("field_size_limit", field_size_limit),
];

pub fn init(vm: &mut Vm) -> PyResult {
    let m = new_module("_csv", FUNCTIONS);
    set_attr(&m, "__doc__", Value::str("CSV parsing and writing.\n"));
    set_attr(&m, "__version__", Value::str("1.0"));
    for (name, v) in [("QUOTE_MINIMAL", QUOTE_MINIMAL), ("QUOTE_ALL", QUOTE_ALL), ("QUOTE_NONNUMERIC", QUOTE_NONNUMERIC), ("QUOTE_NONE", QUOTE_NONE)] {
        set_attr(&m, name, Value::int(v));
    }
    add_type(Some(&m), "_csv", "Dialect", None, &[DIALECT_METHODS], DIALECT_GETSETS, true);
    let reader = add_type(None, "_csv", "reader", None, &[READER_METHODS], READER_GETSETS, false);
    set_attr(&m, "Reader", reader);
    let writer = add_type(None, "_csv", "writer", None, &[WRITER_METHODS], WRITER_GETSETS, false);
    set_attr(&m, "Writer", writer);
    let ns = Value::dict();
    if let Some(d) = ns.downcast::<DictData>() {
        d.set_str(Value::intern("__module__"), Value::str("_csv"));
    }
    let ty = crate::runtime::rt().ty(crate::runtime::BT::Type);
    let error = vm.call(&ty, &[Value::str("Error"), Value::tuple(vec![ExcType::Exception.type_value()]), ns])?;
    set_attr(&m, "Error", error.clone());
    let dialects = Value::dict();
    set_attr(&m, "_dialects", dialects.clone());
    STATE.with(|s| *s.borrow_mut() = Some((error, dialects)));
    Ok(m)
}

fn state() -> Option<(Value, Value)> {
    STATE.with(|s| s.borrow().clone())
}

/// `_csv.Error(msg)`.
fn error(vm: &mut Vm, msg: impl Into<String>) -> PyErr {
    let msg = Value::string(msg.into());
    match state().map(|(e, _)| vm.call(&e, std::slice::from_ref(&msg))) {
        Some(Ok(e)) => PyErr(e),
        Some(Err(e)) => e,
        None => PyErr::with_args(ExcType::Exception, vec![msg]),
    }
}

fn registry() -> PyResult<Value> {
    state().map(|(_, d)| d).ok_or_else(|| PyErr::new(ExcType::SystemError, "_csv: module state not found"))
}

fn char_str(c: u32) -> String {
    char::from_u32(c).map(String::from).unwrap_or_default()
}

// ---- Dialect ----------------------------------------------------------------------------------

/// The settings of a `_csv.Dialect`, copied into every reader and writer.
#[derive(Clone)]
struct Cfg {
    doublequote: bool,
    skipinitialspace: bool,
    strict: bool,
    quoting: i64,
    delimiter: u32,
    quotechar: u32,
    escapechar: u32,
    lineterminator: String,
}

struct DialectObj {
    cfg: Cfg,
}

impl NativeObject for DialectObj {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const DIALECT_METHODS: &[MethodDef] = &[staticmethod("__new__", dialect_new), method("__reduce__", dialect_reduce), method("__reduce_ex__", dialect_reduce)];

const DIALECT_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("delimiter", d_delimiter, None),
    ("escapechar", d_escapechar, None),
    ("lineterminator", d_lineterminator, None),
    ("quotechar", d_quotechar, None),
    ("quoting", d_quoting, None),
    ("skipinitialspace", d_skipinitialspace, Some(readonly)),
    ("doublequote", d_doublequote, Some(readonly)),
    ("strict", d_strict, Some(readonly)),
];

/// The setter of CPython's READONLY members ("readonly attribute").
fn readonly(_vm: &mut Vm, _v: &Value, _n: Option<Value>) -> PyResult<()> {
    Err(crate::error::attribute_error("readonly attribute"))
}

fn cfg_of(v: &Value) -> PyResult<&Cfg> {
    v.native::<DialectObj>().map(|d| &d.cfg).ok_or_else(|| type_error(format!("descriptor requires a '_csv.Dialect' object but received a '{}'", type_name(v))))
}

fn char_or_none(c: u32) -> Value {
    if c == NOT_SET {
        Value::none()
    } else {
        Value::string(char_str(c))
    }
}

fn d_delimiter(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(char_or_none(cfg_of(v)?.delimiter))
}
fn d_escapechar(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(char_or_none(cfg_of(v)?.escapechar))
}
fn d_quotechar(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(char_or_none(cfg_of(v)?.quotechar))
}
fn d_lineterminator(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::str(&cfg_of(v)?.lineterminator))
}
fn d_quoting(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(cfg_of(v)?.quoting))
}
fn d_skipinitialspace(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(cfg_of(v)?.skipinitialspace))
}
fn d_doublequote(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(cfg_of(v)?.doublequote))
}
fn d_strict(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::bool(cfg_of(v)?.strict))
}

fn dialect_reduce(_vm: &mut Vm, args: Args) -> PyResult {
    Err(type_error(format!("cannot pickle '{}' instances", crate::modules::support::short_type_name(args.self_()))))
}

const DIALECT_KWS: [&str; 9] = ["dialect", "delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"];

/// `PyArg_ParseTupleAndKeywords(args, kwargs, "|OOOOOOOOO", dialect_kws, ...)`.
fn bind_dialect_args(args: &Args) -> PyResult<[Option<Value>; 9]> {
    let mut out: [Option<Value>; 9] = Default::default();
    let pos = args.pos();
    let n = pos.len() + args.kwnames.len();
    if n > 9 {
        return Err(type_error(format!("function takes at most 9 arguments ({n} given)")));
    }
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let key = k.as_str().unwrap_or("");
        match DIALECT_KWS.iter().position(|n| *n == key) {
            Some(i) if out[i].is_some() => {
                return Err(type_error(format!("argument for function given by name ('{key}') and position ({})", i + 1)));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => return Err(type_error(format!("'{key}' is an invalid keyword argument for this function"))),
        }
    }
    Ok(out)
}

fn set_char(name: &str, src: &Option<Value>, dflt: u32, allow_none: bool) -> PyResult<u32> {
    let Some(v) = src else { return Ok(dflt) };
    if allow_none && v.is_none() {
        return Ok(NOT_SET);
    }
    let Some(s) = v.as_str() else {
        let what = if allow_none { "string or None" } else { "string" };
        return Err(type_error(format!("\"{name}\" must be {what}, not {}", type_name(v))));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c as u32),
        _ => Err(type_error(format!("\"{name}\" must be a 1-character string"))),
    }
}

fn set_bool(vm: &mut Vm, src: &Option<Value>, dflt: bool) -> PyResult<bool> {
    match src {
        None => Ok(dflt),
        Some(v) => vm.truthy(v),
    }
}

/// `Dialect.__new__(cls, dialect=None, **settings)`: a registered name or any object with the
/// attributes is read first, then the keyword settings override it, then all is validated.
fn dialect_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.all[0].clone();
    let rest = args.rest();
    let [dialect, mut delimiter, mut doublequote, mut escapechar, mut lineterminator, mut quotechar, mut quoting, mut skipinitialspace, mut strict] = bind_dialect_args(&rest)?;
    let dialect = match dialect {
        Some(d) if d.as_str().is_some() => Some(lookup_dialect(vm, &d)?),
        d => d,
    };
    if let Some(d) = &dialect {
        let given = [&delimiter, &doublequote, &escapechar, &lineterminator, &quotechar, &quoting, &skipinitialspace, &strict];
        if d.native::<DialectObj>().is_some() && given.iter().all(|g| g.is_none()) {
            return Ok(d.clone());
        }
        for (slot, name) in [
            (&mut delimiter, "delimiter"),
            (&mut doublequote, "doublequote"),
            (&mut escapechar, "escapechar"),
            (&mut lineterminator, "lineterminator"),
            (&mut quotechar, "quotechar"),
            (&mut quoting, "quoting"),
            (&mut skipinitialspace, "skipinitialspace"),
            (&mut strict, "strict"),
        ] {
            if slot.is_none() {
                *slot = vm.getattr_opt(d, &Value::intern(name)).ok().flatten();
            }
        }
    }
    let delim = set_char("delimiter", &delimiter, ',' as u32, false)?;
    let dq = set_bool(vm, &doublequote, true)?;
    let esc = set_char("escapechar", &escapechar, NOT_SET, true)?;
    let lt = match &lineterminator {
        None => Some("\r\n".to_owned()),
        Some(v) if v.is_none() => None,
        Some(v) => match v.as_str() {
            Some(s) => Some(s.to_owned()),
            None => return Err(type_error("\"lineterminator\" must be a string")),
        },
    };
    let qc = set_char("quotechar", &quotechar, '"' as u32, true)?;
    let mut q = match &quoting {
        None => QUOTE_MINIMAL,
        Some(v) => {
            let exact = v.is_small() || v.class_ptr() == crate::runtime::rt().ty_ptr(crate::runtime::BT::Int);
            if !exact {
                return Err(type_error("\"quoting\" must be an integer"));
            }
            match v.as_i64().filter(|i| i32::try_from(*i).is_ok()) {
                Some(i) => i,
                None => return Err(crate::error::overflow_error("Python int too large to convert to C int")),
            }
        }
    };
    let sis = set_bool(vm, &skipinitialspace, false)?;
    let st = set_bool(vm, &strict, false)?;
    if !(QUOTE_MINIMAL..=QUOTE_NONE).contains(&q) {
        return Err(type_error("bad \"quoting\" value"));
    }
    if delim == NOT_SET {
        return Err(type_error("\"delimiter\" must be a 1-character string"));
    }
    if quotechar.as_ref().is_some_and(|v| v.is_none()) && quoting.is_none() {
        q = QUOTE_NONE;
    }
    if q != QUOTE_NONE && qc == NOT_SET {
        return Err(type_error("quotechar must be set if quoting enabled"));
    }
    let Some(lt) = lt else { return Err(type_error("lineterminator must be set")) };
    let cfg = Cfg { doublequote: dq, skipinitialspace: sis, strict: st, quoting: q, delimiter: delim, quotechar: qc, escapechar: esc, lineterminator: lt };
    Ok(alloc_native(&cls, DialectObj { cfg }))
}

/// `Dialect(dialect, **kwargs)` for reader, writer and register_dialect (CPython's
/// `_call_dialect`: the type is called, so a registered name or a class works).
fn call_dialect(vm: &mut Vm, dialect: Option<&Value>, args: &Args) -> PyResult {
    let kw: Vec<Value> = args.kwargs().map(|(_, v)| v.clone()).collect();
    let mut all = Vec::with_capacity(2 + kw.len());
    all.push(native_type("_csv.Dialect"));
    all.extend(dialect.cloned());
    all.extend(kw);
    let d = dialect_new(vm, Args { all: &all, kwnames: args.kwnames })?;
    Ok(d)
}

fn lookup_dialect(vm: &mut Vm, name: &Value) -> PyResult {
    let reg = registry()?;
    let found = match reg.downcast::<DictData>() {
        Some(d) => d.get(vm, name)?,
        None => None,
    };
    found.ok_or_else(|| error(vm, "unknown dialect"))
}

// ---- the dialect registry and field_size_limit ------------------------------------------------

fn register_dialect(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    crate::modules::support::check_positional("", pos.len(), 1, 2)?;
    if pos[0].as_str().is_none() {
        return Err(type_error("dialect name must be a string"));
    }
    let d = call_dialect(vm, pos.get(1), &args)?;
    let reg = registry()?;
    if let Some(dd) = reg.downcast::<DictData>() {
        dd.set(vm, pos[0].clone(), d)?;
    }
    Ok(Value::none())
}

fn unregister_dialect(vm: &mut Vm, args: Args) -> PyResult {
    let [name] = args.bind("unregister_dialect", ["name"], 1, 0)?;
    let name = name.unwrap_or_else(Value::none);
    let reg = registry()?;
    let removed = match reg.downcast::<DictData>() {
        Some(d) => d.del(vm, &name)?,
        None => None,
    };
    match removed {
        Some(_) => Ok(Value::none()),
        None => Err(error(vm, "unknown dialect")),
    }
}

fn get_dialect(vm: &mut Vm, args: Args) -> PyResult {
    let [name] = args.bind("get_dialect", ["name"], 1, 0)?;
    lookup_dialect(vm, &name.unwrap_or_else(Value::none))
}

fn list_dialects(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("_csv.list_dialects", 0, 0)?;
    let reg = registry()?;
    Ok(Value::list(reg.downcast::<DictData>().map(|d| d.keys()).unwrap_or_default()))
}

fn field_size_limit(_vm: &mut Vm, args: Args) -> PyResult {
    let [new] = args.bind("field_size_limit", ["new_limit"], 0, 0)?;
    let old = FIELD_LIMIT.with(|l| l.get());
    if let Some(v) = new {
        let exact = v.is_small() || v.class_ptr() == crate::runtime::rt().ty_ptr(crate::runtime::BT::Int);
        if !exact {
            return Err(type_error("limit must be an integer"));
        }
        let n = v.as_i64().ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C long"))?;
        FIELD_LIMIT.with(|l| l.set(n));
    }
    Ok(Value::int(old))
}

// ---- reader -----------------------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

/// The parser between calls: the record so far and the field being read.
struct Parse {
    fields: Vec<Value>,
    state: State,
    field: String,
    field_len: i64,
    numeric_field: bool,
}

/// Why a character was refused: a `_csv.Error` message, or an exception already made.
enum Fail {
    Csv(String),
    Py(PyErr),
}

impl Parse {
    fn save_field(&mut self) -> Result<(), Fail> {
        let text = std::mem::take(&mut self.field);
        self.field_len = 0;
        let v = if self.numeric_field {
            self.numeric_field = false;
            match crate::text::parse_float(&text) {
                Some(f) => Value::float(f),
                None => {
                    let msg = format!("could not convert string to float: {}", crate::types::str::repr_str(&text));
                    return Err(Fail::Py(PyErr::new(ExcType::ValueError, msg)));
                }
            }
        } else {
            Value::string(text)
        };
        self.fields.push(v);
        Ok(())
    }

    fn add_char(&mut self, c: u32) -> Result<(), Fail> {
        let limit = FIELD_LIMIT.with(|l| l.get());
        if self.field_len >= limit {
            return Err(Fail::Csv(format!("field larger than field limit ({limit})")));
        }
        if let Some(ch) = char::from_u32(c) {
            self.field.push(ch);
        }
        self.field_len += 1;
        Ok(())
    }

    /// `parse_process_char`: one step of the state machine (`c` may be `EOL`).
    fn process(&mut self, d: &Cfg, mut c: u32) -> Result<(), Fail> {
        let nl = |c: u32| c == '\n' as u32 || c == '\r' as u32;
        let mut state = self.state;
        if state == State::StartRecord {
            if c == EOL {
                return Ok(());
            } else if nl(c) {
                self.state = State::EatCrnl;
                return Ok(());
            }
            state = State::StartField;
            self.state = state;
        }
        if state == State::AfterEscapedCrnl {
            if c == EOL {
                return Ok(());
            }
            state = State::InField;
        }
        match state {
            State::StartRecord | State::AfterEscapedCrnl => unreachable!("handled above"),
            State::StartField => {
                if nl(c) || c == EOL {
                    self.save_field()?;
                    self.state = if c == EOL { State::StartRecord } else { State::EatCrnl };
                } else if c == d.quotechar && d.quoting != QUOTE_NONE {
                    self.state = State::InQuotedField;
                } else if c == d.escapechar {
                    self.state = State::EscapedChar;
                } else if c == ' ' as u32 && d.skipinitialspace {
                } else if c == d.delimiter {
                    self.save_field()?;
                } else {
                    if d.quoting == QUOTE_NONNUMERIC {
                        self.numeric_field = true;
                    }
                    self.add_char(c)?;
                    self.state = State::InField;
                }
            }
            State::EscapedChar => {
                if nl(c) {
                    self.add_char(c)?;
                    self.state = State::AfterEscapedCrnl;
                    return Ok(());
                }
                if c == EOL {
                    c = '\n' as u32;
                }
                self.add_char(c)?;
                self.state = State::InField;
            }
            State::InField => {
                if nl(c) || c == EOL {
                    self.save_field()?;
                    self.state = if c == EOL { State::StartRecord } else { State::EatCrnl };
                } else if c == d.escapechar {
                    self.state = State::EscapedChar;
                } else if c == d.delimiter {
                    self.save_field()?;
                    self.state = State::StartField;
                } else {
                    self.add_char(c)?;
                }
            }
            State::InQuotedField => {
                if c == EOL {
                } else if c == d.escapechar {
                    self.state = State::EscapeInQuotedField;
                } else if c == d.quotechar && d.quoting != QUOTE_NONE {
                    self.state = if d.doublequote { State::QuoteInQuotedField } else { State::InField };
                } else {
                    self.add_char(c)?;
                }
            }
            State::EscapeInQuotedField => {
                if c == EOL {
                    c = '\n' as u32;
                }
                self.add_char(c)?;
                self.state = State::InQuotedField;
            }
            State::QuoteInQuotedField => {
                if d.quoting != QUOTE_NONE && c == d.quotechar {
                    self.add_char(c)?;
                    self.state = State::InQuotedField;
                } else if c == d.delimiter {
                    self.save_field()?;
                    self.state = State::StartField;
                } else if nl(c) || c == EOL {
                    self.save_field()?;
                    self.state = if c == EOL { State::StartRecord } else { State::EatCrnl };
                } else if !d.strict {
                    self.add_char(c)?;
                    self.state = State::InField;
                } else {
                    return Err(Fail::Csv(format!("'{}' expected after '{}'", char_str(d.delimiter), char_str(d.quotechar))));
                }
            }
            State::EatCrnl => {
                if nl(c) {
                } else if c == EOL {
                    self.state = State::StartRecord;
                } else {
                    return Err(Fail::Csv(
                        "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?".into(),
                    ));
                }
            }
        }
        Ok(())
    }
}

struct ReaderObj {
    input_iter: Value,
    dialect: Value,
    cfg: Cfg,
    parse: RefCell<Parse>,
    line_num: Cell<u64>,
}

impl NativeObject for ReaderObj {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.input_iter);
        visit(&self.dialect);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const READER_METHODS: &[MethodDef] = &[staticmethod("__new__", no_new), method("__iter__", crate::modules::support::iter_self), method("__next__", reader_next)];
const READER_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("dialect", reader_dialect, Some(readonly)), ("line_num", reader_line_num, Some(readonly))];

fn no_new(_vm: &mut Vm, args: Args) -> PyResult {
    let name = crate::types::typeobj::tdata(&args.all[0]).name_str();
    Err(type_error(format!("cannot create '_csv.{name}' instances")))
}

fn reader_dialect(_vm: &mut Vm, v: &Value) -> PyResult {
    v.native::<ReaderObj>().map(|r| r.dialect.clone()).ok_or_else(|| type_error("descriptor requires a '_csv.reader' object"))
}

fn reader_line_num(_vm: &mut Vm, v: &Value) -> PyResult {
    v.native::<ReaderObj>().map(|r| Value::int(r.line_num.get() as i64)).ok_or_else(|| type_error("descriptor requires a '_csv.reader' object"))
}

/// `reader(iterable, dialect='excel', **fmtparams)`.
fn csv_reader(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    crate::modules::support::check_positional("", pos.len(), 1, 2)?;
    let input_iter = vm.iter(&pos[0])?;
    let dialect = call_dialect(vm, pos.get(1), &args)?;
    let cfg = cfg_of(&dialect)?.clone();
    let parse = Parse { fields: Vec::new(), state: State::StartRecord, field: String::new(), field_len: 0, numeric_field: false };
    let r = ReaderObj { input_iter, dialect, cfg, parse: RefCell::new(parse), line_num: Cell::new(0) };
    Ok(alloc_native(&native_type("_csv.reader"), r))
}

fn fail(vm: &mut Vm, f: Fail) -> PyErr {
    match f {
        Fail::Csv(m) => error(vm, m),
        Fail::Py(e) => e,
    }
}

fn reader_next(vm: &mut Vm, args: Args) -> PyResult {
    let r = this::<ReaderObj>(&args, "_csv.reader")?;
    {
        let mut p = r.parse.borrow_mut();
        p.fields.clear();
        p.field.clear();
        p.field_len = 0;
        p.state = State::StartRecord;
        p.numeric_field = false;
    }
    loop {
        let line = vm.next(&r.input_iter)?;
        let Some(line) = line else {
            let mut p = r.parse.borrow_mut();
            if p.field_len != 0 || p.state == State::InQuotedField {
                if r.cfg.strict {
                    drop(p);
                    return Err(error(vm, "unexpected end of data"));
                }
                if let Err(f) = p.save_field() {
                    drop(p);
                    return Err(fail(vm, f));
                }
                break;
            }
            return Err(crate::error::stop_iteration());
        };
        let Some(text) = line.as_str() else {
            let msg = format!("iterator should return strings, not {} (the file should be opened in text mode)", type_name(&line));
            return Err(error(vm, msg));
        };
        r.line_num.set(r.line_num.get() + 1);
        let res = {
            let mut p = r.parse.borrow_mut();
            text.chars().try_for_each(|c| p.process(&r.cfg, c as u32)).and_then(|_| p.process(&r.cfg, EOL)).map(|_| p.state)
        };
        match res {
            Ok(State::StartRecord) => break,
            Ok(_) => {}
            Err(f) => return Err(fail(vm, f)),
        }
    }
    let fields = std::mem::take(&mut r.parse.borrow_mut().fields);
    Ok(Value::list(fields))
}

// ---- writer -----------------------------------------------------------------------------------

struct WriterObj {
    write: Value,
    dialect: Value,
    cfg: Cfg,
}

impl NativeObject for WriterObj {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.write);
        visit(&self.dialect);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const WRITER_METHODS: &[MethodDef] = &[staticmethod("__new__", no_new), method("writerow", writerow), method("writerows", writerows)];
const WRITER_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("dialect", writer_dialect, Some(readonly))];

fn writer_dialect(_vm: &mut Vm, v: &Value) -> PyResult {
    v.native::<WriterObj>().map(|w| w.dialect.clone()).ok_or_else(|| type_error("descriptor requires a '_csv.writer' object"))
}

/// `writer(fileobj, dialect='excel', **fmtparams)`.
fn csv_writer(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    crate::modules::support::check_positional("", pos.len(), 1, 2)?;
    let write = vm.getattr_opt(&pos[0], &Value::intern("write"))?;
    let Some(write) = write.filter(crate::builtins::is_callable) else {
        return Err(type_error("argument 1 must have a \"write\" method"));
    };
    let dialect = call_dialect(vm, pos.get(1), &args)?;
    let cfg = cfg_of(&dialect)?.clone();
    Ok(alloc_native(&native_type("_csv.writer"), WriterObj { write, dialect, cfg }))
}

/// A record being joined (`rec` and `num_fields` of CPython's writer).
struct Record {
    text: String,
    num_fields: usize,
}

impl Record {
    /// `join_append`: one field (`None` for a None field), quoted when `quoted` or when a
    /// character needs it; the checks run before anything is added.
    fn append(&mut self, d: &Cfg, field: Option<&str>, mut quoted: bool) -> Result<(), String> {
        let lt = |c: u32| d.lineterminator.chars().any(|t| t as u32 == c);
        let special = |c: u32| c == d.delimiter || c == d.escapechar || c == d.quotechar || lt(c);
        let data = field.unwrap_or("");
        // First pass (CPython's counting phase): whether to quote, and the escape errors.
        for ch in data.chars() {
            let c = ch as u32;
            if !special(c) {
                continue;
            }
            let want_escape = if d.quoting == QUOTE_NONE {
                true
            } else {
                let esc = if c == d.quotechar { !d.doublequote } else { c == d.escapechar };
                if !esc {
                    quoted = true;
                }
                esc
            };
            if want_escape && d.escapechar == NOT_SET {
                return Err("need to escape, but no escapechar set".into());
            }
        }
        let push = |s: &mut String, c: u32| s.push_str(&char_str(c));
        if self.num_fields > 0 {
            push(&mut self.text, d.delimiter);
        }
        if quoted {
            push(&mut self.text, d.quotechar);
        }
        for ch in data.chars() {
            let c = ch as u32;
            if special(c) {
                let want_escape = if d.quoting == QUOTE_NONE {
                    true
                } else if c == d.quotechar {
                    if d.doublequote {
                        push(&mut self.text, d.quotechar);
                        false
                    } else {
                        true
                    }
                } else {
                    c == d.escapechar
                };
                if want_escape {
                    push(&mut self.text, d.escapechar);
                }
            }
            self.text.push(ch);
        }
        if quoted {
            push(&mut self.text, d.quotechar);
        }
        self.num_fields += 1;
        Ok(())
    }
}

/// `PyNumber_Check`: int, float, complex, or a type with `__index__`, `__int__` or `__float__`.
fn is_number(v: &Value) -> bool {
    use crate::object::Kind;
    if matches!(v.kind(), Kind::Int | Kind::Float | Kind::Complex | Kind::Bool) || v.is_small() {
        return true;
    }
    let cls = v.class();
    ["__index__", "__int__", "__float__"].iter().any(|n| lookup_str(&cls, n).is_some())
}

fn writerow(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("writerow", 1, 1)?;
    let w = this::<WriterObj>(&args, "_csv.writer")?;
    let seq = &pos[1];
    let it = match vm.iter(seq) {
        Ok(it) => it,
        Err(e) if e.matches(ExcType::TypeError) => return Err(error(vm, format!("iterable expected, not {}", type_name(seq)))),
        Err(e) => return Err(e),
    };
    let d = &w.cfg;
    let mut rec = Record { text: String::new(), num_fields: 0 };
    while let Some(field) = vm.next(&it)? {
        let quoted = match d.quoting {
            QUOTE_NONNUMERIC => !is_number(&field),
            QUOTE_ALL => true,
            _ => false,
        };
        let r = if let Some(s) = field.as_str() {
            rec.append(d, Some(s), quoted)
        } else if field.is_none() {
            rec.append(d, None, quoted)
        } else {
            let s = vm.str(&field)?;
            rec.append(d, Some(s.as_str().unwrap_or("")), quoted)
        };
        if let Err(m) = r {
            return Err(error(vm, m));
        }
    }
    if rec.num_fields > 0 && rec.text.is_empty() {
        if d.quoting == QUOTE_NONE {
            return Err(error(vm, "single empty field record must be quoted"));
        }
        rec.num_fields -= 1;
        if let Err(m) = rec.append(d, None, true) {
            return Err(error(vm, m));
        }
    }
    rec.text.push_str(&d.lineterminator);
    vm.call(&w.write, &[Value::string(rec.text)])
}

fn writerows(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("writerows", 1, 1)?;
    let it = vm.iter(&pos[1])?;
    while let Some(row) = vm.next(&it)? {
        writerow(vm, Args::new(&[pos[0].clone(), row]))?;
    }
    Ok(Value::none())
}
