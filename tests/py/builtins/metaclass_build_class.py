# Class creation machinery reached through the class statement (__build_class__ indirectly):
# metaclasses, __prepare__, __init_subclass__, __set_name__, class keywords, bases resolution.

log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(f"prepare {name} {sorted(kw)}")
        return {"injected": "from prepare"}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(f"new {name} bases={[b.__name__ for b in bases]} keys={sorted(k for k in ns if not k.startswith('__'))}")
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(f"init {name}")
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        log.append(f"call {cls.__name__}{args}")
        return super().__call__(*args)

class Base(metaclass=Meta, flavor="vanilla"):
    x = 1
    def __init__(self, *args):
        self.args = args
class Child(Base, extra=True):
    y = 2
print("\n".join(log))
log.clear()
c = Child(1, 2)
print(log, c.args, Child.injected, Child.kw, Base.kw, type(Child).__name__, type(c).__name__)

class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="custom-beta"):
    pass
class Gamma(Beta):
    pass
print(Plugin.registry, Gamma.plugin_name)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Field:
    def __set_name__(self, owner, name):
        print(f"  __set_name__ owner={owner.__name__} name={name}")
        self.name = name
    def __get__(self, obj, objtype=None):
        return f"<field {self.name}>" if obj is not None else self
class Model:
    a = Field()
    b = Field()
print(Model().a, Model().b, Model.a.name)

order = []
class Ordered:
    def first(self): pass
    second = 2
    def third(self): pass
print([k for k in Ordered.__dict__ if not k.startswith("__")])

def deco(cls):
    cls.decorated = True
    return cls
@deco
class Decorated:
    pass
print(Decorated.decorated)

class Outer:
    class Inner:
        class Deepest:
            pass
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__name__)
def make(n):
    class Local:
        value = n
    return Local
print(make(1).value, make(2).value, make(1).__qualname__)

class ReturnsOther(type):
    def __new__(mcls, name, bases, ns):
        return 42
class NotAClass(metaclass=ReturnsOther):
    pass
print(NotAClass)

def func_meta(name, bases, ns):
    return f"func_meta made {name} with {sorted(k for k in ns if not k.startswith('__'))}"
class ByFunc(metaclass=func_meta):
    q = 1
print(ByFunc)

class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Conflict(A1, A2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class DupBase(A1, A1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y(X): pass
try:
    class BadMRO(X, Y):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromInstance(5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Body:
    print("class body runs at definition time", __name__, __qualname__)
    z = [i for i in range(3)]
print(Body.z, Body.__module__, "__qualname__" in Body.__dict__)
class WithMro(type):
    def mro(cls):
        return [cls, object]
class Custom(metaclass=WithMro):
    pass
print([k.__name__ for k in Custom.__mro__])
