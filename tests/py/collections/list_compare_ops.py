# List comparisons, concatenation, repetition, membership, and equality subtleties.

pairs = [([], []), ([1], []), ([1, 2], [1, 3]), ([1, 2], [1, 2, 0]), ([2], [1, 9, 9]), (["a"], ["b"]),
         ([1, [2]], [1, [3]]), ([1.0], [1]), ([float("nan")], [float("nan")])]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
nan = float("nan")
x = [nan]
print(x == x, [nan] == [nan], x == [nan], nan in x, x.count(nan), x.index(nan))
print([1, 2] + [3], [1] * 3, 3 * [1, 2], [] * 5, [1] * 0, [1] * -1, [[0]] * 2)
l = [1]
l += (2, 3)
l += "ab"
l += range(2)
print(l)
l *= 2
print(l)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 1.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print([1, "a"] < [2, 1], [1, "a"] == [1, 2], [1] == (1,), [] == (), [] == None)
print(2 in [1, 2], 2.0 in [1, 2], [1] in [[1], 2], "a" in ["abc"], None in [None], 3 not in [1])

class Eq:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"  Eq({self.name}).__eq__")
        return True
    def __repr__(self):
        return f"Eq({self.name})"
e = Eq("e")
print(e in [1, 2])
print([e] == [5])
print(e in [e])
print([1, 2].index(Eq("i")))
print([1, Eq("c"), 3].count(5))

# identity implies equality for containment
class Never:
    def __eq__(self, other):
        return False
n = Never()
print(n in [n], [n] == [n], [n].count(n), [Never()] == [Never()])
