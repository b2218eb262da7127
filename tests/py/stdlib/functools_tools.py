# functools: reduce, wraps/update_wrapper, total_ordering, cached_property, cmp_to_key, partialmethod
import functools
from functools import reduce, wraps, total_ordering, cached_property, cmp_to_key, partialmethod

print(reduce(lambda a, b: a * b, [1, 2, 3, 4]), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)

def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return ("wrapped", f(*a, **k))
    return wrapper
@deco
def target(x, y=2):
    """target doc"""
    return x + y
target.extra = 1
print(target(1), target.__name__, target.__doc__, target.__wrapped__.__name__, target.__qualname__)
def other(): pass
other.attr = "a"
w = functools.update_wrapper(lambda: None, other)
print(w.__name__, w.attr, w.__wrapped__ is other, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

@total_ordering
class Ver:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f"Ver({self.n})"
a, b = Ver(1), Ver(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Ver(1), sorted([Ver(3), Ver(1), Ver(2)]), max(a, b))
try:
    @total_ordering
    class Bad: pass
except ValueError as e:
    print("ValueError:", e)

class Data:
    calls = 0
    def __init__(self, v): self.v = v
    @cached_property
    def total(self):
        Data.calls += 1
        return sum(self.v)
d = Data([1, 2, 3])
print(d.total, d.total, Data.calls, "total" in vars(d))
del d.total
print(d.total, Data.calls, type(Data.__dict__["total"]).__name__)

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(b) - len(a))))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(2) == k(2), k(3) >= k(1))

class Cell:
    def __init__(self): self.state = False
    def set_state(self, s): self.state = s
    set_on = partialmethod(set_state, True)
    set_off = partialmethod(set_state, False)
c = Cell(); c.set_on(); print(c.state); c.set_off(); print(c.state)

@functools.lru_cache(maxsize=2)
def sq(n):
    return n * n
print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits)
p = functools.partial(int, base=2)
print(p("1010"), p.func is int, p.args, p.keywords, repr(functools.partial(max, 1, 2)))
print(functools.reduce(lambda acc, x: acc + [x * 2], range(4), []))
