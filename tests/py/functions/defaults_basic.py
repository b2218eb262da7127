# Default argument values: evaluation time, sharing of mutable defaults, sentinels.

counter = 0

def next_value():
    global counter
    counter += 1
    print("evaluating default", counter)
    return counter

print("defining f")
def f(a, b=next_value()):
    return (a, b)

print("calling f")
print(f(1))
print(f(1))
print(f(1, 99))
print("counter is", counter)

# mutable default shared between calls
def append_to(item, target=[]):
    target.append(item)
    return target

r1 = append_to(1)
r2 = append_to(2)
print(r1, r2, r1 is r2)
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

# dict default shared
def remember(key, value, memo={}):
    memo[key] = value
    return sorted(memo.items())

print(remember("a", 1))
print(remember("b", 2))
print(remember("a", 3))

# None sentinel idiom
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe_append(1), safe_append(2))

# custom sentinel to distinguish "not passed" from None
_MISSING = object()

def lookup(d, key, default=_MISSING):
    if key in d:
        return d[key]
    if default is _MISSING:
        return "no default given"
    return ("default", default)

print(lookup({"x": 1}, "x"))
print(lookup({"x": 1}, "y"))
print(lookup({"x": 1}, "y", None))
print(lookup({"x": 1}, "y", 0))

# defaults referring to earlier globals are captured by value at def time
base = 10
def add_base(x, b=base):
    return x + b
base = 20
print(add_base(1))

# rebinding __defaults__
def g(a, b=1, c=2):
    return a, b, c
print(g(0))
g.__defaults__ = (100, 200)
print(g(0))
g.__defaults__ = (7,)
print(g(0, 1))
try:
    print(g(0))
except TypeError as e:
    print(type(e).__name__, e)
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
g.__defaults__ = None
try:
    g(0)
except TypeError as e:
    print(type(e).__name__, e)
print(g(0, 1, 2))

# defaults with complex expressions
def h(x=[i * i for i in range(4)], y=(lambda: "lam")(), z={"k": len("abc")}):
    return x, y, z
print(h())

# defaults on lambdas
k = lambda a, b=5: a * b
print(k(2), k(2, 3), k.__defaults__)

# default values that are tuples (immutable) behave independently
def tup(t=()):
    t += (1,)
    return t
print(tup(), tup(), tup.__defaults__)

# list default mutated through += keeps sharing
def grow(lst=[]):
    lst += [len(lst)]
    return lst
print(grow(), grow(), grow())
print(grow.__defaults__)

# default evaluation order: left to right
def trace(x):
    print("default", x)
    return x

def order(a=trace(1), b=trace(2), *, c=trace(3), d=trace(4)):
    return a, b, c, d
print(order())
print(order.__kwdefaults__)
