# bisect: bisect_left/right, insort_left/right, lo/hi/key, errors
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4), bisect.bisect_left(a, 4, lo=4, hi=6))
print(bisect.bisect_right(a, 4, hi=None), bisect.bisect_left([], 1), bisect.bisect_right(a, 100, 2, 3))
b = []
for x in [5, 1, 3, 3, 9, 0]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 3); bisect.insort_right(b, 3.0); print(b)
bisect.insort(b, 100, 0, 2); print(b)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1]); print(recs)
bisect.insort_left(recs, ("y", 4), key=lambda r: r[1]); print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
for args in [([1], 1, -1), ([1], 1, "x"), (1, 1), ([1],)]:
    try:
        bisect.bisect(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    bisect.bisect([1, "a"], 2)
except TypeError as e:
    print("TypeError:", e)
class Seq:
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def insert(self, i, x): self.d.insert(i, x)
s = Seq([10, 20, 30])
print(bisect.bisect(s, 25)); bisect.insort(s, 25); print(s.d)
import collections
dq = collections.deque([1, 3, 5])
bisect.insort(dq, 4); print(dq)
big = list(range(0, 2000, 2))
print(sum(bisect.bisect_left(big, x) for x in range(0, 2000, 7)))
