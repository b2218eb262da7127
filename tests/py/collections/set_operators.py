# Set operators and their in-place forms; mixing set and frozenset; comparisons.

a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a <= b, a < a, a <= a, {1} < a, a >= {1, 2}, a > a, {1, 2} < {1, 3}, {1, 2} > {1, 3})
print(a == {4, 3, 2, 1}, a != b, {3, 4} == a & b)
c = a
c |= {9}
print(sorted(c), c is a)
c &= {1, 2, 9, 10}
print(sorted(c), c is a)
c -= {9}
print(sorted(c), c is a)
c ^= {2, 7}
print(sorted(c), c is a)
f = frozenset({1, 2})
g = f
g |= {3}
print(sorted(g), sorted(f), g is f, type(g).__name__)
print(type({1} | frozenset({2})).__name__, type(frozenset({2}) | {1}).__name__, type(frozenset() & set()).__name__)
print(type(frozenset({1}) - {1}).__name__, type({1} ^ frozenset()).__name__)
for expr in ["{1} | [2]", "{1} & (1,)", "{1} - 'a'", "{1} ^ None", "[1] | {1}", "{1} < [1]", "{1} + {2}", "{1} * 2"]:
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "->", type(e).__name__ + ":", e)
try:
    s = {1}
    s |= [2]
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} <= frozenset({1, 2, 3}), frozenset({1}) < {1, 2}, frozenset({1, 2}) == {2, 1})
print(sorted({1, 2} | set()), sorted(set() | set()), set() & {1}, set() - {1}, {1} - set())
print(sorted({x for x in range(10)} - {x for x in range(0, 10, 2)}))
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens | threes), sorted(evens ^ threes), sorted(threes - evens))
print(len(evens), 4 in evens, 5 in evens, 5 not in evens, min(evens), max(threes), sum(evens))
print(sorted(({1, 2} | {3}) & ({2, 3} - {3})), {1, 2, 3} > {1, 2} > {1} > set())
print({1, 2}.__or__([3]), {1}.__and__(5), {1}.__le__(1), {1}.__eq__([1]))
class S(set):
    pass
r = S([1, 2]) | {3}
print(type(r).__name__, sorted(r), type(S([1]).copy()).__name__, type({1} | S([2])).__name__)
