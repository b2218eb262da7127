# Generator function basics.

def count_to(n):
    print("  generator started")
    i = 1
    while i <= n:
        print("  about to yield", i)
        yield i
        print("  resumed after", i)
        i += 1
    print("  generator finishing")

g = count_to(2)
print(type(g).__name__)
print("created, nothing ran yet")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(next(g, "default after exhaustion"))

# generators are iterators
g = count_to(0)
print(iter(g) is g)
print(list(g))

# a function with yield anywhere is a generator, even if unreachable
def never_yields():
    return 5
    yield
gen = never_yields()
print(type(gen).__name__)
try:
    next(gen)
except StopIteration as e:
    print("returned", e.value)

# yield as expression without send gives None
def echo():
    while True:
        received = yield "ready"
        print("  got", received)
e = echo()
print(next(e))
print(next(e))

# generator state: local variables persist
def running_total(values):
    total = 0
    for v in values:
        total += v
        yield total
print(list(running_total([1, 2, 3, 4, 5])))

# generators in for loops, sum, zip, enumerate
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(10)), max(squares(5)), list(zip(squares(3), "abc")))
for idx, sq in enumerate(squares(4), 1):
    print(idx, sq)

# generators are single-use
s = squares(3)
print(list(s), list(s))

# multiple independent generators from the same function
a, b = squares(3), squares(3)
print(next(a), next(a), next(b))

# yield in try/finally
def guarded():
    try:
        yield "one"
        yield "two"
    finally:
        print("  cleanup")
print(list(guarded()))

# yield inside nested loops
def pairs(n):
    for i in range(n):
        for j in range(i):
            yield (j, i)
print(list(pairs(4)))

# yield with tuple values and unpacking
def kv():
    yield "a", 1
    yield "b", 2
for k, v in kv():
    print(k, v)
print(dict(kv()))

# generator attributes
def named():
    yield 1
gn = named()
print(gn.__name__, gn.__qualname__)
gn.__name__ = "renamed"
print(gn.__name__)

# generator with early return
def first_negative(values):
    for v in values:
        if v < 0:
            yield v
            return
    yield None
print(list(first_negative([3, -1, -2])), list(first_negative([1, 2])))

# yield expression precedence and parenthesization
def exprs():
    x = yield
    y = (yield x) + 1 if x else 0
    yield y
ex = exprs()
next(ex)
print(ex.send(10), ex.send(5))

# generator function called with arguments evaluated eagerly
def with_args(a, b=[]):
    b.append(a)
    yield b
g1 = with_args(1)
g2 = with_args(2)
print(next(g2), next(g1))
