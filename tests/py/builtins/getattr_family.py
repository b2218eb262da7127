# getattr, setattr, hasattr, delattr on instances, classes and builtins.

class P:
    cls_attr = "class level"
    def __init__(self):
        self.x = 1
    def method(self):
        return "method result"
    @property
    def prop(self):
        return "property value"

p = P()
print(getattr(p, "x"), getattr(p, "cls_attr"), getattr(p, "method")(), getattr(p, "prop"), getattr(p, "missing", "dflt"))
print(hasattr(p, "x"), hasattr(p, "missing"), hasattr(p, "method"), hasattr(P, "x"), hasattr(P, "cls_attr"), hasattr(p, "__class__"))
setattr(p, "y", 2)
setattr(p, "x", "changed")
print(p.y, p.x, vars(p))
delattr(p, "y")
print(hasattr(p, "y"), vars(p))
setattr(P, "added", "on class")
print(p.added, P.added)
delattr(P, "added")
print(hasattr(p, "added"))
for label, fn in [
    ("getattr(p, 'nope')", lambda: getattr(p, "nope")),
    ("getattr(p, 5)", lambda: getattr(p, 5)),
    ("getattr(p)", lambda: getattr(p)),
    ("hasattr(p, 5)", lambda: hasattr(p, 5)),
    ("setattr(p, 5, 1)", lambda: setattr(p, 5, 1)),
    ("delattr(p, 'nope')", lambda: delattr(p, "nope")),
    ("delattr(p, 'prop')", lambda: delattr(p, "prop")),
    ("setattr(p, 'prop', 1)", lambda: setattr(p, "prop", 1)),
    ("setattr(1, 'x', 1)", lambda: setattr(1, "x", 1)),
    ("setattr('s', 'upper', 1)", lambda: setattr("s", "upper", 1)),
    ("delattr(int, 'real')", lambda: delattr(int, "real")),
    ("setattr(int, 'x', 1)", lambda: setattr(int, "x", 1)),
    ("getattr(None, 'x')", lambda: getattr(None, "x")),
    ("getattr(P, 'nope')", lambda: getattr(P, "nope")),
    ("getattr([], 'nope')", lambda: getattr([], "nope")),
    ("getattr(p, 'x', 1, 2)", lambda: getattr(p, "x", 1, 2)),
]:
    try:
        r = fn()
    except Exception as e:
        print(f"{label:<28} -> {type(e).__name__}: {e}")
    else:
        print(f"{label:<28} -> {r!r}")

class Dynamic:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"no {name}")
d = Dynamic()
print(getattr(d, "dyn_abc"), hasattr(d, "dyn_x"), hasattr(d, "other"), getattr(d, "other", "fallback"))

class Raiser:
    @property
    def boom(self):
        raise ValueError("not attribute error")
try:
    hasattr(Raiser(), "boom")
except ValueError as e:
    print("hasattr propagates:", type(e).__name__, e)

class Guarded:
    def __setattr__(self, name, value):
        print(f"  __setattr__({name!r}, {value!r})")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print(f"  __delattr__({name!r})")
        object.__delattr__(self, name)
g = Guarded()
setattr(g, "a", 1)
g.b = 2
delattr(g, "a")
del g.b
print(vars(g))
setattr(p, "with space", 5)
print(getattr(p, "with space"), sorted(vars(p)))
print(getattr(1, "real"), getattr("s", "upper")(), getattr(str, "join")("-", "ab"), getattr([], "__len__")())
