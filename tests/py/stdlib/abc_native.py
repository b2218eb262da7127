# _abc (CPython's built-in ABCMeta machinery): caches, registry dump/reset, cache token,
# error messages, weakly held registrations, and isinstance via __class__.
import abc, gc, sys
import _abc
from abc import ABC, ABCMeta, abstractmethod

print("_py_abc" in sys.modules, "_abc" in sys.modules, ABCMeta.__module__, ABCMeta.__name__)
print(type(ABC._abc_impl).__name__, type(ABC._abc_impl).__module__)

class A(ABC):
    @abstractmethod
    def f(self): ...

class B: pass
class C: pass

t0 = abc.get_cache_token()
A.register(B)
print(abc.get_cache_token() - t0, issubclass(B, A), isinstance(B(), A), issubclass(C, A))
reg, cache, neg, ver = A._abc_impl and _abc._get_dump(A)
print(sorted(r().__name__ for r in reg), sorted(r().__name__ for r in cache), sorted(r().__name__ for r in neg), ver == abc.get_cache_token())
print(A.register(B) is B, A.register(A) is A)
class D(A):
    def f(self): return 1
try:
    D.register(A)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    A.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, A)
except TypeError as e:
    print("TypeError:", e)
A._abc_caches_clear()
print([len(s) for s in _abc._get_dump(A)[:3]])
A._abc_registry_clear()
print(issubclass(B, A), [len(s) for s in _abc._get_dump(A)[:3]])

# A registered class that dies leaves the registry.
class E(ABC): pass
def make():
    class Tmp: pass
    E.register(Tmp)
    return len(_abc._get_dump(E)[0])
print(make())
gc.collect()
print(len(_abc._get_dump(E)[0]))

# __subclasshook__ must say True, False or NotImplemented.
class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 42
try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError:", e)

# isinstance consults __class__ when it differs from type().
class Fake:
    __class__ = B
A.register(B)
print(isinstance(Fake(), A), isinstance(object(), A))

# __abstractmethods__ from the namespace and from the bases.
class P(ABC):
    @abstractmethod
    def g(self): ...
    @abstractmethod
    def h(self): ...
class Q(P):
    def g(self): return 2
print(sorted(P.__abstractmethods__), sorted(Q.__abstractmethods__), type(Q.__abstractmethods__).__name__)

# The impl checks.
class NotAbc: _abc_impl = 5
try:
    _abc._abc_instancecheck(NotAbc, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    _abc._abc_init()
except TypeError as e:
    print("TypeError:", e)

# __abc_tpflags__ is consumed; match still sees registered sequences and mappings.
from collections.abc import Sequence, Mapping
print("__abc_tpflags__" in Sequence.__dict__, "__abc_tpflags__" in Mapping.__dict__)
class MySeq: 
    def __len__(self): return 2
    def __getitem__(self, i): return [7, 8][i]
Sequence.register(MySeq)
match MySeq():
    case [x, y]: print("seq", x, y)
    case _: print("no")

# A hook inherited from a base is the one that answers (not object.__subclasshook__).
from collections.abc import Iterable
class HookBase(Iterable):
    @classmethod
    def __subclasshook__(cls, other):
        return other.__name__ == "Foo"
class HookChild(HookBase): ...
class Foo: ...
print(issubclass(Foo, HookBase), issubclass(Foo, HookChild), issubclass(int, HookChild))
