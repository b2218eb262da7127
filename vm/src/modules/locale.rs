//! The `_locale` module for the C locale (with UTF-8 text, as CPython's C.UTF-8 startup):
//! `setlocale` accepts only C/POSIX/C.UTF-8, `localeconv` and `nl_langinfo` give the C
//! locale's values, gettext functions return their message.

use crate::error::{type_error, PyErr, PyResult};
use crate::modules::util::{new_module, set, set_ints};
use crate::types::builtin::{Args, NativeFn};
use crate::types::dict::DictData;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

const CATEGORIES: &[(&str, i64)] =
    &[("LC_CTYPE", 0), ("LC_NUMERIC", 1), ("LC_TIME", 2), ("LC_COLLATE", 3), ("LC_MONETARY", 4), ("LC_MESSAGES", 5), ("LC_ALL", 6)];

/// nl_langinfo items: (name, glibc value, C locale answer).
const LANGINFO: &[(&str, i64, &str)] = &[
    ("CODESET", 14, "UTF-8"), ("RADIXCHAR", 65536, "."), ("THOUSEP", 65537, ""), ("CRNCYSTR", 262159, "-"),
    ("YESEXPR", 327680, "^[yY]"), ("NOEXPR", 327681, "^[nN]"), ("D_T_FMT", 131112, "%a %b %e %H:%M:%S %Y"),
    ("D_FMT", 131113, "%m/%d/%y"), ("T_FMT", 131114, "%H:%M:%S"), ("T_FMT_AMPM", 131115, "%I:%M:%S %p"),
    ("AM_STR", 131110, "AM"), ("PM_STR", 131111, "PM"), ("ERA", 131116, ""), ("ERA_D_FMT", 131118, ""),
    ("ALT_DIGITS", 131119, ""), ("ERA_D_T_FMT", 131120, ""), ("ERA_T_FMT", 131121, ""),
    ("_DATE_FMT", 131180, "%a %b %e %H:%M:%S %Z %Y"),
    ("ABDAY_1", 131072, "Sun"), ("ABDAY_2", 131073, "Mon"), ("ABDAY_3", 131074, "Tue"), ("ABDAY_4", 131075, "Wed"),
    ("ABDAY_5", 131076, "Thu"), ("ABDAY_6", 131077, "Fri"), ("ABDAY_7", 131078, "Sat"),
    ("DAY_1", 131079, "Sunday"), ("DAY_2", 131080, "Monday"), ("DAY_3", 131081, "Tuesday"), ("DAY_4", 131082, "Wednesday"),
    ("DAY_5", 131083, "Thursday"), ("DAY_6", 131084, "Friday"), ("DAY_7", 131085, "Saturday"),
    ("ABMON_1", 131086, "Jan"), ("ABMON_2", 131087, "Feb"), ("ABMON_3", 131088, "Mar"), ("ABMON_4", 131089, "Apr"),
    ("ABMON_5", 131090, "May"), ("ABMON_6", 131091, "Jun"), ("ABMON_7", 131092, "Jul"), ("ABMON_8", 131093, "Aug"),
    ("ABMON_9", 131094, "Sep"), ("ABMON_10", 131095, "Oct"), ("ABMON_11", 131096, "Nov"), ("ABMON_12", 131097, "Dec"),
    ("MON_1", 131098, "January"), ("MON_2", 131099, "February"), ("MON_3", 131100, "March"), ("MON_4", 131101, "April"),
    ("MON_5", 131102, "May"), ("MON_6", 131103, "June"), ("MON_7", 131104, "July"), ("MON_8", 131105, "August"),
    ("MON_9", 131106, "September"), ("MON_10", 131107, "October"), ("MON_11", 131108, "November"),
    ("MON_12", 131109, "December"),
];

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("setlocale", locale_setlocale),
    ("localeconv", locale_localeconv),
    ("nl_langinfo", locale_nl_langinfo),
    ("getencoding", locale_getencoding),
    ("strcoll", locale_strcoll),
    ("strxfrm", locale_strxfrm),
    ("gettext", locale_gettext),
    ("dgettext", locale_dgettext),
    ("dcgettext", locale_dgettext),
    ("textdomain", locale_textdomain),
    ("bindtextdomain", locale_bindtextdomain),
    ("bind_textdomain_codeset", locale_bind_codeset),
];

thread_local! {
    /// The locale of each category (LC_CTYPE..LC_MESSAGES).
    static CURRENT: RefCell<[&'static str; 6]> = const { RefCell::new(["C.UTF-8", "C", "C", "C", "C", "C"]) };
    static ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

pub fn init(vm: &mut Vm) -> PyResult {
    let m = new_module("_locale", FUNCTIONS);
    set_ints(&m, CATEGORIES);
    set(&m, "CHAR_MAX", Value::int(127));
    for (name, v, _) in LANGINFO {
        set(&m, name, Value::int(*v));
    }
    let ns = Value::dict();
    if let Some(d) = ns.downcast::<DictData>() {
        d.set_str(Value::intern("__module__"), Value::intern("locale"));
    }
    let err = crate::types::typeobj::new_class(vm, &crate::runtime::rt().ty(crate::runtime::BT::Type), &Value::intern("Error"), &[crate::error::ExcType::Exception.type_value()], &ns, &[])?;
    ERROR.with(|e| *e.borrow_mut() = Some(err.clone()));
    set(&m, "Error", err);
    Ok(m)
}

const NAMES: [&str; 6] = ["LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES"];

fn locale_setlocale(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("setlocale", 1, 2)?;
    let cat = vm.to_isize(&pos[0])?;
    if !(0..=6).contains(&cat) {
        return Err(locale_error(vm, "invalid locale category"));
    }
    let cat = cat as usize;
    match pos.get(1).filter(|v| !v.is_none()) {
        None => Ok(Value::string(query(cat))),
        Some(v) => {
            let name = v.as_str().ok_or_else(|| type_error("setlocale() argument 2 must be str or None"))?;
            let to: &'static str = match name {
                "" | "C.UTF-8" | "C.utf8" => "C.UTF-8",
                "C" | "POSIX" => "C",
                _ => return Err(locale_error(vm, "unsupported locale setting")),
            };
            CURRENT.with(|c| {
                let mut c = c.borrow_mut();
                if cat == 6 {
                    *c = [to; 6];
                } else {
                    c[cat] = to;
                }
            });
            Ok(Value::string(query(cat)))
        }
    }
}

/// The current locale of a category; for LC_ALL the composite glibc form when they differ.
fn query(cat: usize) -> String {
    CURRENT.with(|c| {
        let c = c.borrow();
        if cat < 6 {
            return c[cat].to_owned();
        }
        if c.iter().all(|x| *x == c[0]) {
            return c[0].to_owned();
        }
        let mut parts: Vec<String> = NAMES.iter().zip(c.iter()).map(|(n, v)| format!("{n}={v}")).collect();
        for extra in ["LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"] {
            parts.push(format!("{extra}=C"));
        }
        parts.join(";")
    })
}

fn locale_error(vm: &mut Vm, msg: &str) -> PyErr {
    match ERROR.with(|e| e.borrow().clone()) {
        Some(t) => match vm.call(&t, &[Value::str(msg)]) {
            Ok(e) => PyErr(e),
            Err(e) => e,
        },
        None => PyErr::new(crate::error::ExcType::ValueError, msg),
    }
}

fn locale_localeconv(_vm: &mut Vm, _args: Args) -> PyResult {
    let d = Value::dict();
    if let Some(dd) = d.downcast::<DictData>() {
        for k in ["int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"] {
            dd.set_str(Value::intern(k), Value::str(""));
        }
        dd.set_str(Value::intern("mon_grouping"), Value::list(vec![]));
        for k in ["positive_sign", "negative_sign"] {
            dd.set_str(Value::intern(k), Value::str(""));
        }
        for k in ["int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"] {
            dd.set_str(Value::intern(k), Value::int(127));
        }
        dd.set_str(Value::intern("decimal_point"), Value::str("."));
        dd.set_str(Value::intern("thousands_sep"), Value::str(""));
        dd.set_str(Value::intern("grouping"), Value::list(vec![]));
    }
    Ok(d)
}

fn locale_nl_langinfo(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("nl_langinfo", 1, 1)?;
    let item = vm.to_isize(&pos[0])? as i64;
    match LANGINFO.iter().find(|(_, v, _)| *v == item) {
        Some((_, _, "UTF-8")) => Ok(Value::str(if query(0) == "C" { "ANSI_X3.4-1968" } else { "UTF-8" })),
        Some((_, _, s)) => Ok(Value::str(s)),
        None => Err(crate::error::value_error("unsupported langinfo constant")),
    }
}

fn locale_getencoding(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::str("UTF-8"))
}

fn locale_strcoll(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("strcoll", 2, 2)?;
    let (a, b) = (pos[0].as_str(), pos[1].as_str());
    match (a, b) {
        (Some(a), Some(b)) => Ok(Value::int(a.cmp(b) as i64)),
        _ => Err(type_error("strcoll() argument must be str")),
    }
}

fn locale_strxfrm(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("strxfrm", 1, 1)?;
    pos[0].as_str().ok_or_else(|| type_error("strxfrm() argument must be str"))?;
    Ok(pos[0].clone())
}

fn locale_gettext(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("gettext", 1, 1)?;
    Ok(pos[0].clone())
}

fn locale_dgettext(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("dgettext", 2, 3)?;
    Ok(pos[1].clone())
}

fn locale_textdomain(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("textdomain", 1, 1)?;
    Ok(if pos[0].is_none() { Value::str("messages") } else { pos[0].clone() })
}

fn locale_bindtextdomain(_vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.check("bindtextdomain", 2, 2)?;
    Ok(if pos[1].is_none() { Value::str("/usr/share/locale") } else { pos[1].clone() })
}

fn locale_bind_codeset(_vm: &mut Vm, args: Args) -> PyResult {
    args.check("bind_textdomain_codeset", 2, 2)?;
    Ok(Value::none())
}
