# More default-value subtleties: identity, class-level defaults, nested functions.

def gen_default(n, cache={}):
    if n in cache:
        return "cached", cache[n]
    cache[n] = n * n
    return "computed", cache[n]

print(gen_default(3))
print(gen_default(3))
print(gen_default(4))
print(sorted(gen_default.__defaults__[0].items()))

# clearing the shared default resets behaviour
gen_default.__defaults__[0].clear()
print(gen_default(3))

# each function definition gets new defaults
def factory():
    def inner(lst=[]):
        lst.append(len(lst))
        return lst
    return inner
f1 = factory()
f2 = factory()
print(f1(), f1(), f2())
print(f1.__defaults__[0] is f2.__defaults__[0])

# method defaults shared across instances
class Bag:
    def __init__(self, items=[]):
        self.items = items
    def add(self, x):
        self.items.append(x)
        return self

a = Bag().add("a")
b = Bag().add("b")
print(a.items, b.items, a.items is b.items)
c = Bag([]).add("c")
print(c.items, a.items)

# defaults referencing class attributes during class body
class Config:
    DEFAULT = 5
    def get(self, v=DEFAULT):
        return v
    DEFAULT = 6
print(Config().get(), Config.DEFAULT)

# default value identity
sentinel = ["s"]
def ident(x=sentinel):
    return x is sentinel
print(ident(), ident(["s"]), ident(sentinel))

# default evaluated in enclosing scope at def time
def outer():
    val = "first"
    def inner(v=val):
        return v
    val = "second"
    return inner()
print(outer())

# defaults with keyword-only are also shared
def kwshared(*, acc=[]):
    acc.append(1)
    return len(acc)
print(kwshared(), kwshared(), kwshared(acc=[]), kwshared())

# defaults holding sets (sorted output)
def seen(x, s=set()):
    s.add(x)
    return sorted(s)
print(seen(3), seen(1), seen(2), seen(3))

# default is the same object across calls even when replaced inside
def rebind(x=[]):
    x = x + [1]
    return x
print(rebind(), rebind(), rebind.__defaults__)

# mutating default via augmented assignment in place
def inplace(x=[]):
    x += [1]
    return x
print(inplace(), inplace(), inplace.__defaults__)

# generator default
def with_gen(g=(i for i in range(3))):
    return next(g, "exhausted")
print([with_gen() for _ in range(5)])

# defaults can be other functions
def default_fn(fn=len):
    return fn("hello")
print(default_fn(), default_fn(str.upper))

# default with counter object
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
def tick(counter=Counter()):
    return counter()
print(tick(), tick(), tick(), tick.__defaults__[0].n)

# positional defaults right-aligned
def align(a, b, c=3, d=4):
    return a, b, c, d
print(align.__defaults__, align(1, 2), align(1, 2, 30))
align.__defaults__ = (10, 20, 30)
print(align(1))
