# dir() and vars() on simple classes, instances, modules and with __dir__.

def public(names):
    return [n for n in names if not n.startswith("__")]

class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self):
        pass
    @property
    def prop(self):
        return 4
    @staticmethod
    def stat():
        pass
    @classmethod
    def cls(cls):
        pass

c = Child()
print(public(dir(Child)))
print(public(dir(c)))
print(public(dir(Base)))
print(dir(c) == sorted(dir(c)), "__init__" in dir(c), "__class__" in dir(c), "__dict__" in dir(c))
print(vars(c), sorted(public(vars(Child))), type(vars(Child)).__name__)
c.extra = 5
print(vars(c), vars(c) is c.__dict__)
vars(c)["injected"] = 6
print(c.injected)
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
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slotted()
print(public(dir(s)))
try:
    vars(s)
except TypeError as e:
    print(type(e).__name__, e)
for obj in (5, "s", [1], None):
    try:
        vars(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vars(c, c)
except TypeError as e:
    print(type(e).__name__, e)
print(public(dir(int))[:6], "bit_length" in dir(5), "append" in dir([]), "keys" in dir({}))
def local_scope():
    alpha = 1
    beta = 2
    return dir()
print(local_scope())
import sys
print("path" in dir(sys), "argv" in vars(sys))
def f():
    pass
f.custom = "attr"
print(vars(f), public(dir(f)))
class Meta(type):
    meta_attr = 1
class WithMeta(metaclass=Meta):
    own = 2
print(public(dir(WithMeta)), hasattr(WithMeta, "meta_attr"))
