# __iter__ / __next__ iterator protocol.

class CountUp:
    def __init__(self, limit):
        self.limit = limit
        self.current = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.current >= self.limit:
            raise StopIteration
        self.current += 1
        return self.current

c = CountUp(3)
print(list(c))
print(list(c))          # exhausted: iterator is its own iterable
print(list(CountUp(0)))

# separate iterable and iterator: re-iterable
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i - 1
r = Range2(3)
print(list(r), list(r), [(a, b) for a in r for b in r if a < b])

# next() with default
it = iter(CountUp(1))
print(next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)

# __iter__ returning non-iterator
class BadIter:
    def __iter__(self):
        return [1, 2]
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# next() on non-iterator
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)

# object with __next__ but no __iter__ can be returned by __iter__
class NextOnly:
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
class ReturnsNextOnly:
    def __iter__(self):
        return NextOnly()
print(list(ReturnsNextOnly()))
try:
    iter(NextOnly())
except TypeError as e:
    print(type(e).__name__, e)

# StopIteration with a value in a plain iterator is ignored by for-loops
class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("ignored value")
print(list(StopWithValue()))

# exceptions from __next__ propagate out of for loops
class Fails:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("failed at 3")
        return self.i
got = []
try:
    for v in Fails():
        got.append(v)
except ValueError as e:
    print(type(e).__name__, e, got)

# iterator protocol used by builtins
print(sum(CountUp(4)), max(CountUp(4)), sorted(CountUp(3), reverse=True))
print(dict(zip(CountUp(3), "abc")), list(enumerate(CountUp(2), start=10)))
print(tuple(CountUp(2)), set(CountUp(2)) == {1, 2}, "-".join(map(str, CountUp(5))))
first, *rest = CountUp(4)
print(first, rest)

# builtin iterator types and their identity behaviour
lst = [1, 2, 3]
li = iter(lst)
print(iter(li) is li, next(li))
lst.append(4)
print(list(li))
di = iter({"a": 1, "b": 2})
print(next(di), type(di).__name__)
d = {"a": 1}
it = iter(d)
d["b"] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1}
its = iter(s)
s.add(2)
try:
    next(its)
except RuntimeError as e:
    print(type(e).__name__, e)

# iterators of strings, bytes, ranges, tuples
print(list(iter("hi")), list(iter(b"hi")), list(iter(range(2, 5))), list(iter((7, 8))))
print(type(iter("")).__name__, type(iter([])).__name__, type(iter(())).__name__, type(iter(range(1))).__name__)

# zip stops at the shortest, without over-consuming the first if it ends first
a = iter([1, 2, 3])
b = iter(["x"])
print(list(zip(a, b)), list(a))
a = iter([1, 2, 3])
print(list(zip(["x"], a)), list(a))

# map/filter are lazy iterators
calls = []
m = map(lambda x: calls.append(x) or x * 2, [1, 2, 3])
print(calls)
print(next(m), calls)
print(list(m), calls)

# infinite iterator with manual limit
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
out = []
for f in Fib():
    if f > 100:
        break
    out.append(f)
print(out)
