# sys.setrecursionlimit / getrecursionlimit.
import sys

print("default limit:", sys.getrecursionlimit())

def depth(n):
    return n if n == 0 else depth(n - 1)

def probe():
    count = [0]
    def rec():
        count[0] += 1
        rec()
    try:
        rec()
    except RecursionError:
        pass
    return count[0]

sys.setrecursionlimit(200)
print("limit now:", sys.getrecursionlimit())
reached = probe()
print("probe stays below the limit:", reached < 200, "and is substantial:", reached > 150)
try:
    depth(500)
except RecursionError as e:
    print("depth(500) with limit 200:", type(e).__name__)

sys.setrecursionlimit(5000)
print("limit now:", sys.getrecursionlimit())
print("depth(3000) ->", depth(3000))
reached = probe()
print("probe below new limit:", reached < 5000, reached > 4500)

# invalid limits
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print(type(e).__name__, e)

sys.setrecursionlimit(1000)
print("restored:", sys.getrecursionlimit())
for i in range(8):
    print("ok", i)

sys.setrecursionlimit(120)
print("finally recursing without a handler under limit 120")
depth(10 ** 6)
