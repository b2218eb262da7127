# abs(), all(), any() including laziness and user-defined __abs__.

print(abs(-3), abs(3), abs(-3.5), abs(0.0), abs(-0.0), abs(-10**30), abs(3 + 4j), abs(True), abs(False))
class A:
    def __abs__(self):
        return "custom abs"
print(abs(A()))
for bad in ("s", [1], None, {}):
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

print(all([]), all([1, 2]), all([1, 0]), all("abc"), all([""]), all(x > 0 for x in [1, 2, 3]), all({}), all({0: 1}))
print(any([]), any([0, 0.0, ""]), any([0, 1]), any("a"), any(x > 2 for x in [1, 2, 3]), any({0: "x"}), any([None, []]))
seen = []
def check(x):
    seen.append(x)
    return x
print(all(check(x) for x in [1, 1, 0, 1, 1]), seen)
seen.clear()
print(any(check(x) for x in [0, 0, 5, 0]), seen)
seen.clear()
print(all(map(check, [3, 2, 1])), seen)
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(f"  bool({self.v})")
        return self.v
print(all([Truthy(True), Truthy(False), Truthy(True)]))
print(any([Truthy(False), Truthy(True), Truthy(False)]))
print(type(all([1])).__name__, all([1, "x", [0]]), any([[], (), {}, set(), 0j]))
for bad in (5, None):
    for f in (all, any):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
class BadBool:
    def __bool__(self):
        raise ValueError("cannot decide")
try:
    all([BadBool()])
except ValueError as e:
    print(type(e).__name__, e)
try:
    any([BadBool()])
except ValueError as e:
    print(type(e).__name__, e)
print(all(iter([])), any(iter([True])), all(range(1, 5)), all(range(0, 5)), any(range(0)))
