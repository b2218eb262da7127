# KeyError messages, unhashable keys, mutation during iteration, missing keys.

d = {"a": 1, 2: "two", (1, 2): "tuple", None: "none"}
for key in ["zz", 3, (1, 3), 2.5, "", ("a",), None if False else frozenset({1}), True, b"a"]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e.args[0]), str(e) == repr(key))
for key in [[1], {}, {1}, bytearray(b"x"), [1, [2]]]:
    for label, fn in (("getitem", lambda: d[key]), ("setitem", lambda: d.__setitem__(key, 1)),
                      ("in", lambda: key in d), ("get", lambda: d.get(key)), ("del", lambda: d.__delitem__(key))):
        try:
            fn()
        except TypeError as e:
            print(label, type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {"k": 1, ("t", [1]): 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["missing"]
except KeyError as e:
    print("del", type(e).__name__, e)

x = {1: 1, 2: 2}
try:
    for k in x:
        x[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
x = {1: 1, 2: 2}
try:
    for k in x:
        del x[k]
except RuntimeError as e:
    print(type(e).__name__, e)
x = {1: 1, 2: 2}
for k in x:
    x[k] = "modified values is fine"
print(x)
x = {1: 1, 2: 2, 3: 3}
for k in list(x):
    if k % 2:
        del x[k]
print(x)
x = {1: 1}
try:
    for k in x:
        del x[k]
        x[k] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
print(x)

class Missing(dict):
    def __missing__(self, key):
        return f"default-{key}"
m = Missing(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m, len(m))

class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(c)

class RaisingHash:
    def __hash__(self):
        raise ValueError("no hash for you")
try:
    {RaisingHash(): 1}
except ValueError as e:
    print(type(e).__name__, e)
try:
    {}.get(RaisingHash())
except ValueError as e:
    print(type(e).__name__, e)

class KE(Exception):
    pass
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(e, e.args)
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), e.args)
try:
    raise KeyError("multi\nline")
except KeyError as e:
    print(str(e))
