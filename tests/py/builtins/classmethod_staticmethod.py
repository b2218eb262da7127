# classmethod and staticmethod: binding behaviour, inheritance, direct construction.

class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        type(self).count += 1
    @classmethod
    def create(cls, name):
        return cls(name)
    @classmethod
    def kind(cls):
        return cls.__name__
    @staticmethod
    def area_of_square(side):
        return side * side
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

class Circle(Shape):
    pass

print(Shape.create("s"), Circle.create("c"), Circle.kind(), Circle("x").kind(), Shape.kind())
print(Shape.area_of_square(3), Shape("q").area_of_square(4), Circle.area_of_square(5))
print(Shape.count, Circle.count)
print(type(Shape.__dict__["create"]).__name__, type(Shape.__dict__["area_of_square"]).__name__)
print(type(Shape.create).__name__, type(Shape.area_of_square).__name__, type(Shape("z").create).__name__)
print(Shape.create.__self__ is Shape, Circle.create.__self__ is Circle, Shape.create.__func__ is Circle.create.__func__)
sm = Shape.__dict__["area_of_square"]
cm = Shape.__dict__["create"]
print(sm.__func__(6), cm.__func__(Circle, "direct"), sm(7))
def plain(*args):
    return args
class Host:
    def __repr__(self):
        return "<Host>"
    cm = classmethod(plain)
    sm = staticmethod(plain)
    im = plain
h = Host()
print(h.cm(1), h.sm(1), h.im(1), Host.cm(1), Host.sm(1), Host.im(1))
print(Host.__dict__["sm"].__wrapped__ is plain, Host.__dict__["cm"].__wrapped__ is plain)
print(Host.cm.__name__, Host.sm.__name__, Host.__dict__["sm"].__name__ if hasattr(Host.__dict__["sm"], "__name__") else "-")
class Cls2:
    @classmethod
    def from_cls(cls):
        return cls
    @staticmethod
    def helper():
        return "static"
    def uses(self):
        return self.helper(), self.from_cls().__name__
print(Cls2().uses())
class Sub(Cls2):
    @classmethod
    def from_cls(cls):
        base = super().from_cls()
        return base
print(Sub.from_cls().__name__, Sub().uses())
try:
    classmethod()
except TypeError as e:
    print(type(e).__name__, e)
try:
    staticmethod(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
weird = classmethod(5)
class UsesWeird:
    w = weird
try:
    UsesWeird.w()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(staticmethod(plain)), staticmethod(plain)(1, 2))
class Counter:
    instances = []
    def __init__(self):
        Counter.instances.append(self)
    @classmethod
    def total(cls):
        return len(cls.instances)
    @staticmethod
    def reset():
        Counter.instances.clear()
Counter(); Counter()
print(Counter.total())
Counter.reset()
print(Counter.total())
class Chain:
    @classmethod
    @property
    def chained(cls):
        return f"classmethod+property on {cls.__name__}"
print(Chain.chained)
print(isinstance(Shape.__dict__["kind"], classmethod), isinstance(Shape.__dict__["area_of_square"], staticmethod), Shape.kind.__func__.__name__)
