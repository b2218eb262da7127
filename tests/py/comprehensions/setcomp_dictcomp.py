# Set and dict comprehensions: duplicates, key collisions, ordering, nested, conditional values.

print({x % 5 for x in range(20)})
print({x * x for x in range(-4, 5)})
print(sorted({w.lower() for w in ["A", "a", "B", "b", "c"]}))
print({x for x in []}, type({x for x in []}).__name__)
print({len(w) for w in "a bb cc ddd e".split()})
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({x: x * x for x in range(6)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({c: i for i, c in enumerate("hello")})
print({x % 3: x for x in range(10)})
print({v: k for k, v in {"x": 1, "y": 2, "z": 1}.items()})
print({k: [i for i in range(k)] for k in range(4)})
print({w: len(w) for w in "the quick brown fox jumps".split() if len(w) > 3})
print({i: ("even" if i % 2 == 0 else "odd") for i in range(5)})
print({(a, b): a * b for a in range(1, 3) for b in range(1, 3)})
print({str(k): v for k, v in zip(range(3), "abc")})
print({k: {kk: kk * k for kk in range(2)} for k in range(3)})
print(dict((x, x + 1) for x in range(3)) == {x: x + 1 for x in range(3)})
print({1: "a", True: "b", 1.0: "c"} == {k: v for k, v in [(1, "a"), (True, "b"), (1.0, "c")]})
print({k: v for k, v in {}.items()}, type({k: k for k in ""}).__name__)
print(sorted({c for c in "mississippi"}), {n for n in range(10) if n % 3 == 0})
order = []
def key(x):
    order.append(f"k{x}")
    return x
def val(x):
    order.append(f"v{x}")
    return x * 10
print({key(i): val(i) for i in range(3)}, order)
try:
    {[x]: 1 for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {x: 1 / x for x in range(-1, 2)}
except ZeroDivisionError as e:
    print(type(e).__name__, e)
counts = {}
text = "abracadabra"
counts = {c: text.count(c) for c in sorted(set(text))}
print(counts, max(counts, key=counts.get))
inverse = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inverse.setdefault(v, []).append(k)
print(inverse, {v: sorted(ks) for v, ks in inverse.items()})
print({frozenset({x, x + 1}) for x in range(3)} == {frozenset({0, 1}), frozenset({1, 2}), frozenset({2, 3})})
