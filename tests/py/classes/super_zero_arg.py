# Zero-argument super().

class Base:
    def __init__(self, value):
        print("Base.__init__", value)
        self.value = value

    def greet(self):
        return "Base greet"

    @classmethod
    def create(cls, v):
        print("Base.create for", cls.__name__)
        return cls(v)

    @staticmethod
    def util():
        return "Base.util"


class Child(Base):
    def __init__(self, value, extra):
        print("Child.__init__", value, extra)
        super().__init__(value)
        self.extra = extra

    def greet(self):
        return "Child+" + super().greet()

    @classmethod
    def create(cls, v):
        print("Child.create")
        return super().create(v)

    @staticmethod
    def util():
        return "Child+" + Base.util()


class Sub(Child):
    def __init__(self, v):
        super().__init__(v, "sub-extra")

c = Child(1, "x")
print(c.value, c.extra)
print(c.greet())
print(Child.util())
s = Sub.create(5)
print(type(s).__name__, s.value, s.extra)

# cooperative multiple inheritance
class Root:
    def __init__(self, **kw):
        print("Root init, leftover", sorted(kw))
    def chain(self):
        return ["Root"]

class A(Root):
    def __init__(self, a=None, **kw):
        print("A init", a)
        super().__init__(**kw)
    def chain(self):
        return ["A"] + super().chain()

class B(Root):
    def __init__(self, b=None, **kw):
        print("B init", b)
        super().__init__(**kw)
    def chain(self):
        return ["B"] + super().chain()

class C(A, B):
    def __init__(self, c=None, **kw):
        print("C init", c)
        super().__init__(**kw)
    def chain(self):
        return ["C"] + super().chain()

obj = C(a=1, b=2, c=3, z=26)
print(obj.chain())
print([k.__name__ for k in C.__mro__])

# super() in a class without explicit base
class Plain:
    def __init__(self):
        super().__init__()
        self.ok = True
    def __repr__(self):
        return "Plain(" + super().__repr__()[:1] + ")"
print(Plain().ok, repr(Plain()))

# super() for properties
class PBase:
    @property
    def name(self):
        return "pbase"
class PChild(PBase):
    @property
    def name(self):
        return "pchild/" + super().name
print(PChild().name)

# super() accessing class attributes
class AttrBase:
    color = "red"
class AttrChild(AttrBase):
    color = "blue"
    def colors(self):
        return self.color, super().color
print(AttrChild().colors())

# super() with __getattr__ fallbacks: super doesn't use instance __dict__
class Holder:
    def method(self):
        return "Holder.method"
class Inst(Holder):
    def test(self):
        self.method = lambda: "instance attr"
        return self.method(), super().method()
print(Inst().test())

# super() fails when attribute not found
class NoAttr(Base):
    def probe(self):
        return super().missing
try:
    NoAttr(0).probe()
except AttributeError as e:
    print(type(e).__name__, e)

# super() in a nested function inside a method fails (no __class__ / args)
class Nested(Base):
    def outer(self):
        def inner():
            return super().greet()
        return inner()
try:
    Nested(0).outer()
except RuntimeError as e:
    print(type(e).__name__, e)

# super() with no arguments outside a class
def lone():
    return super()
try:
    lone()
except RuntimeError as e:
    print(type(e).__name__, e)

# __class__ cell
class Cell:
    def which(self):
        return __class__.__name__
class CellSub(Cell):
    pass
print(CellSub().which())

# super() in __init_subclass__ and __new__
class NewBase:
    def __new__(cls, *args):
        print("NewBase.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        self.args = args
class NewChild(NewBase):
    def __new__(cls, *args):
        print("NewChild.__new__")
        return super().__new__(cls, *args)
n = NewChild(1, 2)
print(type(n).__name__, n.args)

# super() inside a generator method
class GenBase:
    def items(self):
        yield "base1"
        yield "base2"
class GenChild(GenBase):
    def items(self):
        yield "child"
        yield from super().items()
print(list(GenChild().items()))

# super() inside a comprehension in a method
class CompChild(GenBase):
    def items(self):
        return [x.upper() for x in super().items()]
print(CompChild().items())
