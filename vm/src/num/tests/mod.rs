//! Unit tests for `num` against values produced by CPython 3.11.7.
//!
//! `cases.txt` holds one case per line (see `gen_cases.py` for the format and how to
//! regenerate it); `eval` runs a case's operation through this module, and `matches`
//! compares the result with CPython's (floats bit for bit, NaN equal to NaN).
//! Hand-written tests for what the file cannot express live in `extra.rs`.

use num_bigint::BigInt;

use super::complex::Complex;
use super::float::PowResult;
use super::int::{Int, IntOrFloat};
use super::int_str::*;
use super::math::LogKind;
use super::{float, hash, math, NumError};

mod extra;
mod libm_glibc;

const CASES: &str = include_str!("cases.txt");

#[derive(Debug)]
enum R {
    Int(Int),
    Float(f64),
    Bool(bool),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<R>),
    Complex(Complex),
    None,
    Err(NumError),
}

fn int(s: &str) -> Int {
    Int::from_big(BigInt::parse_bytes(s.as_bytes(), 10).unwrap_or_else(|| panic!("bad int {s}")))
}

fn i64_(s: &str) -> i64 {
    s.parse().unwrap_or_else(|_| panic!("bad i64 {s}"))
}

fn f(s: &str) -> f64 {
    s.parse().unwrap_or_else(|_| panic!("bad float {s}"))
}

fn c(s: &str) -> Complex {
    let (re, im) = s.split_once(';').expect("complex");
    Complex::new(f(re), f(im))
}

fn list(s: &str) -> Vec<&str> {
    if s == "-" {
        vec![]
    } else {
        s.split(',').collect()
    }
}

fn floats(s: &str) -> Vec<f64> {
    list(s).into_iter().map(f).collect()
}

fn ints(s: &str) -> Vec<Int> {
    list(s).into_iter().map(int).collect()
}

fn hex_bytes(s: &str) -> Vec<u8> {
    if s == "-" {
        return vec![];
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn boolean(s: &str) -> bool {
    s == "True"
}

/// Splits a line on unescaped `|`, undoing `\\`, `\|` and `\u{hex}`.
fn split_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut chars = line.chars();
    while let Some(ch) = chars.next() {
        match ch {
            '|' => fields.push(String::new()),
            '\\' => {
                let cur = fields.last_mut().unwrap();
                match chars.next() {
                    Some('u') => {
                        let hex: String =
                            chars.by_ref().skip(1).take_while(|&c| c != '}').collect();
                        cur.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
                    }
                    Some(other) => cur.push(other),
                    None => {}
                }
            }
            _ => fields.last_mut().unwrap().push(ch),
        }
    }
    fields
}

fn from_result<T>(r: Result<T, NumError>, ok: impl FnOnce(T) -> R) -> R {
    match r {
        Ok(v) => ok(v),
        Err(e) => R::Err(e),
    }
}

fn int_r(r: Result<Int, NumError>) -> R {
    from_result(r, R::Int)
}

fn float_r(r: Result<f64, NumError>) -> R {
    from_result(r, R::Float)
}

fn pair_ii(r: Result<(Int, Int), NumError>) -> R {
    from_result(r, |(a, b)| R::Tuple(vec![R::Int(a), R::Int(b)]))
}

fn pair_ff(r: Result<(f64, f64), NumError>) -> R {
    from_result(r, |(a, b)| R::Tuple(vec![R::Float(a), R::Float(b)]))
}

fn math1_for(name: &str) -> (fn(f64) -> f64, bool) {
    match name {
        "exp" => (f64::exp, true),
        "expm1" => (f64::exp_m1, true),
        "exp2" => (f64::exp2, true),
        "cosh" => (f64::cosh, true),
        "sinh" => (f64::sinh, true),
        "sqrt" => (f64::sqrt, false),
        "sin" => (f64::sin, false),
        "cos" => (f64::cos, false),
        "tan" => (f64::tan, false),
        "tanh" => (f64::tanh, false),
        "atan" => (f64::atan, false),
        "asin" => (f64::asin, false),
        "acos" => (f64::acos, false),
        "cbrt" => (f64::cbrt, false),
        "fabs" => (f64::abs, false),
        _ => panic!("unknown math function {name}"),
    }
}

/// Runs one case; `None` for an unknown operation.
fn eval(op: &str, a: &[&str]) -> Option<R> {
    let r = match op {
        "add" => R::Int(int(a[0]).add(&int(a[1]))),
        "sub" => R::Int(int(a[0]).sub(&int(a[1]))),
        "mul" => R::Int(int(a[0]).mul(&int(a[1]))),
        "floordiv" => int_r(int(a[0]).floor_div(&int(a[1]))),
        "mod" => int_r(int(a[0]).modulo(&int(a[1]))),
        "divmod" => pair_ii(int(a[0]).div_mod(&int(a[1]))),
        "truediv" => float_r(int(a[0]).true_div(&int(a[1]))),
        "and" => R::Int(int(a[0]).bitand(&int(a[1]))),
        "or" => R::Int(int(a[0]).bitor(&int(a[1]))),
        "xor" => R::Int(int(a[0]).bitxor(&int(a[1]))),
        "cmp" => R::Int(Int::Small(int(a[0]).cmp(&int(a[1])) as i64)),
        "gcd" => R::Int(int(a[0]).gcd(&int(a[1]))),
        "lcm" => R::Int(int(a[0]).lcm(&int(a[1]))),
        "pow" => from_result(int(a[0]).pow(&int(a[1])), |r| match r {
            IntOrFloat::Int(i) => R::Int(i),
            IntOrFloat::Float(x) => R::Float(x),
        }),
        "powmod" => int_r(int(a[0]).pow_mod(&int(a[1]), &int(a[2]))),
        "lshift" => int_r(int(a[0]).shl(&int(a[1]))),
        "rshift" => int_r(int(a[0]).shr(&int(a[1]))),
        "neg" => R::Int(int(a[0]).neg()),
        "abs" => R::Int(int(a[0]).abs()),
        "invert" => R::Int(int(a[0]).invert()),
        "bit_length" => R::Int(Int::from(int(a[0]).bit_length())),
        "bit_count" => R::Int(Int::from(int(a[0]).bit_count())),
        "to_float" => float_r(int(a[0]).to_f64()),
        "hash_int" => R::Int(Int::Small(hash::hash_int(&int(a[0])))),
        "str" => from_result(int_to_decimal(&int(a[0]), 0), R::Str),
        "bin" => R::Str(int_to_prefixed(&int(a[0]), 2)),
        "oct" => R::Str(int_to_prefixed(&int(a[0]), 8)),
        "hex" => R::Str(int_to_prefixed(&int(a[0]), 16)),
        "isqrt" => int_r(math::isqrt(&int(a[0]))),
        "round" => R::Int(int(a[0]).round(&int(a[1]))),

        "fdiv" => float_r(float::div(f(a[0]), f(a[1]))),
        "ffloordiv" => float_r(float::floor_div(f(a[0]), f(a[1]))),
        "fmod" => float_r(float::modulo(f(a[0]), f(a[1]))),
        "fdivmod" => pair_ff(float::div_mod(f(a[0]), f(a[1]))),
        "fpow" => from_result(float::pow(f(a[0]), f(a[1])), |r| match r {
            PowResult::Float(x) => R::Float(x),
            PowResult::Complex(z) => R::Complex(z),
        }),
        "math_pow" => float_r(math::pow(f(a[0]), f(a[1]))),
        "math_fmod" => float_r(math::fmod(f(a[0]), f(a[1]))),
        "remainder" => float_r(math::math2(f(a[0]), f(a[1]), math::remainder)),
        "atan2" => float_r(math::math2(f(a[0]), f(a[1]), math::atan2)),
        "copysign" => float_r(math::math2(f(a[0]), f(a[1]), f64::copysign)),
        "nextafter" => R::Float(math::nextafter(f(a[0]), f(a[1]))),
        "is_integer" => R::Bool(float::is_integer(f(a[0]))),
        "as_integer_ratio" => pair_ii(float::as_integer_ratio(f(a[0]))),
        "trunc" => int_r(float::trunc(f(a[0]))),
        "floor" => int_r(float::floor(f(a[0]))),
        "ceil" => int_r(float::ceil(f(a[0]))),
        "round_to_int" => int_r(float::round_to_int(f(a[0]))),
        "fround" => float_r(float::round(f(a[0]), i64_(a[1]))),
        "hash_float" => R::Int(Int::Small(hash::hash_float(f(a[0]), 0))),
        "frexp" => {
            let (m, e) = math::frexp(f(a[0]));
            R::Tuple(vec![R::Float(m), R::Int(Int::Small(e as i64))])
        }
        "modf" => {
            let (fr, ip) = math::modf(f(a[0]));
            R::Tuple(vec![R::Float(fr), R::Float(ip)])
        }
        "ulp" => R::Float(math::ulp(f(a[0]))),
        "m_gamma" => float_r(math::gamma(f(a[0]))),
        "m_lgamma" => float_r(math::lgamma(f(a[0]))),
        "m_log1p" => float_r(math::log1p(f(a[0]))),
        "m_degrees" => R::Float(math::degrees(f(a[0]))),
        "m_radians" => R::Float(math::radians(f(a[0]))),
        _ if op.starts_with("m_") => {
            let (func, can_overflow) = math1_for(&op[2..]);
            float_r(math::math1(f(a[0]), func, can_overflow))
        }
        "log" => float_r(math::log_f64(f(a[0]), LogKind::Ln)),
        "log2" => float_r(math::log_f64(f(a[0]), LogKind::Log2)),
        "log10" => float_r(math::log_f64(f(a[0]), LogKind::Log10)),
        "log_int" => float_r(math::log_int(&int(a[0]), LogKind::Ln)),
        "log2_int" => float_r(math::log_int(&int(a[0]), LogKind::Log2)),
        "log10_int" => float_r(math::log_int(&int(a[0]), LogKind::Log10)),
        "cmp_int_float" => match int(a[0]).cmp_f64(f(a[1])) {
            Some(o) => R::Int(Int::Small(o as i64)),
            None => R::None,
        },
        "ldexp" => float_r(math::ldexp(f(a[0]), &int(a[1]))),

        "cadd" => R::Complex(c(a[0]) + c(a[1])),
        "csub" => R::Complex(c(a[0]) - c(a[1])),
        "cmul" => R::Complex(c(a[0]) * c(a[1])),
        "cdiv" => from_result(c(a[0]).true_div(c(a[1])), R::Complex),
        "cpow" => from_result(c(a[0]).pow(c(a[1])), R::Complex),
        "cabs" => float_r(c(a[0]).abs()),
        "hash_complex" => R::Int(Int::Small(hash::hash_complex(c(a[0]), 0))),

        "hash_tuple" => {
            let hs: Vec<i64> = list(a[0]).into_iter().map(i64_).collect();
            R::Int(Int::Small(hash::hash_tuple(&hs)))
        }
        "hash_frozenset" => {
            let hs: Vec<i64> = list(a[0]).into_iter().map(i64_).collect();
            R::Int(Int::Small(hash::hash_frozenset(&hs)))
        }
        "hash_nan" => R::Int(Int::Small(hash::hash_pointer(i64_(a[0]) as usize))),

        "parse" => int_r(parse_int_str(a[0], i64_(a[1]) as u32, 0)),
        "parse_bytes" => int_r(parse_int_bytes(&hex_bytes(a[0]), i64_(a[1]) as u32, 0)),
        "to_bytes" => from_result(
            parse_byteorder(a[2])
                .and_then(|little| to_bytes(&int(a[0]), i64_(a[1]), little, boolean(a[3]))),
            R::Bytes,
        ),
        "from_bytes" => R::Int(from_bytes(
            &hex_bytes(a[0]),
            a[1] == "little",
            boolean(a[2]),
        )),
        "byteorder" => from_result(parse_byteorder(a[0]), |_| R::None),
        "check_max_str_digits" => from_result(check_max_str_digits(i64_(a[0])), |n| {
            R::Int(Int::from(n as u64))
        }),

        "fsum" => {
            let mut acc = math::Fsum::new();
            let r = floats(a[0])
                .into_iter()
                .try_for_each(|x| acc.add(x))
                .and_then(|_| acc.finish());
            float_r(r)
        }
        "hypot" => R::Float(math::hypot(&floats(a[0]))),
        "dist" => float_r(math::dist(&floats(a[0]), &floats(a[1]))),
        "isclose" => from_result(math::isclose(f(a[0]), f(a[1]), f(a[2]), f(a[3])), R::Bool),
        "factorial" => int_r(math::factorial(&int(a[0]))),
        "comb" => int_r(math::comb(&int(a[0]), &int(a[1]))),
        "perm" => int_r(math::perm(&int(a[0]), Some(&int(a[1])))),
        "perm_none" => int_r(math::perm(&int(a[0]), None)),
        "gcd_n" => R::Int(math::gcd(&ints(a[0]))),
        "lcm_n" => R::Int(math::lcm(&ints(a[0]))),
        _ => return None,
    };
    Some(r)
}

fn same_float(x: f64, exp: &str) -> bool {
    let Ok(e) = exp.parse::<f64>() else {
        return false;
    };
    (x.is_nan() && e.is_nan()) || x.to_bits() == e.to_bits()
}

fn matches(r: &R, exp: &str) -> bool {
    match r {
        R::Err(NumError::Exc(kind, msg)) => exp == format!("!{}:{}", kind.name(), msg),
        R::Err(NumError::InvalidLiteral { base }) => exp == format!("!InvalidLiteral:{base}"),
        _ if exp.starts_with('!') => false,
        R::Int(i) => exp == i.to_big().to_string(),
        R::Float(x) => same_float(*x, exp),
        R::Bool(b) => exp == if *b { "True" } else { "False" },
        R::Str(s) => exp == s,
        R::Bytes(b) => hex_bytes(exp) == *b,
        R::None => exp == "None",
        R::Complex(z) => exp
            .split_once(';')
            .is_some_and(|(re, im)| same_float(z.re, re) && same_float(z.im, im)),
        R::Tuple(items) => {
            let parts: Vec<&str> = exp.split(';').collect();
            parts.len() == items.len() && items.iter().zip(parts).all(|(r, e)| matches(r, e))
        }
    }
}

/// Runs every case whose operation satisfies `select`; returns how many ran.
fn run_cases(select: fn(&str) -> bool) -> usize {
    let mut failures = Vec::new();
    let mut count = 0;
    for (lineno, line) in CASES.lines().enumerate() {
        let fields = split_fields(line);
        let op = fields[0].as_str();
        if !select(op) {
            continue;
        }
        count += 1;
        let args: Vec<&str> = fields[1..fields.len() - 1]
            .iter()
            .map(String::as_str)
            .collect();
        let expected = fields.last().unwrap();
        match eval(op, &args) {
            Some(r) if matches(&r, expected) => {}
            Some(r) => failures.push(format!(
                "cases.txt:{}: {op}({}) = {r:?}, CPython: {expected}",
                lineno + 1,
                args.join(", ")
            )),
            None => failures.push(format!("cases.txt:{}: unknown op {op}", lineno + 1)),
        }
    }
    if !failures.is_empty() {
        let shown: Vec<&String> = failures.iter().take(60).collect();
        panic!(
            "{} of {count} cases differ from CPython:\n{:#?}",
            failures.len(),
            shown
        );
    }
    assert!(count > 0, "no cases selected");
    count
}

const INT_OPS: &[&str] = &[
    "add",
    "sub",
    "mul",
    "floordiv",
    "mod",
    "divmod",
    "and",
    "or",
    "xor",
    "cmp",
    "neg",
    "abs",
    "invert",
    "bit_length",
    "bit_count",
    "lshift",
    "rshift",
    "round",
];

#[test]
fn int_arithmetic_bitwise_shift_round() {
    run_cases(|op| INT_OPS.contains(&op));
}

#[test]
fn int_pow_and_pow_mod() {
    run_cases(|op| matches!(op, "pow" | "powmod"));
}

#[test]
fn int_float_conversion_division_comparison() {
    run_cases(|op| {
        matches!(
            op,
            "truediv" | "to_float" | "cmp_int_float" | "trunc" | "floor" | "ceil"
        )
    });
}

#[test]
fn int_text_and_bytes() {
    run_cases(|op| {
        matches!(
            op,
            "str"
                | "bin"
                | "oct"
                | "hex"
                | "parse"
                | "parse_bytes"
                | "to_bytes"
                | "from_bytes"
                | "byteorder"
                | "check_max_str_digits"
        )
    });
}

#[test]
fn float_operators() {
    run_cases(|op| {
        matches!(
            op,
            "fdiv"
                | "ffloordiv"
                | "fmod"
                | "fdivmod"
                | "fpow"
                | "is_integer"
                | "as_integer_ratio"
                | "round_to_int"
                | "fround"
        )
    });
}

#[test]
fn complex_operators() {
    run_cases(|op| matches!(op, "cadd" | "csub" | "cmul" | "cdiv" | "cpow" | "cabs"));
}

#[test]
fn hashes() {
    run_cases(|op| op.starts_with("hash_"));
}

#[test]
fn math_float_functions() {
    run_cases(|op| {
        op.starts_with("m_")
            || op.starts_with("log")
            || matches!(
                op,
                "math_pow"
                    | "math_fmod"
                    | "remainder"
                    | "atan2"
                    | "copysign"
                    | "nextafter"
                    | "frexp"
                    | "modf"
                    | "ulp"
                    | "ldexp"
                    | "fsum"
                    | "hypot"
                    | "dist"
                    | "isclose"
            )
    });
}

#[test]
fn math_integer_functions() {
    run_cases(|op| {
        matches!(
            op,
            "isqrt"
                | "gcd"
                | "lcm"
                | "gcd_n"
                | "lcm_n"
                | "factorial"
                | "comb"
                | "perm"
                | "perm_none"
        )
    });
}

#[test]
fn every_case_is_run() {
    // All ops known: a typo in gen_cases.py or a forgotten selector would hide cases.
    let total = run_cases(|_| true);
    assert_eq!(total, CASES.lines().count());
}
