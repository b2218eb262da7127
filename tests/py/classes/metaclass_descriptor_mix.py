# class features mix
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['created_by'] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.called = True
        return inst
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"

class Base(metaclass=Meta, flag=1):
    def __init__(self, x):
        self.x = x
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag

class Child(Base, tag="c"):
    pass

c = Child(3)
print(c.x, c.called, Child.tag, Child.created_by, Base.kw, Child.kw)
print(repr(Child), type(Child).__name__)
print(Child.__mro__)
print(isinstance(c, Base), issubclass(Child, Base))

class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)

class P:
    d = Desc()
p = P()
print(p.d)
p.d = 5
print(p.d, p._d, P.d.name)

class Slots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = Slots()
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError", e)
print(Slots.a, type(Slots.a).__name__)

class O:
    def __eq__(self, other):
        return NotImplemented
    __hash__ = None
print(O() == O(), O() != O())
try:
    hash(O())
except TypeError as e:
    print(e)

class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __iadd__(self, o):
        self.v += 100
        return self
    def __repr__(self): return f"Num({self.v})"
n = Num(1)
print(n + 2, 3 + n, sum([Num(1), Num(2)], Num(0)))
n += 1
print(n)
print(vars(Num(7)))
class WithProps:
    @property
    def p(self):
        "doc of p"
        return 42
    @p.setter
    def p(self, v):
        print("set", v)
    @staticmethod
    def s(a): return a * 2
    @classmethod
    def c(cls): return cls.__name__
w = WithProps()
w.p = 9
print(w.p, WithProps.p.__doc__, w.s(4), WithProps.c(), w.c())
try:
    del w.p
except AttributeError as e:
    print("AttributeError", e)
