# map (single and multiple iterables), filter (function and None), laziness.

print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])), list(map(lambda x: x * x, range(5))))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(map(max, [1, 5], [4, 2], [3, 3])), list(map(int, "123")), list(map(str.upper, "abc")))
print(list(map(lambda *a: a, [1, 2], [3])), list(map(divmod, [7, 8], [2, 3])))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5, 0.0])), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(lambda x: x % 2, range(10))), list(filter(lambda x: x > 5, [])), list(filter(bool, (0, 3))))
f = filter(None, [0, 7])
print(type(f).__name__, next(f), next(f, "empty"))

log = []
def noisy(x):
    log.append(x)
    return x * 2
lazy = map(noisy, [1, 2, 3])
print("created", log)
print(next(lazy), log)
print(list(lazy), log)
log.clear()
def pred(x):
    log.append(x)
    return x > 1
lazy_f = filter(pred, [0, 1, 2, 3])
print(next(lazy_f), log)

for label, fn in [
    ("map(None, [1])", lambda: list(map(None, [1]))),
    ("map(str)", lambda: map(str)),
    ("map(str, 5)", lambda: map(str, 5)),
    ("map(5, [1])", lambda: list(map(5, [1]))),
    ("map(len, [1])", lambda: list(map(len, [1]))),
    ("map(lambda x: x, [1], [2])", lambda: list(map(lambda x: x, [1], [2]))),
    ("filter(None)", lambda: filter(None)),
    ("filter(None, 5)", lambda: filter(None, 5)),
    ("filter(5, [1])", lambda: list(filter(5, [1]))),
    ("filter(len, [1])", lambda: list(filter(len, [1]))),
    ("map()", lambda: map()),
]:
    try:
        r = fn()
    except Exception as e:
        print(f"{label:<30} -> {type(e).__name__}: {e}")
    else:
        print(f"{label:<30} -> {r!r}")

# map with infinite-ish and shortest iterable
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(map(lambda a, b: a * b, naturals(), [10, 20, 30])))
print(sum(map(int, filter(str.isdigit, "9a8b7"))), "-".join(map(str, filter(None, [1, 0, 2]))))
print(list(map(list, map(reversed, ["ab", "cd"]))), dict(map(lambda kv: (kv[1], kv[0]), {"a": 1}.items())))
