# Mutating methods and operators of bytearray.

ba = bytearray(b"hello")
ba.append(33)
print(ba)
ba.extend(b" world")
print(ba)
ba.extend([1, 2])
ba.extend(range(65, 68))
ba.extend(bytearray(b"!"))
ba.extend(x for x in b"gen")
print(ba)
ba.insert(0, 62)
ba.insert(-1, 45)
ba.insert(100, 60)
ba.insert(-100, 91)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("l"))
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba))
c = bytearray(b"abc")
d = c.copy()
d[0] = 120
print(c, d, c is d)

b = bytearray(b"ab")
alias = b
b += b"cd"
print(b, alias, b is alias)
b *= 2
print(b, alias, b is alias)
b2 = b + b"!"
print(b2, b2 is b, type(b2).__name__, type(b"x" + bytearray(b"y")).__name__, type(bytearray(b"y") + b"x").__name__)
print(b * 0, 2 * bytearray(b"xy"), b"xy" * 2)

b = bytearray(b"0123456789")
b[0] = 65
b[-1] = 66
print(b)
del b[1]
print(b)
del b[-1]
print(b)
del b[::2]
print(b)

for label, fn in [
    ("append(256)", lambda: bytearray().append(256)),
    ("append(-1)", lambda: bytearray().append(-1)),
    ("append(b'a')", lambda: bytearray().append(b"a")),
    ("append('a')", lambda: bytearray().append("a")),
    ("extend(5)", lambda: bytearray().extend(5)),
    ("extend('ab')", lambda: bytearray().extend("ab")),
    ("extend([300])", lambda: bytearray().extend([300])),
    ("insert(0, 999)", lambda: bytearray().insert(0, 999)),
    ("pop() empty", lambda: bytearray().pop()),
    ("pop(5)", lambda: bytearray(b"ab").pop(5)),
    ("remove(99)", lambda: bytearray(b"ab").remove(99)),
    ("remove(300)", lambda: bytearray(b"ab").remove(300)),
    ("b[5] = 1", lambda: bytearray(b"ab").__setitem__(5, 1)),
    ("b[0] = 256", lambda: bytearray(b"ab").__setitem__(0, 256)),
    ("b[0] = b'x'", lambda: bytearray(b"ab").__setitem__(0, b"x")),
    ("del b[9]", lambda: bytearray(b"ab").__delitem__(9)),
    ("b += 'str'", lambda: bytearray(b"ab").__iadd__("str")),
    ("bytes item assign", lambda: b"ab".__setitem__(0, 1) if hasattr(b"", "__setitem__") else (_ for _ in ()).throw(TypeError("'bytes' object does not support item assignment"))),
]:
    try:
        r = fn()
    except Exception as e:
        print(f"{label:<20} -> {type(e).__name__}: {e}")
    else:
        print(f"{label:<20} -> {r!r}")
try:
    x = b"ab"
    x[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = b"ab"
    del x[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b"") == hash(b""), bytearray(b"x") == b"x", b"x" == bytearray(b"x"), {b"k": 1}.get(b"k"))
