# object(): bare instances, default dunder methods, comparisons, attributes.

o = object()
print(type(o).__name__, o == o, o != o, o == object(), bool(o), hash(o) == hash(o), isinstance(o, object))
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    o < object()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1), object.__lt__(o, o))
print(repr(o).startswith("<object object at 0x"), str(o) == repr(o), format(o, "") == str(o))
try:
    format(o, "x")
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(p == p, p != Plain(), repr(p).startswith("<__main__.Plain object at 0x"), hash(p) == hash(p))
print(p.__class__ is Plain, type(p.__dict__).__name__, p.__dict__, p.__module__, Plain.__module__)
print(sorted(n for n in dir(object) if n in ("__eq__", "__hash__", "__init__", "__new__", "__repr__", "__str__", "__class__")))
class CustomEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, CustomEq) and self.v == other.v
print(CustomEq(1) == CustomEq(1), CustomEq(1) != CustomEq(1), CustomEq(1) != CustomEq(2), CustomEq.__hash__)
class OnlyNe:
    def __ne__(self, other):
        return "custom ne"
print(OnlyNe() != 1, OnlyNe() == 1)
class EqNotImpl:
    def __eq__(self, other):
        return NotImplemented
x = EqNotImpl()
print(x == x, x == EqNotImpl(), x != x)
print(object.__new__(Plain).__class__.__name__, object.__init__(p), object.__str__(5), object.__repr__(5).startswith("<int object"))
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(1, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
class InitArgs:
    pass
try:
    InitArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class NewOnly:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(NewOnly(1, 2)).__name__)
class InitOnly:
    def __init__(self, a):
        self.a = a
print(InitOnly(3).a)
print(object.__subclasshook__(), object.__reduce_ex__ is not None, object.__sizeof__ is not None)
print(p.__eq__(p), p.__eq__(1), p.__ne__(p), p.__hash__() == hash(p), p.__str__() == p.__repr__())
print(p.__getattribute__("__class__").__name__, object.__getattribute__(p, "__dict__"))
print(object.__doc__, object.__name__, object.__qualname__)
