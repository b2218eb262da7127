# Function object attributes.

def plain(a, b=2, *args, c, d=4, **kw):
    """Plain function docstring."""
    return a

print(plain.__name__)
print(plain.__qualname__)
print(plain.__doc__)
print(plain.__defaults__)
print(plain.__kwdefaults__)
print(plain.__module__)
print(plain.__dict__)
print(type(plain).__name__)
print(callable(plain))

def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__)

def not_first():
    x = 1
    "not a docstring"
print(not_first.__doc__)

# nested qualnames
def outer():
    def inner():
        def innermost():
            pass
        return innermost
    return inner
print(outer.__qualname__)
print(outer().__qualname__)
print(outer()().__qualname__)

class Klass:
    def method(self):
        def local():
            pass
        return local
    class Nested:
        def deep(self):
            pass
    @staticmethod
    def smeth():
        pass
    @classmethod
    def cmeth(cls):
        pass

print(Klass.method.__qualname__)
print(Klass().method().__qualname__)
print(Klass.Nested.deep.__qualname__)
print(Klass.Nested.__qualname__)
print(Klass.smeth.__qualname__, Klass.cmeth.__qualname__)
print(Klass.__qualname__, Klass.__name__)

# writable attributes
def f():
    "original"
    return 1
f.__name__ = "renamed"
f.__qualname__ = "Some.renamed"
f.__doc__ = "new doc"
print(f.__name__, f.__qualname__, f.__doc__)
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__qualname__ = None
except TypeError as e:
    print(type(e).__name__, e)

# arbitrary attributes land in __dict__
f.custom = "value"
f.count = 3
print(sorted(f.__dict__.items()))
del f.custom
print(sorted(f.__dict__))
try:
    del f.custom
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f.missing
except AttributeError as e:
    print(type(e).__name__, e)

# __dict__ replaced
f.__dict__ = {"z": 26}
print(f.z)
try:
    f.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# __defaults__ must be tuple or None
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__kwdefaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)

# bound method attributes
k = Klass()
bm = k.method
print(type(bm).__name__)
print(bm.__name__, bm.__qualname__)
print(bm.__self__ is k, bm.__func__ is Klass.method)
print(Klass.cmeth.__self__ is Klass)
print(bm == k.method)

# functions compare by identity
def g(): pass
def h(): pass
print(g == g, g == h, g != h)

# __globals__ is the module dict
print(g.__globals__ is globals())
print("plain" in g.__globals__)

# methods retrieved through class are plain functions
print(type(Klass.method).__name__)
print(type(Klass.smeth).__name__)
print(type(Klass.cmeth).__name__)
print(type(Klass.__dict__["smeth"]).__name__, type(Klass.__dict__["cmeth"]).__name__)

# __doc__ for class and methods
class Documented:
    """Class doc."""
    def m(self):
        """Method doc."""
print(Documented.__doc__, Documented.m.__doc__, Documented().m.__doc__)

# __name__ of builtins
print(len.__name__, print.__name__, abs.__qualname__)
print([].append.__name__, [].append.__qualname__)
print(str.upper.__qualname__)
