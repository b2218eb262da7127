# reversed() and __reversed__, with the sequence fallback.

class WithReversed:
    def __init__(self, data):
        self.data = data
    def __reversed__(self):
        print("  __reversed__ called")
        return iter(self.data[::-1])
    def __iter__(self):
        return iter(self.data)

print(list(reversed(WithReversed([1, 2, 3]))))

# fallback: __len__ + __getitem__
class Seq:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        print("  __len__")
        return len(self.data)
    def __getitem__(self, i):
        print("  __getitem__", i)
        return self.data[i]
r = reversed(Seq("abc"))
print(type(r).__name__)
print(list(r))

# only __getitem__ (no __len__): not reversible
class NoLen:
    def __getitem__(self, i):
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print(type(e).__name__, e)

# only __iter__: not reversible
class OnlyIter:
    def __iter__(self):
        return iter([1])
try:
    reversed(OnlyIter())
except TypeError as e:
    print(type(e).__name__, e)

# __reversed__ = None blocks fallback
class Blocked(Seq):
    __reversed__ = None
try:
    reversed(Blocked("xy"))
except TypeError as e:
    print(type(e).__name__, e)

# __reversed__ returning a generator
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 1
        while i <= self.n:
            yield i
            i += 1
    def __reversed__(self):
        i = self.n
        while i >= 1:
            yield i
            i -= 1
cd = Countdown(4)
print(list(cd), list(reversed(cd)))

# reversed builtins
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(0, 10, 3))))
print(list(reversed({"a": 1, "b": 2, "c": 3})), list(reversed({"a": 1, "b": 2}.items())), list(reversed({"x": 9}.values())))
print(list(reversed(b"xyz")), list(reversed(bytearray(b"ab"))))
for obj in ({1, 2}, 5, (i for i in range(3)), None):
    try:
        reversed(obj)
    except TypeError as e:
        print(type(e).__name__, e)

# reversed object is an iterator
rv = reversed([1, 2, 3])
print(iter(rv) is rv, next(rv), list(rv), list(rv))

# reversed list iterator sees modifications (shrinking)
data = [1, 2, 3, 4]
rv = reversed(data)
print(next(rv))
data.pop()
data.pop()
print(list(rv))

# __len__ returning negative in fallback
class BadLen:
    def __len__(self):
        return -1
    def __getitem__(self, i):
        return i
try:
    reversed(BadLen())
except ValueError as e:
    print(type(e).__name__, e)

# IndexError from __getitem__ during reversed iteration stops it
class Short:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i
print(list(reversed(Short())))

# reversing a user sequence subclass of list uses list.__reversed__
class MyList(list):
    def __getitem__(self, i):
        return "never used by reversed"
print(list(reversed(MyList([1, 2]))))

# sorted(..., reverse=True) vs reversed
words = ["b", "a", "c"]
print(sorted(words, reverse=True), list(reversed(sorted(words))), list(reversed(words)))
