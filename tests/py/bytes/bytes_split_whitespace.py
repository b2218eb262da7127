# bytes whitespace handling is ASCII-only; split/strip/splitlines details.

ws = b" \t\n\r\x0b\x0c"
print([bytes([c]) for c in range(256) if bytes([c]).isspace()])
print(b"a\x1cb\x85c\xa0d".split(), "a\x1cb\x85c\xa0d".split())
print(b"a\x1cb\x85c".splitlines(), "a\x1cb\x85c".splitlines())
print(b"  \x0b x \x0c ".strip(), b"\xa0x\xa0".strip(), b"\x85x".strip())
print(b"a\r\nb\n\rc".splitlines(), b"a\r\nb\n\rc".splitlines(keepends=True))
for s in [b"", b"   ", b"one", b" one ", b"one two", b"a  b   c", b"\ta\nb\r"]:
    print(repr(s), s.split(), s.split(b" "), s.rsplit(None, 1), s.split(None, 0), s.split(maxsplit=1))
print(b"a,b,,c".split(b","), b"a,b,,c".rsplit(b",", 2), b"abc".split(b"abc"), b"".split(b","))
print(bytearray(b"x y").split(), type(bytearray(b"x y").split()[0]).__name__)
print(b"aXbXc".split(bytearray(b"X")), b"aXbXc".split(memoryview(b"X")))
for args in [(b"",), ("x",), (1,), (b"x", "1")]:
    try:
        b"axb".split(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__ + ":", e)
print(b"abc".strip(b"ac"), b"abc".lstrip(bytearray(b"a")), b"abc".rstrip(memoryview(b"c")), b"abc".strip(None))
print(b"hello world".title(), b"o'neil".title(), b"hELLO".capitalize(), b"\xe9t\xe9".upper(), b"Ab".swapcase())
print(b"ab".center(7), b"ab".center(6, b"-"), b"ab".ljust(1), b"-5".zfill(4), b"+5".zfill(4), b"".zfill(3))
print(b"a\tb".expandtabs(), b"a\tb".expandtabs(2), b"\t".expandtabs(0), b"ab\r\tc".expandtabs(4))
print(b"x".join([]), b"".join([b"a", bytearray(b"b")]), type(bytearray().join([b"a"])).__name__)
print(b"abcabc".replace(b"b", b""), b"abc".replace(b"", b"."), b"aaa".replace(b"a", b"bb", 2))
print(b"abc".count(b""), b"abc".find(b""), b"abc".rfind(b""), b"".count(b""))
print(b"Hello".partition(b"l"), b"Hello".rpartition(b"l"), b"Hello".partition(b"z"), b"Hello".rpartition(b"z"))
print(b"file.tar.gz".rsplit(b".", 1), b"file.tar.gz".split(b".", 1), b"a.b".removesuffix(b".b"))
