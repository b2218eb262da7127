# Class attributes vs instance attributes.

class Counter:
    total = 0          # class attribute shared by all
    names = []         # mutable class attribute: shared!

    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.names.append(name)

    def __repr__(self):
        return "Counter(%r)" % self.name

a = Counter("a")
b = Counter("b")
print(Counter.total, a.total, b.total)
print(Counter.names, a.names is b.names)

# assignment through instance creates an instance attribute
a.total = 100
print(a.total, b.total, Counter.total)
print(sorted(vars(a)), sorted(vars(b)))
del a.total
print(a.total)

# augmented assignment via self reads the class, writes the instance
class Inc:
    n = 0
    def bump(self):
        self.n += 1
        return self.n
i1, i2 = Inc(), Inc()
print(i1.bump(), i1.bump(), i2.bump(), Inc.n)
print(vars(i1), vars(i2))

# modifying class attribute is seen by instances without shadowing
Inc.n = 50
i3 = Inc()
print(i1.n, i3.n)

# instance __dict__ directly
class Bag:
    pass
bag = Bag()
bag.x = 1
bag.__dict__["y"] = 2
print(bag.x, bag.y, sorted(bag.__dict__.items()))
bag.__dict__.clear()
try:
    bag.x
except AttributeError as e:
    print(type(e).__name__, e)

# attribute errors for class vs instance
try:
    Bag.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del bag.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Bag.nothing
except AttributeError as e:
    print(type(e).__name__, e)

# class attributes defined after class creation
Bag.added = "later"
print(bag.added)
del Bag.added
print(hasattr(bag, "added"))

# getattr/setattr/hasattr/delattr with defaults
print(getattr(bag, "missing", "default"))
setattr(bag, "dyn", 5)
print(getattr(bag, "dyn"), hasattr(bag, "dyn"))
delattr(bag, "dyn")
print(hasattr(bag, "dyn"))
try:
    getattr(bag, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(bag, 5)
except TypeError as e:
    print(type(e).__name__, e)

# attribute names that are not identifiers
setattr(bag, "has space", 1)
print(getattr(bag, "has space"))

# class body executes like code, variables become attributes
class Computed:
    values = [1, 2, 3]
    total = sum(values)
    doubled = [v * 2 for v in values]
    if total > 5:
        big = True
    else:
        big = False
    for _k in range(3):
        pass
    del _k
print(Computed.total, Computed.doubled, Computed.big, hasattr(Computed, "_k"))

# methods are class attributes; functions assigned to instance aren't bound
class M:
    def meth(self):
        return "bound to " + type(self).__name__
m = M()
m.func = lambda: "instance function, no self"
print(m.meth(), m.func())
M.late = lambda self: "late method"
print(m.late())

# instance attribute shadowing a method
m.meth = "shadowed"
print(m.meth, M.meth(m))

# built-in types don't accept new attributes
for obj in (1, "s", [], {}, object()):
    try:
        obj.new_attr = 1
    except AttributeError as e:
        print(type(e).__name__, e)

# cannot set attributes on builtin classes
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)

# __class__ and __module__ via instance
print(bag.__class__.__name__, Bag.__module__, bag.__module__)

# private name mangling
class Secret:
    def __init__(self):
        self.__hidden = 42
        self._protected = 1
    def reveal(self):
        return self.__hidden
s = Secret()
print(s.reveal(), sorted(vars(s)))
print(s._Secret__hidden)
try:
    s.__hidden
except AttributeError as e:
    print(type(e).__name__, e)

class SubSecret(Secret):
    def __init__(self):
        super().__init__()
        self.__hidden = "sub"
print(sorted(vars(SubSecret())))
