# Positional-only parameters (PEP 570).

def po(a, b, /, c, *, d):
    return a, b, c, d

print(po(1, 2, 3, d=4))
print(po(1, 2, c=3, d=4))
try:
    po(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    po(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)

# positional-only names can be reused in **kwargs
def name_reuse(a, /, **kwargs):
    return a, sorted(kwargs.items())

print(name_reuse(1, a=2))
print(name_reuse(1, a=2, b=3))

# defaults for positional-only
def with_default(a, b=10, /):
    return a + b

print(with_default(1))
print(with_default(1, 2))
try:
    with_default(1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    with_default()
except TypeError as e:
    print(type(e).__name__, e)
try:
    with_default(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

# only positional-only
def only(x, y, /):
    return x * y
print(only(3, 4))
try:
    only(x=3, y=4)
except TypeError as e:
    print(type(e).__name__, e)

# code object counts
c = po.__code__
print(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
print(c.co_varnames)
c = name_reuse.__code__
print(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)

# lambda with positional-only
lam = lambda p, /, q=2: (p, q)
print(lam(1), lam(1, 3), lam(1, q=4))
try:
    lam(p=1)
except TypeError as e:
    print(type(e).__name__, e)

# builtins that are positional-only
try:
    len(obj=[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(x=-1)
except TypeError as e:
    print(type(e).__name__, e)

# method with positional-only self-like param
class Acc:
    def __init__(self, start=0, /):
        self.total = start
    def add(self, value, /):
        self.total += value
        return self
a = Acc(5).add(1).add(2)
print(a.total)
try:
    Acc(start=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.add(value=1)
except TypeError as e:
    print(type(e).__name__, e)

# full parameter zoo
def zoo(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))

print(zoo(1, d=4))
print(zoo(1, 20, 30, 40, 50, d=4))
print(zoo(1, c=33, d=4, e=55, f=66))
print(zoo(1, 2, 3, d=4, a="kw-a", b="kw-b"))
try:
    zoo(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zoo(d=1)
except TypeError as e:
    print(type(e).__name__, e)
print(zoo.__defaults__, zoo.__kwdefaults__)
c = zoo.__code__
print(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_varnames[:7])

# several positional-only given as keyword
def three(a, b, c, /):
    pass
try:
    three(1, b=2, c=3)
except TypeError as e:
    print(type(e).__name__, e)
