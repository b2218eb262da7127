//! The `time` module: clocks from the host, `struct_time`, UTC and local calendar conversion
//! (the local zone comes from `Host::local_zone`), `strftime` with the C locale's directives,
//! `asctime`/`ctime`, `mktime`; `strptime` runs CPython's pure `_strptime`.

use crate::error::{type_error, value_error, ExcType, PyErr, PyResult};
use crate::modules::structseq;
use crate::modules::util::{new_module, set, set_ints};
use crate::types::builtin::{Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::fmt::Write;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time_time),
    ("time_ns", time_time_ns),
    ("perf_counter", time_monotonic),
    ("perf_counter_ns", time_monotonic_ns),
    ("monotonic", time_monotonic),
    ("monotonic_ns", time_monotonic_ns),
    ("process_time", time_monotonic),
    ("process_time_ns", time_monotonic_ns),
    ("thread_time", time_monotonic),
    ("thread_time_ns", time_monotonic_ns),
    ("sleep", time_sleep),
    ("gmtime", time_gmtime),
    ("localtime", time_localtime),
    ("mktime", time_mktime),
    ("asctime", time_asctime),
    ("ctime", time_ctime),
    ("strftime", time_strftime),
    ("strptime", time_strptime),
    ("get_clock_info", time_get_clock_info),
    ("tzset", time_tzset),
    ("clock_gettime", time_clock_gettime),
    ("clock_gettime_ns", time_clock_gettime_ns),
    ("clock_getres", time_clock_getres),
];

static STRUCT_TIME: structseq::Spec = structseq::Spec {
    name: "time.struct_time",
    fields: &["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"],
    n_seq: 9,
};

thread_local! {
    static STRUCT_TIME_TYPE: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn struct_time_type() -> Value {
    STRUCT_TIME_TYPE.with(|t| t.borrow_mut().get_or_insert_with(|| structseq::new_type(&STRUCT_TIME)).clone())
}

pub fn init(vm: &mut Vm) -> PyResult {
    let m = new_module("time", FUNCTIONS);
    set(&m, "struct_time", struct_time_type());
    // _STRUCT_TM_ITEMS: how many struct_time fields gmtime and _strptime fill (with tm_zone and
    // tm_gmtoff).
    set_ints(&m, &[("CLOCK_REALTIME", 0), ("CLOCK_MONOTONIC", 1), ("CLOCK_PROCESS_CPUTIME_ID", 2), ("CLOCK_THREAD_CPUTIME_ID", 3), ("_STRUCT_TM_ITEMS", 11)]);
    set_zone_attrs(vm, &m);
    Ok(m)
}

/// `timezone`, `altzone`, `daylight`, `tzname` from the zone in January and July of this
/// year (what CPython's init_timezone does).
fn set_zone_attrs(vm: &mut Vm, m: &Value) {
    let now = vm.host.time() as i64;
    let year_start = now - now.rem_euclid(365 * 86400);
    let (jan_off, _, jan_name) = vm.host.local_zone(year_start);
    let (jul_off, _, jul_name) = vm.host.local_zone(year_start + 183 * 86400);
    // The zone with the smaller offset is standard time (northern or southern hemisphere).
    let ((std_off, std_name), (dst_off, dst_name)) =
        if jan_off <= jul_off { ((jan_off, jan_name), (jul_off, jul_name)) } else { ((jul_off, jul_name), (jan_off, jan_name)) };
    set(m, "timezone", Value::int(-std_off as i64));
    set(m, "altzone", Value::int(-dst_off as i64));
    set(m, "daylight", Value::int((std_off != dst_off) as i64));
    set(m, "tzname", Value::tuple(vec![Value::string(std_name), Value::string(dst_name)]));
}

fn time_time(vm: &mut Vm, args: Args) -> PyResult {
    args.check("time", 0, 0)?;
    Ok(Value::float(vm.host.time()))
}

fn time_time_ns(vm: &mut Vm, args: Args) -> PyResult {
    args.check("time_ns", 0, 0)?;
    Ok(Value::int((vm.host.time() * 1e9) as i64))
}

fn time_monotonic(vm: &mut Vm, args: Args) -> PyResult {
    args.check("monotonic", 0, 0)?;
    Ok(Value::float(vm.host.monotonic()))
}

fn time_monotonic_ns(vm: &mut Vm, args: Args) -> PyResult {
    args.check("monotonic_ns", 0, 0)?;
    Ok(Value::int((vm.host.monotonic() * 1e9) as i64))
}

fn time_sleep(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("sleep", 1, 1)?;
    let s = vm.to_f64(&pos[0])?;
    if s.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if s < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    vm.flush();
    if vm.suspend(crate::host::Suspension::Sleep(s)) {
        // The host waits once the loop has stopped, before the next instruction.
        crate::runtime::rt().eval_breaker.set(true);
    } else {
        vm.host.sleep(s);
    }
    Ok(Value::none())
}

/// The seconds of clock `clk_id` (a `CLOCK_*` constant): the host's wall clock or its
/// monotonic clock, which also stands for the CPU-time clocks as `process_time` does.
fn clock_seconds(vm: &mut Vm, name: &str, args: &Args) -> PyResult<f64> {
    let pos = args.check(name, 1, 1)?;
    match vm.to_ssize(&pos[0])? {
        0 => Ok(vm.host.time()),
        1..=3 => Ok(vm.host.monotonic()),
        _ => Err(crate::modules::util::os_error(vm, (22, "Invalid argument".into()), None)),
    }
}

fn time_clock_gettime(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::float(clock_seconds(vm, "clock_gettime", &args)?))
}

fn time_clock_gettime_ns(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int((clock_seconds(vm, "clock_gettime_ns", &args)? * 1e9) as i64))
}

fn time_clock_getres(vm: &mut Vm, args: Args) -> PyResult {
    clock_seconds(vm, "clock_getres", &args)?;
    Ok(Value::float(1e-9))
}

fn time_tzset(vm: &mut Vm, args: Args) -> PyResult {
    args.check("tzset", 0, 0)?;
    if let Some(m) = vm.loaded_module("time") {
        set_zone_attrs(vm, &m);
    }
    Ok(Value::none())
}

fn time_get_clock_info(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("get_clock_info", 1, 1)?;
    let name = pos[0].as_str().ok_or_else(|| type_error("get_clock_info() argument 1 must be str"))?;
    let (imp, monotonic, adjustable) = match name {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false),
        _ => return Err(value_error("unknown clock")),
    };
    let ns = crate::builtins::simple_namespace(vm)?;
    vm.setattr(&ns, &Value::intern("implementation"), &Value::str(imp))?;
    vm.setattr(&ns, &Value::intern("monotonic"), &Value::bool(monotonic))?;
    vm.setattr(&ns, &Value::intern("adjustable"), &Value::bool(adjustable))?;
    vm.setattr(&ns, &Value::intern("resolution"), &Value::float(1e-9))?;
    Ok(ns)
}

// ---- calendar arithmetic ----------------------------------------------------------------------

/// Broken-down time, C `struct tm` conventions except `wday` (Monday = 0) and `yday`
/// (1-based), which follow Python's struct_time.
#[derive(Clone, Debug)]
struct Tm {
    year: i64,
    mon: i64,
    mday: i64,
    hour: i64,
    min: i64,
    sec: i64,
    wday: i64,
    yday: i64,
    isdst: i64,
    zone: Option<String>,
    gmtoff: Option<i64>,
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { yoe + era * 400 + 1 } else { yoe + era * 400 }, m, d)
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// The broken-down UTC time of `t` seconds (plus `offset` seconds for local time).
fn breakdown(t: i64, offset: i64) -> Tm {
    let t = t + offset;
    let days = t.div_euclid(86400);
    let secs = t.rem_euclid(86400);
    let (year, mon, mday) = civil_from_days(days);
    Tm {
        year,
        mon,
        mday,
        hour: secs / 3600,
        min: secs / 60 % 60,
        sec: secs % 60,
        wday: (days + 3).rem_euclid(7),
        yday: days - days_from_civil(year, 1, 1) + 1,
        isdst: 0,
        zone: None,
        gmtoff: None,
    }
}

/// Seconds since the epoch of a broken-down time read as UTC (fields may be out of range).
fn timegm(tm: &Tm) -> i64 {
    let y = tm.year + (tm.mon - 1).div_euclid(12);
    let m = (tm.mon - 1).rem_euclid(12) + 1;
    let days = days_from_civil(y, m, 1) + tm.mday - 1;
    days * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec
}

fn struct_time(tm: &Tm) -> PyResult {
    structseq::new(
        &struct_time_type(),
        vec![
            Value::int(tm.year),
            Value::int(tm.mon),
            Value::int(tm.mday),
            Value::int(tm.hour),
            Value::int(tm.min),
            Value::int(tm.sec),
            Value::int(tm.wday),
            Value::int(tm.yday),
            Value::int(tm.isdst),
            tm.zone.as_ref().map(|z| Value::str(z)).unwrap_or_else(Value::none),
            tm.gmtoff.map(Value::int).unwrap_or_else(Value::none),
        ],
    )
}

/// The `secs` argument of gmtime/localtime/ctime: None is now; floats are floored.
fn secs_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    let out_of_range = || PyErr::new(ExcType::OverflowError, "timestamp out of range for platform time_t");
    match v {
        None => Ok(vm.host.time().floor() as i64),
        Some(v) if v.is_none() => Ok(vm.host.time().floor() as i64),
        Some(v) => {
            if let Some(f) = v.as_float() {
                if f.is_nan() {
                    return Err(value_error("Invalid value NaN (not a number)"));
                }
                let f = f.floor();
                if !(-9.2e18..9.2e18).contains(&f) {
                    return Err(out_of_range());
                }
                return Ok(f as i64);
            }
            if v.as_int().is_none() {
                let f = vm.to_f64(v).map_err(|_| type_error(format!("'{}' object cannot be interpreted as an integer", crate::types::typeobj::type_name(v))))?;
                return Ok(f.floor() as i64);
            }
            v.as_i64().ok_or_else(out_of_range)
        }
    }
    .and_then(|t| if (-67768040609740800..=67768036191676799).contains(&t) { Ok(t) } else { Err(out_of_range()) })
}

fn gmtime(t: i64) -> Tm {
    let mut tm = breakdown(t, 0);
    tm.zone = Some("GMT".into());
    tm.gmtoff = Some(0);
    tm
}

fn localtime(vm: &mut Vm, t: i64) -> Tm {
    let (off, dst, zone) = vm.host.local_zone(t);
    let mut tm = breakdown(t, off as i64);
    tm.isdst = dst as i64;
    tm.zone = Some(zone);
    tm.gmtoff = Some(off as i64);
    tm
}

fn time_gmtime(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("gmtime", 0, 1)?;
    let t = secs_arg(vm, pos.first())?;
    struct_time(&gmtime(t))
}

fn time_localtime(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("localtime", 0, 1)?;
    let t = secs_arg(vm, pos.first())?;
    let tm = localtime(vm, t);
    struct_time(&tm)
}

/// A struct_time or 9-tuple argument as a `Tm` (fields unchecked).
fn tm_arg(vm: &mut Vm, fname: &str, v: &Value) -> PyResult<Tm> {
    let Some(items) = v.as_tuple().map(|t| t.to_vec()) else {
        return Err(type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(type_error(format!("{fname}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (i, x) in items.iter().enumerate() {
        if x.as_float().is_some() {
            return Err(type_error("'float' object cannot be interpreted as an integer"));
        }
        f[i] = vm.to_isize(x)? as i64;
    }
    let is_struct = v.class_ptr() == struct_time_type().as_ptr();
    let zone = if is_struct { structseq::field(v, 9).and_then(|z| z.as_str().map(|s| s.to_owned())) } else { None };
    let gmtoff = if is_struct { structseq::field(v, 10).and_then(|z| z.as_i64()) } else { None };
    Ok(Tm { year: f[0], mon: f[1], mday: f[2], hour: f[3], min: f[4], sec: f[5], wday: f[6], yday: f[7], isdst: f[8], zone, gmtoff })
}

/// CPython's gettmarg + checktm: zero month/day/day-of-year mean the first, the weekday
/// wraps (C's `(wday + 1) % 7`), and the rest must be in range.
fn check_tm(tm: &mut Tm) -> PyResult<()> {
    if tm.mon == 0 {
        tm.mon = 1;
    } else if !(1..=12).contains(&tm.mon) {
        return Err(value_error("month out of range"));
    }
    if tm.mday == 0 {
        tm.mday = 1;
    } else if !(1..=31).contains(&tm.mday) {
        return Err(value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.hour) {
        return Err(value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.min) {
        return Err(value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.sec) {
        return Err(value_error("seconds out of range"));
    }
    let wday_c = (tm.wday + 1) % 7;
    if wday_c < 0 {
        return Err(value_error("day of week out of range"));
    }
    tm.wday = (wday_c + 6) % 7;
    if tm.yday == 0 {
        tm.yday = 1;
    } else if !(1..=366).contains(&tm.yday) {
        return Err(value_error("day of year out of range"));
    }
    Ok(())
}

fn time_mktime(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("mktime", 1, 1)?;
    let tm = tm_arg(vm, "mktime", &pos[0])?;
    let local = timegm(&tm);
    // The offset at the guess, then once more at the corrected instant (DST transitions).
    let (off, _, _) = vm.host.local_zone(local);
    let mut t = local - off as i64;
    let (off2, dst2, _) = vm.host.local_zone(t);
    t = local - off2 as i64;
    if tm.isdst > 0 && !dst2 {
        t -= 3600;
    }
    if !(-67768040609740800..=67768036191676799).contains(&t) {
        return Err(PyErr::new(ExcType::OverflowError, "mktime argument out of range"));
    }
    Ok(Value::float(t as f64))
}

const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

fn asctime(tm: &Tm) -> String {
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        &DAYS[tm.wday.rem_euclid(7) as usize][..3],
        &MONTHS[(tm.mon - 1).rem_euclid(12) as usize][..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

fn time_asctime(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("asctime", 0, 1)?;
    let mut tm = match pos.first() {
        Some(v) => tm_arg(vm, "asctime", v)?,
        None => {
            let t = secs_arg(vm, None)?;
            localtime(vm, t)
        }
    };
    check_tm(&mut tm)?;
    Ok(Value::string(asctime(&tm)))
}

fn time_ctime(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("ctime", 0, 1)?;
    let t = secs_arg(vm, pos.first())?;
    let tm = localtime(vm, t);
    Ok(Value::string(asctime(&tm)))
}

fn time_strftime(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("strftime", 1, 2)?;
    let fmt = pos[0].as_str().ok_or_else(|| type_error(format!("strftime() argument 1 must be str, not {}", crate::types::typeobj::type_name(&pos[0]))))?.to_owned();
    let mut tm = match pos.get(1) {
        Some(v) => tm_arg(vm, "strftime", v)?,
        None => {
            let t = secs_arg(vm, None)?;
            localtime(vm, t)
        }
    };
    check_tm(&mut tm)?;
    tm.isdst = tm.isdst.clamp(-1, 1);
    if tm.zone.is_none() && pos.get(1).is_some() {
        // A plain tuple carries no zone: C's mktime-free strftime reports the local names.
        let (off, _, name) = vm.host.local_zone(timegm(&tm));
        tm.zone = Some(name);
        tm.gmtoff = Some(off as i64);
    }
    let local_secs = timegm(&tm) - tm.gmtoff.unwrap_or(0);
    Ok(Value::string(strftime(&fmt, &tm, local_secs)))
}

/// ISO 8601 year and week of a date (C's %G and %V).
fn iso_week(tm: &Tm) -> (i64, i64) {
    let weeks_in = |y: i64| {
        let jan1 = (days_from_civil(y, 1, 1) + 3).rem_euclid(7);
        if jan1 == 3 || (is_leap(y) && jan1 == 2) {
            53
        } else {
            52
        }
    };
    let w = (tm.yday - 1 - tm.wday + 10) / 7;
    if w < 1 {
        (tm.year - 1, weeks_in(tm.year - 1))
    } else if w > weeks_in(tm.year) {
        (tm.year + 1, 1)
    } else {
        (tm.year, w)
    }
}

/// C-locale `strftime` (glibc's directives); unknown directives are copied as they are.
fn strftime(fmt: &str, tm: &Tm, epoch: i64) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars().peekable();
    let wday_sun = (tm.wday + 1) % 7;
    let yday0 = tm.yday - 1;
    let day = DAYS[tm.wday.rem_euclid(7) as usize];
    let month = MONTHS[(tm.mon - 1).rem_euclid(12) as usize];
    let hour12 = if tm.hour % 12 == 0 { 12 } else { tm.hour % 12 };
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let _ = match d {
            'a' => write!(out, "{}", &day[..3]),
            'A' => write!(out, "{day}"),
            'b' | 'h' => write!(out, "{}", &month[..3]),
            'B' => write!(out, "{month}"),
            'c' => write!(out, "{} {} {:>2} {:02}:{:02}:{:02} {}", &day[..3], &month[..3], tm.mday, tm.hour, tm.min, tm.sec, tm.year),
            // glibc pads the century only for four-digit years, as it does not pad %Y.
            'C' if tm.year >= 1000 => write!(out, "{:02}", tm.year.div_euclid(100)),
            'C' => write!(out, "{}", tm.year.div_euclid(100)),
            'd' => write!(out, "{:02}", tm.mday),
            'D' | 'x' => write!(out, "{:02}/{:02}/{:02}", tm.mon, tm.mday, tm.year.rem_euclid(100)),
            'e' => write!(out, "{:>2}", tm.mday),
            'F' => write!(out, "{}-{:02}-{:02}", tm.year, tm.mon, tm.mday),
            'G' => write!(out, "{}", iso_week(tm).0),
            'g' => write!(out, "{:02}", iso_week(tm).0.rem_euclid(100)),
            'H' => write!(out, "{:02}", tm.hour),
            'I' => write!(out, "{hour12:02}"),
            'j' => write!(out, "{:03}", tm.yday),
            'k' => write!(out, "{:>2}", tm.hour),
            'l' => write!(out, "{hour12:>2}"),
            'm' => write!(out, "{:02}", tm.mon),
            'M' => write!(out, "{:02}", tm.min),
            'n' => write!(out, "\n"),
            'p' => write!(out, "{}", if tm.hour < 12 { "AM" } else { "PM" }),
            'P' => write!(out, "{}", if tm.hour < 12 { "am" } else { "pm" }),
            'r' => write!(out, "{hour12:02}:{:02}:{:02} {}", tm.min, tm.sec, if tm.hour < 12 { "AM" } else { "PM" }),
            'R' => write!(out, "{:02}:{:02}", tm.hour, tm.min),
            's' => write!(out, "{epoch}"),
            'S' => write!(out, "{:02}", tm.sec),
            't' => write!(out, "\t"),
            'T' | 'X' => write!(out, "{:02}:{:02}:{:02}", tm.hour, tm.min, tm.sec),
            'u' => write!(out, "{}", tm.wday + 1),
            'U' => write!(out, "{:02}", (yday0 + 7 - wday_sun) / 7),
            'V' => write!(out, "{:02}", iso_week(tm).1),
            'w' => write!(out, "{wday_sun}"),
            'W' => write!(out, "{:02}", (yday0 + 7 - tm.wday) / 7),
            'y' => write!(out, "{:02}", tm.year.rem_euclid(100)),
            'Y' => write!(out, "{}", tm.year),
            'z' => {
                let off = tm.gmtoff.unwrap_or(0);
                let a = off.abs() / 60;
                write!(out, "{}{:02}{:02}", if off < 0 { '-' } else { '+' }, a / 60, a % 60)
            }
            'Z' => write!(out, "{}", tm.zone.as_deref().unwrap_or("")),
            '%' => write!(out, "%"),
            other => write!(out, "%{other}"),
        };
    }
    out
}

fn time_strptime(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("strptime", 1, 2)?;
    let m = vm.import_module("_strptime")?;
    let f = vm.getattr(&m, &Value::intern("_strptime_time"))?;
    vm.call(&f, pos)
}
