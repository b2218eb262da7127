# The iteration protocol through iter() and next(), including defaults and sentinel form.

it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, repr(e.value))
print(iter(it) is it, type(iter([])).__name__, type(iter(())).__name__, type(iter("")).__name__,
      type(iter({})).__name__, type(iter(set())).__name__, type(iter(range(1))).__name__, type(iter(b"")).__name__)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x * 10 for x in Countdown(2)], sum(Countdown(4)), next(Countdown(1)))

class SeqOnly:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(SeqOnly()), 9 in SeqOnly(), 5 in SeqOnly(), list(iter(SeqOnly())), type(iter(SeqOnly())).__name__)

calls = []
def reader():
    calls.append(1)
    return len(calls)
print(list(iter(reader, 4)), calls)
print(list(iter([5, 6, 7, 0, 8].pop, 7)))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoneIter:
    __iter__ = None
try:
    iter(NoneIter())
except TypeError as e:
    print(type(e).__name__, e)

# Exhausted iterators stay exhausted; iterators over lists see appends
lst = [1]
it = iter(lst)
print(next(it))
lst.append(2)
print(next(it))
print(next(it, "end"))
lst.append(3)
print(next(it, "still end"))
g = (x for x in range(2))
print(list(g), list(g))
# for loop with else and break
for x in iter([1, 2, 3]):
    if x == 2:
        print("break at", x)
        break
else:
    print("no break")
for x in iter([]):
    pass
else:
    print("else runs for empty")
# StopIteration inside a generator becomes RuntimeError
def gen():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(gen()))
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1}
di = iter(d)
print(next(di), next(di, "done"))
print(list(zip(*[iter(range(6))] * 2)))
