# str() and repr() of many built-in objects and user classes.

objs = [None, True, False, 0, -12, 3.0, 1e100, 1j, "s", "", b"b", bytearray(b"ba"), [], [1, "a", None],
        (), (1,), (1, 2), {}, {"a": 1, 2: [3]}, set(), {1}, frozenset(), frozenset({5}), range(3),
        range(1, 10, 2), slice(1, 2), slice(None), slice(1, None, -1), Ellipsis, NotImplemented, [[[]]],
        ((),), [(), {}, set()], {"nested": {"x": (1, [2, {3}])}}, int, str, type, object, ValueError,
        ValueError("msg"), KeyError("k"), KeyError(), OSError(2, "No such file"), Exception("a", 1),
        StopIteration(5), memoryview(b"x").tolist(), list(range(3)), float("nan"), -0.0]
for o in objs:
    print(f"{str(o)!s:<40} | {repr(o)}")

class Plain:
    pass
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "str of OnlyStr"
    def __repr__(self):
        return "<OnlyStr>"
class Both:
    def __str__(self):
        return "Both.str"
    def __repr__(self):
        return "Both.repr"

print(str(OnlyRepr()), repr(OnlyRepr()), [OnlyRepr()])
print(str(OnlyStr()), repr(OnlyStr()), [OnlyStr()], (OnlyStr(),))
print(str(Both()), repr(Both()), {"k": Both()}, f"{Both()}", f"{Both()!r}", "%s %r" % (Both(), Both()))
print(str(Plain).replace(__name__, "M"), repr(Plain.__name__), Plain.__qualname__)
print(str(len), str(print), str(str.upper).split(" ")[:2], repr(None.__class__))

class BadStr:
    def __str__(self):
        return 1
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

print(str(b"abc", "ascii"), str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"x\xff", "ascii", "replace"))
print(str(object=5), str(), repr(str()), str(encoding="utf-8", object=b"q"))
try:
    str(5, "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
l = [1]
l.append(l)
d = {"k": 1}
d["self"] = d
print(l, d, str(l))
