# abc: abstract properties/classmethods/staticmethods, update_abstractmethods, register as decorator, caches, _abc helpers
import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @property
    @abstractmethod
    def area(self): ...
    @classmethod
    @abstractmethod
    def unit(cls): ...
    @staticmethod
    @abstractmethod
    def kind(): ...
    def describe(self):
        return f"{self.kind()} of area {self.area} {self.unit()}"
print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
class Square(Shape):
    def __init__(self, s): self.s = s
    @property
    def area(self): return self.s ** 2
    @classmethod
    def unit(cls): return "m2"
    @staticmethod
    def kind(): return "square"
print(Square(3).describe(), Square.__abstractmethods__, isinstance(Square(1), Shape))
class Partial(Shape):
    @property
    def area(self): return 0
print(sorted(Partial.__abstractmethods__))
try:
    Partial()
except TypeError as e:
    print("TypeError:", e)

class Base(ABC):
    @abstractmethod
    def run(self): ...
class Impl(Base):
    pass
Impl.run = lambda self: "patched"
print(sorted(Impl.__abstractmethods__))
abc.update_abstractmethods(Impl)
print(sorted(Impl.__abstractmethods__), Impl().run())

@Base.register
class Virtual:
    pass
print(issubclass(Virtual, Base), isinstance(Virtual(), Base), Virtual.__mro__[-1].__name__, Base in Virtual.__mro__)
class VirtualChild(Virtual): pass
print(issubclass(VirtualChild, Base))

class Meta(ABCMeta):
    pass
class WithMeta(metaclass=Meta):
    @abstractmethod
    def f(self): ...
print(type(WithMeta).__name__, sorted(WithMeta.__abstractmethods__), isinstance(WithMeta, ABCMeta))

class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return any("quack" in B.__dict__ for B in C.__mro__)
        return NotImplemented
class Duck:
    def quack(self): pass
class Robot(Duck): pass
print(issubclass(Duck, Hook), issubclass(Robot, Hook), issubclass(int, Hook), isinstance(Duck(), Hook))
print(abc.get_cache_token() is not None, type(abc.ABC).__name__)
from collections.abc import Sized, Iterable, Hashable, Callable, Container, Sequence, MutableMapping
class Bag:
    def __len__(self): return 3
    def __iter__(self): return iter([1, 2, 3])
    def __contains__(self, x): return x in (1, 2, 3)
print(isinstance(Bag(), Sized), isinstance(Bag(), Iterable), isinstance(Bag(), Container), isinstance(Bag(), Sequence))
print(isinstance([], Hashable), isinstance((), Hashable), isinstance(len, Callable), isinstance(Bag, Callable))
class Store(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
s = Store()
s["a"] = 1
s.update(b=2, c=3)
print(dict(s), s.get("z", 0), s.pop("a"), s.setdefault("d", 4), sorted(s.keys()), list(s.items())[:2], "b" in s, len(s))
print(s.popitem(), s == {"c": 3, "d": 4} or dict(s))
class ROnly(Sequence):
    def __init__(self, *v): self.v = v
    def __getitem__(self, i): return self.v[i]
    def __len__(self): return len(self.v)
r = ROnly(3, 1, 3, 2)
print(list(reversed(r)), r.index(3), r.count(3), 2 in r, list(r), r[1:3])
