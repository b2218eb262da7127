# '__weakref__' in __slots__ gives instances a __weakref__ attribute (the first weak
# reference, or None), once per hierarchy; dataclass(slots=True, weakref_slot=True) uses it.
import weakref
from dataclasses import dataclass

class A:
    __slots__ = ("a", "__weakref__")

a = A()
print(a.__weakref__)
r = weakref.ref(a)
print(a.__weakref__ is r, type(A.__dict__["__weakref__"]).__name__, A.__weakref__)

class B:
    pass

b = B()
print(b.__weakref__, "__weakref__" in B.__dict__)

class C(A):
    __slots__ = ()

print("__weakref__" in C.__dict__, C().__weakref__)
for bases, slots in (((B,), ("__weakref__",)), ((A,), ("__weakref__",)), ((), ("__weakref__", "__weakref__"))):
    try:
        type("X", bases, {"__slots__": slots})
    except TypeError as e:
        print("TypeError:", e)

@dataclass(slots=True, weakref_slot=True)
class P:
    x: int

p = P(1)
print(p, p.__weakref__ is None, weakref.ref(p)() is p, "__weakref__" in P.__slots__)
try:
    @dataclass(weakref_slot=True)
    class Q:
        x: int
except TypeError as e:
    print("TypeError:", e)
