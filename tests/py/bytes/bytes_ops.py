# Sequence behaviour of bytes and bytearray: indexing, iteration, comparisons, concatenation, repetition.

b = b"hello"
print(b[0], b[-1], type(b[0]).__name__, b[1:3], b[::-1], b[::2], b[10:], b[-100:2], b[3:1])
print(list(b), tuple(b"ab"), [x for x in b"xyz"], sorted(b"cab"), max(b), min(b), sum(b"\x01\x02"))
print(len(b), len(b""), bool(b""), bool(b"\x00"), b"" == bytes(), b"a" * 3, 3 * b"ab", b"ab" * 0, b"ab" * -1)
print(b + b" world", b + bytearray(b"!"), bytearray(b"x") + b"y", b + memoryview(b"mv"))
print(b"abc" < b"abd", b"abc" < b"ab", b"" < b"\x00", b"\xff" > b"\x00\xff", b"a" == bytearray(b"a"), bytearray(b"b") > b"a")
print(b"abc" == "abc", b"a" != "a", b"a" == 97, bytearray(b"a") == "a")
for op in ("<", ">="):
    for other in ('"a"', "1", "[97]"):
        try:
            eval(f"b'a' {op} {other}")
        except TypeError as e:
            print(op, other, type(e).__name__ + ":", e)
k = "0"
for expr in ["b'a' + 'b'", "'b' + b'a'", "b'a' + 1", "b'a' + [1]", "b'a' * 1.5", "b'a' * b'a'", "bytearray(b'a') + 'x'",
             "b'ab'[2]", "b'ab'[-3]", "b'ab'[k]", "b'ab'[::0]", "bytearray(b'ab')[5]"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__ + ":", e)
print(hash(b"abc") == hash(b"abc"), {b"a": 1, b"a" + b"": 2}, len({b"x", b"x"}))
it = iter(b"ab")
print(next(it), next(it), next(it, "end"))
print(list(reversed(b"abc")), list(enumerate(b"ab")), b"ab".__iter__().__next__())
a, c = b"xy"
print(a, c)
print(b"%s" % b"" + b"end", bytes(reversed(b"abc")), bytes(sorted(b"dcba")))
print(bytes(b"abc"[i] for i in (2, 1, 0)), b"".join([b"a", b"b", b"c"]), b"-".join(bytes([x]) for x in b"xyz"))
print(b"a" in b"cat", 97 in b"cat", b"" in b"", 0 in b"\x00", b"at" in bytearray(b"cat"))
ba = bytearray(b"abc")
print(ba[0], ba[1:], type(ba[1:]).__name__, ba == b"abc", ba * 2, type(ba * 2).__name__, list(ba))
