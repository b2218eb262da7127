# __dict__, vars() and dir() on user classes and instances.

class Base:
    base_attr = 1
    def base_method(self):
        pass

class Child(Base):
    """Child doc"""
    child_attr = 2
    def __init__(self):
        self.inst_a = "a"
        self.inst_b = "b"
    def child_method(self):
        pass
    @property
    def prop(self):
        return 0

c = Child()
print(vars(c))
print(c.__dict__ is vars(c))
print(sorted(k for k in vars(Child) if not k.startswith("__")))
print(sorted(k for k in vars(Base) if not k.startswith("__")))
print("__doc__" in vars(Child), vars(Child)["__doc__"], "__module__" in vars(Child))
print("base_attr" in vars(Child), "base_attr" in dir(Child))

# dir() on an instance: sorted, includes class and base attributes
names = [n for n in dir(c) if not n.startswith("__")]
print(names)
print(names == sorted(names))
print(all(n in dir(c) for n in ("__init__", "__class__", "__dict__", "__repr__")))

# dir() of a class doesn't include metaclass attributes
print("mro" in dir(Child), "mro" in dir(type))

# custom __dir__
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "beta", "alpha"]
print(dir(Custom()))

class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)

# dir() with no arguments inside a function lists locals sorted
def f(b, a):
    z = 1
    return dir()
print(f(1, 2))

# vars() without arguments equals locals()
def g():
    x = 1
    y = 2
    return sorted(vars()), sorted(locals())
print(g())

# vars() on objects without __dict__
for obj in (1, "s", [1], None):
    try:
        vars(obj)
    except TypeError as e:
        print(type(e).__name__, e)

# instance __dict__ reflects attribute changes immediately
c.inst_c = 3
del c.inst_a
print(list(vars(c)))
vars(c)["inst_d"] = 4
print(c.inst_d)

# replacing instance __dict__
c.__dict__ = {"fresh": True}
print(vars(c), c.fresh, hasattr(c, "inst_b"))
try:
    c.__dict__ = None
except TypeError as e:
    print(type(e).__name__, e)

# class __dict__ is read-only mappingproxy
mp = Child.__dict__
print(type(mp).__name__, "child_method" in mp, len([k for k in mp if not k.startswith("__")]))
try:
    mp["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    Child.__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)

# setting class attributes shows up in mappingproxy
Child.late = "late"
print(mp["late"])

# instance __dict__ order follows assignment order
class Ordered:
    def __init__(self):
        self.z = 1
        self.a = 2
        self.m = 3
o = Ordered()
print(list(vars(o)))
o.a = 20
print(list(vars(o).items()))

# dir of module-level objects
import sys
print("exit" in dir(sys), "argv" in dir(sys))

# dir includes __slots__ members
class Slotted:
    __slots__ = ("p", "q")
print([n for n in dir(Slotted) if not n.startswith("__")])

# dir() result is a list
print(type(dir(c)).__name__, type(dir()).__name__)

# names in dir() of a builtin type
print([n for n in dir(int) if n in ("bit_length", "real", "imag", "to_bytes", "conjugate")])
print(sorted(n for n in dir(list) if not n.startswith("_")))
print(sorted(n for n in dir(dict) if not n.startswith("_")))
