# A metaclass's __call__ is looked up and bound like any attribute: typing's TypedDict sets
# `__call__ = dict`, so calling a TypedDict class calls dict without the class.
from typing import TypedDict

class Point(TypedDict):
    x: int
    y: int

p = Point(x=1, y=2)
print(p, type(p).__name__, sorted(Point.__required_keys__))
Movie = TypedDict("Movie", {"name": str, "year": int}, total=False)
print(Movie(name="Blade Runner"), sorted(Movie.__optional_keys__), Movie.__total__)

class ListMeta(type):
    __call__ = list

class L(metaclass=ListMeta):
    pass

print(L("abc"))

class Counted:
    def __init__(self):
        self.calls = 0
    def __get__(self, obj, owner):
        def call(*args):
            self.calls += 1
            return (obj.__name__, args)
        return call

class DescMeta(type):
    __call__ = Counted()

class D(metaclass=DescMeta):
    pass

print(D(1, 2), D(), DescMeta.__dict__["__call__"].calls)

class StaticMeta(type):
    @staticmethod
    def __call__(*args):
        return ("static", args)

class S(metaclass=StaticMeta):
    pass

print(S(5))

class FuncMeta(type):
    def __call__(cls, *args, **kw):
        print("FuncMeta.__call__", cls.__name__, args, kw)
        return super().__call__(*args, **kw)

class F(metaclass=FuncMeta):
    def __init__(self, a, b=0):
        self.total = a + b

print(F(1, b=2).total)
