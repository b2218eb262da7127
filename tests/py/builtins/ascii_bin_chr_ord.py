# ascii(), bin(), chr(), ord(), hex(), oct() with edge values and errors.

for v in ["abc", "é", "日本", "😀", "\n\t", "\x7f\x80", 'q"\'', 1, 1.5, None, [1, "é"], {"ü": b"\xff"}, ("\u2028",)]:
    print(repr(v), "->", ascii(v))
for n in [0, 1, -1, 5, -5, 255, 256, 2**31, -(2**63), 2**100]:
    print(n, bin(n), oct(n), hex(n))
for c in [0, 9, 10, 32, 65, 127, 128, 255, 256, 0x3b1, 0xfeff, 0xffff, 0x10000, 0x1f600, 0x10ffff]:
    ch = chr(c)
    print(c, repr(ch), ord(ch) == c, len(ch))
for s in ["a", "\x00", "é", "€", "😀", "\U0010ffff", b"a", bytearray(b"z")]:
    print(repr(s), ord(s))
for label, fn in [("chr(-1)", lambda: chr(-1)), ("chr(0x110000)", lambda: chr(0x110000)), ("chr(1.5)", lambda: chr(1.5)),
                  ("chr('a')", lambda: chr("a")), ("chr(2**100)", lambda: chr(2**100)), ("chr()", lambda: chr()),
                  ("ord('')", lambda: ord("")), ("ord('ab')", lambda: ord("ab")), ("ord(b'ab')", lambda: ord(b"ab")),
                  ("ord(1)", lambda: ord(1)), ("ord(None)", lambda: ord(None)), ("bin(1.0)", lambda: bin(1.0)),
                  ("hex('a')", lambda: hex("a")), ("oct(None)", lambda: oct(None)), ("ascii()", lambda: ascii()),
                  ("bin(1, 2)", lambda: bin(1, 2))]:
    try:
        r = fn()
    except Exception as e:
        print(f"{label:<16} -> {type(e).__name__}: {e}")
    else:
        print(f"{label:<16} -> {r!r}")
class Idx:
    def __index__(self):
        return 97
print(chr(Idx()), bin(Idx()), hex(Idx()), oct(Idx()), chr(True))
