//! `datetime.date` and `datetime.datetime`. Both share one payload (`Dt`; a date has zero time
//! fields and no tzinfo), since datetime is a subclass of date and date's methods must accept
//! it. Results of arithmetic and alternate constructors keep the caller's subclass by calling
//! it, as CPython's `new_*_subclass_ex` do.

use super::delta::{hash_us, new_delta, Delta};
use super::time::{new_time_raw, new_timezone_raw};
use super::*;
use crate::modules::support::{alloc_native, Opt};
use crate::types::builtin::{classmethod, method, staticmethod, Args, MethodDef};
use crate::types::descr::{Getter, Setter};
use crate::types::native::NativeObject;
use crate::types::typeobj::{tdata_ptr, tp_name};
use pygmy_bytecode::CompareOp;
use std::any::Any;
use std::cell::Cell;
use std::cmp::Ordering;

#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub struct Fields {
    pub y: i64,
    pub m: i64,
    pub d: i64,
    pub h: i64,
    pub mi: i64,
    pub s: i64,
    pub us: i64,
    pub fold: i64,
}

impl Fields {
    fn ord(&self) -> i64 {
        ymd_to_ord(self.y, self.m, self.d)
    }
    /// Microseconds since 0001-01-01T00:00 (fold ignored).
    pub fn abs_us(&self) -> i128 {
        (self.ord() - 1) as i128 * US_PER_DAY + ((self.h * 3600 + self.mi * 60 + self.s) as i128) * US_PER_SEC + self.us as i128
    }
    pub(super) fn from_abs_us(t: i128) -> Option<Fields> {
        if t < 0 || t >= MAXORDINAL as i128 * US_PER_DAY {
            return None;
        }
        let (y, m, d) = ord_to_ymd((t / US_PER_DAY) as i64 + 1);
        let rest = (t % US_PER_DAY) as i64;
        let secs = rest / 1_000_000;
        Some(Fields { y, m, d, h: secs / 3600, mi: secs / 60 % 60, s: secs % 60, us: rest % 1_000_000, fold: 0 })
    }
    /// CPython's pickle state: 4 bytes for a date, 10 for a datetime.
    fn state(&self, is_dt: bool, with_fold: bool) -> Vec<u8> {
        let mut b = vec![(self.y >> 8) as u8, self.y as u8, self.m as u8, self.d as u8];
        if is_dt {
            if with_fold && self.fold != 0 {
                b[2] |= 128;
            }
            b.extend([self.h as u8, self.mi as u8, self.s as u8, (self.us >> 16) as u8, (self.us >> 8) as u8, self.us as u8]);
        }
        b
    }
}

pub struct Dt {
    pub f: Fields,
    pub tz: Opt,
    pub is_dt: bool,
    hash: Cell<Option<i64>>,
}

impl NativeObject for Dt {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        crate::modules::support::Slot::trace(&self.tz, visit);
    }
    fn clear(&self) {
        crate::modules::support::Slot::clear(&self.tz);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Dt {
    pub fn tz(&self) -> Value {
        crate::modules::support::get(&self.tz).unwrap_or_else(Value::none)
    }
}

pub(super) fn new_date_raw(cls: &Value, y: i64, m: i64, d: i64) -> Value {
    let f = Fields { y, m, d, ..Default::default() };
    alloc_native(cls, Dt { f, tz: RefCell::new(None), is_dt: false, hash: Cell::new(None) })
}

pub(super) fn new_datetime_raw(cls: &Value, f: Fields, tz: Option<Value>) -> Value {
    let tz = tz.filter(|t| !t.is_none());
    alloc_native(cls, Dt { f, tz: RefCell::new(tz), is_dt: true, hash: Cell::new(None) })
}

/// A date of class `cls`: allocated directly for `date` itself, else by calling the subclass.
fn make_date(vm: &mut Vm, cls: &Value, y: i64, m: i64, d: i64) -> PyResult {
    if is_exact(cls, &types().date) {
        check_date(y, m, d)?;
        return Ok(new_date_raw(cls, y, m, d));
    }
    vm.call(cls, &[Value::int(y), Value::int(m), Value::int(d)])
}

/// A datetime of class `cls` (see `make_date`). CPython 3.11 calls a subclass without the
/// fold (`MyDT.combine(d, time(fold=1)).fold == 0`), and so does this.
pub(super) fn make_datetime(vm: &mut Vm, cls: &Value, f: Fields, tz: Value) -> PyResult {
    if is_exact(cls, &types().datetime) {
        check_date(f.y, f.m, f.d)?;
        check_time(f.h, f.mi, f.s, f.us, f.fold)?;
        return Ok(new_datetime_raw(cls, f, Some(tz)));
    }
    let args: Vec<Value> = [f.y, f.m, f.d, f.h, f.mi, f.s, f.us].iter().map(|i| Value::int(*i)).chain([tz]).collect();
    vm.call(cls, &args)
}

pub fn me(v: &Value) -> PyResult<&Dt> {
    v.native::<Dt>().ok_or_else(|| type_error(format!("descriptor requires a 'datetime.date' object but received a '{}'", type_name(v))))
}

fn me_dt(v: &Value) -> PyResult<&Dt> {
    match v.native::<Dt>() {
        Some(d) if d.is_dt => Ok(d),
        _ => Err(type_error(format!("descriptor requires a 'datetime.datetime' object but received a '{}'", type_name(v)))),
    }
}

pub const DATE_METHODS: &[MethodDef] = &[
    staticmethod("__new__", date_new),
    classmethod("today", today),
    classmethod("fromtimestamp", date_fromtimestamp),
    classmethod("fromordinal", fromordinal),
    classmethod("fromisoformat", date_fromisoformat),
    classmethod("fromisocalendar", fromisocalendar),
    method("ctime", ctime),
    method("strftime", strftime),
    method("__format__", format),
    method("timetuple", timetuple),
    method("isocalendar", isocalendar),
    method("isoformat", date_isoformat),
    method("isoweekday", isoweekday),
    method("toordinal", toordinal),
    method("weekday", weekday_m),
    method("replace", date_replace),
    method("__reduce__", date_reduce),
];

/// What date and datetime both define (each its own entry, as CPython's types do: the
/// functions look at which of the two they were given).
pub const SHARED_METHODS: &[MethodDef] = &[
    method("__repr__", repr),
    method("__str__", str_),
    method("__hash__", hash),
    method("__eq__", eq),
    method("__ne__", ne),
    method("__lt__", lt),
    method("__le__", le),
    method("__gt__", gt),
    method("__ge__", ge),
    method("__add__", add),
    method("__radd__", add),
    method("__sub__", sub),
    method("__rsub__", rsub),
];

pub const DATETIME_METHODS: &[MethodDef] = &[
    staticmethod("__new__", datetime_new),
    classmethod("now", now),
    classmethod("utcnow", utcnow),
    classmethod("fromtimestamp", dt_fromtimestamp),
    classmethod("utcfromtimestamp", utcfromtimestamp),
    classmethod("combine", combine),
    classmethod("fromisoformat", dt_fromisoformat),
    classmethod("strptime", strptime),
    method("date", dt_date),
    method("time", dt_time),
    method("timetz", dt_timetz),
    method("utcoffset", utcoffset),
    method("dst", dst),
    method("tzname", tzname),
    method("timestamp", timestamp),
    method("astimezone", astimezone),
    method("timetuple", timetuple),
    method("utctimetuple", utctimetuple),
    method("isoformat", dt_isoformat),
    method("ctime", ctime),
    method("replace", dt_replace),
    method("__reduce_ex__", dt_reduce_ex),
    method("__reduce__", dt_reduce),
];

pub const DATE_GETSETS: &[(&str, Getter, Option<Setter>)] = &[("year", get_year, None), ("month", get_month, None), ("day", get_day, None)];

pub const DATETIME_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("hour", get_hour, None),
    ("minute", get_minute, None),
    ("second", get_second, None),
    ("microsecond", get_us, None),
    ("tzinfo", get_tzinfo, None),
    ("fold", get_fold, None),
];

fn get_year(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(me(v)?.f.y))
}
fn get_month(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(me(v)?.f.m))
}
fn get_day(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(me(v)?.f.d))
}
fn get_hour(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(me_dt(v)?.f.h))
}
fn get_minute(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(me_dt(v)?.f.mi))
}
fn get_second(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(me_dt(v)?.f.s))
}
fn get_us(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(me_dt(v)?.f.us))
}
fn get_tzinfo(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(me_dt(v)?.tz())
}
fn get_fold(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(me_dt(v)?.f.fold))
}

// ---- constructors -------------------------------------------------------------------------------

/// A pickle state argument: bytes, or a str of code points < 256 (Python 2 pickles).
pub(super) fn state_bytes(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.as_bytes() {
        return Some(b.to_vec());
    }
    let s = v.as_str()?;
    s.chars().map(|c| u8::try_from(c as u32).ok()).collect()
}

fn date_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = new_cls(vm, &args, &types().date)?;
    let rest = args.rest();
    if rest.pos().len() == 1 && !rest.has_kwargs() {
        if let Some(b) = state_bytes(&rest.pos()[0]) {
            if b.len() == 4 && (1..=12).contains(&b[2]) {
                let y = (b[0] as i64) << 8 | b[1] as i64;
                return Ok(new_date_raw(&cls, y, b[2] as i64, b[3] as i64));
            }
            if rest.pos()[0].as_str().is_some() && b.len() == 4 {
                return Err(value_error("Failed to encode latin1 string when unpickling a date object. pickle.load(data, encoding='latin1') is assumed."));
            }
        }
    }
    let [y, m, d] = bind_ctor(vm, &rest, ["year", "month", "day"], 3)?;
    let (y, m, d) = (opt_int(vm, &y, 0)?, opt_int(vm, &m, 0)?, opt_int(vm, &d, 0)?);
    check_date(y, m, d)?;
    Ok(new_date_raw(&cls, y, m, d))
}

const DT_KWS: [&str; 9] = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"];

fn datetime_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = new_cls(vm, &args, &types().datetime)?;
    let rest = args.rest();
    let pos = rest.pos();
    if (1..=2).contains(&pos.len()) && !rest.has_kwargs() {
        if let Some(b) = state_bytes(&pos[0]) {
            if b.len() == 10 && (1..=12).contains(&(b[2] & 0x7f)) {
                let tz = pos.get(1).cloned().unwrap_or_else(Value::none);
                if !tz.is_none() && !vm.isinstance(&tz, &types().tzinfo)? {
                    return Err(type_error("bad tzinfo state arg"));
                }
                let f = Fields {
                    y: (b[0] as i64) << 8 | b[1] as i64,
                    m: (b[2] & 0x7f) as i64,
                    d: b[3] as i64,
                    h: b[4] as i64,
                    mi: b[5] as i64,
                    s: b[6] as i64,
                    us: (b[7] as i64) << 16 | (b[8] as i64) << 8 | b[9] as i64,
                    fold: i64::from(b[2] & 0x80 != 0),
                };
                return Ok(new_datetime_raw(&cls, f, Some(tz)));
            }
        }
    }
    max_positional(&rest, "function", 8)?;
    let a = bind_ctor(vm, &rest, DT_KWS, 3)?;
    let f = Fields {
        y: opt_int(vm, &a[0], 0)?,
        m: opt_int(vm, &a[1], 0)?,
        d: opt_int(vm, &a[2], 0)?,
        h: opt_int(vm, &a[3], 0)?,
        mi: opt_int(vm, &a[4], 0)?,
        s: opt_int(vm, &a[5], 0)?,
        us: opt_int(vm, &a[6], 0)?,
        fold: opt_int(vm, &a[8], 0)?,
    };
    let tz = a[7].clone().unwrap_or_else(Value::none);
    check_date(f.y, f.m, f.d)?;
    check_time(f.h, f.mi, f.s, f.us, f.fold)?;
    check_tzinfo(vm, &tz)?;
    Ok(new_datetime_raw(&cls, f, Some(tz)))
}

fn today(vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "today")?;
    let cls = args.all[0].clone();
    let tm = time_module(vm)?;
    let now = vm.call_method(&tm, "time", &[])?;
    vm.call_method(&cls, "fromtimestamp", &[now])
}

fn date_fromtimestamp(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.all[0].clone();
    let [ts] = args.rest().bind("fromtimestamp", ["timestamp"], 1, 1)?;
    let ts = ts.unwrap_or_else(Value::none);
    let secs = match ts.as_float() {
        Some(f) if f.is_nan() => return Err(value_error("Invalid value NaN (not a number)")),
        Some(f) if !(-9.2e18..9.2e18).contains(&f) => return Err(overflow("timestamp out of range for platform time_t")),
        Some(f) => f.floor() as i64,
        None => split_timestamp(vm, &ts)?.0,
    };
    let (f, _, _) = broken_down(vm, secs, true)?;
    make_date(vm, &cls, f[0], f[1], f[2])
}

fn fromordinal(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.all[0].clone();
    let pos = crate::modules::support::pos_args(&args, "fromordinal", 1, 1)?;
    let n = c_int(vm, &pos[0])?;
    if n < 1 {
        return Err(value_error("ordinal must be >= 1"));
    }
    let (y, m, d) = ord_to_ymd(n);
    make_date(vm, &cls, y, m, d)
}

fn str_arg(fname: &str, v: &Value) -> PyResult<String> {
    v.as_str().map(str::to_owned).ok_or_else(|| type_error(format!("{fname}: argument must be str")))
}

fn date_fromisoformat(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.all[0].clone();
    let pos = crate::modules::support::pos_args(&args, "fromisoformat", 1, 1)?;
    let s = str_arg("fromisoformat", &pos[0])?;
    let parsed = if [7, 8, 10].contains(&s.len()) { iso::parse_date(s.as_bytes()) } else { None };
    let Some((y, m, d)) = parsed.filter(|_| s.is_ascii()) else {
        return Err(iso::invalid(vm, &pos[0]));
    };
    make_date(vm, &cls, y, m, d)
}

fn fromisocalendar(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.all[0].clone();
    let [y, w, d] = args.rest().bind("fromisocalendar", ["year", "week", "day"], 3, 0)?;
    let mut comp = |v: &Option<Value>| {
        opt_int(vm, v, 0).map_err(|e| if e.matches(ExcType::OverflowError) { value_error("ISO calendar component out of range") } else { e })
    };
    let (y, w, d) = (comp(&y)?, comp(&w)?, comp(&d)?);
    let (y, m, d) = iso::isoweek_to_ymd(y, w, d)?;
    make_date(vm, &cls, y, m, d)
}

// ---- datetime constructors ----------------------------------------------------------------------

/// UTC fields of a Unix time in seconds.
fn gm_fields(secs: i64, us: i64) -> PyResult<Fields> {
    let t = (secs as i128 + EPOCH_SECONDS as i128) * US_PER_SEC + us as i128;
    Fields::from_abs_us(t).ok_or_else(|| {
        let (y, _, _) = ord_to_ymd((t.div_euclid(US_PER_DAY) + 1) as i64);
        value_error(format!("year {y} is out of range"))
    })
}

/// `datetime_from_timet_and_us`: local (with PEP 495 fold detection) or UTC fields.
fn fields_from_timestamp(vm: &mut Vm, secs: i64, us: i64, local_time: bool) -> PyResult<Fields> {
    if !local_time {
        return gm_fields(secs, us);
    }
    let (f, _, _) = broken_down(vm, secs, true)?;
    let mut out = Fields { y: f[0], m: f[1], d: f[2], h: f[3], mi: f[4], s: f[5].min(59), us, fold: 0 };
    const MAX_FOLD: i64 = 24 * 3600;
    let result = utc_to_seconds(out.y, out.m, out.d, out.h, out.mi, out.s);
    let probe = local(vm, EPOCH_SECONDS + secs - MAX_FOLD)?;
    let transition = result - probe - MAX_FOLD;
    if transition < 0 && local(vm, EPOCH_SECONDS + secs + transition)? == result {
        out.fold = 1;
    }
    Ok(out)
}

fn from_timestamp(vm: &mut Vm, cls: &Value, secs: i64, us: i64, tz: Value) -> PyResult {
    let f = fields_from_timestamp(vm, secs, us, tz.is_none())?;
    let dt = make_datetime(vm, cls, f, tz.clone())?;
    if tz.is_none() {
        return Ok(dt);
    }
    vm.call_method(&tz, "fromutc", &[dt])
}

fn dt_fromtimestamp(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.all[0].clone();
    let [ts, tz] = args.rest().bind("fromtimestamp", ["timestamp", "tz"], 1, 0)?;
    let tz = tz.unwrap_or_else(Value::none);
    check_tzinfo(vm, &tz)?;
    let (secs, us) = split_timestamp(vm, &ts.unwrap_or_else(Value::none))?;
    from_timestamp(vm, &cls, secs, us, tz)
}

fn utcfromtimestamp(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.all[0].clone();
    let pos = crate::modules::support::pos_args(&args, "utcfromtimestamp", 1, 1)?;
    let (secs, us) = split_timestamp(vm, &pos[0])?;
    let f = gm_fields(secs, us)?;
    make_datetime(vm, &cls, f, Value::none())
}

/// The host clock as (seconds, microseconds) since the epoch.
fn clock(vm: &mut Vm) -> PyResult<(i64, i64)> {
    let tm = time_module(vm)?;
    let ns = vm.call_method(&tm, "time_ns", &[])?;
    let ns = ns.as_i64().unwrap_or(0);
    Ok((ns.div_euclid(1_000_000_000), ns.rem_euclid(1_000_000_000) / 1000))
}

fn now(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.all[0].clone();
    let [tz] = args.rest().bind("now", ["tz"], 0, 0)?;
    let tz = tz.unwrap_or_else(Value::none);
    check_tzinfo(vm, &tz)?;
    let (secs, us) = clock(vm)?;
    from_timestamp(vm, &cls, secs, us, tz)
}

fn utcnow(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.all[0].clone();
    crate::modules::support::pos_args(&args, "utcnow", 0, 0)?;
    let (secs, us) = clock(vm)?;
    make_datetime(vm, &cls, gm_fields(secs, us)?, Value::none())
}

fn combine(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.all[0].clone();
    let [d, t, tz] = args.rest().bind("combine", ["date", "time", "tzinfo"], 2, 0)?;
    let (d, t) = (d.unwrap_or_else(Value::none), t.unwrap_or_else(Value::none));
    let Some(dd) = d.native::<Dt>() else {
        return Err(type_error(format!("combine() argument 1 must be datetime.date, not {}", type_name(&d))));
    };
    let Some(tt) = t.native::<super::time::Time>() else {
        return Err(type_error(format!("combine() argument 2 must be datetime.time, not {}", type_name(&t))));
    };
    let tz = match tz {
        Some(tz) => {
            check_tzinfo(vm, &tz)?;
            tz
        }
        None => tt.tz(),
    };
    let f = Fields { y: dd.f.y, m: dd.f.m, d: dd.f.d, h: tt.h, mi: tt.mi, s: tt.s, us: tt.us, fold: tt.fold };
    make_datetime(vm, &cls, f, tz)
}

fn dt_fromisoformat(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.all[0].clone();
    let pos = crate::modules::support::pos_args(&args, "fromisoformat", 1, 1)?;
    let s = str_arg("fromisoformat", &pos[0])?;
    let Some((f, off)) = iso::parse_datetime(&s) else {
        return Err(iso::invalid(vm, &pos[0]));
    };
    let tz = iso::tz_from_offset(vm, off)?;
    make_datetime(vm, &cls, f, tz)
}

fn strptime(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.all[0].clone();
    let pos = crate::modules::support::pos_args(&args, "strptime", 2, 2)?;
    let m = vm.import_module("_strptime")?;
    vm.call_method(&m, "_strptime_datetime", &[cls, pos[0].clone(), pos[1].clone()])
}

// ---- accessors ----------------------------------------------------------------------------------

fn dt_date(vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "date")?;
    let f = me_dt(args.self_())?.f;
    make_date(vm, &types().date, f.y, f.m, f.d)
}

fn dt_time(_vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "time")?;
    let f = me_dt(args.self_())?.f;
    Ok(new_time_raw(&types().time, [f.h, f.mi, f.s, f.us], f.fold, None))
}

fn dt_timetz(_vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "timetz")?;
    let d = me_dt(args.self_())?;
    let f = d.f;
    Ok(new_time_raw(&types().time, [f.h, f.mi, f.s, f.us], f.fold, Some(d.tz())))
}

/// `self.utcoffset()` in microseconds (None when naive or the tzinfo says None).
pub(super) fn offset_of(vm: &mut Vm, v: &Value) -> PyResult<Option<i128>> {
    let tz = me(v)?.tz();
    call_offset(vm, "utcoffset", &tz, v)
}

fn utcoffset(vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "utcoffset")?;
    let s = args.self_();
    me_dt(s)?;
    offset_value(offset_of(vm, s)?)
}

fn offset_value(off: Option<i128>) -> PyResult {
    match off {
        Some(us) => new_delta(us),
        None => Ok(Value::none()),
    }
}

fn dst(vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "dst")?;
    let s = args.self_();
    let tz = me_dt(s)?.tz();
    offset_value(call_offset(vm, "dst", &tz, s)?)
}

fn tzname(vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "tzname")?;
    let s = args.self_();
    let tz = me_dt(s)?.tz();
    call_tzname(vm, &tz, s)
}

fn timestamp(vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "timestamp")?;
    let s = args.self_();
    let d = me_dt(s)?;
    let f = d.f;
    if !d.tz().is_none() {
        if let Some(off) = offset_of(vm, s)? {
            let us = f.abs_us() - off - EPOCH_SECONDS as i128 * US_PER_SEC;
            return Ok(Value::float(us as f64 / 1e6));
        }
    }
    let secs = local_to_seconds(vm, &f)?;
    Ok(Value::float((secs - EPOCH_SECONDS) as f64 + f.us as f64 / 1e6))
}

/// A `timezone` for the local zone at Unix time `t`.
fn local_timezone_at(vm: &mut Vm, t: i64) -> PyResult {
    let (_, gmtoff, zone) = broken_down(vm, t, true)?;
    let name = zone.as_str().map(|_| zone.clone());
    Ok(new_timezone_raw(&types().timezone, gmtoff as i128 * US_PER_SEC, name))
}

fn astimezone(vm: &mut Vm, args: Args) -> PyResult {
    let s = args.self_().clone();
    let [tz] = args.rest().bind("astimezone", ["tz"], 0, 0)?;
    let tz = tz.unwrap_or_else(Value::none);
    if !tz.is_none() && !vm.isinstance(&tz, &types().tzinfo)? {
        return Err(type_error(format!("tzinfo argument must be None or of a tzinfo subclass, not type '{}'", type_name(&tz))));
    }
    let d = me_dt(&s)?;
    let f = d.f;
    let mut self_tz = d.tz();
    let local_offset = |vm: &mut Vm| -> PyResult<(Value, i128)> {
        let secs = local_to_seconds(vm, &f)?;
        let z = local_timezone_at(vm, secs - EPOCH_SECONDS)?;
        let off = z.native::<super::time::Tz>().and_then(|z| z.offset).unwrap_or(0);
        Ok((z, off))
    };
    let offset;
    if self_tz.is_none() {
        let (z, off) = local_offset(vm)?;
        self_tz = z;
        offset = off;
    } else {
        if self_tz.is(&tz) {
            return Ok(s);
        }
        offset = match call_offset(vm, "utcoffset", &self_tz, &s)? {
            Some(o) => o,
            None => {
                let (z, off) = local_offset(vm)?;
                self_tz = z;
                off
            }
        };
    }
    if self_tz.is(&tz) {
        return Ok(s);
    }
    let utc_us = f.abs_us() - offset;
    let mut uf = Fields::from_abs_us(utc_us).ok_or_else(|| overflow("date value out of range"))?;
    uf.fold = 0;
    let tz = if tz.is_none() { local_timezone_at(vm, (utc_us / US_PER_SEC) as i64 - EPOCH_SECONDS)? } else { tz };
    let cls = s.class();
    let utc = make_datetime(vm, &cls, uf, tz.clone())?;
    vm.call_method(&tz, "fromutc", &[utc])
}

// ---- formatting ---------------------------------------------------------------------------------

fn struct_time(vm: &mut Vm, f: &Fields, dst: i64) -> PyResult {
    let tm = time_module(vm)?;
    let st = vm.getattr(&tm, &Value::intern("struct_time"))?;
    let yday = days_before_month(f.y, f.m) + f.d;
    let items = [f.y, f.m, f.d, f.h, f.mi, f.s, weekday(f.y, f.m, f.d), yday, dst].iter().map(|i| Value::int(*i)).collect();
    vm.call(&st, &[Value::tuple(items)])
}

fn timetuple(vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "timetuple")?;
    let s = args.self_();
    let d = me(s)?;
    let f = d.f;
    let mut flag = -1;
    if d.is_dt {
        let tz = d.tz();
        if let Some(dst) = call_offset(vm, "dst", &tz, s)? {
            flag = i64::from(dst != 0);
        }
    }
    struct_time(vm, &f, flag)
}

fn utctimetuple(vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "utctimetuple")?;
    let s = args.self_();
    let mut f = me_dt(s)?.f;
    if let Some(off) = offset_of(vm, s)? {
        f = Fields::from_abs_us(f.abs_us() - off).ok_or_else(|| overflow("date value out of range"))?;
    }
    f.fold = 0;
    struct_time(vm, &f, 0)
}

fn ctime(_vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "ctime")?;
    let f = me(args.self_())?.f;
    Ok(Value::string(format!(
        "{} {} {:2} {:02}:{:02}:{:02} {:04}",
        DAY_NAMES[weekday(f.y, f.m, f.d) as usize],
        MONTH_NAMES[f.m as usize],
        f.d,
        f.h,
        f.mi,
        f.s,
        f.y
    )))
}

fn strftime(vm: &mut Vm, args: Args) -> PyResult {
    let s = args.self_().clone();
    let fs = strftime_format(&args)?;
    let d = me(&s)?;
    let (tz, us) = if d.is_dt { (d.tz(), d.f.us) } else { (Value::none(), 0) };
    let tt = vm.call_method(&s, "timetuple", &[])?;
    iso::wrap_strftime(vm, &fs, &tz, &s, us, tt)
}

pub(super) fn format_impl(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__format__", 1, 1)?;
    let (s, fmt) = (&pos[0], &pos[1]);
    let Some(fs) = fmt.as_str() else {
        return Err(type_error(format!("must be str, not {}", type_name(fmt))));
    };
    if fs.is_empty() {
        return vm.str(s);
    }
    vm.call_method(s, "strftime", std::slice::from_ref(fmt))
}

fn format(vm: &mut Vm, args: Args) -> PyResult {
    format_impl(vm, args)
}

fn isocalendar(_vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "isocalendar")?;
    let f = me(args.self_())?.f;
    let today = ymd_to_ord(f.y, f.m, f.d);
    let mut year = f.y;
    let mut week1 = iso_week1_monday(year);
    if today < week1 {
        year -= 1;
        week1 = iso_week1_monday(year);
    } else if today >= iso_week1_monday(year + 1) {
        year += 1;
        week1 = iso_week1_monday(year);
    }
    let diff = today - week1;
    iso_calendar_date(year, diff / 7 + 1, diff % 7 + 1)
}

fn date_iso(f: &Fields) -> String {
    format!("{:04}-{:02}-{:02}", f.y, f.m, f.d)
}

fn date_isoformat(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("isoformat", 0, 0)?;
    Ok(Value::string(date_iso(&me(args.self_())?.f)))
}

fn dt_isoformat(vm: &mut Vm, args: Args) -> PyResult {
    let s = args.self_();
    let f = me_dt(s)?.f;
    let [sep, spec] = args.rest().bind("isoformat", ["sep", "timespec"], 0, 0)?;
    let sep = match sep {
        None => 'T',
        Some(v) => {
            let mut cs = v.as_str().map(|s| s.chars());
            match cs.as_mut().map(|c| (c.next(), c.next())) {
                Some((Some(c), None)) => c,
                _ => return Err(type_error(format!("isoformat() argument 1 must be a unicode character, not {}", type_name(&v)))),
            }
        }
    };
    let spec = iso::timespec_arg(spec)?;
    let mut out = format!("{}{sep}{}", date_iso(&f), iso::format_time(f.h, f.mi, f.s, f.us, &spec)?);
    if let Some(off) = offset_of(vm, s)? {
        out += &format_offset(off, ":");
    }
    Ok(Value::string(out))
}

fn isoweekday(_vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "isoweekday")?;
    let f = me(args.self_())?.f;
    Ok(Value::int(weekday(f.y, f.m, f.d) + 1))
}

fn toordinal(_vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "toordinal")?;
    Ok(Value::int(me(args.self_())?.f.ord()))
}

fn weekday_m(_vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "weekday")?;
    let f = me(args.self_())?.f;
    Ok(Value::int(weekday(f.y, f.m, f.d)))
}

fn date_replace(vm: &mut Vm, args: Args) -> PyResult {
    let s = args.self_();
    let f = me(s)?.f;
    let [y, m, d] = args.rest().bind("replace", ["year", "month", "day"], 0, 0)?;
    let (y, m, d) = (opt_int(vm, &y, f.y)?, opt_int(vm, &m, f.m)?, opt_int(vm, &d, f.d)?);
    make_date(vm, &s.class(), y, m, d)
}

fn dt_replace(vm: &mut Vm, args: Args) -> PyResult {
    let s = args.self_();
    let d = me_dt(s)?;
    let f = d.f;
    max_positional(&args.rest(), "replace", 8)?;
    let a = args.rest().bind("replace", DT_KWS, 0, 0)?;
    let nf = Fields {
        y: opt_int(vm, &a[0], f.y)?,
        m: opt_int(vm, &a[1], f.m)?,
        d: opt_int(vm, &a[2], f.d)?,
        h: opt_int(vm, &a[3], f.h)?,
        mi: opt_int(vm, &a[4], f.mi)?,
        s: opt_int(vm, &a[5], f.s)?,
        us: opt_int(vm, &a[6], f.us)?,
        fold: opt_int(vm, &a[8], f.fold)?,
    };
    let tz = a[7].clone().unwrap_or_else(|| d.tz());
    check_date(nf.y, nf.m, nf.d)?;
    check_time(nf.h, nf.mi, nf.s, nf.us, nf.fold)?;
    check_tzinfo(vm, &tz)?;
    Ok(new_datetime_raw(&s.class(), nf, Some(tz)))
}

fn date_reduce(_vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "__reduce__")?;
    let s = args.self_();
    let f = me(s)?.f;
    Ok(Value::tuple(vec![s.class(), Value::tuple(vec![Value::bytes(f.state(false, false))])]))
}

/// A datetime's pickled state at `proto` (fold's bit only from protocol 4) and its tzinfo.
fn dt_state(s: &Value, proto: i64) -> PyResult<(Vec<u8>, Value)> {
    let d = me_dt(s)?;
    Ok((d.f.state(true, proto > 3), d.tz()))
}

fn dt_reduce_ex(vm: &mut Vm, args: Args) -> PyResult {
    reduce_ex_with(vm, &args, dt_state)
}

fn dt_reduce(_vm: &mut Vm, args: Args) -> PyResult {
    reduce_with(&args, dt_state)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult {
    let s = args.self_();
    let d = me(s)?;
    let f = d.f;
    let name = tp_name(tdata_ptr(s.class_ptr()));
    if !d.is_dt {
        return Ok(Value::string(format!("{name}({}, {}, {})", f.y, f.m, f.d)));
    }
    let mut out = format!("{name}({}, {}, {}, {}, {}", f.y, f.m, f.d, f.h, f.mi);
    if f.s != 0 || f.us != 0 {
        out += &format!(", {}", f.s);
    }
    if f.us != 0 {
        out += &format!(", {}", f.us);
    }
    if f.fold != 0 {
        out += ", fold=1";
    }
    let tz = d.tz();
    if !tz.is_none() {
        out += &format!(", tzinfo={}", vm.repr_string(&tz)?);
    }
    out.push(')');
    Ok(Value::string(out))
}

fn str_(vm: &mut Vm, args: Args) -> PyResult {
    let s = args.self_();
    if me(s)?.is_dt {
        let f = vm.getattr(s, &Value::intern("isoformat"))?;
        return vm.call_kw(&f, &[], &[(Value::intern("sep"), Value::str(" "))]);
    }
    vm.call_method(s, "isoformat", &[])
}

fn hash(vm: &mut Vm, args: Args) -> PyResult {
    let s = args.self_();
    let d = me(s)?;
    if let Some(h) = d.hash.get() {
        return Ok(Value::int(h));
    }
    let mut f = d.f;
    f.fold = 0;
    let off = if d.is_dt && !d.tz().is_none() {
        let probe = if d.f.fold != 0 { new_datetime_raw(&s.class(), f, Some(d.tz())) } else { s.clone() };
        offset_of(vm, &probe)?
    } else {
        None
    };
    let h = match off {
        Some(off) => hash_us(vm, f.abs_us() - off)?,
        None => vm.hash(&Value::bytes(f.state(d.is_dt, false)))?,
    };
    d.hash.set(Some(h));
    Ok(Value::int(h))
}

// ---- comparison ---------------------------------------------------------------------------------

/// The utcoffset of `v` with its fold flipped (PEP 495's exception to equality).
fn flip_fold_offset(vm: &mut Vm, v: &Value) -> PyResult<Option<i128>> {
    let d = me(v)?;
    let mut f = d.f;
    f.fold = 1 - f.fold;
    let flipped = new_datetime_raw(&v.class(), f, Some(d.tz()));
    offset_of(vm, &flipped)
}

fn pep495_exception(vm: &mut Vm, a: &Value, b: &Value, oa: Option<i128>, ob: Option<i128>) -> PyResult<bool> {
    Ok(flip_fold_offset(vm, a)? != oa || flip_fold_offset(vm, b)? != ob)
}

fn compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult {
    let pos = args.check_method("comparison", 1, 1)?;
    let (a, b) = (&pos[0], &pos[1]);
    let da = me(a)?;
    let Some(db) = b.native::<Dt>() else { return Ok(Value::not_implemented()) };
    if !da.is_dt {
        return Ok(Value::bool(cmp_result(da.f.ord().cmp(&db.f.ord()), op)));
    }
    if !db.is_dt {
        return match op {
            CompareOp::Eq => Ok(Value::bool(false)),
            CompareOp::Ne => Ok(Value::bool(true)),
            _ => Err(type_error(format!("can't compare {} to {}", type_name(a), type_name(b)))),
        };
    }
    let (ta, tb) = (da.tz(), db.tz());
    if ta.is(&tb) {
        return Ok(Value::bool(cmp_result(da.f.abs_us().cmp(&db.f.abs_us()), op)));
    }
    let (oa, ob) = (offset_of(vm, a)?, offset_of(vm, b)?);
    let eq_op = matches!(op, CompareOp::Eq | CompareOp::Ne);
    let ord = match (oa, ob) {
        (None, None) => da.f.abs_us().cmp(&db.f.abs_us()),
        (Some(x), Some(y)) => (da.f.abs_us() - x).cmp(&(db.f.abs_us() - y)),
        _ if op == CompareOp::Eq => return Ok(Value::bool(false)),
        _ if op == CompareOp::Ne => return Ok(Value::bool(true)),
        _ => return Err(type_error("can't compare offset-naive and offset-aware datetimes")),
    };
    let ord = if eq_op && ord == Ordering::Equal && pep495_exception(vm, a, b, oa, ob)? { Ordering::Greater } else { ord };
    Ok(Value::bool(cmp_result(ord, op)))
}

fn eq(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CompareOp::Eq)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CompareOp::Ne)
}
fn lt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CompareOp::Lt)
}
fn le(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CompareOp::Le)
}
fn gt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CompareOp::Gt)
}
fn ge(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, CompareOp::Ge)
}

// ---- arithmetic ---------------------------------------------------------------------------------

/// `v + us` for a date (whole days of the delta only) or datetime, keeping the subclass.
fn add_delta(vm: &mut Vm, v: &Value, us: i128, days_only: i64) -> PyResult {
    let d = me(v)?;
    let cls = v.class();
    if !d.is_dt {
        let n = d.f.ord() + days_only;
        if !(1..=MAXORDINAL).contains(&n) {
            return Err(overflow("date value out of range"));
        }
        let (y, m, dd) = ord_to_ymd(n);
        return make_date(vm, &cls, y, m, dd);
    }
    let f = Fields::from_abs_us(d.f.abs_us() + us).ok_or_else(|| overflow("date value out of range"))?;
    make_datetime(vm, &cls, f, d.tz())
}

fn add(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__add__", 1, 1)?;
    me(&pos[0])?;
    match pos[1].native::<Delta>() {
        Some(td) => add_delta(vm, &pos[0], td.total_us(), td.days),
        None => Ok(Value::not_implemented()),
    }
}

/// `other - self`: only a date (or datetime) on the left can subtract one.
fn rsub(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__rsub__", 1, 1)?;
    if pos[1].native::<Dt>().is_none() {
        return Ok(Value::not_implemented());
    }
    let swapped = [pos[1].clone(), pos[0].clone()];
    sub(vm, Args::new(&swapped))
}

fn sub(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("__sub__", 1, 1)?;
    let (a, b) = (&pos[0], &pos[1]);
    let da = me(a)?;
    if let Some(td) = b.native::<Delta>() {
        return add_delta(vm, a, -td.total_us(), -td.days);
    }
    let Some(db) = b.native::<Dt>() else { return Ok(Value::not_implemented()) };
    if da.is_dt != db.is_dt {
        return Ok(Value::not_implemented());
    }
    if !da.is_dt {
        return new_delta((da.f.ord() - db.f.ord()) as i128 * US_PER_DAY);
    }
    let (ta, tb) = (da.tz(), db.tz());
    let (oa, ob) = if ta.is(&tb) { (None, None) } else { (offset_of(vm, a)?, offset_of(vm, b)?) };
    if oa.is_some() != ob.is_some() {
        return Err(type_error("can't subtract offset-naive and offset-aware datetimes"));
    }
    new_delta((da.f.abs_us() - oa.unwrap_or(0)) - (db.f.abs_us() - ob.unwrap_or(0)))
}
