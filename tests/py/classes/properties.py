# property: getter, setter, deleter, and their error messages.

class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius

    @property
    def celsius(self):
        "Temperature in Celsius."
        print("get celsius")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("delete celsius")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
print(t.celsius)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)

# read-only property
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)

# property object introspection
p = Temperature.celsius
print(type(p).__name__, p.__doc__)
print(p.fget.__name__, p.fset.__name__, p.fdel.__name__)
print(Temperature.fahrenheit.fset, Temperature.fahrenheit.fdel)

# property built with the function form
class Box:
    def __init__(self):
        self._w = 1
    def get_w(self):
        return self._w
    def set_w(self, v):
        self._w = int(v)
    width = property(get_w, set_w, None, "box width")
b = Box()
b.width = "12"
print(b.width, Box.width.__doc__)
try:
    del b.width
except AttributeError as e:
    print(type(e).__name__, e)

# property takes precedence over instance __dict__
b.__dict__["width"] = "in dict"
print(b.width, b.__dict__["width"])

# write-only property
class WriteOnly:
    def _set(self, v):
        self.stored = v
    value = property(None, _set)
w = WriteOnly()
w.value = 3
print(w.stored)
try:
    w.value
except AttributeError as e:
    print(type(e).__name__, e)

# property inheritance and overriding
class Base:
    @property
    def name(self):
        return "base"
class Child(Base):
    @Base.name.getter
    def name(self):
        return "child"
print(Base().name, Child().name)

class Child2(Base):
    @Base.name.setter
    def name(self, v):
        self._n = v
c2 = Child2()
c2.name = "set!"
print(c2.name, c2._n)

# property returns itself when accessed on class
print(Temperature.celsius is Temperature.__dict__["celsius"])

# lazily computed cached property pattern (manual)
class Lazy:
    def __init__(self):
        self._cache = None
        self.computations = 0
    @property
    def value(self):
        if self._cache is None:
            self.computations += 1
            self._cache = sum(range(100))
        return self._cache
lz = Lazy()
print(lz.value, lz.value, lz.computations)

# property raising AttributeError inside getter
class Raises:
    @property
    def bad(self):
        raise AttributeError("custom missing")
    def __getattr__(self, name):
        return "__getattr__ fallback for " + name
print(Raises().bad)

# property with docstring from getter
class Doc:
    @property
    def thing(self):
        """The thing."""
        return 1
print(Doc.thing.__doc__)

# deleter-only modifications create new property objects
prop = property(lambda self: 1)
prop2 = prop.setter(lambda self, v: None)
print(prop is prop2, prop.fset, prop2.fset is not None)

# property on a class with __slots__
class Slotted:
    __slots__ = ("_v",)
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x * 2
s = Slotted()
s.v = 21
print(s.v)
