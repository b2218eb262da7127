# Constructing bytes and bytearray objects from many sources.

def mk(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(f"{label:<36} -> {type(e).__name__}: {e}")
    else:
        print(f"{label:<36} -> {r!r}")

mk("bytes()", lambda: bytes())
mk("bytes(3)", lambda: bytes(3))
mk("bytes(0)", lambda: bytes(0))
mk("bytes([65, 66, 67])", lambda: bytes([65, 66, 67]))
mk("bytes((0, 255))", lambda: bytes((0, 255)))
mk("bytes(range(5))", lambda: bytes(range(5)))
mk("bytes(b'abc')", lambda: bytes(b"abc"))
mk("bytes(bytearray(b'xy'))", lambda: bytes(bytearray(b"xy")))
mk("bytes(memoryview(b'mv'))", lambda: bytes(memoryview(b"mv")))
mk("bytes('é', 'utf-8')", lambda: bytes("é", "utf-8"))
mk("bytes('é', encoding='latin-1')", lambda: bytes("é", encoding="latin-1"))
mk("bytes('é', 'ascii', 'replace')", lambda: bytes("é", "ascii", "replace"))
mk("bytes(x for x in b'gen')", lambda: bytes(x for x in b"gen"))
mk("bytes(True)", lambda: bytes(True))
mk("bytes('abc')", lambda: bytes("abc"))
mk("bytes(-1)", lambda: bytes(-1))
mk("bytes([256])", lambda: bytes([256]))
mk("bytes([-1])", lambda: bytes([-1]))
mk("bytes(['a'])", lambda: bytes(["a"]))
mk("bytes([1.0])", lambda: bytes([1.0]))
mk("bytes(1.5)", lambda: bytes(1.5))
mk("bytes(None)", lambda: bytes(None))
mk("bytes(b'x', 'utf-8')", lambda: bytes(b"x", "utf-8"))
mk("bytes(5, 'utf-8')", lambda: bytes(5, "utf-8"))
mk("bytes('x', 'nope')", lambda: bytes("x", "nope"))
mk("bytes('x', errors='strict')", lambda: bytes("x", errors="strict"))
mk("bytes.fromhex('41 42')", lambda: bytes.fromhex("41 42"))
mk("bytearray()", lambda: bytearray())
mk("bytearray(4)", lambda: bytearray(4))
mk("bytearray(b'abc')", lambda: bytearray(b"abc"))
mk("bytearray([1, 2, 3])", lambda: bytearray([1, 2, 3]))
mk("bytearray('hé', 'utf-8')", lambda: bytearray("hé", "utf-8"))
mk("bytearray('hé')", lambda: bytearray("hé"))
mk("bytearray([300])", lambda: bytearray([300]))
mk("bytearray(range(250, 256))", lambda: bytearray(range(250, 256)))
mk("bytearray.fromhex('ff00')", lambda: bytearray.fromhex("ff00"))

class Idx:
    def __index__(self):
        return 66
class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"
class BadBytes:
    def __bytes__(self):
        return "not bytes"
mk("bytes([Idx()])", lambda: bytes([Idx()]))
mk("bytes(Idx())", lambda: bytes(Idx()))
mk("bytes(WithBytes())", lambda: bytes(WithBytes()))
mk("bytearray(WithBytes())", lambda: bytearray(WithBytes()))
mk("bytes(BadBytes())", lambda: bytes(BadBytes()))
mk("b'' literal types", lambda: (type(b""), type(bytearray())))
mk("b'\\x00\\xff' literal", lambda: list(b"\x00\xff\n\t"))
mk("rb'\\n' literal", lambda: rb"\n")
mk("bytes subclass", lambda: type(type("B", (bytes,), {})(b"q")).__name__)
