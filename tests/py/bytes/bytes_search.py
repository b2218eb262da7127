# Searching methods on bytes and bytearray: find, rfind, index, rindex, count, startswith, endswith, in.

b = b"abracadabra"
for T in (bytes, bytearray):
    s = T(b)
    print(T.__name__)
    for sub in (b"a", b"abra", b"cad", b"z", b"", bytearray(b"ra"), ord("b"), 0):
        print(" ", repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
    print(" ", s.find(b"a", 1), s.find(b"a", 1, 3), s.rfind(b"a", 0, -1), s.count(b"a", 2, 9), s.find(b"", 20))
    print(" ", s.index(b"c"), s.rindex(b"b"), s.index(97, 1), s.rindex(98, 0, 5))
    print(" ", s.startswith(b"abr"), s.endswith(b"bra"), s.startswith((b"x", b"ab")), s.endswith(bytearray(b"a")))
    print(" ", s.startswith(b"cad", 4), s.endswith(b"cad", 0, 7), s.startswith(memoryview(b"ab")))
    for args in ((b"z",), (b"a", 11), (300,), ("a",)):
        try:
            s.index(*args)
        except (ValueError, TypeError) as e:
            print("  index", args, type(e).__name__ + ":", e)
for expr in ["b'abc'.startswith('a')", "b'abc'.find('a')", "b'abc'.count([97])", "'a' in b'abc'",
             "256 in b'abc'", "-1 in b'abc'", "b'abc'.startswith([b'a'])", "b'abc'.find(1.0)",
             "97 in b'abc'", "b'ab' in bytearray(b'xaby')", "memoryview(b'b') in b'abc'", "b'abc'.endswith((b'c', 'c'))"]:
    try:
        print(expr, "->", eval(expr))
    except (TypeError, ValueError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
