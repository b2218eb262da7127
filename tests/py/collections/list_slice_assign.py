# Slice assignment and deletion on lists with positive/negative bounds and steps.

def fresh():
    return list(range(10))

def show(label, fn):
    l = fresh()
    try:
        fn(l)
    except Exception as e:
        print(f"{label:<28} -> {type(e).__name__}: {e}")
    else:
        print(f"{label:<28} -> {l}")

show("l[2:5] = ['a', 'b']", lambda l: l.__setitem__(slice(2, 5), ["a", "b"]))
show("l[2:5] = []", lambda l: l.__setitem__(slice(2, 5), []))
show("l[2:2] = [x, y, z]", lambda l: l.__setitem__(slice(2, 2), ["x", "y", "z"]))
show("l[:] = 'abc'", lambda l: l.__setitem__(slice(None), "abc"))
show("l[-2:] = range(3)", lambda l: l.__setitem__(slice(-2, None), range(3)))
show("l[8:3] = ['q']", lambda l: l.__setitem__(slice(8, 3), ["q"]))
show("l[100:] = [1]", lambda l: l.__setitem__(slice(100, None), [1]))
show("l[-100:1] = [1]", lambda l: l.__setitem__(slice(-100, 1), ["S"]))
show("l[::2] = 'abcde'", lambda l: l.__setitem__(slice(None, None, 2), "abcde"))
show("l[1::2] = [0]*5", lambda l: l.__setitem__(slice(1, None, 2), [0] * 5))
show("l[::-1] = range(10)", lambda l: l.__setitem__(slice(None, None, -1), range(10)))
show("l[7:1:-2] = 'xyz'", lambda l: l.__setitem__(slice(7, 1, -2), "xyz"))
show("l[::2] = [1, 2]", lambda l: l.__setitem__(slice(None, None, 2), [1, 2]))
show("l[::3] = []", lambda l: l.__setitem__(slice(None, None, 3), []))
show("l[5:5:2] = []", lambda l: l.__setitem__(slice(5, 5, 2), []))
show("l[::1] = [1]", lambda l: l.__setitem__(slice(None, None, 1), [1]))
show("l[1:3] = 5", lambda l: l.__setitem__(slice(1, 3), 5))
show("l[1:3] = None", lambda l: l.__setitem__(slice(1, 3), None))
show("l[::0] = []", lambda l: l.__setitem__(slice(None, None, 0), []))
show("l['a':] = []", lambda l: l.__setitem__(slice("a", None), []))
show("l[1:3] = gen", lambda l: l.__setitem__(slice(1, 3), (c for c in "GEN")))
show("l[1:3] = {k: v}", lambda l: l.__setitem__(slice(1, 3), {"k1": 1, "k2": 2}))
show("del l[2:5]", lambda l: l.__delitem__(slice(2, 5)))
show("del l[::2]", lambda l: l.__delitem__(slice(None, None, 2)))
show("del l[::-3]", lambda l: l.__delitem__(slice(None, None, -3)))
show("del l[-3:]", lambda l: l.__delitem__(slice(-3, None)))
show("del l[:]", lambda l: l.__delitem__(slice(None)))
show("del l[5:2]", lambda l: l.__delitem__(slice(5, 2)))
show("del l[1:9:3]", lambda l: l.__delitem__(slice(1, 9, 3)))
show("del l[20]", lambda l: l.__delitem__(20))
show("l[20] = 1", lambda l: l.__setitem__(20, 1))
show("l[-11] = 1", lambda l: l.__setitem__(-11, 1))
show("l[-10] = 'first'", lambda l: l.__setitem__(-10, "first"))

# Statement syntax forms
l = fresh()
l[1:3] = l
print("self slice assign", l)
l = fresh()
l[:] = l[::-1]
print("reverse copy", l)
l = fresh()
l[len(l):] = [10, 11]
print("append via slice", l)
l = fresh()
l[:0] = [-2, -1]
print("prepend via slice", l)
l = fresh()
del l[1], l[2]
print("del two items", l)
l = fresh()
l[2:4], l[0] = ["a"], "z"
print("tuple target", l)
a = [1, 2, 3]
b = a
a[:] = [9]
print(a, b, a is b)
a = [1, 2, 3]
print(a[1:2], a[5:], a[-1:], a[:-5], a[::-1][::-1] == a)


# Same-length slice assignment (replaced in place): self-assignment, reversal into a prefix
# (fannkuch's flip), other iterables, and the replaced items' finalizers, last first.
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


xs = [Noisy(i) for i in range(6)]
xs[1:4] = [7, 8, 9]
print("replaced", [x if isinstance(x, int) else x.n for x in xs])
xs[:] = xs
print(len(xs))
ys = list(range(10))
ys[:5] = ys[4::-1]
print(ys)
ys[3:6] = ys[6:9]
print(ys)
ys[-3:] = "abc"
print(ys)
ys[2:4] = (v * 2 for v in (1, 2))
print(ys)
del xs
print("end")
