# dict basics: insertion order, item access, update semantics, membership, len, truthiness.

d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
print(d, list(d), len(d), bool(d), bool({}))
d["b"] = 10
print("overwrite keeps position:", d)
del d["b"]
d["b"] = 20
print("delete+reinsert moves to end:", d)
print(d["a"], "a" in d, "z" in d, "z" not in d, 2 in d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}), dict({"k": 1}, k=2, j=3), dict(zip("ab", [1, 2])))
print(dict(), dict([]), dict(((1, 2),)), dict([[3, 4]]), dict(["ab", "cd"]))
print({1: "int", 1.0: "float", True: "bool"})
print({"x": 1, "y": 2, "x": 3})
print({(1, 2): "tuple", frozenset([1]): "fs", None: "none", 2.5: "float", -1: "neg", "": "empty"})
nested = {"a": {"b": {"c": [1, 2, {"d": "deep"}]}}}
print(nested["a"]["b"]["c"][2]["d"], nested)
d = {i: i * i for i in range(6)}
print(d)
for k in d:
    print(k, d[k], end="; ")
print()
for k, v in d.items():
    if v > 5:
        print(f"{k}->{v}", end=" ")
print()
e = {"one": 1}
f = e
f["two"] = 2
print(e, e is f)
print({**e, "three": 3}, {**e, **{"one": "ONE"}}, {"zero": 0, **e})
print(dict.fromkeys("abc"), len({str(i): i for i in range(100)}))
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:], sum(big.values()))
for i in range(10):
    big[i] = "re"
print(list(big.items())[-10:-7])
print(d == {5: 25, 4: 16, 3: 9, 2: 4, 1: 1, 0: 0}, {1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {} == dict())
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print(type(e).__name__, e)
print(repr({}), repr({"q": "'"}), str({1: [2]}), repr({"s": {1, 2}}))
