# Subclassing list and dict.

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1] if self else None
    def __repr__(self):
        return "Stack(" + list.__repr__(self) + ")"

s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s.pop(), s)
print(isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__)
print(type(s[:]).__name__, type(s * 2).__name__)
print(sorted(s, reverse=True))
s.extra = "attribute"
print(s.extra)
print(Stack() == [], Stack([1]) == [1])

# overriding append doesn't affect extend or list constructor
class LoudList(list):
    def append(self, x):
        print("  append", x)
        super().append(x)
    def __setitem__(self, i, v):
        print("  setitem", i, v)
        super().__setitem__(i, v)
ll = LoudList([1, 2])
ll.append(3)
ll.extend([4, 5])
ll[0] = 10
ll += [6]
print(ll)

# __init__ with extra parameters
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
n = Named("nums", range(3))
print(n.name, n, len(n))

# subclass of dict
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        self[k] = v

ad = AttrDict(a=1)
ad.b = 2
print(ad.a, ad.b, sorted(ad.items()), len(ad))
try:
    ad.c
except AttributeError as e:
    print(type(e).__name__, e)

# __getitem__ override not used by get()
class Defaulting(dict):
    def __getitem__(self, k):
        return super().get(k, "<default>")
dd = Defaulting(x=1)
print(dd["x"], dd["y"], dd.get("y"), "y" in dd)

# __setitem__ override not used by update() or constructor
class Tracking(dict):
    def __setitem__(self, k, v):
        print("  setitem", k, v)
        super().__setitem__(k, v)
t = Tracking({"init": 1})
t["a"] = 1
t.update(b=2)
t.setdefault("c", 3)
print(sorted(t.items()))

# dict subclass equality and copying
print(Tracking(a=1) == {"a": 1})
cp = t.copy()
print(type(cp).__name__)
print(type(dict(t)).__name__)

# a counting dict
class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, items):
        for i in items:
            self[i] += 1
        return self
cnt = Counter().add("mississippi")
print(sorted(cnt.items()), cnt["z"], "z" in cnt)

# ordered-by-insertion default dict semantics
class Grouper(dict):
    def __missing__(self, key):
        value = self[key] = []
        return value
g = Grouper()
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    g[word[0]].append(word)
print(g)

# list subclass with validation
class IntList(list):
    def __init__(self, items=()):
        super().__init__()
        for i in items:
            self.append(i)
    def append(self, v):
        if not isinstance(v, int):
            raise TypeError("IntList only accepts int, got " + type(v).__name__)
        super().append(v)
il = IntList([1, 2])
il.append(3)
try:
    il.append("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    IntList([1, 2.5])
except TypeError as e:
    print(type(e).__name__, e)
print(il)

# iteration and builtins use the underlying storage
class Reversed(list):
    def __iter__(self):
        return reversed(list(super().__iter__()))
rv = Reversed([1, 2, 3])
print(list(rv), [x for x in rv], rv[0], sum(rv))

# len override is used by len() and truthiness
class FakeLen(list):
    def __len__(self):
        return 42
fl = FakeLen()
print(len(fl), bool(fl), fl)

# subclass of dict with keys override; ** unpacking uses keys() only for non-dicts
class KeysOverride(dict):
    def keys(self):
        return ["only"]
ko = KeysOverride(only=1, other=2)
def show(**kw):
    return sorted(kw)
print(show(**ko), sorted(ko))

# __contains__ override
class CaseInsensitive(dict):
    def __contains__(self, k):
        return super().__contains__(k.lower())
ci = CaseInsensitive(abc=1)
print("ABC" in ci, "abc" in ci, "x" in ci)
