# del of names, items, slices, attributes, and combinations.

# names
a = 1
del a
print("a" in dir())

# list items and slices
L = list(range(10))
del L[0]
print(L)
del L[-1]
print(L)
del L[2:4]
print(L)
del L[::2]
print(L)
del L[:]
print(L)
L = list(range(10))
del L[100:]
print(L)
del L[1::3]
print(L)
try:
    del L[50]
except IndexError as e:
    print(type(e).__name__, e)

# dict items
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)

# multiple targets in one del
d = {"x": 1, "y": 2, "z": 3}
L = [1, 2, 3, 4]
del d["x"], L[0], d["y"]
print(d, L)

# del order: left to right
log = []
class Loud(dict):
    def __delitem__(self, k):
        log.append(k)
        super().__delitem__(k)
ld = Loud(p=1, q=2, r=3)
del ld["r"], ld["p"]
print(log, ld)

# attributes
class Obj:
    cls_attr = "class"
o = Obj()
o.x = 1
o.y = 2
del o.x
print(vars(o))
try:
    del o.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del Obj.cls_attr
print(hasattr(o, "cls_attr"))

# nested targets
nested = {"inner": [1, 2, {"deep": "value", "keep": 1}]}
del nested["inner"][2]["deep"]
print(nested)
del nested["inner"][0:2]
print(nested)

# del with tuple/list target syntax
p, q, r = 1, 2, 3
del (p, q), [r]
print([n for n in ("p", "q", "r") if n in dir()])

# del on immutable containers
t = (1, 2, 3)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)

# del on bytearray and slices of bytearray
ba = bytearray(b"abcdef")
del ba[1]
del ba[::2]
print(ba)

# del of a set element is not supported
st = {1, 2}
try:
    del st[1]
except TypeError as e:
    print(type(e).__name__, e)

# __delitem__ with slice objects on a custom class
class Seq:
    def __init__(self):
        self.data = list("abcdefg")
    def __delitem__(self, key):
        print("  __delitem__", key)
        del self.data[key]
sq = Seq()
del sq[1:3]
del sq[-1]
del sq[::2]
print(sq.data)

# del x[i] where i computed with side effects: evaluated once
calls = []
def idx():
    calls.append("idx")
    return 0
M = [10, 20, 30]
del M[idx()]
print(M, calls)

# del in loops while iterating over a copy
items = {"a": 1, "b": 0, "c": 2, "d": 0}
for k in list(items):
    if items[k] == 0:
        del items[k]
print(items)

# del of a global from a function and a local from a nested scope
g = "global"
def remove_global():
    global g
    del g
remove_global()
print("g" in globals())

# del __dict__ entries through vars()
class Bag:
    pass
bag = Bag()
bag.a, bag.b = 1, 2
del vars(bag)["a"]
print(vars(bag))

# del property
class WithProp:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.deleter
    def v(self):
        print("  deleter called")
        del self._v
wp = WithProp()
del wp.v
print(vars(wp))
