# itertools: product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement as cwr

print(list(product("ab", range(2))))
print(list(product([1, 2], repeat=2)))
print(list(product("ab", "xy", repeat=2))[:6], len(list(product("ab", "xy", repeat=2))))
print(list(product()))
print(list(product([], [1, 2])))
print(list(product([1, 2], [])))
print(list(product(repeat=3)))
print(list(product([1, 2], repeat=0)))
print(len(list(product(range(3), range(4), range(5)))))
try:
    product([1], repeat=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    product([1], foo=2)
except TypeError as e:
    print("TypeError:", e)
try:
    product(1)
except TypeError as e:
    print("TypeError:", e)
p = product(iter([1, 2]), iter("ab"))
print(next(p), next(p), list(p))

print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2, 3], 0)))
print(list(permutations([1, 2], 3)))
print(list(permutations([])))
print(list(permutations([], 0)))
print(list(permutations("ab", None)))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))
for bad in [-1, "x", 1.5]:
    try:
        permutations("abc", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    permutations()
except TypeError as e:
    print("TypeError:", e)

print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)))
print(list(combinations(range(4), 0)))
print(list(combinations(range(4), 4)))
print(list(combinations(range(4), 5)))
print(list(combinations([], 0)))
print(list(combinations(r=2, iterable=[3, 1, 2])))
print(len(list(combinations(range(10), 4))))
for bad in [-1, "x", None]:
    try:
        combinations("abc", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    combinations("abc")
except TypeError as e:
    print("TypeError:", e)

print(list(cwr("ABC", 2)))
print(list(cwr(range(3), 3)))
print(list(cwr([], 2)))
print(list(cwr([], 0)))
print(list(cwr("ab", 0)))
print(len(list(cwr(range(5), 3))))
try:
    cwr("abc", -2)
except ValueError as e:
    print("ValueError:", e)

def naive_perm(seq, r):
    from itertools import product
    n = len(seq)
    for idx in product(range(n), repeat=r):
        if len(set(idx)) == r:
            yield tuple(seq[i] for i in idx)
for n in range(5):
    for r in range(n + 2):
        s = list(range(n))
        assert list(permutations(s, r)) == list(naive_perm(s, r)), (n, r)
        assert list(combinations(s, r)) == [c for c in permutations(s, r) if list(c) == sorted(c)], (n, r)
        assert list(cwr(s, r)) == [c for c in product(s, repeat=r) if list(c) == sorted(c)], (n, r)
print("cross-checked")
print([type(x).__name__ for x in (product(), permutations(""), combinations("", 1), cwr("", 1))])
