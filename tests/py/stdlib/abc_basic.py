# abc: ABC, ABCMeta, abstractmethod, register, virtual subclasses, __subclasshook__
import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name()} with area {self.area()}"

print(sorted(Shape.__abstractmethods__), type(Shape).__name__, isinstance(Shape, ABCMeta))
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
class Half(Shape):
    def area(self):
        return 0
try:
    Half()
except TypeError as e:
    print("TypeError:", e)
print(sorted(Half.__abstractmethods__))
class Square(Half):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def name(self):
        return "square"
sq = Square(3)
print(sq.describe(), isinstance(sq, Shape), issubclass(Square, Shape), Square.__abstractmethods__)

class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented
class Pic:
    def draw(self):
        pass
class NotPic:
    pass
print(issubclass(Pic, Drawable), isinstance(Pic(), Drawable), issubclass(NotPic, Drawable))

class Registry(ABC):
    pass
Registry.register(int)
@Registry.register
class Later:
    pass
print(issubclass(int, Registry), isinstance(5, Registry), isinstance(True, Registry), isinstance("s", Registry))
print(issubclass(Later, Registry), Later.__name__, Registry.register(float) is float)
print(issubclass(bool, Registry), Registry in int.__mro__)
class Child(Registry):
    pass
print(issubclass(Child, Registry), isinstance(Child(), Registry))

class Props(ABC):
    @property
    @abstractmethod
    def value(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(Props.__abstractmethods__))
class PropsImpl(Props):
    value = 3
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper():
        return "h"
print(PropsImpl.make().value, PropsImpl.helper())
print(abc.get_cache_token() is not None, getattr(abstractmethod(lambda: 0), "__isabstractmethod__"))

def add_method(cls):
    cls.extra = abstractmethod(lambda self: 0)
    abc.update_abstractmethods(cls)
    return cls
@add_method
class Dyn(ABC):
    pass
print(sorted(Dyn.__abstractmethods__))
try:
    Dyn()
except TypeError as e:
    print("TypeError:", e)
try:
    Registry.register(5)
except TypeError as e:
    print("TypeError:", e)
class Meta(ABCMeta):
    pass
class WithMeta(metaclass=Meta):
    @abstractmethod
    def f(self): ...
try:
    WithMeta()
except TypeError as e:
    print("TypeError:", e)
class Circ(ABC):
    pass
try:
    int.register = None
except TypeError as e:
    print("TypeError")
try:
    Circ.register(Circ)
except RuntimeError as e:
    print("RuntimeError:", e)
class Sub(Circ): pass
try:
    Sub.register(Circ)
except RuntimeError as e:
    print("RuntimeError:", e)
