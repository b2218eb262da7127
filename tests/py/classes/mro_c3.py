# C3 method resolution order.

def names(cls):
    return [c.__name__ for c in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass

for cls in (A, K1, K2, K3, Z):
    print(cls.__name__, names(cls))

# classic diamond
class Top:
    def who(self):
        return "Top"
class Left(Top):
    def who(self):
        return "Left"
class Right(Top):
    def who(self):
        return "Right"
class Bottom(Left, Right):
    pass
print(names(Bottom), Bottom().who())

class Bottom2(Right, Left):
    pass
print(names(Bottom2), Bottom2().who())

# only Right overrides
class Left2(Top):
    pass
class Bottom3(Left2, Right):
    pass
print(names(Bottom3), Bottom3().who())

# mro() method returns a list
print(type(Bottom.mro()).__name__, [c.__name__ for c in Bottom.mro()])
print(Bottom.__mro__ == tuple(Bottom.mro()))

# MRO conflicts
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(X, XY):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# the other order is fine
class Good(XY, X):
    pass
print(names(Good))

# longer example
class F: pass
class G(F): pass
class H(F): pass
class I(G, H): pass
class J(H): pass
class M(I, J): pass
print(names(M))

# object is always last
for cls in (M, Z, Bottom, Good):
    print(cls.__mro__[-1] is object)

# attribute lookup follows the MRO
class P1:
    attr = "P1"
class P2:
    attr = "P2"
    only2 = "only in P2"
class Child(P1, P2):
    pass
print(Child.attr, Child.only2)
class Child2(P2, P1):
    pass
print(Child2.attr)

# multiple inheritance from builtin types
class MyIntList(list):
    pass
class Tagged:
    tag = "tagged"
class TaggedList(Tagged, MyIntList):
    pass
print(names(TaggedList))
t = TaggedList([1, 2])
print(t, t.tag, len(t))

# layout conflict between builtins
try:
    class Both(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Both2(list, dict):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __mro__ is read-only
try:
    Bottom.__mro__ = ()
except AttributeError as e:
    print(type(e).__name__, e)

# __bases__ vs __mro__
print([b.__name__ for b in Z.__bases__])
print(len(Z.__mro__))
