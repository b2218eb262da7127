# json with its C accelerator (_json): the encoder, the scanner and scanstring directly,
# and json.dumps/loads through them; error messages and positions.
import json
import json.decoder
import json.encoder
import json.scanner
from collections import OrderedDict
from decimal import Decimal
from fractions import Fraction
import enum
import _json

print(json.scanner.make_scanner is _json.make_scanner, json.decoder.scanstring is _json.scanstring)
print(json.encoder.c_make_encoder is _json.make_encoder)
print(_json.make_scanner.__name__, _json.make_encoder.__name__, _json.__doc__)

# Escaping.
for s in ["", "plain", 'q"uote', "back\\slash", "\n\r\t\b\f", "\x00\x01\x1f\x7f", "café", "日本", "😀", "a\u2028b", "é\"x\n😀tail\\", "mixed ascii then ü and \x1b end"]:
    print(repr(_json.encode_basestring_ascii(s)), repr(_json.encode_basestring(s)))
for bad in (None, b"x", 1):
    try:
        _json.encode_basestring_ascii(bad)
    except TypeError as e:
        print("TypeError:", e)

# scanstring.
for doc, end in [('"abc"', 1), ('abc"def', 0), ('"\\u00e9\\ud83d\\ude00x"', 1), ('"\\/\\b\\n"', 1), ('"tab\there"', 1)]:
    try:
        print(_json.scanstring(doc, end), _json.scanstring(doc, end, False))
    except ValueError as e:
        print(type(e).__name__, e)
for doc, end in [("abc", 5), ("abc", -1)]:
    try:
        _json.scanstring(doc, end)
    except ValueError as e:
        print(type(e).__name__, e)

# Decoding: values, hooks, numbers.
docs = [
    '{"a": [1, 2.5, -3e2, 1E+2, 0.5e-1, true, false, null], "b": {"c": "d"}, "a2": []}',
    '  [ ]  ', '{}', '[[[[]]]]', '"just a string"', '-0', '0.0', '12345678901234567890123', '1e400', '-1e400',
    '[NaN, Infinity, -Infinity]', '{"k": "v", "k": "w"}', '"\\u00e9t\\u00e9 \\ud83d\\ude00"', '["\\"\\\\\\/"]',
    '{"unicodé": "välue", "n": 1}', '[1.5e3, 0, -0.0, 10]',
]
for d in docs:
    print(repr(json.loads(d)))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"a": {"b": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.1, 2, 3.0]', parse_float=Decimal, parse_int=Fraction))
print(json.loads('[NaN, Infinity]', parse_constant=lambda name: "const " + name))
print(json.loads('[1, "x"]', parse_int=str))
d = json.loads('[{"key": 1}, {"key": 2}]')
print(type(list(d[0])[0]).__name__, list(d[0])[0] is list(d[1])[0])
print(json.JSONDecoder().raw_decode('[1, 2] tail'))

bad_docs = ['[1,]', '{"a":1,}', '[1', '{"a" 1}', '{"a":1', '{1:2}', '"abc', '"\\x"', '"\\u12"', '"\\u12zz"',
            '"a\tb"', '[1 2]', '', '  ', 'nul', '-', '-x', '1.', '1e', '01', '[', '{', '{"a":}', '[,]', '"\\',
            'tru', '[-]', '{"a":1 "b":2}', '["a" "b"]', '"\\ud83d\\uzzzz"', '[1]x', 'é', '["é", é]']
for d in bad_docs:
    try:
        print(repr(d), "->", repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), "->", e, (e.pos, e.lineno, e.colno))
print(json.loads('"a\tb"', strict=False))
try:
    json.loads('{\n  "a": 1,\n  "b" 2\n}')
except json.JSONDecodeError as e:
    print(e.msg, e.lineno, e.colno, e.pos)

scan = _json.make_scanner(json.JSONDecoder())
print(scan('[1, 2]', 0), scan(string='  7', idx=2))
for args in [('x', 0), ('[1]', 3), ('x', -1), (1, 0)]:
    try:
        scan(*args)
    except StopIteration as e:
        print("StopIteration", e.value)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Encoding.
class Color(enum.IntEnum):
    RED = 1
class F(float):
    def __repr__(self):
        return "F!"
class S(str):
    pass
class D(dict):
    pass
objs = [
    None, True, False, 0, -5, 2**70, 1.5, -0.0, 1e300, 1/3, "x", S("sub"), Color.RED, F(2.5), [], (), {},
    [1, [2, [3, {"a": (4, 5)}]]], {"b": 1, "a": 2},
    D(z=1, y=2), OrderedDict([("q", 1), ("p", 2)]), {"é": "ü😀"},
]
for o in objs:
    print(json.dumps(o), json.dumps(o, ensure_ascii=False), json.dumps(o, sort_keys=True, separators=(",", ":")))
print(json.dumps({"b": [1, 2], "a": {"d": 1, "c": None}}, sort_keys=True))
print(json.dumps({1: "int", 2.5: "float", True: "t", None: "n", "s": "s", 2**65: "big"}))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps({float("inf"): 1}))
print(json.dumps({(1, 2): 1, "k": 2}, skipkeys=True))
print(json.dumps([Decimal("1.5"), {1, 2}], default=lambda o: str(o) if isinstance(o, Decimal) else sorted(o)))
print(json.dumps("plain string"), json.dumps("é", ensure_ascii=False))
for o, kw in [(float("nan"), {"allow_nan": False}), ({(1, 2): 3}, {}), ({1: 1, "a": 2}, {"sort_keys": True}),
              (object(), {}), ({"a": object()}, {}), (2**20000, {})]:
    try:
        print(json.dumps(o, **kw))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, str(e)[:80])
l = [1]
l.append(l)
d = {"self": None}
d["self"] = d
class Loop:
    pass
for o in (l, d):
    try:
        json.dumps(o)
    except ValueError as e:
        print("ValueError", e)
try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print("ValueError", e)
print(json.dumps(l, check_circular=False, default=str) if False else "skip unbounded")

deep = []
for _ in range(5000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print("RecursionError", e)
try:
    json.loads("[" * 5000 + "]" * 5000)
except RecursionError as e:
    print("RecursionError", e)
try:
    json.loads('{"a":' * 5000 + "1" + "}" * 5000)
except RecursionError as e:
    print("RecursionError", e)

enc = _json.make_encoder(None, str, _json.encode_basestring_ascii, None, ": ", ", ", False, False, True)
print(enc([1, {"a": "é"}], 0))
enc = _json.make_encoder({}, repr, lambda s: "<" + s + ">", None, ":", ",", True, True, False)
print(enc({"b": 1, "a": [object.__name__]}, 0))
enc = _json.make_encoder(None, str, lambda s: 42, None, ":", ",", False, False, True)
try:
    enc(["x"], 0)
except TypeError as e:
    print("TypeError", e)
for args in [([], str, str, None, ":", ",", False, False, True), (None, str, str, None, 1, ",", False, False, True)]:
    try:
        _json.make_encoder(*args)
    except TypeError as e:
        print("TypeError", e)

# Round trips.
data = {"users": [{"id": i, "name": f"user{i}", "score": i * 1.25, "tags": ["a", "b"][: i % 3], "ok": i % 2 == 0} for i in range(20)]}
text = json.dumps(data, sort_keys=True)
print(len(text), json.loads(text) == data)
print(json.dumps(data, indent=2)[:120])
