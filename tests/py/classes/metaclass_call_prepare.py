# Metaclass __call__ and __prepare__.

class Tracing(type):
    def __call__(cls, *args, **kwargs):
        print("Tracing.__call__", cls.__name__, args, sorted(kwargs.items()))
        obj = super().__call__(*args, **kwargs)
        print("instance created")
        return obj

class Widget(metaclass=Tracing):
    def __new__(cls, *args, **kwargs):
        print("Widget.__new__")
        return super().__new__(cls)
    def __init__(self, size, color="red"):
        print("Widget.__init__", size, color)
        self.size = size

w = Widget(3, color="blue")
print(w.size)

# singleton via metaclass __call__
class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]

class Db(metaclass=Singleton):
    def __init__(self, name):
        print("Db init", name)
        self.name = name

d1 = Db("first")
d2 = Db("second")
print(d1 is d2, d2.name)

# __call__ that bypasses __init__
class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj
class Raw(metaclass=NoInit):
    def __init__(self):
        print("never printed")
r = Raw(1, 2)
print(r.args)

# __prepare__ returns the namespace used for the class body
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("__prepare__", name, kwargs)
        return {"preloaded": "from prepare"}
    def __new__(mcls, name, bases, ns, **kwargs):
        print("body saw", sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)

class Prepared(metaclass=OrderedMeta, option=1):
    a = preloaded + "!"
    b = 2
print(Prepared.a, Prepared.preloaded)

# custom namespace class recording assignments
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.log = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.log.append(key)
        super().__setitem__(key, value)

class RecMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.assignment_log = ns.log
        return cls

class Recorded(metaclass=RecMeta):
    z = 1
    a = 2
    z = 3
    def m(self):
        pass
print(Recorded.assignment_log, Recorded.z)

# namespace that rejects duplicate definitions
class NoDupNS(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError("duplicate definition of %r" % k)
        super().__setitem__(k, v)
class NoDup(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDupNS()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
try:
    class Dups(metaclass=NoDup):
        def f(self):
            pass
        def f(self):
            pass
except TypeError as e:
    print(type(e).__name__, e)

# namespace with __missing__ for auto values
class AutoNS(dict):
    def __init__(self):
        super().__init__()
        self.count = 0
    def __missing__(self, key):
        if key.startswith("__") or key in ("print",):
            raise KeyError(key)
        self.count += 1
        self[key] = self.count
        return self.count
class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return AutoNS()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class Color(metaclass=AutoMeta):
    RED
    GREEN
    BLUE
print(Color.RED, Color.GREEN, Color.BLUE)

# __prepare__ must return a mapping
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class BP(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# type.__call__ calls __init__ only when __new__ returns an instance of cls
class Other:
    pass
class Weird:
    def __new__(cls):
        print("Weird.__new__ returns Other()")
        return Other()
    def __init__(self):
        print("Weird.__init__ (not called)")
print(type(Weird()).__name__)

# metaclass __call__ counting instances per class
class Counting(type):
    def __call__(cls, *a, **k):
        cls.instances = getattr(cls, "instances", 0) + 1
        return super().__call__(*a, **k)
class CA(metaclass=Counting): pass
class CB(CA): pass
CA(); CA(); CB()
print(CA.instances, CB.instances)

# the object returned by __prepare__ is passed to __new__ and __init__
class Same(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        ns = {"__marker__": name + "-ns"}
        mcls.last_ns = ns
        return ns
    def __new__(mcls, name, bases, ns):
        print("same object in __new__:", ns is mcls.last_ns)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("same object in __init__:", ns is type(cls).last_ns)
        super().__init__(name, bases, ns)
class S1(metaclass=Same):
    pass
print(S1.__marker__)

# class body sees __module__ and __qualname__ in namespace
class ShowNS(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return {}
    def __new__(mcls, name, bases, ns):
        print("namespace keys:", sorted(k for k in ns if k != "__classcell__"))
        return super().__new__(mcls, name, bases, ns)
class Shown(metaclass=ShowNS):
    """doc"""
    attr = 1
    def method(self):
        return __class__
print(Shown().method() is Shown)

# metaclass __call__ validating arguments before construction
class Validated(type):
    def __call__(cls, *args):
        if len(args) != len(cls.fields):
            raise TypeError("%s expects %d values, got %d" % (cls.__name__, len(cls.fields), len(args)))
        obj = super().__call__()
        for f, v in zip(cls.fields, args):
            setattr(obj, f, v)
        return obj
class Rec(metaclass=Validated):
    fields = ("a", "b")
    def __repr__(self):
        return "Rec(a=%r, b=%r)" % (self.a, self.b)
print(Rec(1, 2))
for args in ((), (1,), (1, 2, 3)):
    try:
        Rec(*args)
    except TypeError as e:
        print(type(e).__name__, e)

# calling the metaclass directly to create a class
Made = Tracing("Made", (), {"__init__": lambda self, v: setattr(self, "v", v)})
print(type(Made).__name__, Made(7).v)

# metaclass __call__ on subclass
class MadeSub(Made):
    pass
print(MadeSub(8).v)
