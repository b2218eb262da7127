# printf-style formatting: dict form and error cases.

d = {"name": "Ann", "n": 5, "f": 2.5, "w": 8}
print("%(name)s has %(n)d items costing %(f).2f" % d)
print("%(name)r %(name)a %(n)05d %(n)x %(f)e" % d)
print("%(n)s %(n)s %(n)s" % d)
print("%(name)10s|%(name)-10s|" % d)
print("%(key with space)s %(empty)s%()s" % {"key with space": 1, "empty": "", "": "blank"})
print("%(a)s" % {"a": 1, "b": 2}, "no specifiers" % {}, "%%" % {}, "%(x)%" % {} if False else "-")
print("%(a(b))s" % {"a(b)": "paren"})

cases = [
    ("%d", ("x",)), ("%d", (None,)), ("%d", ([],)), ("%x", (1.5,)), ("%o", ("s",)), ("%f", ("s",)),
    ("%e", (None,)), ("%c", ("ab",)), ("%c", (-1,)), ("%c", (0x110000,)), ("%c", (1.5,)), ("%c", ("",)),
    ("%s %s", ("one",)), ("%s", ("a", "b")), ("%d %d", (1, 2, 3)), ("%", ()), ("%s %", ("x",)),
    ("%y", (1,)), ("%(a)s", ({"b": 1},)), ("%(a)s %s", ({"a": 1},)), ("%(a", ({"a": 1},)),
    ("%(a)s", ((1,),)), ("%*d", ("a", 1)), ("%.*f", (1.5, 2.0)), ("%s", ()), ("%d", ()),
    ("%(a)*d", ({"a": 1},)), ("%z", ()), ("%5", ()), ("%.", (1,)), ("%-", (1,)),
]
for fmt, args in cases:
    try:
        r = fmt % args if len(args) != 1 or not isinstance(args[0], dict) else fmt % args[0]
    except Exception as e:
        print(f"{fmt!r:<12} % {args!r:<16} -> {type(e).__name__}: {e}")
    else:
        print(f"{fmt!r:<12} % {args!r:<16} -> {r!r}")

print("%s" % (("a", "b"),), "%s" % [("a", "b")], "%r" % ({},))
try:
    print("%s %s" % ["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(5 % "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None % 1)
except TypeError as e:
    print(type(e).__name__, e)
print("%s" % "%s", ("%s" % "%s") % "again", "a" % ())
class M:
    def __getitem__(self, k):
        return f"<{k}>"
print("%(x)s %(yy)s" % M())
print("%s" % M.__name__, "%s" % (M.__name__,))
