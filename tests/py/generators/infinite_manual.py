# Infinite generators consumed with manual limits (no itertools).

def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1

def take(n, iterable):
    out = []
    if n <= 0:
        return out
    for item in iterable:
        out.append(item)
        if len(out) >= n:
            break
    return out

print(take(5, naturals()))
print(take(3, naturals(10)))
print(take(0, naturals()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(15, fib()))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1
print(take(20, primes()))

def cycle(seq):
    while True:
        for item in seq:
            yield item
print(take(7, cycle("abc")))

def repeat(value):
    while True:
        yield value
print(take(3, repeat("x")))

def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = n // 2 if n % 2 == 0 else 3 * n + 1
print(list(collatz(27))[:10], len(list(collatz(27))))

# manual islice
def islice_manual(it, start, stop, step=1):
    it = iter(it)
    i = 0
    nxt = start
    for item in it:
        if i >= stop:
            return
        if i == nxt:
            yield item
            nxt += step
        i += 1
print(list(islice_manual(naturals(), 5, 20, 4)))
print(list(islice_manual(fib(), 10, 13)))

# takewhile / dropwhile by hand
def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def dropwhile(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it
print(list(takewhile(lambda v: v < 50, fib())))
print(take(5, dropwhile(lambda v: v < 100, fib())))

# zip with infinite generator
print(list(zip("abcd", naturals(1))))
print(dict(zip(naturals(), "xyz")))

# accumulate by hand
def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total
print(take(10, accumulate(naturals(1))))

# interleave two infinite streams
def interleave(a, b):
    a, b = iter(a), iter(b)
    while True:
        yield next(a)
        yield next(b)
print(take(8, interleave(naturals(), repeat("-"))))

# pairwise differences of squares
def squares():
    for n in naturals():
        yield n * n
def diffs(it):
    it = iter(it)
    prev = next(it)
    for cur in it:
        yield cur - prev
        prev = cur
print(take(8, diffs(squares())))

# generator-based random-free pseudo sequence (linear congruential)
def lcg(seed):
    state = seed
    while True:
        state = (1103515245 * state + 12345) % (2 ** 31)
        yield state % 100
print(take(10, lcg(42)))

# stopping a generator by sending a sentinel
def controllable():
    n = 0
    while True:
        cmd = yield n
        if cmd == "stop":
            return "stopped at %d" % n
        n += 1
c = controllable()
print(next(c), next(c), next(c))
try:
    c.send("stop")
except StopIteration as e:
    print(e.value)

# manual limit with while loop and next()
g = naturals(100)
values = []
while len(values) < 4:
    values.append(next(g))
print(values, next(g))
