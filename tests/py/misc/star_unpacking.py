# Star unpacking everywhere.

first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *empty, z = (1, 2)
print(a, empty, z)
*everything, = (1, 2, 3)
print(everything)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
[x, [y, *ys]] = [0, [1, 2, 3]]
print(x, y, ys)

# star target always gives a list
*t, = (1, 2)
print(type(t).__name__)
*s, = "hi"
print(s)

# errors
try:
    a, b, *c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
for src in ("*a = [1, 2]", "a, *b, *c = [1, 2, 3]", "*a, *b = 1, 2"):
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)

# star in for loop targets
for head, *tail in [(1, 2, 3), (4,), "xyz"]:
    print(head, tail)

# star in list/tuple/set displays
l1, l2 = [1, 2], (3, 4)
print([*l1, *l2], (*l1, *l2), {*l1, *l2} == {1, 2, 3, 4})
print([0, *range(3), *"ab", *{"k": 1}])
print((*l1,), [*[], *()])

# dict unpacking in displays
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2})
print({**d2, **d1})
print({"x": 0, **d1, "a": 100})
print({**{}, **dict(q=1)})

# star in calls
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*l1, *l2, 5, *"xy"))
print(f(**d1, **{"z": 26}))
print(f(*range(2), k=1, **{"m": 2}))

# star in return and yield
def ret():
    return *l1, *l2
print(ret())
def gen():
    yield *l1, 9
print(list(gen()))

# star in subscripts (3.11 allows a[*b])
class Idx:
    def __getitem__(self, key):
        return key
idx = Idx()
print(idx[*l1], idx[1, *l2], idx[*()])

# nested unpacking with starred in the middle of nested structure
data = [("alice", 30, "nyc", "red"), ("bob", 25, "sf", "blue", "extra")]
for name, age, *more in data:
    print(name, age, more)

# swapping and rotating with unpacking
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
seq = [1, 2, 3, 4]
seq = [*seq[1:], seq[0]]
print(seq)

# unpacking from generators and iterators (consumed once)
gen_obj = (i * i for i in range(4))
first, *others = gen_obj
print(first, others, list(gen_obj))

# unpacking dict gives keys; .items() gives pairs
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
(ka, va), (kb, vb) = {"one": 1, "two": 2}.items()
print(ka, va, kb, vb)

# assignment chains with unpacking
x = (m, n) = [7, 8]
print(x, m, n)

# starred expression in print with sep
print(*range(5), sep="-")
print(*[], "only this")
