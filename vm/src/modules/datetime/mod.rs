//! The `_datetime` module under CPython's datetime.py (which ends with `from _datetime import *`
//! and then drops its pure-Python classes): `date`, `datetime`, `time`, `timedelta`, `tzinfo`,
//! `timezone` and `IsoCalendarDate` with CPython 3.11's C behaviour and messages. Values are
//! plain integer fields in Rust payloads; tzinfo methods of Python subclasses are called
//! through the VM, `timezone` offsets are read directly.
//!
//! Files: this one (module state, the proleptic Gregorian calendar, argument and offset
//! helpers), `delta.rs` (timedelta), `date.rs` (date and datetime), `time.rs` (time, tzinfo,
//! timezone), `iso.rs` (ISO 8601 parsing and the strftime preprocessing).

mod date;
mod delta;
mod iso;
mod time;

use crate::error::{type_error, ExcType, PyErr, PyResult};
use crate::modules::support::{add_type, new_module, set_attr};
use crate::types::dict::DictData;
use crate::types::typeobj::{tdata, type_name};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

pub(crate) use delta::Delta;

const MINYEAR: i64 = 1;
const MAXYEAR: i64 = 9999;
const MAXORDINAL: i64 = 3_652_059;
const MAX_DELTA_DAYS: i64 = 999_999_999;
const US_PER_SEC: i128 = 1_000_000;
const US_PER_DAY: i128 = 86_400 * US_PER_SEC;

/// The module's types and singletons, set when `_datetime` is imported (leaked: the types are
/// immortal, and each import makes the module once).
struct Types {
    date: Value,
    datetime: Value,
    time: Value,
    delta: Value,
    tzinfo: Value,
    timezone: Value,
    iso: Value,
    utc: Value,
}

thread_local! {
    static TYPES: std::cell::Cell<Option<&'static Types>> = const { std::cell::Cell::new(None) };
}

fn types() -> &'static Types {
    TYPES.with(|t| t.get()).expect("_datetime types used before import")
}

pub fn init(vm: &mut Vm) -> PyResult {
    let m = new_module("_datetime", &[]);
    set_attr(&m, "__doc__", Value::str("Fast implementation of the datetime type."));
    set_attr(&m, "MINYEAR", Value::int(MINYEAR));
    set_attr(&m, "MAXYEAR", Value::int(MAXYEAR));
    let delta = add_type(Some(&m), "datetime", "timedelta", None, &[delta::METHODS], delta::GETSETS, true);
    let date = add_type(Some(&m), "datetime", "date", None, &[date::DATE_METHODS, date::SHARED_METHODS], date::DATE_GETSETS, true);
    let tzinfo = add_type(Some(&m), "datetime", "tzinfo", None, &[time::TZINFO_METHODS], &[], true);
    let timezone = add_type(Some(&m), "datetime", "timezone", Some(tzinfo.clone()), &[time::TIMEZONE_METHODS], &[], false);
    let time_t = add_type(Some(&m), "datetime", "time", None, &[time::TIME_METHODS], time::TIME_GETSETS, true);
    let datetime = add_type(Some(&m), "datetime", "datetime", Some(date.clone()), &[date::DATETIME_METHODS, date::SHARED_METHODS], date::DATETIME_GETSETS, true);
    static ISO: crate::modules::structseq::Spec =
        crate::modules::structseq::Spec { name: "datetime.IsoCalendarDate", fields: &["year", "week", "weekday"], n_seq: 3 };
    let iso = crate::modules::structseq::new_type(&ISO);
    let reduce = crate::types::make_method(&iso, crate::types::builtin::method("__reduce__", iso_reduce), "IsoCalendarDate");
    class_attr(&iso, "__reduce__", reduce);
    let utc = time::new_timezone_raw(&timezone, 0, None);
    TYPES.with(|t| {
        t.set(Some(Box::leak(Box::new(Types {
            date: date.clone(),
            datetime: datetime.clone(),
            time: time_t.clone(),
            delta: delta.clone(),
            tzinfo,
            timezone: timezone.clone(),
            iso,
            utc: utc.clone(),
        }))))
    });
    // Class attributes: min, max, resolution (and timezone.utc/min/max).
    let us = |n: i128| delta::new_delta_raw(n);
    class_attr(&delta, "min", us(-MAX_DELTA_DAYS as i128 * US_PER_DAY));
    class_attr(&delta, "max", us((MAX_DELTA_DAYS as i128 + 1) * US_PER_DAY - 1));
    class_attr(&delta, "resolution", us(1));
    class_attr(&date, "min", date::new_date_raw(&date, 1, 1, 1));
    class_attr(&date, "max", date::new_date_raw(&date, 9999, 12, 31));
    class_attr(&date, "resolution", us(US_PER_DAY));
    let dt_min = date::Fields { y: 1, m: 1, d: 1, ..Default::default() };
    let dt_max = date::Fields { y: 9999, m: 12, d: 31, h: 23, mi: 59, s: 59, us: 999_999, fold: 0 };
    class_attr(&datetime, "min", date::new_datetime_raw(&datetime, dt_min, None));
    class_attr(&datetime, "max", date::new_datetime_raw(&datetime, dt_max, None));
    class_attr(&datetime, "resolution", us(1));
    class_attr(&time_t, "min", time::new_time_raw(&time_t, [0, 0, 0, 0], 0, None));
    class_attr(&time_t, "max", time::new_time_raw(&time_t, [23, 59, 59, 999_999], 0, None));
    class_attr(&time_t, "resolution", us(1));
    let minute = 60 * US_PER_SEC;
    class_attr(&timezone, "utc", utc.clone());
    class_attr(&timezone, "min", time::new_timezone_raw(&timezone, -(24 * 60 - 1) * minute, None));
    class_attr(&timezone, "max", time::new_timezone_raw(&timezone, (24 * 60 - 1) * minute, None));
    set_attr(&m, "UTC", utc);
    // The C API capsule: nothing in pygmy reads it, but `from _datetime import *` copies it.
    let object = crate::runtime::rt().ty(crate::runtime::BT::Object);
    set_attr(&m, "datetime_CAPI", vm.call(&object, &[])?);
    Ok(m)
}

fn class_attr(t: &Value, name: &str, v: Value) {
    if let Some(d) = tdata(t).dict().downcast::<DictData>() {
        d.set_str(Value::intern(name), v);
    }
}

/// `IsoCalendarDate.__reduce__`: pickles as a plain tuple, as CPython does.
fn iso_reduce(_vm: &mut Vm, args: crate::types::builtin::Args) -> PyResult {
    let items = args.pos().first().and_then(|v| v.as_tuple().map(|t| t.to_vec())).unwrap_or_default();
    let tuple = crate::runtime::rt().ty(crate::runtime::BT::Tuple);
    Ok(Value::tuple(vec![tuple, Value::tuple(vec![Value::tuple(items)])]))
}

fn iso_calendar_date(y: i64, w: i64, d: i64) -> PyResult {
    crate::modules::structseq::new(&types().iso, vec![Value::int(y), Value::int(w), Value::int(d)])
}

// ---- errors -------------------------------------------------------------------------------------

fn value_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::ValueError, msg)
}

fn overflow(msg: impl Into<String>) -> PyErr {
    PyErr::new(ExcType::OverflowError, msg)
}

// ---- the proleptic Gregorian calendar -----------------------------------------------------------

const DAYS_IN_MONTH: [i64; 13] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH: [i64; 13] = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const DAY_NAMES: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTH_NAMES: [&str; 13] = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: i64, m: i64) -> i64 {
    if m == 2 && is_leap(y) {
        29
    } else {
        DAYS_IN_MONTH[m as usize]
    }
}

fn days_before_month(y: i64, m: i64) -> i64 {
    DAYS_BEFORE_MONTH[m as usize] + i64::from(m > 2 && is_leap(y))
}

fn days_before_year(y: i64) -> i64 {
    let y = y - 1;
    y * 365 + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)
}

/// Day number of a date, 0001-01-01 being day 1.
fn ymd_to_ord(y: i64, m: i64, d: i64) -> i64 {
    days_before_year(y) + days_before_month(y, m) + d
}

/// The date of day number `n` (1 = 0001-01-01); any `n` in 1..=MAXORDINAL+366 works.
fn ord_to_ymd(n: i64) -> (i64, i64, i64) {
    // Count whole 400-, 100-, 4- and 1-year cycles from 0001-01-01.
    let mut n = n - 1;
    let n400 = n.div_euclid(146_097);
    n = n.rem_euclid(146_097);
    let n100 = n / 36_524;
    n %= 36_524;
    let n4 = n / 1_461;
    n %= 1_461;
    let n1 = n / 365;
    n %= 365;
    let mut year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
    if n1 == 4 || n100 == 4 {
        // The last day of a leap cycle (Dec 31 of the previous year).
        year -= 1;
        return (year, 12, 31);
    }
    let leap = is_leap(year);
    let mut month = (n + 50) >> 5;
    let mut preceding = DAYS_BEFORE_MONTH[month as usize] + i64::from(month > 2 && leap);
    if preceding > n {
        month -= 1;
        preceding -= DAYS_IN_MONTH[month as usize] + i64::from(month == 2 && leap);
    }
    (year, month, n - preceding + 1)
}

/// Monday = 0.
fn weekday(y: i64, m: i64, d: i64) -> i64 {
    (ymd_to_ord(y, m, d) + 6).rem_euclid(7)
}

/// Day number of the Monday starting ISO week 1 of `year`.
fn iso_week1_monday(year: i64) -> i64 {
    let first = ymd_to_ord(year, 1, 1);
    let wd = (first + 6).rem_euclid(7);
    let monday = first - wd;
    if wd > 3 {
        monday + 7
    } else {
        monday
    }
}

fn check_date(y: i64, m: i64, d: i64) -> PyResult<()> {
    if !(MINYEAR..=MAXYEAR).contains(&y) {
        return Err(value_error(format!("year {y} is out of range")));
    }
    if !(1..=12).contains(&m) {
        return Err(value_error("month must be in 1..12"));
    }
    if d < 1 || d > days_in_month(y, m) {
        return Err(value_error("day is out of range for month"));
    }
    Ok(())
}

fn check_time(h: i64, mi: i64, s: i64, us: i64, fold: i64) -> PyResult<()> {
    if !(0..=23).contains(&h) {
        return Err(value_error("hour must be in 0..23"));
    }
    if !(0..=59).contains(&mi) {
        return Err(value_error("minute must be in 0..59"));
    }
    if !(0..=59).contains(&s) {
        return Err(value_error("second must be in 0..59"));
    }
    if !(0..=999_999).contains(&us) {
        return Err(value_error("microsecond must be in 0..999999"));
    }
    if fold != 0 && fold != 1 {
        return Err(value_error("fold must be either 0 or 1"));
    }
    Ok(())
}

// ---- arguments ----------------------------------------------------------------------------------

/// A C `int` argument (`"i"` format): an integer (or `__index__`), range-checked.
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if v.as_float().is_some() {
        return Err(type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = vm.index(v)?;
    match i.as_i64() {
        Some(x) if i32::try_from(x).is_ok() => Ok(x),
        Some(x) if x > 0 => Err(overflow("signed integer is greater than maximum")),
        Some(_) => Err(overflow("signed integer is less than minimum")),
        None => Err(overflow("Python int too large to convert to C long")),
    }
}

fn opt_int(vm: &mut Vm, v: &Option<Value>, dflt: i64) -> PyResult<i64> {
    match v {
        Some(v) => c_int(vm, v),
        None => Ok(dflt),
    }
}

/// A `tzinfo` argument: None or an instance of a tzinfo subclass.
fn check_tzinfo(vm: &mut Vm, v: &Value) -> PyResult<()> {
    if v.is_none() || vm.isinstance(v, &types().tzinfo)? {
        return Ok(());
    }
    Err(type_error(format!("tzinfo argument must be None or of a tzinfo subclass, not type '{}'", type_name(v))))
}

/// METH_NOARGS: "datetime.utcoffset() takes no arguments (1 given)".
fn noargs(args: &crate::types::builtin::Args, name: &str) -> PyResult<()> {
    args.check_method(name, 0, 0).map(|_| ())
}

/// The pickling methods datetime and time share: `__reduce_ex__(protocol)` and `__reduce__()`
/// (protocol 2) of `s` are `state(s, protocol)`, the state bytes and the tzinfo, reduced to
/// `(type(s), (state,))` or `(type(s), (state, tzinfo))` when there is one.
fn reduce_ex_with(vm: &mut Vm, args: &crate::types::builtin::Args, state: fn(&Value, i64) -> PyResult<(Vec<u8>, Value)>) -> PyResult {
    let pos = args.check_method("__reduce_ex__", 1, 1)?;
    let proto = c_int(vm, &pos[1])?;
    reduced(&pos[0], state(&pos[0], proto)?)
}

/// `__reduce__()`: [`reduce_ex_with`] at protocol 2.
fn reduce_with(args: &crate::types::builtin::Args, state: fn(&Value, i64) -> PyResult<(Vec<u8>, Value)>) -> PyResult {
    noargs(args, "__reduce__")?;
    reduced(args.self_(), state(args.self_(), 2)?)
}

fn reduced(s: &Value, (state, tz): (Vec<u8>, Value)) -> PyResult {
    let mut items = vec![Value::bytes(state)];
    if !tz.is_none() {
        items.push(tz);
    }
    Ok(Value::tuple(vec![s.class(), Value::tuple(items)]))
}

/// strftime's `format` argument of `args` (date, datetime and time), a str.
fn strftime_format(args: &crate::types::builtin::Args) -> PyResult<String> {
    let [fmt] = args.rest().bind("strftime", ["format"], 1, 0)?;
    let fmt = fmt.unwrap_or_else(Value::none);
    match fmt.as_str() {
        Some(fs) => Ok(fs.to_owned()),
        None => Err(type_error(format!("strftime() argument 1 must be str, not {}", type_name(&fmt)))),
    }
}

/// Keyword-only `fold`: at most `n` positional arguments after the class or self.
fn max_positional(args: &crate::types::builtin::Args, fname: &str, n: usize) -> PyResult<()> {
    let given = args.pos().len();
    if given > n {
        let f = if fname == "function" { fname.to_owned() } else { format!("{fname}()") };
        return Err(type_error(format!("{f} takes at most {n} positional arguments ({given} given)")));
    }
    Ok(())
}

/// `Args::bind` for the constructors, which CPython parses without a function name:
/// "function missing required argument 'day' (pos 3)".
fn bind_ctor<const N: usize>(vm: &mut Vm, args: &crate::types::builtin::Args, names: [&str; N], required: usize) -> PyResult<[Option<Value>; N]> {
    args.bind("function", names, required, 0).map_err(|e| {
        let msg = vm.str_string(e.value()).unwrap_or_default();
        if msg.contains("function()") {
            PyErr::new(ExcType::TypeError, msg.replace("function()", "function"))
        } else {
            e
        }
    })
}

/// The class argument of a `__new__`: present, and a subtype of `ty` (anything else would get
/// a payload its type does not expect).
fn new_cls(vm: &mut Vm, args: &crate::types::builtin::Args, ty: &Value) -> PyResult<Value> {
    if let Some(cls) = args.pos().first().filter(|c| c.is(ty)) {
        return Ok(cls.clone());
    }
    let tname = crate::types::typeobj::tdata(ty).name_str();
    let Some(cls) = args.all.first().filter(|_| !args.pos().is_empty()) else {
        return Err(type_error(format!("datetime.{tname}.__new__(): not enough arguments")));
    };
    let is_type = cls.class().is(&crate::runtime::rt().ty(crate::runtime::BT::Type)) || vm.isinstance(cls, &crate::runtime::rt().ty(crate::runtime::BT::Type))?;
    if !is_type {
        return Err(type_error(format!("datetime.{tname}.__new__(X): X is not a type object ({})", type_name(cls))));
    }
    if !vm.issubclass(cls, ty)? {
        let n = crate::types::typeobj::tp_name(crate::types::typeobj::tdata(cls));
        return Err(type_error(format!("datetime.{tname}.__new__({n}): {n} is not a subtype of datetime.{tname}")));
    }
    Ok(cls.clone())
}

fn is_exact(v: &Value, t: &Value) -> bool {
    v.is(t)
}

// ---- utcoffset / dst / tzname -------------------------------------------------------------------

/// `tz.utcoffset(arg)` (or `dst`) in microseconds: None, or a timedelta strictly within a day.
fn call_offset(vm: &mut Vm, name: &str, tz: &Value, arg: &Value) -> PyResult<Option<i128>> {
    if tz.is_none() {
        return Ok(None);
    }
    if let Some(z) = tz.native::<time::Tz>() {
        if let Some(off) = z.offset {
            if tz.class().is(&types().timezone) {
                return Ok(if name == "dst" { None } else { Some(off) });
            }
        }
    }
    let r = vm.call_method(tz, name, std::slice::from_ref(arg))?;
    if r.is_none() {
        return Ok(None);
    }
    let Some(d) = r.native::<Delta>() else {
        return Err(type_error(format!("tzinfo.{name}() must return None or timedelta, not '{}'", type_name(&r))));
    };
    let us = d.total_us();
    if us.abs() >= US_PER_DAY {
        return Err(value_error("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24)."));
    }
    Ok(Some(us))
}

fn call_tzname(vm: &mut Vm, tz: &Value, arg: &Value) -> PyResult {
    if tz.is_none() {
        return Ok(Value::none());
    }
    let r = vm.call_method(tz, "tzname", std::slice::from_ref(arg))?;
    if !r.is_none() && r.as_str().is_none() {
        return Err(type_error(format!("tzinfo.tzname() must return None or a string, not '{}'", type_name(&r))));
    }
    Ok(r)
}

/// `+HH:MM[:SS[.ffffff]]` (or without colons) for an offset in microseconds.
fn format_offset(us: i128, sep: &str) -> String {
    let (sign, us) = if us < 0 { ('-', -us) } else { ('+', us) };
    let secs = us / US_PER_SEC;
    let frac = us % US_PER_SEC;
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    let mut out = format!("{sign}{h:02}{sep}{m:02}");
    if s != 0 || frac != 0 {
        out += &format!("{sep}{s:02}");
        if frac != 0 {
            out += &format!(".{frac:06}");
        }
    }
    out
}

/// The `time` module (the VM's native one).
fn time_module(vm: &mut Vm) -> PyResult {
    vm.import_module("time")
}

/// Fields of `time.localtime(t)` / `time.gmtime(t)`: (y, m, d, H, M, S, gmtoff, zone).
fn broken_down(vm: &mut Vm, t: i64, local: bool) -> PyResult<([i64; 6], i64, Value)> {
    let tm = time_module(vm)?;
    let st = vm.call_method(&tm, if local { "localtime" } else { "gmtime" }, &[Value::int(t)])?;
    let mut f = [0i64; 6];
    for (i, slot) in f.iter_mut().enumerate() {
        let v = vm.getitem(&st, &Value::int(i as i64))?;
        *slot = v.as_i64().unwrap_or(0);
    }
    let gmtoff = vm.getattr(&st, &Value::intern("tm_gmtoff"))?.as_i64().unwrap_or(0);
    let zone = vm.getattr(&st, &Value::intern("tm_zone"))?;
    Ok((f, gmtoff, zone))
}

/// Seconds since 0001-01-01T00:00 of a broken-down time read as UTC.
fn utc_to_seconds(y: i64, m: i64, d: i64, h: i64, mi: i64, s: i64) -> i64 {
    ((ymd_to_ord(y, m, d) - 1) * 24 + h) * 3600 + mi * 60 + s
}

/// Seconds since 0001-01-01 of 1970-01-01.
const EPOCH_SECONDS: i64 = 719_162 * 86_400;

/// CPython's `local(u)`: the local wall time (as seconds since 0001) at UTC instant `u`.
fn local(vm: &mut Vm, u: i64) -> PyResult<i64> {
    let (f, _, _) = broken_down(vm, u - EPOCH_SECONDS, true)?;
    Ok(utc_to_seconds(f[0], f[1], f[2], f[3], f[4], f[5]))
}

/// The UTC instant (seconds since 0001) of a naive local wall time, with PEP 495's fold rule
/// for repeated and skipped times.
fn local_to_seconds(vm: &mut Vm, f: &date::Fields) -> PyResult<i64> {
    const MAX_FOLD: i64 = 24 * 3600;
    let fold = f.fold != 0;
    let t = utc_to_seconds(f.y, f.m, f.d, f.h, f.mi, f.s);
    let lt = local(vm, t)?;
    let a = lt - t;
    let u1 = t - a;
    let t1 = local(vm, u1)?;
    let b = if t1 == t {
        let u2 = u1 + if fold { MAX_FOLD } else { -MAX_FOLD };
        let b = local(vm, u2)? - u2;
        if a == b {
            return Ok(u1);
        }
        b
    } else {
        t1 - u1
    };
    let u2 = t - b;
    let t2 = local(vm, u2)?;
    if t2 == t {
        return Ok(u2);
    }
    if t1 == t {
        return Ok(u1);
    }
    Ok(if fold { u1.min(u2) } else { u1.max(u2) })
}

/// Rounds a float timestamp to (seconds, microseconds) half-even, as `_PyTime_ObjectToTimeval`.
fn split_timestamp(vm: &mut Vm, ts: &Value) -> PyResult<(i64, i64)> {
    if let Some(f) = ts.as_float() {
        if f.is_nan() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        let mut secs = f.floor();
        let mut us = ((f - secs) * 1e6).round_ties_even_compat();
        if us >= 1e6 {
            us -= 1e6;
            secs += 1.0;
        }
        if !(-9.2e18..9.2e18).contains(&secs) {
            return Err(overflow("timestamp out of range for platform time_t"));
        }
        return Ok((secs as i64, us as i64));
    }
    let i = vm.index(ts).map_err(|_| type_error(format!("'{}' object cannot be interpreted as an integer", type_name(ts))))?;
    match i.as_i64() {
        Some(s) => Ok((s, 0)),
        None => Err(overflow("timestamp out of range for platform time_t")),
    }
}

trait RoundEven {
    fn round_ties_even_compat(self) -> f64;
}
impl RoundEven for f64 {
    fn round_ties_even_compat(self) -> f64 {
        let r = self.round();
        if (self - self.trunc()).abs() == 0.5 {
            2.0 * (self / 2.0).round()
        } else {
            r
        }
    }
}

/// A rich comparison's result from an ordering.
fn cmp_result(o: std::cmp::Ordering, op: pygmy_bytecode::CompareOp) -> bool {
    use pygmy_bytecode::CompareOp::*;
    use std::cmp::Ordering::*;
    match op {
        Lt => o == Less,
        Le => o != Greater,
        Eq => o == Equal,
        Ne => o != Equal,
        Gt => o == Greater,
        Ge => o != Less,
    }
}
