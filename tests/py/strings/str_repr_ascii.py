# repr() and ascii() of strings: quote choice and escape rules.

samples = ["", "plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "nl\nx", "cr\rx",
           "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad\xff", "é", "€", "\u2028\u2029", "\u200b\ufeff", "😀",
           "\U000e0001", "\ud800", "\udfff", "\U0010ffff", "\x07\x08\x0b\x0c", "\\n", "'\"'",
           "\u0301", "\u00a0x", "\u3000", "中文", "\x1b[0m", "'", '"', "''", "\"'\"", "ab\\"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))

# str() of a string is itself; repr of containers uses repr of elements
print(["a'b", 'c"d', "é\n"], ("x",), {"k": "v'"})
print(repr(repr("a")), repr(repr(repr("a'"))))
print(ascii(["é", "😀"]), ascii({"ñ": "ü"}), ascii(1.5), ascii(None))

class R:
    def __repr__(self):
        return "R<é😀>"
print(repr(R()), ascii(R()), str(R()), [R()], ascii([R()]))

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)

# eval(repr(s)) round-trips
ok = all(eval(repr(s)) == s for s in samples)
print("round trip", ok)
print(repr("a" * 5 + "'" + '"'), repr("".join(chr(i) for i in range(32))))
print(repr("".join(chr(i) for i in range(0x7f, 0xa2))))
