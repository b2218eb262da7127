# Generator return values via StopIteration.value and yield from.

def gen_with_return():
    yield 1
    yield 2
    return "the result"

g = gen_with_return()
print(list(g))
g = gen_with_return()
next(g); next(g)
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)

# return without value -> None
def bare_return():
    yield
    return
b = bare_return()
next(b)
try:
    next(b)
except StopIteration as e:
    print(e.value, e.args)

# return value retrieved via yield from
def delegator():
    result = yield from gen_with_return()
    print("  delegated result:", result)
    return result.upper()
d = delegator()
print(list(d))

def outer():
    r = yield from delegator()
    yield "outer got " + r
print(list(outer()))

# for loops ignore the return value
total = 0
for v in gen_with_return():
    total += v
print(total)

# return of complex objects
def stats(values):
    count = 0
    total = 0
    for v in values:
        count += 1
        total += v
        yield v
    return {"count": count, "total": total}
def consume_stats(values):
    result = yield from stats(values)
    return result
c = consume_stats([4, 5, 6])
items = []
while True:
    try:
        items.append(next(c))
    except StopIteration as e:
        print(items, e.value)
        break

# returning a tuple and a StopIteration-wrapped value
def returns_tuple():
    yield
    return 1, 2
rt = returns_tuple()
next(rt)
try:
    next(rt)
except StopIteration as e:
    print(e.value, e.args)

# returning an exception instance is just a value
def returns_exc():
    yield
    return ValueError("not raised")
re_ = returns_exc()
next(re_)
try:
    next(re_)
except StopIteration as e:
    print(repr(e.value))

# return value when generator finishes via send
def adder():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x
a = adder()
next(a)
for x in (1, 2, 3):
    a.send(x)
try:
    a.send(None)
except StopIteration as e:
    print("sum:", e.value)

# yield from with an iterator (not generator) returns None
def from_list():
    r = yield from [1, 2]
    yield ("result", r)
print(list(from_list()))

# StopIteration raised manually with value inside yield from'd iterator class
class ValueIter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("iterator value")
        return self.i
def from_iter():
    r = yield from ValueIter()
    yield ("got", r)
print(list(from_iter()))

# return in generator inside try/finally
def ret_finally():
    try:
        yield 1
        return "from try"
    finally:
        print("  finally before StopIteration")
rf = ret_finally()
next(rf)
try:
    next(rf)
except StopIteration as e:
    print(e.value)

# return value of a generator that is closed is not accessible; close() returns None
def closed_return():
    try:
        yield
    except GeneratorExit:
        return "lost"
cr = closed_return()
next(cr)
print(cr.close())

# StopIteration value seen through next() with default is lost
def short():
    yield 1
    return "lost value"
s = short()
print(next(s), next(s, "default used"))

# return value propagates through several yield from levels
def level(n):
    if n == 0:
        return ["base"]
        yield
    acc = yield from level(n - 1)
    return acc + ["level%d" % n]
lv = level(3)
try:
    next(lv)
except StopIteration as e:
    print(e.value)

# a generator returning another generator object
def make_inner():
    yield "x"
def returns_gen():
    yield
    return make_inner()
rg = returns_gen()
next(rg)
try:
    next(rg)
except StopIteration as e:
    print(type(e.value).__name__, list(e.value))
