//! The compiler must never panic: deep nesting fails with a SyntaxError (as CPython's limits
//! do) instead of overflowing the stack, and mangled sources (truncated, with bytes deleted
//! or swapped) give either code that validates or a CompileError.

use pygmy_compiler::{compile, CompileOptions, Mode};

fn check(src: &str) -> Result<(), String> {
    let r = std::panic::catch_unwind(|| compile(src, "<fuzz>", Mode::Exec, &CompileOptions::default()));
    match r {
        Err(_) => Err(format!("panic on {:?}", &src[..src.len().min(200)])),
        Ok(Ok(code)) => code.validate().map_err(|e| format!("invalid code ({e}) for {:?}", &src[..src.len().min(200)])),
        Ok(Err(e)) => {
            // The rendering must not panic either.
            let _ = e.format();
            if e.message.starts_with("internal compiler error") {
                return Err(format!("{} for {:?}", e.message, &src[..src.len().min(200)]));
            }
            Ok(())
        }
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let cases: Vec<(String, bool)> = vec![
        ("(".repeat(199) + &")".repeat(199), true),
        ("(".repeat(201) + &")".repeat(201), false),
        ("[".repeat(150) + &"]".repeat(150), true),
        (format!("x = {}1", "-".repeat(900)), true),
        (format!("x = {}1", "-".repeat(100_000)), false),
        (format!("x = {}1", "not ".repeat(100_000)), false),
        (format!("x = {}1", "1+".repeat(2000)), true),
        (format!("x = {}1", "1+".repeat(100_000)), false),
        (format!("x = {}1", "2**".repeat(100_000)), false),
        (format!("x = a{}", ".b".repeat(100_000)), false),
        (format!("x = a{}", "()".repeat(100_000)), false),
        (format!("x = a{}", "[0]".repeat(100_000)), false),
        (format!("x = {}0", "1 if x else ".repeat(100_000)), false),
        (format!("x = {}0", "lambda: ".repeat(100_000)), false),
        ((0..99).map(|i| format!("{}if 1:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(99) + "pass\n", true),
        ((0..101).map(|i| format!("{}if 1:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(101) + "pass\n", false),
        ((0..50).map(|i| format!("{}def f{i}():\n", " ".repeat(i))).collect::<String>() + &" ".repeat(50) + "return 1\n", true),
    ];
    for (src, ok) in cases {
        let r = compile(&src, "<deep>", Mode::Exec, &CompileOptions::default());
        match r {
            Ok(code) => {
                assert!(ok, "compiled unexpectedly: {:?}...", &src[..60.min(src.len())]);
                code.validate().unwrap();
            }
            Err(e) => {
                assert!(!ok, "unexpected error {} for {:?}...", e.message, &src[..60.min(src.len())]);
                assert!(!e.message.starts_with("internal"), "{}", e.message);
            }
        }
    }
}

/// xorshift: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const SAMPLE: &str = r#"
import os, sys
from collections import namedtuple as nt

class Point(nt("P", "x y")):
    """A point."""
    __slots__ = ()
    def __add__(self, other: "Point") -> "Point":
        return Point(self.x + other.x, self.y + other.y)

async def fetch(session, urls, *, retries=3, **kw):
    async with session as s:
        async for chunk in s.get(urls[0]):
            yield chunk
    results = [await s.get(u) for u in urls if u]
    return

def gen(n):
    total = 0
    for i in range(n):
        try:
            total += yield i
        except (ValueError, TypeError) as e:
            print(f"{e!r:>10} {total=}")
        finally:
            total -= 1
    while total > 0:
        total //= 2
        if total == 3: break
    else:
        return {k: v for k, v in zip("abc", range(3))}
    match total:
        case [1, *rest] if rest: return rest
        case {"k": v, **kw}: return v
        case Point(x=0, y=yy) | Point(x=yy, y=0): return yy
        case str() as s: return s
        case _: pass
    lam = lambda a, /, b=2, *c, d, **e: (a, b, c, d, e)
    global G
    G = other = 1
    del G
    assert lam, "msg"
    x = y = z = [1, 2, *range(3)]
    x[1:2], y.attr = z, ~-+1
    return '%s and %r' % (x, y)
"#;

#[test]
fn mangled_sources_never_panic() {
    let mut rng = Rng(0x9e3779b97f4a7c15);
    let base: Vec<char> = SAMPLE.chars().collect();
    let mut failures = Vec::new();
    let sample = compile(SAMPLE, "<sample>", Mode::Exec, &CompileOptions::default());
    assert!(sample.is_ok(), "{}", sample.unwrap_err().format());
    for round in 0..3000 {
        let mut s = base.clone();
        match round % 5 {
            0 => s.truncate(rng.below(s.len())),
            1 => {
                for _ in 0..1 + rng.below(4) {
                    if !s.is_empty() {
                        let i = rng.below(s.len());
                        s.remove(i);
                    }
                }
            }
            2 => {
                for _ in 0..1 + rng.below(3) {
                    let i = rng.below(s.len());
                    let j = rng.below(s.len());
                    s.swap(i, j);
                }
            }
            3 => {
                let junk = ['(', ')', '[', ']', ':', '\n', ' ', '\t', '"', '\'', '\\', '*', '=', ',', '@', '{', '}', 'é', '€', '0', 'x', '#', '\u{0}'];
                for _ in 0..1 + rng.below(3) {
                    let i = rng.below(s.len());
                    s.insert(i, junk[rng.below(junk.len())]);
                }
            }
            _ => {
                let i = rng.below(s.len());
                let j = (i + rng.below(40)).min(s.len());
                let piece: Vec<char> = s[i..j].to_vec();
                let k = rng.below(s.len());
                for (n, c) in piece.into_iter().enumerate() {
                    s.insert(k + n, c);
                }
            }
        }
        let src: String = s.into_iter().collect();
        if let Err(e) = check(&src) {
            failures.push(e);
            if failures.len() > 10 {
                break;
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
