# Recursion: simple, mutual, with accumulators, on nested data.

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print([fact(n) for n in range(10)])
print(fact(30))

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(n) for n in range(15)])

# mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([(n, is_even(n), is_odd(n)) for n in range(6)])

# towers of hanoi
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)
hanoi(3, "A", "C", "B")
print(len(moves))
for m in moves:
    print("move disk %d from %s to %s" % m)

# ackermann small values
def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))
print([ack(m, n) for m in range(3) for n in range(4)])

# flatten nested lists
def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out.extend(flatten(item))
        return out
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7], 8]]))

# depth of nesting
def depth(x):
    if isinstance(x, (list, tuple)):
        return 1 + max((depth(i) for i in x), default=0)
    return 0
print(depth([]), depth([1]), depth([1, [2, (3, [4])]]))

# permutations
def perms(seq):
    if len(seq) <= 1:
        return [seq]
    result = []
    for i in range(len(seq)):
        for p in perms(seq[:i] + seq[i + 1:]):
            result.append(seq[i] + p)
    return result
print(perms("abc"))
print(len(perms("abcde")))

# power set
def powerset(items):
    if not items:
        return [[]]
    rest = powerset(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(sorted(powerset([1, 2, 3])))

# gcd recursion
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))

# binary search
def bsearch(arr, target, lo=0, hi=None):
    if hi is None:
        hi = len(arr) - 1
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if arr[mid] == target:
        return mid
    if arr[mid] < target:
        return bsearch(arr, target, mid + 1, hi)
    return bsearch(arr, target, lo, mid - 1)
arr = list(range(0, 100, 3))
print([bsearch(arr, t) for t in (0, 3, 51, 99, 4, 100)])

# tree recursion on dict structure
tree = {"v": 1, "kids": [{"v": 2, "kids": []}, {"v": 3, "kids": [{"v": 4, "kids": []}]}]}
def tree_sum(t):
    return t["v"] + sum(tree_sum(k) for k in t["kids"])
def tree_paths(t, prefix=()):
    p = prefix + (t["v"],)
    if not t["kids"]:
        return [p]
    out = []
    for k in t["kids"]:
        out.extend(tree_paths(k, p))
    return out
print(tree_sum(tree), tree_paths(tree))

# moderately deep recursion (well below the default limit)
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)
print(count_down(500))

# recursion with accumulator and memo dict
memo = {}
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    if n in memo:
        return memo[n]
    memo[n] = ways(n - 1) + ways(n - 2) + ways(n - 3)
    return memo[n]
print([ways(n) for n in range(12)])
print(ways(60))

# recursive function redefined: name lookup is dynamic
def r(n):
    return "orig" if n == 0 else r(n - 1)
old = r
def r(n):
    return "new"
print(old(3))
