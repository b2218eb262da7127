# Indexing and iteration of builtin sequences, including the edge cases the interpreter's
# inline paths must hand to the generic code.
l = [10, 20, 30]
t = (1, 2, 3)
s = "abc"
u = "aé€"
for i in (-3, -1, 0, 2):
    print(l[i], t[i], s[i], u[i])
for bad in (3, -4, 2 ** 70):
    for seq in (l, t, s, u):
        try:
            seq[bad]
        except IndexError as e:
            print(type(seq).__name__, "IndexError", e)
print(l[True], t[False], s[1:], l[::-1])

l[0] = 11
l[-1] = 33
print(l)
try:
    l[3] = 1
except IndexError as e:
    print("IndexError", e)
try:
    l[-4] = 1
except IndexError as e:
    print("IndexError", e)

class L(list):
    def __getitem__(self, i):
        return ("L", i)
    def __setitem__(self, i, v):
        print("L set", i, v)
ll = L([1, 2])
print(ll[0])
ll[0] = 5
class T(tuple):
    def __getitem__(self, i):
        return ("T", i)
print(T((1,))[0])
class S(str):
    def __getitem__(self, i):
        return ("S", i)
print(S("x")[0])

# Ranges.
print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -3)), list(range(0)))
big = 2 ** 62
print(list(range(big - 2, big + 1)), list(range(-big - 1, -big + 1)))
print(sum(range(2 ** 63 - 3, 2 ** 63)))
r = range(3)
it = iter(r)
print(next(it), list(it), list(it))
for i in range(3):
    for j in range(i):
        print(i, j, end="; ")
print()

# Lists mutated while iterated.
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
    print(x, end=" ")
print()
items = [1, 2, 3, 4]
for x in items:
    items.remove(x)
print(items)
it = iter([1, 2])
print(list(it), list(it))
class LL(list):
    def __iter__(self):
        return iter(("custom",))
print([x for x in LL([1, 2])])
