# `in` operator: __contains__, and fallbacks to __iter__ and __getitem__.

class WithContains:
    def __contains__(self, item):
        print("  __contains__", item)
        return item % 2 == 0

wc = WithContains()
print(4 in wc, 3 in wc, 3 not in wc)

# result is converted to bool
class Truthy:
    def __contains__(self, item):
        return "non-empty string"
print(1 in Truthy(), type(1 in Truthy()).__name__)

class Falsy:
    def __contains__(self, item):
        return []
print(1 in Falsy(), 1 not in Falsy())

# fallback to __iter__
class Iterable:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        print("  __iter__ called")
        for i in self.items:
            print("  yielding", i)
            yield i
print(2 in Iterable([1, 2, 3]))
print(9 in Iterable([1, 2]))

# fallback to __getitem__ with IndexError stop
class Indexed:
    def __getitem__(self, i):
        print("  __getitem__", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(20 in Indexed())
print(25 in Indexed())

# none of the protocols
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)

# __contains__ = None disables fallback
class Blocked:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in Blocked()
except TypeError as e:
    print(type(e).__name__, e)

# membership uses identity before equality
class NeverEq:
    def __eq__(self, o):
        return False
    __hash__ = object.__hash__
ne = NeverEq()
print(ne in [ne], ne in (ne,), ne in {ne}, ne in {ne: 1}, NeverEq() in [ne])

# equality for containers of builtins
print(1 in [1.0], 1.0 in {1}, True in [1], "a" in "cat", "" in "abc", "ac" in "abc")
print(b"b" in b"abc", 98 in b"abc", [1] in [[1], [2]], (1, 2) in {(1, 2): 0})
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in {1, 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" in 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)

# dict membership checks keys
d = {"k": "v"}
print("k" in d, "v" in d, "v" in d.values(), ("k", "v") in d.items())

# range membership
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2), 5.0 in range(10), -1 in range(-5, 0))

# generators are consumed by `in`
g = (i for i in range(10))
print(3 in g, next(g), 2 in g)

# __eq__ called during list membership
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("  Loud.__eq__", self.v, o)
        return self.v == o
print(3 in [Loud(1), Loud(3), Loud(5)])

# iterator with __contains__ in a subclass of list
class MyList(list):
    def __contains__(self, item):
        return super().__contains__(item) or super().__contains__(str(item))
ml = MyList(["1", "2"])
print(1 in ml, "2" in ml, 3 in ml)
