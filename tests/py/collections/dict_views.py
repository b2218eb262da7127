# Dict views: live updates, set operations, reversed, comparisons, membership.

d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i, ["a", 1] in i)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i))
print(sorted(k & {"b", "z"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(type(k & set()).__name__, type(k | []).__name__)
print(sorted(i & {("b", 2), ("c", 0)}), sorted(i - {("b", 2)}), sorted(i | {("x", 9)}, key=str))
print(k == {"b", "c", "d"}, k == ["b", "c", "d"], i == {("b", 2), ("c", 3), ("d", 4)}, v == v, v == d.values())
print(k <= {"b", "c", "d", "e"}, k < {"b", "c", "d"}, k >= {"b"}, k.isdisjoint({"x"}), k.isdisjoint(["b"]))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print({1: 1, 2: 2}.keys() & {2: "x"}.keys(), {1: 1}.keys() | {2: 2}.keys(), {1, 2} - {1: 1}.keys())
print(sorted(["x", "b"] & k if False else k & ["x", "b"]))
print({"a": 1}.keys() == {"a": 2}.keys(), {"a": 1}.items() == {"a": 2}.items())
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    v & {1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(k)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}.items()
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(i & {([1], 2)} if False else ({"a": [1]}.items() & {("a", 1)}))
except TypeError as e:
    print(type(e).__name__, e)
it = iter(k)
print(next(it))
d["new"] = 1
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter(d.items())
print(next(it))
del d["new"]
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter(v)
d["b"] = 200
print(next(it), list(it))
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(reversed(i)).__name__)
m = k.mapping
print(type(m).__name__, m["b"], dict(m))
print(list(zip(d.keys(), d.values())) == list(d.items()), [key for key, _ in d.items()] == list(d))
e = {}
print(e.keys(), e.values(), e.items(), list(reversed(e.keys())), e.keys() == set())
