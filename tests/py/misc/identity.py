# Identity: `is` for None/True/False and same-object checks; no reliance on caching.

x = None
print(x is None, x is not None, None is None)
print(True is True, False is False, (1 == 1) is True, (1 == 2) is False)
print(bool(1) is True, bool(0) is False, not None is True)

# `is` on the same object
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
b.append(3)
print(a)

# copies are different objects
d = a[:]
e = list(a)
print(d is a, e is a, d == a)

# functions and classes are singletons once defined
def f():
    pass
g = f
print(f is g, type(f) is type(g))
class K:
    pass
print(K is K, type(K()) is K)

# bound methods are created on each access: use == not is
k = K()
k.m = None
class M:
    def meth(self):
        pass
m = M()
print(m.meth == m.meth, m.meth.__func__ is M.meth)

# NotImplemented and Ellipsis are singletons
print(NotImplemented is NotImplemented, ... is Ellipsis, type(...)() is Ellipsis)
print(type(None)() is None)

# mutable default argument identity
def h(arg=[]):
    return arg
print(h() is h(), h([]) is h())

# `is` vs `==` with a class defining __eq__
class AlwaysEqual:
    def __eq__(self, other):
        return True
ae = AlwaysEqual()
print(ae == 1, ae == None, ae is None, ae is ae)

# id() is stable for the lifetime of an object (compare ids, don't print them)
obj = object()
print(id(obj) == id(obj))
lst = [obj, obj]
print(id(lst[0]) == id(lst[1]), lst[0] is lst[1])

# list multiplication repeats references
grid = [[0] * 2] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
grid2 = [[0] * 2 for _ in range(3)]
grid2[0][0] = 1
print(grid2, grid2[0] is grid2[1])

# aliasing through function arguments
def mutate(lst):
    lst.append("added")
    lst = ["rebound"]
    return lst
orig = []
ret = mutate(orig)
print(orig, ret, orig is ret)

# `in` uses identity before equality
class Never:
    def __eq__(self, other):
        return False
n = Never()
print(n in [n], n == n, [n] == [n], [n].count(n))

# tuples containing the same mutable object
shared = []
t = (shared, shared)
t[0].append(1)
print(t, t[0] is t[1])

# dict keys identity for equal objects: first key object kept
d = {1: "int"}
d[1.0] = "float"
print(d, type(list(d)[0]).__name__)

# bool is a subclass of int but True is not 1 (identity)
print(True == 1, isinstance(True, int), type(True) is bool, type(1) is int)

# is not vs not ... is
print(None is not False, not None is False)
