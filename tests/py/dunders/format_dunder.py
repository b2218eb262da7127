# __format__ and how format(), str.format and f-strings call it.

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        print("  __format__", repr(spec))
        if spec == "":
            return "$%d.%02d" % divmod(self.cents, 100)
        if spec == "c":
            return "%d cents" % self.cents
        if spec.endswith("d"):
            return format(self.cents // 100, spec)
        raise ValueError("unknown format spec %r" % spec)
    def __str__(self):
        return "Money(str)"
    def __repr__(self):
        return "Money(repr)"

m = Money(1234)
print(format(m))
print(format(m, "c"))
print("{}".format(m))
print("{:c}".format(m))
print("{:>8d}|".format(m))
print(f"{m}")
print(f"{m:c}")
print(f"{m!s}")
print(f"{m!r:>15}")
print("{0!s} {0!r}".format(m))
try:
    format(m, "zz")
except ValueError as e:
    print(type(e).__name__, e)

# nested format specs
width = 10
print(f"[{m:{width}d}]")
print("[{:{}d}]".format(m, 6))

# __format__ must return str
class Bad:
    def __format__(self, spec):
        return 42
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{Bad()}"
except TypeError as e:
    print(type(e).__name__, e)

# object.__format__ with non-empty spec raises
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), ">10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{Plain():>10}"
except TypeError as e:
    print(type(e).__name__, e)

# subclass of builtin inherits __format__
class MyFloat(float):
    pass
print(format(MyFloat(3.14159), ".2f"), f"{MyFloat(2.5):>8.3f}|")

class Temp(float):
    def __format__(self, spec):
        if spec.endswith("C"):
            return format(float(self), spec[:-1]) + "°C"
        return super().__format__(spec)
t = Temp(21.456)
print(f"{t:.1fC}", f"{t:.2f}", format(t, ""))

# builtin format specs
print(format(255, "x"), format(255, "#X"), format(255, "b"), format(255, "o"), format(255, "08b"))
print(format(1234567, ","), format(1234567, "_"), format(0.5, "%"), format(1 / 3, ".3"), format(1e6, "g"), format(1e16, "g"))
print(format("abc", "^9"), format("abc", "*<6"), format("abc", ".2"), format(-42, "+"), format(42, " "), format(42, "=+8"))
print(format(3.0, ""), format(3.0, "g"), format(1.5e-7, ""), format(True, ""), format(True, "d"), format(None, ""))
try:
    format("s", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1, "s")
except ValueError as e:
    print(type(e).__name__, e)

# format spec passed to __format__ verbatim, including after conversion chars
class Echo:
    def __format__(self, spec):
        return "<" + spec + ">"
print(f"{Echo():abc}", f"{Echo():}", "{:!x}".format(Echo()), format(Echo(), " a b "))
print("{0:{1}{2}}".format(Echo(), "x", "y"))

# f-string = specifier (3.8+) uses repr by default
value = Money(5)
print(f"{value=}")
print(f"{value=!s}")
print(f"{value=:c}")
