# The legacy __getitem__ iteration protocol.

class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print("  __getitem__", i)
        if i >= self.n:
            raise IndexError("out of range")
        return i * i

print(list(Squares(4)))
for v in Squares(2):
    print("loop got", v)
print(sum(Squares(5)))
a, b, c = Squares(3)
print(a, b, c)
print(*Squares(2))
print(sorted(Squares(3), reverse=True))
print(max(Squares(4)), tuple(Squares(0)))

# iter() wraps it in an iterator
it = iter(Squares(2))
print(type(it).__name__)
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
try:
    next(it)
except StopIteration:
    print("still exhausted")

# StopIteration also ends iteration
class StopsWithStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStop()))

# other exceptions propagate
class Broken:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError("broken at 1")
        return i
try:
    list(Broken())
except KeyError as e:
    print(type(e).__name__, e)

# __iter__ takes precedence over __getitem__
class Both:
    def __getitem__(self, i):
        return "getitem"
    def __iter__(self):
        return iter(["from __iter__"])
print(list(Both()))

# __iter__ = None blocks the fallback
class Blocked:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(Blocked())
except TypeError as e:
    print(type(e).__name__, e)

# a mapping-like __getitem__ that fails with KeyError is not iterable sequence
class DictLike:
    def __getitem__(self, key):
        return {0: "zero", 1: "one"}[key]
try:
    list(DictLike())
except KeyError as e:
    print(type(e).__name__, e)

# enumerate/zip/map work with old-style sequences
class Letters:
    def __getitem__(self, i):
        return "abc"[i]
print(list(enumerate(Letters())))
print(list(zip(Letters(), Squares(10))))
print(list(map(str.upper, Letters())))
print("".join(Letters()))
print("b" in Letters(), "z" in Letters())

# unpacking errors
try:
    x, y = Letters()
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, y, z, w = Letters()
except ValueError as e:
    print(type(e).__name__, e)

# infinite old-style sequence with manual break
class Naturals:
    def __getitem__(self, i):
        return i
for n in Naturals():
    if n > 4:
        break
    print("n", n)

# iter(callable, sentinel) form
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
data = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(data), "")))

# not iterable error messages
for obj in (5, None, 1.5, Naturals):
    try:
        iter(obj)
    except TypeError as e:
        print(type(e).__name__, e)
