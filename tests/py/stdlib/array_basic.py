# array: typecodes, construction, list-like methods, slicing, bytes, repr, errors
from array import array
import array as array_mod
import copy

print(array_mod.typecodes, array_mod.ArrayType is array)
for tc in array_mod.typecodes:
    a = array(tc)
    print(tc, a.itemsize, repr(a), a.typecode)
a = array("i", [1, 2, 3])
print(a, len(a), a[0], a[-1], list(a), a.tolist(), 2 in a, 9 in a)
a.append(4); a.extend([5, 6]); a.extend(array("i", [7])); a.insert(0, 0); a.insert(-1, 99); a.insert(100, 100)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(7); a.reverse(); print(a, a.index(3), a.count(3), a.index(5, 1, 4))
print(a[1:3], a[::2], a[::-1], a[5:1:-1], type(a[1:]).__name__)
a[0] = 70; a[1:3] = array("i", [8, 8, 8]); print(a)
a[::2] = array("i", [0] * len(a[::2])); print(a)
del a[0]; del a[1:3]; del a[::2]; print(a)
b = array("d", [1.5, -2.25])
print(b, b + array("d", [3.0]), b * 2, 2 * b, b * 0, repr(array("f", [0.1, 0.5])))
b += array("d", [9.0]); b *= 2; print(b)
u = array("u", "héllo")
print(u, u.tounicode(), u[1], len(u), repr(array("u")), u.itemsize)
u.fromunicode("!"); u.append("?"); print(u)
by = array("B", b"\x00\x01\xff")
print(by, by.tobytes(), bytes(by), array("b", b"\x01\xff"))
h = array("h", [1, -2, 300])
raw = h.tobytes(); print(raw.hex(), len(raw))
h2 = array("h"); h2.frombytes(raw); print(h2, h2 == h, h2 != h)
h.byteswap(); print(h, h.tobytes().hex())
print(array("i", [1, 2]) < array("i", [1, 3]), array("i", [1]) == array("d", [1.0]), array("i", [2]) > array("b", [1, 5]))
print(array("i", [1, 2]) == [1, 2], array("l", range(5)), array("Q", [2 ** 64 - 1]), array("q", [-2 ** 63]))
print(array("d", array("i", [1, 2])), array("i", (x * x for x in range(4))), sum(array("H", [1, 2, 3])))
l = array("L", [1]); l.fromlist([2, 3]); print(l)
c1 = copy.copy(l); c2 = copy.deepcopy(l); l[0] = 10; print(c1, c2, l)
print(array("i", [1, 2]).__reduce_ex__(3)[1][1:], array("i", [5]).__reduce_ex__(2)[1])
class MyArr(array):
    pass
m = MyArr("i", [3, 4])
print(m, type(m[:1]).__name__, type(m + m).__name__, isinstance(m, array))
print(array("b", [1, 2]).buffer_info()[1])
for tc in "bBhHiIlLqQ":
    n = array(tc).itemsize * 8
    hi = 2 ** (n - 1) if tc.islower() else 2 ** n
    lo = -2 ** (n - 1) - 1 if tc.islower() else -1
    for v in (hi, lo):
        try:
            array(tc, [v])
        except OverflowError as e:
            print(tc, "OverflowError:", e)
errs = [lambda: array("i", [1.5]), lambda: array("d", ["x"]), lambda: array("u", [1]), lambda: array("i", "ab"),
        lambda: array("z"), lambda: array(), lambda: array(1), lambda: array("ii"), lambda: array("i", [1])[5],
        lambda: array("i").index(9), lambda: array("i").remove(9), lambda: array("i").pop(), lambda: array("i") + array("d"),
        lambda: array("i") + [1], lambda: array("i").frombytes(b"123"), lambda: array("i").__setitem__(slice(0, 2), [1]),
        lambda: array("i").tounicode(), lambda: array("i", [1]).pop(10), lambda: array("i") * "x", lambda: hash(array("i")),
        lambda: array("i").fromlist(5), lambda: array("i", 5), lambda: array("i", [1, 2]).__setitem__(slice(None, None, 2), array("i", [1, 2])),
        lambda: array("i").extend(array("d")), lambda: array("i", [1, "a"])]
for f in errs:
    try:
        print("no error", f())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
x = array("i", [9])
try:
    x.fromlist([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(x)
import struct
print(struct.unpack("<2i", array("i", [5, 6])), list(reversed(array("i", [1, 2, 3]))))
