# str.format: automatic/manual numbering, keywords, attributes, indexing, conversions, nested specs.

class P:
    def __init__(self):
        self.x = 1
        self.y = [10, 20, {"k": "deep"}]
        self.name = "pt"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "P-str"

p = P()
print("{} {} {}".format("a", "b", "c"))
print("{0} {1} {0}".format("a", "b"))
print("{2}{1}{0}".format(*"xyz"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[k]}".format(["first", "second"], {"k": "v"}))
print("{p.x} {p.y[1]} {p.y[2][k]} {p.name}".format(p=p))
print("{0.x}{0.name}".format(p))
print("{[0]}".format(["indexed auto"]))
print("{0[-1]}".format({"-1": "string key -1"}))
print("{0[1]}".format({1: "int key"}) if False else "{0[1]}".format(["a", "int index"]))
print("{d[key with spaces]}".format(d={"key with spaces": "ok"}))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{0!r:>10}|{0!s:<6}|".format(p))
print("{:>{}}|".format("w", 5))
print("{:{}{}{}}|".format(3.14159, "^", 12, ".3"))
print("{0:{1}}|{0:{2}}|".format(42, "<6", "x"))
print("{x:{w}.{p}f}".format(x=2.71828, w=10, p=2))
print("{:{fill}{align}{width}}".format("c", fill="-", align="^", width=7))
print("{{}} {{{}}} {{0}}".format("in"))
print("{0}{0}{0}".format("ab"))
print("{} {}".format(1, 2, 3))
print("{a}".format(a=1, b=2))
print("{0} {k}".format(7, k=8))
print("{:d} {:x} {:e} {:%}".format(12, 255, 1234.5, 0.25))
print("{}".format(None), "{}".format([1, "a"]), "{!r}".format([1, "a"]))
print("{0.real} {0.imag}".format(3 + 4j))
print("{0.__class__.__name__}".format(1.5))
print("".format(), "no fields".format(1, 2, x=3))
print("{:}".format("empty spec"), "{!s:}".format(5))

class F:
    def __format__(self, spec):
        return f"F[{spec}]"
print("{}".format(F()), "{:xyz}".format(F()), "{0:{1}}".format(F(), "nested"), "{!s:5}".format(F()) if False else "-")
print(format(F(), "abc"), format(F()))

print("{}".format_map if False else "{a}-{b}".format_map({"a": 1, "b": 2}))

class Missing(dict):
    def __missing__(self, key):
        return f"<{key}?>"
print("{present} {absent}".format_map(Missing(present="here")))
