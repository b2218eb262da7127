# bisect over records with key=, insort keeping order, grading tables, lo/hi bounds and errors.
import bisect
from collections import namedtuple

Rec = namedtuple("Rec", "name score")
recs = sorted([Rec("ann", 71), Rec("bob", 58), Rec("cid", 90), Rec("dee", 71), Rec("eve", 83)], key=lambda r: r.score)
scores = [r.score for r in recs]
for s in (0, 58, 70, 71, 72, 90, 100):
    print(s, bisect.bisect_left(recs, s, key=lambda r: r.score), bisect.bisect_right(recs, s, key=lambda r: r.score),
          bisect.bisect_left(scores, s), bisect.bisect(scores, s))
bisect.insort(recs, Rec("fay", 71), key=lambda r: r.score)
bisect.insort_left(recs, Rec("gus", 71), key=lambda r: r.score)
print([r.name for r in recs])

def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100, 60, 59)])

data = list(range(0, 100, 5))
print(bisect.bisect_left(data, 42, 3, 12), bisect.bisect_right(data, 45, lo=9), bisect.bisect_left(data, 45, hi=5))
seq = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]:
    bisect.insort_right(seq, x)
print(seq, bisect.bisect_left(seq, 5), bisect.bisect_right(seq, 5))
words = sorted("pear apple fig banana cherry date".split(), key=len)
print(words, bisect.bisect(words, 5, key=len), bisect.bisect_left(words, 5, key=len))
for bad in ((data, 1, -1), ([], 1, 0, None, 1), (None, 1)):
    try:
        bisect.bisect_left(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bisect.insort(["a", 1], 2)
except TypeError as e:
    print("TypeError", e)
