# reversed() over sequences and __reversed__; sorted() with key/reverse.

print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))),
      list(reversed(b"ab")), list(reversed(bytearray(b"xy"))), list(reversed({"a": 1, "b": 2})), list(reversed([])))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(r))
print(type(reversed("ab")).__name__, type(reversed(range(2))).__name__, type(reversed({})).__name__)
print(list(reversed({"x": 1, "y": 2}.items())), list(reversed({"x": 1}.values())))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError
        return "s" + str(i)
class Rev:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Seq())), list(reversed(Rev())))
for obj in ({1, 2}, 5, iter([1]), (x for x in "a"), None):
    try:
        reversed(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__, e)

l = [1, 2, 3]
it = reversed(l)
l.append(4)
print(list(it))
l = [1, 2, 3]
it = reversed(l)
next(it)
l.clear()
print(list(it))

print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("bca"), sorted((2, 1)), sorted({2: 0, 1: 0}))
print(sorted(["bb", "a", "ccc"], key=len), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted([-3, 1, -2], key=abs), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(x for x in [3, 2, 1]))
print(sorted([[3], [1, 2], []]), sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
original = [3, 1, 2]
result = sorted(original)
print(original, result, result is original)
try:
    sorted([1], key=lambda: 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([True, False, 0, 1, -1]), sorted([0.5, 1, 0.25]), sorted([2**100, -2**100, 0]))
print(sorted([3, 1, 2], key=lambda x: -x) == sorted([3, 1, 2], reverse=True))
print(list(reversed(sorted("hello"))), "".join(sorted("hello", reverse=True)))
