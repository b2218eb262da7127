//! `datetime.time`, the abstract `datetime.tzinfo` and the fixed-offset `datetime.timezone`.

use super::date::{make_datetime, Dt};
use super::delta::{hash_us, new_delta, Delta};
use super::*;
use crate::modules::support::{alloc_native, Opt};
use crate::types::builtin::{classmethod, method, staticmethod, Args, MethodDef};
use crate::types::descr::{Getter, Setter};
use crate::types::native::NativeObject;
use crate::types::typeobj::{tdata_ptr, tp_name};
use pygmy_bytecode::CompareOp;
use std::any::Any;
use std::cell::Cell;

pub struct Time {
    pub h: i64,
    pub mi: i64,
    pub s: i64,
    pub us: i64,
    pub fold: i64,
    tz: Opt,
    hash: Cell<Option<i64>>,
}

impl NativeObject for Time {
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

impl Time {
    pub fn tz(&self) -> Value {
        crate::modules::support::get(&self.tz).unwrap_or_else(Value::none)
    }
    fn day_us(&self) -> i128 {
        ((self.h * 3600 + self.mi * 60 + self.s) as i128) * US_PER_SEC + self.us as i128
    }
}

pub(super) fn new_time_raw(cls: &Value, hmsu: [i64; 4], fold: i64, tz: Option<Value>) -> Value {
    let tz = tz.filter(|t| !t.is_none());
    let [h, mi, s, us] = hmsu;
    alloc_native(cls, Time { h, mi, s, us, fold, tz: RefCell::new(tz), hash: Cell::new(None) })
}

fn me(v: &Value) -> PyResult<&Time> {
    v.native::<Time>().ok_or_else(|| type_error(format!("descriptor requires a 'datetime.time' object but received a '{}'", type_name(v))))
}

pub const TIME_METHODS: &[MethodDef] = &[
    staticmethod("__new__", time_new),
    classmethod("fromisoformat", fromisoformat),
    method("isoformat", isoformat),
    method("strftime", strftime),
    method("__format__", super::date::format_impl),
    method("utcoffset", utcoffset),
    method("dst", dst),
    method("tzname", tzname),
    method("replace", replace),
    method("__reduce_ex__", reduce_ex),
    method("__reduce__", reduce),
    method("__repr__", repr),
    method("__str__", str_),
    method("__hash__", hash),
    method("__eq__", eq),
    method("__ne__", ne),
    method("__lt__", lt),
    method("__le__", le),
    method("__gt__", gt),
    method("__ge__", ge),
];

pub const TIME_GETSETS: &[(&str, Getter, Option<Setter>)] = &[
    ("hour", get_hour, None),
    ("minute", get_minute, None),
    ("second", get_second, None),
    ("microsecond", get_us, None),
    ("tzinfo", get_tzinfo, None),
    ("fold", get_fold, None),
];

fn get_hour(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(me(v)?.h))
}
fn get_minute(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(me(v)?.mi))
}
fn get_second(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(me(v)?.s))
}
fn get_us(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(me(v)?.us))
}
fn get_tzinfo(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(me(v)?.tz())
}
fn get_fold(_vm: &mut Vm, v: &Value) -> PyResult {
    Ok(Value::int(me(v)?.fold))
}

const KWS: [&str; 6] = ["hour", "minute", "second", "microsecond", "tzinfo", "fold"];

fn time_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = new_cls(vm, &args, &types().time)?;
    let rest = args.rest();
    let pos = rest.pos();
    if (1..=2).contains(&pos.len()) && !rest.has_kwargs() {
        if let Some(b) = super::date::state_bytes(&pos[0]) {
            if b.len() == 6 && (b[0] & 0x7f) < 24 {
                let tz = pos.get(1).cloned().unwrap_or_else(Value::none);
                if !tz.is_none() && !vm.isinstance(&tz, &types().tzinfo)? {
                    return Err(type_error("bad tzinfo state arg"));
                }
                let us = (b[3] as i64) << 16 | (b[4] as i64) << 8 | b[5] as i64;
                return Ok(new_time_raw(&cls, [(b[0] & 0x7f) as i64, b[1] as i64, b[2] as i64, us], i64::from(b[0] & 0x80 != 0), Some(tz)));
            }
        }
    }
    max_positional(&rest, "function", 5)?;
    let a = bind_ctor(vm, &rest, KWS, 0)?;
    let hmsu = [opt_int(vm, &a[0], 0)?, opt_int(vm, &a[1], 0)?, opt_int(vm, &a[2], 0)?, opt_int(vm, &a[3], 0)?];
    let fold = opt_int(vm, &a[5], 0)?;
    let tz = a[4].clone().unwrap_or_else(Value::none);
    check_time(hmsu[0], hmsu[1], hmsu[2], hmsu[3], fold)?;
    check_tzinfo(vm, &tz)?;
    Ok(new_time_raw(&cls, hmsu, fold, Some(tz)))
}

fn make_time(vm: &mut Vm, cls: &Value, hmsu: [i64; 4], tz: Value) -> PyResult {
    if cls.is(&types().time) {
        check_time(hmsu[0], hmsu[1], hmsu[2], hmsu[3], 0)?;
        return Ok(new_time_raw(cls, hmsu, 0, Some(tz)));
    }
    let args: Vec<Value> = hmsu.iter().map(|i| Value::int(*i)).chain([tz]).collect();
    vm.call(cls, &args)
}

fn fromisoformat(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args.all[0].clone();
    let pos = crate::modules::support::pos_args(&args, "fromisoformat", 1, 1)?;
    let Some(s) = pos[0].as_str() else {
        return Err(type_error("fromisoformat: argument must be str"));
    };
    let b = s.as_bytes();
    let b = b.strip_prefix(b"T").unwrap_or(b);
    let Some((hmsu, off)) = iso::parse_time(b) else {
        return Err(iso::invalid(vm, &pos[0]));
    };
    let tz = iso::tz_from_offset(vm, off)?;
    make_time(vm, &cls, hmsu, tz)
}

fn offset(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<i128>> {
    let tz = me(v)?.tz();
    call_offset(vm, name, &tz, &Value::none())
}

fn isoformat(vm: &mut Vm, args: Args) -> PyResult {
    let s = args.self_();
    let t = me(s)?;
    let [spec] = args.rest().bind("isoformat", ["timespec"], 0, 0)?;
    let spec = iso::timespec_arg(spec)?;
    let mut out = iso::format_time(t.h, t.mi, t.s, t.us, &spec)?;
    if let Some(off) = offset(vm, s, "utcoffset")? {
        out += &format_offset(off, ":");
    }
    Ok(Value::string(out))
}

fn strftime(vm: &mut Vm, args: Args) -> PyResult {
    let s = args.self_().clone();
    let fs = strftime_format(&args)?;
    let t = me(&s)?;
    let items = [1900, 1, 1, t.h, t.mi, t.s, 0, 1, -1].iter().map(|i| Value::int(*i)).collect();
    iso::wrap_strftime(vm, &fs, &t.tz(), &Value::none(), t.us, Value::tuple(items))
}

fn delta_or_none(off: Option<i128>) -> PyResult {
    match off {
        Some(us) => new_delta(us),
        None => Ok(Value::none()),
    }
}

fn utcoffset(vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "utcoffset")?;
    delta_or_none(offset(vm, args.self_(), "utcoffset")?)
}
fn dst(vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "dst")?;
    delta_or_none(offset(vm, args.self_(), "dst")?)
}
fn tzname(vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "tzname")?;
    let tz = me(args.self_())?.tz();
    call_tzname(vm, &tz, &Value::none())
}

fn replace(vm: &mut Vm, args: Args) -> PyResult {
    let s = args.self_();
    let t = me(s)?;
    max_positional(&args.rest(), "replace", 5)?;
    let a = args.rest().bind("replace", KWS, 0, 0)?;
    let hmsu = [opt_int(vm, &a[0], t.h)?, opt_int(vm, &a[1], t.mi)?, opt_int(vm, &a[2], t.s)?, opt_int(vm, &a[3], t.us)?];
    let fold = opt_int(vm, &a[5], t.fold)?;
    let tz = a[4].clone().unwrap_or_else(|| t.tz());
    check_time(hmsu[0], hmsu[1], hmsu[2], hmsu[3], fold)?;
    check_tzinfo(vm, &tz)?;
    Ok(new_time_raw(&s.class(), hmsu, fold, Some(tz)))
}

/// A time's pickled state at `proto` (fold's bit only from protocol 4) and its tzinfo.
fn state(s: &Value, proto: i64) -> PyResult<(Vec<u8>, Value)> {
    let t = me(s)?;
    let h = t.h as u8 | if proto > 3 && t.fold != 0 { 128 } else { 0 };
    Ok((vec![h, t.mi as u8, t.s as u8, (t.us >> 16) as u8, (t.us >> 8) as u8, t.us as u8], t.tz()))
}

fn reduce_ex(vm: &mut Vm, args: Args) -> PyResult {
    reduce_ex_with(vm, &args, state)
}

fn reduce(_vm: &mut Vm, args: Args) -> PyResult {
    reduce_with(&args, state)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult {
    let s = args.self_();
    let t = me(s)?;
    let mut out = format!("{}({}, {}", tp_name(tdata_ptr(s.class_ptr())), t.h, t.mi);
    if t.s != 0 || t.us != 0 {
        out += &format!(", {}", t.s);
    }
    if t.us != 0 {
        out += &format!(", {}", t.us);
    }
    if t.fold != 0 {
        out += ", fold=1";
    }
    let tz = t.tz();
    if !tz.is_none() {
        out += &format!(", tzinfo={}", vm.repr_string(&tz)?);
    }
    out.push(')');
    Ok(Value::string(out))
}

fn str_(vm: &mut Vm, args: Args) -> PyResult {
    vm.call_method(args.self_(), "isoformat", &[])
}

fn hash(vm: &mut Vm, args: Args) -> PyResult {
    let s = args.self_();
    let t = me(s)?;
    if let Some(h) = t.hash.get() {
        return Ok(Value::int(h));
    }
    let h = match offset(vm, s, "utcoffset")? {
        Some(off) => hash_us(vm, t.day_us() - off)?,
        None => vm.hash(&Value::bytes(vec![t.h as u8, t.mi as u8, t.s as u8, (t.us >> 16) as u8, (t.us >> 8) as u8, t.us as u8]))?,
    };
    t.hash.set(Some(h));
    Ok(Value::int(h))
}

fn compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult {
    let pos = args.check_method("comparison", 1, 1)?;
    let (a, b) = (&pos[0], &pos[1]);
    let ta = me(a)?;
    let Some(tb) = b.native::<Time>() else { return Ok(Value::not_implemented()) };
    let ord = if ta.tz().is(&tb.tz()) {
        ta.day_us().cmp(&tb.day_us())
    } else {
        match (offset(vm, a, "utcoffset")?, offset(vm, b, "utcoffset")?) {
            (None, None) => ta.day_us().cmp(&tb.day_us()),
            (Some(x), Some(y)) => (ta.day_us() - x).cmp(&(tb.day_us() - y)),
            _ if op == CompareOp::Eq => return Ok(Value::bool(false)),
            _ if op == CompareOp::Ne => return Ok(Value::bool(true)),
            _ => return Err(type_error("can't compare offset-naive and offset-aware times")),
        }
    };
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

// ---- tzinfo and timezone ------------------------------------------------------------------------

/// The payload of `tzinfo` instances (no offset) and of `timezone` (a fixed offset, a name).
pub struct Tz {
    pub offset: Option<i128>,
    name: Opt,
}

impl NativeObject for Tz {
    fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        crate::modules::support::Slot::trace(&self.name, visit);
    }
    fn clear(&self) {
        crate::modules::support::Slot::clear(&self.name);
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub(super) fn new_timezone_raw(cls: &Value, off: i128, name: Option<Value>) -> Value {
    alloc_native(cls, Tz { offset: Some(off), name: RefCell::new(name) })
}

pub const TZINFO_METHODS: &[MethodDef] = &[
    staticmethod("__new__", tzinfo_new),
    method("tzname", tzinfo_tzname),
    method("utcoffset", tzinfo_utcoffset),
    method("dst", tzinfo_dst),
    method("fromutc", tzinfo_fromutc),
    method("__reduce__", tzinfo_reduce),
];

pub const TIMEZONE_METHODS: &[MethodDef] = &[
    staticmethod("__new__", timezone_new),
    method("tzname", tz_tzname),
    method("utcoffset", tz_utcoffset),
    method("dst", tz_dst),
    method("fromutc", tz_fromutc),
    method("__getinitargs__", tz_getinitargs),
    method("__repr__", tz_repr),
    method("__str__", tz_str),
    method("__hash__", tz_hash),
    method("__eq__", tz_eq),
    method("__ne__", tz_ne),
];

fn tzinfo_new(vm: &mut Vm, args: Args) -> PyResult {
    let cls = new_cls(vm, &args, &types().tzinfo)?;
    Ok(alloc_native(&cls, Tz { offset: None, name: RefCell::new(None) }))
}

fn not_implemented(what: &str) -> PyErr {
    PyErr::new(ExcType::NotImplementedError, format!("a tzinfo subclass must implement {what}()"))
}

fn tzinfo_tzname(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("tzname", 1, 1)?;
    Err(not_implemented("tzname"))
}
fn tzinfo_utcoffset(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("utcoffset", 1, 1)?;
    Err(not_implemented("utcoffset"))
}
fn tzinfo_dst(_vm: &mut Vm, args: Args) -> PyResult {
    args.check_method("dst", 1, 1)?;
    Err(not_implemented("dst"))
}

/// The default `fromutc`: standard offset from `utcoffset() - dst()`, then the DST of the result.
fn tzinfo_fromutc(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("fromutc", 1, 1)?;
    let (s, dt) = (&pos[0], &pos[1]);
    let Some(d) = dt.native::<Dt>().filter(|d| d.is_dt) else {
        return Err(type_error("fromutc: argument must be a datetime"));
    };
    if !d.tz().is(s) {
        return Err(value_error("fromutc: dt.tzinfo is not self"));
    }
    let Some(off) = call_offset(vm, "utcoffset", s, dt)? else {
        return Err(value_error("fromutc: non-None utcoffset() result required"));
    };
    let Some(dst) = call_offset(vm, "dst", s, dt)? else {
        return Err(value_error("fromutc: non-None dst() result required"));
    };
    let shifted = add_us(vm, dt, off - dst)?;
    let Some(dst) = call_offset(vm, "dst", s, &shifted)? else {
        return Err(value_error("fromutc: tz.dst() gave inconsistent results; cannot convert"));
    };
    add_us(vm, &shifted, dst)
}

fn add_us(vm: &mut Vm, dt: &Value, us: i128) -> PyResult {
    let d = super::date::me(dt)?;
    let f = date::Fields::from_abs_us(d.f.abs_us() + us).ok_or_else(|| overflow("date value out of range"))?;
    make_datetime(vm, &dt.class(), f, d.tz())
}

fn tzinfo_reduce(vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "__reduce__")?;
    let s = args.self_();
    let init = match vm.getattr_opt(s, &Value::intern("__getinitargs__"))? {
        Some(f) => vm.call(&f, &[])?,
        None => Value::tuple(vec![]),
    };
    let state = match vm.getattr_opt(s, &Value::intern("__getstate__"))? {
        Some(f) => vm.call(&f, &[])?,
        None => vm.instance_dict(s).unwrap_or_else(Value::none),
    };
    let empty = state.downcast::<DictData>().is_some_and(|d| d.keys().is_empty());
    let state = if empty { Value::none() } else { state };
    Ok(Value::tuple(vec![s.class(), init, state]))
}

fn tz_of(v: &Value) -> PyResult<(i128, Option<Value>)> {
    match v.native::<Tz>() {
        Some(Tz { offset: Some(o), name }) => Ok((*o, crate::modules::support::get(name))),
        _ => Err(type_error(format!("descriptor requires a 'datetime.timezone' object but received a '{}'", type_name(v)))),
    }
}

/// `timezone(offset, name)` with CPython's checks; `timezone.utc` for a nameless zero offset.
pub(super) fn new_timezone(vm: &mut Vm, off: i128, name: Option<Value>) -> PyResult {
    if off.abs() >= US_PER_DAY {
        let rep = vm.repr_string(&new_delta(off)?)?;
        return Err(value_error(format!("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {rep}.")));
    }
    if name.is_none() && off == 0 {
        return Ok(types().utc.clone());
    }
    Ok(new_timezone_raw(&types().timezone, off, name))
}

fn timezone_new(vm: &mut Vm, args: Args) -> PyResult {
    new_cls(vm, &args, &types().timezone)?;
    let [off, name] = args.rest().bind("timezone", ["offset", "name"], 1, 0)?;
    let off = off.unwrap_or_else(Value::none);
    let Some(d) = off.native::<Delta>() else {
        return Err(type_error(format!("timezone() argument 1 must be datetime.timedelta, not {}", type_name(&off))));
    };
    let name = match name {
        Some(n) if n.as_str().is_none() => return Err(type_error(format!("timezone() argument 2 must be str, not {}", type_name(&n)))),
        n => n,
    };
    new_timezone(vm, d.total_us(), name)
}

fn check_dt_arg(v: &Value, what: &str) -> PyResult<()> {
    if v.is_none() || v.native::<Dt>().is_some_and(|d| d.is_dt) {
        return Ok(());
    }
    Err(type_error(format!("{what}(dt) argument must be a datetime instance or None, not {}", type_name(v))))
}

fn tz_tzname(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("tzname", 1, 1)?;
    check_dt_arg(&pos[1], "tzname")?;
    let (off, name) = tz_of(&pos[0])?;
    Ok(name.unwrap_or_else(|| Value::string(default_name(off))))
}

fn default_name(off: i128) -> String {
    if off == 0 {
        "UTC".into()
    } else {
        format!("UTC{}", format_offset(off, ":"))
    }
}

fn tz_utcoffset(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("utcoffset", 1, 1)?;
    check_dt_arg(&pos[1], "utcoffset")?;
    new_delta(tz_of(&pos[0])?.0)
}

fn tz_dst(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("dst", 1, 1)?;
    check_dt_arg(&pos[1], "dst")?;
    tz_of(&pos[0])?;
    Ok(Value::none())
}

fn tz_fromutc(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check_method("fromutc", 1, 1)?;
    let (s, dt) = (&pos[0], &pos[1]);
    let (off, _) = tz_of(s)?;
    let Some(d) = dt.native::<Dt>().filter(|d| d.is_dt) else {
        return Err(type_error("fromutc: argument must be a datetime"));
    };
    if !d.tz().is(s) {
        return Err(value_error("fromutc: dt.tzinfo is not self"));
    }
    add_us(vm, dt, off)
}

fn tz_getinitargs(_vm: &mut Vm, args: Args) -> PyResult {
    noargs(&args, "__getinitargs__")?;
    let (off, name) = tz_of(args.self_())?;
    let mut items = vec![new_delta(off)?];
    items.extend(name);
    Ok(Value::tuple(items))
}

fn tz_repr(vm: &mut Vm, args: Args) -> PyResult {
    let s = args.self_();
    let (off, name) = tz_of(s)?;
    let tname = tp_name(tdata_ptr(s.class_ptr()));
    if s.is(&types().utc) {
        return Ok(Value::string(format!("{tname}.utc")));
    }
    let d = new_delta(off)?;
    let mut out = format!("{tname}({}", vm.repr_string(&d)?);
    if let Some(n) = name {
        out += &format!(", {}", vm.repr_string(&n)?);
    }
    out.push(')');
    Ok(Value::string(out))
}

fn tz_str(vm: &mut Vm, args: Args) -> PyResult {
    vm.call_method(args.self_(), "tzname", &[Value::none()])
}

fn tz_hash(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::int(hash_us(vm, tz_of(args.self_())?.0)?))
}

fn tz_compare(args: Args, eq: bool) -> PyResult {
    let pos = args.check_method("comparison", 1, 1)?;
    let (a, _) = tz_of(&pos[0])?;
    let Ok((b, _)) = tz_of(&pos[1]) else { return Ok(Value::not_implemented()) };
    Ok(Value::bool((a == b) == eq))
}

fn tz_eq(_vm: &mut Vm, args: Args) -> PyResult {
    tz_compare(args, true)
}
fn tz_ne(_vm: &mut Vm, args: Args) -> PyResult {
    tz_compare(args, false)
}
