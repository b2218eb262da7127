# Every binary operator over a matrix of small, boundary and big ints, bools and floats:
# results, exceptions and messages; then exact int/float comparisons and hashes.
ints = [0, 1, -1, 7, -7, 255, 2**31, 2**62 - 1, 2**62, -2**62, 2**63 - 1, 2**63, -2**63 - 1,
        2**64, -10**20, 3**100, True, False]
floats = [0.0, -0.0, 0.5, -2.5, 1e20, 2.0**63, float('inf'), float('nan')]
import operator as o
ops = [o.add, o.sub, o.mul, o.floordiv, o.mod, o.truediv, o.pow, o.lshift, o.rshift, o.and_,
       o.or_, o.xor, o.lt, o.eq, o.ge]
for a in ints + floats:
    for b in ints + floats:
        row = []
        for op in ops:
            if op is o.pow and (abs(b) > 200 or abs(a) > 2**40 and abs(b) > 20):
                continue
            if op is o.lshift and 10**4 < b < 2**63 and a:
                continue  # would really build a gigantic int
            try:
                r = repr(op(a, b))
            except Exception as e:
                r = f'{type(e).__name__}({e})'
            row.append(r)
        print(repr(a), repr(b), ' '.join(row))
for a in [1, 10**30, 2**1100, -(5**400), 123456789123456789123456789]:
    for b in [3, 7, 10**20, 2**1100 + 1, -3**400, 6]:
        for e in ['a / b', 'b / a', 'a // b', 'a % b', 'divmod(a, b)']:
            try:
                print(e, eval(e))
            except Exception as x:
                print(e, type(x).__name__, x)
for f in [0.5, -2.5, 1e20, 2.0**63, 2.0**64, 1e300, float('inf'), float('nan'), 9007199254740993.0]:
    for i in [0, 1, 2**53 + 1, 2**63, 10**20, 10**400, -10**400]:
        print(f, i, f < i, f <= i, f == i, f != i, f > i, f >= i, i < f, i == f)
print([hash(v) for v in [2**61 - 1, 2**61, -2**61, 2**64 + 5, -1, -2, 10**100, -(10**100)]])
print([hash(v) for v in [0.5, 1.5, -0.0, 1e300, float('inf'), -float('inf'), 1e-300, 2**0.5]])
print([hash(v) for v in [1 + 2j, 1.5 - 0.5j, complex(1, 0), 1e300j, complex(-1, -1)]])
print({1: 'a', 1.0: 'b', True: 'c'}, {10**20, 1e20, 2**64, 18446744073709551616.0})
print(list({3, 1, 2, 100, 2**61, -5, 7.5, 1e100, -0.0, 2**64, 0.1, -1}))
print(list({(1, 2.0), (1.0, 2), frozenset({1, 2}), 3 + 0j}))
