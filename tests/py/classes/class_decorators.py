# Class decorators in depth.

def add_repr(cls):
    fields = [k for k in cls.__dict__.get("__annotations__", {})]
    def __repr__(self):
        return "%s(%s)" % (cls.__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))
    cls.__repr__ = __repr__
    return cls

def add_init(cls):
    fields = list(cls.__dict__.get("__annotations__", {}))
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError("%s takes at most %d positional arguments" % (cls.__name__, len(fields)))
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError("%s got an unexpected field %r" % (cls.__name__, k))
            if k in values:
                raise TypeError("%s got multiple values for %r" % (cls.__name__, k))
            values[k] = v
        for f in fields:
            if f in values:
                setattr(self, f, values[f])
            elif f in defaults:
                setattr(self, f, defaults[f])
            else:
                raise TypeError("%s missing field %r" % (cls.__name__, f))
    cls.__init__ = __init__
    return cls

def add_eq(cls):
    fields = list(cls.__dict__.get("__annotations__", {}))
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__eq__ = __eq__
    return cls

@add_repr
@add_eq
@add_init
class Item:
    name: str
    price: float = 0.0
    qty: int = 1

print(Item("apple"))
print(Item("pear", 1.5, qty=3))
print(Item("a") == Item("a"), Item("a") == Item("b"), Item("a") == "a")
# __eq__ added after class creation does not reset __hash__
_a = Item("a")
print(Item.__hash__ is object.__hash__, hash(_a) == hash(_a), hash(_a) != hash(Item("b")))
for args, kwargs in (((), {}), (("x", 1, 2, 3), {}), (("x",), {"bogus": 1}), (("x",), {"name": "y"})):
    try:
        Item(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)

# decorator returning a subclass
def with_counter(cls):
    class Counted(cls):
        instances = 0
        def __init__(self, *a, **k):
            type(self).instances += 1
            super().__init__(*a, **k)
    Counted.__name__ = cls.__name__
    Counted.__qualname__ = cls.__qualname__
    return Counted

@with_counter
class Widget:
    def __init__(self, label):
        self.label = label
Widget("a"); Widget("b")
print(Widget.__name__, Widget.instances, [k.__name__ for k in Widget.__mro__])

# decorator with arguments registering classes
handlers = {}
def handles(*kinds):
    def deco(cls):
        for k in kinds:
            handlers[k] = cls
        return cls
    return deco

@handles("txt", "md")
class TextHandler:
    pass
@handles("png")
class ImageHandler:
    pass
print(sorted((k, v.__name__) for k, v in handlers.items()))

# decorator that freezes instances after __init__
def frozen(cls):
    orig_init = cls.__init__
    def __init__(self, *a, **k):
        object.__setattr__(self, "_frozen", False)
        orig_init(self, *a, **k)
        object.__setattr__(self, "_frozen", True)
    def __setattr__(self, name, value):
        if self._frozen:
            raise AttributeError("%s is frozen; cannot set %r" % (cls.__name__, name))
        object.__setattr__(self, name, value)
    cls.__init__ = __init__
    cls.__setattr__ = __setattr__
    return cls

@frozen
class Config:
    def __init__(self, host, port):
        self.host = host
        self.port = port
cfg = Config("localhost", 8080)
print(cfg.host, cfg.port)
try:
    cfg.port = 1
except AttributeError as e:
    print(type(e).__name__, e)

# decorator applied to a class with a metaclass
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta creating", name)
        return super().__new__(mcls, name, bases, ns)
def after(cls):
    print("decorator sees", cls.__name__, type(cls).__name__)
    return cls
@after
class WithMeta(metaclass=Meta):
    pass

# decorator order relative to __init_subclass__ of the base
class Base:
    def __init_subclass__(cls):
        print("__init_subclass__ for", cls.__name__)
@after
class Derived(Base):
    pass

# decorator replacing class by a function
def factory_only(cls):
    def make(*a):
        return cls(*a)
    make.cls = cls
    return make
@factory_only
class Hidden:
    def __init__(self, v):
        self.v = v
print(type(Hidden).__name__, Hidden(9).v, Hidden.cls.__name__)

# total ordering by hand via a decorator
def ordering(cls):
    lt = cls.__lt__
    cls.__gt__ = lambda a, b: lt(b, a)
    cls.__le__ = lambda a, b: not lt(b, a)
    cls.__ge__ = lambda a, b: not lt(a, b)
    return cls
@ordering
class Num:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
a, b = Num(1), Num(2)
print(a < b, a > b, a <= b, a >= b, b >= b, b <= a)

# decorator that adds class-level validation of attribute types
def typed_fields(**types):
    def deco(cls):
        orig_setattr = cls.__setattr__
        def __setattr__(self, name, value):
            expected = types.get(name)
            if expected is not None and not isinstance(value, expected):
                raise TypeError("%s.%s must be %s, not %s" % (cls.__name__, name, expected.__name__, type(value).__name__))
            orig_setattr(self, name, value)
        cls.__setattr__ = __setattr__
        return cls
    return deco

@typed_fields(x=int, label=str)
class Marker:
    def __init__(self, x, label):
        self.x = x
        self.label = label
m = Marker(1, "one")
print(m.x, m.label)
for args in ((1.5, "a"), (1, 2)):
    try:
        Marker(*args)
    except TypeError as e:
        print(type(e).__name__, e)
m.other = 3.5
print(m.other)

# class decorators run after the class body and can inspect methods
def list_methods(cls):
    cls.method_names = sorted(k for k, v in vars(cls).items() if callable(v) and not k.startswith("_"))
    return cls
@list_methods
class Api:
    def get(self): pass
    def post(self): pass
    def _private(self): pass
    version = 2
print(Api.method_names)

# decorated class retains its identity when decorator returns it
def identity(cls):
    return cls
class Before:
    pass
After = identity(Before)
print(After is Before, After.__name__)

# nested decorators trace order
def trace(label):
    def deco(cls):
        print("decorating with", label, "->", cls.__name__)
        cls.trail = getattr(cls, "trail", ()) + (label,)
        return cls
    return deco
@trace("outer")
@trace("middle")
@trace("inner")
class Traced:
    pass
print(Traced.trail)
