# The format() builtin and __format__ protocol.

print(format(5), format(5, ""), format("s"), format(1.25), repr(format("")))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "cents":
            return f"{self.cents}c"
        raise ValueError(f"bad Money spec {spec!r}")
    def __repr__(self):
        return f"Money({self.cents})"

m = Money(1234)
print(format(m), format(m, "cents"), f"{m}", f"{m:cents}", "{:cents}".format(m), "{!r}".format(m))
try:
    format(m, "euros")
except ValueError as e:
    print(type(e).__name__, e)

class NoFormat:
    def __str__(self):
        return "nf"
print(format(NoFormat()), f"{NoFormat()}", "{}".format(NoFormat()))
for spec in ("5", ">5", "s"):
    try:
        format(NoFormat(), spec)
    except TypeError as e:
        print(type(e).__name__, e)

class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)

class SubInt(int):
    def __format__(self, spec):
        return "SubInt:" + super().__format__(spec)
print(format(SubInt(5), "03"), f"{SubInt(255):x}", "%d" % SubInt(7), str(SubInt(9)))

class SubStr(str):
    pass
print(format(SubStr("ab"), ">4"), type(format(SubStr("ab"))).__name__)
try:
    format(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format()
except TypeError as e:
    print(type(e).__name__, e)
print(object.__format__(m, "") if False else object.__format__(NoFormat(), ""))
print(int.__format__(42, "x"), float.__format__(0.5, ".0%"), str.__format__("a", "^3"), complex.__format__(1j, ""))
print(type(format(True)).__name__, format(True), format(True, "^6"), format(False, "d"), format(True, ".1f"))
print(format(None), format(Ellipsis), format(b"xy"), format(range(2)))
print(format(3, "c"), format(1_000_000, ","), format(-0.0), format(-0.0, ".1f"), format(1e6, ","))
print(format(0.5, "z.1f") if False else "z option is 3.11+", format(-0.0001, "z.1f"), format(-0.0, "z"))
print(format(-0.0, "z.0f"), format(-1e-9, "z.3e"), format(complex(-0.0, -0.0), "z.1f"), format(-0.5, "z.0f"))
try:
    format(5, "z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "z")
except ValueError as e:
    print(type(e).__name__, e)
