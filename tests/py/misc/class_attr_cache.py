# Attribute loads and method calls on class objects, run often enough that the inline
# caches fill, then with the class, its bases, its metatype or the attribute's type changed.


class Direction:
    NONE = 0
    FORWARD = 1
    NAME = "dir"


class Sub(Direction):
    pass


def loads(c, n):
    out = []
    for _ in range(n):
        out.append((c.FORWARD, c.NONE, c.NAME))
    return out[-1]


print(loads(Direction, 5), loads(Sub, 5))
Direction.FORWARD = 11
print(loads(Direction, 3), loads(Sub, 3))
Sub.FORWARD = 21
print(loads(Direction, 3), loads(Sub, 3))
del Sub.FORWARD
print(loads(Sub, 3))
Direction.__bases__ = (object,)  # same class, same layout
print(loads(Direction, 2))


class Meta(type):
    @property
    def FORWARD(cls):
        return "meta property"


class WithMeta(metaclass=Meta):
    FORWARD = 5
    NONE = 6
    NAME = "m"


print(loads(WithMeta, 4))
# The metatype's names: type's own attributes are never cached as class attributes.
def names(c, n):
    r = None
    for _ in range(n):
        r = (c.__name__, c.__qualname__, c.__module__, c.__doc__)
    return r


print(names(Direction, 4), names(Sub, 3))


class Strength:
    def __init__(self, s):
        self.s = s

    def __repr__(self):
        return f"Strength({self.s})"

    @classmethod
    def weaker(cls, a, b):
        return (cls.__name__, a > b)

    @staticmethod
    def pick(a, b):
        return min(a, b)

    def plain(x):
        return ("plain", x)


Strength.REQUIRED = Strength(0)


class Sub2(Strength):
    pass


def calls(c, n):
    r = None
    for i in range(n):
        r = (c.weaker(i, 2), c.pick(i, 3), c.plain(i), c.REQUIRED)
    return r


print(calls(Strength, 5), calls(Sub2, 5))
# A class attribute whose (heap) type gains __get__ after the site ran.
Strength.__get__ = lambda self, obj, cls: "got"
print(calls(Strength, 2), calls(Sub2, 2))
del Strength.__get__
# Rebinding methods on the class.
Strength.weaker = classmethod(lambda cls, a, b: ("lambda", cls.__name__))
Strength.pick = staticmethod(max)
Strength.plain = abs
print(calls(Strength, 3), calls(Sub2, 3))
# classmethod.__init__ again changes the function the same classmethod object wraps.
cm = Strength.__dict__["weaker"]
cm.__init__(lambda cls, a, b: ("reinit", cls.__name__))
print(calls(Strength, 3))
# A classmethod wrapping a non-function, and a property on the class (its own object).
Strength.weaker = classmethod(Strength)
Strength.pick = property(lambda self: 1)
try:
    print(calls(Strength, 2))
except TypeError as e:
    print("TypeError", e)


def bound_descr(n):
    r = None
    for _ in range(n):
        r = (dict.fromkeys("ab"), str.upper("x"), int.from_bytes(b"\x01", "big"), list.append)
    return r


print(bound_descr(4))


def missing(c, n):
    for _ in range(n):
        try:
            c.NOPE
        except AttributeError as e:
            r = str(e)
    return r


print(missing(Direction, 3))
Direction.NOPE = "now"
print(Direction.NOPE)


def varied(n):
    r = []
    for c in [Direction, Sub, WithMeta, Strength, Sub2] * n:
        r.append(getattr(c, "NONE", None))
        r.append(c.__name__)
    return r[-10:]


print(varied(4))
