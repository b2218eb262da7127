# property(): decorator forms, getter/setter/deleter, docs, errors, and property() called directly.

class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        """Temperature in C."""
        print("  get celsius")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("  set celsius", v)
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("  del celsius")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
t.celsius = 25
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(t._c)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__, Temp.fahrenheit.__doc__)
print(Temp.celsius.fget.__name__, Temp.celsius.fset.__name__, Temp.celsius.fdel.__name__, Temp.fahrenheit.fset)

class Manual:
    def _get(self):
        return "got"
    def _set(self, v):
        self.stored = v
    x = property(_get, _set, None, "manual doc")
    y = property()
    z = property(fget=lambda self: "lambda get", doc="z doc")
m = Manual()
m.x = 5
print(m.x, m.stored, Manual.x.__doc__, Manual.z.__doc__, m.z)
try:
    m.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    m.y = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    m.z = 1
except AttributeError as e:
    print(type(e).__name__, e)

class Base:
    @property
    def name(self):
        return "base"
class Derived(Base):
    @Base.name.getter
    def name(self):
        return "derived:" + super().name
print(Derived().name, Base().name)
p1 = property(lambda s: 1)
p2 = p1.setter(lambda s, v: None)
print(p1 is p2, p1.fset, p2.fset is not None)
class Computed:
    count = 0
    @property
    def next_id(self):
        Computed.count += 1
        return Computed.count
c = Computed()
print(c.next_id, c.next_id, c.next_id)
c.__dict__["next_id"] = "instance dict"
print(c.next_id)
class WithDoc:
    @property
    def documented(self):
        "getter docstring"
        return 1
print(WithDoc.documented.__doc__)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
class RaisesAttr:
    @property
    def broken(self):
        raise AttributeError("inner attribute error")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(RaisesAttr().broken)
