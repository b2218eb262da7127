# type() with one and three arguments.

print(type(1).__name__, type("s").__name__, type(None).__name__, type(type).__name__)

def init(self, x):
    self.x = x

Point = type("Point", (), {"__init__": init, "dims": 2, "__repr__": lambda self: "Point(%r)" % self.x})
p = Point(5)
print(p, p.x, Point.dims, Point.__name__, Point.__qualname__)
print(Point.__bases__, Point.__module__)

# with bases
Point3 = type("Point3", (Point,), {"dims": 3})
p3 = Point3(7)
print(p3, Point3.dims, isinstance(p3, Point), [c.__name__ for c in Point3.__mro__])

# empty class via type()
Empty = type("Empty", (), {})
e = Empty()
e.attr = 1
print(type(e).__name__, e.attr, Empty.__bases__)

# docstring via namespace
Documented = type("Documented", (), {"__doc__": "Docs here"})
print(Documented.__doc__)

# name need not be a valid identifier
Weird = type("not valid!", (), {})
print(Weird.__name__)

# __qualname__ in namespace
Q = type("Q", (), {"__qualname__": "Outer.Q"})
print(Q.__name__, Q.__qualname__)

# methods using super() cannot use zero-arg form, but explicit works
def greet(self):
    return "child>" + super(Child, self).greet()
Base = type("Base", (), {"greet": lambda self: "base"})
Child = type("Child", (Base,), {"greet": greet})
print(Child().greet())

# classmethod and staticmethod in namespace
Tools = type("Tools", (), {
    "make": classmethod(lambda cls: cls.__name__ + " made"),
    "add": staticmethod(lambda a, b: a + b),
    "size": property(lambda self: 10),
})
print(Tools.make(), Tools.add(2, 3), Tools().size)

# wrong argument counts/types
try:
    type("A", ())
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", [], {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("A", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)

# namespace dict is copied
ns = {"v": 1}
C = type("C", (), ns)
ns["v"] = 2
print(C.v)
C.v = 3
print(ns["v"])

# __dict__ is a mappingproxy
print(type(C.__dict__).__name__)
try:
    C.__dict__["v"] = 5
except TypeError as e:
    print(type(e).__name__, e)

# building classes in a loop
classes = [type("K%d" % i, (), {"n": i}) for i in range(4)]
print([(k.__name__, k.n) for k in classes])

# subclass of builtin via type()
MyList = type("MyList", (list,), {"total": lambda self: sum(self)})
ml = MyList([1, 2, 3])
print(ml, ml.total(), isinstance(ml, list))

# type() with a metaclass: the derived metaclass is used
class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
Dyn = type("Dyn", (WithMeta,), {})
print(type(Dyn).__name__)

# calling type subclass directly
Made = Meta("Made", (), {"q": 1})
print(type(Made).__name__, Made.q)

# type.__name__ writable, __qualname__ too
Made.__name__ = "Renamed"
print(Made.__name__, Made.__qualname__)
try:
    Made.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__name__ = "x"
except TypeError as e:
    print(type(e).__name__, e)

# __bases__ assignment
class X: 
    def who(self):
        return "X"
class Y:
    def who(self):
        return "Y"
class Z(X):
    pass
z = Z()
print(z.who())
Z.__bases__ = (Y,)
print(z.who(), [k.__name__ for k in Z.__mro__])
