# Chained comparisons.

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 5 >= 5 <= 5, 0 <= 0 < 1 <= 1)
print("a" < "b" < "c", [1] < [2] < [3], (1,) <= (1, 0) < (2,))
x = 5
print(0 < x < 10, 0 < x < 3, 10 > x >= 5, x == 5 == 5.0)

# middle operand evaluated only once
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()

# short-circuit: later operands not evaluated when an earlier link is false
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()

# long chains
print(1 < 2 < 3 < 4 < 5 < 6, 1 < 2 < 3 < 2 < 5)
print(v(1) < v(2) < v(3) < v(0) < v(9))
print(calls)
calls.clear()

# membership and identity in chains
print(1 in [1, 2] in [[1, 2]], 2 in [1, 2] not in [[3]])
a = None
print(a is None is not False, a is not None is None)
print("b" in "abc" == True)

# equivalent to `and` of pairs
for y in range(-1, 5):
    print(y, 0 <= y < 3, 0 <= y and y < 3)

# chained comparison result is the last evaluated operand result (a bool here)
print(type(1 < 2 < 3).__name__)

# with objects returning non-bool from comparisons
class R:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("  %d < %d" % (self.n, other.n))
        return "truthy" if self.n < other.n else ""
result = R(1) < R(2) < R(3)
print(repr(result))
result = R(1) < R(0) < R(3)
print(repr(result))

# chained comparisons with mixed types raise when reached
try:
    print(1 < 2 < "x")
except TypeError as e:
    print(type(e).__name__, e)
print(2 < 1 < "x")

# chained equality with floats and nan
nan = float("nan")
print(nan == nan == nan, 1.0 == 1 == True, 0.1 + 0.2 == 0.3 == 0.3)

# comparisons inside conditions and comprehensions
nums = [3, 8, 1, 9, 4, 6]
print([n for n in nums if 2 < n <= 6])
print(sum(1 for i, n in enumerate(nums) if i < n < 9))

# chaining with walrus in the middle
if 0 < (mid := 5) < 10:
    print("mid", mid)

# `not` binds looser than comparison
print(not 1 < 2, not (1 < 2 < 0), (not 1) < 2)
