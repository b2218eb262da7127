# Self-referencing containers: repr with [...] and {...}, equality, len, and nesting.

l = [1, 2]
l.append(l)
print(l, len(l), l[2] is l, l[2][2][2][0])
d = {"name": "d"}
d["self"] = d
print(d, d["self"]["self"]["name"])
mixed = [d, l]
print(mixed)
t = ([],)
t[0].append(t)
print(t)
inner = {"k": []}
inner["k"].append(inner)
print(inner, [inner])
a = []
b = [a]
a.append(b)
print(a, b)
s = set()
fl = [s]
print(fl)
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    def __repr__(self):
        return f"Node({self.v}, {self.children})"
root = Node(1)
root.children.append(Node(2))
root.children[0].children.append(Node(3))
print(root)
print(repr([[[[]]]]), repr([[], [[]], [[], [[]]]]))
print(l == l, d == d, [l] == [l], str(l) == repr(l))
dk = {}
dk[1] = dk.keys()
print(len(dk), 1 in dk)
odict = {"v": None}
odict["v"] = odict.values()
print(odict)
ol = []
ol.append(ol)
ol.append(ol)
print(ol, str(ol))
deep = []
cur = deep
for i in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(repr(deep)[:60], len(repr(deep)))
# Recursive structures inside tuples and sets of frozensets
rt = []
tup = (rt, "tag")
rt.append(tup)
print(tup, rt)
dd = {}
dd["list"] = [dd, [dd]]
print(dd)
# Equality of structurally equal (non-identical) recursive lists raises RecursionError
x = []
x.append(x)
y = []
y.append(y)
try:
    print(x == y)
except RecursionError as e:
    print(type(e).__name__, str(e)[:40])
print(x == x, x[0] is x, len(x), x.count(x), x.index(x))
class Wrapper:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f"Wrapper(n={len(self.items)})"
w = Wrapper()
print(w.items, [w, w])
z = {"a": [1, {"b": None}]}
z["a"][1]["b"] = z["a"]
print(z, z["a"][1]["b"] is z["a"])
