import array

for code in "bBhHiIlLqQfdu":
    a = array.array(code, [1, 2, 3] if code != "u" else "abc")
    print(code, a.itemsize, a, a.tolist() if code != "u" else a.tounicode(), len(a.tobytes()))
a = array.array("i", range(10))
a.append(10); a.extend([11, 12]); a.insert(0, -1); a.remove(5)
print(a, a.pop(), a.pop(0), a.index(7), a.count(3), a[2:5], a[::-3])
a[1:3] = array.array("i", [100, 200, 300])
del a[::4]
print(a, 100 in a, a * 2 == a + a, sorted(a, reverse=True)[:3])
a.reverse(); a.byteswap(); a.byteswap()
print(a, a.buffer_info()[1], a.typecode)
b = array.array("d")
b.frombytes(array.array("d", [1.5, -2.25]).tobytes())
b.fromlist([3.0])
print(b, b == array.array("d", [1.5, -2.25, 3.0]), array.array("b", b"\x01\xff"), array.array("B", b"\x01\xff"))
u = array.array("u", "héllo")
u.fromunicode(" wörld")
print(u, u.tounicode(), array.typecodes)
m = memoryview(array.array("H", [1, 2, 3]))
print(m.format, m.itemsize, m.tolist(), bytes(m))
print(array.array("i", [3, 1]) < array.array("i", [3, 2]), array.array("i") == array.array("f"))
for bad in [lambda: array.array("z"), lambda: array.array("b", [300]), lambda: array.array("i", ["x"]),
            lambda: array.array("i").pop(), lambda: array.array("i", [1]).index(5), lambda: array.array("B", [-1]),
            lambda: array.array("i", [1]) + array.array("d", [1]), lambda: array.array("u", [1])]:
    try:
        bad()
    except (ValueError, OverflowError, TypeError, IndexError) as e:
        print(type(e).__name__, e)

# The buffer protocol: arrays export their items to memoryview and every bytes-like consumer.
import hashlib, struct, zlib
a = array.array("H", [1, 2, 3])
print(bytes(a), bytearray(a), b"".join([a, a]), hashlib.md5(a).hexdigest(), zlib.crc32(a))
print(struct.unpack_from("<H", a, 2), b"x" + a, str(array.array("B", b"hi"), "ascii"))
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.shape, m.strides, m.readonly, m.tolist(), m[1], m[::2].tolist())
m[0] = 700
m[1:3] = array.array("H", [8, 9])
print(a, m.cast("B").tolist())
try:
    a.append(4)
except BufferError as e:
    print("BufferError", e)
try:
    del a[0]
except BufferError as e:
    print("BufferError", e)
a[2] = 10
print(a, m.tolist())
m.release()
a.append(4)
print(a)
with memoryview(array.array("d", [0.5, 1.5])) as dm:
    print(dm.format, dm.tolist(), dm.cast("B").nbytes)
try:
    m2 = memoryview(a)
    m2[0] = 70000
except (ValueError, OverflowError, TypeError) as e:
    print(type(e).__name__, e)
