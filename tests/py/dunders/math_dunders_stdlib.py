# math.floor / math.ceil / math.trunc dispatch to __floor__ / __ceil__ / __trunc__.
import math

class Num:
    def __init__(self, v):
        self.v = v
    def __floor__(self):
        print("  __floor__")
        return "floored %r" % (self.v,)
    def __ceil__(self):
        print("  __ceil__")
        return "ceiled %r" % (self.v,)
    def __trunc__(self):
        print("  __trunc__")
        return "truncated %r" % (self.v,)

n = Num(2.5)
print(math.floor(n))
print(math.ceil(n))
print(math.trunc(n))

# only __float__: floor/ceil use it, trunc does not
class OnlyFloat:
    def __float__(self):
        print("  __float__")
        return -1.5
print(math.floor(OnlyFloat()), math.ceil(OnlyFloat()))
try:
    math.trunc(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)

# only __index__: floor/ceil use it too (via float conversion)
class OnlyIndex:
    def __index__(self):
        print("  __index__")
        return 7
print(math.floor(OnlyIndex()), math.ceil(OnlyIndex()))

# nothing
class Nothing:
    pass
for fn in (math.floor, math.ceil, math.trunc):
    try:
        fn(Nothing())
    except TypeError as e:
        print(fn.__name__, "|", type(e).__name__, e)

# builtin values
for v in (2.5, -2.5, 3, -3, 0.0, -0.0, 1e20, -1e-9, True):
    print(repr(v), math.floor(v), math.ceil(v), math.trunc(v))
print(type(math.floor(2.0)).__name__, type(math.ceil(True)).__name__)
for bad in (float("inf"), float("nan")):
    for fn in (math.floor, math.ceil, math.trunc):
        try:
            fn(bad)
        except (OverflowError, ValueError) as e:
            print(fn.__name__, repr(bad), "|", type(e).__name__, e)

# inherited dunders
class Base:
    def __floor__(self):
        return "Base floor"
class Child(Base):
    def __ceil__(self):
        return "Child ceil"
print(math.floor(Child()))
try:
    math.ceil(Base())
except TypeError as e:
    print(type(e).__name__, e)
print(math.ceil(Child()))

# instance attributes are ignored; lookup is on the type
obj = Nothing()
obj.__floor__ = lambda: "instance floor"
try:
    math.floor(obj)
except TypeError as e:
    print(type(e).__name__, e)
