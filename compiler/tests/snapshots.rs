//! Bytecode snapshots of small programs: `tests/snapshots/NAME.txt` holds the source and
//! pygmy's disassembly. `BLESS=1 cargo test -p pygmy-compiler --test snapshots` rewrites
//! them. Each was compared by eye with `python3 -m dis` (CPython 3.11) when blessed; the
//! differences are pygmy's by design (no RESUME/PRECALL/CACHE, absolute jumps, YIELD_VALUE's
//! resume argument, backward conditional jumps routed through JUMP_BACKWARD).

use pygmy_compiler::{compile, CompileOptions, Mode};

const CASES: &[(&str, &str)] = &[
    ("assign", "x = 1\ny = x + 2\nz = -5\n"),
    ("tuple_swap", "def f(a, b):\n    a, b = b, a\n    return a, b\n"),
    ("arith_fold", "x = 2 ** 10\ny = 'ab' * 3\nz = (1, 2) + (3,)\nw = 1 << 200\n"),
    ("if_elif_else", "def f(x):\n    if x < 0:\n        return -1\n    elif x == 0:\n        return 0\n    else:\n        return 1\n"),
    ("chained_compare", "def f(a, b, c):\n    return a < b < c\n"),
    ("bool_ops", "def f(a, b, c):\n    return a and b or c\n"),
    ("while_else", "def f(n):\n    while n > 0:\n        n -= 1\n        if n == 5:\n            break\n    else:\n        return 0\n    return n\n"),
    ("for_continue", "def f(xs):\n    t = 0\n    for x in xs:\n        if x % 2:\n            continue\n        t += x\n    return t\n"),
    ("for_in_const_list", "def f(x):\n    for y in [1, 2, 3]:\n        print(y)\n    return x in [4, 5] or x in {6, 7}\n"),
    ("call_kw", "def f(g, a):\n    return g(a, 1, key=2, other=a)\n"),
    ("call_star", "def f(g, a, k):\n    return g(*a, *a, x=1, **k)\n"),
    ("method_call", "def f(o):\n    return o.meth(1, 2)\n"),
    ("closure", "def outer(a):\n    b = 1\n    def inner(c):\n        return a + b + c\n    return inner\n"),
    ("nonlocal", "def f():\n    x = 0\n    def g():\n        nonlocal x\n        x += 1\n        return x\n    return g\n"),
    ("global_decl", "def f():\n    global g\n    g = 1\n    return g\n"),
    ("class_basic", "class C(B, metaclass=M):\n    \"Doc.\"\n    a: int = 1\n    def m(self):\n        return super().m()\n"),
    ("class_closure_free", "def f(x):\n    class C:\n        y = x\n        def g(self):\n            return x\n    return C\n"),
    ("decorators", "@a\n@b(1)\ndef f(x=1, *, y=2) -> int:\n    pass\n"),
    ("lambda_defaults", "f = lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)\n"),
    ("listcomp", "def f(xs):\n    return [x * 2 for x in xs if x]\n"),
    ("nested_comp", "def f(m):\n    return {k: v for row in m for k, v in row.items()}\n"),
    ("genexp", "def f(xs):\n    return sum(x for x in xs)\n"),
    ("generator", "def f(n):\n    for i in range(n):\n        yield i\n    x = yield\n    return x\n"),
    ("yield_from", "def f(g):\n    r = yield from g\n    return r\n"),
    ("async_def", "async def f(a):\n    x = await a\n    async for y in x:\n        pass\n    async with a as b:\n        return b\n"),
    ("async_gen", "async def f(a):\n    yield 1\n    await a\n"),
    ("async_comp", "async def f(a):\n    return [x async for x in a]\n"),
    ("try_except", "def f():\n    try:\n        g()\n    except ValueError as e:\n        h(e)\n    except:\n        pass\n    else:\n        i()\n"),
    ("try_finally", "def f():\n    try:\n        return g()\n    finally:\n        h()\n"),
    ("finally_in_loop", "def f(xs):\n    for x in xs:\n        try:\n            if x:\n                break\n            continue\n        finally:\n            g()\n"),
    ("try_star", "def f():\n    try:\n        g()\n    except* ValueError as e:\n        h(e)\n"),
    ("with", "def f(a):\n    with a as b, c():\n        return b\n"),
    ("match_seq", "def f(x):\n    match x:\n        case [a, *rest]:\n            return rest\n        case (1 | 2) as y:\n            return y\n        case _:\n            return None\n"),
    ("match_map_class", "def f(x):\n    match x:\n        case {'k': v, **kw}:\n            return v\n        case Point(x=0, y=yy) if yy:\n            return yy\n        case None:\n            return 0\n"),
    ("fstring", "def f(a, b):\n    return f'{a!r:>{b}} {b=} {a:}'\n"),
    ("percent_format", "def f(a, b):\n    return '%s-%r' % (a, b)\n"),
    ("imports", "import os.path\nimport a.b.c as d\nfrom . import x\nfrom ..m import (y as z, w)\nfrom q import *\n"),
    ("annotations_future", "from __future__ import annotations\ndef f(a: list[int], *b: str) -> dict[str, int]: pass\nx: tuple[int, ...] = ()\n"),
    ("star_assign", "def f(it):\n    a, *b, c = it\n    [d, e] = it\n    return a, b, c, d, e\n"),
    ("aug_subscript_attr", "def f(o, k):\n    o.a += 1\n    o[k] *= 2\n    del o.a, o[k]\n"),
    ("assert", "def f(x):\n    assert x, 'msg'\n    assert x > 0\n"),
    ("interactive", "x = 1; x\n"),
    ("private_names", "class C:\n    __a = 1\n    def m(self):\n        return self.__a + self.__b__\n"),
    ("static_swaps", "def f(x, y, z):\n    a, a = x, y\n    b, c, b = x, y, z\n    d, e = e, d\n    return a, b, c\n"),
    ("complex_fold", "x = 1 + 2j\ny = -1j\nz = 100j / 7.\nw = 1e300 * 1e300\nv = 1j ** 2\n"),
    ("walrus_comp", "def f(xs):\n    ys = [y for x in xs if (y := x * 2)]\n    return y, ys\n"),
];

#[test]
fn bytecode_snapshots() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let bless = std::env::var_os("BLESS").is_some();
    if bless {
        std::fs::create_dir_all(&dir).unwrap();
    }
    let mut failures = Vec::new();
    for (name, src) in CASES {
        let mode = if *name == "interactive" { Mode::Single } else { Mode::Exec };
        let code = compile(src, &format!("{name}.py"), mode, &CompileOptions::default())
            .unwrap_or_else(|e| panic!("{name}: {}", e.format()));
        code.validate().unwrap_or_else(|e| panic!("{name}: {e}"));
        let text = format!("# source:\n{}\n# disassembly:\n{}", indent(src), pygmy_bytecode::dis::disassemble(&code));
        let path = dir.join(format!("{name}.txt"));
        if bless {
            std::fs::write(&path, &text).unwrap();
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(expected) if expected == text => {}
            Ok(expected) => failures.push(format!("{name}: differs\n{}", diff(&expected, &text))),
            Err(_) => failures.push(format!("{name}: no snapshot {} (run with BLESS=1)", path.display())),
        }
    }
    if !failures.is_empty() {
        panic!("{} snapshots differ (BLESS=1 to accept):\n{}", failures.len(), failures.join("\n"));
    }
}

fn indent(src: &str) -> String {
    src.lines().map(|l| format!("    {l}\n")).collect()
}

fn diff(a: &str, b: &str) -> String {
    let (la, lb): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let mut out = String::new();
    for i in 0..la.len().max(lb.len()) {
        let (x, y) = (la.get(i).copied().unwrap_or(""), lb.get(i).copied().unwrap_or(""));
        if x != y {
            out.push_str(&format!("  line {}:\n    - {x}\n    + {y}\n", i + 1));
            if out.len() > 2000 {
                break;
            }
        }
    }
    out
}
