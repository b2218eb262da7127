# Every list method, with common usage and edge cases.

l = [3, 1, 2]
l.append(4)
print("append", l)
l.extend([5, 6])
l.extend((7,))
l.extend(range(8, 10))
l.extend("ab")
l.extend({"k": 1})
print("extend", l)
l.insert(0, "first")
l.insert(-1, "before-last")
l.insert(100, "end")
l.insert(-100, "start")
print("insert", l)
print("pop", l.pop(), l.pop(0), l.pop(-2), l.pop(3))
print("after pops", l)
l.remove("a")
print("remove", l)
print("index", l.index(5), l.index(5, 3), l.index(5, 3, 8), l.index("first"))
print("count", l.count(5), l.count("zz"), [1, 1, 2, 1].count(1), [[1], [1]].count([1]))
c = l.copy()
print("copy", c == l, c is l)
l.clear()
print("clear", l, c[:3])
r = [1, 2, 3, 4]
r.reverse()
print("reverse", r)
s = [5, 2, 8, 1]
print("sort returns", s.sort(), s)
s.sort(reverse=True)
print("sort reverse", s)
s.sort(key=lambda x: x % 3)
print("sort key", s)
print([].reverse(), [].sort(), [].copy(), [].clear())

for label, fn in [
    ("[].pop()", lambda: [].pop()),
    ("[1].pop(5)", lambda: [1].pop(5)),
    ("[1].pop('0')", lambda: [1].pop("0")),
    ("[1].remove(2)", lambda: [1].remove(2)),
    ("[1].index(2)", lambda: [1].index(2)),
    ("[1, 2].index(1, 1)", lambda: [1, 2].index(1, 1)),
    ("['a'].index('b')", lambda: ["a"].index("b")),
    ("[].extend(5)", lambda: [].extend(5)),
    ("[].extend(None)", lambda: [].extend(None)),
    ("[].insert(0)", lambda: [].insert(0)),
    ("[].insert('0', 1)", lambda: [].insert("0", 1)),
    ("[].append()", lambda: [].append()),
    ("[].append(1, 2)", lambda: [].append(1, 2)),
    ("[].count()", lambda: [].count()),
    ("[].sort(lambda x: x)", lambda: [].sort(lambda x: x)),
    ("[].sort(cmp=1)", lambda: [].sort(cmp=1)),
    ("[1, 'a'].sort()", lambda: [1, "a"].sort()),
    ("[].copy(1)", lambda: [].copy(1)),
]:
    try:
        r = fn()
    except Exception as e:
        print(f"{label:<24} -> {type(e).__name__}: {e}")
    else:
        print(f"{label:<24} -> {r!r}")

# index with negative/large bounds
z = [0, 1, 2, 1, 0]
print(z.index(1, -3), z.index(0, -1), z.index(0, 1, 100), z.index(2, -100, -1))
# remove removes only the first equal element (uses ==)
z = [1, 1.0, True, 2]
z.remove(True)
print(z)
# self-extend and self-insert
q = [1, 2]
q.extend(q)
print(q)
q.append(q)
print(q, len(q))
q.insert(0, q)
print(len(q), q[0] is q)
# list() constructor
print(list(), list("ab"), list(range(3)), list((1, 2)), list({3: 4}), list({5}), list(x * 2 for x in range(3)))
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
