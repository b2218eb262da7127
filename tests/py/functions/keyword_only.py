# Keyword-only parameters.

def kw(a, *, b, c=3):
    return a, b, c

print(kw(1, b=2))
print(kw(1, b=2, c=4))
print(kw(a=1, b=2))
print(kw(c=0, b=1, a=2))

try:
    kw(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    kw(1, 2, b=3)
except TypeError as e:
    print(type(e).__name__, e)

def only_kw(*, x, y):
    return x - y

print(only_kw(x=5, y=3))
print(only_kw(y=5, x=3))
try:
    only_kw(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    only_kw()
except TypeError as e:
    print(type(e).__name__, e)
try:
    only_kw(x=1)
except TypeError as e:
    print(type(e).__name__, e)

# keyword-only after *args
def after_star(*args, sep=" ", end="."):
    return sep.join(args) + end

print(after_star("a", "b"))
print(after_star("a", "b", sep="-"))
print(after_star("a", "b", end="!", sep=""))
print(after_star())

# required keyword-only after defaulted positional
def mixed(a, b=2, *, c, d=4):
    return a, b, c, d

print(mixed(1, c=3))
print(mixed(1, 5, c=3, d=9))
try:
    mixed(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# introspection
print(mixed.__kwdefaults__)
print(mixed.__defaults__)
print(only_kw.__kwdefaults__)
print(mixed.__code__.co_argcount, mixed.__code__.co_kwonlyargcount)
print(after_star.__code__.co_argcount, after_star.__code__.co_kwonlyargcount)

# changing __kwdefaults__
mixed.__kwdefaults__ = {"c": "C", "d": "D"}
print(mixed(0))
mixed.__kwdefaults__ = None
try:
    mixed(0)
except TypeError as e:
    print(type(e).__name__, e)

# keyword-only with **kwargs
def with_kwargs(*, a, **rest):
    return a, sorted(rest.items())

print(with_kwargs(a=1))
print(with_kwargs(b=2, a=1, c=3))

# lambdas with keyword-only
lam = lambda *, k=7: k * 2
print(lam(), lam(k=1))
try:
    lam(3)
except TypeError as e:
    print(type(e).__name__, e)

# many keyword-only args missing
def many(*, alpha, beta, gamma):
    pass
try:
    many()
except TypeError as e:
    print(type(e).__name__, e)
try:
    many(beta=1)
except TypeError as e:
    print(type(e).__name__, e)

# passing via dict unpacking
opts = {"b": "from-dict"}
print(kw(0, **opts))
print(kw(**{"a": 1, "b": 2, "c": 3}))

# unexpected keyword
try:
    kw(1, b=2, z=3)
except TypeError as e:
    print(type(e).__name__, e)

# methods with keyword-only params
class Box:
    def __init__(self, *, width, height=1):
        self.width = width
        self.height = height
    def area(self, *, scale=1):
        return self.width * self.height * scale

b = Box(width=3, height=4)
print(b.area(), b.area(scale=2))
try:
    Box(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.area(2)
except TypeError as e:
    print(type(e).__name__, e)
