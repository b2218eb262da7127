# Every set method (named forms), on sets of ints.

s = {1, 2, 3}
s.add(4)
s.add(1)
print("add", sorted(s))
s.remove(4)
s.discard(99)
s.discard(3)
print("remove/discard", sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
p = s.pop()
print("pop", p, sorted(s))
s.clear()
print("clear", s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)

a = {1, 2, 3, 4}
b = {3, 4, 5}
print("union", sorted(a.union(b)), sorted(a.union([9], (8,), range(2))), sorted(a.union()))
print("intersection", sorted(a.intersection(b)), sorted(a.intersection([1, 3], {3, 1, 7})), sorted(a.intersection()))
print("difference", sorted(a.difference(b)), sorted(a.difference([1], [2])), sorted(b.difference(a)))
print("symmetric_difference", sorted(a.symmetric_difference(b)), sorted(a.symmetric_difference([4, 10])))
print("issubset", {1}.issubset(a), a.issubset(a), a.issubset([1, 2, 3, 4, 5]), a.issubset({1}))
print("issuperset", a.issuperset({1, 2}), a.issuperset([5]), a.issuperset(a), set().issuperset([]))
print("isdisjoint", a.isdisjoint({9}), a.isdisjoint([4]), set().isdisjoint(set()))
c = a.copy()
c.add(100)
print("copy", sorted(a), sorted(c), type(c).__name__)
u = {1}
u.update({2}, [3], (4,), range(5, 7), "")
print("update", sorted(u))
u.intersection_update({1, 2, 3, 10}, [2, 3, 1])
print("intersection_update", sorted(u))
u.difference_update([1], {9})
print("difference_update", sorted(u))
u.symmetric_difference_update([3, 4, 5])
print("symmetric_difference_update", sorted(u))
print(u.update(), u.intersection_update(), u.difference_update(), u)

for label, fn in [
    ("add([])", lambda: set().add([])),
    ("union(5)", lambda: set().union(5)),
    ("update(1)", lambda: set().update(1)),
    ("issubset(1)", lambda: set().issubset(1)),
    ("isdisjoint(None)", lambda: set().isdisjoint(None)),
    ("remove([])", lambda: {1}.remove([])),
    ("discard([])", lambda: {1}.discard([])),
    ("[] in set", lambda: [] in {1}),
    ("set([[1]])", lambda: set([[1]])),
    ("set(1)", lambda: set(1)),
    ("set(1, 2)", lambda: set(1, 2)),
    ("symmetric_difference()", lambda: set().symmetric_difference()),
    ("symmetric_difference(1, 2)", lambda: set().symmetric_difference({1}, {2})),
    ("pop(0)", lambda: {1}.pop(0)),
    ("add()", lambda: set().add()),
]:
    try:
        r = fn()
    except Exception as e:
        print(f"{label:<28} -> {type(e).__name__}: {e}")
    else:
        print(f"{label:<28} -> {r!r}")
print({1, 2} == {2, 1}, {1} == {1.0}, {1} == frozenset({1}), set() == set(), {1} != {2}, set() == {})
print(sorted(set("hello")), len(set("mississippi")), {frozenset({1})}, {frozenset({1}): "fs"})
s = {1, 2}
s.remove(frozenset() or 1)
print(s, {1, 2, 3}.__contains__(2), set.__name__)
x = {frozenset({1, 2})}
print(set({1, 2}) in x, {1, 2} in x)
x.discard({1, 2})
print(x)
