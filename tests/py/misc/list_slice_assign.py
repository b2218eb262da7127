# Slice assignment to lists: sizes, bounds, sources, error messages, release order.

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

def assign(l, key, value):
    l[key] = value
    return l

base = list(range(8))
for key in [slice(2, 5), slice(2, 2), slice(5, 2), slice(-3, None), slice(None, -6),
            slice(-100, 100), slice(100, 200), slice(None, None, 2), slice(None, None, -1),
            slice(6, 1, -2), slice(1, 7, 3)]:
    for value in [[], ["a"], ["a", "b", "c"], ("t", "u", "v", "w"), "xyz"]:
        show((key.start, key.stop, key.step, value), lambda: assign(base[:], key, value))

# The list itself as the source.
l = [1, 2, 3, 4]
l[1:3] = l
print(l)
l = [1, 2, 3, 4]
l[::-1] = l
print(l)
l = [1, 2, 3]
l[:] = l
print(l)

# Generic iterables, and what is not one.
l = [0, 1, 2, 3]
l[1:2] = iter(range(3))
print(l)
l[::2] = (c for c in "abc")
print(l)
l[:1] = {"k": 1}
print(l)
show("int", lambda: assign([1, 2], slice(0, 1), 5))
show("int ext", lambda: assign([1, 2], slice(None, None, 2), 5))
show("size", lambda: assign([1, 2, 3], slice(None, None, 2), [1]))

def bad_iter():
    yield 1
    raise TypeError("from the iterator")
show("iter raises", lambda: assign([1, 2, 3], slice(0, 1), bad_iter()))

# A list subclass's items are used as they are (its __iter__ is not called).
class L(list):
    def __iter__(self):
        print("L.__iter__ called")
        return iter(["no"])
l = [0, 0, 0]
l[1:] = L([7, 8])
print(l)
class T(tuple):
    def __iter__(self):
        print("T.__iter__ called")
        return iter(())
l[:2] = T((5, 6, 7))
print(l)

# An iterable that empties the list while it is read: the store goes to the list as it
# is afterwards.
l = [1, 2, 3, 4]
def clearing():
    l.clear()
    yield 7
    yield 8
l[1:3] = clearing()
print(l)
l = [1, 2, 3, 4, 5, 6]
def shrinking():
    del l[3:]
    yield "x"
l[2:5] = shrinking()
print(l)

# __index__ bounds.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
l = list(range(6))
l[I(1):I(4):I(2)] = ["p", "q"]
print(l)
l[I(-2):] = []
print(l)

# Release order of the replaced items.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

l = [D("a"), D("b"), D("c"), 0]
l[0:3] = [1, 2, 3]
print("same size done")
l = [D("a"), D("b"), D("c"), 0]
l[0:3] = [1]
print("shrink done")
l = [D("a"), 0, D("b"), 0, D("c")]
l[::2] = [1, 2, 3]
print("extended done")
l = [D("a"), D("b"), D("c")]
l[::-1] = [1, 2, 3]
print("reversed done", l)
