# __call__ and callable().

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n

add5 = Adder(5)
print(add5(10), callable(add5), callable(Adder), callable(5), callable("s"))
print(list(map(add5, [1, 2, 3])))
print(sorted([3, 1, 2], key=Adder(-10)))

# __call__ with arbitrary signature
class Recorder:
    def __init__(self):
        self.calls = []
    def __call__(self, *args, **kwargs):
        self.calls.append((args, sorted(kwargs.items())))
        return len(self.calls)
rec = Recorder()
rec()
rec(1, 2)
rec(a=1)
print(rec(1, b=2), rec.calls)

# __call__ looked up on type, not instance
class Plain:
    pass
pl = Plain()
pl.__call__ = lambda: "instance-level"
print(callable(pl))
try:
    pl()
except TypeError as e:
    print(type(e).__name__, e)

# adding __call__ to the class later makes instances callable
Plain.__call__ = lambda self: "class-level call"
print(callable(pl), pl())

# __call__ can be any callable attribute (staticmethod, another callable object)
class Delegating:
    __call__ = Adder(100)
try:
    print(Delegating()(1))
except TypeError as e:
    print(type(e).__name__, e)

class StaticCall:
    @staticmethod
    def __call__(x):
        return "static " + str(x)
print(StaticCall()(7))

# callable objects as decorators with state
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0
    def __call__(self, n):
        if n not in self.cache:
            self.misses += 1
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.misses)

# callable objects are not bound as methods (no __get__)
class Host:
    tool = Adder(1)
print(Host().tool(1))

# to be bound they need __get__
class BindingCallable:
    def __call__(self, obj, x):
        return (type(obj).__name__, x)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self(obj, *a)
class Host2:
    tool = BindingCallable()
print(Host2().tool(42))

# __call__ errors use the class qualname
class Strict:
    def __call__(self, a):
        return a
try:
    Strict()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Strict()(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# classes are callable: calling creates an instance
class Factory:
    def __init__(self, v=0):
        self.v = v
print(callable(Factory), type(Factory()).__name__, Factory(3).v)

# metaclass __call__ makes calls on classes go through it
class Meta(type):
    def __call__(cls, *a):
        return "Meta intercepted " + cls.__name__ + str(a)
class Intercepted(metaclass=Meta):
    pass
print(Intercepted(1, 2))

# builtins and methods are callable
print(callable(len), callable([].append), callable(str.upper), callable(Adder.__call__))
print(callable(None), callable([]), callable(lambda: 0), callable(type))

# callable chain
class Chain:
    def __init__(self, parts=()):
        self.parts = parts
    def __call__(self, part):
        return Chain(self.parts + (part,))
    def __repr__(self):
        return "/".join(self.parts)
print(Chain()("usr")("local")("bin"))

# counter object as callable with state
class Counter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count
ctr = Counter()
print([ctr() for _ in range(5)], ctr.count)

# callable returning itself
class Self:
    def __call__(self):
        return self
s = Self()
print(s()()() is s)
