# memoryview over bytes and bytearray: indexing, slicing, tobytes, tolist, len, release, writes.

data = b"abcdefgh"
m = memoryview(data)
print(len(m), m[0], m[-1], m.tobytes(), m.tolist()[:3], m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.nbytes)
s = m[2:5]
print(type(s).__name__, s.tobytes(), len(s), s[0], bytes(s), s.tolist())
print(m[::2].tobytes(), m[::-1].tobytes(), m[1:-1:3].tolist(), m[5:2].tobytes())
print(m == data, m == b"abcdefgh", m[2:5] == b"cde", m == m, m != b"x", m.hex(), m[:2].hex(":"))
print(bytes(m[1:3]) + b"!", bytearray(m[::3]), list(m[:3]), [x for x in m[:2]], b"".join([m[0:2], m[4:6]]))
print(m.obj is data, s.obj is data)
try:
    m[0] = 65
except TypeError as e:
    print(type(e).__name__, e)
try:
    m[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    m["a"]
except TypeError as e:
    print(type(e).__name__, e)

ba = bytearray(b"hello world")
w = memoryview(ba)
print(w.readonly)
w[0] = ord("H")
w[6:11] = b"WORLD"
print(ba)
w[::2] = b"123456"
print(ba)
try:
    w[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    w[0] = 256
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    w[0] = b"x"
except TypeError as e:
    print(type(e).__name__, e)
sub = w[3:6]
sub[0] = ord("#")
print(ba, sub.tobytes())

with memoryview(b"ctx") as cm:
    print(cm.tobytes())
try:
    cm.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(cm)
except ValueError as e:
    print(type(e).__name__, e)
r = memoryview(b"rel")
r.release()
r.release()
print(repr(r).startswith("<released memory at "), r.obj if False else "released")
try:
    r[0]
except ValueError as e:
    print(type(e).__name__, e)
for bad in ("str", 5, [1, 2], None):
    try:
        memoryview(bad)
    except TypeError as e:
        print(type(e).__name__, e)
m2 = memoryview(bytearray(b"xyz"))
print(m2.tobytes(), m2.tolist(), m2.toreadonly().readonly, m2.cast("B").tolist(), m2.c_contiguous, m2.contiguous)
try:
    hash(m2)
except ValueError as e:
    print(type(e).__name__, e)
print(hash(memoryview(b"abc")) == hash(b"abc"))
print(memoryview(b"ab") == memoryview(bytearray(b"ab")), memoryview(b"") == b"", memoryview(b"a") == "a")
print(sorted(memoryview(b"cab")), max(memoryview(b"abc")), sum(memoryview(b"\x01\x02\x03")), b"b" in memoryview(b"abc").tobytes())
