# generators, iterators, closures
def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    return inc
c = counter()
print(c(), c(5), c.__closure__[0].cell_contents)

def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("finally")
g = gen()
print(next(g), g.send(10))
g.close()
print(g.gi_frame is None)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)))
print(list(zip(range(3), "abc", [True, False, None])))
print(dict(enumerate("xyz", start=10)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), sorted(Countdown(5), reverse=True))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(any(x > 3 for x in range(5)), all([]), min([], default="empty"))
def deleg():
    r = yield from inner()
    yield r
def inner():
    yield "a"
    return "ret"
print(list(deleg()))
gen_exp = (i * i for i in range(4))
print(gen_exp.__name__, list(gen_exp), list(gen_exp))
print([(x, y) for x in range(3) for y in range(x)])
print({x % 3: x for x in range(10)})
print(sorted({c for c in "mississippi"}))
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def g2():
    yield 1
    return 5
try:
    gg = g2(); next(gg); next(gg)
except StopIteration as e:
    print("stop", e.value)
print(list(reversed(range(1, 10, 3))), range(1, 10, 3)[::-1], range(10)[2:8:2])
print(len(range(0, 100, 7)), 49 in range(0, 100, 7), range(0, 100, 7).index(49))
