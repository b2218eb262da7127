# Every dict method: get, setdefault, pop, popitem, update, keys/values/items, copy, clear, fromkeys.

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", "dflt"), d.get("a", "dflt"))
print(d.setdefault("c", 3), d.setdefault("a", 100), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "missing"), d.pop("c"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
d.update({"x": 1})
d.update([("y", 2)])
d.update(z=3)
d.update({"a": "A"}, b="B")
d.update()
print(d)
d.update((("k1", 1), ["k2", 2]))
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c["new"] = 1
print(len(d), len(c), "new" in d)
print(d.popitem(), d.popitem(), d)
d.clear()
print(d, len(d))
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0), dict.fromkeys(range(3), []), dict.fromkeys([]))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
class D(dict):
    pass
print(type(D.fromkeys("a")).__name__, D.fromkeys("ab", 1))
print(type({}.copy()).__name__, type(D(a=1).copy()).__name__)

for label, fn in [
    ("update(1)", lambda: {}.update(1)),
    ("update([1])", lambda: {}.update([1])),
    ("update([(1, 2, 3)])", lambda: {}.update([(1, 2, 3)])),
    ("update(['ab', 'c'])", lambda: {}.update(["ab", "c"])),
    ("update({}, {})", lambda: {}.update({}, {})),
    ("get()", lambda: {}.get()),
    ("get(1, 2, 3)", lambda: {}.get(1, 2, 3)),
    ("pop()", lambda: {}.pop()),
    ("setdefault()", lambda: {}.setdefault()),
    ("get([])", lambda: {}.get([])),
    ("pop([])", lambda: {}.pop([], None)),
    ("setdefault([], 1)", lambda: {}.setdefault([], 1)),
    ("fromkeys(1)", lambda: dict.fromkeys(1)),
    ("fromkeys([[1]])", lambda: dict.fromkeys([[1]])),
    ("dict(1)", lambda: dict(1)),
    ("dict([1, 2])", lambda: dict([1, 2])),
    ("dict([(1,)])", lambda: dict([(1,)])),
    ("dict({}, {})", lambda: dict({}, {})),
    ("dict(a=1)['b']", lambda: dict(a=1)["b"]),
]:
    try:
        r = fn()
    except Exception as e:
        print(f"{label:<22} -> {type(e).__name__}: {e}")
    else:
        print(f"{label:<22} -> {r!r}")

class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()), {**Mapping()})
e = {}
e.update(Mapping())
print(e)
print(d.__len__(), {"a": 1}.__contains__("a"), {"a": 1}.__getitem__("a"), dict.__name__)
