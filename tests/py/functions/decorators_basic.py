# Decorators: application order, stacking, wrapping.

log = []

def trace(fn):
    print("decorating", fn.__name__)
    def wrapper(*args, **kwargs):
        print("enter", fn.__name__, args)
        r = fn(*args, **kwargs)
        print("exit", fn.__name__, r)
        return r
    wrapper.__name__ = "traced_" + fn.__name__
    return wrapper

@trace
def add(a, b):
    return a + b

print(add(2, 3))
print(add.__name__)

# stacking order: bottom decorator applies first, top runs first
def tag(name):
    def deco(fn):
        print("applying", name)
        def wrapper():
            return "<" + name + ">" + fn() + "</" + name + ">"
        return wrapper
    return deco

@tag("b")
@tag("i")
@tag("u")
def text():
    return "hello"

print(text())

# decorator that returns the same function (registration)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn

@register
def alpha():
    return "A"

@register
def beta():
    return "B"

print(sorted(registry))
print(registry["alpha"](), alpha is registry["alpha"])

# decorator returning a non-function
def to_value(fn):
    return fn()

@to_value
def computed():
    return [1, 2, 3]

print(computed, type(computed).__name__)

# decorator expression evaluated before function definition
def announce(msg):
    print("decorator factory called:", msg)
    def deco(fn):
        print("decorator applied to", fn.__name__)
        return fn
    return deco

print("before def")
@announce("first")
@announce("second")
def target():
    print("target body")
print("after def")
target()

# arbitrary expressions as decorators (PEP 614)
decos = [trace, register]
@decos[1]
def gamma():
    return "G"
print(sorted(registry))

table = {"t": tag("s")}
@table["t"]
def struck():
    return "x"
print(struck())

# decorator keeping attributes manually
def keep(fn):
    def wrapper(*a):
        return fn(*a) * 2
    wrapper.__name__ = fn.__name__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper

@keep
def doubled(x):
    "doc of doubled"
    return x + 1
print(doubled(4), doubled.__name__, doubled.__doc__, doubled.__wrapped__(4))

# counting calls with function attribute
def counted(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper

@counted
def noop():
    pass
for _ in range(5):
    noop()
print("calls:", noop.calls)

# decorating methods
class K:
    @trace
    def method(self, v):
        return v * 3
    def __repr__(self):
        return "K()"
print(K().method(7))

# decorator on a lambda-like use
sq = counted(lambda x: x * x)
print(sq(3), sq(4), sq.calls)
