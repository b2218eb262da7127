#!/usr/bin/env python3
r"""Writes cases.txt, the expected values for vm/src/text's tests, from CPython 3.11.

Run: python3 vm/src/text/gen_cases.py   (needs CPython 3.11; the tests themselves don't run Python)

Format: one case per line, tab-separated fields, each field escaped (\\ \t \n \r \xHH for other
control characters; everything else raw UTF-8). The first field is the kind, the last the
expected outcome: `=text` for a result, `!ExcType:message` for an exception.
Floats are written as 16 hex digits of their IEEE bits, ints in decimal.
"""
import math
import os
import random
import struct
import sys
import _string

assert sys.version_info[:2] == (3, 11), "expected values must come from CPython 3.11"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.txt")
lines = []


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7F:
            out.append("\\x%02x" % o)
        else:
            out.append(ch)
    return "".join(out)


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def outcome(f):
    try:
        r = f()
    except Exception as e:  # noqa: BLE001 - every exception is an expected value
        return "!%s:%s" % (type(e).__name__, e.args[0] if e.args else "")
    return "=" + r


def case(kind, *fields):
    lines.append("\t".join([kind] + [esc(str(f)) for f in fields]))


rng = random.Random(311)

# ---------------------------------------------------------------- floats
FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 0.125, 0.375, 2.675, 1e16, 1e15,
    123456789012345.0, 1234567890123456.0, 12345678901234567.0, 1.2345678901234568e16,
    9999999999999998.0, 1e-5, 1e-4, 0.0001, 0.00012345, 123456.0, 1e22, 1e23, 1e100,
    1.7976931348623157e308, 5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
    9.999999999999999e22, 0.30000000000000004, 100.0, 1234.5678, -1234.5678, 3.14159,
    float(2**53), float(2**53 + 2), math.inf, -math.inf, math.nan, 1e-7, 1.23456e-8, 0.05,
    0.15, 0.25, 0.35, 999999.5, 9.5, 99.95, 0.999, 9.999, 1e300, -1e-300, 123.0, 1e6,
    0.1 + 0.2, 1 / 3, 2 / 3, math.pi, math.e, 4.35, 1234567.0, -0.001, 0.0005, 9.9999e-5,
]
for x in FLOATS:
    case("repr", bits(x), "=" + repr(x))
for _ in range(400):
    x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if math.isfinite(x):
        case("repr", bits(x), "=" + repr(x))
for _ in range(200):
    x = round(rng.uniform(-1e6, 1e6), rng.randrange(0, 12)) * 10.0 ** rng.randrange(-30, 30)
    case("repr", bits(x), "=" + repr(x))

FLOAT_SPECS = [
    "", "e", "E", "f", "F", "g", "G", "n", "%", ".0e", ".0f", ".0g", ".0%", ".1f", ".2f",
    ".3g", ".3", ".1", ".17g", ".20e", "#g", "#.0f", "#.0e", "#", "#.3g", "#.3", "+", " ",
    "+f", " .2f", "z", "z.1f", "z.0f", "+z.2f", "z.2e", "z.3g", "z%", "z.0%", "10", "<10",
    "^10", ">10", "=10", "010", "010.2f", "+010.2f", "-010.2f", " 010.2f", "0=10.1f",
    "*^15.3e", ",", ",.2f", "_.3f", ",g", "015,.2f", "020_.4e", "x<12,.1f", ",%", ".1%",
    "12.3n", ".0n", "#10.0f", "0<8", "\u00e9^11.4g", "=+12.3e",
]
FLOAT_BAD_SPECS = [
    "d", "s", "x", "c", "b", ",n", "_n", ".2z", "5.", ".", "abc", ",_", "_,", "\u00e9",
    "99999999999999999999", ".99999999999999999999", "z#d", ".2147483648f",
]
FMT_FLOATS = [
    0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.1, 0.125, 2.675, 1e16, 123456789012345.0,
    1.2345678901234568e16, 1e-5, 0.0001, 123456.0, 1.7976931348623157e308, 5e-324,
    1234.5678, -1234.5678, math.inf, -math.inf, math.nan, -math.nan, 1e-7, 0.05, 999999.5,
    9.5, 99.95, 1e22, -0.001, 0.0005, -1e-9, 100.0, 1e100,
]
for x in FMT_FLOATS:
    for spec in FLOAT_SPECS:
        case("ffmt", bits(x), spec, outcome(lambda: format(x, spec)))
for spec in FLOAT_BAD_SPECS:
    case("ffmt", bits(1.5), spec, outcome(lambda: format(1.5, spec)))
for _ in range(150):
    x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if not math.isfinite(x):
        continue
    for spec in rng.sample([".17g", ".3e", ".25e", "f", ".30f", "g", ",.3f", "", ".12", "%"], 3):
        case("ffmt", bits(x), spec, outcome(lambda: format(x, spec)))
for _ in range(150):
    x = rng.uniform(-1e5, 1e5) * 10.0 ** rng.randrange(-12, 12)
    for spec in rng.sample([".2f", ".0f", ".1e", ".5g", "n", ",.2f", ".4%", "#.4g", "+.3", "15.7"], 4):
        case("ffmt", bits(x), spec, outcome(lambda: format(x, spec)))
# Rounding ties on the exact binary value, at many positions.
for k in range(1, 40):
    x = k / 8
    for spec in (".0f", ".1f", ".2f", ".0e", ".1e", ".1g"):
        case("ffmt", bits(x), spec, outcome(lambda: format(x, spec)))

# ---------------------------------------------------------------- ints
INTS = [
    0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234, 65, 0x10FFFF, 1234567, -1234567, 2**31,
    2**63 - 1, -(2**63), 2**63, -(2**63) - 1, 2**64, 10**20, -(10**30), 2**100, 0x1F600,
]
INT_SPECS = [
    "", "d", "b", "o", "x", "X", "n", "#b", "#o", "#x", "#X", "+d", " d", "-d", "10", "<10",
    "^10", "=10", "010", "+010", "#010x", "#010b", "-#010x", ",", "_", "_b", "_x", "_o",
    "#_x", "012,", "012_", "0=12,", "x^+12,", "e", ".2e", "f", ".1f", "g", "%", ".0%", "n",
    "=+8", "=+8,", ",d", "_d", "#012_b", "*<+#14_X", "0<8", "0^9", "-010,", " 010_", "3",
    "#o", ",.2f", "015,.1f", "E", "G", "F",
]
INT_BAD_SPECS = [
    ",c", ".2", "z", "s", "+c", "#c", ",x", "_n", ",b", "z.2f", "\u0080", "5.", "12345678901234567890123",
    "ab", "x<",
]
for n in INTS:
    for spec in INT_SPECS:
        case("ifmt", n, spec, outcome(lambda: format(n, spec)))
for n in [65, 0x1F600, 0, 0x10FFFF, 0x110000, -1, 2**64, 0xE9]:
    for spec in ["c", "5c", "<5c", "^5c", "05c", "*=6c"]:
        case("ifmt", n, spec, outcome(lambda: format(n, spec)))
for spec in INT_BAD_SPECS:
    case("ifmt", 5, spec, outcome(lambda: format(5, spec)))
for _ in range(150):
    n = rng.getrandbits(rng.randrange(1, 300)) * rng.choice([1, -1])
    for spec in rng.sample(["", "x", "#b", ",", "_", "o", "+030,", "e", ".3g", "^40_x", "%"], 3):
        case("ifmt", n, spec, outcome(lambda: format(n, spec)))
case("ifmt", 2**1025, "e", outcome(lambda: format(2**1025, "e")))
case("ifmt", 2**1024 - 2**970, "f", outcome(lambda: format(2**1024 - 2**970, "f")))
case("ifmt", 2**1024 - 2**971, "f", outcome(lambda: format(2**1024 - 2**971, "f")))
case("ifmt", 5, "\u0663", outcome(lambda: format(5, "\u0663")))

# ---------------------------------------------------------------- complex
COMPLEX = [
    (0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (1.0, 2.0), (-1.0, -2.0),
    (1.5, -2.25), (0.0, 1.0), (1e16, 1e-5), (math.inf, math.nan), (math.nan, -math.inf),
    (1e300, 0.1), (0.1, 0.2), (3.0, -0.0), (-1234.5, 6789.125),
]
COMPLEX_SPECS = [
    "", "e", "f", "g", "n", "E", "G", "F", ".2f", ".3", "+", "+.1e", "^20", "<20", ">20",
    "*^30.2f", ",.2f", "_", "z.1f", "#", "#.0f", "10.3g", " ", ".0", "010", "=10", "%",
    "d", ",", "z", "#g", "-", "0<20",
]
for re_, im in COMPLEX:
    for spec in COMPLEX_SPECS:
        case("cfmt", bits(re_), bits(im), spec, outcome(lambda: format(complex(re_, im), spec)))

# ---------------------------------------------------------------- str
STRS = ["", "a", "abc", "hello world", "h\u00e9llo", "\u65e5\u672c\u8a9e", "\U0001F389x"]
STR_SPECS = [
    "", "s", "5", "<5", ">5", "^5", "^6", "*^7", ".2", ".0", "10.3", "^9.3", "\u00e9>8", "05",
    "0>5", "=5", "+", " ", "-", "#", "z", ",", "_", "d", ".3s", "x", "\u00e9", "5.", ".",
    "99999999999999999999", "abc", "{<4", "}^5", "0=5", "<0", "\u65e5^7", "\U0001F389<4",
]
for s in STRS:
    for spec in STR_SPECS:
        case("sfmt", s, spec, outcome(lambda: format(s, spec)))

# ---------------------------------------------------------------- % formatting
# Args: i:<int>, f:<float bits>, s:<str>; a single non-tuple arg is written as one arg with
# kind "pct1"; mappings as "pctmap" with key/value pairs.


def enc(v):
    if isinstance(v, bool):
        raise TypeError
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:" + bits(v)
    if isinstance(v, str):
        return "s:" + v
    raise TypeError(v)


def pct(template, args):
    case("pct", template, outcome(lambda: template % args), *[enc(a) for a in args])


def pct1(template, arg):
    case("pct1", template, outcome(lambda: template % arg), enc(arg))


def pctmap(template, mapping):
    fields = []
    for k, v in mapping.items():
        fields += [k, enc(v)]
    case("pctmap", template, outcome(lambda: template % mapping), *fields)


PCT_FLOAT = [
    "%f", "%e", "%E", "%g", "%G", "%F", "%.0f", "%.1f", "%.2f", "%.60f", "%.3e", "%#.0f",
    "%#.0e", "%#g", "%#.3g", "%+f", "% f", "%+.2e", "%10.3f", "%-10.3f|", "%010.3f",
    "%+010.3f", "%-+010.3f|", "% 010.2f", "%010f", "%.0e", "%.17g", "%r", "%s", "%5s",
    "%-8r|", "%.3s", "%d", "%i", "%u", "%x", "%c", "%.0g", "%#.0g", "%hf", "%lf", "%Lg",
    "%#x", "%o", "%a",
]
for x in [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 2.675, 1e16, 1e-5, 123456.789, -1234.5,
          math.inf, -math.inf, math.nan, 5e-324, 1.7976931348623157e308, 3.7, -3.7]:
    for t in PCT_FLOAT:
        pct(t, (x,))
PCT_INT = [
    "%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%.3d", "%8.3d",
    "%-8.3d|", "%o", "%#o", "%x", "%#x", "%X", "%#X", "%#08x", "%#8x", "%-#8x|", "%#.4x",
    "%+#x", "% #o", "%08.4x", "%c", "%5c", "%-5c|", "%s", "%r", "%a", "%ld", "%hd", "%Ld",
    "%f", "%e", "%g", "%.2f", "%#010o", "%+.5d", "%-+08d|", "%0-8d|", "% 08X", "%.0d",
    "%#.0x", "%+.0f",
]
for n in [0, 5, -5, 255, -255, 65, 2**70, -(2**70), 0x1F600, 0x110000, -1, 2**40]:
    for t in PCT_INT:
        pct(t, (n,))
for s in ["abc", "", "h\u00e9llo", "x"]:
    for t in ["%s", "%5s", "%-5s|", "%.2s", "%5.1s", "%c", "%r", "%a", "%d", "%x", "%f",
              "%05s", "%+s", "%-05s|", "%10.4r"]:
        if t in ("%r", "%a", "%10.4r") and s != "abc" and s != "x" and s != "":
            continue
        pct(t, (s,))
for t, args in [
    ("%", ()), ("%y", ()), ("%y", (1,)), ("abc %5", (1,)), ("%d %d", (1,)), ("%d", (1, 2)),
    ("%*d", ("a", 1)), ("%*d|", (5, 3)), ("%-*d|", (5, 3)), ("%*d|", (-5, 3)),
    ("%.*f", (2, 3.14159)), ("%.*f", (-3, 2.5)), ("%*.*f|", (8, 2, 3.14159)), ("%c", ("ab",)),
    ("%c", (0x110000,)), ("%c", (-1,)), ("%c", ("\u00e9",)), ("%c", (1.5,)), ("%5%", ()),
    ("%5%", (1,)), ("\u00e9%\u00fd", (1,)), ("%%", ()), ("%%%d%%", (5,)), ("a%%b", ()),
    ("%-5%|", (1,)), ("%s %s %s", ("a", 1, 2.5)), ("abc", ()), ("abc", (1,)), ("%.", (1,)),
    ("%-", (1,)), ("%l", (1,)), ("%hh", (1,)), ("%(a)s", (1,)), ("%(a", (1,)), ("%*", ()),
    ("%*", (1,)), ("%.*", (1, 2)), ("%5.3hd", (7,)), ("%99999999999999999999d", (1,)),
    ("%.99999999999999999999f", (1.0,)), ("%.2147483647d", (1,)),
    ("%\U0001F389", (1,)), ("\U0001F389%y", (1,)), ("%*d", (2**63, 1)), ("%*d", (3.5, 1)),
    ("%0*d|", (6, -42)), ("%#*x|", (-8, 255)), ("%d %s", (1, "x")), ("%s%", ("a",)),
]:
    pct(t, args)
for t, arg in [("%s", 5), ("%d", 5), ("%s %s", 5), ("abc", 5), ("%5.2f", 3.14159), ("%c", "a"),
               ("%c", 65), ("%r", "x"), ("%x", 255), ("%*d", 5)]:
    pct1(t, arg)
for t, m in [
    ("%(a)s", {"a": 1}), ("%(a)s %(b)d", {"a": "x", "b": 3}), ("%(a)5.2f|", {"a": 3.14159}),
    ("%(b)s", {"a": 1}), ("%(a)*d", {"a": 1}), ("%(a)y", {}), ("%(a)", {"a": 1}),
    ("%(a(b))s", {"a(b)": 2}), ("%()s", {"": 7}), ("abc", {"a": 1}), ("%(a)s %%", {"a": 1}),
    ("%(a)-6d|", {"a": -3}), ("%(a)#x", {"a": 255}), ("%d", {"a": 1}), ("%(\u00e9)s", {"\u00e9": 1}),
]:
    pctmap(t, m)

# ---------------------------------------------------------------- str.format
# Positional args as above; keyword args as K<name>=<arg>.


def sformat(template, *args, **kwargs):
    fields = [enc(a) for a in args] + ["K%s=%s" % (k, enc(v)) for k, v in kwargs.items()]
    case("sformat", template, outcome(lambda: template.format(*args, **kwargs)), *fields)


for t, args, kw in [
    ("{}", (1,), {}), ("{0}", (1,), {}), ("{} {}", (1, 2), {}), ("{1} {0}", (1, 2), {}),
    ("{0} {}", (1, 2), {}), ("{} {0}", (1, 2), {}), ("{:>{}}", (1, 5), {}),
    ("{:{}{}}", (1, ">", 5), {}), ("{0:{1}}", (1, 5), {}), ("{:{:{}}}", (1, 2, 3), {}),
    ("{", (), {}), ("}", (), {}), ("a}b", (), {}), ("{{}}", (), {}), ("{{{0}}}", (1,), {}),
    ("{0!r}", ("x",), {}), ("{0!s:>5}", (1,), {}), ("{0!x}", (1,), {}), ("{0!}", (1,), {}),
    ("{0!rr}", (1,), {}), ("{a}", (), {"a": 1}), ("{a.real}", (), {"a": 3}),
    ("{0.imag}", (2.5,), {}), ("{0[1]}", ("xyz",), {}), ("{0[}", (1,), {}), ("{0]}", (1,), {}),
    ("{0.}", (1,), {}), ("{0[]}", ("ab",), {}), ("{0[0]x}", ("ab",), {}),
    ("{:,.2f}", (1234567.891,), {}), ("{:_b}", (1234,), {}), ("{:#010x}", (255,), {}),
    ("{:=+8}", (42,), {}), ("{:^9.3}", ("abcdef",), {}), ("{:^9.3}", (3.14159,), {}),
    ("{:n}", (1234567,), {}), ("{:n}", (1234.5,), {}), ("{:%}", (0.25,), {}),
    ("{:.3g}", (1e-5,), {}), ("{:.3g}", (123456,), {}), ("{:g}", (1e16,), {}),
    ("{\u0660}", ("x",), {}), ("{0[\u0661]}", ("xyz",), {}),
    ("{99999999999999999999}", (1,), {}), ("{2}", (1,), {}), ("{a}", (1,), {}),
    ("{!r}", ("a",), {}), ("{!r:}", ("a",), {}), ("{:}", (5,), {}), ("a{}b{}c", (1, 2), {}),
    ("{0:{a}}", (1,), {"a": 4}), ("{0:x<{1}}|{0:>{2}.{3}f}", (3.14159, 6, 10, 2), {}),
    ("{0}{0}{0}", ("ab",), {}), ("{:{}}", (1,), {}), ("{a[0]}", (), {"a": "xy"}),
    ("{a.b}", (), {"a": 1}), ("{!", (1,), {}), ("{!r", (1,), {}), ("{0:", (1,), {}),
    ("{0:{", (1,), {}), ("{0:}}", (1,), {}), ("{0{}", (1,), {}), ("x{0", (1,), {}),
    ("{0.real.imag}", (5,), {}), ("{0[0]!r:>5}", ("ab",), {}), ("{:\u00e9^9}", ("ab",), {}),
    ("{0:{1}{2}}", (5, "*", "^9"), {}), ("}}{{", (), {}), ("{:{}}{}", (1, 2, 3), {}),
    ("{0!s:{1}}", (5, 3), {}), ("{!\u00e9}", (1,), {}), ("{0!\x01}", (1,), {}),
]:
    sformat(t, *args, **kw)

# string.Formatter().parse and the field name splitter, structurally.


def parse_result(t):
    try:
        out = []
        for lit, name, spec, conv in _string.formatter_parser(t):
            out += ["=" + lit, "-" if name is None else "=" + name,
                    "-" if spec is None else "=" + spec, "-" if conv is None else "=" + conv]
        return out
    except Exception as e:  # noqa: BLE001
        return ["!%s:%s" % (type(e).__name__, e)]


for t in ["", "abc", "a{{b", "a}}b", "{}", "{0}", "x{0!r:>{1}}y", "{a.b[c]}", "{:{:{}}}",
          "{{", "}}", "{{}}", "a{0}b{1}c", "{!r}", "{0:}", "{0!s}", "{", "}", "{0", "{0!",
          "{0!r", "{0!rx}", "{0:{}", "{0[}", "{0[}]}", "{0[!]}", "{0[:]}", "{{{0}}}", "{0:}}",
          "\u00e9{0}\u65e5", "{\u00e9}", "{0!\u00e9}", "{0:{1}x{2}}", "}x", "x{", "{{x", "{0{1}}"]:
    case("fparse", t, *parse_result(t))


def split_result(name):
    try:
        first, rest = _string.formatter_field_name_split(name)
        out = ["i:%d" % first if isinstance(first, int) else "s:" + first]
        try:
            for is_attr, key in rest:
                if is_attr:
                    out.append("a:" + key)
                elif isinstance(key, int):
                    out.append("i:%d" % key)
                else:
                    out.append("k:" + key)
        except Exception as e:  # noqa: BLE001
            out.append("!%s:%s" % (type(e).__name__, e))
        return out
    except Exception as e:  # noqa: BLE001
        return ["!%s:%s" % (type(e).__name__, e)]


for name in ["a", "0", "", "a.b", "a[0]", "a[x].y[1]", "a..b", "a[", "a[0]x", "a.", "0[]",
             "\u0663", "a[\u0663]", "12345678901234567890123", "a[12345678901234567890123]",
             ".x", "[0]", "a[b.c]", "a[[]", "a.b.c.d", "42.x", "a[-1]", "a[ 1]", "a.\u00e9"]:
    case("fsplit", name, *split_result(name))

# ---------------------------------------------------------------- float()
PARSE = [
    "1.5", " 1.5 ", "\t1.5\n", "1_000.5", "1__0", "_1", "1_", "1_.5", "1._5", "1e1_0",
    "1_e10", "inf", "-inf", "+inf", "Infinity", "-iNfInItY", "nan", "-nan", "+NaN", "infinit",
    "nanx", "1e", "1e+", ".", ".5", "5.", "-.5e-3", "0x1p3", "1e400", "-1e400", "1e-400",
    "2.2250738585072011e-308", "9007199254740993", "0.1", "1" * 400, "0." + "0" * 400 + "1",
    "\u0661\u0662\u0663", "\u0661.\u0665", "\u20001.5\u2000", "\x1c1", "1\x85", "\x00", "",
    " ", "abc", "1.5x", "1 5", "++1", "+-1", "1e5.5", "e5", "-", "\u0663_\u0664", "1\x00",
    "in f", "\x0b1.5\x0c", "1.5\u3000", "\x7f1", "1e-5", "-0", "-0.0", "+0e-999",
    "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
    "1.7976931348623158e308", "1.7976931348623159e308", "0.0000000000000000000000001",
    "123456789012345678901234567890e-10", "1_2_3.4_5e6_7", "1e_5", "1.e5", "1.E+05", "١e٣",
    "\U0001D7D9.5", "nAn", "INFINITY", "-Inf", "inF ", " -nan ", "1,5", "1.5.5",
]
for s in PARSE:
    def f(s=s):
        return bits(float(s))
    case("float", s, outcome(f))
for _ in range(200):
    s = "%.*e" % (rng.randrange(0, 25), rng.uniform(0, 10) * 10.0 ** rng.randrange(-320, 309))
    case("float", s, outcome(lambda: bits(float(s))))

# ---------------------------------------------------------------- hex / fromhex
for x in FLOATS:
    case("hex", bits(x), "=" + x.hex())
for _ in range(100):
    x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    case("hex", bits(x), "=" + x.hex())
FROMHEX = [
    "0x1.8p1", "1.8p1", "0X1P-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1.8p-1074",
    "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023",
    "0x1p1024", " -0x.8p1 ", "inf", "-Infinity", "nan", "-nan", "infinit", "0x", "0xp1",
    "0x1p", "0x1p+", "1.", ".1", "x1", "0x1.8p1 x", "0x1p99999999999999999999",
    "0x0p99999999999999999999", "0x1p-99999999999999999999", "0x3.fffffffffffffcp1022",
    "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080000001p0",
    "0x1.00000000000007ffffffffp0", "\t0x1p0\n", "0x1p0\x85", "+0x1P+3", "0x.p1", "0x1.p1",
    "0x0.0000000000001p-1022", "0x0.00000000000008p-1022", "0x0.00000000000018p-1022",
    "0x1.ffffffffffffffp-1023", "ABC", "0xABC.DEFp-4", "1p", "--1", "0x1q", "0x1.8e1",
    "0x10000000000000000000000000000000000p-200", "0x1p-1022", "0x1p-1023", "0x1p1023",
    "0x1.000000000000000000001p-1074", "0x0.8p-1074", "0x0.80000001p-1074",
]
for s in FROMHEX:
    case("fromhex", s, outcome(lambda: bits(float.fromhex(s))))
for _ in range(150):
    digits = "".join(rng.choice("0123456789abcdef") for _ in range(rng.randrange(1, 22)))
    point = rng.randrange(0, len(digits) + 1)
    s = "0x%s.%sp%d" % (digits[:point], digits[point:], rng.randrange(-1100, 1040))
    case("fromhex", s, outcome(lambda: bits(float.fromhex(s))))

# ---------------------------------------------------------------- round / ratio
ROUND_X = [
    0.125, 0.375, 2.675, 1234.5678, -1234.5678, 5e-324, 1.7976931348623157e308, 0.5, 1.5,
    2.5, -0.5, 1e16, 123456789.123456789, 15.0, 25.0, 35.0, 45.0, 5.0, 0.0, -0.0, math.inf,
    math.nan, 1e-300, 0.285, 1.005, 5e15 + 0.5, 1e300, 4.5e-308, -0.001, 55.0, 65.5,
]
for x in ROUND_X:
    for nd in [-400, -309, -308, -307, -5, -2, -1, 0, 1, 2, 3, 5, 10, 15, 17, 20, 308, 323, 324, 400]:
        case("round", bits(x), nd, outcome(lambda: bits(round(x, nd))))
    if math.isfinite(x):
        case("round0", bits(x), "=%d" % round(x))
for _ in range(100):
    x = rng.uniform(-1e4, 1e4) * 10.0 ** rng.randrange(-8, 8)
    nd = rng.randrange(-6, 12)
    case("round", bits(x), nd, outcome(lambda: bits(round(x, nd))))
for x in [math.inf, math.nan]:
    case("round0", bits(x), outcome(lambda: "%d" % round(x)))
for x in FLOATS + [7.5, -7.5, 3.0, 1e-310]:
    case("ratio", bits(x), outcome(lambda: "%d/%d" % x.as_integer_ratio()))
    case("int", bits(x), outcome(lambda: "%d" % int(x)))

with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")
print("wrote %d cases to %s" % (len(lines), OUT))
