# Decorators with arguments, class decorators, decorators implemented as classes.

def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))

@repeat(0)
def never():
    return 1
print(never())

# optional-argument decorator: @deco or @deco(x)
def flexible(arg=None, *, prefix=">"):
    def deco(fn):
        def wrapper(*a):
            return prefix + str(fn(*a))
        return wrapper
    if callable(arg):
        return deco(arg)
    return deco

@flexible
def f1():
    return 1

@flexible(prefix="##")
def f2():
    return 2

print(f1(), f2())

# validation decorator
def check_types(*types):
    def deco(fn):
        def wrapper(*args):
            for i, (a, t) in enumerate(zip(args, types)):
                if not isinstance(a, t):
                    raise TypeError("argument %d must be %s, not %s" % (i, t.__name__, type(a).__name__))
            return fn(*args)
        return wrapper
    return deco

@check_types(int, str)
def label(n, s):
    return s * n

print(label(3, "ab"))
try:
    label("3", "ab")
except TypeError as e:
    print(type(e).__name__, e)

# class-based decorator
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.fn(*args, **kwargs)

@CountCalls
def mul(a, b):
    return a * b

print(mul(2, 3), mul(4, 5), mul.count, type(mul).__name__)

# class-based decorator with arguments
class Prefix:
    def __init__(self, text):
        self.text = text
    def __call__(self, fn):
        def wrapper(*a):
            return self.text + fn(*a)
        return wrapper

@Prefix("Mr. ")
def name(n):
    return n
print(name("Smith"))

# class decorators
def add_greeting(cls):
    cls.greet = lambda self: "Hello from " + type(self).__name__
    return cls

@add_greeting
class Person:
    pass

print(Person().greet())

def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self, value):
        print("Config init", value)
        self.value = value

a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)

# class decorator that records fields
def fields(*names):
    def deco(cls):
        cls._fields = names
        def __init__(self, *args):
            if len(args) != len(names):
                raise TypeError("expected %d args, got %d" % (len(names), len(args)))
            for n, v in zip(names, args):
                setattr(self, n, v)
        def __repr__(self):
            return cls.__name__ + "(" + ", ".join("%s=%r" % (n, getattr(self, n)) for n in names) + ")"
        cls.__init__ = __init__
        cls.__repr__ = __repr__
        return cls
    return deco

@fields("x", "y")
class Point:
    pass

p = Point(1, 2)
print(p, Point._fields)
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)

# stacked class decorators
def mark(label):
    def deco(cls):
        cls.marks = getattr(cls, "marks", ()) + (label,)
        return cls
    return deco

@mark("outer")
@mark("inner")
class Marked:
    pass
print(Marked.marks)

# decorators on staticmethod/classmethod ordering
def shout(fn):
    def wrapper(*a):
        return str(fn(*a)).upper()
    return wrapper

class Talk:
    @staticmethod
    @shout
    def s(word):
        return word
    @classmethod
    @shout
    def c(cls, word):
        return cls.__name__ + ":" + word
print(Talk.s("quiet"), Talk.c("x"), Talk().s("y"))

# decorator factory with state shared across decorated functions
def counter_factory():
    total = [0]
    def deco(fn):
        def wrapper(*a):
            total[0] += 1
            return fn(*a)
        return wrapper
    deco.total = total
    return deco

shared = counter_factory()
@shared
def g1():
    pass
@shared
def g2():
    pass
g1(); g2(); g2()
print("shared total", shared.total[0])

# retry decorator with arguments
def retry(attempts, exceptions=(ValueError,)):
    def deco(fn):
        def wrapper(*a):
            for i in range(1, attempts + 1):
                try:
                    result = fn(*a)
                    print("  attempt", i, "succeeded")
                    return result
                except exceptions as e:
                    print("  attempt", i, "failed:", e)
            raise RuntimeError("gave up after %d attempts" % attempts)
        return wrapper
    return deco

state = {"n": 0}
@retry(4)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError("not yet %d" % state["n"])
    return "ok"
print(flaky())

@retry(2)
def always_fails():
    raise ValueError("nope")
try:
    always_fails()
except RuntimeError as e:
    print(type(e).__name__, e)

@retry(3, exceptions=(KeyError,))
def wrong_kind():
    raise ValueError("not retried")
try:
    wrong_kind()
except ValueError as e:
    print(type(e).__name__, e)

# order of evaluation of decorator factories vs application
def factory(name):
    print("factory", name)
    def deco(fn):
        print("apply", name)
        return fn
    return deco

@factory("top")
@factory("middle")
@factory("bottom")
def ordered():
    pass

# decorator adding keyword argument defaults
def with_defaults(**defaults):
    def deco(fn):
        def wrapper(*a, **k):
            merged = dict(defaults)
            merged.update(k)
            return fn(*a, **merged)
        return wrapper
    return deco

@with_defaults(sep="|", end="!")
def joiner(*parts, sep, end):
    return sep.join(parts) + end
print(joiner("a", "b"))
print(joiner("a", "b", sep="+"))

# decorator that memoizes with keyword args
def memoize(fn):
    cache = {}
    def wrapper(*a, **k):
        key = (a, tuple(sorted(k.items())))
        if key not in cache:
            print("  miss", key)
            cache[key] = fn(*a, **k)
        return cache[key]
    return wrapper

@memoize
def area(w, h=1):
    return w * h
print(area(2, h=3), area(2, h=3), area(2), area(w=2))

# decorator on class that wraps every method
def log_methods(cls):
    for name, val in list(vars(cls).items()):
        if callable(val) and not name.startswith("__"):
            def make(name, val):
                def wrapper(self, *a):
                    print("  call", cls.__name__ + "." + name, a)
                    return val(self, *a)
                return wrapper
            setattr(cls, name, make(name, val))
    return cls

@log_methods
class Shop:
    def buy(self, item):
        return "bought " + item
    def sell(self, item, price):
        return "sold %s for %d" % (item, price)
s = Shop()
print(s.buy("milk"))
print(s.sell("bike", 50))
