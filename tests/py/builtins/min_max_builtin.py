# min() and max(): iterables, multiple args, key, default, ties, errors.

print(max([3, 1, 2]), min([3, 1, 2]), max(3, 1, 2), min(3, 1, 2), max("abc"), min("cab"), max((1, 2), (1, 3)))
print(max([1, 2, 3], key=lambda x: -x), min(["aa", "b", "ccc"], key=len), max(["aa", "b", "cc"], key=len))
print(max([], default="empty"), min((), default=None), max([5], default=0), max(iter([4, 9, 2])), max(range(10)))
print(max({1: "a", 3: "b"}), min({5, 2, 8}), max("hello", key=ord), max([1, 1.0]), max([1.0, 1]), min([True, 1]))
pairs = [("a", 2), ("b", 3), ("c", 3), ("d", 1), ("e", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max(-0.0, 0.0), max(0.0, -0.0), max(1, 1.0, True), min(0, False, 0.0))
class V:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        return self.v < other.v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"V({self.v}{self.tag})"
vals = [V(1, "a"), V(3, "b"), V(3, "c"), V(1, "d")]
print(max(vals), min(vals), max(*vals), min(*vals))
calls = []
def k(x):
    calls.append(x)
    return x % 3
print(max(range(6), key=k), calls)
for label, fn in [
    ("max()", lambda: max()),
    ("min([])", lambda: min([])),
    ("max(iter([]))", lambda: max(iter([]))),
    ("max(1)", lambda: max(1)),
    ("max(1, 'a')", lambda: max(1, "a")),
    ("min([1, None])", lambda: min([1, None])),
    ("max(1, 2, default=0)", lambda: max(1, 2, default=0)),
    ("max([1], key=5)", lambda: max([1, 2], key=5)),
    ("max([1], bogus=1)", lambda: max([1], bogus=1)),
    ("min(1, 2, key=None)", lambda: min(1, 2, key=None)),
    ("max([], key=len)", lambda: max([], key=len)),
    ("min({}, default=1)", lambda: min({}, default=1)),
    ("max([[1], [0, 5]])", lambda: max([[1], [0, 5]])),
    ("max([{1}, {2}])", lambda: max([{1}, {2}])),
    ("max([{1}, {1, 2}])", lambda: max([{1}, {1, 2}])),
]:
    try:
        r = fn()
    except Exception as e:
        print(f"{label:<24} -> {type(e).__name__}: {e}")
    else:
        print(f"{label:<24} -> {r!r}")
nan = float("nan")
print(max([nan, 1, 2]), max([1, nan, 2]), min([2, nan, 1]), max([2, 1, nan]))
print(min("b", "a", key=str.upper), max(["B", "a"], key=str.lower), max(zip([1, 2], "ba")))
