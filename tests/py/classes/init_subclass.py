# __init_subclass__ with and without keyword arguments.

class Base:
    subclasses = []
    def __init_subclass__(cls, **kwargs):
        print("Base.__init_subclass__", cls.__name__, sorted(kwargs.items()))
        super().__init_subclass__()
        Base.subclasses.append(cls.__name__)

class A(Base):
    pass
class B(Base):
    pass
class C(A):
    pass
print(Base.subclasses)

# keyword arguments in class statement
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls

class Json(Plugin, name="json", priority=10):
    pass
class Xml(Plugin, priority=5):
    pass
class Yaml(Plugin):
    pass
for key in sorted(Plugin.registry, key=lambda k: -Plugin.registry[k].priority):
    cls = Plugin.registry[key]
    print(key, cls.__name__, cls.priority)

# unexpected keyword propagates to object.__init_subclass__
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# keyword args to class with no __init_subclass__
try:
    class Bad2(kw=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __init_subclass__ is implicitly a classmethod
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

# not called for the class that defines it
class Root:
    def __init_subclass__(cls):
        print("Root hook for", cls.__name__)
print("Root defined without hook call")
class Leaf(Root):
    pass

# chain of __init_subclass__ in a hierarchy
class L1:
    def __init_subclass__(cls, **kw):
        print("L1 hook", cls.__name__, kw)
        super().__init_subclass__()
class L2(L1):
    def __init_subclass__(cls, extra=None, **kw):
        print("L2 hook", cls.__name__, extra)
        super().__init_subclass__(**kw)
class L3(L2, extra="E", other="O"):
    pass

# __init_subclass__ can enforce interface
class Interface:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        if missing:
            raise TypeError("%s is missing %s" % (cls.__name__, ", ".join(missing)))

class Shape(Interface):
    required = ("area", "perimeter")
    def area(self):
        return 0
    def perimeter(self):
        return 0

class Square(Shape):
    def area(self):
        return 4

try:
    class Broken(Interface):
        required = ("run",)
except TypeError as e:
    print(type(e).__name__, e)
print(Square().area())

# multiple inheritance: each base's hook only via cooperative super
class MA:
    def __init_subclass__(cls, **kw):
        print("MA hook", cls.__name__)
        super().__init_subclass__(**kw)
class MB:
    def __init_subclass__(cls, **kw):
        print("MB hook", cls.__name__)
        super().__init_subclass__(**kw)
class MAB(MA, MB):
    pass

# interplay with metaclass kwargs
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__ kw", sorted(kw))
        return super().__new__(mcls, name, bases, ns, **kw)
class WithMeta(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("WithMeta hook", cls.__name__, kw)
class Child(WithMeta, tag="t"):
    pass

# __init_subclass__ sees fully-populated class
class Counter:
    def __init_subclass__(cls):
        cls.method_count = sum(1 for k, v in vars(cls).items() if callable(v) and not k.startswith("__"))
class Three(Counter):
    def a(self): pass
    def b(self): pass
    def c(self): pass
    x = 1
print(Three.method_count)
