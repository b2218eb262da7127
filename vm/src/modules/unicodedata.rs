//! The `unicodedata` module: CPython 3.11's Unicode 14.0.0 database. The properties the str
//! methods use (category) comes from the core's tables (`strings::unicode`); names,
//! aliases, named sequences, bidirectional classes, east asian widths, combining classes,
//! mirrored flags, numeric values, decompositions and normalization from the database
//! the host supplies when this module is imported (`strings::ucd`, `Host::unicode_data`:
//! in wasm a lazily fetched dist file, so the core does not carry it). `ucd_3_2_0`, an
//! instance of `unicodedata.UCD`, answers as Unicode 3.2.0 (`strings::ucd::Old`; stringprep
//! and the idna codec use it): its methods are the module's functions with `old` set.

use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::modules::support::{add_type, alloc_native, this};
use crate::modules::util::{new_module, set};
use crate::strings::ucd::{self, Form, Found, Old, Ucd};
use crate::strings::unicode;
use crate::types::builtin::{method, Args, MethodDef, NativeFn};
use crate::types::descr::{Getter, Setter};
use crate::types::native::NativeObject;
use crate::types::typeobj::type_name;
use crate::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// Each function twice: the module's (today's Unicode) and `UCD`'s method (its instance's
/// version: 3.2.0, the only one there is).
macro_rules! both {
    ($($name:literal => $f:ident),* $(,)?) => {
        const FUNCTIONS: &[(&str, NativeFn)] = &[$(($name, {
            fn current(vm: &mut Vm, args: Args) -> PyResult { $f(vm, args, false) }
            current
        })),*];
        const UCD_METHODS: &[MethodDef] = &[$(method($name, {
            fn old(vm: &mut Vm, args: Args) -> PyResult {
                this::<UcdObj>(&args, "unicodedata.UCD")?;
                $f(vm, Args { all: &args.all[1..], kwnames: args.kwnames }, true)
            }
            old
        })),*];
    };
}

both! {
    "lookup" => lookup,
    "name" => name,
    "decimal" => decimal,
    "digit" => digit,
    "numeric" => numeric,
    "category" => category,
    "bidirectional" => bidirectional,
    "combining" => combining,
    "east_asian_width" => east_asian_width,
    "mirrored" => mirrored,
    "decomposition" => decomposition,
    "normalize" => normalize,
    "is_normalized" => is_normalized,
}

/// `unicodedata.ucd_3_2_0`'s object.
struct UcdObj;

impl NativeObject for UcdObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

const UCD_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("unidata_version", ucd_version, None)];

fn ucd_version(vm: &mut Vm, _: &Value) -> PyResult {
    let db = database(vm)?;
    Ok(Value::string(Old(&db).version().to_owned()))
}

/// The database, asking the host for it the first time (an ImportError if it has none).
pub fn database(vm: &mut Vm) -> PyResult<Rc<Ucd>> {
    if let Some(u) = ucd::loaded() {
        return Ok(u);
    }
    let fail = |why: String| PyErr::new(ExcType::ImportError, format!("the Unicode database is not available: {why}"));
    let blob = vm.host.unicode_data().map_err(fail)?;
    ucd::install(&blob).map_err(fail)
}

/// [`database`] for callers outside this module (namereplace), through a pointer: so the
/// loader stays in the wasm core's `unicodedata` chunk rather than in the core.
pub fn database_indirect(vm: &mut Vm) -> PyResult<Rc<Ucd>> {
    let load: fn(&mut Vm) -> PyResult<Rc<Ucd>> = std::hint::black_box(database);
    load(vm)
}

pub fn init(vm: &mut Vm) -> PyResult {
    let db = database(vm)?;
    let m = new_module("unicodedata", FUNCTIONS);
    set(&m, "unidata_version", Value::string(db.version.clone()));
    let ucd_type = add_type(Some(&m), "unicodedata", "UCD", None, &[UCD_METHODS], UCD_GETSETS, false);
    set(&m, "ucd_3_2_0", alloc_native(&ucd_type, UcdObj));
    Ok(m)
}

/// The single character argument of `fname`, with CPython's message otherwise (`which`:
/// "" for a function of one argument, " 1" for one with a default after it).
fn char_arg(v: &Value, fname: &str, which: &str) -> PyResult<char> {
    let mut it = v.as_str().map(|s| s.chars());
    match it.as_mut().map(|c| (c.next(), c.next())) {
        Some((Some(c), None)) => Ok(c),
        _ => Err(type_error(format!("{fname}() argument{which} must be a unicode character, not {}", type_name(v)))),
    }
}

fn one(args: &Args, fname: &str) -> PyResult<char> {
    let pos = args.check(fname, 1, 1)?;
    char_arg(&pos[0], fname, "")
}

fn lookup(vm: &mut Vm, args: Args, old: bool) -> PyResult {
    let pos = args.check("lookup", 1, 1)?;
    let name = match (pos[0].as_str(), crate::types::bytes::bytes_like(&pos[0])) {
        (Some(s), _) => s.to_owned(),
        (None, Some(b)) => String::from_utf8_lossy(&b).into_owned(),
        _ => return Err(type_error(format!("lookup() argument must be str, not {}", type_name(&pos[0])))),
    };
    let db = database(vm)?;
    match if old { Old(&db).lookup(&name) } else { db.lookup(&name, true) } {
        Some(Found::Char(c)) => Ok(Value::string(c.to_string())),
        Some(Found::Sequence(s)) => Ok(Value::string(s)),
        None => Err(PyErr::new(ExcType::KeyError, format!("undefined character name '{name}'"))),
    }
}

/// `f(chr, default)`: the value, else `default`, else ValueError(`msg`).
fn with_default(args: &Args, fname: &str, msg: &str, f: impl Fn(char) -> Option<Value>) -> PyResult {
    let pos = args.check(fname, 1, 2)?;
    let c = char_arg(&pos[0], fname, " 1")?;
    match (f(c), pos.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(value_error(msg)),
    }
}

fn name(vm: &mut Vm, args: Args, old: bool) -> PyResult {
    let db = database(vm)?;
    with_default(&args, "name", "no such name", |c| if old { Old(&db).name(c) } else { db.name(c) }.map(Value::string))
}

fn decimal(vm: &mut Vm, args: Args, old: bool) -> PyResult {
    let db = database(vm)?;
    with_default(&args, "decimal", "not a decimal", |c| if old { Old(&db).decimal(c) } else { db.decimal(c) }.map(|d| Value::int(d as i64)))
}

fn digit(vm: &mut Vm, args: Args, _old: bool) -> PyResult {
    let db = database(vm)?;
    with_default(&args, "digit", "not a digit", |c| db.digit(c).map(|d| Value::int(d as i64)))
}

fn numeric(vm: &mut Vm, args: Args, old: bool) -> PyResult {
    let db = database(vm)?;
    with_default(&args, "numeric", "not a numeric character", |c| if old { Old(&db).numeric(c) } else { db.numeric(c) }.map(Value::float))
}

fn category(vm: &mut Vm, args: Args, old: bool) -> PyResult {
    let c = one(&args, "category")?;
    if old {
        let db = database(vm)?;
        if let Some(cat) = Old(&db).category(c) {
            return Ok(Value::string(cat.to_owned()));
        }
    }
    Ok(Value::str(unicode::general_category(c)))
}

fn bidirectional(vm: &mut Vm, args: Args, old: bool) -> PyResult {
    let c = one(&args, "bidirectional")?;
    let db = database(vm)?;
    Ok(Value::string(if old { Old(&db).bidirectional(c) } else { db.bidirectional(c) }.to_owned()))
}

fn combining(vm: &mut Vm, args: Args, old: bool) -> PyResult {
    let c = one(&args, "combining")?;
    let db = database(vm)?;
    Ok(Value::int(if old { Old(&db).combining(c) } else { db.combining(c) } as i64))
}

fn east_asian_width(vm: &mut Vm, args: Args, old: bool) -> PyResult {
    let c = one(&args, "east_asian_width")?;
    let db = database(vm)?;
    Ok(Value::string(if old { Old(&db).east_asian_width(c) } else { db.east_asian_width(c) }.to_owned()))
}

fn mirrored(vm: &mut Vm, args: Args, old: bool) -> PyResult {
    let c = one(&args, "mirrored")?;
    let db = database(vm)?;
    Ok(Value::int(if old { Old(&db).mirrored(c) } else { db.mirrored(c) } as i64))
}

fn decomposition(vm: &mut Vm, args: Args, old: bool) -> PyResult {
    let c = one(&args, "decomposition")?;
    let db = database(vm)?;
    Ok(Value::string(if old { Old(&db).decomposition(c) } else { db.decomposition(c) }))
}

fn form_and_text<'a>(args: &Args<'a>, fname: &str) -> PyResult<(Form, &'a str)> {
    let pos = args.check(fname, 2, 2)?;
    let form = pos[0].as_str().ok_or_else(|| type_error(format!("{fname}() argument 1 must be str, not {}", type_name(&pos[0]))))?;
    let text = pos[1].as_str().ok_or_else(|| type_error(format!("{fname}() argument 2 must be str, not {}", type_name(&pos[1]))))?;
    let form = Form::from_name(form).ok_or_else(|| value_error("invalid normalization form"))?;
    Ok((form, text))
}

fn normalize(vm: &mut Vm, args: Args, old: bool) -> PyResult {
    let (form, text) = form_and_text(&args, "normalize")?;
    let db = database(vm)?;
    Ok(Value::string(if old { Old(&db).normalize(form, text) } else { db.normalize(form, text) }))
}

fn is_normalized(vm: &mut Vm, args: Args, old: bool) -> PyResult {
    let (form, text) = form_and_text(&args, "is_normalized")?;
    if text.is_ascii() {
        return Ok(Value::bool(true));
    }
    let db = database(vm)?;
    Ok(Value::bool(if old { Old(&db).is_normalized(form, text) } else { db.is_normalized(form, text) }))
}
