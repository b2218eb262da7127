# enumerate (with start) and zip (including strict=True).

print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", -5)), list(enumerate([], 3)))
print(list(enumerate("ab", start=10)), list(enumerate(range(3), 2**70)))
e = enumerate(["x", "y"])
print(type(e).__name__, next(e), next(e), next(e, "done"), iter(e) is e)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for args in [(5,), ("ab", "1"), ("ab", 1.5), ()]:
    try:
        enumerate(*args)
    except TypeError as e:
        print(args, type(e).__name__ + ":", e)
try:
    enumerate("ab", begin=1)
except TypeError as e:
    print(type(e).__name__, e)

print(list(zip([1, 2, 3], "abc")), list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip("a", "b", "c", "d")))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])), list(zip(range(3), range(10, 20), range(100, 1000))))
z = zip("ab", "cd")
print(type(z).__name__, next(z), list(z), list(z))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=True)), list(zip("ab", "cd", strict=False)))
for args in [([1, 2], [3]), ([1], [2, 3]), ([1, 2], [3, 4], [5]), ("a", "", "")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(args, type(e).__name__ + ":", e)
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip([1], 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip([1], bogus=True)
except TypeError as e:
    print(type(e).__name__, e)

# zip stops at the shortest and consumes from the earlier iterators
it = iter(range(10))
print(list(zip(it, "ab")), next(it))
it = iter(range(10))
print(list(zip("ab", it)), next(it))
pulled = []
def src(name, n):
    for i in range(n):
        pulled.append(f"{name}{i}")
        yield i
print(list(zip(src("a", 3), src("b", 2))), pulled)
pulled.clear()
try:
    list(zip(src("a", 3), src("b", 2), strict=True))
except ValueError as e:
    print(type(e).__name__, e, pulled)
pairs = [("x", 1), ("y", 2), ("z", 3)]
names, nums = zip(*pairs)
print(names, nums)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], list(map(list, zip(*zip(*matrix)))))
for i, (n, m) in enumerate(zip("pq", "rs"), start=1):
    print(i, n, m)
