# itertools: count, cycle, repeat, islice and their reprs and argument errors
from itertools import count, cycle, repeat, islice, takewhile

c = count()
print(next(c), next(c), next(c), repr(c))
c = count(5)
print(repr(c), [next(c) for _ in range(3)], repr(c))
c = count(10, 3)
print(repr(c), list(islice(c, 4)), repr(c))
c = count(0.5, 0.25)
print(list(islice(c, 4)), repr(c))
c = count(start=2, step=-1)
print(list(islice(c, 5)), repr(c))
print(repr(count(1, 1.0)), repr(count(2**70)), repr(count(-3)))
c = count(1j)
print(list(islice(c, 2)))
for bad in [("a",), (1, "b"), (None,)]:
    try:
        count(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    count(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

cy = cycle("abc")
print([next(cy) for _ in range(8)])
print(list(islice(cycle([1, 2]), 5)))
print(list(cycle([])))
def gen():
    print("gen start")
    yield 1
    yield 2
    print("gen end")
cy = cycle(gen())
print([next(cy) for _ in range(5)])
try:
    cycle()
except TypeError as e:
    print("TypeError:", e)
try:
    cycle(1)
except TypeError as e:
    print("TypeError:", e)
try:
    cycle([1], [2])
except TypeError as e:
    print("TypeError:", e)

r = repeat("a", 3)
print(repr(r), r.__length_hint__(), list(r), repr(r), r.__length_hint__())
r = repeat(None)
print(repr(r), [next(r) for _ in range(3)])
try:
    r.__length_hint__()
except TypeError as e:
    print("TypeError:", e)
print(list(repeat(1, -5)), repr(repeat(1, -5)))
print(list(repeat(times=2, object=[1])))
print(list(map(pow, range(5), repeat(2))))
try:
    repeat()
except TypeError as e:
    print("TypeError:", e)
try:
    repeat(1, "x")
except TypeError as e:
    print("TypeError:", e)
print(len(list(repeat(0, 1000))))

print(list(islice("ABCDEFG", 2)))
print(list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)))
print(list(islice("ABCDEFG", None)))
print(list(islice("ABCDEFG", None, None, None)))
print(list(islice(range(100), 10, 50, 7)))
print(list(islice(count(), 3, 30, 9)))
print(list(islice([], 3)))
it = iter(range(10))
print(list(islice(it, 3)), list(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
for args in [(-1,), ("a",), (1, -1), (0, 5, 0), (0, 5, -1), (1.5,), (0, 2, "x")]:
    try:
        islice(range(10), *args)
    except ValueError as e:
        print("ValueError:", e)
for args in [(), (1, 2, 3, 4)]:
    try:
        islice(range(10), *args)
    except TypeError as e:
        print("TypeError:", e)
try:
    islice(range(3), stop=2)
except TypeError as e:
    print("TypeError:", e)
try:
    islice(3, 2)
except TypeError as e:
    print("TypeError:", e)
print(list(takewhile(lambda x: x < 20, count(1, 4))))
print(type(count()).__name__, type(cycle("")).__name__, type(repeat(1)).__name__, type(islice("", 1)).__name__)
print(type(count()).__module__, iter(c) is c)

class MyCount(count):
    pass
m = MyCount(7)
print(repr(m), next(m), isinstance(m, count))
class MyRepeat(repeat):
    pass
print(repr(MyRepeat("x", 2)))
