# frozenset: construction, hashing, immutability, use as dict keys and set elements.

f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, sorted(f), frozenset(), frozenset("aab") == frozenset("ab"), frozenset(range(3)))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset()) == hash(frozenset([])))
d = {frozenset({1, 2}): "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2, 3})}
print(len(nested), frozenset({1}) in nested, {1} in nested)
print(frozenset({frozenset({1}), frozenset({2})}) == frozenset({frozenset({2}), frozenset({1})}))
for name in ("add", "remove", "discard", "pop", "clear", "update"):
    print(name, hasattr(f, name))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
c = f.copy()
print(c is f, frozenset(f) is f, type(f.union([9])).__name__, sorted(f.union([9])))
print(sorted(f.intersection({1, 5})), sorted(f.difference({1})), sorted(f.symmetric_difference({1, 7})))
print(f.issubset({1, 2, 3, 4}), f.issuperset([1]), f.isdisjoint([8]), f == {1, 2, 3}, f != frozenset())
print(repr(frozenset()), repr(frozenset({1})), str(frozenset({5})), repr(frozenset({(1, 2)})))
class FS(frozenset):
    def __repr__(self):
        return f"FS({sorted(self)})"
x = FS([2, 1])
print(x, type(x | {3}).__name__, type(x.copy()).__name__, x == frozenset({1, 2}), hash(x) == hash(frozenset({1, 2})))
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset({1: "k", 2: "v"}), frozenset(x * 2 for x in range(3)), frozenset(b"ab") == frozenset([97, 98]))
print({1, 2} == frozenset({1, 2}), hash(frozenset({1, 2, 3})) == hash(frozenset([3, 2, 1])))
# set containing an equal set as key converts it to frozenset for lookup
s = {frozenset({1, 2})}
print({1, 2} in s, {2, 1} in s, {3} in s)
print(sorted(frozenset({"b", "a"})), sorted(frozenset({"b", "a"}) | {"c"}))
