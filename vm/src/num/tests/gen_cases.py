#!/usr/bin/env python3
"""Regenerates cases.txt, the expected values of vm/src/num against CPython 3.11.

Run with CPython 3.11.7:  python3 vm/src/num/tests/gen_cases.py > vm/src/num/tests/cases.txt
The tests never call Python; this script is how the checked-in values were made.

Format: one case per line, fields separated by '|':  op|arg1|...|expected
  ints are decimal, floats are repr(), complex is 're;im', tuples are 'a;b',
  lists are comma-separated, errors are '!ExcType:message',
  an int() parse failure is '!InvalidLiteral:<base>'.
  In strings, '\\', '|' and non-printable/non-ASCII characters are escaped as \\\\, \\|, \\u{hex}.
"""
import math
import random
import re
import sys

assert sys.version_info[:2] == (3, 11), sys.version

out = []


def esc(s):
    r = []
    for ch in s:
        if ch == '\\':
            r.append('\\\\')
        elif ch == '|':
            r.append('\\|')
        elif 32 <= ord(ch) < 127:
            r.append(ch)
        else:
            r.append('\\u{%x}' % ord(ch))
    return ''.join(r)


def fmt(v):
    if isinstance(v, bool):
        return 'True' if v else 'False'
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, complex):
        return '%r;%r' % (v.real, v.imag)
    if isinstance(v, tuple):
        return ';'.join(fmt(x) for x in v)
    if isinstance(v, str):
        return esc(v)
    if isinstance(v, bytes):
        return v.hex() or '-'
    if v is None:
        return 'None'
    raise TypeError(type(v))


def case(op, args, f, big=False):
    """Records op(args) == f(); results over 300 characters are dropped unless big."""
    try:
        res = fmt(f())
    except Exception as e:
        msg = str(e)
        m = re.match(r"invalid literal for int\(\) with base (\d+): ", msg)
        if m:
            res = '!InvalidLiteral:' + m.group(1)
        else:
            res = '!%s:%s' % (type(e).__name__, msg)
    if len(res) > 300 and not big:
        return
    out.append('|'.join([op] + [fmt_arg(a) for a in args] + [res]))


def fmt_arg(a):
    if isinstance(a, list):
        return ','.join(fmt(x) for x in a) or '-'
    return fmt(a)


sys.set_int_max_str_digits(0)

INTS = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 255, -256, 2**31 - 1, -2**31, 2**32 + 1,
        2**53, 2**53 + 1, -(2**53 + 1), 2**62, -2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1,
        2**64, -(2**64) - 1, 10**20, -10**20, 3**40, 2**100, -(2**100) + 1, 10**30 + 7,
        -(7**50), 2**127 - 1, 10**50 + 123456789]
random.seed(1234)
INTS += [random.getrandbits(200) - 2**199, random.getrandbits(90), -random.getrandbits(130)]
SMALL_INTS = [0, 1, -1, 2, -2, 3, -3, 5, -7, 2**31, 2**62 + 3, -2**63, 2**63, 10**20, -(3**45), 2**100 + 1]

PAIR_INTS = [0, 1, -1, 2, -3, 7, -7, 2**31 - 1, 2**53 + 1, -2**62, 2**63 - 1, -2**63, 2**63,
             -2**63 - 1, 2**64, -10**20, 3**40, -(2**100) + 1, 10**30 + 7, INTS[-3]]
for a in PAIR_INTS:
    for b in PAIR_INTS:
        case('add', [a, b], lambda: a + b)
        case('sub', [a, b], lambda: a - b)
        case('mul', [a, b], lambda: a * b)
        case('floordiv', [a, b], lambda: a // b)
        case('mod', [a, b], lambda: a % b)
        case('divmod', [a, b], lambda: divmod(a, b))
        case('truediv', [a, b], lambda: a / b)
        case('and', [a, b], lambda: a & b)
        case('or', [a, b], lambda: a | b)
        case('xor', [a, b], lambda: a ^ b)
        case('cmp', [a, b], lambda: (a > b) - (a < b))
for a in PAIR_INTS[::2]:
    for b in PAIR_INTS[1::2]:
        case('gcd', [a, b], lambda: math.gcd(a, b))
        case('lcm', [a, b], lambda: math.lcm(a, b))

# More division sign cases and special quotients.
for a, b in [(10**20, -3), (-10**20, 3), (-7, 3), (7, -3), (-7, -3), (-2**63, -1), (-2**63, 1),
             (2**64, -2**64), (-(2**64), 2**32), (10**40, 10**20 + 1), (-(10**40), 10**20 + 1),
             (2**1000, 3**500), (-(2**1000), 3**500), (3**500, 2**1000), (1, 3), (2, 3), (-1, 3),
             (10**400, 1), (10**400, 10**90), (10**308 * 18, 10), (2**1024, 1), (2**1024 - 1, 1),
             (2**1024 - 2**970, 1), (2**1024 - 2**970 - 1, 1), (2**1023 * 3, 3), (1, 2**1074),
             (1, 2**1075), (3, 2**1076), (1, 2**1075 - 1), (2**53 + 1, 1), (2**54 + 3, 2),
             (2**60 + 1, 2**7), (12345678901234567890123, 98765432109876543210),
             (2**2000, 2**1000 - 1), (1, 10**400), (-1, 10**400), (0, -5), (0, 10**30), (5, 0), (0, 0),
             (10**20, 0), (2**1100, 2**100 + 1), (2**1100 + 1, 2**76)]:
    case('floordiv', [a, b], lambda: a // b)
    case('mod', [a, b], lambda: a % b)
    case('divmod', [a, b], lambda: divmod(a, b))
    case('truediv', [a, b], lambda: a / b)

EXPS = [0, 1, 2, 3, 5, 10, 31, 62, 63, 64, 100, -1, -2, -3, -100]
for a in INTS[:30]:
    for e in EXPS:
        case('pow', [a, e], lambda: a ** e)
for a, e in [(2, 1000), (-3, 333), (10, 400), (2**100, 30), (-1, 2**100), (-1, 2**100 + 1),
             (1, 2**200), (0, 2**200), (0, 0), (0, -1), (0, -(2**100)), (2, -1074), (2, -1075),
             (2, -1080), (10, -400), (10**400, -1), (-2, 63), (-2, 64),
             (3, 39), (3, 40), (3, 41), (-(10**200), -2), (2**1023, -1), (2, -1022)]:
    case('pow', [a, e], lambda: a ** e, big=True)

MODS = [1, -1, 2, 7, -7, 10**9 + 7, 2**61 - 1, -(2**64 + 13), 10**30 + 57, 0, 2**63 - 25]
for a in SMALL_INTS[:11] + SMALL_INTS[-1:]:
    for e in [0, 1, 2, 65537, 10**20 + 1, -1, -2, -(10**20) - 3]:
        for m in MODS:
            case('powmod', [a, e, m], lambda: pow(a, e, m))

SHIFTS = [0, 1, 2, 31, 32, 62, 63, 64, 65, 100, 1000, -1, 2**70]
for a in INTS[:30]:
    for s in SHIFTS:
        case('lshift', [a, s], lambda: a << s)
        case('rshift', [a, s], lambda: a >> s)
for a, s in [(0, 2**100), (1, 2**100), (-1, 2**100), (5, 2**62 + 5), (1, 2**40), (0, -1),
             (0, -(2**100)), (2**200, 2**100)]:
    if s >= 2**40 and a and s < 2**100:
        continue  # CPython would try to allocate it
    case('lshift', [a, s], lambda: a << s)
    case('rshift', [a, s], lambda: a >> s)

ROUNDS = [0, 3, -1, -2, -3, -5, -19, -20, -21, -100, 2**100, -(2**100)]
for a in INTS + [15, 25, 35, -15, -25, -35, 150, 250, -250, 5, -5, 4999, 5000, 5001, 15000, 25000,
                 -25000, 10**20 + 5 * 10**19, 3 * 10**20 + 5 * 10**19]:
    case('neg', [a], lambda: -a)
    case('abs', [a], lambda: abs(a))
    case('invert', [a], lambda: ~a)
    case('bit_length', [a], lambda: a.bit_length())
    case('bit_count', [a], lambda: a.bit_count())
    case('to_float', [a], lambda: float(a))
    case('hash_int', [a], lambda: hash(a))
    case('str', [a], lambda: str(a))
    case('bin', [a], lambda: bin(a))
    case('oct', [a], lambda: oct(a))
    case('hex', [a], lambda: hex(a))
    case('isqrt', [a], lambda: math.isqrt(a))
    for nd in ROUNDS:
        if nd == -(2**100):
            case('round', [a, nd], lambda: 0 * a)  # CPython computes 10**2**100 and never finishes
        else:
            case('round', [a, nd], lambda: round(a, nd))

for a in [2**1024 - 1, 2**1024 - 2**970, 2**1024 - 2**970 - 1, -(2**1024) + 2**970 + 1, 2**1024,
          -(2**1024), 10**400, 2**64 - 1, 2**64 + 1, 2**63 + 1, 2**63 + 2**10, 2**63 + 2**10 + 1,
          2**63 + 2**11 + 2**10, 2**65 + 2**12 + 1, 2**200 + 2**147, 2**200 + 2**147 + 1,
          2**200 + 3 * 2**147, 2**53 - 1, 2**54 + 1, 2**54 + 2, 2**54 + 3, 2**1000 + 1,
          (2**53 - 1) * 2**971, (2**54 - 1) * 2**970]:
    case('to_float', [a], lambda: float(a))
    case('hash_int', [a], lambda: hash(a))
for a in [2**61 - 1, 2**61, 2**61 + 1, -(2**61), -(2**61) + 1, -(2**61) - 1, 2**122, 2**183 - 7,
          -(2**61 - 1) * 5 - 1, (2**61 - 1) * 12345 - 1, -((2**61 - 1) * 12345 + 1), 2**64 - 1]:
    case('hash_int', [a], lambda: hash(a))

for n in [0, 1, 2, 3, 4, 15, 16, 17, 2**52, 2**52 + 1, 2**106 - 1, 2**106, 10**40, 10**41, 10**100 + 1,
          (10**50 + 3)**2, (10**50 + 3)**2 - 1, 2**64 - 1, 2**63 - 1, -1, -(10**30)]:
    case('isqrt', [n], lambda: math.isqrt(n))

FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5, 3.0, -3.0, 7.0, -7.0, 0.1, 1 / 3, -3.75,
          123.456, 1e16, 2.0**53, 2.0**53 + 2, -(2.0**63), 2.0**63, 1e-300, 5e-324, -5e-324, 1e308,
          -1e308, 1.7976931348623157e308, 2.2250738585072014e-308, 1e22, 1e23, math.inf, -math.inf,
          math.nan]

PAIR_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, -7.0, 0.1, 1 / 3, 1e16, 2.0**53 + 2, 1e-300,
               5e-324, -1e308, 1.7976931348623157e308, 1e22, math.inf, -math.inf, math.nan]
for x in PAIR_FLOATS:
    for y in PAIR_FLOATS:
        case('fdiv', [x, y], lambda: x / y)
        case('ffloordiv', [x, y], lambda: x // y)
        case('fmod', [x, y], lambda: x % y)
        case('fdivmod', [x, y], lambda: divmod(x, y))
        case('fpow', [x, y], lambda: x ** y)
        case('math_pow', [x, y], lambda: math.pow(x, y))
        case('math_fmod', [x, y], lambda: math.fmod(x, y))
        case('remainder', [x, y], lambda: math.remainder(x, y))
        case('atan2', [x, y], lambda: math.atan2(x, y))
        case('nextafter', [x, y], lambda: math.nextafter(x, y))
        case('copysign', [x, y], lambda: math.copysign(x, y))
for x, y in [(-8.0, 1 / 3), (-2.0, 0.5), (-1.0, 0.5), (-1.0, 1e300), (-1.0, 2.0**60 + 1), (10.0, 400.0),
             (-10.0, 401.0), (1e308, 2.0), (2.0, -1075.0), (2.0, 1023.5), (-2.0, 1.5), (1.0000001, 1e12),
             (0.0, -1.0), (-0.0, -1.0), (-0.0, -2.0), (-0.0, 3.0), (-1e-300, 0.5), (-7.0, -0.5),
             (7.0, -3.0), (-7.0, 3.0), (1e-310, 1e300), (3.0, 1e-300), (-3.0, 1e-300)]:
    case('fpow', [x, y], lambda: x ** y)
    case('math_pow', [x, y], lambda: math.pow(x, y))
    case('ffloordiv', [x, y], lambda: x // y)
    case('fmod', [x, y], lambda: x % y)

for x in FLOATS + [0.49999999999999994, 0.5000000000000001, 1.4999999999999998, 2.675, -2.675,
                   1234567.891, 0.125, 0.375, -0.125, 1e-5, 123456789012345678.0, 5e-323, 9.5,
                   10.5, -9.5, 4503599627370497.0, 9007199254740993.0, 1e300, 0.3, 2.5e-5]:
    case('is_integer', [x], lambda: x.is_integer())
    case('as_integer_ratio', [x], lambda: x.as_integer_ratio())
    case('trunc', [x], lambda: math.trunc(x))
    case('floor', [x], lambda: math.floor(x))
    case('ceil', [x], lambda: math.ceil(x))
    case('round_to_int', [x], lambda: round(x))
    for nd in [0, 1, 2, 3, 5, 15, 300, 400, -1, -2, -5, -22, -307, -308, -309, -400]:
        case('fround', [x, nd], lambda: round(x, nd))
    if x == x:
        case('hash_float', [x], lambda: hash(x))
    case('frexp', [x], lambda: math.frexp(x))
    case('modf', [x], lambda: math.modf(x))
    case('ulp', [x], lambda: math.ulp(x))
    for fn in ['exp', 'expm1', 'sqrt', 'log1p', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'atan',
               'asin', 'acos', 'exp2', 'fabs', 'gamma', 'lgamma', 'degrees', 'radians']:
        case('m_' + fn, [x], lambda: getattr(math, fn)(x))
    for kind in ['log', 'log2', 'log10']:
        case(kind, [x], lambda: getattr(math, kind)(x))
for x in [1e-20, 1e-21, -1e-21, 0.1, 0.5, 1.5, 2.5, 4.5, 5.5, 10.25, 22.0, 23.0, 24.0, 99.5, 140.5,
          171.5, 171.7, 200.5, 201.5, -0.5, -1.5, -2.5, -10.1, -100.3, -170.5, -180.2, -200.5, -201.5,
          -0.000001, 3.7e-5, 1e300, 2**52 + 0.5, -(2**52) - 0.5, -1e300, 1e-310]:
    for fn in ['gamma', 'lgamma']:
        case('m_' + fn, [x], lambda: getattr(math, fn)(x))

for x in PAIR_FLOATS:
    for i in [0, 1, -1, 2, 3, 2**53, 2**53 + 1, -(2**53) - 1, 2**63, -(2**63), 2**64 + 1, 10**20,
              -(10**20), 2**1024, -(2**1024), 2**1024 - 2**970, 10**400, 7, -7]:
        case('cmp_int_float', [i, x], lambda: None if x != x else (i > x) - (i < x))
for x in [1.0, -2.5, 1e-300, 5e-324, 1e308, math.inf, math.nan, 0.0, -0.0, 0.75]:
    for i in [0, 1, -1, 1023, 1024, -1074, -1075, -1076, 2000, -2000, 2**31, -(2**31) - 1, 2**100,
              -(2**100)]:
        case('ldexp', [x, i], lambda: math.ldexp(x, i))

for a in [1, 2, 10, 1000, 2**53 + 1, 10**20, 2**1023, 2**1024, 10**308, 10**309, 10**400, 3**1000,
          2**10000, 0, -1, -(10**400)]:
    for kind in ['log', 'log2', 'log10']:
        case(kind + '_int', [a], lambda: getattr(math, kind)(a))

CPLX = [0j, 1 + 0j, -1 + 0j, 1j, -1j, 1 + 1j, -2.5 + 3j, 3 - 4j, 0.5 - 0.25j, 1e300 + 1e300j,
        1e-300 - 1e-300j, complex(math.inf, 0), complex(0, math.inf), complex(math.nan, 1),
        complex(1, math.nan), 2 + 0j, -0.0 - 0.0j, 1e308 + 0j, complex(5e-324, 5e-324)]
CEXPS = CPLX + [0.5 + 0j, -1 + 0j, 3 + 0j, -3 + 0j, 100 + 0j, 101 + 0j, -100 + 0j, 2.5 + 0j,
                complex(0.5, 0.5), complex(-2, 0.3)]
for c in CPLX:
    for d in CPLX:
        case('cadd', [c, d], lambda: c + d)
        case('csub', [c, d], lambda: c - d)
        case('cmul', [c, d], lambda: c * d)
        case('cdiv', [c, d], lambda: c / d)
    for d in CEXPS:
        case('cpow', [c, d], lambda: c ** d)
    case('cabs', [c], lambda: abs(c))
    if c == c:
        case('hash_complex', [c], lambda: hash(c))
for c in [complex(1e308, 1e308), complex(-1e308, 1e308), complex(1.5, -2.25), complex(-0.0, 7.0),
          complex(3.0, 0.0), complex(1e-320, 1e-320)]:
    case('cabs', [c], lambda: abs(c))
    case('hash_complex', [c], lambda: hash(c))

TUPLES = [(), (1,), (1, 2), (2, 1), (-1,), (-2,), (1, 2, 3), ((1, 2), 3), (1.5, 2), (1, (2, (3, 4))),
          (0, 0, 0, 0), tuple(range(20)), (2**61, -1), (1e100, -0.0), (complex(1, 2),),
          (frozenset({1, 2}), 3)]
for t in TUPLES:
    case('hash_tuple', [[hash(x) for x in t]], lambda: hash(t))
FSETS = [frozenset(), frozenset({1}), frozenset({1, 2}), frozenset({-1, -2}), frozenset(range(100)),
         frozenset({(1, 2), 3}), frozenset({frozenset({1}), frozenset({2})}), frozenset({1.5, 2**70}),
         frozenset({0}), frozenset({-1})]
for s in FSETS:
    case('hash_frozenset', [[hash(x) for x in s]], lambda: hash(s))

# NaN hashes by identity: check the pointer hash formula on a real object address.
for _ in range(3):
    nan = float('nan')
    out.append('hash_nan|%d|%d' % (id(nan), hash(nan)))

PARSE = ['0', '-0', '+0', '00', '0_0', '010', '0_7', '1', '-1', ' 12 ', '\t-34\n', '1_000', '1__000',
         '_1', '1_', '0x', '0x_', '0x_1f', '0x__1f', '0X1F', '0b101', '0B_1', '0o17', '0O7_7', '08',
         '0b2', '12a', 'abc', 'ABC', 'zz', 'Zz', '+ 1', '- 1', '', ' ', '+', '-', '1 2', '1.0', '1e5',
         '\x0b1\x0c', '\x1c1', '1\x1f', '1\x00', '\u00a01\u3000', '\u0661\u0662\u0663', '\uff11\uff12',
         '0x\uff11', '\U0001d7ce\U0001d7cf', '\U0001fbf9', '\u0e50', 'x\u00e9', '\u00e9',
         '9223372036854775807', '9223372036854775808', '-9223372036854775808', '-9223372036854775809',
         '18446744073709551616', '123456789012345678901234567890', '-0b' + '1' * 100, '0o' + '7' * 50,
         '0x' + 'f' * 40, 'z' * 30, '1' * 200 + 'x', '99_99_99_99_99_99_99_99_99_99', '0_0_0', '0__0',
         '-0x_8000_0000_0000_0000', '0b_', '0o', '1\n', '\n', '-_1', '+_1', '0_x1', 'ß', '٣']
for s in PARSE:
    for base in [0, 2, 8, 10, 16, 36, 1, 37]:
        case('parse', [s, base], lambda: int(s, base))
for s in [b'12', b' -0x1f ', b'\x0b1\x0c', b'\x1c1', b'1_0', b'\xff1', b'1\x00', b'0b_1']:
    for base in [0, 10, 16]:
        case('parse_bytes', [s, base], lambda: int(s, base))

for v in [0, 1, -1, 127, 128, -128, -129, 255, 256, -256, 65535, 2**63, -(2**63), 2**64 - 1, 10**30,
          -(10**30)]:
    for length in [0, 1, 2, 8, 9, 16, -1]:
        for order in ['big', 'little']:
            for signed in [False, True]:
                case('to_bytes', [v, length, order, signed],
                     lambda: v.to_bytes(length, order, signed=signed))
for b in [b'', b'\x00', b'\x01', b'\xff', b'\x80', b'\x7f\xff', b'\xff\xff\xff\xff\xff\xff\xff\xff',
          b'\x80\x00\x00\x00\x00\x00\x00\x00', b'\x00\x80\x00\x00\x00\x00\x00\x00\x00',
          b'\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11',
          b'\xfe' * 20]:
    for order in ['big', 'little']:
        for signed in [False, True]:
            case('from_bytes', [b, order, signed], lambda: int.from_bytes(b, order, signed=signed))
case('byteorder', ['middle'], lambda: (0).to_bytes(1, 'middle'))

FSUMS = [[], [0.0], [-0.0], [1e-16, 1.0, 1e16], [1.0, 1e100, 1.0, -1e100], [0.1] * 10,
         [1e308, 1e308], [1e308, 1e308, -1e308], [math.inf, 1.0], [math.inf, -math.inf],
         [math.nan, 1.0], [math.inf, math.nan], [2.0**53, -0.5, -2.0**-54],
         [2.0**53, 1.0, 2.0**-100], [1.7976931348623157e308, 1e292, -1.7976931348623157e308],
         [1e-300, 1e-300, -2e-300], [0.1, 0.2, 0.3, -0.6], [-0.0, -0.0], [3.0, -3.0],
         [1.0, -1.0, 1e-320], [i * 0.1 for i in range(100)], [1 / k for k in range(1, 200)],
         [(-1) ** k / k for k in range(1, 300)], [2.0**1023, 2.0**1023, -2.0**1023]]
for xs in FSUMS:
    case('fsum', [xs], lambda: math.fsum(xs))
HYPOTS = [[], [3.0], [-3.0], [3.0, 4.0], [1.0, 1.0, 1.0], [1e308, 1e308], [1e-320, 1e-320],
          [5e-324, 5e-324, 5e-324], [math.inf, math.nan], [math.nan, 1.0], [0.0, -0.0], [0.1] * 7,
          [1.0, 2.0, 3.0, 4.0, 5.0], [1e200, 1e-200], [12345.678, 98765.4321, 0.001],
          [2.0**-1030, 2.0**-1040], [1e300, 1e300, 1e300, 1e300]]
for xs in HYPOTS:
    case('hypot', [xs], lambda: math.hypot(*xs))
for p, q in [([1.0, 2.0], [4.0, 6.0]), ([0.0], [-5.5]), ([1e308, -1e308], [-1e308, 1e308]),
             ([], []), ([1.0], [1.0, 2.0]), ([0.1, 0.2, 0.3], [0.3, 0.2, 0.1]),
             ([math.inf, 0.0], [0.0, math.nan])]:
    case('dist', [p, q], lambda: math.dist(p, q))
for a, b, rt, at in [(1.0, 1.0, 1e-9, 0.0), (1.0, 1.0000000001, 1e-9, 0.0), (1.0, 1.00000001, 1e-9, 0.0),
                     (0.0, 1e-10, 1e-9, 0.0), (0.0, 1e-10, 1e-9, 1e-9), (math.inf, math.inf, 1e-9, 0.0),
                     (math.inf, -math.inf, 1.0, 1.0), (math.nan, math.nan, 1e-9, 0.0),
                     (1.0, 2.0, 0.5, 0.0), (1.0, 2.0, 0.49, 0.0), (1.0, 2.0, -1.0, 0.0),
                     (1.0, 2.0, 0.0, -1.0), (1e308, -1e308, 1.0, 0.0)]:
    case('isclose', [a, b, rt, at], lambda: math.isclose(a, b, rel_tol=rt, abs_tol=at))

for n in [0, 1, 2, 5, 20, 21, 25, 50, 100, 170, 171, 1000, -1, 2**63, -(2**63) - 5]:
    case('factorial', [n], lambda: math.factorial(n))
for n in [0, 1, 2, 5, 10, 52, 60, 100, 1000, 2**64, 10**30, -1]:
    for k in [0, 1, 2, 3, 5, 26, 50, 60, 99, 100, 101, 1000, 2**64 - 5, -1]:
        if k > 2000 and n > 2000 and n - k > 2000:
            continue
        case('comb', [n, k], lambda: math.comb(n, k))
        if k > 2000 and n > 2000:
            continue
        case('perm', [n, k], lambda: math.perm(n, k))
case('comb', [10**30, 10**30 - 3], lambda: math.comb(10**30, 10**30 - 3))
case('perm', [2**64, 2**64 + 1], lambda: math.perm(2**64, 2**64 + 1))
case('perm', [2**100, 2**70], lambda: math.perm(2**100, 2**70))
case('comb', [2**100, 2**70], lambda: math.comb(2**100, 2**70))
for n in [3, 5]:
    case('perm_none', [n], lambda: math.perm(n))
for args in [[], [0], [-5], [12, 18, -30], [0, 0], [2**64, 2**32 * 3], [7, 11, 13], [-(2**63), 0],
             [10**30, 10**20, 10**10]]:
    case('gcd_n', [args], lambda: math.gcd(*args))
    case('lcm_n', [args], lambda: math.lcm(*args))

for op, arg in [('check_max_str_digits', 0), ('check_max_str_digits', 640), ('check_max_str_digits', 639),
                ('check_max_str_digits', 1), ('check_max_str_digits', -1), ('check_max_str_digits', 100000)]:
    def f():
        old = sys.get_int_max_str_digits()
        try:
            sys.set_int_max_str_digits(arg)
            return sys.get_int_max_str_digits()
        finally:
            sys.set_int_max_str_digits(old)
    case(op, [arg], f)

print('\n'.join(out))
