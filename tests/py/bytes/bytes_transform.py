# Transforming methods on bytes/bytearray: case, strip, split, join, replace, pad, partition, translate.

def show(label, v):
    print(f"{label:<40} {v!r}")

for T in (bytes, bytearray):
    print("==", T.__name__)
    s = T(b"  Hello World  ")
    show("upper", s.upper())
    show("lower", s.lower())
    show("swapcase", s.swapcase())
    show("title", T(b"hello wORLD 3x").title())
    show("capitalize", T(b"hELLO").capitalize())
    show("strip", s.strip())
    show("lstrip", s.lstrip())
    show("rstrip(b' dl')", s.rstrip(b" dl"))
    show("strip(b' H')", s.strip(b" H"))
    show("split()", s.split())
    show("split(b'o')", s.split(b"o"))
    show("rsplit(None, 1)", s.rsplit(None, 1))
    show("split(b'l', 1)", s.split(b"l", 1))
    show("splitlines", T(b"a\nb\r\nc\rd").splitlines())
    show("splitlines(True)", T(b"a\nb\r\n").splitlines(True))
    show("partition(b'o')", s.partition(b"o"))
    show("rpartition(b'o')", s.rpartition(b"o"))
    show("join", T(b", ").join([b"a", bytearray(b"b"), memoryview(b"c")]))
    show("replace", s.replace(b"l", b"L"))
    show("replace count", s.replace(b"l", b"", 2))
    show("center", T(b"ab").center(6, b"*"))
    show("ljust", T(b"ab").ljust(5))
    show("rjust", T(b"ab").rjust(5, b"0"))
    show("zfill", T(b"-42").zfill(6))
    show("expandtabs", T(b"a\tbc\td").expandtabs(4))
    show("removeprefix", T(b"prefix-body").removeprefix(b"prefix-"))
    show("removesuffix", T(b"body.txt").removesuffix(b".txt"))
    show("translate", T(b"hello").translate(bytes.maketrans(b"el", b"ip")))
    show("translate delete", T(b"hello").translate(None, b"l"))
    show("bytes non-ASCII upper", T(b"\xe9abc").upper())
    show("split(b'')?", "skipped")
    print("types:", type(s.upper()).__name__, type(s.split()[0]).__name__, type(s.partition(b"o")[0]).__name__)

show("maketrans", bytes.maketrans(b"abc", b"xyz")[97:100])
show("len(maketrans)", len(bytes.maketrans(b"", b"")))
for expr in ["b'a'.split(b'')", "b'a'.join(['x'])", "b'a'.join([1])", "b'abc'.replace('a', 'b')",
             "b'ab'.center(5, 'x')", "b'ab'.center(5, b'xy')", "bytes.maketrans(b'ab', b'x')", "b'x'.translate(b'short')",
             "b'a b'.split(' ')", "b'abc'.strip('a')", "b'x'.partition(b'')"]:
    try:
        print(expr, "->", eval(expr))
    except (TypeError, ValueError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
