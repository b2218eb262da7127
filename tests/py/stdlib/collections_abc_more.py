from collections import abc
import collections

for v in [[], (), {}, set(), frozenset(), "s", b"b", bytearray(), range(3), iter([]), (x for x in ()),
          {}.keys(), {}.values(), {}.items(), memoryview(b""), collections.deque(), collections.OrderedDict(), 1, None, len]:
    names = [n for n in ("Container", "Hashable", "Iterable", "Iterator", "Reversible", "Generator", "Sized",
                         "Callable", "Collection", "Sequence", "MutableSequence", "ByteString", "Set", "MutableSet",
                         "Mapping", "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView")
             if isinstance(v, getattr(abc, n))]
    print(type(v).__name__, names)

class Bag(abc.MutableSet):
    def __init__(self, it=()):
        self.data = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.data
    def __iter__(self): return iter(self.data)
    def __len__(self): return len(self.data)
    def add(self, x):
        if x not in self.data: self.data.append(x)
    def discard(self, x):
        if x in self.data: self.data.remove(x)
    def __repr__(self): return f"Bag({self.data})"

b = Bag("abc")
print(b | Bag("cd"), b & {"a", "z"}, b - Bag("b"), b ^ Bag("cx"), b <= Bag("abcd"), b.isdisjoint("xyz"))
b |= {"q"}; b -= {"a"}
print(b, b.pop(), b, Bag("ab") == Bag("ba"))

class Table(abc.Mapping):
    def __init__(self, **kw): self._d = kw
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(sorted(self._d))
    def __len__(self): return len(self._d)
t = Table(b=2, a=1)
print(list(t), list(t.items()), list(t.values()), t.get("z", 0), "a" in t, t == {"a": 1, "b": 2}, dict(t))
print(isinstance(t.keys(), abc.KeysView), t.keys() & {"a"})

class Seq(abc.Sequence):
    def __getitem__(self, i):
        if i >= 5: raise IndexError(i)
        return i * i
    def __len__(self): return 5
s = Seq()
print(list(s), list(reversed(s)), s.index(9), s.count(4), 16 in s)

class Vec(abc.MutableSequence):
    def __init__(self): self.d = []
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def __len__(self): return len(self.d)
    def insert(self, i, v): self.d.insert(i, v)
v = Vec()
v.extend([3, 1, 2]); v.append(9); v.reverse(); v += [7]
print(v.d, v.pop(), v.pop(0), v.remove(1), v.d)
try:
    abc.Sequence()
except TypeError as e:
    print("TypeError", e)
class Partial(abc.Mapping):
    def __getitem__(self, k): return k
try:
    Partial()
except TypeError as e:
    print("TypeError", e)
print(issubclass(list, abc.Sequence), issubclass(dict, abc.MutableMapping), issubclass(str, abc.MutableSequence))
def gen():
    yield 1
print(isinstance(gen(), abc.Generator), isinstance(gen, abc.Callable), abc.Iterable.__subclasshook__(list))
print(isinstance(abc.Awaitable, type), issubclass(type(iter({}.items())), abc.Iterator))
