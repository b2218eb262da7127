//! ISO 8601 parsing for the `fromisoformat` constructors (CPython 3.11's wider grammar: basic
//! and extended forms, ISO week dates, any separator character, fractions of any length,
//! `Z`), `isoformat`'s timespec, and the `%z`/`%Z`/`%f` preprocessing before `time.strftime`.

use super::date::Fields;
use super::*;

/// ValueError "Invalid isoformat string: '...'".
pub(super) fn invalid(vm: &mut Vm, s: &Value) -> PyErr {
    match vm.repr_string(s) {
        Ok(r) => value_error(format!("Invalid isoformat string: {r}")),
        Err(e) => e,
    }
}

fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// `n` ASCII digits at `*p`.
fn digits(b: &[u8], p: &mut usize, n: usize) -> Option<i64> {
    let mut v = 0i64;
    for _ in 0..n {
        let c = at(b, *p);
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + (c - b'0') as i64;
        *p += 1;
    }
    Some(v)
}

/// `YYYY-MM-DD`, `YYYYMMDD`, `YYYY-Www[-D]`, `YYYYWww[D]`; range errors are the constructor's.
pub(super) fn parse_date(b: &[u8]) -> Option<(i64, i64, i64)> {
    let mut p = 0;
    let y = digits(b, &mut p, 4)?;
    let sep = at(b, p) == b'-';
    p += usize::from(sep);
    if at(b, p) == b'W' {
        p += 1;
        let w = digits(b, &mut p, 2)?;
        let mut d = 1;
        if p < b.len() {
            if sep {
                if at(b, p) != b'-' {
                    return None;
                }
                p += 1;
            }
            d = digits(b, &mut p, 1)?;
        }
        return isoweek_to_ymd(y, w, d).ok();
    }
    let m = digits(b, &mut p, 2)?;
    if sep {
        if at(b, p) != b'-' {
            return None;
        }
        p += 1;
    }
    let d = digits(b, &mut p, 2)?;
    Some((y, m, d))
}

/// `fromisocalendar`'s conversion, with CPython's messages.
pub(super) fn isoweek_to_ymd(y: i64, w: i64, d: i64) -> PyResult<(i64, i64, i64)> {
    if !(MINYEAR..=MAXYEAR).contains(&y) {
        return Err(value_error(format!("Year is out of range: {y}")));
    }
    if !(1..53).contains(&w) {
        let first = ymd_to_ord(y, 1, 1) % 7;
        if !(w == 53 && (first == 4 || (first == 3 && is_leap(y)))) {
            return Err(value_error(format!("Invalid week: {w}")));
        }
    }
    if !(1..8).contains(&d) {
        return Err(value_error(format!("Invalid day: {d} (range is [1, 7])")));
    }
    let n = iso_week1_monday(y) + (w - 1) * 7 + (d - 1);
    if !(1..=MAXORDINAL).contains(&n) {
        return Err(value_error(format!("Year is out of range: {y}")));
    }
    Ok(ord_to_ymd(n))
}

/// `HH[:MM[:SS[.f+]]]` or `HH[MM[SS[.f+]]]` in `b`; Some(true) when input remains after it.
fn parse_hms(b: &[u8], out: &mut [i64; 4]) -> Option<bool> {
    *out = [0; 4];
    let end = b.len();
    let mut p = 0;
    let mut has_sep = true;
    let mut fraction = false;
    for (i, slot) in out.iter_mut().take(3).enumerate() {
        *slot = digits(b, &mut p, 2)?;
        let c = at(b, p);
        p += 1;
        if i == 0 {
            has_sep = c == b':';
        }
        if p >= end {
            return Some(c != 0);
        }
        if has_sep && c == b':' {
            continue;
        }
        if c == b'.' || c == b',' {
            fraction = true;
            break;
        }
        if !has_sep {
            p -= 1;
        } else {
            return None;
        }
    }
    let _ = fraction;
    let remains = end - p;
    let n = remains.min(6);
    if n == 0 {
        return None;
    }
    let mut us = digits(b, &mut p, n)?;
    for _ in n..6 {
        us *= 10;
    }
    out[3] = us;
    while at(b, p).is_ascii_digit() {
        p += 1;
    }
    Some(p < end)
}

/// A time with an optional offset (`Z`, `±HH[:MM[:SS[.f]]]`): fields and the offset in µs.
pub(super) fn parse_time(b: &[u8]) -> Option<([i64; 4], Option<i128>)> {
    let tzpos = b.iter().position(|c| matches!(c, b'+' | b'-' | b'Z')).unwrap_or(b.len());
    let mut f = [0; 4];
    let more = parse_hms(&b[..tzpos], &mut f)?;
    if tzpos == b.len() {
        return if more { None } else { Some((f, None)) };
    }
    if b[tzpos] == b'Z' {
        return if tzpos + 1 == b.len() { Some((f, Some(0))) } else { None };
    }
    let sign = if b[tzpos] == b'-' { -1 } else { 1 };
    let mut z = [0; 4];
    if parse_hms(&b[tzpos + 1..], &mut z)? {
        return None;
    }
    let off = ((z[0] * 3600 + z[1] * 60 + z[2]) as i128 * US_PER_SEC + z[3] as i128) * sign;
    Some((f, Some(off)))
}

/// Where the date part of a `datetime.fromisoformat` string ends.
fn separator(b: &[u8]) -> usize {
    let len = b.len();
    if len == 7 {
        return 7;
    }
    if at(b, 4) == b'-' {
        if at(b, 5) == b'W' {
            if len > 8 && at(b, 8) == b'-' {
                if len > 10 && at(b, 10).is_ascii_digit() {
                    return 8;
                }
                return 10;
            }
            return 8;
        }
        return 10;
    }
    if at(b, 4) == b'W' {
        let mut idx = 7;
        while idx < len && at(b, idx).is_ascii_digit() {
            idx += 1;
        }
        if idx < 9 {
            return idx;
        }
        return if idx % 2 == 0 { 7 } else { 8 };
    }
    8
}

pub(super) fn parse_datetime(s: &str) -> Option<(Fields, Option<i128>)> {
    let b = s.as_bytes();
    if b.len() < 7 {
        return None;
    }
    let sep = separator(b);
    if sep > b.len() || (sep == 9 && b.len() == 9) {
        return None;
    }
    let (y, m, d) = parse_date(&b[..sep])?;
    let mut f = Fields { y, m, d, ..Default::default() };
    let mut off = None;
    if b.len() > sep {
        let width = s.get(sep..)?.chars().next()?.len_utf8();
        let (t, o) = parse_time(&b[sep + width..])?;
        [f.h, f.mi, f.s, f.us] = t;
        off = o;
    }
    Some((f, off))
}

/// The tzinfo for a parsed offset: None, `timezone.utc` for zero, else a `timezone`.
pub(super) fn tz_from_offset(vm: &mut Vm, off: Option<i128>) -> PyResult {
    match off {
        None => Ok(Value::none()),
        Some(us) => super::time::new_timezone(vm, us, None),
    }
}

pub(super) fn timespec_arg(v: Option<Value>) -> PyResult<String> {
    match v {
        None => Ok("auto".into()),
        Some(v) => match v.as_str() {
            Some(s) => Ok(s.to_owned()),
            None => Err(type_error(format!("isoformat() argument 'timespec' must be str, not {}", type_name(&v)))),
        },
    }
}

pub(super) fn format_time(h: i64, mi: i64, s: i64, us: i64, spec: &str) -> PyResult<String> {
    Ok(match spec {
        "auto" if us != 0 => format!("{h:02}:{mi:02}:{s:02}.{us:06}"),
        "auto" | "seconds" => format!("{h:02}:{mi:02}:{s:02}"),
        "hours" => format!("{h:02}"),
        "minutes" => format!("{h:02}:{mi:02}"),
        "milliseconds" => format!("{h:02}:{mi:02}:{s:02}.{:03}", us / 1000),
        "microseconds" => format!("{h:02}:{mi:02}:{s:02}.{us:06}"),
        _ => return Err(value_error("Unknown timespec value")),
    })
}

/// CPython's `wrap_strftime`: `%z`, `%Z` and `%f` are expanded here (from `tz` called with
/// `arg`), everything else is left to `time.strftime(fmt, timetuple)`.
pub(super) fn wrap_strftime(vm: &mut Vm, fmt: &str, tz: &Value, arg: &Value, us: i64, timetuple: Value) -> PyResult {
    let mut out = String::with_capacity(fmt.len());
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('z') => {
                if let Some(off) = call_offset(vm, "utcoffset", tz, arg)? {
                    out += &format_offset(off, "");
                }
            }
            Some('Z') => {
                let name = call_tzname(vm, tz, arg)?;
                if !name.is_none() {
                    let r = vm.call_method(&name, "replace", &[Value::str("%"), Value::str("%%")])?;
                    match r.as_str() {
                        Some(s) => out += s,
                        None => return Err(type_error("tzname.replace() did not return a string")),
                    }
                }
            }
            Some('f') => out += &format!("{us:06}"),
            Some(other) => {
                out.push('%');
                out.push(other);
            }
            None => out.push('%'),
        }
    }
    let tm = time_module(vm)?;
    vm.call_method(&tm, "strftime", &[Value::string(out), timetuple])
}
