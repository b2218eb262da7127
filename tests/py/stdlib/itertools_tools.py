# itertools: accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap,
# groupby, pairwise, tee, zip_longest
import operator
from itertools import (accumulate, chain, compress, dropwhile, takewhile, filterfalse,
                       starmap, groupby, pairwise, tee, zip_longest, count, islice)

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)))
print(list(accumulate([])))
print(list(accumulate("abc")))
print(list(accumulate([1, 2], func=lambda a, b: a * 10 + b)))
print(list(accumulate(iterable=[1, 2, 3], initial=None)))
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print("TypeError:", e)
try:
    accumulate()
except TypeError as e:
    print("TypeError:", e)

print(list(chain("ab", [1, 2], (), range(2))))
print(list(chain()))
print(list(chain.from_iterable(["ab", "cd", ""])))
print(list(chain.from_iterable([[1], [2, [3]]])))
c = chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
print(list(c))
try:
    chain(x=1)
except TypeError as e:
    print("TypeError:", e)
print(chain[int])
class MyChain(chain):
    pass
print(type(MyChain.from_iterable(["x"])).__name__, list(MyChain("ab", "c")))

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress("ABC", [0, 1, 1, 1, 1])))
print(list(compress(range(10), cycle_ := [True, False] * 5)))
print(list(compress(data=[1, 2], selectors=[1, 1])))
try:
    compress([1])
except TypeError as e:
    print("TypeError:", e)

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(bool, [])), list(takewhile(bool, [])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
try:
    dropwhile(bool)
except TypeError as e:
    print("TypeError:", e)
try:
    takewhile(bool, [1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    filterfalse(None, [1], key=1)
except TypeError as e:
    print("TypeError:", e)

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(operator.add, [[1, 2], "ab"])))
print(list(starmap(lambda *a: a, [(), (1,), iter([2, 3])])))
try:
    list(starmap(pow, [1]))
except TypeError as e:
    print("TypeError:", e)

for k, g in groupby("AAAABBBCCDAABBB"):
    print(k, list(g))
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1], key=lambda x: x % 2)])
print(list(groupby([])))
groups = [(k, g) for k, g in groupby("aabbc")]
print([(k, list(g)) for k, g in groups])
it = groupby("aaabbb")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
data = sorted([("b", 2), ("a", 1), ("b", 3), ("a", 4), ("c", 0)], key=operator.itemgetter(0))
for key, grp in groupby(data, key=operator.itemgetter(0)):
    print(key, [v for _, v in grp])
print(type(g1).__name__)

print(list(pairwise("ABCDE")))
print(list(pairwise([1])), list(pairwise([])))
print(list(pairwise(count())) if False else list(islice(pairwise(count()), 3)))
try:
    pairwise()
except TypeError as e:
    print("TypeError:", e)

a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter(range(5)), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0))
t1, t2 = tee(count())
print([next(t1) for _ in range(100)][-1], next(t2), next(t2))
t3, = tee(t1, 1)
print(next(t3), next(t1))
a, b = tee("xyz")
c = a.__copy__()
print(next(a), list(c), list(b), list(a))
try:
    tee([1], -1)
except ValueError as e:
    print("ValueError:", e)
try:
    tee()
except TypeError as e:
    print("TypeError:", e)
big1, big2 = tee(range(200))
print(sum(big1), sum(big2))
print(type(a).__name__)

print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest("AB", [1, 2, 3], [True])))
print(list(zip_longest()))
print(list(zip_longest([], [])))
print(list(zip_longest("a")))
try:
    zip_longest([1], foo=2)
except TypeError as e:
    print("TypeError:", e)
try:
    zip_longest([1], 3)
except TypeError as e:
    print("TypeError:", e)
def bad():
    yield 1
    raise ValueError("boom")
try:
    list(zip_longest(bad(), [1, 2, 3]))
except ValueError as e:
    print("ValueError:", e)
print(sorted(name for name in dir(__import__("itertools")) if not name.startswith("_")))
