//! The `unicodedata` module over `rustpython-unicode` (already linked for `_sre`'s case
//! tables): names and lookup (with aliases and named sequences), the character properties,
//! and normalization. Divergence: the data is the crate's Unicode version (rustc's), not
//! CPython 3.11's 14.0.0, so characters assigned after 14.0 have properties here, and
//! `unidata_version` says so; `ucd_3_2_0` is not provided.

use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::modules::util::{new_module, set};
use crate::types::builtin::{Args, NativeFn};
use crate::types::typeobj::type_name;
use crate::value::Value;
use crate::vm::Vm;
use rustpython_unicode::{LookupResult, NormalizeForm, Ucd};
use rustpython_wtf8::{CodePoint, Wtf8};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("lookup", lookup),
    ("name", name),
    ("decimal", decimal),
    ("digit", digit),
    ("numeric", numeric),
    ("category", category),
    ("bidirectional", bidirectional),
    ("combining", combining),
    ("east_asian_width", east_asian_width),
    ("mirrored", mirrored),
    ("decomposition", decomposition),
    ("normalize", normalize),
    ("is_normalized", is_normalized),
];

const UCD: Ucd = Ucd::new(true);

pub fn init(_vm: &mut Vm) -> PyResult {
    let m = new_module("unicodedata", FUNCTIONS);
    set(&m, "unidata_version", Value::string(rustpython_unicode::unicode_version()));
    Ok(m)
}

/// The single character argument of `fname`, with CPython's message otherwise.
fn char_arg(v: &Value, fname: &str) -> PyResult<char> {
    let mut it = v.as_str().map(|s| s.chars());
    match it.as_mut().map(|c| (c.next(), c.next())) {
        Some((Some(c), None)) => Ok(c),
        _ => Err(type_error(format!("{fname}() argument must be a unicode character, not {}", type_name(v)))),
    }
}

fn one(args: &Args, fname: &str) -> PyResult<char> {
    let pos = args.check(fname, 1, 1)?;
    char_arg(&pos[0], fname)
}

fn lookup(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("lookup", 1, 1)?;
    let name = match (pos[0].as_str(), crate::types::bytes::bytes_like(&pos[0])) {
        (Some(s), _) => s.to_owned(),
        (None, Some(b)) => String::from_utf8_lossy(&b).into_owned(),
        _ => return Err(type_error(format!("lookup() argument must be str, not {}", type_name(&pos[0])))),
    };
    match rustpython_unicode::lookup_name(&name) {
        Some(LookupResult::Character(c)) => Ok(Value::string(c.to_string())),
        Some(LookupResult::Sequence(s)) => Ok(Value::str(s)),
        None => Err(PyErr::new(ExcType::KeyError, format!("undefined character name '{name}'"))),
    }
}

/// `f(chr, default)`: the value, else `default`, else ValueError(`msg`).
fn with_default(args: &Args, fname: &str, msg: &str, f: impl Fn(char) -> Option<Value>) -> PyResult {
    let pos = args.check(fname, 1, 2)?;
    let c = char_arg(&pos[0], fname)?;
    match (f(c), pos.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(value_error(msg)),
    }
}

fn name(_vm: &mut Vm, args: Args) -> PyResult {
    with_default(&args, "name", "no such name", |c| rustpython_unicode::character_name(c).map(Value::string))
}

fn decimal(_vm: &mut Vm, args: Args) -> PyResult {
    with_default(&args, "decimal", "not a decimal", |c| UCD.decimal(CodePoint::from(c)).map(|d| Value::int(d as i64)))
}

fn digit(_vm: &mut Vm, args: Args) -> PyResult {
    with_default(&args, "digit", "not a digit", |c| UCD.digit(CodePoint::from(c)).map(|d| Value::int(d as i64)))
}

fn numeric(_vm: &mut Vm, args: Args) -> PyResult {
    with_default(&args, "numeric", "not a numeric character", |c| UCD.numeric(CodePoint::from(c)).map(Value::float))
}

fn category(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::str(UCD.category(CodePoint::from(one(&args, "category")?))))
}

fn bidirectional(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::str(UCD.bidirectional(CodePoint::from(one(&args, "bidirectional")?))))
}

fn combining(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(UCD.combining(CodePoint::from(one(&args, "combining")?)) as i64))
}

fn east_asian_width(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::str(UCD.east_asian_width(CodePoint::from(one(&args, "east_asian_width")?))))
}

fn mirrored(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(UCD.mirrored(CodePoint::from(one(&args, "mirrored")?)) as i64))
}

fn decomposition(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::string(UCD.decomposition(CodePoint::from(one(&args, "decomposition")?))))
}

fn form_and_text<'a>(args: &Args<'a>, fname: &str) -> PyResult<(NormalizeForm, &'a str)> {
    let pos = args.check(fname, 2, 2)?;
    let form = pos[0].as_str().ok_or_else(|| type_error(format!("{fname}() argument 1 must be str, not {}", type_name(&pos[0]))))?;
    let text = pos[1].as_str().ok_or_else(|| type_error(format!("{fname}() argument 2 must be str, not {}", type_name(&pos[1]))))?;
    let form = form.parse::<NormalizeForm>().map_err(|_| value_error("invalid normalization form"))?;
    Ok((form, text))
}

fn normalize(_vm: &mut Vm, args: Args) -> PyResult {
    let (form, text) = form_and_text(&args, "normalize")?;
    let out = rustpython_unicode::normalize(form, Wtf8::new(text));
    Ok(Value::string(out.into_string_lossy()))
}

fn is_normalized(_vm: &mut Vm, args: Args) -> PyResult {
    let (form, text) = form_and_text(&args, "is_normalized")?;
    Ok(Value::bool(rustpython_unicode::is_normalized(form, Wtf8::new(text))))
}
