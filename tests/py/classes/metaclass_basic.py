# Metaclasses: __new__ and __init__ of the metaclass.

class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kwargs)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name, kwargs)
        super().__init__(name, bases, ns)

class A(metaclass=Meta):
    x = 1
    def method(self):
        return "A.method"

print(type(A).__name__, A.created_by, A().method())

class B(A):
    y = 2
print(type(B).__name__, B.created_by)

class C(A, flag=True):
    pass

# metaclass methods are available on the class but not instances
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def describe(cls):
        return "class " + cls.__name__

class Plugin(metaclass=Registry):
    pass
class PluginA(Plugin):
    pass
class PluginB(Plugin):
    pass
print(Registry.classes)
print(PluginA.describe())
try:
    PluginA().describe()
except AttributeError as e:
    print(type(e).__name__, e)

# metaclass attributes visible on class but not on instances
class WithAttr(type):
    meta_attr = "from metaclass"
class UsesAttr(metaclass=WithAttr):
    pass
print(UsesAttr.meta_attr)
print(hasattr(UsesAttr(), "meta_attr"))

# metaclass modifying namespace: uppercase attributes
class Upper(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {}
        for k, v in ns.items():
            new_ns[k if k.startswith("__") else k.upper()] = v
        return super().__new__(mcls, name, bases, new_ns)
class Shouty(metaclass=Upper):
    value = 1
    def greet(self):
        return "hi"
print(hasattr(Shouty, "value"), Shouty.VALUE, Shouty().GREET())

# metaclass conflict
class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
try:
    class X3(X1, X2):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# derived metaclass resolves conflict
class M3(M1, M2): pass
class X4(X1, X2, metaclass=M3): pass
print(type(X4).__name__)

# most derived metaclass is chosen automatically
class Sub1(M1): pass
class Y1(metaclass=Sub1): pass
class Y2(X1, Y1): pass
print(type(Y2).__name__)

# type is the default metaclass
class Plain: pass
print(type(Plain) is type, type(type) is type, isinstance(Plain, type))

# a function as metaclass
def func_meta(name, bases, ns):
    print("func_meta called for", name)
    ns["injected"] = True
    return type(name, bases, ns)
class FM(metaclass=func_meta):
    pass
print(FM.injected, type(FM).__name__)

# metaclass that returns a non-class
def returns_value(name, bases, ns):
    return name + "!"
class NotAClass(metaclass=returns_value):
    pass
print(NotAClass, type(NotAClass).__name__)

# metaclass __repr__ affects class repr
class ReprMeta(type):
    def __repr__(cls):
        return "<nice class %s>" % cls.__name__
class Nice(metaclass=ReprMeta):
    pass
print(repr(Nice), str(Nice))

# metaclass with properties on classes
class PropMeta(type):
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class Named(metaclass=PropMeta):
    pass
print(Named.upper_name)

# metaclass __init__ can add attributes
class AutoId(type):
    counter = 0
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        AutoId.counter += 1
        cls.class_id = AutoId.counter
class I1(metaclass=AutoId): pass
class I2(metaclass=AutoId): pass
class I3(I1): pass
print(I1.class_id, I2.class_id, I3.class_id)

# metaclass keyword errors
try:
    class K(kw=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
