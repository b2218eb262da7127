# __repr__ and __str__ and how builtins use them.

class Both:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Both(%r)" % (self.v,)
    def __str__(self):
        return "both with " + str(self.v)

class ReprOnly:
    def __repr__(self):
        return "<ReprOnly>"

class StrOnly:
    def __str__(self):
        return "str only"

b = Both("x")
print(b)
print(str(b), repr(b))
print("%s | %r" % (b, b))
print("{} | {!r} | {!s}".format(b, b, b))
print(f"{b} | {b!r} | {b!s}")
print([b, b])
print((b,))
print({"k": b})
print({1: [b, (b,)]})

r = ReprOnly()
print(r, str(r), repr(r), [r])
s = StrOnly()
print(s, str(s))
print(repr(s).startswith("<__main__.StrOnly object at "))

# str of containers uses repr of elements
print(str([Both(1), Both("a")]))
print(str(["a", 'b"c', "d'e"]))

# repr of strings with quotes
for text in ("plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\\", "\x00\x7f", "é"):
    print(repr(text))

# __repr__ returning non-string
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)

class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)

# str subclass returned from __str__ is allowed
class MyStr(str):
    pass
class ReturnsSub:
    def __str__(self):
        return MyStr("substr")
    def __repr__(self):
        return MyStr("subrepr")
res = str(ReturnsSub())
print(res, type(res).__name__, repr(ReturnsSub()))

# inherited repr/str
class Child(Both):
    pass
print(Child(5), repr(Child(5)))

class Child2(Both):
    def __repr__(self):
        return "Child2!"
print(str(Child2(1)), repr(Child2(1)))

class StrFromRepr(ReprOnly):
    pass
print(str(StrFromRepr()))

# recursive repr of containers
lst = [1, 2]
lst.append(lst)
print(lst)
d = {"a": 1}
d["self"] = d
print(d)

# repr of builtins
print(repr(None), repr(True), repr(1.5), repr(10**20), repr(-0.0), repr(1e100))
print(repr(()), repr((1,)), repr([]), repr({}), repr(set()), repr(frozenset()))
print(repr(b"bytes\x00"), repr(bytearray(b"ab")))
print(repr(range(5)), repr(range(1, 10, 2)), repr(slice(1, None)))
print(repr(type), repr(int), repr(Both), repr(len))
print(repr(Ellipsis), repr(NotImplemented))
print(repr(1 + 2j), repr(complex(0, -1)))

# repr inside f-string with conversion and format spec
print(f"{b!r:>15}|")
print(f"{'abc'!r:^9}|")

# __repr__ used by interactive-like helpers: ascii()
class Uni:
    def __repr__(self):
        return "Ünï"
print(ascii(Uni()), ascii("ñ"), ascii([Uni()]))

# __str__ on exceptions is message, __repr__ is constructor-like
e = ValueError("bad", 1)
print(str(e), repr(e))

# format() without __format__ falls back to str()
print(format(b), "{:}".format(b))
try:
    format(b, "10")
except TypeError as e:
    print(type(e).__name__, e)
