# functools: lru_cache, cache, cached_property, total_ordering, singledispatch
import functools
from functools import lru_cache, cache, cached_property, total_ordering

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3), calls)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq(2), sq.cache_info())
print(sq.__name__, sq.__wrapped__(7), sq.cache_parameters())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

@lru_cache
def typed_default(x):
    return type(x).__name__
print(typed_default(1), typed_default(1.0), typed_default.cache_info().hits)
@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)
@lru_cache(maxsize=None)
def kw(a, b=2, *, c=3):
    return a + b + c
print(kw(1), kw(1, b=2), kw(1, c=3), kw(a=1), kw.cache_info())
@lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())
try:
    lru_cache(maxsize="x")
except TypeError as e:
    print("TypeError:", e)
try:
    sq([1])
except TypeError as e:
    print("TypeError:", e)

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, c.__dict__)
del c.area
print(c.area)
print(Circle.area.__class__.__name__, Circle.area.attrname)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(2) <= V(2), V(3) > V(1), V(1) >= V(2), sorted(x.v for x in [V(3), V(1)]))
try:
    @total_ordering
    class Bad:
        pass
except ValueError as e:
    print("ValueError:", e)

print(functools.partialmethod.__name__)
class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)
cl = Cell(); cl.set_alive(); print(cl._alive)
