//! Replays `test_cases.txt` (written by `gen_test_cases.py` from CPython 3.11.7) against the
//! pure functions of this module. Python is not needed at test time.

use super::codecs::{self, Codec};
use super::*;
use std::borrow::Cow;

#[derive(Debug, Clone, PartialEq)]
enum V {
    N,
    B(bool),
    I(i64),
    S(String),
    Y(Vec<u8>),
    L(Vec<V>),
    E(String, String),
}

struct Parser<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

impl Parser<'_> {
    /// Text up to an unescaped ',' or ']' (or the end), unescaped.
    fn text(&mut self) -> Vec<u32> {
        let mut out = Vec::new();
        while let Some(&c) = self.chars.peek() {
            if c == ',' || c == ']' {
                break;
            }
            self.chars.next();
            if c != '\\' {
                out.push(c as u32);
                continue;
            }
            match self.chars.next().unwrap() {
                't' => out.push(9),
                'u' => {
                    assert_eq!(self.chars.next(), Some('{'));
                    let hex: String = self.chars.by_ref().take_while(|&c| c != '}').collect();
                    out.push(u32::from_str_radix(&hex, 16).unwrap());
                }
                'x' => {
                    let hex: String = self.chars.by_ref().take(2).collect();
                    out.push(u32::from_str_radix(&hex, 16).unwrap());
                }
                c => out.push(c as u32),
            }
        }
        out
    }

    fn value(&mut self) -> V {
        match self.chars.next().unwrap() {
            'N' => V::N,
            'T' => V::B(true),
            'F' => V::B(false),
            'i' => {
                let t: String = self
                    .text()
                    .into_iter()
                    .map(|c| char::from_u32(c).unwrap())
                    .collect();
                V::I(t.parse().unwrap())
            }
            's' => V::S(
                self.text()
                    .into_iter()
                    .map(|c| char::from_u32(c).unwrap())
                    .collect(),
            ),
            'b' => V::Y(self.text().into_iter().map(|c| c as u8).collect()),
            '[' => {
                let mut items = Vec::new();
                if self.chars.peek() == Some(&']') {
                    self.chars.next();
                    return V::L(items);
                }
                loop {
                    items.push(self.value());
                    match self.chars.next() {
                        Some(',') => continue,
                        Some(']') => return V::L(items),
                        other => panic!("bad list: {other:?}"),
                    }
                }
            }
            '!' => {
                let all: String = self.chars.by_ref().collect();
                let (ty, msg) = all.split_once(':').unwrap();
                let msg = Parser {
                    chars: msg.chars().peekable(),
                }
                .text();
                V::E(
                    ty.to_string(),
                    msg.into_iter()
                        .map(|c| char::from_u32(c).unwrap())
                        .collect(),
                )
            }
            c => panic!("bad value tag {c:?}"),
        }
    }
}

fn parse(field: &str) -> V {
    // Errors hold free text (with ',' escaped anyway), so one parser serves all fields.
    Parser {
        chars: field.chars().peekable(),
    }
    .value()
}

fn s(v: &V) -> &str {
    match v {
        V::S(s) => s,
        other => panic!("expected str, got {other:?}"),
    }
}
fn y(v: &V) -> &[u8] {
    match v {
        V::Y(b) => b,
        other => panic!("expected bytes, got {other:?}"),
    }
}
fn i(v: &V) -> isize {
    match v {
        V::I(n) => *n as isize,
        other => panic!("expected int, got {other:?}"),
    }
}
/// An optional int argument (anything else reads as None: only find-like calls use it).
fn opt_i(v: Option<&V>) -> Option<isize> {
    match v {
        Some(V::I(n)) => Some(*n as isize),
        _ => None,
    }
}
fn opt_s(v: Option<&V>) -> Option<&str> {
    match v {
        None | Some(V::N) => None,
        Some(v) => Some(s(v)),
    }
}
fn opt_y(v: Option<&V>) -> Option<&[u8]> {
    match v {
        None | Some(V::N) => None,
        Some(v) => Some(y(v)),
    }
}
fn ch(v: &V) -> char {
    s(v).chars().next().unwrap()
}

fn err(e: StrError) -> V {
    V::E(e.type_name().to_string(), e.message().to_string())
}
fn codec_err(e: codecs::CodecError) -> V {
    V::E(e.type_name().to_string(), e.to_string())
}
fn found(r: Option<usize>) -> V {
    r.map_or(V::I(-1), |n| V::I(n as i64))
}
fn idx(r: Result<usize, StrError>) -> V {
    r.map_or_else(err, |n| V::I(n as i64))
}
fn strs(r: Result<Vec<&str>, StrError>) -> V {
    r.map_or_else(err, |v| {
        V::L(v.into_iter().map(|x| V::S(x.into())).collect())
    })
}
fn byts(r: Result<Vec<&[u8]>, StrError>) -> V {
    r.map_or_else(err, |v| {
        V::L(v.into_iter().map(|x| V::Y(x.into())).collect())
    })
}
fn cow_s(r: Result<Cow<'_, str>, StrError>) -> V {
    r.map_or_else(err, |c| V::S(c.into_owned()))
}
fn cow_y(r: Result<Cow<'_, [u8]>, StrError>) -> V {
    r.map_or_else(err, |c| V::Y(c.into_owned()))
}
fn part3(r: Result<(&str, &str, &str), StrError>) -> V {
    r.map_or_else(err, |(a, b, c)| {
        V::L(vec![V::S(a.into()), V::S(b.into()), V::S(c.into())])
    })
}
fn part3b(r: Result<bytes::Parts<'_>, StrError>) -> V {
    r.map_or_else(err, |(a, b, c)| {
        V::L(vec![V::Y(a.into()), V::Y(b.into()), V::Y(c.into())])
    })
}

fn codec_args(a: &[V]) -> Result<(Codec, &str), V> {
    let codec = Codec::lookup(s(&a[0])).ok_or_else(|| err(codecs::unknown_encoding(s(&a[0]))))?;
    Ok((codec, a.get(1).map_or("strict", s)))
}

fn call_str(m: &str, r: &str, a: &[V]) -> V {
    let v = StrView::new(r);
    let (start, end) = (opt_i(a.get(1)), opt_i(a.get(2)));
    match m {
        "lower" => V::S(str_case::lower(r)),
        "upper" => V::S(str_case::upper(r)),
        "casefold" => V::S(str_case::casefold(r)),
        "capitalize" => V::S(str_case::capitalize(r)),
        "title" => V::S(str_case::title(r)),
        "swapcase" => V::S(str_case::swapcase(r)),
        "isalnum" => V::B(str_case::isalnum(r)),
        "isalpha" => V::B(str_case::isalpha(r)),
        "isascii" => V::B(str_case::isascii(r)),
        "isdecimal" => V::B(str_case::isdecimal(r)),
        "isdigit" => V::B(str_case::isdigit(r)),
        "isidentifier" => V::B(str_case::isidentifier(r)),
        "islower" => V::B(str_case::islower(r)),
        "isnumeric" => V::B(str_case::isnumeric(r)),
        "isprintable" => V::B(str_case::isprintable(r)),
        "isspace" => V::B(str_case::isspace(r)),
        "istitle" => V::B(str_case::istitle(r)),
        "isupper" => V::B(str_case::isupper(r)),
        "split" => strs(str_search::split(
            r,
            opt_s(a.first()),
            a.get(1).map_or(-1, i),
        )),
        "rsplit" => strs(str_search::rsplit(
            r,
            opt_s(a.first()),
            a.get(1).map_or(-1, i),
        )),
        "strip" => V::S(str_layout::strip(r, opt_s(a.first())).into()),
        "lstrip" => V::S(str_layout::lstrip(r, opt_s(a.first())).into()),
        "rstrip" => V::S(str_layout::rstrip(r, opt_s(a.first())).into()),
        "splitlines" => strs(Ok(str_layout::splitlines(
            r,
            a.first() == Some(&V::B(true)),
        ))),
        "repr" => V::S(repr::str_repr(r)),
        "ascii" => V::S(repr::str_ascii(r)),
        "len" => V::I(v.char_len as i64),
        "center" => cow_s(str_layout::center(v, i(&a[0]), ch(&a[1]))),
        "ljust" => cow_s(str_layout::ljust(v, i(&a[0]), ch(&a[1]))),
        "rjust" => cow_s(str_layout::rjust(v, i(&a[0]), ch(&a[1]))),
        "zfill" => cow_s(str_layout::zfill(v, i(&a[0]))),
        "expandtabs" => cow_s(str_layout::expandtabs(r, i(&a[0]))),
        "mul" => str_layout::repeat(r, i(&a[0])).map_or_else(err, V::S),
        "getitem" => index::char_at(v, i(&a[0])).map_or(
            V::E("IndexError".into(), index::INDEX_OUT_OF_RANGE.into()),
            |c| V::S(c.into()),
        ),
        "slice" => V::S(index::slice(v, i(&a[0]), i(&a[1]), i(&a[2])).into_owned()),
        "find" => found(str_search::find(v, s(&a[0]), start, end)),
        "rfind" => found(str_search::rfind(v, s(&a[0]), start, end)),
        "index" => idx(str_search::index(v, s(&a[0]), start, end)),
        "rindex" => idx(str_search::rindex(v, s(&a[0]), start, end)),
        "count" => V::I(str_search::count(v, s(&a[0]), start, end) as i64),
        "startswith" => V::B(str_search::startswith(v, s(&a[0]), start, end)),
        "endswith" => V::B(str_search::endswith(v, s(&a[0]), start, end)),
        "contains" => V::B(str_search::contains(r, s(&a[0]))),
        "partition" => part3(str_search::partition(r, s(&a[0]))),
        "rpartition" => part3(str_search::rpartition(r, s(&a[0]))),
        "removeprefix" => V::S(str_search::removeprefix(r, s(&a[0])).into()),
        "removesuffix" => V::S(str_search::removesuffix(r, s(&a[0])).into()),
        "replace" => {
            V::S(str_search::replace(r, s(&a[0]), s(&a[1]), a.get(2).map_or(-1, i)).into_owned())
        }
        "join" => {
            let V::L(items) = &a[0] else { panic!() };
            let pieces: Vec<&str> = items.iter().map(s).collect();
            V::S(str_layout::join(r, &pieces))
        }
        "translate.maketrans" => {
            let pairs = str_layout::maketrans(s(&a[0]), s(&a[1]), opt_s(a.get(2))).unwrap();
            let out = str_layout::translate(r, |c| -> Result<_, ()> {
                Ok(match pairs.iter().rev().find(|p| p.0 == c as u32) {
                    None => str_layout::Translation::Keep,
                    Some((_, None)) => str_layout::Translation::Delete,
                    Some((_, Some(m))) => {
                        str_layout::Translation::Char(char::from_u32(*m).unwrap())
                    }
                })
            });
            V::S(out.unwrap())
        }
        "encode" => match codec_args(a) {
            Err(e) => e,
            Ok((c, e)) => codecs::encode(r, c, e).map_or_else(codec_err, |b| V::Y(b.into_owned())),
        },
        _ => panic!("no dispatch for str.{m}"),
    }
}

fn call_bytes(m: &str, r: &V, a: &[V]) -> V {
    if m == "fromhex" {
        return bytes::fromhex(s(r)).map_or_else(err, V::Y);
    }
    let r = y(r);
    let (start, end) = (opt_i(a.get(1)), opt_i(a.get(2)));
    match m {
        "lower" => V::Y(bytes::lower(r)),
        "upper" => V::Y(bytes::upper(r)),
        "capitalize" => V::Y(bytes::capitalize(r)),
        "title" => V::Y(bytes::title(r)),
        "swapcase" => V::Y(bytes::swapcase(r)),
        "isalnum" => V::B(bytes::isalnum(r)),
        "isalpha" => V::B(bytes::isalpha(r)),
        "isascii" => V::B(bytes::isascii(r)),
        "isdigit" => V::B(bytes::isdigit(r)),
        "islower" => V::B(bytes::islower(r)),
        "isspace" => V::B(bytes::isspace(r)),
        "istitle" => V::B(bytes::istitle(r)),
        "isupper" => V::B(bytes::isupper(r)),
        "split" => byts(bytes::split(r, opt_y(a.first()), a.get(1).map_or(-1, i))),
        "rsplit" => byts(bytes::rsplit(r, opt_y(a.first()), a.get(1).map_or(-1, i))),
        "strip" => V::Y(bytes::strip(r, opt_y(a.first())).into()),
        "lstrip" => V::Y(bytes::lstrip(r, opt_y(a.first())).into()),
        "rstrip" => V::Y(bytes::rstrip(r, opt_y(a.first())).into()),
        "splitlines" => byts(Ok(bytes::splitlines(r, a.first() == Some(&V::B(true))))),
        "hex" => match a.first() {
            None => V::S(bytes::hex(r, None, 1)),
            Some(sep) => V::S(bytes::hex(r, Some(s(sep).as_bytes()[0]), i(&a[1]))),
        },
        "repr" => V::S(repr::bytes_repr(r)),
        "bytearray_repr" => V::S(repr::bytearray_repr(r)),
        "center" => cow_y(bytes::center(r, i(&a[0]), y(&a[1])[0])),
        "ljust" => cow_y(bytes::ljust(r, i(&a[0]), y(&a[1])[0])),
        "rjust" => cow_y(bytes::rjust(r, i(&a[0]), y(&a[1])[0])),
        "zfill" => cow_y(bytes::zfill(r, i(&a[0]))),
        "expandtabs" => cow_y(bytes::expandtabs(r, i(&a[0]))),
        "find" => found(bytes::find(r, y(&a[0]), start, end)),
        "rfind" => found(bytes::rfind(r, y(&a[0]), start, end)),
        "index" => idx(bytes::index(r, y(&a[0]), start, end)),
        "rindex" => idx(bytes::rindex(r, y(&a[0]), start, end)),
        "count" => V::I(bytes::count(r, y(&a[0]), start, end) as i64),
        "startswith" => V::B(bytes::startswith(r, y(&a[0]), start, end)),
        "endswith" => V::B(bytes::endswith(r, y(&a[0]), start, end)),
        "partition" => part3b(bytes::partition(r, y(&a[0]))),
        "rpartition" => part3b(bytes::rpartition(r, y(&a[0]))),
        "removeprefix" => V::Y(bytes::removeprefix(r, y(&a[0])).into()),
        "removesuffix" => V::Y(bytes::removesuffix(r, y(&a[0])).into()),
        "replace" => {
            V::Y(bytes::replace(r, y(&a[0]), y(&a[1]), a.get(2).map_or(-1, i)).into_owned())
        }
        "translate" => {
            let t = bytes::maketrans(y(&a[0]), y(&a[1])).unwrap();
            V::Y(bytes::translate(r, Some(&t), y(&a[2])))
        }
        "decode" => match codec_args(a) {
            Err(e) => e,
            Ok((c, e)) => codecs::decode(r, c, e).map_or_else(codec_err, |s| V::S(s.into_owned())),
        },
        _ => panic!("no dispatch for bytes.{m}"),
    }
}

#[test]
fn cpython_cases() {
    let text = include_str!("test_cases.txt");
    let (mut n, mut failures) = (0, Vec::new());
    for line in text.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let arrow = fields.iter().position(|&f| f == "=>").unwrap();
        let method = fields[0];
        let recv = parse(fields[1]);
        let args: Vec<V> = fields[2..arrow].iter().map(|f| parse(f)).collect();
        let expected = parse(fields[arrow + 1]);
        let got = match method.split_once('.').unwrap() {
            ("str", m) => call_str(m, s(&recv), &args),
            ("bytes", m) => call_bytes(m, &recv, &args),
            _ => panic!("{method}"),
        };
        n += 1;
        if got != expected {
            failures.push(format!(
                "{method} {recv:?} {args:?}\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(n > 10_000, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{} of {n} cases differ from CPython:\n{}",
        failures.len(),
        failures[..failures.len().min(25)].join("\n")
    );
}

#[test]
fn test_cases_file_is_up_to_date() {
    let ok = std::process::Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "True");
    if !ok {
        eprintln!("skipped: python3 3.11 is not available");
        return;
    }
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/src/strings/gen_test_cases.py");
    let out = std::process::Command::new("python3")
        .args([script, "--stdout"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stdout == include_str!("test_cases.txt").as_bytes(),
        "test_cases.txt is stale: run python3 vm/src/strings/gen_test_cases.py"
    );
}
