# collections.deque: construction, both ends, maxlen, rotate, indexing, reprs, errors
from collections import deque
import copy

d = deque([1, 2, 3])
print(d, len(d), bool(d), bool(deque()))
d.append(4); d.appendleft(0)
print(d, d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft("xy")
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(); print(d)
d.rotate(0); print(d)
d.rotate(100); print(d)
d.reverse(); print(d)
print(d.count(1), d.count("q"), d.index("a"), 2 in d, "q" in d)
d.insert(1, "ins"); d.insert(-1, "neg"); d.insert(100, "end"); d.insert(-100, "start")
print(d)
d.remove("ins"); print(d)
del d[0]; print(d)
d[0] = "zero"; print(d, d[0])
d.clear(); print(d, len(d))

# maxlen
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(5); print(m)
m.appendleft(-1); print(m)
m.extend([7, 8]); print(m)
m.extendleft([0]); print(m)
print(deque(maxlen=0), deque([1, 2], maxlen=0))
z = deque(maxlen=0); z.append(1); z.extend([1, 2]); print(z)
print(deque().maxlen, deque(maxlen=None).maxlen, deque("ab", 2).maxlen)
try:
    m.insert(0, 1)
except IndexError as e:
    print("IndexError:", e)
try:
    m.maxlen = 5
except AttributeError as e:
    print("AttributeError")

# repr
print(repr(deque()), repr(deque([[1], "s"])), repr(deque((1,), maxlen=4)))
r = deque([1]); r.append(r); print(r)
class MyDeque(deque):
    pass
md = MyDeque("abc", 5)
print(md, type(md).__name__, isinstance(md, deque))
print(MyDeque([1]).copy(), type(MyDeque().copy()).__name__)

# errors
for f in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1]).remove(2),
          lambda: deque([1]).index(2), lambda: deque([1])[1], lambda: deque([1])[-2],
          lambda: deque([1])["a"], lambda: deque([1])[0:1], lambda: deque(maxlen=-1),
          lambda: deque([1]) + [2], lambda: deque(1), lambda: deque([1], 2, 3),
          lambda: deque(maxlen="x"), lambda: hash(deque()), lambda: deque([1]).rotate("x"),
          lambda: deque([1]) * "a", lambda: deque([1]).index(1, "a"), lambda: deque(foo=1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

# mutation during iteration
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
d = deque([1, 2, 3])
it = iter(d)
next(it)
d.pop()
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
d = deque([1, 2, 3])
it = iter(d)
d[0] = 10
print(list(it))
class Evil:
    def __eq__(self, other):
        d.clear()
        return False
d = deque([1, 2, 3])
try:
    d.count(Evil())
except RuntimeError as e:
    print("RuntimeError:", e)
d = deque([Evil(), 2])
try:
    d.remove(5)
except (IndexError, ValueError) as e:
    print(type(e).__name__ + ":", e)

# iteration, reversed, comparisons
d = deque(range(6))
print(list(d), list(reversed(d)), sum(d), max(d), sorted(d, reverse=True))
it = iter(d); print(it.__length_hint__(), next(it), it.__length_hint__())
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) != deque([2]))
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque() >= deque())
try:
    deque([1]) < [1]
except TypeError as e:
    print("TypeError:", e)

# operators
a = deque([1, 2])
print(a + deque([3]), a * 3, 2 * a, a * 0, a * -1)
b = a
b += [9]; print(a, b is a)
b *= 2; print(a)
print(deque([1, 2], maxlen=3) * 3, deque("abc", maxlen=4) + deque("xyz"))
e = deque([1]); e.extend(e); print(e)
e.extendleft(e); print(e)

# copy
c = deque([[1], 2], maxlen=5)
c1 = copy.copy(c); c2 = copy.deepcopy(c); c3 = c.copy()
c[0].append(99)
print(c1, c2, c3, c1.maxlen, c2.maxlen)
print(deque[int], deque.__name__, deque.__module__)
print(deque([3, 1, 2]).index(2, -1), deque("abcab").index("b", 2, 5))
big = deque(range(1000)); big.rotate(333); print(big[0], big[-1], big[500])
q = deque()
for i in range(10):
    q.append(i)
    if len(q) > 3:
        q.popleft()
print(q)
