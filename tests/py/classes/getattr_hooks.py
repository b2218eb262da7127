# __getattr__ and __getattribute__.

class Fallback:
    cls_attr = "class attribute"
    def __init__(self):
        self.real = "real attribute"
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError("%s has no %r" % (type(self).__name__, name))

f = Fallback()
print(f.real)
print(f.cls_attr)
print(f.dyn_hello)
try:
    f.other
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(f, "dyn_x"), hasattr(f, "zzz"))
print(getattr(f, "nothing", "default"))

# __getattribute__ intercepts everything
class Spy:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  __getattribute__", name)
        return object.__getattribute__(self, name)
    def method(self):
        return "method result"

s = Spy()
print(s.x)
print(s.method())
try:
    s.missing
except AttributeError as e:
    print(type(e).__name__, e)

# __getattribute__ raising AttributeError falls back to __getattr__
class Both:
    def __getattribute__(self, name):
        if name == "blocked":
            raise AttributeError("blocked!")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
    def normal(self):
        return "normal"
bo = Both()
print(bo.blocked, bo.normal(), bo.anything)

# other exceptions in __getattribute__ propagate; no fallback
class Raises:
    def __getattribute__(self, name):
        raise KeyError(name)
    def __getattr__(self, name):
        return "never"
try:
    Raises().x
except KeyError as e:
    print(type(e).__name__, e)
try:
    hasattr(Raises(), "x")
except KeyError as e:
    print("hasattr propagates", type(e).__name__, e)

# __getattr__ is not used for dunder lookup by operators
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
print(p.count(1), p.index(2))
p.sort()
print(p._target)
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p[0]
except TypeError as e:
    print(type(e).__name__, e)
print(p.__len__())

# __getattr__ avoiding infinite recursion during init
class Careful:
    def __init__(self):
        self.data = {"a": 1}
    def __getattr__(self, name):
        if name == "data":
            raise AttributeError(name)
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None
c = Careful()
print(c.a)
try:
    c.b
except AttributeError as e:
    print(type(e).__name__, e)
blank = Careful.__new__(Careful)
try:
    blank.a
except AttributeError as e:
    print(type(e).__name__, e)

# __getattr__ on class-level (metaclass) for class attribute lookup
class MetaGet(type):
    def __getattr__(cls, name):
        return "meta-level " + name
class WithMetaGet(metaclass=MetaGet):
    present = 1
print(WithMetaGet.present, WithMetaGet.absent)
try:
    WithMetaGet().absent
except AttributeError as e:
    print(type(e).__name__, e)

# properties raising AttributeError trigger __getattr__
class PropFallback:
    @property
    def p(self):
        print("  property p running")
        return self.undefined_attr
    def __getattr__(self, name):
        return "fallback for " + name
print(PropFallback().p)

# __getattribute__ using super()
class Counting:
    def __init__(self):
        object.__setattr__(self, "hits", {})
        self.val = 5
    def __getattribute__(self, name):
        hits = super().__getattribute__("hits")
        hits[name] = hits.get(name, 0) + 1
        return super().__getattribute__(name)
ct = Counting()
ct.val; ct.val; ct.val
ct.hits
print(sorted(object.__getattribute__(ct, "hits").items()))

# getattr() builtin with default doesn't hide non-AttributeError
class Boom:
    def __getattr__(self, name):
        raise ValueError("boom " + name)
try:
    getattr(Boom(), "x", "default")
except ValueError as e:
    print(type(e).__name__, e)

# method lookup goes through __getattribute__
class Intercept:
    def __getattribute__(self, name):
        if name == "greet":
            return lambda: "intercepted greet"
        return object.__getattribute__(self, name)
    def greet(self):
        return "real greet"
print(Intercept().greet(), Intercept.greet(Intercept()))
