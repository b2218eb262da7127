//! Runs `cases.txt` (expected values written by CPython 3.11 through `gen_cases.py`).
//!
//! `%` and `str.format` cases go through a miniature VM below that drives the parsers the way
//! the module docs of `percent.rs` and `template.rs` tell the real VM to, over three value
//! types (int, float, str), so those protocols are tested too.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::*;

const CASES: &str = include_str!("cases.txt");

/// An error as the test compares it: exception class name and message.
type Outcome = Result<String, (String, String)>;

fn exc(e: FormatError) -> (String, String) {
    (format!("{:?}", e.kind), e.msg.into_owned())
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('x') => {
                let h: String = it.by_ref().take(2).collect();
                out.push(char::from_u32(u32::from_str_radix(&h, 16).unwrap()).unwrap());
            }
            Some(c) => out.push(c),
            None => {}
        }
    }
    out
}

fn float(bits: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(bits, 16).unwrap())
}

fn bits(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

fn int(s: &str) -> BigInt {
    s.parse().unwrap()
}

/// Formats with both representations of an int when it fits a word, checking they agree.
fn with_int(n: &BigInt, f: impl Fn(IntValue<'_>) -> Result<String, FormatError>) -> Outcome {
    let big = f(IntValue::Big(n)).map_err(exc);
    if let Some(small) = n.to_i64() {
        assert_eq!(
            f(IntValue::Small(small)).map_err(exc),
            big,
            "i64 and BigInt paths differ for {n}"
        );
    }
    big
}

#[derive(Debug, Clone)]
enum Value {
    Int(BigInt),
    Float(f64),
    Str(String),
    Dict(Vec<(String, Value)>),
}

impl Value {
    fn parse(s: &str) -> Value {
        match s.split_once(':').unwrap() {
            ("i", v) => Value::Int(int(v)),
            ("f", v) => Value::Float(float(v)),
            ("s", v) => Value::Str(v.to_string()),
            _ => panic!("bad arg {s}"),
        }
    }
    fn type_name(&self) -> &'static str {
        match self {
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Dict(_) => "dict",
        }
    }
    fn str(&self) -> String {
        match self {
            Value::Int(n) => n.to_string(),
            Value::Float(x) => float_repr(*x),
            Value::Str(s) => s.clone(),
            Value::Dict(_) => unimplemented!(),
        }
    }
    fn repr(&self, ascii: bool) -> String {
        match self {
            Value::Str(s) => {
                let mut out = String::from("'");
                for c in s.chars() {
                    match c as u32 {
                        0x20..=0x7e => out.push(c),
                        n if ascii && n < 0x100 => out.push_str(&format!("\\x{n:02x}")),
                        n if ascii => out.push_str(&format!("\\u{n:04x}")),
                        _ => out.push(c),
                    }
                }
                out.push('\'');
                out
            }
            v => v.str(),
        }
    }
    fn format(&self, spec: &str) -> Outcome {
        match self {
            Value::Int(n) => with_int(n, |v| format_int(v, spec, "int")),
            Value::Float(x) => format_float(*x, spec, "float").map_err(exc),
            Value::Str(s) => format_str(s, spec, "str")
                .map(|c| c.into_owned())
                .map_err(exc),
            Value::Dict(_) => unimplemented!(),
        }
    }
}

fn err(kind: &str, msg: impl Into<String>) -> (String, String) {
    (kind.to_string(), msg.into())
}

/// `template % args` for a single (non-tuple) argument or a mapping.
fn percent(template: &str, args: Value) -> Outcome {
    let dict = match &args {
        Value::Dict(d) => Some(d.clone()),
        _ => None,
    };
    percent_loop(template, &mut vec![args], &mut -1, &mut -2, dict)
}

fn percent_tuple(template: &str, args: Vec<Value>) -> Outcome {
    let mut arglen = args.len() as isize;
    let mut items = args;
    let mut argidx = 0;
    percent_loop(template, &mut items, &mut arglen, &mut argidx, None)
}

fn percent_loop(
    template: &str,
    items: &mut Vec<Value>,
    arglen: &mut isize,
    argidx: &mut isize,
    dict: Option<Vec<(String, Value)>>,
) -> Outcome {
    let mut out = String::new();
    let next_arg = |items: &Vec<Value>,
                    arglen: isize,
                    argidx: &mut isize|
     -> Result<Value, (String, String)> {
        if *argidx < arglen {
            let i = *argidx;
            *argidx += 1;
            return Ok(if arglen < 0 {
                items[0].clone()
            } else {
                items[i as usize].clone()
            });
        }
        Err(exc(FormatError::not_enough_arguments()))
    };
    let lookup = |key: &str| -> Result<Value, (String, String)> {
        let d = dict.as_ref().unwrap();
        d.iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .ok_or_else(|| err("KeyError", key.to_string()))
    };
    let star = |v: Value, width: bool| -> Result<i64, (String, String)> {
        let Value::Int(n) = v else {
            return Err(exc(FormatError::star_wants_int()));
        };
        if width {
            n.to_i64().ok_or_else(|| {
                err(
                    "OverflowError",
                    "Python int too large to convert to C ssize_t",
                )
            })
        } else {
            n.to_i32()
                .map(i64::from)
                .ok_or_else(|| err("OverflowError", "Python int too large to convert to C int"))
        }
    };
    for piece in PercentParser::new(template, dict.is_some()) {
        let mut spec = match piece {
            Ok(PercentPiece::Literal(s)) => {
                out.push_str(s);
                continue;
            }
            Ok(PercentPiece::Spec(spec)) => spec,
            Err(e) => {
                if let Some(key) = e.pending.key {
                    items[0] = lookup(key)?;
                    *arglen = -1;
                    *argidx = -2;
                }
                if e.pending.width == Count::Star {
                    star(next_arg(items, *arglen, argidx)?, true)?;
                }
                if e.pending.precision == Count::Star {
                    star(next_arg(items, *arglen, argidx)?, false)?;
                }
                return Err(exc(e.error));
            }
        };
        if let Some(key) = spec.key {
            items.clear();
            items.push(lookup(key)?);
            *arglen = -1;
            *argidx = -2;
        }
        if spec.width == Count::Star {
            let w = star(next_arg(items, *arglen, argidx)?, true)?;
            spec.set_star_width(w);
        }
        if spec.precision == Count::Star {
            let p = star(next_arg(items, *arglen, argidx)?, false)?;
            spec.set_star_precision(p as i32);
        }
        let v = next_arg(items, *arglen, argidx)?;
        let s: Outcome = match spec.kind().map_err(exc)? {
            PercentKind::Str => percent_str(&v.str(), &spec).map_err(exc),
            PercentKind::Repr => percent_str(&v.repr(false), &spec).map_err(exc),
            PercentKind::Ascii => percent_str(&v.repr(true), &spec).map_err(exc),
            PercentKind::Int => {
                let n = match (&v, spec.conversion) {
                    (Value::Int(n), _) => n.clone(),
                    (Value::Float(x), 'd' | 'i' | 'u') => float_to_bigint(*x).map_err(exc)?,
                    _ => {
                        return Err(exc(FormatError::percent_number_required(
                            spec.conversion,
                            v.type_name(),
                        )))
                    }
                };
                with_int(&n, |iv| percent_int(iv, &spec))
            }
            PercentKind::Float => {
                let x = match &v {
                    Value::Float(x) => *x,
                    Value::Int(n) => int_to_f64(IntValue::Big(n)).map_err(exc)?,
                    v => {
                        return Err(err(
                            "TypeError",
                            format!("must be real number, not {}", v.type_name()),
                        ))
                    }
                };
                percent_float(x, &spec).map_err(exc)
            }
            PercentKind::Char => {
                let c = match &v {
                    Value::Str(s) if s.chars().count() == 1 => s.chars().next().unwrap(),
                    Value::Int(n) => percent_char_from_int(IntValue::Big(n)).map_err(exc)?,
                    _ => return Err(exc(FormatError::percent_c_requires_int_or_char())),
                };
                percent_str(c.encode_utf8(&mut [0; 4]), &spec).map_err(exc)
            }
        };
        out.push_str(&s?);
        if dict.is_some() && *argidx < *arglen {
            return Err(exc(FormatError::not_all_converted()));
        }
    }
    if *argidx < *arglen && dict.is_none() {
        return Err(exc(FormatError::not_all_converted()));
    }
    Ok(out)
}

/// `template.format(*args, **kwargs)`, following the protocol documented in `template.rs`.
fn str_format(template: &str, args: &[Value], kwargs: &[(String, Value)]) -> Outcome {
    fn build(
        t: &str,
        depth: u32,
        auto: &mut AutoNumber,
        args: &[Value],
        kwargs: &[(String, Value)],
    ) -> Outcome {
        if depth == 0 {
            return Err(exc(FormatError::max_recursion_exceeded()));
        }
        let mut out = String::new();
        for piece in TemplateParser::new(t) {
            let piece = piece.map_err(exc)?;
            out.push_str(piece.literal);
            let Some(field) = piece.field else { continue };
            let (first, rest) = split_field_name(field.name, Some(auto)).map_err(exc)?;
            let mut obj = match first {
                FieldFirst::Index(i) => args
                    .get(i)
                    .cloned()
                    .ok_or_else(|| exc(FormatError::replacement_index_out_of_range(i)))?,
                FieldFirst::Name(k) => kwargs
                    .iter()
                    .find(|(n, _)| n == k)
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| err("KeyError", k.to_string()))?,
            };
            for acc in rest {
                obj = match (acc.map_err(exc)?, &obj) {
                    (FieldAccessor::Attr("real"), Value::Int(_) | Value::Float(_)) => obj.clone(),
                    (FieldAccessor::Attr("imag"), Value::Int(_)) => Value::Int(BigInt::from(0)),
                    (FieldAccessor::Attr("imag"), Value::Float(_)) => Value::Float(0.0),
                    (FieldAccessor::Attr(a), o) => {
                        return Err(err(
                            "AttributeError",
                            format!("'{}' object has no attribute '{a}'", o.type_name()),
                        ))
                    }
                    (FieldAccessor::Index(i), Value::Str(s)) => match s.chars().nth(i) {
                        Some(c) => Value::Str(c.to_string()),
                        None => return Err(err("IndexError", "string index out of range")),
                    },
                    (FieldAccessor::Key(_), Value::Str(_)) => {
                        return Err(err(
                            "TypeError",
                            "string indices must be integers, not 'str'",
                        ))
                    }
                    (_, o) => {
                        return Err(err(
                            "TypeError",
                            format!("'{}' object is not subscriptable", o.type_name()),
                        ))
                    }
                };
            }
            if let Some(c) = field.conversion {
                obj = Value::Str(match Conversion::from_char(c).map_err(exc)? {
                    Conversion::Str => obj.str(),
                    Conversion::Repr => obj.repr(false),
                    Conversion::Ascii => obj.repr(true),
                });
            }
            let spec = if field.spec_needs_expanding {
                build(field.spec, depth - 1, auto, args, kwargs)?
            } else {
                field.spec.to_string()
            };
            out.push_str(&obj.format(&spec)?);
        }
        Ok(out)
    }
    build(
        template,
        MAX_SPEC_RECURSION,
        &mut AutoNumber::new(),
        args,
        kwargs,
    )
}

fn parse_pieces(t: &str) -> Vec<String> {
    let mut out = Vec::new();
    for piece in TemplateParser::new(t) {
        match piece {
            Err(e) => {
                let (k, m) = exc(e);
                return vec![format!("!{k}:{m}")];
            }
            Ok(p) => {
                out.push(format!("={}", p.literal));
                match p.field {
                    None => out.extend(["-".to_string(), "-".to_string(), "-".to_string()]),
                    Some(f) => {
                        out.push(format!("={}", f.name));
                        out.push(format!("={}", f.spec));
                        out.push(f.conversion.map_or("-".to_string(), |c| format!("={c}")));
                    }
                }
            }
        }
    }
    out
}

fn split_name(name: &str) -> Vec<String> {
    let (first, rest) = match split_field_name(name, None) {
        Ok(x) => x,
        Err(e) => {
            let (k, m) = exc(e);
            return vec![format!("!{k}:{m}")];
        }
    };
    let mut out = vec![match first {
        FieldFirst::Index(i) => format!("i:{i}"),
        FieldFirst::Name(s) => format!("s:{s}"),
    }];
    for acc in rest {
        out.push(match acc {
            Ok(FieldAccessor::Attr(a)) => format!("a:{a}"),
            Ok(FieldAccessor::Index(i)) => format!("i:{i}"),
            Ok(FieldAccessor::Key(k)) => format!("k:{k}"),
            Err(e) => {
                let (k, m) = exc(e);
                format!("!{k}:{m}")
            }
        });
    }
    out
}

/// Runs one case; returns (expected, actual) on mismatch.
fn run(kind: &str, f: &[String]) -> Option<(String, String)> {
    let show = |o: Outcome| match o {
        Ok(s) => format!("={s}"),
        Err((k, m)) => format!("!{k}:{m}"),
    };
    let (expected, actual) = match kind {
        "repr" => (f[1].clone(), format!("={}", float_repr(float(&f[0])))),
        "ffmt" => (
            f[2].clone(),
            show(format_float(float(&f[0]), &f[1], "float").map_err(exc)),
        ),
        "ifmt" => (
            f[2].clone(),
            show(with_int(&int(&f[0]), |v| format_int(v, &f[1], "int"))),
        ),
        "cfmt" => (
            f[3].clone(),
            show(format_complex(float(&f[0]), float(&f[1]), &f[2], "complex").map_err(exc)),
        ),
        "sfmt" => (
            f[2].clone(),
            show(
                format_str(&f[0], &f[1], "str")
                    .map(|c| c.into_owned())
                    .map_err(exc),
            ),
        ),
        "pct" => (
            f[1].clone(),
            show(percent_tuple(
                &f[0],
                f[2..].iter().map(|a| Value::parse(a)).collect(),
            )),
        ),
        "pct1" => (f[1].clone(), show(percent(&f[0], Value::parse(&f[2])))),
        "pctmap" => {
            let pairs = f[2..]
                .chunks(2)
                .map(|p| (p[0].clone(), Value::parse(&p[1])))
                .collect();
            (f[1].clone(), show(percent(&f[0], Value::Dict(pairs))))
        }
        "sformat" => {
            let (mut args, mut kwargs) = (Vec::new(), Vec::new());
            for a in &f[2..] {
                match a.strip_prefix('K') {
                    Some(kv) => {
                        let (k, v) = kv.split_once('=').unwrap();
                        kwargs.push((k.to_string(), Value::parse(v)));
                    }
                    None => args.push(Value::parse(a)),
                }
            }
            (f[1].clone(), show(str_format(&f[0], &args, &kwargs)))
        }
        "fparse" => (f[1..].join("\u{1f}"), parse_pieces(&f[0]).join("\u{1f}")),
        "fsplit" => (f[1..].join("\u{1f}"), split_name(&f[0]).join("\u{1f}")),
        "float" => {
            // The message carries the VM's repr() of the argument; compare up to it.
            let expected = match f[1].split_once(": ") {
                Some((head, _)) if f[1].starts_with('!') => head.to_string(),
                _ => f[1].clone(),
            };
            let actual = match parse_float(&f[0]) {
                Some(x) => format!("={}", bits(x)),
                None => "!ValueError:could not convert string to float".to_string(),
            };
            (expected, actual)
        }
        "hex" => (f[1].clone(), format!("={}", float_hex(float(&f[0])))),
        "fromhex" => (
            f[1].clone(),
            show(float_fromhex(&f[0]).map(bits).map_err(exc)),
        ),
        "round" => {
            let x = float(&f[0]);
            (
                f[2].clone(),
                show(float_round(x, f[1].parse().unwrap()).map(bits).map_err(exc)),
            )
        }
        "round0" => (
            f[1].clone(),
            show(
                float_to_bigint(round_half_even(float(&f[0])))
                    .map(|n| n.to_string())
                    .map_err(exc),
            ),
        ),
        "ratio" => (
            f[1].clone(),
            show(
                float_as_integer_ratio(float(&f[0]))
                    .map(|(n, d)| format!("{n}/{d}"))
                    .map_err(exc),
            ),
        ),
        "int" => (
            f[1].clone(),
            show(
                float_to_bigint(float(&f[0]))
                    .map(|n| n.to_string())
                    .map_err(exc),
            ),
        ),
        _ => panic!("unknown case kind {kind}"),
    };
    (expected != actual).then_some((expected, actual))
}

/// Runs every case of the given kinds; fails listing the mismatches.
fn check(kinds: &[&str], min_cases: usize) {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in CASES.lines() {
        let mut fields = line.split('\t').map(unescape);
        let kind = fields.next().unwrap();
        if !kinds.contains(&kind.as_str()) {
            continue;
        }
        let rest: Vec<String> = fields.collect();
        count += 1;
        if let Some((expected, actual)) = run(&kind, &rest) {
            failures.push(format!(
                "{kind} {rest:?}\n    expected {expected:?}\n    actual   {actual:?}"
            ));
        }
    }
    assert!(
        count >= min_cases,
        "cases.txt looks truncated: {count} cases of {kinds:?}"
    );
    if !failures.is_empty() {
        let shown: Vec<&str> = failures.iter().take(60).map(String::as_str).collect();
        panic!(
            "{} of {count} cases differ from CPython 3.11:\n{}",
            failures.len(),
            shown.join("\n")
        );
    }
}

/// Shortest digits with two equally close candidates: dtoa.c takes the even last digit.
#[test]
fn float_repr_ties_take_the_even_digit() {
    assert_eq!(super::float_repr(1e15 + 0.3), "1000000000000000.2");
    assert_eq!(super::float_repr(1e15 + 0.7), "1000000000000000.8");
    assert_eq!(super::float_repr(5e-324), "5e-324");
}

#[test]
fn float_repr_matches_cpython() {
    check(&["repr"], 600);
}

#[test]
fn format_float_matches_cpython() {
    check(&["ffmt"], 3500);
}

#[test]
fn format_int_matches_cpython() {
    check(&["ifmt"], 1900);
}

#[test]
fn format_complex_and_str_match_cpython() {
    check(&["cfmt", "sfmt"], 750);
}

#[test]
fn percent_matches_cpython() {
    check(&["pct", "pct1", "pctmap"], 1500);
}

#[test]
fn str_format_templates_match_cpython() {
    check(&["sformat", "fparse", "fsplit"], 130);
}

#[test]
fn float_parsing_matches_cpython() {
    check(&["float", "fromhex", "hex"], 650);
}

#[test]
fn rounding_and_ratios_match_cpython() {
    check(&["round", "round0", "ratio", "int"], 850);
}

/// Random inputs over the characters that matter must never panic (no `unwrap` on user text).
#[test]
fn random_inputs_do_not_panic() {
    let alphabet: Vec<char> =
        "0123456789.,_+- #%z=<>^{}[]!:*()ednxXbocfgFGEsra\u{e9}\u{663}\u{1f389}pP\t"
            .chars()
            .collect();
    let mut state = 0x853c_49e6_748f_ea9bu64;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let big = BigInt::from(-12345678901234567i64) * BigInt::from(1_000_000_007i64);
    for _ in 0..30_000 {
        let len = next(9);
        let s: String = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
        let _ = format_float(-1.5e-7, &s, "float");
        let _ = format_int(IntValue::Small(-300), &s, "int");
        let _ = format_int(IntValue::Big(&big), &s, "int");
        let _ = format_complex(-0.0, 2.5e300, &s, "complex");
        let _ = format_str("h\u{e9}llo", &s, "str");
        let _ = parse_float(&s);
        let _ = float_fromhex(&s);
        for piece in PercentParser::new(&s, next(2) == 0) {
            if let Ok(PercentPiece::Spec(mut spec)) = piece {
                spec.set_star_width(next(20) as i64 - 10);
                spec.set_star_precision(next(20) as i32 - 10);
                let _ = spec.kind();
                let _ = percent_int(IntValue::Big(&big), &spec);
                let _ = percent_float(-0.0, &spec);
                let _ = percent_str("\u{1f389}x", &spec);
            }
        }
        let mut auto = AutoNumber::new();
        for piece in TemplateParser::new(&s).flatten() {
            if let Some(f) = piece.field {
                if let Ok((_, rest)) = split_field_name(f.name, Some(&mut auto)) {
                    rest.for_each(drop);
                }
            }
        }
    }
}
