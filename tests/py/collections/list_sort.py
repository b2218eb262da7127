# list.sort and sorted(): stability, key, reverse, mixed types, errors, mutation during sort.

records = [("bob", 3), ("alice", 1), ("carol", 3), ("dave", 2), ("eve", 1), ("frank", 2), ("grace", 3)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: -r[1]))
print(sorted(records))
print(sorted(records, reverse=True))
# Stability under reverse: equal elements keep original order
data = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(data, key=lambda t: t[0], reverse=True))
# Multi-pass sort (secondary then primary)
people = [("x", 30, "NY"), ("y", 25, "LA"), ("z", 30, "LA"), ("w", 25, "NY")]
s = sorted(people, key=lambda p: p[2])
s = sorted(s, key=lambda p: p[1])
print(s)
print(sorted(people, key=lambda p: (p[1], p[2])))
print(sorted(["b", "A", "c", "B", "a"]), sorted(["b", "A", "c", "B", "a"], key=str.lower))
print(sorted([3, 1.5, True, 0, -2, 2**70, -0.5]))
print(sorted([[2, 1], [1, 2], [1], [], [1, 1, 1]]), sorted([(2,), (1, 5), (1,)]))
print(sorted("hello"), sorted(b"hello"), sorted({3: "c", 1: "a"}), sorted({5, 1, 3}))
print(sorted(range(10), key=lambda x: (x % 3, -x)))
print(sorted([], key=len), sorted([1]), sorted([2, 1], key=None))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(words, key=len, reverse=True))

# Large stable sort check
n = 2000
items = [((i * 7919) % 101, i) for i in range(n)]
res = sorted(items, key=lambda t: t[0])
stable = all(res[i][0] < res[i + 1][0] or (res[i][0] == res[i + 1][0] and res[i][1] < res[i + 1][1]) for i in range(n - 1))
print("stable:", stable, res[:3], res[-3:])
print(sorted(range(20), reverse=True) == list(range(19, -1, -1)))

# key is called exactly once per element
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)

# Errors
for label, fn in [
    ("mixed int/str", lambda: sorted([1, "a", 2])),
    ("None in list", lambda: sorted([None, 1])),
    ("dicts", lambda: sorted([{}, {}])),
    ("complex", lambda: sorted([1j, 2j])),
    ("key raises", lambda: sorted([1, 0], key=lambda x: 1 / x)),
    ("bad key type", lambda: sorted([1], key=5)),
    ("sorted no args", lambda: sorted()),
    ("sorted two positional", lambda: sorted([1], None)),
    ("reverse=None", lambda: sorted([1], reverse=None)),
    ("sort modified", lambda: (lambda L: L.sort(key=lambda x: L.append(x) or x))([2, 1])),
]:
    try:
        r = fn()
    except Exception as e:
        print(f"{label:<22} -> {type(e).__name__}: {e}")
    else:
        print(f"{label:<22} -> {r!r}")

# Objects with only __lt__
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"K({self.v})"
print(sorted([K(3), K(1), K(2)]), max([K(3), K(1)], key=lambda k: k.v), min(K(5), K(4)))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"G({self.v})"
print(sorted([OnlyGt(2), OnlyGt(1)]))
l = [3, 1, 2]
l.sort(reverse=1)
print(l)
