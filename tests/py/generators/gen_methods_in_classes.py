# Generator methods, generator properties, and generators capturing self.

class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, name, qty):
        self.items[name] = self.items.get(name, 0) + qty
        return self
    def names(self):
        for name in sorted(self.items):
            yield name
    def low_stock(self, threshold):
        return (n for n, q in sorted(self.items.items()) if q < threshold)
    def __iter__(self):
        yield from sorted(self.items.items())
    @property
    def total(self):
        return sum(q for _, q in self)
    @classmethod
    def from_pairs(cls, pairs):
        inv = cls()
        for n, q in pairs:
            inv.add(n, q)
        return inv
    @staticmethod
    def parse(text):
        for part in text.split(","):
            name, qty = part.split(":")
            yield name.strip(), int(qty)

inv = Inventory.from_pairs(Inventory.parse("apple:5, pear:2, kiwi:10, fig:1"))
print(list(inv.names()))
print(list(inv.low_stock(3)))
print(list(inv))
print(inv.total)

# generator sees mutations made after creation but before iteration
g = inv.names()
inv.add("banana", 4)
print(list(g))

# mutating the dict during a generator that iterates it directly raises RuntimeError
class Live:
    def __init__(self):
        self.d = {"a": 1}
    def keys(self):
        for k in self.d:
            yield k
live = Live()
kg = live.keys()
print(next(kg))
live.d["b"] = 2
try:
    next(kg)
except RuntimeError as e:
    print(type(e).__name__, e)

# generator method qualnames
print(Inventory.names.__qualname__, inv.names().__qualname__, inv.low_stock(1).__qualname__)

# generator holding self keeps object state accessible after other references go away
def make_gen():
    local_inv = Inventory().add("solo", 1)
    return local_inv.names()
print(list(make_gen()))

# recursive generator method
class Dir:
    def __init__(self, name, *children):
        self.name = name
        self.children = children
    def walk(self, prefix=""):
        path = prefix + "/" + self.name
        yield path
        for c in self.children:
            yield from c.walk(path)
root = Dir("root", Dir("bin", Dir("ls")), Dir("etc", Dir("hosts"), Dir("passwd")), Dir("tmp"))
for p in root.walk():
    print(p)

# generator as __iter__ in a subclass calling super().__iter__()
class Base:
    def __iter__(self):
        yield "base-1"
        yield "base-2"
class Child(Base):
    def __iter__(self):
        yield "child-start"
        yield from super().__iter__()
        yield "child-end"
print(list(Child()))

# generator closures over loop variables inside methods
class Multipliers:
    def gens(self):
        return [(i * x for x in range(3)) for i in range(1, 4)]
print([list(g) for g in Multipliers().gens()])

# generator returned from __iter__ each call -> re-iterable
class Reiterable:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return (i for i in range(self.n))
r = Reiterable(3)
print(list(r), list(r), [(a, b) for a in r for b in r if a == b])

# binding the loop variable early avoids late binding
class Multipliers2:
    def gens(self):
        return [(lambda i: (i * x for x in range(3)))(i) for i in range(1, 4)]
print([list(g) for g in Multipliers2().gens()])

# a generator-based __iter__ with state reset per iteration
class Counter:
    def __init__(self):
        self.iterations = 0
    def __iter__(self):
        self.iterations += 1
        yield from range(2)
c = Counter()
list(c); list(c); iter(c)
print(c.iterations)
