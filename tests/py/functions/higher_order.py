# Functions as first-class values.

def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed

inc = lambda x: x + 1
dbl = lambda x: x * 2
neg = lambda x: -x
print(compose(inc, dbl)(5))
print(compose(dbl, inc)(5))
print(compose(neg, inc, dbl)(5))
print(compose()(5))

# partial application by hand
def partial(fn, *bound, **kbound):
    def call(*args, **kwargs):
        kw = dict(kbound)
        kw.update(kwargs)
        return fn(*bound, *args, **kw)
    return call

def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp

square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(7), two_to(10), two_to(10, mod=1000))

# reduce by hand
def fold(fn, seq, init):
    acc = init
    for item in seq:
        acc = fn(acc, item)
    return acc
print(fold(lambda a, b: a + b, range(10), 0))
print(fold(lambda a, b: a * b, range(1, 8), 1))
print(fold(lambda a, b: b + a, "hello", ""))
print(fold(lambda acc, x: acc + [x * x], [1, 2, 3], []))

# functions stored in collections and called
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
s = "  Hello World Program  "
for step in pipeline:
    s = step(s)
    print(repr(s))

# map with multiple iterables, zip, filter with None
print(list(map(pow, [2, 3, 4], [5, 2, 0])))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True])))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))

# sorted with key functions from methods
names = ["delta", "Alpha", "charlie", "Bravo"]
print(sorted(names))
print(sorted(names, key=str.lower))
print(sorted(names, key=len, reverse=True))

# returning multiple closures
def make_ops(n):
    def add(x):
        return x + n
    def mul(x):
        return x * n
    return {"add": add, "mul": mul}
ops = make_ops(3)
print(ops["add"](4), ops["mul"](4))

# callbacks
events = []
def on(evt, handlers={}):
    def register(fn):
        handlers.setdefault(evt, []).append(fn)
        return fn
    return register
def fire(evt, *args, handlers=on.__defaults__[0]):
    for h in handlers.get(evt, []):
        events.append(h(*args))

@on("click")
def h1(x):
    return "h1:%s" % x

@on("click")
def h2(x):
    return "h2:%s" % x

@on("key")
def h3(x):
    return "h3:%s" % x

fire("click", 1)
fire("key", "k")
fire("none")
print(events)

# any/all with generator of function calls
checks = [lambda v: v > 0, lambda v: v % 2 == 0, lambda v: v < 100]
for v in (4, 7, -2, 200):
    print(v, all(c(v) for c in checks), any(c(v) for c in checks))

# function that returns itself
def selfish():
    return selfish
print(selfish()()() is selfish)

# enumerate + functions
for i, fn in enumerate([abs, len, str]):
    print(i, fn.__name__)

# apply functions to dict values
prices = {"apple": 1.5, "pear": 2.25, "kiwi": 0.5}
print({k: round(v * 1.1, 2) for k, v in sorted(prices.items())})
print(sorted(prices, key=prices.get))
print(max(prices, key=lambda k: prices[k]))
