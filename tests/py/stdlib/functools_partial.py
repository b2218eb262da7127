# functools: partial, reduce, cmp_to_key, wraps, update_wrapper
import functools
from functools import partial, reduce, cmp_to_key, wraps

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)

p = partial(f, 1)
print(p(2), p(2, 5), p(2, d=9), p.func is f, p.args, p.keywords)
p2 = partial(p, 2, d=7)
print(p2(), p2.args, p2.keywords, p2.func is f)
p3 = partial(f, d=1)
print(p3(1, 2), p3(1, 2, d=0), p3.keywords)
print(repr(partial(max, 1, 2, key=abs)))
print(repr(partial(partial(max, 1), 2)))
class Obj:
    m = partial(f, "bound?")
print(Obj().m(1), Obj.m(1))
try:
    partial()
except TypeError as e:
    print("TypeError:", e)
try:
    partial(1)
except TypeError as e:
    print("TypeError:", e)
q = partial(int, base=2)
print(q("101"), q("11", base=3))
print(list(map(partial(pow, 2), range(6))))
pp = partial(f)
pp.attr = 5
print(pp.attr, pp(1, 2))
try:
    p.func = max
except AttributeError as e:
    print("AttributeError")
class MyPartial(partial):
    pass
mp = MyPartial(f, 1, 2)
print(mp(), type(mp).__name__, repr(mp).startswith("MyPartial(<function f"))

print(reduce(lambda x, y: x + y, [1, 2, 3, 4]))
print(reduce(lambda x, y: x * y, range(1, 6), 10))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], "init"), reduce(lambda a, b: a, ["only"]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(lambda a, b: a, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    reduce()
except TypeError as e:
    print("TypeError:", e)
print(reduce(lambda acc, s: acc + s.upper(), "abc", ""))

def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 9, 1], key=cmp_to_key(cmp)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(b) - len(a))))
k = cmp_to_key(cmp)
print(k(1) < k(2), k(2) == k(2), k(3) >= k(1), k(1).obj)
try:
    hash(k(1))
except TypeError as e:
    print("TypeError:", e)
print(min([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k) * 2
    return inner
@deco
def double_me(x):
    """Doubles."""
    return x
print(double_me(21), double_me.__name__, double_me.__doc__, double_me.__wrapped__(5), double_me.__qualname__)
def plain(): pass
plain.extra = {"k": 1}
w = functools.update_wrapper(lambda: None, plain)
print(w.__name__, w.extra, w.__wrapped__ is plain)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
